package answer

import (
	"slices"
	"strings"
	"unicode"

	"casebot/retrieval"
	"casebot/text"
)

// factKind is the kind of fact a question asks for, when its wording says.
type factKind int

const (
	anyFact    factKind = iota
	numberFact          // how much, how many, كم
	timeFact            // when, in which year, متى
)

// askedKind reads the kind of fact a question asks for from its wording
// (retrieval.AskedFor): a figure for "how many", a time for "when"; any
// other question asks for anyFact here.
func askedKind(question string) factKind {
	switch retrieval.AskedFor(question) {
	case retrieval.AskedNumber:
		return numberFact
	case retrieval.AskedTime:
		return timeFact
	}
	return anyFact
}

// askedOf is the retrieval kind of a factKind.
func askedOf(kind factKind) retrieval.Asked {
	switch kind {
	case numberFact:
		return retrieval.AskedNumber
	case timeFact:
		return retrieval.AskedTime
	}
	return retrieval.AskedAny
}

// carries reports whether s holds a fact of the kind (retrieval.Carries):
// a number other than a year, or a number word, for numbers; a digit, a
// month, a season or a unit of time for times. Any text carries anyFact.
func carries(s string, kind factKind) bool {
	return retrieval.Carries(s, askedOf(kind))
}

// shape is what a question's wording says about the answer it wants,
// beyond the kind of fact (retrieval.Asked).
type shape struct {
	// yesNo: the question asks whether something is so (هل، واش; Did,
	// Is, Was… opening it).
	yesNo bool
	// name: it asks for a name or a title (ما اسم، ما عنوان; what is the
	// name, the title).
	name bool
	// person: the name it asks for is a person's (his name, اسمه).
	person bool
	// who: it asks who (who, whom, مين، منو، شكون، من opening it).
	who bool
	// negated: it asks about the opposite or the absence of something
	// (against, did not, ضد، لم، رفض).
	negated bool
	// open: it asks why, how, or what someone did or what happened — an
	// account, not one named thing, figure or date (see openWords).
	open bool
	// product: the noun of a question asking which program, app,
	// platform or service («على أي تطبيق», "which secure app"): it asks
	// for a proper name of that kind, folded; "" for other questions.
	product string
	// destination: it asks where someone went, moved or works now
	// («وين راح…», «إلى أين انتقل…», "where did he go"): a place or an
	// organisation, not a setting («في لقاء افتراضي» answers where a
	// meeting was held, not where someone went).
	destination bool
}

// Question words and cues of shape, folded.
var (
	yesNoOpeners = map[string]bool{"هل": true, "وهل": true, "واش": true,
		"did": true, "does": true, "do": true, "is": true, "was": true, "were": true, "are": true, "has": true,
		"have": true, "had": true, "can": true, "could": true, "will": true, "would": true, "should": true}
	nameCues = []string{" ما اسم ", " اسم ", " اسمه ", " اسمها ", " اسمهم ", " ما عنوان ", " عنوان ", " what is the name ",
		" what s the name ", " whats the name ", " the name of ", " their name ", " his name ", " her name ", " its name ",
		" what is the title ", " what s the title ", " whats the title ", " the title of ", " what title ", " which title ",
		// Plurals: «أسماء الباحثين», "the names of the researchers".
		" اسماء ", " باسماء ", " the names ", " their names "}
	negationCues = map[string]bool{"not": true, "never": true, "against": true, "didn": true, "didnt": true,
		"doesn": true, "wasn": true, "weren": true, "refuse": true, "refused": true, "oppose": true, "opposed": true,
		"ضد": true, "لم": true, "ليس": true, "لن": true, "رفض": true, "رفضا": true,
		"رفضوا": true, "عارض": true, "عارضوا": true, "امتنع": true, "مش": true, "مو": true, "ماش": true, "مب": true}
)

// tagEnds are the tags that turn a statement into a yes/no question
// ("So he joined Microsoft, right?", «راح على مايكروسوفت، صح؟», «مش كده؟»),
// folded, as the words they end the question with.
var tagEnds = [][]string{
	{"right"}, {"correct"}, {"true"}, {"isnt", "it"}, {"isn", "t", "it"}, {"didnt", "he"}, {"didn", "t", "he"},
	{"didnt", "she"}, {"didn", "t", "she"}, {"didnt", "they"}, {"didn", "t", "they"}, {"didnt", "it"}, {"didn", "t", "it"},
	{"صح"}, {"صحيح"}, {"مظبوط"}, {"مزبوط"}, {"مش", "كده"}, {"مش", "كدا"}, {"مش", "هيك"}, {"مو", "هيك"},
	{"موب", "كذا"}, {"مو", "كذا"}, {"اليس", "كذلك"}, {"ولا", "لا"}, {"ولا", "لاء"}, {"ولا", "لأ"}, {"ولا", "لا"},
}

// whOpeners open a question that asks what, which, where or how: one
// ending in "right" ("Which one is right?") is no tag question.
var whOpeners = map[string]bool{"what": true, "which": true, "where": true, "when": true, "how": true, "who": true,
	"whose": true, "whom": true, "why": true, "ما": true, "ماذا": true, "متى": true, "كم": true, "اين": true,
	"وين": true, "فين": true, "اي": true, "انهي": true, "مين": true, "من": true, "لماذا": true, "ليش": true, "ليه": true, "شو": true, "ايش": true}

// stillStatement reports whether a question is a statement of a state
// asked with "still" and a question mark ("adam dangelo still got his
// board seat?", "Toner still on the board?"): spoken English drops the
// auxiliary ("does", "is"), and what is left asks yes or no. A question
// with a wh-word or an opening one ("who still sits…?", "why…") asks
// something else; one without "?" or without "still" is not read as one.
func stillStatement(question string, ws []string) bool {
	if !strings.HasSuffix(strings.TrimSpace(question), "?") || len(ws) < 3 || openWords[ws[0]] {
		return false
	}
	still := false
	for _, w := range ws {
		if whOpeners[w] {
			return false
		}
		if w == "still" {
			still = true
		}
	}
	return still
}

// tagQuestion reports whether folded words ws are a statement closed by a
// tag that asks whether it holds ("…, right?", «…، صح؟», «… مش كده؟»).
func tagQuestion(ws []string) bool {
	if len(ws) < 3 || whOpeners[ws[0]] || openWords[ws[0]] {
		return false
	}
	for _, tag := range tagEnds {
		if len(ws) > len(tag)+1 && slices.Equal(ws[len(ws)-len(tag):], tag) {
			return true
		}
	}
	return false
}

// Refusal and opposition verbs (standard Arabic and colloquial forms:
// رفضو، يرفضون، عارضت، امتنعوا), their prefixes and endings, folded; ضد
// with a pronoun (ضدو، ضده، ضدهم); and the colloquial circumfix ما…ش
// (ماصوتوش، ما صوتوش).
var (
	negationStems    = []string{"رفض", "عارض", "امتنع", "اعترض", "ضد"}
	negationPrefixes = []string{"", "و", "ف", "ب", "ي", "ت", "ن", "وي", "وت", "في", "بي", "بت", "هي", "حي", "ما", "مي"}
	negationEndings  = map[string]bool{"": true, "ا": true, "و": true, "وا": true, "ون": true, "ين": true, "ت": true,
		"تا": true, "تو": true, "توا": true, "ه": true, "ها": true, "هم": true, "هما": true, "وه": true, "وها": true,
		"وهم": true, "وش": true, "ش": true, "ك": true, "كم": true, "نا": true}
)

// negatedAt reports whether the folded word w (ws[i], of a question's or
// a quote's words) says not, against or refused: a word of negationCues, a
// refusal verb or ضد in any of the forms above, or ما…ش around a verb,
// joined (ماصوتوش) or apart (ما صوتوش).
func negatedAt(ws []string, i int) bool {
	w := ws[i]
	if negationCues[w] {
		return true
	}
	for _, p := range negationPrefixes {
		rest, ok := strings.CutPrefix(w, p)
		if !ok {
			continue
		}
		for _, stem := range negationStems {
			if end, ok := strings.CutPrefix(rest, stem); ok && negationEndings[end] {
				return true
			}
		}
	}
	r := []rune(w)
	if strings.HasPrefix(w, "ما") && strings.HasSuffix(w, "ش") && len(r) >= 5 {
		return true
	}
	return (w == "ما" || w == "م") && i+1 < len(ws) && strings.HasSuffix(ws[i+1], "ش") && len([]rune(ws[i+1])) >= 3
}

// openWords ask for an account (why, how, what did…), in standard Arabic,
// common colloquial forms and English; "how" and "what" only before the
// words of openAfter. مَن، أين، متى، كم، أي and which, where, when, how
// many ask for one thing and are not here.
var (
	openWords = map[string]bool{"لماذا": true, "ولماذا": true, "كيف": true, "وكيف": true, "ماذا": true, "وماذا": true,
		"بماذا": true, "ليه": true, "ليش": true, "علاش": true, "لاش": true, "ازاي": true, "شلون": true, "كيفاش": true,
		"شو": true, "وشو": true, "ايش": true, "وش": true, "ايه": true, "اش": true, "شنو": true, "why": true}
	openAfter = map[string]map[string]bool{
		"how":  {"did": true, "do": true, "does": true, "was": true, "were": true, "is": true, "are": true, "has": true, "have": true, "had": true, "could": true, "can": true},
		"what": {"did": true, "do": true, "does": true, "had": true, "has": true, "have": true, "happened": true, "made": true, "caused": true, "led": true},
		"ما":   {"الذي": true, "التي": true, "الذى": true},
	}
)

// personNameCues ask for a person's name; whoWords ask who ("من" only
// opening a question: elsewhere it is "from").
var (
	personNameCues = []string{" their name ", " his name ", " her name ", " اسمه ", " اسمها ", " اسمهم "}
	whoWords       = map[string]bool{"who": true, "whom": true, "whose": true, "مين": true, "منو": true, "شكون": true,
		"من": true, "ومن": true}
)

// arabicPronounName are the personNameCues whose pronoun is Arabic's:
// «اسمه» is "his name" and "its name" alike, so it asks a person's name
// only when the question speaks of no thing (see namesThingNotPerson).
var arabicPronounName = map[string]bool{" اسمه ": true, " اسمها ": true, " اسمهم ": true}

// thingNouns, folded, name a thing that has a name of its own and is not
// a person: a team, a company, a fund, a project, a product, a book.
var thingNouns = map[string]bool{"فريق": true, "شركه": true, "صندوق": true, "مشروع": true, "منتج": true,
	"تطبيق": true, "برنامج": true, "كتاب": true, "مختبر": true, "قسم": true, "وحده": true, "منصه": true,
	"نموذج": true, "مبادره": true, "team": true, "company": true, "fund": true, "project": true, "product": true,
	"app": true, "program": true, "book": true, "lab": true, "unit": true, "division": true, "model": true}

// namesThingNotPerson reports whether the folded words ws speak of a thing
// of thingNouns (alone, with the article «ال» or a one-letter prefix) and
// of no person (text.PersonNoun, text.HeadNoun): «الفريق الجديد… شو اسمه؟» asks the team's
// name, «عضو المجلس… شو اسمه؟» a person's.
func namesThingNotPerson(ws []string) bool {
	thing := false
	for _, w := range ws {
		bare := strings.TrimPrefix(unprefixed(w), "ال")
		if text.PersonNoun(w) || text.PersonNoun(bare) || text.HeadNoun(w) || text.HeadNoun(bare) {
			return false
		}
		thing = thing || thingNoun(w) != ""
	}
	return thing
}

// thingNoun returns the word of thingNouns the folded word w is, alone,
// with the article «ال» or with a one-letter prefix before it; "" when
// it is none.
func thingNoun(w string) string {
	if bare := strings.TrimPrefix(unprefixed(w), "ال"); thingNouns[bare] {
		return bare
	}
	if bare := strings.TrimPrefix(w, "ال"); thingNouns[bare] {
		return bare
	}
	return ""
}

// alternativeOr join the two answers of an either-or question, folded.
var alternativeOr = map[string]bool{"or": true, "او": true, "ام": true, "ولا": true, "والا": true, "ولاا": true}

// productNouns name things known by a proper name (a program, an app, a
// platform, a service, a website), folded, without the article; a
// which-question about one asks for that name. "Tool" and «أداة» are not
// here: "which tools" is answered by what they were («أدوات مشفّرة»); nor
// «موقع», also a position («ما موقع ألتمان في الشركة؟»).
var productNouns = map[string]bool{"app": true, "apps": true, "application": true, "applications": true,
	"program": true, "programs": true, "programme": true, "software": true, "platform": true, "platforms": true,
	"service": true, "website": true, "site": true, "messenger": true, "brand": true, "browser": true,
	"تطبيق": true, "تطبيقات": true, "برنامج": true, "برامج": true, "برمجيه": true, "منصه": true, "منصات": true,
	"خدمه": true, "ابلكيشن": true, "ابليكيشن": true, "ماركه": true, "متصفح": true}

// whatWords ask what or which before a noun in colloquial and standard
// Arabic («شو البرنامج», «ايش التطبيق», «ما المنصة»), folded.
var whatWords = map[string]bool{"شو": true, "ايش": true, "وش": true, "شنو": true, "اش": true, "ما": true, "ماهو": true,
	"ماهي": true, "ايه": true}

// productAsked returns the product noun a which-question asks the name
// of (see productNouns), folded, or "": «على أي برنامج», «بأي تطبيق»,
// «شو البرنامج اللي…», "which encrypted app", "what messaging platform".
// An English noun may follow up to two adjectives; an Arabic noun comes
// next, with or without the article.
func productAsked(ws []string) string {
	for i, w := range ws {
		if n := strings.TrimPrefix(w, "ال"); text.IsArabicWord(w) && productNouns[n] && i+1 < len(ws) && (ws[i+1] == "ايه" || ws[i+1] == "اي") {
			// Egyptian puts the question word after the noun: «برنامج ايه».
			return n
		}
		which := text.WhichWord(w) || text.WhichWord(unprefixed(w)) || w == "لاي"
		if !which && !whatWords[w] {
			continue
		}
		span := 1
		if !text.IsArabicWord(w) && text.WhichWord(w) {
			span = 3
		}
		for _, x := range ws[i+1 : min(len(ws), i+1+span)] {
			if kindStops[x] {
				break
			}
			if n := strings.TrimPrefix(x, "ال"); productNouns[x] || text.IsArabicWord(x) && productNouns[n] {
				return n
			}
		}
	}
	return ""
}

// whereWords ask where; toWhere asks where to (destination) on its own.
// Folded.
var (
	whereWords = map[string]bool{"where": true, "اين": true, "وين": true, "فين": true, "لوين": true, "لفين": true,
		"واين": true, "ووين": true, "وفين": true, "فوين": true}
	toWhere = map[string]bool{"لوين": true, "لفين": true}
)

// Verbs of going, moving and working, folded: with a where-word, the
// question asks for a destination or an employer. English words whole;
// Arabic stems with a one-letter prefix or an ending of at most two
// letters (راحو، انتقلت، يشتغل، بيشتغل).
var (
	goWordsEn = map[string]bool{"go": true, "goes": true, "went": true, "gone": true, "going": true, "move": true,
		"moved": true, "moving": true, "head": true, "headed": true, "heading": true, "land": true, "landed": true,
		"end": true, "ended": true, "join": true, "joined": true, "work": true, "works": true, "worked": true,
		"working": true, "relocate": true, "relocated": true, "leave": true, "left": true}
	goStemsAr = []string{"راح", "يروح", "تروح", "ذهب", "يذهب", "تذهب", "انتقل", "ينتقل", "تنتقل", "توجه", "يتوجه",
		"اتجه", "يتجه", "رحل", "سافر", "هاجر", "انضم", "ينضم", "التحق", "يلتحق", "اشتغل", "يشتغل", "تشتغل", "يعمل",
		"تعمل", "عمل", "راحت", "سار"}
)

// goVerb reports whether the folded word w is a verb of going, moving or
// working (see goWordsEn, goStemsAr).
func goVerb(w string) bool {
	if goWordsEn[w] {
		return true
	}
	if !text.IsArabicWord(w) {
		return false
	}
	for _, p := range []string{"", "و", "ف", "ب", "بي", "ح", "ه"} {
		rest, ok := strings.CutPrefix(w, p)
		if !ok {
			continue
		}
		for _, st := range goStemsAr {
			if end, ok := strings.CutPrefix(rest, st); ok && len([]rune(end)) <= 2 {
				return true
			}
		}
	}
	return false
}

// destinationAsked reports whether folded words ws ask where someone went,
// moved or works: a where-word and a verb of going («وين راح», "where did
// he go"), «إلى أين» or «لوين» alone.
func destinationAsked(ws []string) bool {
	where, gone := false, false
	for i, w := range ws {
		switch {
		case toWhere[w] || whereWords[w] && i > 0 && (ws[i-1] == "الي" || ws[i-1] == "والي" || ws[i-1] == "to"):
			return true
		case whereWords[w]:
			where = true
		case goVerb(w):
			gone = true
		}
	}
	return where && gone
}

// offersAlternatives reports whether question offers the answers to
// choose from («مايكروسوفت أم OpenAI؟», "Microsoft or OpenAI?"): a word of
// alternativeOr after its first word.
func offersAlternatives(question string) bool {
	ws := strings.FieldsFunc(text.Fold(question), func(r rune) bool { return !isWordRune(r) })
	for i, w := range ws {
		if i > 0 && alternativeOr[w] {
			return true
		}
	}
	return false
}

// questionShape reads a question's shape from its wording.
func questionShape(question string) shape {
	// «من فضلكم، ما هي…» asks what, not who: a courtesy it opens with
	// (withoutCourtesy) is not read.
	ws := strings.FieldsFunc(text.Fold(withoutCourtesy(question)), func(r rune) bool { return !isWordRune(r) })
	var sh shape
	if len(ws) == 0 {
		return sh
	}
	sh.yesNo = yesNoOpeners[ws[0]] || tagQuestion(ws) || stillStatement(question, ws)
	padded := " " + strings.Join(ws, " ") + " "
	for _, c := range nameCues {
		if strings.Contains(padded, c) {
			sh.name = true
		}
	}
	for _, c := range personNameCues {
		if strings.Contains(padded, c) && !(arabicPronounName[c] && namesThingNotPerson(ws)) {
			sh.person = true
		}
	}
	sh.product = productAsked(ws)
	sh.destination = destinationAsked(ws)
	sh.who = whoWords[ws[0]]
	// "Which board member…", «أي عضو…»: which of some people asks who.
	if text.WhichPersonAt(ws, true) >= 0 {
		sh.who = true
	}
	for _, w := range ws {
		if w != "من" && whoWords[w] {
			sh.who = true
		}
	}
	for i, w := range ws {
		if openWords[w] || i+1 < len(ws) && openAfter[w][ws[i+1]] {
			sh.open = true
		}
	}
	for i, w := range ws {
		// لِمَ opening a question asks why; elsewhere لم negates.
		if i > 0 && alternativeOr[ws[i-1]] {
			// "with or against", «مع ولا ضد»: it asks which, not about
			// the opposite.
			continue
		}
		if negatedAt(ws, i) && (i > 0 || w != "لم") || w == "dont" || w == "wasnt" || w == "werent" {
			sh.negated = true
		}
	}
	return sh
}

// Date grains: how finely a question asks for a date, or a text gives one.
const (
	grainNone  = iota // no finer date asked; or only a year or a season given
	grainMonth        // a month
	grainDay          // a day of a month
)

// monthNames are the month names of every region and language
// (text.MonthWords), folded.
var monthNames = text.MonthWords()

// weekdays name a day: a date of its own ("from Sunday", «منذ يوم الجمعة»),
// folded (text.WeekdayWords).
var weekdays = text.WeekdayWords()

// monthAskers and dayAskers, folded, say which month or which day when
// one of whichAskers comes right before them ("which month", «أي شهر»,
// "what date") or askedAfter right after («شهر ايه», «يوم كام»).
var (
	monthAskers = map[string]bool{"month": true, "شهر": true, "الشهر": true}
	dayAskers   = map[string]bool{"day": true, "date": true, "يوم": true, "اليوم": true, "تاريخ": true, "التاريخ": true}
	whichAskers = map[string]bool{"which": true, "what": true, "اي": true, "بأي": true, "باي": true,
		"انهي": true, "انهو": true, "اش": true, "ايش": true, "شو": true, "وش": true}
	askedAfter = map[string]bool{"ايه": true, "ايش": true, "كام": true, "شو": true}
)

// finerDateAsked returns the grain of date a question asks for by name:
// which month (grainMonth) or which day or date (grainDay); grainNone
// when it asks no such thing ("when did the board meet?" takes any date).
func finerDateAsked(question string) int {
	ws := strings.Fields(wordsOf(question))
	grain := grainNone
	for i, w := range ws {
		g := grainNone
		switch {
		case monthAskers[w]:
			g = grainMonth
		case dayAskers[w]:
			g = grainDay
		default:
			continue
		}
		if i > 0 && whichAskers[ws[i-1]] || i+1 < len(ws) && askedAfter[ws[i+1]] {
			grain = max(grain, g)
		}
	}
	return grain
}

// dateGrain returns how finely s dates something: grainDay for a number
// other than a year next to a month ("16 November", «في 16 نوفمبر»,
// "Nov. 19") or a day of the week ("Sunday", «يوم الجمعة»); grainMonth for a month named; grainNone for
// a year or a season only («في صيف 2023»).
func dateGrain(s string) int {
	ws := strings.Fields(wordsOf(s))
	grain := grainNone
	month := func(w string) bool {
		for _, m := range monthNames {
			f := text.Fold(m)
			if w == f || unprefixed(w) == f || len([]rune(w)) == len([]rune(f))+1 && strings.HasSuffix(w, f) {
				return true
			}
		}
		return false
	}
	for _, w := range ws {
		for _, d := range weekdays {
			if w == text.Fold(d) || unprefixed(w) == text.Fold(d) {
				return grainDay
			}
		}
	}
	for i, w := range ws {
		if !month(w) {
			continue
		}
		grain = max(grain, grainMonth)
		for _, j := range []int{i - 1, i + 1} {
			if j >= 0 && j < len(ws) && isDigitRun(ws[j]) && !text.IsYear(ws[j]) {
				grain = grainDay
			}
		}
	}
	return grain
}

// isDigitRun reports whether w is all digits.
func isDigitRun(w string) bool {
	for _, r := range w {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return w != ""
}

// responseWords, folded, ask how someone responded or reacted when the
// question also asks how or what ("How did the minister react to the
// report?", «كيف رد الوزير على التقرير؟», «شو كان رده؟»).
var responseWords = map[string]bool{"respond": true, "responded": true, "responds": true, "react": true,
	"reacted": true, "reacts": true, "reply": true, "replied": true, "response": true, "reaction": true,
	"رد": true, "ردت": true, "ردو": true, "ردوا": true, "رده": true, "ردها": true, "ردهم": true, "تفاعل": true,
	"تفاعلت": true, "استجاب": true, "استجابت": true, "علق": true, "علقت": true, "تعليق": true, "تعليقه": true}

// howWords ask how or what, folded.
var howWords = map[string]bool{"how": true, "what": true, "كيف": true, "كيفاش": true, "ازاي": true, "بماذا": true,
	"ماذا": true, "ما": true, "شو": true, "ايش": true, "وش": true, "اش": true, "بشو": true, "بايش": true}

// responseAsked reports whether question asks how someone responded or
// reacted (see responseWords).
func responseAsked(question string) bool {
	ws := strings.Fields(wordsOf(question))
	how, resp := false, false
	for _, w := range ws {
		how = how || howWords[w]
		resp = resp || responseWords[w] || responseWords[unprefixed(w)]
	}
	return how && resp
}

// replyVerbs, folded, tell of someone saying or doing something in
// reply: «نفى الاتهامات», «ردّ بأن», «قال إن», "denied", "said". A quote
// without one tells what was done to someone, not how they answered it.
var replyVerbs = map[string]bool{"رد": true, "ردت": true, "ردوا": true, "نفى": true, "نفي": true, "نفت": true,
	"قال": true, "قالت": true, "قالوا": true, "صرح": true, "صرحت": true, "علق": true, "علقت": true, "اعترف": true,
	"اعترفت": true, "دافع": true, "دافعت": true, "استجاب": true, "استجابت": true, "رفض": true, "رفضت": true,
	"اعتذر": true, "اعتذرت": true, "كشف": true, "كشفت": true, "اكد": true, "اكدت": true, "هدد": true, "هددت": true,
	"احتج": true, "احتجت": true, "استقال": true, "استقالت": true, "كتب": true, "كتبت": true, "said": true,
	"says": true, "denied": true, "denies": true, "replied": true, "responded": true, "answered": true,
	"apologized": true, "apologised": true, "rejected": true, "threatened": true, "admitted": true,
	"wrote": true, "told": true, "resigned": true, "protested": true, "insisted": true, "defended": true}

// saysReply reports whether a quote has a word of replyVerbs.
func saysReply(quotes []string) bool {
	for _, q := range quotes {
		for _, w := range strings.Fields(wordsOf(q)) {
			if replyVerbs[w] || replyVerbs[unprefixed(w)] {
				return true
			}
		}
	}
	return false
}

// fateWords, folded, ask what became of someone, or whether they stayed
// («ما مصير», «شو صار فيه», «بقي في منصبه؟», "what became of", "did she
// stay on").
var fateWords = map[string]bool{"happened": true, "became": true, "stay": true, "stayed": true, "remain": true,
	"remained": true, "fate": true, "مصير": true, "صار": true, "حصل": true, "جرى": true, "حدث": true, "ضل": true,
	"ضلت": true, "ظل": true, "ظلت": true, "بقي": true, "بقيت": true, "استمر": true, "استمرت": true, "بقى": true}

// fateAsked reports whether question asks what became of someone after
// something: a word of fateWords and a phrase that timePreps open with
// "after" («بعد»). It returns that phrase's words (up to the question's
// end or the next question mark).
func fateAsked(question string) (string, bool) {
	fate := false
	for _, w := range strings.Fields(wordsOf(question)) {
		fate = fate || fateWords[w]
	}
	if !fate {
		return "", false
	}
	for _, part := range strings.FieldsFunc(question, func(r rune) bool { return r == '?' || r == '؟' || r == '.' }) {
		ws := strings.Fields(wordsOf(part))
		for i, w := range ws {
			if i > 0 && (w == "after" || w == "بعد" || w == "وبعد" || w == "عقب") && i+1 < len(ws) {
				return strings.Join(ws[i+1:min(len(ws), i+1+timePhraseLen)], " "), true
			}
		}
	}
	return "", false
}
