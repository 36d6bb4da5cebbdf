// Package casefile reads a corpus the way someone following a case does:
// who is who, and what happened when. It builds, offline and with no model,
//
//   - a timeline: the events the articles report, each with its date as the
//     article gives it ("صيف 2023", "16 نوفمبر", "Friday, Nov. 17",
//     "لاحقًا"), a normalised date or range where one can be derived (marked
//     when a year or a day is inferred, with the reason), placed in time
//     order, undated events placed by the article's own order words or listed
//     apart, never given an invented date; the same event reported by several
//     articles is merged and cites every one;
//   - a who's who: every person the corpus names, the roles it gives them
//     as written next to the name, their spellings (every script), a Latin
//     spelling from an English article or the transliteration glossary, and
//     the sentences that name them.
//
// Every line carries a citation to the paragraph that says it, and the
// quoted text is a verbatim substring of that paragraph. Teasers for other
// stories never reach this package (package corpus drops them), so people
// named only there are not part of the case.
//
// Dates understood: Arabic month names as written in Egypt and the Gulf
// (نوفمبر), Levantine and Iraqi ones (تشرين الثاني، كانون الثاني، آب),
// Maghrebi ones (جانفي), English names and abbreviations ("Nov."),
// Arabic-Indic digits, seasons ("صيف 2023", "summer 2023"), a year after
// في/عام/in, weekdays and "today"/"اليوم" (resolved against the article's
// date), and order words (لاحقًا، بعد أيام، بعد ساعات، في اليوم التالي،
// later, days later, the next day).
package casefile

import (
	"sort"
	"strings"
	"time"

	"casebot/corpus"
	"casebot/retrieval"
	"casebot/text"
)

// Citation ties a line to the paragraph that says it.
type Citation struct {
	// Ref is the paragraph's stable reference, e.g. "openai-altman-ouster-2023#7".
	Ref string `json:"ref"`
	// ArticleID and Title name the article.
	ArticleID string `json:"article_id"`
	Title     string `json:"title"`
	// Paragraph is the paragraph's number in its article.
	Paragraph int `json:"paragraph"`
	// Date and Source are the article's publication date and URL, when its
	// front matter gives them.
	Date   string `json:"date,omitempty"`
	Source string `json:"source,omitempty"`
	// Quote is what the line rests on, verbatim from the paragraph.
	Quote string `json:"quote"`
}

// Casefile is what the corpus says about the case's people and events.
type Casefile struct {
	corpus *corpus.Corpus
	people []*Person
	events []*Event
}

// sentence is one sentence of a paragraph, tokenised.
type sentence struct {
	para    corpus.Paragraph
	article *corpus.Article
	start   int // byte offset in the paragraph
	text    string
	toks    []token
	mention []mention
}

// Analyze reads every paragraph of c and builds its cast and its events.
func Analyze(c *corpus.Corpus) *Casefile {
	cb := &castBuilder{latin: retrieval.LatinSpellings(), lang: c.Language()}
	var sents []*sentence
	order := 0
	for ai := range c.Articles {
		a := &c.Articles[ai]
		for _, p := range a.Paragraphs {
			for _, sp := range text.SentenceSpans(p.Text) {
				s := &sentence{para: p, article: a, start: sp[0], text: p.Text[sp[0]:sp[1]]}
				s.toks = tokenize(s.text)
				sents = append(sents, s)
				for _, c := range arabicNameCandidates(s.toks) {
					cb.add(s.toks, c[0], c[1], order)
				}
				for _, c := range englishNameCandidates(s.toks) {
					cb.add(s.toks, c[0], c[1], order)
				}
				order++
			}
		}
	}
	for _, s := range sents {
		s.mention = cb.findMentions(s.toks)
		for _, m := range s.mention {
			m.person.note(s, m)
		}
	}
	cf := &Casefile{corpus: c}
	for _, p := range cb.people {
		if len(p.Refs) == 0 {
			continue
		}
		p.finish(cb)
		cf.people = append(cf.people, p)
	}
	sort.SliceStable(cf.people, func(i, j int) bool {
		if len(cf.people[i].Refs) != len(cf.people[j].Refs) {
			return len(cf.people[i].Refs) > len(cf.people[j].Refs)
		}
		return cf.people[i].first < cf.people[j].first
	})
	cf.events = buildEvents(sents)
	return cf
}

// cite makes the citation of a sentence (or part of one).
func cite(s *sentence, quote string) Citation {
	return Citation{
		Ref: s.para.Ref, ArticleID: s.para.ArticleID, Title: s.para.Title, Paragraph: s.para.N,
		Date: s.article.Date, Source: s.article.Source, Quote: quote,
	}
}

// note records a mention of p in s: its paragraph, the sentence as a fact
// and the role written next to the name.
func (p *Person) note(s *sentence, m mention) {
	if !contains(p.Refs, s.para.Ref) {
		p.Refs = append(p.Refs, s.para.Ref)
	}
	if n := len(p.Facts); n == 0 || p.Facts[n-1].Text != s.text || p.Facts[n-1].Citation.Ref != s.para.Ref {
		p.Facts = append(p.Facts, Fact{Text: s.text, Citation: cite(s, s.text)})
	}
	p.Spellings = append(p.Spellings, strings.TrimSuffix(strings.TrimSuffix(m.written, "'s"), "’s"))
	latin := text.Language(m.written) == "en"
	if a, b, ok := roleNear(s.text, s.toks, m, latin); ok {
		role := strings.TrimSpace(strings.Trim(s.text[a:b], "،,"))
		for _, r := range p.Roles {
			if text.Fold(r.Text) == text.Fold(role) {
				return
			}
		}
		p.Roles = append(p.Roles, Fact{Text: role, Citation: cite(s, role)})
	}
}

// finish settles a person's display name, spellings, Latin spelling and id.
func (p *Person) finish(cb *castBuilder) {
	count := map[string]int{}
	var order []string
	for _, s := range p.Spellings {
		s = strings.TrimSpace(s)
		if count[s] == 0 {
			order = append(order, s)
		}
		count[s]++
	}
	// Display spellings without a clitic letter: وهيلين تونر is هيلين تونر.
	sort.SliceStable(order, func(i, j int) bool { return count[order[i]] > count[order[j]] })
	p.Spellings = p.Spellings[:0]
	seen := map[string]bool{}
	for _, f := range p.forms {
		if !seen[f.written] {
			p.Spellings = append(p.Spellings, f.written)
			seen[f.written] = true
		}
	}
	for _, s := range order {
		if !seen[s] {
			p.Spellings = append(p.Spellings, s)
			seen[s] = true
		}
	}
	// A spelling with a clitic letter (وبروكمان) goes when the bare one is there.
	kept := p.Spellings[:0]
	for _, s := range p.Spellings {
		if !hasCliticVariant(s, seen) {
			kept = append(kept, s)
		}
	}
	p.Spellings = kept
	// Name: the fullest form in the corpus's main script.
	best := -1
	for i, f := range p.forms {
		inMain := (cb.lang == "en") == f.latin
		if best < 0 || (inMain && (p.forms[best].latin == (cb.lang != "en") || len(f.words) > len(p.forms[best].words))) {
			best = i
		}
	}
	p.Name = p.forms[best].written
	for _, f := range p.forms {
		if f.latin {
			p.Latin, p.LatinFrom = f.written, "corpus"
			break
		}
	}
	if p.Latin == "" {
		var ws []string
		for _, w := range p.forms[best].words {
			if en, ok := cb.latin[text.Fold(w)]; ok {
				ws = append(ws, en)
			}
		}
		if len(ws) == len(p.forms[best].words) {
			p.Latin, p.LatinFrom = strings.Join(ws, " "), "glossary"
		}
	}
	if p.Latin != "" {
		p.ID = strings.ToLower(strings.Join(strings.Fields(strings.ReplaceAll(p.Latin, "'", "")), "-"))
	} else {
		p.ID = strings.ReplaceAll(text.Fold(p.Name), " ", "-")
	}
}

// hasCliticVariant reports whether s is a spelling already seen with a
// clitic letter added (وهيلين تونر next to هيلين تونر).
func hasCliticVariant(s string, seen map[string]bool) bool {
	for _, c := range arabicClitics {
		if rest, ok := strings.CutPrefix(s, c); ok && seen[rest] {
			return true
		}
		if rest, ok := strings.CutPrefix(s, "و"+c); ok && seen[rest] {
			return true
		}
	}
	return false
}

// People returns everyone the corpus names, most often named first.
func (cf *Casefile) People() []Person {
	out := make([]Person, len(cf.people))
	for i, p := range cf.people {
		out[i] = *p
	}
	return out
}

// FindPeople returns the people whose name matches query in any spelling:
// Arabic with or without hamza and diacritics, Latin in any case, a full
// name or a surname, or a Latin spelling of an Arabic name that sounds
// alike ("Sutskiver"). Best matches first; none when nothing matches.
func (cf *Casefile) FindPeople(query string) []Person {
	q := text.Fold(query)
	if q == "" {
		return nil
	}
	qk := soundKey(q)
	type scored struct {
		p     *Person
		score int
	}
	var hits []scored
	for _, p := range cf.people {
		score := 0
		names := append([]string{p.Name, p.Latin}, p.Spellings...)
		for _, n := range names {
			f := text.Fold(n)
			switch {
			case f == "":
			case f == q:
				score = max(score, 4)
			case containsWord(f, q) || containsWord(q, f):
				score = max(score, 3)
			case strings.Contains(f, q) && len([]rune(q)) >= 3:
				score = max(score, 2)
			}
		}
		if score == 0 && len(qk) >= 3 {
			for _, n := range names {
				k := soundKey(n)
				if k == qk || containsWord(k, qk) {
					score = 1
				}
			}
		}
		if score > 0 {
			hits = append(hits, scored{p, score})
		}
	}
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].score > hits[j].score })
	var out []Person
	for _, h := range hits {
		if h.score < hits[0].score {
			break
		}
		out = append(out, *h.p)
	}
	return out
}

// containsWord reports whether the space-separated words of sub appear, in
// order and whole, in s.
func containsWord(s, sub string) bool {
	if sub == "" {
		return false
	}
	return strings.Contains(" "+s+" ", " "+sub+" ")
}

// articleDate parses an article's front-matter date (2006-01-02, or a
// longer timestamp starting with it); the zero time when there is none.
func articleDate(a *corpus.Article) time.Time {
	s := strings.TrimSpace(a.Date)
	if len(s) >= 10 {
		if t, err := time.Parse("2006-01-02", s[:10]); err == nil {
			return t
		}
	}
	return time.Time{}
}
