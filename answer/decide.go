package answer

import (
	"strconv"
	"strings"
	"unicode"

	"casebot/casefile"
	"casebot/corpus"
	"casebot/retrieval"
	"casebot/text"
)

// exactCues mark a question that wants an exact figure or date, folded and
// padded with spaces.
var exactCues = []string{" exact ", " exactly ", " precise ", " precisely ", " specific date ", " بالضبط ", " بالظبط ", " بالزبط ",
	" تحديدا ", " بالتحديد ", " بدقه ", " على وجه التحديد ", " الدقيق ", " الدقيقه "}

// wantsExact reports whether the question asks for an exact figure or date.
func wantsExact(question string) bool {
	q := " " + strings.Join(strings.FieldsFunc(text.Fold(question), func(r rune) bool {
		return !isWordRune(r)
	}), " ") + " "
	for _, c := range exactCues {
		if strings.Contains(q, c) {
			return true
		}
	}
	return false
}

// isWordRune reports whether r, of folded text, belongs to a word:
// letters and digits, not punctuation (the Arabic comma and question mark
// included).
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// frameOffline picks the opening of an offline answer that quotes the
// sentences chosen. It says plainly what the article does not give when
// the question's wording shows it: a thing the article never mentions (a
// named thing, or the very thing asked for: "the title", "the salary"), a
// name, a figure or a date the quotes do not hold beyond what the question
// already says, or whether something is so when the quotes do not say it.
// It is confident when the quotes hold the kind of fact asked for and the
// best paragraphs carry the question's words (retrieval.ConfidentAt) — or,
// when some words are ones the corpus never uses (a colloquial verb, a
// paraphrase), when the quotes bring the fact asked for or carry most of
// the question; otherwise it hedges. The near-miss openings end with the
// quote that follows.
func (e *Engine) frameOffline(question, lang string, res retrieval.Result, quotes []string, quoted []corpus.Paragraph) string {
	key, words := e.decideOffline(question, res, quotes)
	f := e.phrase(lang, key, quoted...)
	if len(words) > 0 {
		f = strings.Replace(f, "%s", quoteList(words, lang), 1)
	}
	return f
}

// decideOffline returns the phrase key of an offline answer's opening (see
// frameOffline) and, for "not-mentioned", the words the article lacks.
func (e *Engine) decideOffline(question string, res retrieval.Result, quotes []string) (string, []string) {
	asked := e.asked(question, res)
	sh := questionShape(question)
	joined := strings.Join(quotes, " ")
	carried, exact := false, false
	for _, q := range quotes {
		carried = carried || retrieval.Carries(q, asked)
		exact = exact || retrieval.Exact(q, asked)
	}
	counted := asked == retrieval.AskedNumber || asked == retrieval.AskedTime
	unknown := len(res.Unknown) > 0
	// The quotes with the one on the question's matter first
	// (matterFirst), worked out once, and only for a question asking who.
	var matterOrdered []string
	byMatter := func() []string {
		if matterOrdered == nil {
			matterOrdered = e.matterFirst(question, quotes)
		}
		return matterOrdered
	}
	switch {
	case len(res.Foreign) > 0:
		return "not-mentioned", res.Foreign
	case sh.name && !e.newName(question, joined, sh.person || asked == retrieval.AskedPerson && sh.who):
		return "no-name", nil
	case sh.product != "" && !e.newNameOfKind(question, joined, sh.product) && !e.namesAnything(question, joined):
		// Which program, app or platform, and the quotes name nothing
		// the question does not: they describe it without its name
		// («أدوات مشفّرة» for "which encrypted app").
		return "no-name", nil
	case sh.destination && !offersAlternatives(question) && !e.namesDestination(question, quotes):
		// (Unless the question offers the places to choose from:
		// "Microsoft or OpenAI?" is answered by one it names.)
		// Where someone went, and the quotes name no place or
		// organisation the question does not («كما تم إبعاد غريغ
		// بروكمان» for where he went afterwards).
		return "no-place", nil
	case asked == retrieval.AskedReason && wantsExact(question) && e.onlyConsequence(question, quotes):
		// Why exactly, and the quotes state the fact and what it led
		// to, but no cause.
		return "no-reason", nil
	case (sh.who && !sh.open || sh.person) && e.unnamedRole(question, byMatter()):
		// Who, and the best quote speaks of the one asked about only as
		// "one of the board members", "four of six members", naming no
		// one the question does not already name. When a later quote on
		// the question's matter names someone (Shear, who said he would
		// appoint the investigator), the answer must not say no source
		// names anyone — but that name may not be the one asked for
		// (who leads the inquiry is not who appoints it), so it is
		// hedged, not confident.
		if e.laterNames(question, byMatter()) {
			return "hedge", nil
		}
		return "no-name", nil
	case e.namesFewerThanAsked(question, quotes):
		// Who are the six, and the quotes name two of them.
		return "hedge", nil
	case counted && !carried:
		return "no-" + string(asked), nil
	case asked == retrieval.AskedNumber && moneyAsked(question) && !carriesMoney(joined):
		// How much money, and the quotes' figures are no sum (a date,
		// a vote count).
		return "no-number", nil
	case counted && wantsExact(question) && !exact:
		return "no-exact-" + string(asked), nil
	case finerDateAsked(question) > dateGrain(joined):
		// Which month or which day, and the quotes date it no finer
		// than a season or a year («في صيف 2023» for "which month").
		return "no-exact-time", nil
	case counted && !newFact(question, joined, asked):
		// The quotes' only figure or date is the question's own.
		return "no-" + string(asked), nil
	case counted && !e.factNear(question, quotes, asked):
		// The quotes' figure or date tells of something else than what
		// the question names.
		return "no-" + string(asked), nil
	case asked == retrieval.AskedNumber && changeAsked(question) && !changeFactNear(question, quotes):
		// How many it will grow to ("how many seats will the board
		// expand to"), and the quotes' figure tells no change: "a new
		// initial board of three members" is the size before it.
		return "no-number", nil
	case sh.yesNo && e.missingPerson(e.reasonAside(question, quotedArticleTitles(res, quotes)), joined) &&
		e.missingPerson(e.reasonAside(question, quotedArticleTitles(res, quotes)), joined+" "+strings.Join(quotedParagraphs(res, quotes), " ")):
		// Whether someone did something, and the quotes do not name them
		// — nor the paragraphs they are quoted from: "Was Sutskever sorry
		// about his part in firing Altman?" is told by "The signatories
		// included Sutskever, who said he deeply regretted his
		// participation", whose paragraph names Altman.
		return eitherOrHedge(question), nil
	case sh.yesNo && e.onlyNames(e.reasonAside(question, quotedArticleTitles(res, quotes)), quotes) && !e.speechTold(question, res, quotes):
		// Whether someone did something, and the quotes name them but
		// say next to nothing of what the question asks about them.
		// (Unless it asks whether they said anything, and a quoted or
		// the best paragraph tells them speaking: "Did Shear say
		// anything once Altman was back?" against "Shear said on X that
		// he was deeply pleased" shares no word but the name.)
		return eitherOrHedge(question), nil
	case responseAsked(question) && e.namesPerson(withoutTimePhrases(question)) && !saysReply(quotedParagraphs(res, quotes)):
		// How someone of the case responded or reacted, and no quoted
		// paragraph tells anyone saying or doing something in reply:
		// what was done to them is no answer («اتُّهم بالكذب» for "how did he
		// respond to the accusation").
		return "not-said", nil
	case e.speechAsked(question) && !e.speechTold(question, res, quotes):
		// What someone of the case said, and no quoted paragraph has
		// them saying anything: being named in a list of new directors
		// tells nothing they said. (Nor does the best-ranked paragraph:
		// when it tells them speaking, the sources do say it.)
		return "not-said", nil
	case e.fateUntold(question):
		// What became of someone after something, and the article names
		// them nowhere from where it tells that thing on.
		return "not-said", nil
	case sh.negated && !e.negatesNear(question, quotes):
		return "hedge", nil
	case (sh.who && !sh.open || sh.person) && e.eventUnnamed(question, quotes):
		// Who, and the clause telling what is asked names no one; the
		// names the quotes give are in clauses telling something else
		// ("Altman's dismissal" beside "expected to expand the board").
		return "hedge", nil
	case asked == retrieval.AskedPerson && !e.newPerson(question, joined) && !e.identityQuoted(question, joined):
		// (Unless it asks who someone named is, and the quotes name
		// them: «الصحفية كيتش هيغي» tells who Keach Hagey is.)
		return "hedge", nil
	case res.Confidence >= retrieval.ConfidentAt:
		return "according", nil
	case sh.yesNo && onlyLightUnknown(res.Unknown) && e.match(question, joined) >= lightCover:
		// Whether something is so, and the only words the corpus never
		// uses ask no fact of their own ("without", "ever", «يرى»,
		// «بخصوص»): the quotes carrying most of the question answer it.
		return "according", nil
	case !unknown || sh.yesNo:
		// Whether something is so needs every word of the question.
		return "hedge", nil
	case e.match(question, joined) >= looseCover:
		// Some words are ones the corpus never uses (a colloquial verb,
		// a paraphrase), but the quotes bring the kind of fact asked for
		// and carry most of the question.
		return "according", nil
	case sh.open && !sh.name && (asked == retrieval.AskedAny || asked == retrieval.AskedReason) &&
		e.leadQuoted(res, quotes) && e.match(question, joined) >= openCover:
		// A paraphrase asking why, how or what happened: the account is
		// the paragraph retrieval put first by a clear margin, and the
		// quotes carry some of the question.
		return "according", nil
	}
	return "hedge", nil
}

// looseCover is the share of a question's information the quotes must
// carry for a confident answer when some of its words are ones the corpus
// never uses.
const looseCover = 0.5

// openCover is the share of a question's information the quotes must
// carry for a confident answer to a question asking for an account (why,
// how, what happened) when some of its words are ones the corpus never
// uses and the quotes come from a paragraph ranked first by leadMargin.
const openCover = 0.2

// leadMargin is how far, in fused score, the paragraph ranked first must
// stand above the second for its quotes to answer a paraphrase.
const leadMargin = 0.2

// leadQuoted reports whether the quotes come from the paragraph ranked
// first, that paragraph stands leadMargin above the next, and the dense
// side, when it had a part, agrees: no other paragraph found is nearer
// the question's meaning.
func (e *Engine) leadQuoted(res retrieval.Result, quotes []string) bool {
	if len(res.Hits) == 0 || len(quotes) == 0 || !strings.Contains(res.Hits[0].Paragraph.Text, quotes[0]) {
		return false
	}
	if len(res.Hits) == 1 {
		return true
	}
	if res.Hits[0].Score-res.Hits[1].Score < leadMargin {
		return false
	}
	for _, h := range res.Hits[1:] {
		if h.Dense > res.Hits[0].Dense {
			return false
		}
	}
	return true
}

// match is the share of question's information s carries, with the
// searcher's analysis when it has one.
func (e *Engine) match(question, s string) float64 {
	if m, ok := e.search.(matcher); ok {
		return m.Match(question, s)
	}
	return overlap(question, s)
}

// newPerson reports whether s names a person of the corpus whom question
// does not name.
func (e *Engine) newPerson(question, s string) bool {
	fs := " " + wordsOf(s) + " "
	for _, p := range e.people() {
		if !namesIn(fs, p) {
			continue
		}
		if !namesIn(" "+wordsOf(question)+" ", p) && e.match(question, strings.Join(append([]string{p.Name, p.Latin}, p.Spellings...), " ")) == 0 {
			return true
		}
	}
	return false
}

// missingPerson reports whether question names a person of the corpus
// whom s does not name.
// A person named only in a phrase that dates what is asked ("after
// firing Altman", «بعد إقالة ألتمان») is not the one it is asked of: the
// quotes need not name them.
func (e *Engine) missingPerson(question, s string) bool {
	question = withoutTimePhrases(question)
	fq, fs := " "+wordsOf(question)+" ", " "+wordsOf(s)+" "
	for _, p := range e.people() {
		if namesIn(fs, p) {
			continue
		}
		if namesIn(fq, p) || e.match(question, strings.Join(append([]string{p.Name, p.Latin}, p.Spellings...), " ")) > 0 {
			return true
		}
	}
	return false
}

// namesIn reports whether the folded, padded words fs hold a spelling of
// p's name or its last word (a surname), also as typed without the
// apostrophe of an elided letter ("adam dangelo" for Adam D'Angelo:
// text.JoinElisions).
func namesIn(fs string, p casefile.Person) bool {
	for _, n := range append([]string{p.Name, p.Latin}, p.Spellings...) {
		ws := strings.Fields(wordsOf(n))
		if len(ws) == 0 {
			continue
		}
		if namesWords(fs, ws) {
			return true
		}
		if joined, ok := text.JoinElisions(ws); ok && namesWords(fs, joined) {
			return true
		}
	}
	return false
}

// namesWords reports whether the folded, padded words fs hold the words
// ws of a name, or its last word (a surname) of four letters or more.
func namesWords(fs string, ws []string) bool {
	return strings.Contains(fs, " "+strings.Join(ws, " ")+" ") || len([]rune(ws[len(ws)-1])) >= 4 && containsWordAffixed(fs, ws[len(ws)-1])
}

// containsWordAffixed reports whether fs has the word w, alone or with a
// one-letter Arabic prefix (وسوتسكيفر، لألتمان).
func containsWordAffixed(fs, w string) bool {
	if strings.Contains(fs, " "+w+" ") {
		return true
	}
	for _, p := range []string{"و", "ب", "ل", "ف"} {
		if strings.Contains(fs, " "+p+w+" ") {
			return true
		}
	}
	return false
}

// wordsOf is s folded, its words joined by single spaces.
func wordsOf(s string) string {
	return strings.Join(strings.FieldsFunc(text.Fold(s), func(r rune) bool { return !isWordRune(r) }), " ")
}

// newName reports whether s gives a name question does not: a person of
// the corpus, or, unless the name asked for is a person's, a Latin-script
// name (OpenAI, ChatGPT) or a title in quotation marks that shares no word
// with the question. Unless person, the name must stand where s says it
// is the kind of thing asked for (see introduced): «شركة OpenAI» answers
// the name of a company, not the title of a book, and «إليا سوتسكيفر، كبير
// العلماء» the name of a scientist, not of a startup.
func (e *Engine) newName(question, s string, person bool) bool {
	if person {
		return e.newPerson(question, s)
	}
	return e.newNameOfKind(question, s, e.nameKind(question))
}

// newNameOfKind is newName for a name of kind (the words that say what
// the name is of: "app", «كتاب»), not a person's.
func (e *Engine) newNameOfKind(question, s, kind string) bool {
	if e.newPersonIntroduced(question, s, kind) {
		return true
	}
	ws := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	for i, w := range ws {
		if r := []rune(w); len(r) > 1 && r[0] < 0x80 && unicode.IsUpper(r[0]) && e.match(question, w) == 0 &&
			!(i > 0 && namePreps[text.Fold(ws[i-1])]) && e.introduced(kind, ws[max(0, i-introWindow):i]) {
			return true
		}
	}
	for _, t := range quotedTitles(s) {
		// A title the question does not give, after a word of the kind
		// asked for, or opening with one («"صندوق دعم الشركات الناشئة"»
		// for the name of the fund) and saying more than the question.
		before, _, _ := strings.Cut(s, t)
		bs := strings.FieldsFunc(before, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		ts := strings.Fields(wordsOf(t))
		switch {
		case e.match(question, t) == 0 && e.introduced(kind, bs[max(0, len(bs)-introWindow):]):
			return true
		case len(ts) > 1 && e.introduced(kind, ts[:1]) && e.match(t, question) < 1:
			return true
		}
	}
	return false
}

// productWords say that a name is a product's, program's or service's
// («بمنتج ChatGPT», "the app Signal"), in both languages, folded.
var productWords = map[string]bool{"منتج": true, "منتجات": true, "تطبيق": true, "برنامج": true, "منصه": true,
	"خدمه": true, "product": true, "products": true, "app": true, "application": true, "program": true,
	"software": true, "platform": true, "service": true, "website": true, "tool": true}

// destinationPreps, folded, put the place or organisation someone went to
// or works at after them: «انضم إلى مايكروسوفت», «يعمل في OpenAI», "joined
// Microsoft", "went to Google".
var destinationPreps = map[string]bool{"الي": true, "لدي": true, "في": true, "نحو": true, "صوب": true,
	"to": true, "into": true, "at": true, "for": true, "joined": true, "join": true, "joins": true, "انضم": true,
	"ينضم": true, "سينضم": true, "التحق": true, "يلتحق": true}

// namesDestination reports whether a quote names, right after a word of
// destinationPreps (or joined to it as a prefix: لمايكروسوفت), a place,
// an organisation or another named thing (retrieval's NamesThing) that
// is not a person of the corpus and that the question does not name.
func (e *Engine) namesDestination(question string, quotes []string) bool {
	people := map[string]bool{}
	for _, p := range e.people() {
		for _, n := range append([]string{p.Name, p.Latin}, p.Spellings...) {
			for _, w := range strings.Fields(wordsOf(n)) {
				people[w] = true
			}
		}
	}
	isThing := func(w string) bool {
		f := text.Fold(w)
		if people[f] || people[unprefixed(f)] || e.match(question, w) > 0 || retrieval.Carries(w, retrieval.AskedTime) {
			// «في نوفمبر» dates, it does not place.
			return false
		}
		if k, ok := e.search.(thingKnower); ok {
			return k.NamesThing(w)
		}
		r := []rune(w)
		return len(r) > 1 && r[0] < 0x80 && unicode.IsUpper(r[0])
	}
	asked := e.peopleNamedIn(withoutTimePhrases(question))
	for _, q := range sentencesOf(quotes) {
		if len(asked) == 1 && !namesIn(" "+wordsOf(q)+" ", asked[0]) && len(e.peopleNamedIn(q)) > 0 {
			// Where Sutskever went, and the sentence names where others
			// threatened to go ("staff threatening to join Microsoft
			// unless the board reinstated Altman"): it tells of someone
			// else. (A sentence naming no one — "he joined Microsoft" —
			// may tell of them.)
			continue
		}
		ws := strings.FieldsFunc(q, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		for i, w := range ws {
			f := text.Fold(w)
			if destinationPreps[f] {
				for _, x := range ws[i+1 : min(len(ws), i+3)] {
					if isThing(x) {
						return true
					}
				}
			}
			// «لمايكروسوفت»: the preposition joined to the name.
			if text.IsArabicWord(f) && (strings.HasPrefix(f, "ل") || strings.HasPrefix(f, "ب")) && len([]rune(f)) > 4 && isThing(w) {
				return true
			}
		}
	}
	return false
}

// namesAnything reports whether s names anything question does not: a
// word retrieval's NamesThing reads as a name (any Latin word with a
// capital: "a post on X"), or a title in quotation marks.
func (e *Engine) namesAnything(question, s string) bool {
	k, ok := e.search.(thingKnower)
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		r := []rune(w)
		named := r[0] < 0x80 && unicode.IsUpper(r[0]) || ok && k.NamesThing(w)
		if named && e.match(question, w) == 0 {
			return true
		}
	}
	for _, t := range quotedTitles(s) {
		if e.match(question, t) < 1 {
			return true
		}
	}
	return false
}

// thingKnower tells whether a word names a thing (retrieval.Index).
type thingKnower interface{ NamesThing(w string) bool }

// Cause markers open the reason for what a sentence states («لأن»,
// «بسبب», «بهدف», "because"); effect markers open what followed from what
// came before them («مما زاد», «ما أثار», "which led"). Folded.
var (
	causeMarkers = map[string]bool{"لان": true, "لانه": true, "لانها": true, "لانهم": true, "بسبب": true,
		"بسببه": true, "بسببها": true, "نظرا": true, "لكي": true, "كي": true, "بهدف": true, "بغرض": true, "لاجل": true,
		"اجل": true, "سبب": true, "اسباب": true, "الاسباب": true, "السبب": true, "دافع": true, "دوافع": true,
		"because": true, "due": true, "owing": true, "reason": true, "reasons": true, "motive": true, "order": true}
	effectMarkers = map[string]bool{"مما": true, "اثار": true, "اثارت": true, "ادي": true, "ادت": true, "دفع": true,
		"دفعت": true, "فجر": true, "فجرت": true, "led": true, "prompted": true, "prompting": true, "sparked": true,
		"caused": true, "triggered": true, "resulting": true}
)

// consequenceCover is the share of what a why-question asks beside its
// people that a quote must carry before an effect marker for the quote to
// state the fact asked about (see onlyConsequence).
const consequenceCover = 0.3

// onlyConsequence reports whether the quotes state the fact a
// why-question asks about and then only what it led to: before an effect
// marker a quote carries consequenceCover of the question beside its
// people, after it no more of the question than before, and no quote has
// a cause marker. «…ويطلب حضور مسؤولي الموارد البشرية…، مما زاد من قلق
// المجلس» says what the request led to, not why it was made. A quote
// with no effect marker is left to the other rules: what it says may be
// the reason in other words («أمام الضغط المتصاعد…»).
func (e *Engine) onlyConsequence(question string, quotes []string) bool {
	rest := e.withoutPeople(question)
	found := false
	for _, q := range quotes {
		ws := strings.FieldsFunc(text.Fold(q), func(r rune) bool { return !isWordRune(r) })
		for i, w := range ws {
			switch {
			case causeMarkers[w]:
				return false
			case effectMarkers[w]:
				before, after := strings.Join(ws[:i], " "), strings.Join(ws[i+1:], " ")
				if e.match(rest, before) >= consequenceCover && e.match(question, after) <= e.match(question, before) {
					found = true
				}
			}
		}
	}
	return found
}

// namePreps, folded, put the name after them as the object of a
// preposition: «الباحثين في OpenAI», "researchers at OpenAI" name where
// the researchers work, not the researchers.
var namePreps = map[string]bool{"في": true, "من": true, "عن": true, "على": true, "الى": true, "مع": true, "لدى": true,
	"in": true, "at": true, "of": true, "from": true, "for": true, "with": true, "by": true, "to": true, "on": true}

// newPersonIntroduced reports whether s names, next to a word of kind
// (introWindow words before the name, or two after it: «ميرا موراتي،
// مديرة التكنولوجيا»), a person of the corpus whom question does not name.
func (e *Engine) newPersonIntroduced(question, s, kind string) bool {
	if !e.newPerson(question, s) {
		return false
	}
	fq := " " + wordsOf(question) + " "
	ws := strings.Fields(wordsOf(s))
	for _, p := range e.people() {
		if namesIn(fq, p) || !namesIn(" "+strings.Join(ws, " ")+" ", p) {
			continue
		}
		last := map[string]bool{}
		for _, n := range append([]string{p.Name, p.Latin}, p.Spellings...) {
			if f := strings.Fields(wordsOf(n)); len(f) > 0 {
				last[f[len(f)-1]] = true
			}
		}
		for j, w := range ws {
			if !last[w] && !last[unprefixed(w)] {
				continue
			}
			// The words before the name, and the two after it up to a
			// preposition or a relative: «هيغي في كتابها» does not say
			// that Hagey is a book.
			around := ws[max(0, j-1-introWindow):j]
			for _, x := range ws[j+1 : min(len(ws), j+3)] {
				if kindStops[x] || clauseOpeners[x] || joinsNext(x) {
					// «إيميت شير وفريق القيادة»: "and" opens the next
					// thing named, not what Shear is.
					break
				}
				around = append(around, x)
			}
			if e.introduced(kind, around) {
				return true
			}
		}
	}
	return false
}

// joinsNext reports whether the folded word x is "and" or opens with the
// Arabic «و» (and) before a word of four letters or more: the next item of
// a list, which says nothing of the name before it.
func joinsNext(x string) bool {
	return x == "and" || x == "و" || text.IsArabicWord(x) && strings.HasPrefix(x, "و") && unprefixed(x) != x
}

// nameCueWords ask for a name or a title; kindStops end the words that
// say of what (a relative, a preposition); kindSkips are left out of them.
// Folded.
var (
	nameCueWords = map[string]bool{"name": true, "title": true, "اسم": true, "عنوان": true}
	kindStops    = map[string]bool{"who": true, "that": true, "which": true, "about": true, "in": true, "on": true,
		"for": true, "from": true, "to": true, "with": true, "by": true, "at": true, "did": true, "was": true, "is": true,
		"الذي": true, "التي": true, "الذين": true, "اللي": true, "في": true, "عن": true, "من": true, "على": true}
	kindSkips = map[string]bool{"the": true, "of": true, "a": true, "an": true, "s": true, "its": true}
)

// nameKind returns the words that say what the name asked for is the name
// of («عنوان كتاب…» → كتاب; "the name of Mira Murati's new startup" →
// new startup), the names of people left out: the head of an Arabic
// construct comes first, an English noun phrase runs to three words. With
// no such words, the question without its people.
func (e *Engine) nameKind(question string) string {
	rest := e.withoutPeople(question)
	ws := strings.Fields(rest)
	for i, w := range ws {
		if !nameCueWords[w] {
			continue
		}
		var out []string
		for _, x := range ws[i+1:] {
			if kindSkips[x] {
				continue
			}
			if kindStops[x] {
				break
			}
			out = append(out, x)
			if text.IsArabicWord(x) || len(out) == 3 {
				break
			}
		}
		if len(out) > 0 {
			return strings.Join(out, " ")
		}
	}
	// The cue ends the question («الفريق الجديد… شو اسمه؟»): the kind is
	// the thing it spoke of before (thingNouns), when it names one.
	for _, w := range ws {
		if t := thingNoun(w); t != "" {
			return t
		}
	}
	return rest
}

// introWindow is how many words before a name may say what it names.
const introWindow = 3

// introduced reports whether one of the words around a name is a word of
// kind (or, for a product kind, of productWords), what the question asks the name of (see nameKind): the question
// asks the name of a company, and the quote writes «شركة OpenAI». A name
// next to none of them names something else than what was asked.
func (e *Engine) introduced(kind string, around []string) bool {
	if strings.TrimSpace(kind) == "" {
		return true
	}
	if productNouns[kind] {
		// A program, an app, a platform: any word of productWords
		// introduces its name («بمنتج ChatGPT» for "which app").
		for _, w := range around {
			f := text.Fold(w)
			if productWords[f] || productWords[strings.TrimPrefix(unprefixed(f), "ال")] || productWords[strings.TrimPrefix(f, "ال")] {
				return true
			}
		}
	}
	for _, w := range around {
		if e.match(kind, w) > 0 {
			return true
		}
	}
	return false
}

// quotedTitles returns the passages of s in quotation marks.
func quotedTitles(s string) []string {
	var out []string
	for _, pair := range [][2]string{{"«", "»"}, {"“", "”"}, {"\"", "\""}} {
		rest := s
		for {
			_, after, ok := strings.Cut(rest, pair[0])
			if !ok {
				break
			}
			t, after2, ok := strings.Cut(after, pair[1])
			if !ok {
				break
			}
			if t = strings.TrimSpace(t); t != "" {
				out = append(out, t)
			}
			rest = after2
		}
	}
	return out
}

// newFact reports whether s holds a figure (or, for AskedTime, a date or
// time) that question does not already give.
func newFact(question, s string, kind retrieval.Asked) bool {
	have := factTokens(question, kind)
	for t := range factTokens(s, kind) {
		if !have[t] {
			return true
		}
	}
	return false
}

// factTokens returns the figures (kind AskedNumber) or the times
// (AskedTime) of s: runs of digits, and number words as written, or
// month and season words by meaning (نوفمبر and November alike as "m11")
// and units of time as written.
func factTokens(s string, kind retrieval.Asked) map[string]bool {
	out := map[string]bool{}
	ws := strings.FieldsFunc(text.Fold(s), func(r rune) bool { return !isWordRune(r) })
	for i, w := range ws {
		if d := strings.TrimLeftFunc(w, func(r rune) bool { return !unicode.IsDigit(r) }); d != "" {
			d = strings.TrimRightFunc(d, func(r rune) bool { return !unicode.IsDigit(r) })
			if kind == retrieval.AskedNumber && (nextToMonth(ws, i) || text.IsYear(d)) {
				// "16 نوفمبر", "2023": a date, not a count.
				continue
			}
			out[d] = true
			continue
		}
		m, ok := seasonMonthOf(w)
		switch {
		case ok && kind == retrieval.AskedTime:
			out[m] = true
		case !ok && retrieval.Carries(w, kind):
			out[w] = true
		}
	}
	return out
}

// nextToMonth reports whether the word before or after ws[i] names a
// month (16 نوفمبر, November 16).
func nextToMonth(ws []string, i int) bool {
	for _, j := range []int{i - 1, i + 1} {
		if j < 0 || j >= len(ws) {
			continue
		}
		if m, ok := seasonMonthOf(ws[j]); ok && strings.HasPrefix(m, "m") {
			return true
		}
	}
	return false
}

// seasonMonthOf reads a month or season word (Arabic, Levantine or English,
// with a one-letter prefix) as "m1"…"m12" or "s-…".
func seasonMonthOf(w string) (string, bool) {
	for _, core := range []string{w, strings.TrimLeft(w, "وبلف")} {
		if m, ok := text.MonthOf(core); ok && !strings.Contains(core, " ") {
			return "m" + strconv.Itoa(int(m)), true
		}
		if s, ok := text.SeasonOf(core); ok {
			return "s-" + string(s), true
		}
	}
	return "", false
}

// negationWord reports whether ws[i], of folded words, says that
// something is not so, or is against something (see shape.negated).
func negationWord(ws []string, i int) bool {
	switch ws[i] {
	case "لا", "دون", "without", "no", "بدون", "غير":
		return true
	}
	return negatedAt(ws, i)
}

// negatesNear reports whether a quote says "not" or "against" (see
// negationWord) in a clause that holds a word of the question: «لم يكن مستقلًا»
// of the fund does not tell who voted against the firing.
func (e *Engine) negatesNear(question string, quotes []string) bool {
	return anyClause(quotes, func(clause []string) bool {
		neg, word := false, false
		for i, w := range clause {
			switch {
			case negationWord(clause, i):
				neg = true
			case e.match(question, w) > 0:
				word = true
			}
		}
		return neg && word
	})
}

// anyClause reports whether ok holds for a clause of one of the quotes:
// their folded words cut where a clause opens (clauseOpeners).
func anyClause(quotes []string, ok func(clause []string) bool) bool {
	return anyClauseCut(quotes, clauseOpeners, ok)
}

// anyClauseCut is anyClause with the quotes' words cut before a word of
// cuts.
func anyClauseCut(quotes []string, cuts map[string]bool, ok func(clause []string) bool) bool {
	for _, q := range quotes {
		var clause []string
		for _, w := range strings.FieldsFunc(text.Fold(q), func(r rune) bool { return !isWordRune(r) }) {
			if cuts[w] && ok(clause) {
				return true
			}
			if cuts[w] {
				clause = clause[:0]
			}
			clause = append(clause, w)
		}
		if ok(clause) {
			return true
		}
	}
	return false
}

// quoteList joins words as the question wrote them, each in quotation marks.
func quoteList(ws []string, lang string) string {
	open, close, sep := "“", "”", ", "
	if lang == "ar" {
		open, close, sep = "«", "»", "، "
	}
	parts := make([]string, len(ws))
	for i, w := range ws {
		parts[i] = open + w + close
	}
	return strings.Join(parts, sep)
}

// asked is the kind of fact question asks for: as the index read it, or,
// for a caller's own searcher, which may not read it, from the wording.
// The index's reading stands even when it finds none: "how did they
// respond when…" asks how, not when.
func (e *Engine) asked(question string, res retrieval.Result) retrieval.Asked {
	if _, ok := e.search.(*retrieval.Index); ok || res.Asked != retrieval.AskedAny {
		return res.Asked
	}
	return askedFact(question)
}

// askedFact maps the retrieval's reading of the asked kind onto the
// answerer's, for searchers that do not fill Result.Asked.
func askedFact(question string) retrieval.Asked {
	switch askedKind(question) {
	case numberFact:
		return retrieval.AskedNumber
	case timeFact:
		return retrieval.AskedTime
	}
	return retrieval.AskedAny
}

// nearMissPhrases are the openings of offline answers that say what the
// article does not give: Arabic and English for one article, then Arabic
// and English for several sources. "{q}" takes the quotes' language label
// (see Engine.phrase), "%s" the things the question names.
var nearMissPhrases = map[string][4]string{
	"not-mentioned": {"لا يذكر المقال %s؛ أقرب ما يقوله{q}:", "The article does not mention %s; the closest it comes is{q}:",
		"لا تذكر المصادر %s؛ أقرب ما تقوله{q}:", "The sources do not mention %s; the closest they come is{q}:"},
	"no-number": {"لا يذكر المقال رقمًا لما تسأل عنه؛ يقول فقط{q}:", "The article gives no figure for this; it says only{q}:",
		"لا تذكر المصادر رقمًا لما تسأل عنه؛ تقول فقط{q}:", "The sources give no figure for this; they say only{q}:"},
	"no-time": {"لا يذكر المقال تاريخًا لما تسأل عنه؛ يقول فقط{q}:", "The article gives no date for this; it says only{q}:",
		"لا تذكر المصادر تاريخًا لما تسأل عنه؛ تقول فقط{q}:", "The sources give no date for this; they say only{q}:"},
	"no-exact-number": {"لا يذكر المقال رقمًا دقيقًا لما تسأل عنه؛ يقول فقط{q}:", "The article gives no exact figure for this; it says only{q}:",
		"لا تذكر المصادر رقمًا دقيقًا لما تسأل عنه؛ تقول فقط{q}:", "The sources give no exact figure for this; they say only{q}:"},
	"no-name": {"لا يذكر المقال اسمًا لما تسأل عنه؛ يقول فقط{q}:", "The article gives no name for this; it says only{q}:",
		"لا تذكر المصادر اسمًا لما تسأل عنه؛ تقول فقط{q}:", "The sources give no name for this; they say only{q}:"},
	"not-said": {"لا يقول المقال ذلك صراحةً؛ أقرب ما يقوله{q}:", "The article does not say so; the closest it comes is{q}:",
		"لا تقول المصادر ذلك صراحةً؛ أقرب ما تقوله{q}:", "The sources do not say so; the closest they come is{q}:"},
	"no-place": {"لا يذكر المقال مكانًا أو جهة لما تسأل عنه؛ يقول فقط{q}:", "The article does not say where; it says only{q}:",
		"لا تذكر المصادر مكانًا أو جهة لما تسأل عنه؛ تقول فقط{q}:", "The sources do not say where; they say only{q}:"},
	"no-reason": {"لا يذكر المقال سببًا لما تسأل عنه؛ يقول فقط{q}:", "The article gives no reason for this; it says only{q}:",
		"لا تذكر المصادر سببًا لما تسأل عنه؛ تقول فقط{q}:", "The sources give no reason for this; they say only{q}:"},
	"no-exact-time": {"لا يذكر المقال تاريخًا دقيقًا لما تسأل عنه؛ يقول فقط{q}:", "The article gives no exact date for this; it says only{q}:",
		"لا تذكر المصادر تاريخًا دقيقًا لما تسأل عنه؛ تقول فقط{q}:", "The sources give no exact date for this; they say only{q}:"},
}

// withoutPeople is question with the words that spell a person of the
// corpus left out, so that what it asks about that person stands alone.
func (e *Engine) withoutPeople(question string) string {
	names := map[string]bool{}
	for _, p := range e.people() {
		for _, n := range append([]string{p.Name, p.Latin}, p.Spellings...) {
			for _, w := range strings.Fields(wordsOf(n)) {
				names[w] = true
			}
		}
	}
	var kept []string
	for _, w := range strings.Fields(wordsOf(question)) {
		if names[w] || names[unprefixed(w)] {
			continue
		}
		kept = append(kept, w)
	}
	return strings.Join(kept, " ")
}

// unprefixed is w without a one-letter Arabic prefix (و، ب، ل، ف) when
// four letters or more remain; else w.
func unprefixed(w string) string {
	rest, _ := text.CutProclitic(w, 4)
	return rest
}

// clauseOpeners open a clause of their own inside a sentence: a
// complement ("that", أن) or a relative ("which", الذي). A date or a
// figure before one of them does not tell of what follows it.
var clauseOpeners = map[string]bool{"ان": true, "بان": true, "لان": true, "الذي": true, "التي": true, "الذين": true,
	"اللذين": true, "اللتين": true, "that": true, "which": true, "whom": true}

// relativeOpeners are clauseOpeners without the complements ("that", أن)
// that open what was said after a verb of saying: a reason («لأن») and a
// relative ("which", الذي) still open a clause of their own.
var relativeOpeners = map[string]bool{"لان": true, "الذي": true, "التي": true, "الذين": true,
	"اللذين": true, "اللتين": true, "which": true, "whom": true}

// announceWords, folded, ask of a statement: when it was announced, said
// or made public ("when did OpenAI announce…", «امتى أعلنت…», «أعلنوا»).
var announceWords = map[string]bool{"announce": true, "announced": true, "announcement": true, "declare": true,
	"declared": true, "say": true, "said": true, "state": true, "stated": true, "statement": true,
	"اعلن": true, "اعلنت": true, "اعلنو": true, "اعلنوا": true, "يعلن": true, "تعلن": true, "يعلنو": true,
	"اعلان": true, "الاعلان": true, "صرح": true, "صرحت": true, "قال": true, "قالت": true, "قالو": true, "قالوا": true}

// announceAsked reports whether question has a word of announceWords, alone
// or with a one-letter prefix («وأعلنت»).
func announceAsked(question string) bool {
	for _, w := range strings.Fields(wordsOf(question)) {
		if announceWords[w] || announceWords[unprefixed(w)] {
			return true
		}
	}
	return false
}

// factNear reports whether a quote holds a figure (or, for AskedTime, a
// date) that question does not give in the same clause as a word of the
// question: "in summer 2023 a member found that the fund OpenAI set up…"
// dates the finding, not the fund.
//
// A question asking when something was announced or said ("when did
// OpenAI announce the deal", «امتى أعلنت الشركة أنها…») asks the date of
// the saying: "OpenAI said late on Tuesday, Nov. 21, that it had reached
// an agreement…" dates it, so a complement ("that", أن) does not cut the
// clause there; a relative ("which", الذي) still does.
func (e *Engine) factNear(question string, quotes []string, kind retrieval.Asked) bool {
	have := factTokens(question, kind)
	cuts := clauseOpeners
	if announceAsked(question) {
		cuts = relativeOpeners
	}
	return anyClauseCut(quotes, cuts, func(clause []string) bool {
		fact, word := false, false
		for _, w := range clause {
			ts := factTokens(w, kind)
			isFact := false
			for t := range ts {
				if !have[t] {
					isFact = true
				}
			}
			switch {
			case isFact:
				fact = true
			case len(ts) == 0 && e.match(question, w) > 0:
				word = true
			}
		}
		return fact && word
	})
}

// changeWords, folded, tell that a number grows: a board expanded,
// enlarged, grown, increased. Arabic words of the root وسع (expand:
// يوسعوه، توسيع) are found by their letters (changeWord). Raising money
// and a figure that rose are not among them: "how much did they raise"
// asks a sum, not what it grew to.
var changeWords = map[string]bool{"expand": true, "expands": true, "expanded": true, "expanding": true,
	"expansion": true, "enlarge": true, "enlarged": true, "grow": true, "grows": true, "grew": true, "increase": true,
	"increased": true, "increases": true, "زياده": true, "يكبر": true, "تكبير": true}

// changeWord reports whether the folded word w tells that a number grows
// (changeWords, or a word of the root وسع — «يوسعوه», «توسيع» — other
// than «بوسع», "able to").
func changeWord(w string) bool {
	if changeWords[w] || changeWords[unprefixed(w)] {
		return true
	}
	return text.IsArabicWord(w) && (strings.Contains(w, "وسع") || strings.Contains(w, "وسيع")) && !strings.Contains(w, "بوسع")
}

// changeAsked reports whether question asks for a number something grows
// to or by: a word of change (changeWord) in it.
func changeAsked(question string) bool {
	for _, w := range strings.Fields(wordsOf(question)) {
		if changeWord(w) {
			return true
		}
	}
	return false
}

// changeFactNear reports whether a clause of the quotes holds both a
// figure question does not give and a word of change: "will expand the
// board to nine members" tells the size it grows to; "a new initial
// board of three members" and "expected to expand the board" apart do
// not.
func changeFactNear(question string, quotes []string) bool {
	have := factTokens(question, retrieval.AskedNumber)
	return anyClause(sentencesOf(quotes), func(clause []string) bool {
		fact, change := false, false
		for _, w := range clause {
			for t := range factTokens(w, retrieval.AskedNumber) {
				fact = fact || !have[t]
			}
			change = change || changeWord(w)
		}
		return fact && change
	})
}

// sentencesOf returns the sentences of every one of quotes, in order.
func sentencesOf(quotes []string) []string {
	var sents []string
	for _, q := range quotes {
		sents = append(sents, text.Sentences(q)...)
	}
	return sents
}

// askedRatio is the share of the best sentence's score a sentence that
// holds the kind of fact asked for needs to be quoted for it.
const askedRatio = 0.5

// withAskedFact returns chosen, the sentences quoted for question, with
// the best-scoring sentence of cands that holds the kind of fact the
// question asks for (a date for "when", a figure for "how many"; see
// answersAsked) when none of chosen does and that sentence
// scores at least askedRatio of the best. It takes the place of the last
// sentence when chosen is full.
func (e *Engine) withAskedFact(question string, res retrieval.Result, cands, chosen []sentenceCandidate) []sentenceCandidate {
	asked := e.asked(question, res)
	exact := wantsExact(question)
	for _, c := range chosen {
		if e.answersAsked(question, c.text, asked, exact) {
			return chosen
		}
	}
	for _, c := range cands[len(chosen):] {
		if c.score < askedRatio*cands[0].score || c.score == 0 {
			break
		}
		if !e.answersAsked(question, c.text, asked, exact) {
			continue
		}
		out := append([]sentenceCandidate(nil), chosen...)
		if len(out) == maxQuotes {
			out = out[:maxQuotes-1]
		}
		return append(out, c)
	}
	return chosen
}

// answersAsked reports whether sentence s holds the kind of fact question
// asks for and does not already give: a figure or date (exact when exact)
// in a clause with the question's words. Any sentence answers a question
// of another kind: a sentence brought in for naming someone would answer
// "who…" with whoever the article names nearby.
func (e *Engine) answersAsked(question, s string, asked retrieval.Asked, exact bool) bool {
	switch asked {
	case retrieval.AskedNumber, retrieval.AskedTime:
		return retrieval.Carries(s, asked) && (!exact || retrieval.Exact(s, asked)) &&
			newFact(question, s, asked) && e.factNear(question, []string{s}, asked)
	}
	return true
}

// namesOnlyCover is the share of what a question says beside the names of
// people that quotes naming those people must carry before they can
// answer whether it is so.
const namesOnlyCover = 0.2

// onlyNames reports whether question names a person of the corpus and
// none of the quotes that name that person carries namesOnlyCover of the
// rest of the question: «هل رجع غريغ بروكمان للشركة؟» against «كما تم
// إبعاد غريغ بروكمان، أحد مؤسسي الشركة». Only a quote naming the person
// can say whether it is so of them: a quote about someone else that shares
// a word («لاحقًا»، «الرجوع») does not count. A person named only in a
// phrase that dates the question ("after firing Altman") is not asked of.
func (e *Engine) onlyNames(question string, quotes []string) bool {
	if q := withoutTimePhrases(question); e.withoutPeople(q) == q {
		return false
	}
	// What is checked is the main clause: «when they pushed him out»
	// only dates it, and a quote telling that event says nothing of
	// whether he was chairman then.
	// Running a company is leading it (leadForRun): "held the job",
	// «يقود الشركة» tell it.
	main := leadForRun(withoutWhenClause(question))
	rest := e.withoutPeople(main)
	if rest == wordsOf(main) || strings.TrimSpace(rest) == "" {
		return false
	}
	if e.holdingQuoted(question, quotes) {
		// Whether they still hold a seat or a post, and a quote tells
		// them keeping, losing or leaving it ("are no longer on the
		// board", "the board replaced her"): that is what is asked,
		// in other words.
		return false
	}
	asked := e.peopleNamedIn(question)
	for _, q := range quotes {
		fs := " " + wordsOf(q) + " "
		names := len(asked) == 0
		for _, p := range asked {
			names = names || namesIn(fs, p)
		}
		if names && e.match(rest, q) >= namesOnlyCover {
			return false
		}
	}
	return true
}

// matterFirst returns quotes with the first one that speaks of the
// question's matter (carriesMatter: its specific words, those few
// paragraphs carry) put before the others, when quotes[0] does not and
// carries fewer of those words: an answer over several articles lists
// its quotes newest first, and the newest ("a new initial board of three
// members chaired by Bret Taylor") may only share the role with a
// who-question about a matter another quote tells («اكتشف أحد أعضاء مجلس
// الإدارة، عن طريق المصادفة، أن صندوق…»). A question with no specific word
// beside a phrase that dates it ("who is on the board after the
// crisis?") keeps the order. quotes
// itself is left as it is.
// matterLead is how many more of the question's specific words a later
// quote must carry than the first for matterFirst to put it first: one
// word shared («الأزمة» of "after all this crisis") may be a stray one —
// unless it is every specific word the question has and the first quote
// carries none.
const matterLead = 2

func (e *Engine) matterFirst(question string, quotes []string) []string {
	if len(quotes) < 2 {
		return quotes
	}
	// "after all this crisis" dates what is asked; it is not its matter.
	question = withoutTimePhrases(question)
	read := e.standardReading(question)
	// carriesMatter from the counts matter.carried gives (the question's
	// specific words, found once, are the same for every quote): each
	// quote is weighed once.
	mt := e.matterOf(question, read)
	specific, first := len(mt.forms), mt.carried(quotes[0])
	carries := func(carried int) bool { return float64(carried) >= mattersShare*float64(specific) }
	if specific == 0 || carries(first) {
		return quotes
	}
	for i, q := range quotes[1:] {
		// A quote carrying every specific word where the first carries
		// none is on the matter however few those words are, when each
		// is one a single paragraph of the corpus uses (rare: no stray
		// word): "which board member stumbled on the startup fund thing"
		// has only "fund" specific, and the newest quote ("a new initial
		// board… chaired by Bret Taylor") only its role.
		if c := mt.carried(q); c >= first+matterLead && carries(c) || first == 0 && c == specific && mt.rare() {
			out := append([]string{q}, quotes[:i+1]...)
			return append(out, quotes[i+2:]...)
		}
	}
	return quotes
}

// Indefinite markers and inclusion markers, folded: «أحد أعضاء المجلس»,
// "one of the members", "some staff" speak of someone without naming
// them; «من ضمنهم», "including" open the names of some of a group.
var (
	indefiniteMarkers = map[string]bool{"احد": true, "احدي": true, "بعض": true, "عده": true, "one": true, "a": true,
		"an": true, "some": true, "several": true, "unnamed": true, "unidentified": true, "certain": true}
	indefiniteSkips  = map[string]bool{"of": true, "the": true, "من": true, "اصل": true}
	inclusionMarkers = map[string]bool{"ضمنهم": true, "بينهم": true, "منهم": true, "including": true, "among": true,
		"مثل": true, "such": true}
)

// roleWindow is how many words next to a role word (after it, or before
// its indefinite marker) may name the one it speaks of: «عضو المجلس هيلين
// تونر», «إليا سوتسكيفر، كبير العلماء».
const roleWindow = 2

// unnamedRole reports whether the first quote (the sentence that answers
// best) speaks of what a who-question asks about — a word of the question
// beside its people, a role such as «عضو المجلس», "board members" — only
// indefinitely (after one, some, a number: «أحد أعضاء مجلس الإدارة»،
// «أربعة من أصل ستة أعضاء») and names next to it, or after "including",
// no person the question does not name. Such a quote says that someone
// did it, not who: the answer is a name the article does not give. A
// quote naming a new person next to the role (or in its list) answers.
func (e *Engine) unnamedRole(question string, quotes []string) bool {
	if len(quotes) == 0 {
		return false
	}
	rest := e.withoutPeople(question)
	if strings.TrimSpace(rest) == "" {
		return false
	}
	if sh := questionShape(question); !(sh.who && !sh.open) && !sh.person {
		// "How did a director find out who…" asks how.
		return false
	}
	ws := strings.Fields(wordsOf(quotes[0]))
	news := e.newPersonAt(question, ws)
	// A new name right next to any word of the question names the one
	// asked about: «إليا سوتسكيفر، كبير العلماء», «عضو المجلس هيلين تونر».
	for _, sp := range news {
		if sp[0] > 0 && e.match(rest, ws[sp[0]-1]) > 0 || sp[1]+1 < len(ws) && e.match(rest, ws[sp[1]+1]) > 0 {
			return false
		}
	}
	found := false
	for i, w := range ws {
		if indefiniteMarkers[w] || indefiniteSkips[w] || clauseOpeners[w] || e.match(rest, w) == 0 {
			continue
		}
		m := i - 1
		for m >= 0 && i-m <= 3 && indefiniteSkips[ws[m]] {
			m--
		}
		if m < 0 || !(indefiniteMarkers[ws[m]] || retrieval.Carries(ws[m], retrieval.AskedNumber)) {
			continue
		}
		// The role phrase runs on over the words of the question
		// («أعضاء مجلس الإدارة»); one word alone may be a stray synonym
		// («أحد أبرز فصول الرواية» is no role).
		end := i
		for end+1 < len(ws) && e.match(rest, ws[end+1]) > 0 && !clauseOpeners[ws[end+1]] {
			end++
		}
		if end == i {
			continue
		}
		found = true
		for _, sp := range news {
			// A name right after the role («عضو المجلس هيلين تونر») or
			// just before its marker names the one it speaks of.
			if sp[0] == end+1 || sp[1] < m && sp[1] >= m-roleWindow {
				return false
			}
		}
		for k := end + 1; k < len(ws); k++ {
			if clauseOpeners[ws[k]] {
				break
			}
			if inclusionMarkers[ws[k]] || inclusionMarkers[unprefixed(ws[k])] {
				for _, sp := range news {
					if sp[0] > k {
						return false
					}
				}
			}
		}
	}
	return found
}

// newPersonAt returns the spans (first and last word) of the folded words
// ws that spell a person of the corpus whom question does not name: a
// whole spelling, the first word with a one-letter prefix, or the last
// word alone (a surname).
func (e *Engine) newPersonAt(question string, ws []string) [][2]int {
	var out [][2]int
	fq := " " + wordsOf(question) + " "
	for _, p := range e.people() {
		if namesIn(fq, p) || e.match(question, strings.Join(append([]string{p.Name, p.Latin}, p.Spellings...), " ")) > 0 {
			continue
		}
		for j := range ws {
			best := -1
			for _, n := range append([]string{p.Name, p.Latin}, p.Spellings...) {
				f := strings.Fields(wordsOf(n))
				if len(f) == 0 || j+len(f) > len(ws) {
					continue
				}
				ok := true
				for k, x := range f {
					if y := ws[j+k]; y != x && (k > 0 || unprefixed(y) != x) {
						ok = false
						break
					}
				}
				if ok && j+len(f)-1 > best {
					best = j + len(f) - 1
				}
				if best < 0 && len(f) > 1 && len([]rune(f[len(f)-1])) >= 4 && (ws[j] == f[len(f)-1] || unprefixed(ws[j]) == f[len(f)-1]) {
					best = j
				}
			}
			if best >= 0 {
				out = append(out, [2]int{j, best})
			}
		}
	}
	return out
}

// timePreps open a phrase that dates what a question asks about, folded.
var timePreps = map[string]bool{"after": true, "before": true, "since": true, "following": true, "بعد": true,
	"قبل": true, "منذ": true, "عقب": true, "وبعد": true, "وقبل": true}

// timePhraseLen is how many words after a word of timePreps its phrase
// runs ("after firing Sam Altman", «بعد إقالة سام ألتمان»).
const timePhraseLen = 3

// timeNouns, folded, open a phrase that dates what a question asks about
// when a determiner (timeDeterminers) comes before them in English — "the
// night Altman was ousted", "that day he was fired" — or, in Arabic, by
// themselves: «ليلة إقالة ألتمان». "Which day was he fired?" asks the day;
// its "day" opens no phrase.
var timeNouns = map[string]bool{"night": true, "day": true, "morning": true, "evening": true, "weekend": true,
	"afternoon": true, "ليله": true}

// timeDeterminers, folded, before a word of timeNouns make it open a
// phrase that dates the question (see timeNouns).
var timeDeterminers = map[string]bool{"the": true, "that": true}

// timePhraseAt returns how many words from i on open a phrase that dates
// what the question asks about (a word of timePreps, or a determiner and a
// word of timeNouns), none when no such phrase opens at i.
func timePhraseAt(ws []string, i int) int {
	switch {
	case timePreps[ws[i]]:
		return 1
	case timeNouns[ws[i]] && text.Language(ws[i]) == "ar":
		return 1
	case timeDeterminers[ws[i]]:
		j := i + 1
		if j < len(ws) && ws[j] == "same" {
			j++
		}
		// "spend the night at the office": a place after the noun makes
		// it what was done, not when.
		if j < len(ws) && timeNouns[ws[j]] && (j+1 == len(ws) || !placePreps[ws[j+1]]) {
			return j - i + 1
		}
	}
	return 0
}

// placePreps, folded, after a word of timeNouns tell a place or a
// purpose, not a time: "the night at the office", "the day in court".
var placePreps = map[string]bool{"at": true, "in": true, "with": true, "for": true, "to": true, "there": true, "away": true}

// withoutTimePhrases is question's folded words without the phrases
// that date it (see timePhraseAt), the words up to timePhraseLen after
// the opening or the end of the question; the question as it is when it
// opens with one.
func withoutTimePhrases(question string) string {
	ws := strings.Fields(wordsOf(question))
	var kept []string
	for i := 0; i < len(ws); i++ {
		if n := timePhraseAt(ws, i); i > 0 && n > 0 {
			i += n - 1 + timePhraseLen
			continue
		}
		kept = append(kept, ws[i])
	}
	return strings.Join(kept, " ")
}

// dismissalWords, folded, name the dismissal a case turns on: a firing,
// an ouster, a removal («طرد»، «إقالة»، «عزل»).
var dismissalWords = map[string]bool{"fire": true, "fired": true, "firing": true, "oust": true, "ousted": true,
	"ouster": true, "ousting": true, "removal": true, "removed": true, "dismissal": true, "dismissed": true,
	"sacking": true, "sacked": true, "طرد": true, "طرده": true, "اقاله": true, "الاقاله": true, "اقالت": true,
	"عزل": true, "ابعاد": true}

// reasonWords, folded, ask the reason of something: why, the reason
// behind it («ليش»، «السبب»، «ورا»).
var reasonWords = map[string]bool{"why": true, "reason": true, "reasons": true, "behind": true, "cause": true,
	"ليش": true, "ليه": true, "لماذا": true, "لمادا": true, "سبب": true, "السبب": true, "اسباب": true,
	"الاسباب": true, "ورا": true, "وراء": true}

// reasonObjectSpan is how many words either side of a word of
// dismissalWords name the one dismissed ("firing Sam Altman", "Altman was
// fired", «طرد ألتمان»).
const reasonObjectSpan = 2

// reasonAside is question's folded words without the name of the one
// dismissed when question asks the reason of the dismissal (a word of
// reasonWords, and one of dismissalWords within reasonObjectSpan of the
// name) and titles, the titles of the quotes' articles, name that person:
// «هل انكشف السبب الحقيقي ورا طرد ألتمان» asks of the reason, which a quote
// from «كواليس صادمة تكشف سبب إقالة سام ألتمان» tells without his name
// («الأسباب الحقيقية وراء هذه الخطوة»). A person the titles do not name
// stays: the quotes may tell another's dismissal.
func (e *Engine) reasonAside(question, titles string) string {
	ws := strings.Fields(wordsOf(question))
	reason := false
	for _, w := range ws {
		reason = reason || reasonWords[w] || reasonWords[unprefixed(w)]
	}
	if !reason {
		return question
	}
	titled := map[string]bool{}
	for _, p := range e.peopleNamedIn(titles) {
		for _, n := range append([]string{p.Name, p.Latin}, p.Spellings...) {
			for _, w := range strings.Fields(wordsOf(n)) {
				titled[w] = true
			}
		}
	}
	drop := make([]bool, len(ws))
	for i, w := range ws {
		if !dismissalWords[w] && !dismissalWords[unprefixed(w)] {
			continue
		}
		for j := max(0, i-reasonObjectSpan); j <= min(len(ws)-1, i+reasonObjectSpan); j++ {
			drop[j] = drop[j] || titled[ws[j]] || titled[unprefixed(ws[j])] || titled[strings.TrimSuffix(ws[j], "s")]
		}
	}
	var kept []string
	for i, w := range ws {
		if !drop[i] {
			kept = append(kept, w)
		}
	}
	return strings.Join(kept, " ")
}

// quotedArticleTitles is the titles of the articles of the paragraphs res found
// that hold one of quotes, joined.
func quotedArticleTitles(res retrieval.Result, quotes []string) string {
	var out []string
	for _, h := range hitsHolding(res, quotes) {
		out = append(out, h.Paragraph.Title)
	}
	return strings.Join(out, " ")
}

// hitsHolding returns the hits of res whose paragraph holds one of quotes,
// in rank order.
func hitsHolding(res retrieval.Result, quotes []string) []retrieval.Hit {
	var out []retrieval.Hit
	for _, h := range res.Hits {
		for _, q := range quotes {
			if strings.Contains(h.Paragraph.Text, q) {
				out = append(out, h)
				break
			}
		}
	}
	return out
}

// whenOpeners open a clause that dates the main one (when, while, عندما،
// لما، حين), folded.
var whenOpeners = map[string]bool{"when": true, "while": true, "عندما": true, "لما": true, "حين": true, "حينما": true, "وقت": true, "وقتما": true}

// withoutWhenClause is question's folded words without a clause a when-word
// opens after its first word, to the end of the question: the question
// "was Brockman chairman when they pushed him out?" checks whether he was
// chairman. A when-word opening the question asks when, and is kept.
func withoutWhenClause(question string) string {
	ws := strings.Fields(wordsOf(question))
	for i := 1; i < len(ws); i++ {
		if whenOpeners[ws[i]] {
			return strings.Join(ws[:i], " ")
		}
	}
	return strings.Join(ws, " ")
}

// peopleNamedIn returns the people of the corpus that text names.
func (e *Engine) peopleNamedIn(text string) []casefile.Person {
	ft := " " + wordsOf(text) + " "
	var named []casefile.Person
	for _, p := range e.people() {
		if namesIn(ft, p) {
			named = append(named, p)
		}
	}
	return named
}

// namesPerson reports whether question names a person of the corpus.
func (e *Engine) namesPerson(question string) bool {
	fq := " " + wordsOf(question) + " "
	for _, p := range e.people() {
		if namesIn(fq, p) {
			return true
		}
	}
	return false
}

// fateUntold reports whether question asks what became of a person of the
// corpus after an event (see fateAsked) — "What happened to the CFO after
// the merger? Did she stay?" — and the article names that person in no
// paragraph that tells the event and in none after the last that does:
// all it says of them comes before, so it does not tell what became of
// them. The event's paragraphs are those that match its words best.
func (e *Engine) fateUntold(question string) bool {
	event, ok := fateAsked(question)
	if !ok || e.corpus == nil {
		return false
	}
	fq := " " + withoutTimePhrases(question) + " "
	var asked []casefile.Person
	for _, p := range e.people() {
		if namesIn(fq, p) && !namesIn(" "+wordsOf(event)+" ", p) {
			asked = append(asked, p)
		}
	}
	if len(asked) != 1 {
		return false
	}
	for _, a := range e.corpus.Articles {
		best := 0.0
		scores := make([]float64, len(a.Paragraphs))
		for i, p := range a.Paragraphs {
			scores[i] = e.match(event, p.Text)
			best = max(best, scores[i])
		}
		if best == 0 {
			return false
		}
		last := -1
		for i, sc := range scores {
			if sc >= best {
				last = i
			}
		}
		for i, p := range a.Paragraphs {
			if (i >= last || scores[i] >= best) && namesIn(" "+wordsOf(p.Text)+" ", asked[0]) {
				return false
			}
		}
	}
	return true
}

// quotedParagraphs returns the text of the hits that hold a quote, the
// quotes themselves when no hit holds one.
func quotedParagraphs(res retrieval.Result, quotes []string) []string {
	var out []string
	for _, h := range hitsHolding(res, quotes) {
		out = append(out, h.Paragraph.Text)
	}
	if len(out) == 0 {
		return quotes
	}
	return out
}

// sayAsked, folded, are the verbs that ask what someone said or wrote
// ("what did she say", «ماذا قالت», «شو كتب»).
var sayAsked = map[string]bool{"say": true, "said": true, "says": true, "tell": true, "told": true, "write": true,
	"wrote": true, "written": true, "قال": true, "قالت": true, "يقول": true, "تقول": true, "قاله": true, "قالته": true,
	"كتب": true, "كتبت": true, "كتبه": true, "صرح": true, "صرحت": true}

// sayYesNo, folded, are the verbs of sayAsked that ask, in a yes/no
// question, whether someone spoke at all: say and state, not tell or
// write.
var sayYesNo = map[string]bool{"say": true, "said": true, "قال": true, "قالت": true, "يقول": true, "تقول": true,
	"صرح": true, "صرحت": true}

// whatAsked, folded, ask what: the thing said, not who said it.
var whatAsked = map[string]bool{"what": true, "ماذا": true, "شو": true, "ايش": true, "وش": true, "ايه": true,
	"بماذا": true, "اش": true, "شنو": true}

// spokeVerbs, folded, tell of someone saying or writing something: a
// statement, a post, an announcement («أعلن», «كتب على إكس», "said").
var spokeVerbs = map[string]bool{"said": true, "says": true, "say": true, "told": true, "wrote": true, "writes": true,
	"announced": true, "stated": true, "statement": true, "posted": true, "added": true, "called": true, "denied": true,
	"quoted": true, "replied": true, "responded": true, "insisted": true, "admitted": true, "tweeted": true,
	"قال": true, "قالت": true, "قالوا": true, "يقول": true, "تقول": true, "كتب": true, "كتبت": true, "اعلن": true,
	"اعلنت": true, "صرح": true, "صرحت": true, "اكد": true, "اكدت": true, "نفى": true, "نفت": true, "بيان": true,
	"نشر": true, "نشرت": true, "اضاف": true, "اضافت": true, "وصف": true, "وصفت": true, "رسالة": true, "رساله": true,
	// Telling what one knows: «كشفت موراتي أن…», "she revealed that…".
	"revealed": true, "disclosed": true, "explained": true, "acknowledged": true, "كشف": true, "كشفت": true,
	"اوضح": true, "اوضحت": true, "ذكر": true, "ذكرت": true, "اشار": true, "اشارت": true, "اعترف": true, "اعترفت": true}

// passiveBe, folded, before a verb of saying make it passive: "Altman was
// said to have…" names no speaker.
var passiveBe = map[string]bool{"was": true, "were": true, "is": true, "are": true, "been": true, "be": true}

// speechAsked reports whether question asks what a person of the corpus
// said or wrote: a what-word and a verb of saying (sayAsked) whose
// speaker, named next to it, is a person of the corpus — before it in
// English ("What did Larry Summers say…"), after it in Arabic («ماذا قال
// ألتمان»). "Who said the board lacked candour?" asks a person; "What did
// his comeback say about his power?" and "what did they tell her?" name
// no person speaking.
func (e *Engine) speechAsked(question string) bool {
	ws := strings.FieldsFunc(askingPart(question), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’'
	})
	whats := 0
	for _, w := range ws {
		if whatAsked[wordsOf(w)] {
			whats++
		}
	}
	// Whether someone said anything ("Did McCauley say anything
	// publicly…?", «هل صرّحت ماكولي…؟») asks what they said too, with a
	// verb of saying alone: "did he tell the board" asks whether he
	// informed them, which a quote may answer without anyone speaking.
	yesNo := whats == 0 && questionShape(question).yesNo
	if whats != 1 && !yesNo {
		// Two things asked ("What did she tell the board, and what was
		// he accused of?"): a quote answering the other is an answer.
		return false
	}
	what, whatAt := yesNo, -1
	for i, w := range ws {
		f := wordsOf(w)
		if whatAsked[f] && whatAt < 0 {
			whatAt = i
		}
		what = what || whatAsked[f]
		if !what || !(sayAsked[f] || sayAsked[unprefixed(f)]) || yesNo && !sayYesNo[f] {
			continue
		}
		var near []string
		if text.Language(w) == "en" {
			near = ws[max(0, i-2):i]
			if i >= 2 && passiveBe[wordsOf(ws[i-2])] || i >= 3 && passiveBe[wordsOf(ws[i-3])] {
				continue
			}
		} else {
			near = ws[i+1 : min(len(ws), i+3)]
			if whatAt > 0 && whatAt <= 3 {
				// Colloquial speech fronts the speaker: «هيلين تونر شو
				// قالت» (Helen Toner, what did she say) — the question's
				// first words, before its only question word.
				near = append(append([]string(nil), ws[:whatAt]...), near...)
			}
		}
		if len(near) == 0 {
			continue
		}
		if text.Language(w) == "en" {
			// The speaker ends right before the verb, a surname: "what
			// did Larry Summers say"; "Altman's return say" names a thing.
			if strings.HasSuffix(near[0], "'s") || strings.HasSuffix(near[0], "’s") {
				continue
			}
			near = near[len(near)-1:]
		}
		fn := " " + wordsOf(strings.Join(near, " ")) + " "
		for _, p := range e.people() {
			if namesIn(fn, p) {
				return true
			}
		}
	}
	return false
}

// toldSpeech reports whether a paragraph of paras names a person the
// question names and tells of someone saying something (spokeVerbs): a
// paragraph that only names them ("joined by Larry Summers") does not
// tell what they said.
func (e *Engine) toldSpeech(question string, paras []string) bool {
	asked := e.peopleNamedIn(question)
	for _, para := range paras {
		fp := " " + wordsOf(para) + " "
		named := false
		for _, p := range asked {
			named = named || namesIn(fp, p)
		}
		if !named {
			continue
		}
		for _, w := range strings.Fields(wordsOf(para)) {
			// «وكتب ألتمان», «فقال»: a verb of three letters with its
			// conjunction (unprefixed keeps words of four letters or more).
			rest, cut := strings.CutPrefix(w, "و")
			if !cut {
				rest, cut = strings.CutPrefix(w, "ف")
			}
			if spokeVerbs[w] || spokeVerbs[unprefixed(w)] || cut && spokeVerbs[rest] {
				return true
			}
		}
	}
	return false
}

// eitherOrHedge is the opening for a yes/no question whose quotes do not
// tell what it asks of the person it names: "not-said", or "hedge" when it
// offers alternatives ("was Murati on Altman's side or against him?",
// «مع ألتمان ولا ضده»). An either-or asks which holds, and "the sources do
// not say so" says nothing of which; which side the quotes bear out is
// for the reader to weigh.
func eitherOrHedge(question string) string {
	if offersAlternatives(question) {
		return "hedge"
	}
	return "not-said"
}

// speechTold reports whether question asks what a person of the corpus
// said (speechAsked) and a quoted paragraph, or the one retrieval ranked
// first, tells them saying something (toldSpeech).
func (e *Engine) speechTold(question string, res retrieval.Result, quotes []string) bool {
	return e.speechAsked(question) && e.toldSpeech(question, append(quotedParagraphs(res, quotes), bestParagraph(res)...))
}

// bestParagraph is the text of the paragraph retrieval ranked first, none
// when it found nothing.
func bestParagraph(res retrieval.Result) []string {
	if len(res.Hits) == 0 {
		return nil
	}
	return []string{res.Hits[0].Paragraph.Text}
}
