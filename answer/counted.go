package answer

import (
	"slices"
	"sort"
	"strings"

	"casebot/corpus"
	"casebot/text"
)

// Counted conflicts. A "how many" question asks a count of a unit (board
// members, employees); several articles may give different counts of it
// (a board of four, four of six members voted, a new board of three).
// Each dated account of the count is cited, one per article, newest
// article first, the older ones marked older: the same article-date rule
// as every other conflict (accountDate). A count of another unit (500
// employees wrote to the board) is no account of the board's size.

// unitClasses map the (folded, clitic-free) nouns a count counts to the
// unit they count. People in general (genericUnit) are read by the
// question's matter: people on a board are its members.
var unitClasses = map[string]string{
	"member": "member", "members": "member", "director": "member", "directors": "member",
	"seat": "member", "seats": "member", "عضو": "member", "عضوا": "member", "اعضاء": "member",
	"employee": "staff", "employees": "staff", "staff": "staff", "staffers": "staff", "worker": "staff",
	"workers": "staff", "موظف": "staff", "موظفا": "staff", "موظفين": "staff", "موظفون": "staff",
	"researcher": "researcher", "researchers": "researcher", "باحث": "researcher", "باحثين": "researcher",
	"باحثون": "researcher",
	"people": genericUnit, "ppl": genericUnit, "persons": genericUnit, "individuals": genericUnit,
	"شخص": genericUnit, "اشخاص": genericUnit, "افراد": genericUnit,
}

// genericUnit is the class of a word that counts people of any kind.
const genericUnit = "people"

// countAsking are the words that ask a count and are followed by its unit
// (folded): "how many members", «كم عضو», «قديش واحد من الموظفين», «عدد
// أعضاء المجلس».
var countAsking = slices.Concat(countAskers, []string{"عدد", "العدد"})

// countAskers are the count-asking words that are questions of their own
// (countAsking but «عدد»): two of them ask two counts (asksBesides).
var countAskers = []string{"many", "كم", "كام", "قديش"}

// unitReach is how many words after the asking word, or after a number,
// the unit may come: "how many OpenAI board members", «أربعة من أصل ستة
// أعضاء», "700 of OpenAI's roughly 770 staff".
const unitReach = 5

// unitOf is the unit class of word w (as text.Words gives it), its Arabic
// clitics (the article, و ف ب ل) taken off (text.CliticCuts); "" when it
// counts no unit.
func unitOf(w string) string {
	f := text.Fold(w)
	if c, ok := unitClasses[f]; ok {
		return c
	}
	for _, r := range text.CliticCuts(f, 3) {
		if c, ok := unitClasses[r]; ok {
			return c
		}
	}
	return ""
}

// askedUnit is the unit class a "how many" question counts: the first
// unit word within unitReach words after its asking word, a specific one
// («موظفين», "members") before a generic one ("people"). A generic unit
// placed on a body ("people on the board", asksMembership) is its
// members. ok is false when the question asks no count of a unit.
func askedUnit(question string) (string, bool) {
	if askedKind(question) != numberFact && !carriesCue(question, []string{"عدد", "لعدد"}) {
		return "", false
	}
	ws := text.Words(question)
	for i, w := range ws {
		f := text.Fold(w)
		if !slices.Contains(countAsking, f) && !slices.Contains(countAsking, strings.TrimPrefix(f, "ل")) {
			continue
		}
		unit := ""
		for _, x := range ws[i+1 : min(len(ws), i+1+unitReach)] {
			c := unitOf(x)
			if c == "" {
				continue
			}
			unit = c
			if c != genericUnit {
				break
			}
		}
		switch {
		case unit == genericUnit && asksMembership(question):
			return "member", true
		case unit != "" && unit != genericUnit:
			return unit, true
		}
	}
	return "", false
}

// vagueCounts (folded) are the words that give a count as a round plural,
// without a number: «مئات الموظفين», "hundreds of staff". They are
// accounts of the count all the same.
var vagueCounts = foldedSet("hundreds", "thousands", "dozens", "مئات", "عشرات", "آلاف")

// countsUnit reports whether sentence s gives a count of unit: a number
// (digits, not a year, or a number word) or a round plural (vagueCounts)
// with a noun of that unit within unitReach words after it ("a board of
// three members", «أربعة من أصل ستة أعضاء», «مئات الموظفين»), and the
// counts it gives of it, in digits ("hundreds" as 100).
func countsUnit(s, unit string) (map[string]bool, bool) {
	return countsOf(unitCounts(s), unit)
}

// unitCount is a count a sentence gives (in digits, "~" before a round
// plural's) and the unit class of the first unit noun within unitReach
// words after it.
type unitCount struct{ n, unit string }

// unitCounts returns the counts sentence s gives of any unit, in the
// order it gives them (see countsUnit): what depends on the sentence
// alone, read once for the corpus (countIndex).
func unitCounts(s string) []unitCount {
	ws := text.Words(s)
	var out []unitCount
	for i, w := range ws {
		n, ok := text.Numeral(w)
		if vagueCounts[text.Fold(w)] {
			n, ok = "~"+n, true
		}
		if !ok || text.IsYear(n) || datesDay(ws, i) {
			continue
		}
		for _, x := range ws[i+1 : min(len(ws), i+1+unitReach)] {
			if c := unitOf(x); c != "" {
				out = append(out, unitCount{n: n, unit: c})
				break
			}
		}
	}
	return out
}

// countsOf is the counts of unit among a sentence's counts (unitCounts):
// those of the unit, and, unless the unit is staff or researchers, those
// of people in general; ok is false when there is none.
func countsOf(ucs []unitCount, unit string) (map[string]bool, bool) {
	counts := map[string]bool{}
	for _, uc := range ucs {
		if uc.unit == unit || uc.unit == genericUnit && unit != "staff" && unit != "researcher" {
			counts[uc.n] = true
		}
	}
	return counts, len(counts) > 0
}

// countSentence is a sentence of the corpus that gives a count of some
// unit: its place among its paragraph's sentences, its text and its
// counts.
type countSentence struct {
	pos    int
	text   string
	counts []unitCount
}

// countParagraph is a paragraph of the corpus with the sentences that
// give counts (countSentence), and whether it or its heading names a body
// (bodyWords).
type countParagraph struct {
	p     corpus.Paragraph
	body  bool
	sents []countSentence
}

// countIndex reads, once for corpus c, what countedAccounts needs of it
// whatever the question: for each article, in order, its paragraphs that
// give a count of some unit (countParagraph).
func countIndex(c *corpus.Corpus) [][]countParagraph {
	out := make([][]countParagraph, len(c.Articles))
	for i, a := range c.Articles {
		for _, p := range a.Paragraphs {
			cp := countParagraph{p: p, body: carriesCue(p.Section+" "+p.Text, bodyWords)}
			for pos, s := range text.Sentences(p.Text) {
				if ucs := unitCounts(s); len(ucs) > 0 {
					cp.sents = append(cp.sents, countSentence{pos: pos, text: s, counts: ucs})
				}
			}
			if len(cp.sents) > 0 {
				out[i] = append(out[i], cp)
			}
		}
	}
	return out
}

// datesDay reports whether the number ws[i] is the day of a date: a
// month named right after it or right before it («في 16 نوفمبر، اجتمع
// أعضاء المجلس», "Nov. 17"). It counts no unit, whatever follows.
func datesDay(ws []string, i int) bool {
	for _, j := range []int{i - 1, i + 1} {
		if j < 0 || j >= len(ws) {
			continue
		}
		if _, ok := text.MonthOf(ws[j]); ok && !text.AmbiguousMonth(ws[j]) {
			return true
		}
	}
	return false
}

// countAccount is one article's account of a count: its sentence giving
// the count, and the counts it gives.
type countAccount struct {
	p      corpus.Paragraph
	pos    int
	text   string
	score  float64
	counts map[string]bool
}

// countedAccounts returns, for a question asking a count of a unit, each
// article's account of it (its best-matching sentence giving a count of
// the unit, in a paragraph on the question's matter), when two articles
// of different dates or more give different counts: a counted conflict.
// On a body (a board), the matter is the body, named in the paragraph or
// its heading; else the question's specific words (carriesMatter).
func (e *Engine) countedAccounts(question, read string) ([]countAccount, bool) {
	unit, ok := askedUnit(question)
	if !ok || asksBesides(question) {
		return nil, false
	}
	body := carriesCue(question, bodyWords)
	var mt matter
	if !body {
		mt = e.matterOf(question, read)
	}
	var out []countAccount
	for _, paras := range e.counts() {
		var best countAccount
		found := false
		for _, cp := range paras {
			p := cp.p
			if body && !cp.body || !body && !mt.carriedBy(p.Section+" "+p.Text) {
				continue
			}
			for _, s := range cp.sents {
				counts, ok := countsOf(s.counts, unit)
				if !ok {
					continue
				}
				score := e.match(question, p.Section+" "+s.text)
				if !found || score > best.score {
					best = countAccount{p: p, pos: s.pos, text: s.text, score: score, counts: counts}
					found = true
				}
			}
		}
		if found {
			out = append(out, best)
		}
	}
	if len(out) < 2 || !slices.ContainsFunc(out[1:], func(x countAccount) bool {
		return x.p.Date != out[0].p.Date && !sameMap(x.counts, out[0].counts)
	}) {
		return nil, false
	}
	return out, true
}

// countedQuotes turns the accounts of a counted conflict into the quotes
// of the answer, newest account first (accountDate: by the article's
// date, or, asked of the present, a look back's line by the events it
// tells): a quote already chosen from the account's paragraph is kept,
// with the account's sentence; the quotes of no account (another unit's
// count, another matter) are dropped. next is the first free hit index.
func (e *Engine) countedQuotes(accounts []countAccount, quotes []*multiQuote, present bool, next int) []*multiQuote {
	var out []*multiQuote
	for i, a := range accounts {
		var q *multiQuote
		if i := slices.IndexFunc(quotes, func(x *multiQuote) bool { return x.p.Ref == a.p.Ref }); i >= 0 {
			q = quotes[i]
		}
		c := sentenceCandidate{hit: next + i, pos: a.pos, text: a.text, score: a.score}
		if q == nil {
			q = &multiQuote{hit: next + i, p: a.p, score: a.score}
		}
		has := false
		for _, s := range q.sents {
			has = has || s.pos == a.pos
		}
		if !has {
			q.sents = append([]sentenceCandidate{c}, q.sents...)
			if len(q.sents) > maxQuotes {
				q.sents = q.sents[:maxQuotes]
			}
		}
		q.asOf = e.accountDate(q, present)
		out = append(out, q)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if !out[i].asOf.when.Equal(out[j].asOf.when) {
			return out[i].asOf.after(out[j].asOf)
		}
		return out[i].score > out[j].score
	})
	if len(out) > maxMultiQuotes {
		out = out[:maxMultiQuotes]
	}
	return out
}

// besidesAsking are the words that ask something besides a count (folded;
// Arabic with a one-letter prefix too): who the members are, whether the
// board will grow. A second count asker counts too (countAsking).
var besidesAsking = []string{"who", "whom", "which", "what", "when", "why", "where", "whether", "how big",
	"مين", "منو", "متى", "امتى", "ليش", "لماذا", "ليه", "شو", "ايش", "وين", "هل"}

// besidesAux are the auxiliaries that, after "and", open a second
// question: "…, and is it supposed to get bigger?".
var besidesAux = []string{"is", "are", "was", "were", "did", "does", "do", "will", "would", "can", "has", "have"}

// asksBesides reports whether a "how many" question asks something else
// too: "…, and who are they?" («وهم مين بالضبط؟»), "…, and is it supposed
// to get bigger?", a second count («كم عضو كان … وكم عضو في المجلس
// الجديد؟»). Such a question asks counts at given times or more than the
// count: it is no question of which account of one count is newest, and
// its best-ranked answers are kept.
func asksBesides(question string) bool {
	if carriesCue(question, besidesAsking) {
		return true
	}
	ws := strings.Fields(wordsOf(question))
	askers := 0
	for i, w := range ws {
		if slices.Contains(countAskers, w) || slices.Contains(countAskers, strings.TrimPrefix(w, "و")) {
			askers++
		}
		if w == "and" && i+1 < len(ws) && slices.Contains(besidesAux, ws[i+1]) {
			return true
		}
	}
	return askers > 1
}
