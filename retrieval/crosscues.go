package retrieval

import (
	"regexp"
	"strings"
	"unicode"

	"casebot/text"
)

// What an answer carries, on the cross-language path.
//
// A question's words say what it is about; its question word says what
// kind of thing the answer holds. A paragraph that answers "why" gives a
// reason (because, the reasons, بسبب); one that answers "where" names a
// place or an event held at one (a summit, the headquarters, قمة، مقر);
// one that answers "what is X's position" puts a title next to X's name
// ("Mira Murati, the chief technology officer", «موراتي، مديرة
// التكنولوجيا»). These units let BM25 and the proximity of query units
// (proximity.go) hear that, in both languages. They serve ranking only:
// the reason and place units are frame units that coverage skips, and
// none of them enters the glossary that Match and Translates read.
//
// The loose glossary does the same for verbs that a question and a
// paragraph say with different words: "who leads OpenAI" is answered by
// "back as chief executive", "at the helm", «يقود», «رئيسًا تنفيذيًا».
// Its members join a unit below a synonym's weight, so they rank, but
// never count for coverage (a claim that someone "runs" a team is not
// supported by a paragraph where they are chief executive).

// cueWeight scales the score of an answer-kind unit (reason, place)
// against a word of the question: the kind of answer is a hint, the
// question's words lead. Measured on i11_dev, i11_blind1 and i11_dev2
// (answerable R@1), before places of work joined placeCues: 0.5 gives
// 0.90, 0.89, 0.83; 0.6 and 0.75 0.90, 0.89, 0.85; 1.0 0.90, 0.86, 0.85;
// with them, 0.5 gives 0.90, 0.92, 0.83 and 0.75 0.90, 0.92, 0.85.
const cueWeight = 0.75

// looseWeight is a loose-glossary member's weight in a unit: under a
// synonym's (synonymWeight), never a full member.
const looseWeight = 0.5

// reasonCues are words of a paragraph that gives a reason, in both
// languages; placeCues words of one that names where something was.
var (
	reasonCues = termsOf("because", "reason", "reasons", "cause", "motive", "motives", "explanation",
		"بسبب", "سبب", "أسباب", "الأسباب", "دوافع", "تفسير", "مبرر", "مبررات", "لأسباب")
	placeCues = termsOf("summit", "conference", "headquarters", "office", "offices", "city", "visit", "visited", "forum",
		"university", "institute", "center", "centre",
		"قمة", "مؤتمر", "منتدى", "مقر", "مدينة", "زار", "زيارة", "جامعة", "معهد", "مركز")
	// titleTerms name a post, in both languages (rerank.go's titleWords).
	titleTerms = func() map[string]bool {
		var ws []string
		for w := range titleWords {
			ws = append(ws, w)
		}
		return termsOf(ws...)
	}()
)

// durationCues are words of a paragraph that gives a span of time (what
// "how long" asks for); reactionCues words of one that tells how someone
// took something (what "how did X react", "X's take on" ask for): the
// feelings and verdicts news reports a reaction with.
var (
	durationCues = termsOf("days", "hours", "weeks", "months", "minutes",
		"أيام", "يوما", "ساعات", "ساعة", "أسابيع", "أشهر", "شهور", "دقائق")
	reactionCues = termsOf("encouraged", "welcomed", "welcome", "pleased", "regretted", "regret", "praised",
		"criticised", "criticized", "dismayed", "disappointed", "glad", "happy", "optimistic", "love", "loved",
		"رحب", "أحب", "أحبّ", "ترحيب", "يأسف", "أسف", "أشاد", "انتقد", "سعيد", "مسرور", "متفائل", "مشجع", "خيبة")
)

// seatCues are words of a paragraph that tells who holds a seat on a
// board (what "who is on the board" asks for): members, seats, directors,
// joining, in both languages («يضم أربعة أعضاء»).
var seatCues = termsOf("member", "members", "seat", "seats", "director", "directors", "joined",
	"عضو", "أعضاء", "عضوا", "يضم", "تضم")

// activityCues are words of a paragraph that tells what someone was busy
// with at a time (what "what was X doing the day before" asks for): the
// events one takes part in and the verbs for taking part, in both
// languages, with the forms a possessive gives the Arabic nouns (مشاركته).
var activityCues = func() map[string]bool {
	m := termsOf("participated", "participating", "participation", "attended", "attending", "meeting", "visit", "visited", "event",
		"مشاركة", "مشاركته", "شارك", "يشارك", "حضور", "حضر", "اجتماع", "زيارة", "زار")
	for t := range placeCues {
		if t != term("office") && t != term("university") {
			m[t] = true
		}
	}
	return m
}()

// spanQuestion, reactionQuestion and activityQuestion find, in a folded question padded
// with spaces, the English wording that asks for a span of time or a
// reaction ("how did X react", "what did X think of Y": how X took Y).
// Arabic asks a span with كم + a unit (كم يوم), which is a
// how-many question the answer-kind units already serve.
var (
	spanQuestion     = regexp.MustCompile(` how long `)
	reactionQuestion = regexp.MustCompile(` react | reacted | reaction | reactions | respond | responded | take on | think of | thought of | thinks of | think about | thought about `)
	// "what was he doing", "what was sam up to", «ماذا كان يفعل», «شو
	// كان عم يعمل», «ايش كان يسوي».
	// "who is on the openai board currently", "who's still on the
	// board", "who sits on the new board": who holds a seat.
	seatQuestion     = regexp.MustCompile(` who (s |is |are |was |were |sits |sit |sat |remains |remained |stayed |stays )?(still )?on (the |its |their )?([a-z]+ (s )?)?board `)
	activityQuestion = regexp.MustCompile(` (was|were|is|are|been) [a-z]+ (doing|up to) | (was|were|is|are) (he|she|they|it) (doing|up to) | كان (يفعل|يسوي|بيسوي|عم يعمل|عم يسوي) `)
)

// spanOrReactionCues returns the cue words of what the question q asks
// for when it asks for a span of time, a reaction or an activity, or nil.
func spanOrReactionCues(q string) map[string]bool {
	f := " " + strings.Join(strings.FieldsFunc(text.Fold(q), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }), " ") + " "
	switch {
	case spanQuestion.MatchString(f):
		return durationCues
	case reactionQuestion.MatchString(f), asksOpinion(q):
		return reactionCues
	case activityQuestion.MatchString(f):
		return activityCues
	case seatQuestion.MatchString(f):
		return seatCues
	}
	return nil
}

// opinionWords are the words, folded and without a leading clitic or the
// article (stanceForms), that ask how someone took something: their view
// («رأيه، رايو، موقفه، نظرته»), their comment or reaction («تعليقه، علّق،
// تفاعل، ردّه»), whether they liked it («عاجبه، عجبو»), and in English an
// opinion, a view, a stance or a feeling. What answers them is a reaction
// (reactionCues): "encouraged", "pleased", «يأسف»، «أحبّ».
var opinionWords = map[string]bool{
	"راي": true, "رايه": true, "رايها": true, "رايهم": true, "رايو": true,
	"موقف": true, "موقفه": true, "موقفها": true, "موقفهم": true, "موقفو": true,
	"نظرته": true, "نظرتها": true, "نظرتهم": true, "نظرتو": true, "انطباع": true, "انطباعه": true, "انطباعها": true,
	"تعليق": true, "تعليقه": true, "تعليقها": true, "تعليقهم": true, "تعليقو": true, "علق": true, "علقت": true, "علقو": true, "علقوا": true,
	"تفاعل": true, "تفاعلت": true, "تفاعله": true, "تفاعلو": true, "تفاعلوا": true,
	"رده": true, "ردها": true, "ردهم": true, "ردود": true,
	"عاجبه": true, "عاجبها": true, "عاجبو": true, "عجبه": true, "عجبها": true, "عجبو": true,
	"opinion": true, "opinions": true, "view": true, "views": true, "stance": true, "verdict": true,
	"feel": true, "feels": true, "felt": true, "feeling": true, "feelings": true,
	"comment": true, "comments": true, "commented": true,
}

// opinionPhrases ask the same in two words ("what did he think of", «رد
// فعل»), in a folded question padded with spaces.
var opinionPhrases = regexp.MustCompile(` (think|thinks|thought|make|makes|made) (of|about) | (رد|رده|ردود) (فعل|فعله|فعلها|فعلهم) `)

// asksOpinion reports whether the question q asks how someone took
// something: an opinion word (opinionWords) or phrase, in a question that
// does not ask for the article's own view (stanceOf: «برأي الكاتب», "what
// does the writer think"), which interprets rather than reacts.
func asksOpinion(q string) bool {
	if k, _ := stanceOf(q); k != stanceNone {
		return false
	}
	f := " " + strings.Join(strings.FieldsFunc(text.Fold(q), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }), " ") + " "
	if opinionPhrases.MatchString(f) {
		return true
	}
	for _, w := range text.Words(q) {
		for _, g := range stanceForms(w) {
			if opinionWords[g] {
				return true
			}
		}
	}
	return false
}

// looseGroups are words, in either language, that say the same action
// loosely enough for ranking but not for a claim: leading a company. A
// unit with one of a group's triggers gains its words.
var looseGroups = []struct{ triggers, words map[string]bool }{
	{
		triggers: termsOf("lead", "leads", "led", "leader", "leadership", "run", "runs", "running", "helm",
			"يقود", "قاد", "قيادة", "يدير", "أدار"),
		words: termsOf("lead", "led", "leader", "run", "helm",
			"يقود", "قاد", "قيادة", "يدير", "أدار"),
	},
	{
		// Working at a company is what joining it leads to.
		triggers: termsOf("work", "works", "working", "worked", "يعمل", "تعمل", "عمل"),
		words:    termsOf("join", "joined", "joins", "انضم", "ينضم", "سينضم", "سينضمان", "انضمام", "الانضمام"),
	},
	{
		// A complaint is told as the worry or concern it voiced or
		// raised («زاد من قلق المجلس», "raised concerns").
		triggers: termsOf("complain", "complains", "complained", "complaining", "complaint", "complaints", "grievance", "grievances",
			"اشتكى", "اشتكت", "يشتكي", "شكا", "شكوى", "شكاوى", "تذمر"),
		words: termsOf("concern", "concerns", "concerned", "worry", "worried", "worries",
			"قلق", "القلق", "مخاوف", "انزعاج"),
	},
}

// termsOf analyses words into a set of terms.
func termsOf(ws ...string) map[string]bool {
	m := map[string]bool{}
	for _, w := range ws {
		for _, t := range Tokens(w) {
			m[t] = true
		}
	}
	return m
}

// possessorWords is how many words the possessor of a role cue may have
// ("Mira Murati's job", "Ilya Sutskever's role").
const possessorWords = 3

// roleQuestionCue returns the analysed term of a question's word asking for
// someone's post: asksRole's Arabic and English forms, and the English
// possessive ("what is Murati's position", "what was Sutskever's job").
func roleQuestionCue(q string) string {
	if c := asksRole(q); c != "" {
		return term(c)
	}
	ws := text.Words(q)
	what := func(g string) bool { return g == "what" || g == "which" }
	for i, w := range ws {
		f := text.Fold(w)
		if !roleCues[f] || text.IsArabicWord(f) {
			continue
		}
		for j := i - 1; j >= 0 && j >= i-5; j-- {
			g := text.Fold(ws[j])
			if what(g) {
				return term(f)
			}
			// "Murati's" is read as "murati", "s": the possessor and its
			// ending stand between the what-word and the cue; a full name
			// ("Mira Murati's") is up to possessorWords words.
			if g == "s" && j > 0 && !what(text.Fold(ws[j-1])) {
				k := j - 1 // the possessor's last word
				for n := 1; n < possessorWords && k > 0; n++ {
					if p := text.Fold(ws[k-1]); what(p) || roleAskers[p] {
						break
					}
					k--
				}
				j = k
				continue
			}
			if !roleAskers[g] {
				break
			}
		}
	}
	return ""
}

// addAnswerKind adds to v what an answer to the question q carries (see
// the comment at the top of the file), and loosens its units with the
// loose glossary.
func (ix *Index) addAnswerKind(v *queryView, q string) {
	for i := range v.units {
		loosen(&v.units[i])
	}
	if cue := roleQuestionCue(q); cue != "" {
		for i := range v.units {
			u := &v.units[i]
			if u.head != cue {
				continue
			}
			for t := range titleTerms {
				if u.members[t] < fullMember {
					u.members[t] = fullMember
				}
			}
		}
		return
	}
	var cues map[string]bool
	switch ix.askedOf(q) {
	case AskedReason:
		cues = reasonCues
	case AskedPlace:
		cues = placeCues
	default:
		cues = spanOrReactionCues(q)
		if cues == nil {
			return
		}
	}
	u := xunit{head: "\x00asked", members: map[string]float64{}, frame: true, weight: cueWeight}
	for t := range cues {
		u.members[t] = 1
	}
	v.units = append(v.units, u)
}

// loosen adds to u the loose-glossary words of its full members' groups.
func loosen(u *xunit) {
	for _, g := range looseGroups {
		in := false
		for t, w := range u.members {
			if w >= fullMember && g.triggers[t] {
				in = true
				break
			}
		}
		if !in {
			continue
		}
		for t := range g.words {
			// A weaker member (a round trip's, crossglossary.go) is raised.
			if u.members[t] < looseWeight {
				u.members[t] = looseWeight
			}
		}
	}
}
