package answer

import (
	"fmt"
	"sort"
	"strings"
	"time"
	"unicode"

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

// maxMultiQuotes caps the citations of a multi-article answer.
const maxMultiQuotes = 4

// nowCues mark a question about the present state, after text.Fold.
var nowCues = []string{
	" now ", " currently ", " current ", " still ", " today ", " at present ", " presently ", " anymore ", " any more ", " these days ", " at the moment ", " latest ",
	" الان ", " الآن ", " حاليا ", " حاليًا ", " هلا ", " هلق ", " هلأ ", " هسه ", " دلوقتي ", " اليوم ",
	" ما زال ", " مازال ", " لا يزال ", " لازال ", " ما يزال ", " مازالت ", " لا تزال ", " ما زالت ", " بعده ", " حتى الان ", " الحالي ", " الحاليه ",
}

// asksNow reports whether a question asks about the present state.
func asksNow(question string) bool {
	q := " " + strings.Map(func(r rune) rune {
		if unicode.IsPunct(r) {
			return ' '
		}
		return r
	}, text.Fold(question)) + " "
	q = strings.Join(strings.Fields(q), " ")
	q = " " + q + " "
	for _, c := range nowCues {
		if strings.Contains(q, text.Fold(c)) || strings.Contains(q, c) {
			return true
		}
	}
	return false
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
}

// extractMulti is the extractive answer for a corpus of several articles.
func (e *Engine) extractMulti(question string, res retrieval.Result, notice *string) Answer {
	lang := text.Language(question)
	a := Answer{Question: question, Mode: ModeExtractive, Language: lang, Citations: []Citation{}}
	if notice != nil {
		a.Notice = *notice
	}
	if !res.Answerable || len(res.Hits) == 0 {
		a.Abstained = true
		a.Answer = multiPhrase(lang, "abstain")
		for i, h := range res.Hits[:min(2, len(res.Hits))] {
			s := text.Sentences(h.Paragraph.Text)
			a.Citations = append(a.Citations, cite(i+1, h.Paragraph, s[0]))
		}
		return a
	}
	cands := e.rankSentences(question, res.Hits)
	best := cands[0].score
	now := asksNow(question)

	var quotes []*multiQuote
	byHit := map[int]*multiQuote{}
	// dupOf returns the chosen quote whose sentences say what c says.
	dupOf := func(c sentenceCandidate) *multiQuote {
		for _, q := range quotes {
			if q.p.ArticleID == res.Hits[c.hit].Paragraph.ArticleID {
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
	take := func(c sentenceCandidate) {
		if q, ok := byHit[c.hit]; ok {
			if len(q.sents) < maxQuotes {
				q.sents = append(q.sents, c)
			}
			return
		}
		if d := dupOf(c); d != nil {
			p := res.Hits[c.hit].Paragraph
			if !hasAlso(d.also, p.Ref) && p.Ref != d.p.Ref {
				d.also = append(d.also, alsoOf(p))
			}
			return
		}
		q := &multiQuote{hit: c.hit, p: res.Hits[c.hit].Paragraph, sents: []sentenceCandidate{c}, score: c.score}
		byHit[c.hit] = q
		quotes = append(quotes, q)
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
			p := res.Hits[c.hit].Paragraph
			if !hasAlso(d.also, p.Ref) {
				d.also = append(d.also, alsoOf(p))
			}
		}
	}
	// A question about the present hears the newest account that speaks
	// to it, even when older ones match its words better.
	if now {
		newest := quotes[0].p
		for _, q := range quotes {
			if newer(q.p, newest) {
				newest = q.p
			}
		}
		seen := map[string]bool{}
		for _, c := range cands {
			p := res.Hits[c.hit].Paragraph
			if c.score < newerRatio*best || len(quotes) >= maxMultiQuotes {
				break
			}
			if seen[p.ArticleID] || !newer(p, newest) {
				continue
			}
			seen[p.ArticleID] = true
			take(c)
		}
	}
	// Newest account first when the quotes come from articles of
	// different dates or the question asks about now; otherwise the best first.
	dates := map[string]bool{}
	for _, q := range quotes {
		dates[q.p.Date] = true
	}
	timeOrder := now || len(dates) > 1
	sort.SliceStable(quotes, func(i, j int) bool {
		if timeOrder && quotes[i].p.Date != quotes[j].p.Date {
			return newer(quotes[i].p, quotes[j].p)
		}
		return quotes[i].score > quotes[j].score
	})
	if len(quotes) > maxMultiQuotes {
		quotes = quotes[:maxMultiQuotes]
	}

	kind := askedFact(question)
	found := false
	for _, q := range quotes {
		for _, s := range q.sents {
			found = found || carries(s.text, kind)
		}
	}
	hedge := res.Confidence < retrieval.ConfidentAt || !found
	var b strings.Builder
	b.WriteString(e.sourcesFrame(lang, hedge, quotes, timeOrder))
	first := quotes[0].p
	for i, q := range quotes {
		sort.SliceStable(q.sents, func(x, y int) bool { return q.sents[x].pos < q.sents[y].pos })
		quote := quoteSentences(q.p.Text, q.sents)
		c := cite(i+1, q.p, quote)
		c.AlsoIn = q.also
		c.Older = timeOrder && i > 0 && newer(first, q.p)
		a.Citations = append(a.Citations, c)
		b.WriteString("\n")
		b.WriteString(quoteLine(lang, c, i == 0 && timeOrder && len(dates) > 1))
	}
	a.Answer = b.String()
	return a
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
// title and date, and in what order.
func (e *Engine) sourcesFrame(lang string, hedge bool, quotes []*multiQuote, timeOrder bool) string {
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
	switch {
	case hedge && len(names) > 1:
		key = "hedge-many"
	case hedge:
		key = "hedge-one"
	case len(names) > 1:
		key = "according-many"
	}
	s := fmt.Sprintf(multiPhrase(lang, key), list)
	if timeOrder && len(quotes) > 1 {
		s += multiPhrase(lang, "newest-first")
	}
	return s + ":"
}

// quoteLine writes one citation of a multi-article answer: its quote and
// date, an older account marked as the state as of its date.
func quoteLine(lang string, c Citation, newestLead bool) string {
	date := FormatDate(c.Date, lang)
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
		"abstain":        "لا تجيب المصادر عن هذا السؤال، فلم أجد فيها ما يتناوله. أقرب ما وجدته من فقرات، للاطلاع فقط:",
		"according":      "بحسب %s",
		"according-many": "بحسب المصادر: %s",
		"hedge-one":      "قد لا يجيب %s عن سؤالك بالضبط، وهذا أقرب ما يقوله",
		"hedge-many":     "قد لا تجيب المصادر عن سؤالك بالضبط، وهذا أقرب ما تقوله %s",
		"newest-first":   "، والأحدث أولًا",
	}
	en := map[string]string{
		"abstain":        "The sources do not answer this question: nothing in them covers it. The closest paragraphs I found, for reference only:",
		"according":      "According to %s (quoted in its original language)",
		"according-many": "According to the sources, %s (quoted in their original languages)",
		"hedge-one":      "%s may not answer exactly this; this is the closest it comes (quoted in its original language)",
		"hedge-many":     "The sources may not answer exactly this; this is the closest they come — %s (quoted in their original languages)",
		"newest-first":   ", newest account first",
	}
	if lang == "ar" {
		return ar[key]
	}
	return en[key]
}
