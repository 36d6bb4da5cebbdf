package answer

import (
	"casebot/casefile"
	"casebot/text"
)

// Holding a seat, a post or a job. "Adam D'Angelo still got his board
// seat?", "Does Brockman still work at OpenAI?", "is Murati still in her
// post?", «دانجيلو لساته محتفظ بمقعده؟» ask one thing in many words:
// whether the person asked about holds what they held. The line that
// answers names them and tells that state or its change, in whatever
// words: "the only member of the previous board to keep his seat", "are
// no longer on the board", "the board replaced her", "quit in protest …
// is also returning", «سيتنحى عن رئاسة مجلس الإدارة مع احتفاظه بمنصبه».
// Such a line is quoted for the person's state (holdingSentence), and
// an answer quoting it does not say the sources only name them
// (onlyNames).

// heldThings, folded, are what a person holds and may lose: a seat on a
// body (and the ways it is called: a spot, a place, a chair), a post, a
// role, a job, a title, a stake («مقعد», «منصب», «وظيفة», «دور», «لقب»,
// «حصة», «كرسي»); Arabic with a one-letter prefix or a pronoun ending
// too («بمقعده», «منصبها»).
var heldThings = []string{"seat", "seats", "spot", "place on", "chair", "post", "job", "role", "position", "title", "stake",
	"مقعد", "مقعده", "مقعدها", "منصب", "منصبه", "منصبها", "وظيفه", "وظيفته", "وظيفتها", "دور", "دوره", "دورها",
	"لقب", "لقبه", "لقبها", "حصه", "حصته", "حصتها", "كرسي", "كرسيه", "كرسيها", "مكانه", "مكانها", "عضويه", "عضويته", "عضويتها"}

// seatThings are heldThings that, beside a body (bodyWords), are a seat
// on it: "his spot on the board", "a place on the board", «كرسيه
// بالمجلس».
var seatThings = []string{"spot", "place on", "chair", "مكانه", "مكانها", "كرسي", "كرسيه", "كرسيها", "مقعده", "مقعدها", "عضويته", "عضويتها"}

// holdingTold, folded, tell that someone holds what they held, or that
// this changed: keeping or losing it, leaving, being removed or replaced,
// stepping down, quitting, joining elsewhere, returning («احتفاظه
// بمنصبه», «خروج», «سيتنحى», «إبعاد», «انضمام»), beside the state cues
// every change of state carries (statesChange: "no longer", «بات»).
var holdingTold = []string{"keep", "keeps", "kept", "keeping", "retain", "retains", "retained", "hold", "holds", "held",
	"lost", "lose", "loses", "left", "leave", "leaves", "leaving", "removed", "ousted", "fired", "pushed out", "forced out",
	"stepped down", "step down", "steps down", "stepping down", "replaced", "replaces", "quit", "quits", "resigned",
	"resigns", "joined", "joins", "join", "joining", "returning", "returned", "return", "rejoin", "rejoined",
	"احتفاظه", "احتفاظها", "احتفظ", "احتفظت", "يحتفظ", "تحتفظ", "خروج", "خرج", "خرجت", "ترك", "تركت", "غادر", "غادرت",
	"استقال", "استقالت", "استقاله", "اقيل", "اقيلت", "اقاله", "ابعاد", "ابعد", "تنحى", "سيتنحى", "تنحيه", "فقد", "فقدت",
	"انضم", "انضمت", "انضمام", "سينضم", "ينضم", "عاد", "عادت", "عودته", "عودتها", "يعود", "خلفا", "بقي", "بقيت", "يبقى", "تبقى"}

// asksHolding reports whether a question asks whether the person it is
// about (subjectPerson) still holds a seat, a post or a job: a yes/no
// question (a "still" statement with "?" among them) in the present that
// names a held thing (heldThings) or where they work ("work at", "works
// for": stateWords), or asks whether they sit on a body (askedSeat).
// "Did he lose his job?" asks of an event, "Who holds the post?" of
// another person.
func (e *Engine) asksHolding(question string) bool {
	q := withoutCourtesy(askingPart(question))
	if _, ok := e.subjectPerson(q); !ok {
		return false
	}
	if askedSeat(q) {
		return true
	}
	if !questionShape(q).yesNo && !offersOutcomes(q) || carriesCue(q, pastWords) {
		return false
	}
	return carriesCue(q, heldThings) || carriesCue(q, []string{"work at", "works at", "working at", "work for",
		"works for", "working for", "employed", "يعمل في", "تعمل في", "يشتغل في", "تشتغل في", "بيشتغل في", "بتشتغل في"})
}

// holdingSaidOf reports whether sentence s, under heading section, names
// person p and tells their holding or its change: a seat said of them
// (seatSaidOf), a change of a body's make-up naming them (changesMembership,
// for a question on a seat), or a word of holdingTold or a change of
// state (statesChange) in a sentence naming them.
func (e *Engine) holdingSaidOf(question, section, s string, p casefile.Person) bool {
	if !namesIn(" "+wordsOf(s)+" ", p) {
		return false
	}
	if e.seatSaidOf(s, p) || changesMembership(question, section, s) {
		return true
	}
	return statesChange(s) || carriesCue(s, holdingTold)
}

// holdingSentence returns, for a question asking whether its subject
// still holds a seat or a post (asksHolding), the first sentence of
// paragraph t that tells it of them (holdingSaidOf) and its position; ok
// is false when the question asks no such thing or t has no such
// sentence.
func (e *Engine) holdingSentence(question, section, t string) (string, int, bool) {
	if !e.asksHolding(question) {
		return "", 0, false
	}
	p, _ := e.subjectPerson(askingPart(question))
	for pos, s := range text.Sentences(t) {
		if e.holdingSaidOf(question, section, s, p) {
			return s, pos, true
		}
	}
	return "", 0, false
}

// holdingQuoted reports whether one of quotes (sentences or paragraphs)
// tells the subject of a question asking whether they still hold a seat
// or a post (asksHolding) holding it, or its change (holdingSaidOf).
func (e *Engine) holdingQuoted(question string, quotes []string) bool {
	if !e.asksHolding(question) {
		return false
	}
	p, _ := e.subjectPerson(askingPart(question))
	for _, q := range quotes {
		for _, s := range text.Sentences(q) {
			if e.holdingSaidOf(question, "", s, p) {
				return true
			}
		}
	}
	return false
}

// seatThingAsked reports whether question names a seat on a body in
// other words than seatAsked's (seatThings beside bodyWords: "his spot on
// the board").
func seatThingAsked(question string) bool {
	return carriesCue(question, seatThings) && carriesCue(question, bodyWords)
}

// wentWhere reports whether a question asks where a person of the case
// went, moved or works (a destination: «وين راح بروكمان», "where did
// Altman go after…"). A question on where something happened, or where
// no one in particular went, does not.
func (e *Engine) wentWhere(question string) bool {
	q := askingPart(question)
	if !questionShape(q).destination {
		return false
	}
	_, ok := e.subjectPerson(q)
	return ok || e.opensWithName(q) || e.namesPerson(withoutDating(q))
}
