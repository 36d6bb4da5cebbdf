package answer

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"

	"casebot/casefile"
	"casebot/corpus"
	"casebot/retrieval"
	"casebot/text"
)

// Answers from a corpus of several articles (wire copy, follow-ups,
// translations, each written as of its own date) name their sources, show
// each quote's date, put the newest account first when the quoted articles
// differ in date or the question asks about the present, show older
// accounts as older ("as of 20 November 2023"), and cite a fact that
// several articles report once, with all of them.

// newerRatio is the share of the best sentence's score from which, for a
// question about the present, the best sentence of a newer article is
// quoted too: the newest account must be heard even when an older one
// matches the question's words better.
const newerRatio = 0.5

// A newer article's sentence is quoted beside the best one when it scores
// at least ratio times the best and shares at least related of its
// information with the best sentence: looser for a question about now.
const (
	nowRelated   = 0.25
	laterRatio   = 0.6
	laterRelated = 0.4
)

// maxMultiQuotes caps the citations of a multi-article answer.
const maxMultiQuotes = 4

// asksNow reports whether a question asks about the present state: it
// holds one of text.NowCues, or offers versions or outcomes to choose from.
func asksNow(question string) bool {
	if text.HasNowCue(question) {
		return true
	}
	// "Some say he quit, others that he joined Microsoft": which holds now.
	return reportsVersions(question) || offersReturn(question) || windsUp(question)
}

// windUpNext are the words after "wind up" that make it "end up" (where
// or how someone ended), folded, "" for the question's end: "Where did
// she wind up?", "wound up at Microsoft", "wind up back at OpenAI". "The
// storm wound up the sails" winds something up.
var windUpNext = map[string]bool{"": true, "at": true, "in": true, "as": true, "with": true, "back": true,
	"after": true, "being": true, "working": true, "joining": true, "leading": true, "on": true}

// windsUp reports whether a question asks where or how someone wound up.
func windsUp(question string) bool {
	ws := strings.Fields(wordsOf(question))
	for i := 0; i+1 < len(ws); i++ {
		if (ws[i] == "wind" || ws[i] == "wound" || ws[i] == "winds") && ws[i+1] == "up" {
			next := ""
			if i+2 < len(ws) {
				next = ws[i+2]
			}
			if windUpNext[next] {
				return true
			}
		}
	}
	return false
}

// alternativeMarkers join the outcomes a question offers ("…or is he
// back?", «…ولا رجع؟», «…أم عاد؟»), folded.
var alternativeMarkers = map[string]bool{"or": true, "ولا": true, "ام": true, "او": true, "والا": true}

// returnWords tell a return to a former post or place, folded: the
// outcome that undoes an earlier change.
var returnWords = map[string]bool{"back": true, "return": true, "returned": true, "returning": true, "returns": true,
	"reinstated": true, "رجع": true, "رجعت": true, "رجعوا": true, "يرجع": true, "بيرجع": true, "عاد": true, "عادت": true,
	"يعود": true, "رجوع": true, "عوده": true}

// returnReach is how many words after an alternative marker a return word
// may come ("or is he back": three).
const returnReach = 3

// offersReturn reports whether a question offers, as one of its
// outcomes, a return ("Did she stay at the lab or is she back at the
// university?", «بقي في الشركة ولا رجع؟»): it asks how things ended,
// which only the latest account tells, as for a question about now.
// "When did he return?" offers no outcome, and "Was he fired or did he
// quit?" no return.
func offersReturn(question string) bool {
	ws := strings.Fields(wordsOf(question))
	for i, w := range ws {
		if !alternativeMarkers[w] {
			continue
		}
		for _, x := range ws[i+1 : min(len(ws), i+1+returnReach)] {
			if returnWords[x] {
				return true
			}
		}
	}
	return false
}

// choiceNot, folded, are the words after «ولا» that make it "nor", "and
// not" or "still" rather than "or" («ولا حدا», «ولا يزال»), and those
// after "or" that only close the question ("…or what", "…or smth else").
var choiceNot = map[string]bool{"حدا": true, "احد": true, "واحد": true, "شي": true, "يزال": true, "تزال": true,
	"زال": true, "زالت": true, "ايش": true, "شو": true, "ايه": true, "وش": true, "what": true, "smth": true,
	"something": true, "sth": true, "whatever": true, "so": true}

// personChoice reports whether a question offers two versions of what a
// person did or was, joined by "or" («ولا», «أم», «أو») with words on
// both sides, and asks nothing of now: "was mira on sams side or against
// him", «ميرا موراتي كانت مع التمان ولا ضده». Like a question weighing
// two accounts (weighsAccounts), the latest telling settles it. A denial
// at the end ("…or not?") is offersOutcomes; a question about a company
// or a plan ("did Microsoft know or was it caught off guard?") is about
// no person; «ولا حدا» (nobody) and "…or what" offer nothing.
func (e *Engine) personChoice(question string) bool {
	if offersOutcomes(question) || asksNow(question) {
		return false
	}
	if _, ok := e.subjectPerson(question); !ok && !e.opensWithName(question) {
		return false
	}
	ws := strings.Fields(wordsOf(askingPart(question)))
	for i, w := range ws {
		if i >= 2 && i+1 < len(ws) && alternativeMarkers[w] && !choiceNot[ws[i+1]] {
			return true
		}
	}
	return false
}

// opensWithName reports whether one of a question's first subjectWords
// words is a word of a person's name (isPersonName): "was mira on sams
// side…" is about Murati, though "mira" alone is no full name.
func (e *Engine) opensWithName(question string) bool {
	for i, w := range questionWords(askingPart(question)) {
		if i >= subjectWords {
			break
		}
		if e.isPersonName(w) {
			return true
		}
	}
	return false
}

// stateWords name a state that changes over a case: who leads, who holds
// a post, who sits on a board (folded, matched as whole words or phrases).
var stateWords = []string{
	"ceo", "chief executive", "chair", "chairs", "chairman", "chairwoman", "president", "director", "board member",
	"on the board", "in charge", "leads", "heads", "runs", "leader", "head of", "position", "post", "role", "job",
	"الرئيس التنفيذي", "رئيس تنفيذي", "رئيسا تنفيذيا", "رئيسه تنفيذيه", "مدير", "مديره", "منصب", "منصبه", "وظيفه",
	"عضو", "عضوا", "اعضاء", "رئيس مجلس", "يقود", "بيقود", "تقود", "بتقود", "يراس", "بيراس", "يتراس", "يدير", "بيدير",
	// For whom someone works, in the present: "Who does Brockman work
	// for?", "Is she employed by OpenAI?" (where: see worksWhere).
	"work for", "works for", "working for", "work at", "works at", "working at", "employed", "employer",
}

// workVerbs are the present forms of "to work", folded; whereAsked ask
// where, folded (colloquial forms included).
var (
	workVerbs  = map[string]bool{"work": true, "works": true, "working": true, "يعمل": true, "تعمل": true, "بيعمل": true, "بتعمل": true, "يشتغل": true, "تشتغل": true, "بيشتغل": true, "بتشتغل": true, "شغال": true, "شغاله": true, "كيخدم": true, "كتخدم": true}
	whereAsked = map[string]bool{"where": true, "wheres": true, "اين": true, "وين": true, "فين": true, "فاين": true, "وينو": true, "فينو": true, "لمين": true, "لمن": true}
)

// worksWhere reports whether a question asks where (or for whom) someone
// works: a where-word and a present form of "to work" ("Where does Altman
// work?", «وين بيشتغل ألتمان؟», «لمين بتشتغل ميرا»). Working with someone
// («تشتغل مع مين») asks no place.
func worksWhere(question string) bool {
	where, work := false, false
	for _, w := range strings.Fields(wordsOf(question)) {
		where = where || whereAsked[w]
		work = work || workVerbs[w]
	}
	return where && work
}

// pastWords mark a question about a past event rather than a state.
var pastWords = []string{
	"was", "were", "did", "had", "used to", "former", "formerly", "before", "after", "when",
	"كان", "كانت", "كانوا", "سابقا", "عندما", "حين", "قبل", "بعد",
}

// asksState reports whether a question, without saying "now", asks about
// a state that may have changed between the articles: who leads or heads
// something, who holds a post or sits on a board ("Who is OpenAI's CEO?",
// «ما منصب موراتي؟», «مين بيقود الشركة؟»), or, in English, a yes/no question
// in the present tense ("Is Altman joining Microsoft?"). A question in the
// past tense asks about an event, not a state.
func asksState(question string) bool {
	q := " " + strings.Join(strings.Fields(strings.Map(func(r rune) rune {
		if unicode.IsPunct(r) {
			return ' '
		}
		return r
	}, text.Fold(question))), " ") + " "
	has := func(list []string) bool {
		for _, w := range list {
			if strings.Contains(q, " "+text.Fold(w)+" ") {
				return true
			}
		}
		return false
	}
	if has(pastWords) {
		return false
	}
	if asksMembership(question) || worksWhere(question) {
		return true
	}
	for _, start := range []string{" is ", " are ", " does ", " do ", " who is on ", " who s on ", " who sits ", " who serves "} {
		if strings.HasPrefix(q, start) {
			return true
		}
	}
	return has(stateWords)
}

// articleTime is a paragraph's article date; ok is false when undated.
func articleTime(p corpus.Paragraph) (time.Time, bool) { return corpus.ParseDate(p.Date) }

// newer reports whether a's article is dated after b's (an undated
// article is never newer than a dated one).
func newer(a, b corpus.Paragraph) bool {
	ta, oka := articleTime(a)
	tb, okb := articleTime(b)
	switch {
	case oka && !okb:
		return true
	case !oka:
		return false
	}
	return ta.After(tb)
}

// sameFact reports whether two sentences say the same thing (a wire copy,
// a translation): each carries most of the other's information, in either
// language, and they give the same numbers. Two accounts that differ in a
// figure (500 or 700 staff) are not the same fact.
func (e *Engine) sameFact(a, b string) bool {
	m, ok := e.search.(matcher)
	if !ok {
		return false
	}
	if !equalNumbers(a, b) {
		return false
	}
	return m.Match(a, b) >= 0.6 && m.Match(b, a) >= 0.6
}

// equalNumbers reports whether a and b mention the same numbers.
func equalNumbers(a, b string) bool {
	na, nb := numbers(a), numbers(b)
	if len(na) != len(nb) {
		return false
	}
	for k := range na {
		if !nb[k] {
			return false
		}
	}
	return true
}

func numbers(s string) map[string]bool {
	out := map[string]bool{}
	for _, run := range strings.FieldsFunc(text.Fold(s), func(r rune) bool { return !unicode.IsDigit(r) }) {
		out[run] = true
	}
	return out
}

// multiQuote is one citation being assembled: a paragraph and its chosen sentences.
type multiQuote struct {
	hit   int
	p     corpus.Paragraph
	sents []sentenceCandidate
	score float64
	also  []Also
	asOf  accountTime
}

// accountTime is when an account holds: its article's publication date,
// or, for a look back at earlier events, the date of the events it tells.
type accountTime struct {
	when     time.Time
	ok       bool
	dayKnown bool
	history  bool // dated by the events told, not by publication
}

// after reports whether a is a later account than b (undated accounts are never later).
func (a accountTime) after(b accountTime) bool {
	switch {
	case a.ok && !b.ok:
		return true
	case !a.ok:
		return false
	}
	return a.when.After(b.when)
}

// label is the date an answer shows for the account.
func (a accountTime) label(lang, published string) string {
	switch {
	case !a.history:
		return FormatDate(published, lang)
	case a.dayKnown:
		return formatDay(a.when, lang)
	}
	return formatMonth(a.when, lang)
}

// accountDate dates a quote's account: its article's publication date.
// For a question about the present (present true), a sentence of an
// article published long after the events it names (a book, a look back)
// that does not tell a current state is history: it holds as of the
// events it tells, not as of publication, and must not pass for the
// newest account of the present. For any other question the newest
// telling is the latest word, whatever it tells.
func (e *Engine) accountDate(q *multiQuote, present bool) accountTime {
	pub, ok := articleTime(q.p)
	at := accountTime{when: pub, ok: ok, dayKnown: true}
	if !ok || !present {
		return at
	}
	for _, s := range q.sents {
		// A condition tells no state: «هدّد مئات الموظفين بالاستقالة إذا
		// لم يُعَد ألتمان» (if he were not brought back, folded like «لم
		// يعد», "no longer") tells the 2023 threat, not a state as of 2025.
		if statesChange(withoutConditions(s.text)) || tellsPresent(s.text) {
			return at
		}
	}
	var art corpus.Article
	for _, a := range e.corpus.Articles {
		if a.ID == q.p.ArticleID {
			art = a
		}
	}
	latest := time.Time{}
	for _, d := range articleDates(art, pub, true) {
		if d.ok && d.when.After(latest) {
			latest = d.when
		}
	}
	if latest.IsZero() || pub.Sub(latest) <= retrospective {
		return at
	}
	pk := pick{p: q.p, sentence: q.sents[0].text}
	if t, day, ok := e.explicitDate(pk, pub, true); ok {
		return accountTime{when: t, ok: true, dayKnown: day, history: true}
	}
	if t, day, ok := e.lastDateBefore(pk, pub, true); ok {
		return accountTime{when: t, ok: true, dayKnown: day, history: true}
	}
	return at
}

// related is how closely two sentences tell the same matter: the larger
// share of either's information that the other carries, in any language.
func (e *Engine) related(a, b string) float64 {
	m, ok := e.search.(matcher)
	if !ok {
		return max(overlap(a, b), overlap(b, a))
	}
	return max(m.Match(a, b), m.Match(b, a))
}

// quoteGives grades how plainly a quote gives the kind of fact asked for:
// 2 when any fact is asked for, when it gives a figure for "how many", or
// a date in digits (a year, a day) for "when"; 1 when only words may tell
// a time (a month, "days later"); 0 when nothing does.
func quoteGives(q *multiQuote, kind factKind) int {
	if kind == anyFact {
		return 2
	}
	g := 0
	for _, s := range q.sents {
		if !carries(s.text, kind) {
			continue
		}
		g = 1
		if kind == numberFact || strings.ContainsFunc(s.text, unicode.IsDigit) {
			return 2
		}
	}
	return g
}

// focusRatio is the share of the best sentence's score from which, for a
// yes/no question, a newer article's sentence that carries the question's
// focus words is heard as a newer account.
const focusRatio = 0.25

// focusShare is the largest share of the corpus's paragraphs a focus word
// may be carried by: a word many paragraphs carry (the company, "board",
// "fired") tells nothing of what a question is about.
const focusShare = 0.1

// focusWords are the question's specific words that the best sentence
// carries: those rare in the corpus (at most focusShare of its paragraphs
// carry them) that are not a person's name. A newer article that carries
// them all speaks of the same matter, however little else of the best
// sentence it shares ("safety" in "was he fired over a safety
// dispute?"). nil when there are none, or when the engine has no
// analysis to weigh words with.
func (e *Engine) focusWords(question, anchor string) []string {
	m, ok := e.search.(matcher)
	if !ok {
		return nil
	}
	n := 0
	for _, a := range e.corpus.Articles {
		n += len(a.Paragraphs)
	}
	var focus []string
	seen := map[string]bool{}
	for _, w := range questionWords(question) {
		if seen[w] || m.Match(w, anchor) == 0 || e.isPersonName(w) {
			continue
		}
		seen[w] = true
		df := e.paragraphsMatching(m, w)
		if df > 0 && float64(df) <= focusShare*float64(n) {
			focus = append(focus, w)
		}
	}
	return focus
}

// isPersonName reports whether w is a word of the name of a person of
// the corpus, in any spelling (a given name as well as a surname), alone
// or with a one-letter Arabic prefix.
func (e *Engine) isPersonName(w string) bool {
	fw := " " + wordsOf(w) + " "
	for _, part := range e.nameParts() {
		if containsWordAffixed(fw, part) {
			return true
		}
	}
	return false
}

// personNameParts returns the words, folded (wordsOf), of at least three
// letters of the names of people, in every spelling, each once: what
// isPersonName looks for.
func personNameParts(people []casefile.Person) []string {
	var out []string
	seen := map[string]bool{}
	for _, p := range people {
		for _, n := range append([]string{p.Name, p.Latin}, p.Spellings...) {
			for _, part := range strings.Fields(wordsOf(n)) {
				if len([]rune(part)) >= 3 && !seen[part] {
					seen[part] = true
					out = append(out, part)
				}
			}
		}
	}
	return out
}

// carriesAll reports whether s carries every one of words.
func (e *Engine) carriesAll(s string, words []string) bool {
	for _, w := range words {
		if e.match(w, s) == 0 {
			return false
		}
	}
	return len(words) > 0
}

// carriedShare is the share of words that s carries (0 when words is empty).
func (e *Engine) carriedShare(s string, words []string) float64 {
	if len(words) == 0 {
		return 0
	}
	n := 0
	for _, w := range words {
		if e.match(w, s) > 0 {
			n++
		}
	}
	return float64(n) / float64(len(words))
}

// quoteAnswers grades how plainly a quote answers the question: as
// quoteGives for a figure or a time; for a question asking who, 2 when the
// quote names a person the question does not, 0 when it names only the
// people asked about ("who replaced Altman?" is not answered by a
// sentence about Altman alone).
func (e *Engine) quoteAnswers(question string, q *multiQuote, kind factKind, asked retrieval.Asked) int {
	if asked != retrieval.AskedPerson || kind != anyFact {
		return quoteGives(q, kind)
	}
	for _, s := range q.sents {
		if e.newPerson(question, s.text) {
			return 2
		}
	}
	return 0
}

// whoOnMatter reports whether a question asks who (a person, no figure
// or time): when it names its matter (matter.named), its quotes are
// weighed first by whether they speak of it (quoteOnMatter), then by
// whether they name someone new.
func whoOnMatter(asked retrieval.Asked, kind factKind) bool {
	return asked == retrieval.AskedPerson && kind == anyFact
}

// minMatterWords is how many specific words (matter) a question
// needs for its matter to be told from them: one rare word may be a
// filler ("the whole thing"), two name a matter ("the independent
// inquiry", «التحقيق المستقل»).
const minMatterWords = 2

// named reports whether the matter has at least minMatterWords words.
func (mt matter) named() bool {
	return len(mt.forms) >= minMatterWords
}

// quoteOnMatter reports whether a quote speaks of the matter mt a
// question asks about (carriesMatter). For a yes/no question, a newer
// article that only retells the case's events without it ("Altman was
// fired, then taken back", asked whether he will lead Microsoft's new
// team) does not lead an account that does; a question asking who is
// answered by a name (quoteAnswers), not by its words. Only the
// sentences' own words count, not their section's heading: a heading
// speaks of its section as a whole, and a look back whose title
// («كواليس صادمة تكشف سبب إقالة…») heads its opening lines would otherwise
// lend each of them "behind" and "axed" — with a fund that «لم يكن
// مستقلًا» read as "independent", a line on the startup fund would be an
// account of "who's behind the independent probe into why Altman got
// axed".
func quoteOnMatter(mt matter, q *multiQuote) bool {
	for _, s := range q.sents {
		if mt.carriedBy(s.text) {
			return true
		}
	}
	return false
}

// changeOnMatter reports whether a sentence of quote q tells a change of
// state (tellsChange) and carries one of the words of the question's
// matter mt: «وأعادت ألتمان إلى منصبه» for "the talks to get Altman back
// failed, right?" (back). A change on another matter, or a line on the
// matter that tells no change, does not.
func changeOnMatter(mt matter, q *multiQuote) bool {
	for _, s := range q.sents {
		if tellsChange(s.text) && mt.carried(q.p.Section+" "+s.text) > 0 {
			return true
		}
	}
	return false
}

// accountsOnMatter counts the distinct article dates of the quotes that
// are accounts of the question's matter (accountOnMatter): two or more
// may differ, and a quote off the matter is none.
func (e *Engine) accountsOnMatter(question string, mt matter, quotes []*multiQuote) int {
	dates := map[string]bool{}
	for _, q := range quotes {
		if e.accountOnMatter(question, mt, q) {
			dates[q.p.Date] = true
		}
	}
	return len(dates)
}

// accountOnMatter reports whether quote q is an account of the question's
// matter: it speaks of it (quoteOnMatter) and, when the question is about
// a person (subjectPerson), names them. Sutskever's «كتب على منصة إكس»
// speaks of posting on X, but tells nothing of what Altman wrote there.
func (e *Engine) accountOnMatter(question string, mt matter, q *multiQuote) bool {
	if !quoteOnMatter(mt, q) {
		return false
	}
	_, person := e.subjectPerson(question)
	return !person || e.namesSubjectIn(question, q)
}

// strongRelated is the share of one quote's information another, of
// another date, must carry for the two to be accounts of one matter
// (see accountsOfOneMatter).
const strongRelated = 0.5

// accountsOfOneMatter reports whether quotes of different dates are
// accounts of one matter that may differ, to be put newest first with the
// older ones marked older: the question asks about a state or the present
// (state); or two quotes of different dates give the kind of fact asked
// for (a figure, a date); or they tell closely related things (each
// carries strongRelated of the other, in any language); or, for a yes/no
// question, both speak of the matter asked about. Quotes that only share
// a name (how old Altman is, and a look back at his firing) are not: the
// one that answers leads, and no quote is called older.
func (e *Engine) accountsOfOneMatter(question string, mt matter, quotes []*multiQuote, kind factKind, asked retrieval.Asked, state bool) bool {
	if state {
		return true
	}
	if carriesCue(question, ageCues) {
		// How old someone is: only quotes giving an age ("Altman, 38,",
		// «(38 عامًا)») of different dates are its accounts; lines that
		// share the person's name (the wire's lead and the look back's
		// on his firing) are not, and the one that answers leads.
		return agesOfDates(quotes)
	}
	yesNo := questionShape(question).yesNo
	// A question that offers figures or dates ("on the 16th or the
	// 17th?") asks for a fact of that kind.
	digits := strings.ContainsFunc(question, unicode.IsDigit)
	hasDigit := func(q *multiQuote) bool {
		for _, s := range q.sents {
			if strings.ContainsFunc(s.text, unicode.IsDigit) {
				return true
			}
		}
		return false
	}
	for i, a := range quotes {
		for _, b := range quotes[i+1:] {
			if a.asOf.when.Equal(b.asOf.when) {
				continue
			}
			switch {
			case yesNo:
				// Whether a claim holds: every dated account of it counts.
				return true
			case kind != anyFact && quoteGives(a, kind) == 2 && quoteGives(b, kind) == 2,
				asked == retrieval.AskedPerson && e.quoteAnswers(question, a, kind, asked) == 2 && e.quoteAnswers(question, b, kind, asked) == 2,
				digits && hasDigit(a) && hasDigit(b),
				quoteOnMatter(mt, a) && quoteOnMatter(mt, b),
				e.postedBySubject(question, a) && e.postedBySubject(question, b):
				return true
			}
			for _, sa := range a.sents {
				for _, sb := range b.sents {
					if e.related(sa.text, sb.text) >= strongRelated {
						return true
					}
				}
			}
		}
	}
	return false
}

// agesOfDates reports whether two of quotes, of different dates, each
// give a person's age (retrieval.GivesAge).
func agesOfDates(quotes []*multiQuote) bool {
	var first *multiQuote
	for _, q := range quotes {
		if !retrieval.GivesAge(q.p.Text) {
			continue
		}
		if first == nil {
			first = q
			continue
		}
		if !first.asOf.when.Equal(q.asOf.when) {
			return true
		}
	}
	return false
}

// rankMulti ranks the sentences of hits for a question over several
// articles. Across articles, a sentence that gives what is asked for (a
// number for "how many", a current state or change for a question about
// a state) is worth more than one that only shares the question's words.
func (e *Engine) rankMulti(question string, kind factKind, hits []retrieval.Hit) []sentenceCandidate {
	cands := e.rankSentences(question, hits)
	state := asksNow(question) || asksState(question)
	for i := range cands {
		if kind != anyFact && carries(cands[i].text, kind) {
			cands[i].score *= answerTypeBoost
		}
		if state && statesChange(cands[i].text) {
			cands[i].score *= answerTypeBoost
		}
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].score > cands[j].score })
	return cands
}

// multiKind is the kind of fact a question asks for across articles: as
// its wording asks it (askedKind), else, for a time, as retrieval read it
// in standard words (asked): a colloquial «إمتى» asks when as «متى» does,
// and two dated days in the quotes are two accounts of one matter. (A
// colloquial «قديش» read as "how many" was tried and dropped: a look
// back's «مئات الموظفين», hundreds, then led the wire's exact count.)
func multiKind(question string, asked retrieval.Asked) factKind {
	if k := askedKind(question); k != anyFact {
		return k
	}
	if asked == retrieval.AskedTime {
		return timeFact
	}
	return anyFact
}

// extractMulti is the extractive answer for a corpus of several articles:
// a, started by extractFrom, filled from res, which has hits.
func (e *Engine) extractMulti(question string, res retrieval.Result, a Answer) Answer {
	lang := a.Language
	// Who sits on a board, asked in the present tense, is asked of now:
	// a look back's line on an earlier vote is history.
	// Where a person of the case went («وين راح بروكمان بعد ما استقال»,
	// "where did Altman go after he was fired?") is where they ended: it
	// changed between the articles (to Microsoft, then back), and the
	// newest account of it answers, as for a question about now (a look
	// back's line on the firing is history, not where he is).
	now := asksNow(question) || asksMembership(question) && asksState(question) || e.wentWhere(question)
	state := now || asksState(question)
	// A question weighing two accounts (weighsAccounts) is answered like one
	// about a state (timed): the newest account of its matter is heard and
	// leads, the older ones marked older; but the newest article's own
	// account of a change (newestOwnAccount) is not sought for it: the
	// person who made a claim ("Shear said…") is not what it asks about.
	choice := e.personChoice(question)
	weighs := weighsAccounts(question) || choice
	timed := state || weighs
	kind := multiKind(question, res.Asked)
	// The asking part's words in the corpus's spelling, read once: the
	// newer accounts of its matter are weighed in them too (not in the
	// remarks after it, which no source answers: askingPart).
	read := e.standardReading(askingPart(question))
	// Its matter (its specific words), found in the corpus once.
	mt := e.matterOf(question, read)
	// A remark after the question (askingPart) has no matter of its own.
	askedMt, remark := mt, askingPart(question) != strings.TrimSpace(question)
	if remark {
		askedMt = e.matterOf(askingPart(question), read)
	}
	hits := res.Hits
	cands := e.rankMulti(question, kind, hits)
	best := cands[0].score

	var quotes []*multiQuote
	byHit := map[int]*multiQuote{}
	// dupOf returns the chosen quote whose sentences say what c says.
	dupOf := func(c sentenceCandidate) *multiQuote {
		for _, q := range quotes {
			if q.p.ArticleID == hits[c.hit].Paragraph.ArticleID {
				continue
			}
			for _, s := range q.sents {
				if e.sameFact(s.text, c.text) {
					return q
				}
			}
		}
		return nil
	}
	take := func(c sentenceCandidate) *multiQuote {
		if q, ok := byHit[c.hit]; ok {
			if len(q.sents) < maxQuotes {
				q.sents = append(q.sents, c)
			}
			return nil
		}
		if d := dupOf(c); d != nil {
			p := hits[c.hit].Paragraph
			if !hasAlso(d.also, p.Ref) && p.Ref != d.p.Ref {
				d.also = append(d.also, alsoOf(p))
			}
			return nil
		}
		q := &multiQuote{hit: c.hit, p: hits[c.hit].Paragraph, sents: []sentenceCandidate{c}, score: c.score}
		byHit[c.hit] = q
		quotes = append(quotes, q)
		return q
	}
	taken := 0
	for _, c := range cands {
		if taken == maxQuotes || c.score < quoteRatio*best || c.score == 0 {
			break
		}
		take(c)
		taken++
	}
	// The same fact in other articles, below the quoting bar: listed as
	// further sources of the quote, not quoted again.
	for _, c := range cands {
		if c.score < newerRatio*best {
			break
		}
		if _, ok := byHit[c.hit]; ok {
			continue
		}
		if d := dupOf(c); d != nil {
			p := hits[c.hit].Paragraph
			if !hasAlso(d.also, p.Ref) {
				d.also = append(d.also, alsoOf(p))
			}
		}
	}
	// A newer article's account of the same matter is heard, and comes
	// first, even when an older one matches the question's words better:
	// when it speaks to the question and of what the best quote is about,
	// more loosely for a question about a state (now, who leads, who sits
	// on the board); for a yes/no question, also when it carries the
	// question's focus words (focusWords), however little else it shares;
	// for a question about a state, also when it speaks of the question's
	// matter (carriesMatter).
	anchor := cands[0].text
	{
		newest := quotes[0].p
		for _, q := range quotes {
			if newer(q.p, newest) {
				newest = q.p
			}
		}
		ratio, related := laterRatio, laterRelated
		if timed {
			ratio, related = newerRatio, nowRelated
		}
		tenure := asksInterimHolder(question)
		var focus []string
		if questionShape(question).yesNo || weighs {
			focus = e.focusWords(question, anchor)
		}
		// The newest source among the hits: for two versions of what a
		// person did, its line naming them is their newest account even
		// when it tells the version in other words («كشفت موراتي أن ألتمان
		// كان يحاول تقييدها» for "against him").
		newestHit := hits[0].Paragraph
		for _, h := range hits {
			if newer(h.Paragraph, newestHit) {
				newestHit = h.Paragraph
			}
		}
		seen := map[string]bool{}
		for _, c := range cands {
			if len(quotes) >= maxMultiQuotes {
				break
			}
			p := hits[c.hit].Paragraph
			if seen[p.ArticleID] || !newer(p, newest) || c.score == 0 {
				continue
			}
			close := c.score >= ratio*best && e.related(anchor, c.text) >= related
			onFocus := c.score >= focusRatio*best && e.carriesAll(c.text, focus)
			if weighs {
				// Two claims weighed ("Shear denied a safety dispute, but I
				// read he lied about safety"): a newer sentence on either
				// carries part of the focus words, not all. Like a yes/no
				// question's focus, it is heard however little else it
				// shares (focusRatio): a newer account in the other
				// language ("the deal followed days of negotiations", for
				// «المفاوضات … نجحت ولا فشلت») shares few words.
				onFocus = c.score >= focusRatio*best && e.carriedShare(c.text, focus) >= mattersShare
			}
			// About a state, a newer sentence on the question's own matter
			// is its newer account, however little it shares with the
			// best sentence's wording (another language, other words).
			onMatter := state && c.score >= ratio*best && mt.carriedBy(p.Section+" "+c.text)
			if onMatter && remark {
				// A remark after the question ("I'm confused about how
				// the company is structured") is no matter of its own: a
				// line carrying only its words (the look back's «الهياكل
				// التنظيمية») is no account of what is asked.
				onMatter = askedMt.carriedBy(p.Section + " " + c.text)
			}
			// Two versions of what a person did ("quit or fired?"): a
			// newer line naming them and telling either version is their
			// newer account, though the versions are the case's common
			// words («كما تم إبعاد غريغ بروكمان» for «استقال … ولا
			// طردوه»).
			onChoice := choice && c.score >= focusRatio*best && e.namesSubject(question, c.text) && (e.tellsVersion(question, read, c.text) || p.ArticleID == newestHit.ArticleID)
			// Who held an interim post ("who took his place as interim
			// chief"): a newer line naming an interim holder is the post's
			// newer account, in whichever language it is told.
			onTenure := tenure && c.score >= focusRatio*best && carriesCue(c.text, interimCues)
			if !close && !onFocus && !onMatter && !onChoice && !onTenure {
				continue
			}
			seen[p.ArticleID] = true
			take(c)
		}
	}
	// Who did what the question names ("who set up the independent
	// inquiry?"), and no quote names anyone on it: a line of another
	// article on the matter that names a person the question does not
	// (Shear «سيعيّن محققًا مستقلًا», beside the wire's "an independent
	// investigation … has been agreed") is heard, however older or lower
	// ranked (whoAccount).
	// It is an older account of what the leading quote tells: it never
	// leads.
	var whoOlder *multiQuote
	if whoOnMatter(res.Asked, kind) && mt.named() && len(quotes) < maxMultiQuotes {
		if c, ok := e.whoAccount(question, mt, cands, quotes, hits, best); ok {
			whoOlder = take(c)
		}
	}
	// The newest article's own account, when the hits hold none that
	// answers (newest.go): it is heard, and dated like any other.
	injected := false
	var ownQ *multiQuote // the newest account of a change, which leads a question about now
	ownRestated := false // ownQ retells a quoted figure: it leads any question
	if own, ok := e.newestOwnAccount(question, read, quotes, kind, res.Asked, state, now, len(hits)); ok {
		hits = append(append([]retrieval.Hit(nil), hits...), own.hit)
		own.cand.score = max(own.cand.score, quotes[len(quotes)-1].score)
		q := take(own.cand)
		injected = q != nil
		if injected && (own.changed || own.restated) {
			ownQ = q
			ownRestated = own.restated
		}
		if injected {
			quotes = dropQuotes(quotes, byHit, own.off)
		}
	}
	// Whether someone still holds a seat or a post: a quote's line that
	// tells it of them ("the only member of the previous board to keep
	// his seat") is quoted, whichever of its paragraph's lines shared
	// more of the question's words ("a new initial board of three").
	for _, q := range quotes {
		if len(q.sents) >= maxQuotes || e.holdingQuoted(question, sentenceTexts(q.sents)) {
			continue
		}
		if s, pos, ok := e.holdingSentence(question, q.p.Section, q.p.Text); ok {
			q.sents = append(q.sents, sentenceCandidate{hit: q.hit, pos: pos, text: s, score: q.score})
		}
	}
	// A quote's sentence that dates or counts what it tells (scope.go).
	for _, q := range quotes {
		if sc, ok := scopeSentence(kind, q.p.Text, q.sents); ok && len(q.sents) < maxQuotes {
			q.sents = append(q.sents, sc)
		}
	}
	for _, q := range quotes {
		q.asOf = e.accountDate(q, now)
	}
	// Time order, and "older account" labels, only for accounts of one
	// matter that may differ; else the answer reads like a one-article
	// answer: the best-ranked paragraph that answers leads.
	// The best-ranked paragraph is heard too: retrieval ranks whole
	// paragraphs, with their headings and meaning, better than words
	// shared by one sentence ("Altman, 38, co-founded…" answers how old he is).
	if _, ok := byHit[0]; !ok && !timed && !injected && len(quotes) < maxMultiQuotes {
		for _, c := range cands {
			if c.hit == 0 && c.score > 0 {
				take(c)
				break
			}
		}
	}
	for _, q := range quotes {
		if q.asOf == (accountTime{}) {
			q.asOf = e.accountDate(q, now)
		}
	}
	// (A who-question's older line on the lead's matter, whoAccount, is
	// an account of it.)
	oneMatter := injected || whoOlder != nil || e.accountsOfOneMatter(question, mt, quotes, kind, res.Asked, timed)
	// The newest account leads: the newest quote that gives the kind of
	// fact asked for (a year for "in which year", a figure for "how
	// many"), so that a newer paragraph that does not answer never pushes
	// the answer down or marks it older; for a yes/no question, one that
	// speaks of the matter asked about (quoteOnMatter) before a newer one
	// that only retells the case. Then, when the quotes differ in
	// date or the question is about a state, the others newest first, each
	// older one shown as older than the lead; else the best first.
	lead := quotes[0]
	yesNo := questionShape(question).yesNo
	whoMatter := whoOnMatter(res.Asked, kind) && mt.named()
	grade := map[*multiQuote]int{}
	for _, q := range quotes {
		grade[q] = e.quoteAnswers(question, q, kind, res.Asked)
	}
	// The question's checks, and each quote's, are made once: the lead
	// is weighed against every other quote.
	claim, outcomes := claimTagged(question), offersOutcomes(question)
	digits := strings.ContainsFunc(question, unicode.IsDigit)
	seat := askedSeat(question)
	onMatter := quoteCheck(func(q *multiQuote) bool { return quoteOnMatter(mt, q) })
	changes := quoteCheck(func(q *multiQuote) bool { return changeOnMatter(mt, q) })
	namesSubject := quoteCheck(func(q *multiQuote) bool { return e.namesSubjectIn(question, q) })
	namesMatter := quoteCheck(func(q *multiQuote) bool { return e.namesMatter(question, q) })
	tellsSeat := quoteCheck(func(q *multiQuote) bool { return e.tellsSeatIn(question, q) })
	// The matter is read without a clause that only dates the question
	// ("… after he got his job back": the post asked about, not the
	// return).
	undated, undatedMt := withoutDating(askingPart(question)), mt
	if undated != askingPart(question) {
		undatedMt = e.matterOf(undated, e.standardReading(undated))
	}
	onMatterDated := e.accountsOnMatter(undated, undatedMt, quotes) >= 2
	accountOf := quoteCheck(func(q *multiQuote) bool { return e.accountOnMatter(undated, undatedMt, q) })
	var leadFocus []string
	pastYesNo := yesNo && !now && !claim && !outcomes
	if pastYesNo && !choice {
		// (Two versions offered, "did he walk out or was he shown the
		// door?": the predicate is one version; a quote telling the
		// other is as much an account of what is asked.)
		if w, ok := e.askedPredicate(question); ok {
			leadFocus = []string{w}
		}
	}
	carriesFocus := quoteCheck(func(q *multiQuote) bool { return e.quoteCarries(q, leadFocus) })
	ownLeads := (now || claim || outcomes || ownRestated) && ownQ != nil
	for _, q := range quotes {
		if q == whoOlder {
			continue
		}
		gq, gl := grade[q], grade[lead]
		if ownLeads {
			// About now, or whether a claim still holds ("he moved to
			// Microsoft, or not?"), the newest account of a change of
			// the state asked about answers it: it leads.
			lead = ownQ
			break
		}
		if whoMatter {
			// Who did what the question names ("who decided on the
			// independent inquiry?"): a quote on its matter leads one
			// that names people on another (the vote to fire Altman),
			// however newer, or however more names it gives.
			oq, ol := onMatter(q), onMatter(lead)
			if oq != ol {
				if oq {
					lead = q
				}
				continue
			}
			if oq && ol && oneMatter && !q.asOf.when.Equal(lead.asOf.when) {
				// Both speak of the matter: they are two accounts of
				// it, and the newest leads, though it names no one
				// (the inquiry "has been agreed" in the return deal,
				// after Shear said he would hire an investigator); the
				// older one follows, marked older, with the name.
				if q.asOf.after(lead.asOf) {
					lead = q
				}
				continue
			}
		}
		if !oneMatter {
			// The best-ranked paragraph among those that answer best.
			if gq > gl || gq == gl && q.hit < lead.hit {
				lead = q
			}
			continue
		}
		if pastYesNo && !choice && !digits {
			// Whether something happened to a person, asked of the past
			// (no dates or versions offered): a quote naming them leads
			// one that does not, however much newer ("was Brockman
			// supposed to stay after he lost the chairman role?" is not
			// answered first by who chairs the new board).
			sq, sl := namesSubject(q), namesSubject(lead)
			if sq != sl {
				if sq {
					lead = q
				}
				continue
			}
		}
		if len(leadFocus) > 0 {
			// Whether something happened, asked of the past (not now, no
			// claim checked): of two accounts, the one carrying the
			// question's predicate (askedPredicate: "regret" in "did
			// Sutskever regret voting Altman out?") leads one that tells
			// only the events around it (a look back's line on the vote),
			// however much newer: the newer one does not speak of what
			// is asked, so it is no newer account of it.
			fq, fl := carriesFocus(q), carriesFocus(lead)
			if fq != fl {
				if fq {
					lead = q
				}
				continue
			}
		}
		// When quotes of two dates or more speak of the question's matter
		// (onMatterDated, read without its dating clause), they are its
		// accounts: one of them leads a newer quote that only shares the
		// question's names and roles
		// ("its chief executive, Satya Nadella, said … would join
		// Microsoft", for "Nadella said Microsoft is committed to working
		// with which OpenAI boss?", told by «ملتزمة … والعمل معهم»). A
		// figure or a date asked for, or offered («١٦ ولا ١٧ نوفمبر»), is
		// told by the quotes giving one, whatever else they carry.
		mq, ml := yesNo && onMatter(q), yesNo && onMatter(lead)
		if !yesNo && onMatterDated && kind == anyFact && !digits {
			mq, ml = accountOf(q), accountOf(lead)
		}
		if now && !yesNo && !outcomes && !claim {
			// About now, asked otherwise than yes or no («التحقيق… الحين
			// لسه ماشي ولا لغوه؟»): a quote naming what the question is
			// about (namesMatter: the inquiry) leads one that does not (a
			// look back's line on a book), however much newer. (Whether
			// a claim holds, "…or not?", is weighed above.)
			mq, ml = namesMatter(q), namesMatter(lead)
		}
		if !timed && kind == anyFact && res.Asked != retrieval.AskedTime && !yesNo && !outcomes && !claim {
			// About the past, of what a company did or said ("what did
			// Microsoft say right after he was fired?"): a quote naming
			// it (namedThing) leads one that does not, however much
			// newer; a newer line on something else (the company took
			// Altman back) is no account of it. (A day or a figure asked
			// is told by whichever quote gives one.)
			if _, ok := e.namedThing(question); ok {
				mq, ml = e.quoteNamesThing(question, q), e.quoteNamesThing(question, lead)
			}
		}
		if yesNo && (claim || outcomes) {
			// A claim checked ("the talks to get him back failed,
			// right?"): a quote telling a change of state on the claim's
			// matter ("the company took Altman back") is a later account
			// of it, however few of the claim's words it carries.
			mq = mq || changes(q)
			ml = ml || changes(lead)
		}
		if yesNo && now {
			// About now, a quote naming the person asked about is on the
			// matter, in whatever words or language ("the board replaced
			// her with Shear, who held the job until Altman's return" for
			// «هل ما زال شير يقود الشركة؟»): of two that name them, the
			// newest leads.
			// Whether they sit on a board: only a quote telling the
			// board's make-up with them in it speaks of their seat; one
			// that only names them (a call they made) does not.
			if seat {
				mq = mq || tellsSeat(q)
				ml = ml || tellsSeat(lead)
			} else {
				mq = mq || namesSubject(q)
				ml = ml || namesSubject(lead)
			}
		}
		if choice && kind == anyFact && !digits {
			// Two versions of what a person did ("was he forced out, or
			// did he walk away?"): each quote naming them tells a version,
			// in whatever words or language («كما تم إبعاد غريغ بروكمان»
			// beside "who quit in protest"); of those, the newest leads.
			// Two dates or figures offered («16 نوفمبر ولا 17؟») are
			// told by the quotes giving one, named or not.
			mq = mq || namesSubject(q)
			ml = ml || namesSubject(lead)
		}
		if gq > gl || gq == gl && (mq && !ml || mq == ml && q.asOf.after(lead.asOf)) {
			lead = q
		}
	}
	// A count of a unit that articles give differently (a board of four,
	// of six, of three): every article's account of it, newest first
	// (counted.go), whatever quotes the words of the question found. Only
	// a question that says it asks of now (a now cue) dates a look back's
	// line by the events it tells: versions reported ("one piece says
	// four") ask which account is newest, by the article's date.
	if accounts, ok := e.countedAccounts(question, read); ok {
		quotes = e.countedQuotes(accounts, quotes, text.HasNowCue(question), len(hits))
		lead, oneMatter = quotes[0], true
	}
	dates := map[string]bool{}
	for _, q := range quotes {
		dates[q.p.Date] = true
	}
	timeOrder := oneMatter && (timed || len(dates) > 1)
	sort.SliceStable(quotes, func(i, j int) bool {
		qi, qj := quotes[i], quotes[j]
		if (qi == lead) != (qj == lead) {
			return qi == lead
		}
		if timeOrder && !qi.asOf.when.Equal(qj.asOf.when) {
			return qi.asOf.after(qj.asOf)
		}
		if !oneMatter {
			return qi.hit < qj.hit
		}
		return qi.score > qj.score
	})
	if len(quotes) > maxMultiQuotes {
		quotes = quotes[:maxMultiQuotes]
	}
	newestLead, leadIsNewest := len(dates) > 1, true
	for _, q := range quotes[1:] {
		leadIsNewest = leadIsNewest && !q.asOf.after(lead.asOf)
	}
	newestLead = newestLead && leadIsNewest

	found := false
	for _, q := range quotes {
		for _, s := range q.sents {
			found = found || carries(s.text, kind)
		}
	}
	hedge := res.Confidence < retrieval.ConfidentAt || !found
	var b strings.Builder
	order := ""
	switch {
	case timeOrder && len(quotes) > 1 && leadIsNewest:
		order = "newest-first"
	case timeOrder && len(quotes) > 1:
		order = "answer-first"
	}
	b.WriteString(e.multiOpening(question, res, lang, hedge, quotes, order))
	first := quotes[0].asOf
	for i, q := range quotes {
		sort.SliceStable(q.sents, func(x, y int) bool { return q.sents[x].pos < q.sents[y].pos })
		quote := quoteSentences(q.p.Text, q.sents)
		c := cite(i+1, q.p, quote)
		c.AlsoIn = q.also
		// An account older than the one leading is dated as such, even
		// when the quotes are not accounts of one matter: no older
		// article's line reads as the current state beside a newer one.
		c.Older = len(dates) > 1 && i > 0 && first.after(q.asOf)
		a.Citations = append(a.Citations, c)
		b.WriteString("\n")
		b.WriteString(quoteLine(lang, c, i == 0 && timeOrder && newestLead, !timeOrder, q.asOf.label(lang, c.Date)))
	}
	a.Answer = b.String()
	return a
}

// quoteCheck is check f of a quote made once per quote: extractMulti
// weighs its lead against every other quote, the lead again each time.
func quoteCheck(f func(*multiQuote) bool) func(*multiQuote) bool {
	got := map[*multiQuote]bool{}
	return func(q *multiQuote) bool {
		v, ok := got[q]
		if !ok {
			v = f(q)
			got[q] = v
		}
		return v
	}
}

func hasAlso(list []Also, ref string) bool {
	for _, x := range list {
		if x.Ref == ref {
			return true
		}
	}
	return false
}

// sourcesFrame opens a multi-article answer: which sources it quotes, by
// title and date, and in what order: order is a key of multiPhrase, or
// "" when the quotes are in order of relevance.
func (e *Engine) sourcesFrame(lang string, hedge bool, quotes []*multiQuote, order string) string {
	var names []string
	seen := map[string]bool{}
	add := func(title, date string) {
		if seen[title+date] {
			return
		}
		seen[title+date] = true
		if lang == "ar" {
			names = append(names, fmt.Sprintf("«%s» (%s)", shortTitle(title), FormatDate(date, lang)))
		} else {
			names = append(names, fmt.Sprintf("“%s” (%s)", shortTitle(title), FormatDate(date, lang)))
		}
	}
	for _, q := range quotes {
		add(q.p.Title, q.p.Date)
		for _, x := range q.also {
			add(x.Title, x.Date)
		}
	}
	sep, last := ", ", " and "
	if lang == "ar" {
		sep, last = "، ", " و"
	}
	list := names[0]
	if len(names) > 1 {
		list = strings.Join(names[:len(names)-1], sep) + last + names[len(names)-1]
	}
	key := "according"
	if hedge {
		key = "hedge"
	}
	var quoted []corpus.Paragraph
	for _, q := range quotes {
		quoted = append(quoted, q.p)
	}
	s := strings.TrimSuffix(e.phrase(lang, key, quoted...), ":") + " — " + list
	if order != "" {
		s += multiPhrase(lang, order)
	}
	return s + ":"
}

// quoteLine writes one citation of a multi-article answer: its quote and
// date, an older account marked as the state as of its date. aside is
// true when the quotes are not accounts of one matter: an older one is
// dated as an earlier article's, not called a superseded state.
func quoteLine(lang string, c Citation, newestLead, aside bool, date string) string {
	var also string
	if len(c.AlsoIn) > 0 {
		var ds []string
		for _, x := range c.AlsoIn {
			ds = append(ds, FormatDate(x.Date, lang))
		}
		if lang == "ar" {
			also = fmt.Sprintf(" (ورد أيضًا في %d مصدر آخر: %s)", len(c.AlsoIn), strings.Join(ds, "، "))
		} else {
			also = fmt.Sprintf(" (also reported by %d other source(s): %s)", len(c.AlsoIn), strings.Join(ds, ", "))
		}
	}
	switch {
	case c.Older && aside && lang == "ar":
		return fmt.Sprintf("حتى %s (من مقال أقدم): «%s» [%d]%s", date, c.Quote, c.N, also)
	case c.Older && aside:
		return fmt.Sprintf("As of %s (from an earlier article): «%s» [%d]%s", date, c.Quote, c.N, also)
	case c.Older && lang == "ar":
		return fmt.Sprintf("حتى %s (رواية أقدم، لا تصف الوضع الحالي): «%s» [%d]%s", date, c.Quote, c.N, also)
	case c.Older:
		return fmt.Sprintf("As of %s (an older account, not the current state): «%s» [%d]%s", date, c.Quote, c.N, also)
	case newestLead && lang == "ar":
		return fmt.Sprintf("الأحدث، %s: «%s» [%d]%s", date, c.Quote, c.N, also)
	case newestLead:
		return fmt.Sprintf("Newest, %s: «%s» [%d]%s", date, c.Quote, c.N, also)
	}
	return fmt.Sprintf("«%s» [%d] (%s)%s", c.Quote, c.N, date, also)
}

// multiPhrase is the frame text of multi-article answers.
func multiPhrase(lang, key string) string {
	ar := map[string]string{
		"newest-first": "، والأحدث أولًا",
		"answer-first": "، الرواية التي تجيب أولًا ثم الأحدث فالأقدم",
	}
	en := map[string]string{
		"newest-first": ", newest account first",
		"answer-first": ", the account that answers first, then newest to oldest",
	}
	if lang == "ar" {
		return ar[key]
	}
	return en[key]
}

// Event dates: a whole-case summary over several articles is told in the
// order of events, each point dated, so that "that same day" points to a day.

// The date patterns below, built once, at package initialisation, from
// the month names of the text layer, and only read.
var (
	// enDate matches "Nov. 17", "November 17, 2023", "17 November 2023",
	// "November 2022"; arDate the Arabic "17 نوفمبر (2023)" and "نوفمبر 2023".
	enDate = regexp.MustCompile(enDatePattern())
	arDate = regexp.MustCompile(arDatePattern())
)

// monthNum returns the month a name in a date pattern gives (text.MonthOf),
// or 0.
func monthNum(name string) time.Month {
	m, _ := text.MonthOf(name)
	return m
}

// englishMonths returns the English month names, full and short, folded
// (lower case), longest first so that an expression prefers them.
func englishMonths() []string {
	var out []string
	for _, w := range text.MonthWords() {
		if w[0] < 0x80 {
			out = append(out, w)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i]) > len(out[j]) })
	return out
}

// enDatePattern is the expression behind enDate.
func enDatePattern() string {
	names := strings.Join(englishMonths(), "|")
	return `(?i)\b(?:(\d{1,2}) (` + names + `)\.?(?:,? (\d{4}))?|(` + names + `)\.? (\d{1,2})\b(?:,? (\d{4}))?|(` + names + `)\.? (\d{4}))\b`
}

// arDatePattern is the expression behind arDate.
func arDatePattern() string {
	var ar []string
	for m := time.January; m <= time.December; m++ {
		ar = append(ar, text.Fold(text.ArabicMonth(m)))
	}
	arNames := strings.Join(ar, "|")
	return `(?:(\d{1,2}) (` + arNames + `)(?: (\d{4}))?|(` + arNames + `) (\d{4}))`
}

// eventDate finds the first date a sentence gives (a dateline before a
// dash is skipped: it is when the story was filed, not what happened),
// completing a missing year from the article's date. ok is false when the
// sentence names no date.
func eventDate(sentence string, published time.Time, hasPublished bool) (time.Time, bool) {
	t, _, ok := eventDatePrec(sentence, published, hasPublished)
	return t, ok
}

// seasonDate matches "summer 2023" and "صيف 2023".
var seasonDate = regexp.MustCompile(`(summer|صيف|spring|ربيع|autumn|fall|خريف|winter|شتاء) (\d{4})`)

var seasonMonth = map[string]time.Month{"spring": 4, "ربيع": 4, "summer": 7, "صيف": 7, "autumn": 10, "fall": 10, "خريف": 10, "winter": 1, "شتاء": 1}

// eventDatePrec is eventDate that also tells whether the day is known
// (dayKnown false: a month or a season).
func eventDatePrec(sentence string, published time.Time, hasPublished bool) (t time.Time, dayKnown, ok bool) {
	s := text.Fold(sentence)
	if i := strings.IndexAny(s, "–—"); i >= 0 && i < 40 {
		s = s[i:]
	}
	day, month, year := 0, time.Month(0), 0
	if m := enDate.FindStringSubmatch(s); m != nil {
		switch {
		case m[1] != "":
			day, month, year = atoi(m[1]), monthNum(m[2]), atoi(m[3])
		case m[4] != "":
			day, month, year = atoi(m[5]), monthNum(m[4]), atoi(m[6])
		default:
			month, year = monthNum(m[7]), atoi(m[8])
		}
	} else if m := arDate.FindStringSubmatch(s); m != nil {
		if m[1] != "" {
			day, month, year = atoi(m[1]), monthNum(m[2]), atoi(m[3])
		} else {
			month, year = monthNum(m[4]), atoi(m[5])
		}
	}
	if month == 0 {
		if m := seasonDate.FindStringSubmatch(s); m != nil {
			return time.Date(atoi(m[2]), seasonMonth[m[1]], 1, 0, 0, 0, 0, time.UTC), false, true
		}
	}
	if month == 0 || day > 31 {
		return time.Time{}, false, false
	}
	if year == 0 {
		if !hasPublished {
			return time.Time{}, false, false
		}
		year = published.Year()
		if time.Date(year, month, max(day, 1), 0, 0, 0, 0, time.UTC).After(published.AddDate(0, 0, 1)) {
			year--
		}
	}
	dayKnown = day != 0
	if day == 0 {
		day = 1
	}
	return time.Date(year, month, day, 0, 0, 0, 0, time.UTC), dayKnown, true
}

// namesDay reports whether s gives a day of a month ("Nov. 17", "17
// November 2023", «16 نوفمبر»), not only a month or a year ("November
// 2023", «نوفمبر 2023»).
func namesDay(s string) bool {
	_, day, ok := eventDatePrec(s, time.Date(2000, time.December, 31, 0, 0, 0, 0, time.UTC), true)
	return ok && day
}

func atoi(s string) int {
	n := 0
	for _, r := range s {
		n = n*10 + int(r-'0')
	}
	return n
}

// datedPick is a summary point with the date it is placed at.
type datedPick struct {
	pick
	when     time.Time
	explicit bool // the sentence names its date
	dayKnown bool // and its day, not only a month or season
	after    bool // the date is the last one named before it in its article
	ok       bool
}

// orderEvents sorts summary picks by the date of what they tell: the
// date a sentence names, else its article's date; undated points keep
// their place at the end.
func (e *Engine) orderEvents(picks []pick) []datedPick {
	out := make([]datedPick, len(picks))
	for i, p := range picks {
		pub, hasPub := articleTime(p.p)
		d := datedPick{pick: p, when: pub, ok: hasPub}
		if t, day, ok := e.explicitDate(p, pub, hasPub); ok {
			d.when, d.explicit, d.dayKnown, d.ok = t, true, day, true
		} else if t, day, ok := e.lastDateBefore(p, pub, hasPub); ok {
			// A story told in order: the point happened after the last
			// date its article named before it.
			d.when, d.dayKnown, d.after, d.ok = t, day, true, true
		}
		out[i] = d
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.ok != b.ok {
			return a.ok
		}
		if !a.when.Equal(b.when) {
			return a.when.Before(b.when)
		}
		return false
	})
	return out
}

// summaryLine writes one point of a multi-article summary, dated.
func summaryLine(lang string, d datedPick, n int) string {
	when := formatDay(d.when, lang)
	if !d.dayKnown {
		when = formatMonth(d.when, lang)
	}
	switch {
	case d.explicit:
		return fmt.Sprintf("• %s — %s [%d]", when, d.sentence, n)
	case d.after && lang == "ar":
		return fmt.Sprintf("• بعد %s — %s [%d]", when, d.sentence, n)
	case d.after:
		return fmt.Sprintf("• after %s — %s [%d]", when, d.sentence, n)
	case d.ok && lang == "ar":
		return fmt.Sprintf("• (نُشر في %s) %s [%d]", formatDay(d.when, lang), d.sentence, n)
	case d.ok:
		return fmt.Sprintf("• (reported %s) %s [%d]", formatDay(d.when, lang), d.sentence, n)
	}
	return fmt.Sprintf("• (%s) %s [%d]", FormatDate("", lang), d.sentence, n)
}

// summarizeEvents writes a whole-case summary over several articles in the
// order of events, each point dated.
func (e *Engine) summarizeEvents(s Summary, lang string, picks []pick) Summary {
	var b strings.Builder
	var quoted []corpus.Paragraph
	for _, p := range picks {
		quoted = append(quoted, p.p)
	}
	b.WriteString(e.phrase(lang, "summary", quoted...))
	for i, d := range e.orderEvents(picks) {
		s.Citations = append(s.Citations, cite(i+1, d.p, d.sentence))
		b.WriteString("\n")
		b.WriteString(summaryLine(lang, d, i+1))
	}
	s.Summary = b.String()
	return s
}

func formatMonth(t time.Time, lang string) string {
	if lang == "ar" {
		return fmt.Sprintf("%s %d", text.ArabicMonth(t.Month()), t.Year())
	}
	return fmt.Sprintf("%s %d", t.Month(), t.Year())
}

// retrospective is how long after the events an article must be
// published to be read as a story told in order (a book, a look back)
// rather than news, which mixes the latest events with background.
const retrospective = 60 * 24 * time.Hour

// lastDateBefore returns the last date p's article names before the
// picked sentence (in earlier paragraphs, or earlier in p). In news, only
// a day named in the last ten days before publication counts: an older
// date there is background, not the point's time.
func (e *Engine) lastDateBefore(pk pick, pub time.Time, hasPub bool) (t time.Time, dayKnown, ok bool) {
	var dates []datedSentence
	for _, a := range e.corpus.Articles {
		if a.ID == pk.p.ArticleID {
			dates = articleDates(a, pub, hasPub)
			break
		}
	}
	latest := time.Time{}
	for _, d := range dates {
		if d.ok && d.when.After(latest) {
			latest = d.when
		}
	}
	retro := hasPub && !latest.IsZero() && pub.Sub(latest) > retrospective
	for _, d := range dates {
		if d.n == pk.p.N && d.s == pk.sentence || d.n > pk.p.N {
			break
		}
		if !d.ok {
			continue
		}
		if retro || d.dayKnown && pub.Sub(d.when) <= 10*24*time.Hour {
			t, dayKnown, ok = d.when, d.dayKnown, true
		}
	}
	return t, dayKnown, ok
}

// datedSentence is a sentence of an article and the date it names.
type datedSentence struct {
	n        int // paragraph number
	s        string
	when     time.Time
	dayKnown bool
	ok       bool
}

// articleDates dates every sentence of a, a day without a year taking the
// last year the article named before it.
func articleDates(a corpus.Article, pub time.Time, hasPub bool) []datedSentence {
	var out []datedSentence
	ctxYear, hasCtx := pub, hasPub
	for _, p := range a.Paragraphs {
		for _, s := range text.Sentences(p.Text) {
			d := datedSentence{n: p.N, s: s}
			d.when, d.dayKnown, d.ok = eventDatePrec(s, ctxYear, hasCtx)
			if d.ok {
				if hasPub && d.when.After(pub.AddDate(0, 0, 1)) {
					d.when = d.when.AddDate(-1, 0, 0)
				}
				if d.dayKnown && !yearNamed(s) {
					d.when = byWeekday(s, d.when, pub, hasPub)
				}
				ctxYear, hasCtx = time.Date(d.when.Year(), 12, 31, 0, 0, 0, 0, time.UTC), true
			}
			out = append(out, d)
		}
	}
	return out
}

// weekdayNames are the days of the week a date may be given with
// ("Monday, Nov. 20", «الاثنين 20 نوفمبر»), folded.
var weekdayNames = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
	"الاحد": time.Sunday, "الاثنين": time.Monday, "الإثنين": time.Monday, "الثلاثاء": time.Tuesday,
	"الاربعاء": time.Wednesday, "الخميس": time.Thursday, "الجمعه": time.Friday, "السبت": time.Saturday,
}

// yearNamed reports whether sentence writes a year (four digits from 1900
// to 2099): its date then needs no year from elsewhere.
func yearNamed(sentence string) bool {
	for _, w := range text.Words(sentence) {
		if len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && text.IsDigits(w) {
			return true
		}
	}
	return false
}

// byWeekday checks a date whose year was completed from the article (the
// last year it named, or its publication) against the one day of the week
// the sentence names: "Monday, Nov. 20" in a story of 24 November 2023 that
// earlier mentioned "November 2022" is 20 November 2023, a Monday, not
// 2022, a Sunday. Of the years around the guess, it takes the nearest one
// that gives that weekday and is not after the article's date; with no
// weekday, several, or no year that fits, the guess stands.
func byWeekday(sentence string, guess, pub time.Time, hasPub bool) time.Time {
	var want []time.Weekday
	for _, w := range text.Words(text.Fold(sentence)) {
		if wd, ok := weekdayNames[w]; ok && !slices.Contains(want, wd) {
			want = append(want, wd)
		}
	}
	if len(want) != 1 || guess.Weekday() == want[0] {
		return guess
	}
	for _, dy := range []int{1, -1, 2, -2, 3, -3} {
		t := guess.AddDate(dy, 0, 0)
		if t.Weekday() == want[0] && (!hasPub || !t.After(pub.AddDate(0, 0, 1))) {
			return t
		}
	}
	return guess
}

// explicitDate is the date a picked sentence names, its year completed
// from its article (see articleDates).
func (e *Engine) explicitDate(pk pick, pub time.Time, hasPub bool) (time.Time, bool, bool) {
	for _, a := range e.corpus.Articles {
		if a.ID != pk.p.ArticleID {
			continue
		}
		for _, d := range articleDates(a, pub, hasPub) {
			if d.n == pk.p.N && d.s == pk.sentence {
				return d.when, d.dayKnown, d.ok
			}
		}
	}
	return eventDatePrec(pk.sentence, pub, hasPub)
}

// placeOf is where orderEvents places one pick in time.
func (e *Engine) placeOf(p pick) (time.Time, bool) {
	d := e.orderEvents([]pick{p})[0]
	return d.when, d.ok
}

// answerTypeBoost multiplies the score of a sentence that carries the kind
// of fact asked for.
const answerTypeBoost = 1.15

// stateCues mark a sentence that tells a current state or a change of it,
// after text.Fold.
var stateCues = []string{
	"no longer", "is back", "back as", "returned", "returning", "replaced", "reinstated", "will have", "now ", "currently", "remains", "still ",
	"لم يعد", "لم تعد", "عاد", "اعاد", "اعادت", "تعيده", "بات", "اصبح", "حاليا", "الان", "لا يزال", "ما زال", "خلفا", "ليصبح",
}

// statesChange reports whether s tells a current state or a change of it.
func statesChange(s string) bool {
	f := " " + text.Fold(s) + " "
	for _, c := range stateCues {
		if strings.Contains(f, " "+c) {
			return true
		}
	}
	return reverses(s)
}

// tellsChange is statesChange that also reads an Arabic cue carrying a
// conjunction, as a whole word: «وأعادت ألتمان إلى منصبه», «فعاد»
// («والانفراد» is no «الان»). Only a claim's later account is read so
// (changeOnMatter): accountDate still dates such a line of a look back by
// the events it tells.
func tellsChange(s string) bool {
	if statesChange(s) {
		return true
	}
	f := " " + text.Fold(s) + " "
	for _, c := range stateCues {
		if text.Language(c) == "ar" && (strings.Contains(f, " و"+c+" ") || strings.Contains(f, " ف"+c+" ")) {
			return true
		}
	}
	return false
}

// conditionOpeners open a condition (folded): "unless", "if", «إذا»,
// «لو», «ما لم» ("unless", its first word «ما» only before «لم»).
var conditionOpeners = map[string]bool{"unless": true, "if": true, "اذا": true, "لو": true, "لولا": true}

// withoutConditions is s without its conditions ("unless the board
// reinstated Altman", «إذا لم يُعَد ألتمان», «ما لم يستقل أعضاء المجلس»): from a condition opener
// (conditionOpeners) to the end of its clause (a comma, semicolon or full
// stop, in either script), the rest as written.
func withoutConditions(s string) string {
	var out, word []rune
	skipping, prev := false, ""
	flush := func() {
		if len(word) == 0 {
			return
		}
		w := text.Fold(string(word))
		if !skipping && (conditionOpeners[w] || w == "لم" && prev == "ما") {
			skipping = true
			if w == "لم" {
				// «ما» was kept: drop it with the condition.
				out = []rune(strings.TrimSuffix(strings.TrimRight(string(out), " "), "ما"))
			}
		}
		if !skipping {
			out = append(out, word...)
		}
		prev = w
		word = word[:0]
	}
	for _, r := range s {
		if isWordRune(r) || unicode.Is(unicode.Mn, r) {
			word = append(word, r)
			continue
		}
		flush()
		if strings.ContainsRune(",،;؛.", r) {
			skipping = false
		}
		if !skipping {
			out = append(out, r)
		}
	}
	flush()
	return string(out)
}

// namesSubjectIn reports whether a sentence of quote q names the person
// the question is about (subjectPerson): "Shear … held the job until
// Altman's return" for a question on whether Shear still leads. False
// when the question is about no one.
func (e *Engine) namesSubjectIn(question string, q *multiQuote) bool {
	p, ok := e.subjectPerson(question)
	if !ok {
		return false
	}
	for _, s := range q.sents {
		if namesIn(" "+wordsOf(s.text)+" ", p) {
			return true
		}
	}
	return false
}

// tellsSeatIn reports whether a sentence of quote q tells the seat of the
// person a question is about (subjectPerson) on the body it names: it
// names them and tells a change of the body's make-up (changesMembership:
// "Toner, McCauley and Sutskever are no longer on the board", «بات مجلس
// الإدارة يضم أربعة أعضاء هم: … سوتسكيفر»), or says of them that they
// are a member or keep a seat (seatSaidOf: "D'Angelo … the only member of
// the previous board to keep his seat"). "Sutskever called board member
// Toner" names him and a member, not his seat; "four of six members
// voted" tells a vote.
func (e *Engine) tellsSeatIn(question string, q *multiQuote) bool {
	p, ok := e.subjectPerson(question)
	if !ok {
		return false
	}
	for _, s := range q.sents {
		if !namesIn(" "+wordsOf(s.text)+" ", p) {
			continue
		}
		if changesMembership(question, q.p.Section, s.text) || e.seatSaidOf(s.text, p) {
			return true
		}
	}
	return false
}

// seatSaidOf reports whether s says of p that they sit on a body: a word
// of membership (membershipTold) whose nearest named person, in words, is
// p. «من إليا سوتسكيفر، كبير العلماء في OpenAI، إلى عضو المجلس هيلين
// تونر» says Toner is the member, not Sutskever; «إيليا سوتسكيفر، كبير
// العلماء وعضو المجلس» says he is. Of two people as near, the one named
// first is taken.
func (e *Engine) seatSaidOf(s string, p casefile.Person) bool {
	ws := strings.Fields(wordsOf(s))
	people := e.people()
	who := make([]int, len(ws)) // 0: no one; 1: p; 2: another person
	for i, w := range ws {
		fw := " " + w + " "
		switch {
		case namesIn(fw, p):
			who[i] = 1
		default:
			for _, x := range people {
				if namesIn(fw, x) {
					who[i] = 2
					break
				}
			}
		}
	}
	cueAt := func(i int) bool {
		for _, c := range membershipTold {
			cw := strings.Fields(text.Fold(c))
			if len(cw) == 1 {
				if containsWordAffixed(" "+ws[i]+" ", cw[0]) {
					return true
				}
				continue
			}
			if i+len(cw) <= len(ws) && slices.Equal(ws[i:i+len(cw)], cw) {
				return true
			}
		}
		return false
	}
	for i := range ws {
		if !cueAt(i) {
			continue
		}
		for d := 1; d < len(ws); d++ {
			before, after := 0, 0
			if i-d >= 0 {
				before = who[i-d]
			}
			if i+d < len(ws) {
				after = who[i+d]
			}
			if before != 0 || after != 0 {
				if before == 1 || before == 0 && after == 1 {
					return true
				}
				break
			}
		}
	}
	return false
}

// tellsVersion reports whether s carries a word of question, as typed or
// in its standard reading read, other than a person's name: for a
// question offering two versions of what a person did (personChoice),
// a line telling either one.
func (e *Engine) tellsVersion(question, read, s string) bool {
	m, ok := e.search.(matcher)
	if !ok {
		return false
	}
	for _, f := range e.matterForms(m, question, read, e.isPersonName) {
		for _, w := range f.words {
			if m.Match(w, s) > 0 {
				return true
			}
		}
	}
	return false
}

// asksInterimHolder reports whether a question asks who held an interim
// post ("who was interim CEO", «مين مسك مكانه كرئيس تنفيذي مؤقت»): a newer
// line naming an interim holder is then that post's newer account.
func asksInterimHolder(question string) bool {
	return questionShape(question).who && carriesCue(question, interimCues)
}

// quoteNamesThing reports whether a sentence of quote q, read with its
// section's heading, names the thing the question is about (namesThing).
func (e *Engine) quoteNamesThing(question string, q *multiQuote) bool {
	for _, s := range q.sents {
		if e.namesThing(question, q.p.Section+" "+s.text) {
			return true
		}
	}
	return false
}

// quoteCarries reports whether a sentence of quote q carries every one of
// words (carriesAll).
func (e *Engine) quoteCarries(q *multiQuote, words []string) bool {
	for _, s := range q.sents {
		if e.carriesAll(s.text, words) {
			return true
		}
	}
	return false
}

// stressWords are adverbs that may stand between a yes/no question's
// auxiliary and its predicate ("did he really quit?"), folded.
var stressWords = map[string]bool{"really": true, "ever": true, "actually": true, "فعلا": true, "حقا": true}

// askedPredicate returns the predicate of a yes/no question about a
// person, the word it asks whether holds of them: the word right after
// the opening auxiliary (yesNoOpeners) and the person's name, stressing
// adverbs skipped (stressWords; "did Sutskever really regret…": regret),
// or, in the Arabic order of verb then subject, the word right after
// «هل» when the person's name follows it («هل ندم سوتسكيفر…»: ندم). A
// question whose subject is no person ("did safety concerns play a
// part…") has none. It is returned only when it is specific (at most
// focusShare of the corpus's paragraphs carry it, and some do): a common
// word ("fired", "come") says nothing of which account speaks of the
// matter.
func (e *Engine) askedPredicate(question string) (string, bool) {
	m, ok := e.search.(matcher)
	if !ok {
		return "", false
	}
	ws := questionWords(question)
	i := 0
	for i < len(ws) && yesNoOpeners[wordsOf(ws[i])] {
		i++
	}
	if i == 0 || i >= len(ws) {
		return "", false
	}
	pred := ""
	switch {
	case e.isPersonName(ws[i]):
		for i < len(ws) && e.isPersonName(ws[i]) {
			i++
		}
		for i < len(ws) && stressWords[wordsOf(ws[i])] {
			i++
		}
		if i < len(ws) {
			pred = ws[i]
		}
	case i+1 < len(ws) && e.isPersonName(ws[i+1]):
		pred = ws[i]
	}
	if pred == "" || e.isPersonName(pred) {
		return "", false
	}
	df := e.paragraphsMatching(m, pred)
	if df > 0 && float64(df) <= focusShare*float64(e.paragraphCount()) {
		return pred, true
	}
	return "", false
}

// platformCues name a platform people post on (folded, whole words):
// X, formerly Twitter, «إكس», «تويتر».
var platformCues = []string{"x", "twitter", "tweet", "tweeted", "اكس", "تويتر", "تغريده", "غرد"}

// postVerbs, folded, tell someone writing or saying something in a post:
// "Altman wrote on X", «وكتب ألتمان على منصة إكس».
var postVerbs = map[string]bool{"wrote": true, "writes": true, "posted": true, "said": true, "says": true, "tweeted": true,
	"كتب": true, "وكتب": true, "نشر": true, "ونشر": true, "قال": true, "وقال": true, "غرد": true, "وغرد": true}

// soonAfterCues date a question to the moment just after an event
// ("right after he got fired", «اول ما طردوه»), folded, whole words.
var soonAfterCues = []string{"right after", "just after", "as soon as", "straight after", "اول ما", "بعد ما", "فور"}

// postScoped reports whether a question asks of a post at one time: a
// clause dating it by another event ("right after he got fired", «اول
// ما طردوه», "after the board fired him"), not one that only restates
// the posting («فاش كتب على إكس», "when he posted on X"). Such a
// question asks for that post, not for the newest.
func postScoped(question string) bool {
	if carriesCue(question, soonAfterCues) {
		return true
	}
	kept := map[string]bool{}
	for _, w := range strings.Fields(wordsOf(withoutDating(question))) {
		kept[w] = true
	}
	var clause []string
	for _, w := range strings.Fields(wordsOf(question)) {
		if !kept[w] {
			clause = append(clause, w)
		}
	}
	return len(clause) > 0 && !carriesCue(strings.Join(clause, " "), platformCues)
}

// postNameReach is how many words from a verb of posting the poster's
// name may stand ("Altman wrote", «وكتب ألتمان»).
const postNameReach = 2

// postedBySubject reports whether a question asks what its subject
// (subjectPerson) wrote or said on a platform (platformCues), and a
// sentence of quote q tells that person posting on one: the name within
// postNameReach words of a verb of posting (postVerbs). Two such quotes
// of different dates — Altman's post of 18 November on what OpenAI meant
// to him, and his "i love openai" of the 24th — are two accounts of one
// matter, newest first. "OpenAI said in a post on X … for Altman to
// return" is OpenAI's post, not his, and Sutskever's «كتب على منصة إكس»
// names another poster.
func (e *Engine) postedBySubject(question string, q *multiQuote) bool {
	part := askingPart(question)
	if !carriesCue(part, platformCues) || postScoped(part) {
		return false
	}
	p, ok := e.subjectPerson(question)
	if !ok {
		return false
	}
	for _, s := range q.sents {
		if !carriesCue(s.text, platformCues) {
			continue
		}
		ws := strings.Fields(wordsOf(s.text))
		for i, w := range ws {
			if !postVerbs[w] {
				continue
			}
			near := strings.Join(ws[max(0, i-postNameReach):min(len(ws), i+postNameReach+1)], " ")
			if namesIn(" "+near+" ", p) {
				return true
			}
		}
	}
	return false
}

// whoAccount returns the best candidate sentence, of an article no quote
// is from, that speaks of the question's matter mt as the leading quote
// tells it (the question's words that quote carries) and names a person of
// the corpus whom neither the question nor the quotes name
// (namesOutsideList), in an article older than the leading quote's, which
// speaks of the matter itself: the one who announced, appointed or agreed
// what a who-question names, told before the newest account (which may
// name no one). It finds none when no such candidate ranks within
// focusRatio of the best.
func (e *Engine) whoAccount(question string, mt matter, cands []sentenceCandidate, quotes []*multiQuote, hits []retrieval.Hit, best float64) (sentenceCandidate, bool) {
	quotedArticle := map[string]bool{}
	known := question
	for _, q := range quotes {
		quotedArticle[q.p.ArticleID] = true
		for _, s := range q.sents {
			known += " " + s.text
		}
	}
	if len(quotes) == 0 || !quoteOnMatter(mt, quotes[0]) {
		return sentenceCandidate{}, false
	}
	// The matter as the leading quote tells it: the question's words it
	// carries. The asking verb («يفتح», "set up") is the question's, not
	// the matter's: an older line is weighed on the inquiry, not on it.
	told := mt.toldIn(sentenceTexts(quotes[0].sents)...)
	if !told.named() {
		return sentenceCandidate{}, false
	}
	for _, c := range cands {
		if c.score < focusRatio*best || c.score == 0 {
			break
		}
		p := hits[c.hit].Paragraph
		if quotedArticle[p.ArticleID] || !newer(quotes[0].p, p) {
			continue
		}
		if told.carriedBy(c.text) && e.namesOutsideList(known, c.text) {
			return c, true
		}
	}
	return sentenceCandidate{}, false
}

// toldIn is the matter with only the words that one of sents carries: the
// matter as a quote tells it, without the question's asking verb ("set
// up", «يفتح») that no account of the matter need repeat.
func (mt matter) toldIn(sents ...string) matter {
	told := matter{m: mt.m}
	for _, f := range mt.forms {
		one := matter{m: mt.m, forms: []matterForm{f}}
		for _, s := range sents {
			if one.carried(s) > 0 {
				told.forms = append(told.forms, f)
				break
			}
		}
	}
	return told
}
