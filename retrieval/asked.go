package retrieval

import (
	"strings"
	"unicode"

	"casebot/text"
)

// Asked is the kind of fact a question asks for, when its wording says.
type Asked string

// Kinds of asked-for facts. Questions whose wording does not say ask for
// AskedAny.
const (
	AskedAny    Asked = ""
	AskedNumber Asked = "number" // how much, how many, كم
	AskedTime   Asked = "time"   // when, in which year, متى
	AskedPerson Asked = "person" // who, من
	AskedReason Asked = "reason" // why, لماذا
	AskedPlace  Asked = "place"  // where, أين
)

// Question cues, matched on folded text (text.Fold) padded with spaces;
// the order of the checks below settles questions with several cues
// ("who decided when...": the first clause's cue wins only by position).
var askedCues = []struct {
	kind Asked
	cues []string
}{
	{AskedTime, []string{" متي ", " في اي عام ", " في اي سنه ", " في اي شهر ", " في اي يوم ", " في اي وقت ", " اي تاريخ ", " ما تاريخ ",
		// Colloquial questions drop the preposition or take ب: «اي يوم بالضبط», «باي سنه».
		" اي يوم ", " باي يوم ", " اي شهر ", " باي شهر ", " اي سنه ", " باي سنه ", " اي عام ", " باي عام ", " باي تاريخ ",
		" when ", " whens ", " what year ", " which year ", " what date ", " exact date ", " what month ", " which month ", " what day ", " which day ", " what time ",
		" what season ", " which season ", " في اي فصل ", " في اي موسم ",
		// Chat shorthand for the year (chat_en.go reads "yr" as "year" for
		// the search; the cue is read as typed): "what yr did he cofound it".
		" what yr ", " which yr ", " what yrs ", " which yrs "}},
	{AskedNumber, []string{" كم ", " بكم ", " ما عدد ", " عدد ", " مبلغ ", " ما قيمه ", " قيمه ", " نسبه ",
		" how much ", " how many ", " what amount ", " number of ", " what percentage ", " how large ", " how big ",
		// A part of a whole: "what share of the board backed it".
		" what share of ", " what proportion of ", " what fraction of "}},
	{AskedReason, []string{" لماذا ", " لم ", " ما سبب ", " ما الذي دفع ", " why ", " what caused ", " what led ", " for what reason "}},
	{AskedPlace, []string{" اين ", " where ", " wheres "}},
	{AskedPerson, []string{" من هو ", " من هي ", " من هم ", " من الذي ", " من التي ", " من الذين ", " ما اسم ", " اسم ",
		" who ", " whom ", " whose ",
		// Chat drops the apostrophe: "whos running openai rn" (chat_en.go
		// reads it as "who" for the search; the cue is read as typed).
		" whos ", " what is the name ", " what s the name ", " whats their name ", " their name ", " his name ", " her name "}},
}

// mannerCues ask how something happened, folded and padded.
var mannerCues = []string{" how did ", " how do ", " how does ", " how was ", " how were ", " how is ", " how are ",
	" how has ", " how have ", " how could ", " how can ", " how would ", " كيف ", " ازاي ", " شلون "}

// AskedFor reads the kind of fact a question asks for from its wording
// (cues folded: "how many", «كم», "when", «في أي يوم»…; the earliest cue
// wins). A search reads it from the question in standard words (see
// standardize), so colloquial question words count there (امتى → متى,
// كام → كم, مين → من); given a question as typed, only standard cues do.
func AskedFor(question string) Asked {
	// "When the board pushed him out, what happened to Brockman?" opens
	// with a clause that only dates the question: its main clause asks.
	if rest, ok := afterWhenClause(question); ok {
		return AskedFor(rest)
	}
	q := " " + strings.Map(func(r rune) rune {
		if unicode.IsPunct(r) || unicode.IsSymbol(r) {
			return ' '
		}
		return r
	}, text.Fold(question)) + " "
	q = strings.Join(strings.Fields(q), " ")
	q = " " + q + " "
	best, at := AskedAny, len(q)
	for _, c := range askedCues {
		for _, cue := range c.cues {
			if i := strings.Index(q, cue); i >= 0 && i < at {
				best, at = c.kind, i
			}
		}
	}
	// Which or what holder of a post, or which of some people: "which CEO
	// did Nadella say Microsoft would work with?", "which board member",
	// «أي عضو» ask a person as "who" does (text.WhichPersonAt, not loose:
	// read as asking who, "which new directors were added" led a near-miss
	// question of i11_dev2 to be answered confidently).
	ws := strings.Fields(q)
	if w := text.WhichPersonAt(ws, false); w >= 0 {
		i := 0
		for _, x := range ws[:w] {
			i += len(x) + 1
		}
		if i < at {
			best, at = AskedPerson, i
		}
	}
	// "How did…", "كيف…" ask how something happened: a clause after it
	// ("…when the board removed him") does not make it a when-question.
	for _, cue := range mannerCues {
		if i := strings.Index(q, cue); i >= 0 && i < at {
			best, at = AskedAny, i
		}
	}
	// "من" opening the question asks who (من أقال ألتمان؟); elsewhere it
	// is the preposition "from".
	// «من فضلك» (please) opening it asks nothing: من there is "from".
	if best == AskedAny || at > 0 {
		if (strings.HasPrefix(q, " من ") || strings.HasPrefix(q, " و من ")) && !politeOpening(q) {
			best = AskedPerson
		}
	}
	// «من» after «مع» asks who too: colloquial questions put the question
	// word after the preposition («تشتغل مع مين»: work with whom).
	if best == AskedAny && strings.Contains(q, " مع من ") {
		best = AskedPerson
	}
	return best
}

// politeOpening reports whether the folded, padded question q opens with
// «من فضلك» or one of its forms (من فضلكم، من فضلكِ، ومن فضلك): "please",
// whose من is "from", not "who".
func politeOpening(q string) bool {
	ws := strings.Fields(q)
	if len(ws) > 0 && ws[0] == "و" {
		ws = ws[1:]
	}
	return len(ws) >= 2 && ws[0] == "من" && strings.HasPrefix(ws[1], "فضل")
}

// askedOf reads what the question q asks for in its standard words
// (colloquial question words count), after any opening when-clause.
//
// On the cross-language path the standard words of an English question
// may be its glossary's Arabic («عام سنة» for "year"), where "what year" is
// no longer a cue: when they read no kind, the question as typed is read
// ("what yr did altman cofound openai" asks a time). (On the one-article
// path this lifted a month's paragraph for "which month of summer 2023…",
// a question its article does not answer, into a confident answer: the
// reading stays the standard one there.)
func (ix *Index) askedOf(q string) Asked {
	if rest, ok := afterWhenClause(q); ok {
		q = rest
	}
	if k := AskedFor(ix.standardize(q).question); k != AskedAny || !ix.multilingual() {
		return k
	}
	return AskedFor(q)
}

// auxiliaries open a question ("when did…", "…, was he…"); whWords too.
var (
	auxiliaries = map[string]bool{"did": true, "does": true, "do": true, "was": true, "were": true, "is": true,
		"are": true, "will": true, "would": true, "could": true, "can": true, "has": true, "have": true,
		"had": true, "should": true, "shall": true, "might": true, "must": true}
	whWords = map[string]bool{"what": true, "whats": true, "who": true, "whom": true, "whose": true, "whos": true,
		"which": true, "why": true, "where": true, "wheres": true, "how": true, "when": true, "whens": true}
)

// afterWhenClause returns the main clause of an English question that
// opens with a when-clause ("When Altman was fired, was Brockman meant to
// stay?"): "when" not followed by an auxiliary (so not "When did…") and
// at least two words of a clause, a comma, then a question word or an auxiliary. ok is false otherwise.
func afterWhenClause(question string) (rest string, ok bool) {
	q := strings.ToLower(strings.TrimSpace(question))
	words := strings.Fields(q)
	if len(words) < 3 || words[0] != "when" || auxiliaries[strings.Trim(words[1], ",")] || whWords[words[1]] {
		return "", false
	}
	i := strings.IndexAny(q, ",،")
	if i < 0 {
		return "", false
	}
	// A clause has a subject and a verb: "When exactly, did…" has none.
	if len(strings.Fields(q[:i])) < 3 {
		return "", false
	}
	rest = strings.TrimSpace(q[i+len(string([]rune(q[i:])[0])):])
	next := strings.Fields(rest)
	if len(next) == 0 || !(whWords[next[0]] || auxiliaries[next[0]]) {
		return "", false
	}
	return rest, true
}

// Words that carry a number or a time, folded.
var (
	numberWords = []string{"واحد", "اثنان", "اثنين", "ثلاث", "اربع", "خمس", "ست", "سبع", "ثمان", "تسع", "عشر",
		"مئه", "مائه", "مئات", "الف", "الاف", "مليون", "ملايين", "مليار", "نصف", "ربع", "ثلث",
		"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen",
		"hundred", "hundreds", "thousand", "thousands", "million", "billion", "half",
		// An ordinal counts too: «ليصبح شير ثالث من يقود الشركة» (the
		// third to lead it) tells how many led it. ("Second" and «ثاني»
		// are left: a unit of time, and «تاني» is "other" in speech.)
		"ثالث", "رابع", "خامس", "سادس", "سابع", "third", "fourth", "fifth", "sixth", "seventh"}
	// timeWords are the months, the seasons (text.MonthWords,
	// text.SeasonWords) and the units of time.
	timeWords = append(append(text.MonthWords(), text.SeasonWords()...),
		"يوم", "ايام", "اسبوع", "اسابيع", "شهر", "اشهر", "سنه", "سنوات", "عام", "اعوام",
		"day", "days", "week", "weeks", "month", "months", "year", "years")
	// foldedNumberWords and foldedTimeWords are the lists through
	// text.Fold, as Carries and Exact compare them, folded once rather
	// than for every word of every sentence they read.
	foldedNumberWords = foldAll(numberWords)
	foldedTimeWords   = foldAll(timeWords)
)

// foldAll returns ws, each through text.Fold, in a new slice.
func foldAll(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = text.Fold(w)
	}
	return out
}

// Carries reports whether s holds a fact of the kind asked: a number other
// than a year, or a number word, for AskedNumber; a digit, a month, a
// season or a unit of time for AskedTime. Other kinds always pass. Arabic
// words may carry a prefix or suffix (بعد أيام, وفي صيف), so a cue matches
// inside a word of at most two more letters.
func Carries(s string, kind Asked) bool {
	if kind != AskedNumber && kind != AskedTime {
		return true
	}
	f := text.Fold(s)
	for _, run := range strings.FieldsFunc(f, func(r rune) bool { return !unicode.IsDigit(r) }) {
		// Any number answers "when"; a year does not answer "how much".
		if kind == AskedTime || !text.IsYear(run) {
			return true
		}
	}
	list := foldedNumberWords
	if kind == AskedTime {
		list = foldedTimeWords
	}
	for _, w := range strings.FieldsFunc(f, func(r rune) bool { return !unicode.IsLetter(r) }) {
		for _, cue := range list {
			if w == cue {
				return true
			}
			if cue[0] < 0x80 || len([]rune(w)) > len([]rune(cue))+2 {
				continue
			}
			if strings.HasSuffix(w, cue) || strings.HasPrefix(w, cue) {
				return true
			}
		}
	}
	return false
}

// Exact reports whether s carries an exact figure or date (digits other
// than a lone year for numbers; a day and month or digits for times), not
// only a rough one ("hundreds", "after days").
func Exact(s string, kind Asked) bool {
	f := text.Fold(s)
	for _, run := range strings.FieldsFunc(f, func(r rune) bool { return !unicode.IsDigit(r) }) {
		if kind == AskedNumber && !text.IsYear(run) {
			return true
		}
		if kind == AskedTime && !text.IsYear(run) {
			return true
		}
	}
	if kind == AskedNumber {
		// Number words name exact counts, except the rough ones.
		rough := map[string]bool{text.Fold("مئات"): true, "الاف": true, "ملايين": true, "hundreds": true, "thousands": true, "dozens": true}
		for _, w := range strings.FieldsFunc(f, func(r rune) bool { return !unicode.IsLetter(r) }) {
			if rough[w] {
				continue
			}
			for _, cue := range foldedNumberWords[:12] {
				if w == cue || (len([]rune(w)) <= len([]rune(cue))+2 && (strings.HasSuffix(w, cue) || strings.HasPrefix(w, cue))) {
					return true
				}
			}
		}
	}
	return false
}

// askedBonus is the share of the top fused score a paragraph gains, when
// the question asks how many or when, by carrying a number or a time: of
// two paragraphs that match the question's words alike, the one that can
// answer it comes first.
const askedBonus = 0.15

// preferAsked re-ranks fused results for a question asking for kind.
func (ix *Index) preferAsked(fused []scored, kind Asked) {
	if kind != AskedNumber && kind != AskedTime {
		return
	}
	for i := range fused {
		b := 0.0
		if ix.sx.carries[kind][fused[i].doc] {
			b = askedBonus
		}
		fused[i].score = (fused[i].score + b) / (1 + askedBonus)
	}
	sortScored(fused)
}
