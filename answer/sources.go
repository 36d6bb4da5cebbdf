package answer

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"casebot/corpus"
	"casebot/text"
)

// SourceInfo describes one article of the corpus, for `casebot sources`
// and /sources.
type SourceInfo struct {
	// ID is the article id that prefixes its paragraph references.
	ID string `json:"id"`
	// Title is the article's title.
	Title string `json:"title"`
	// Date is the publication date as the front matter gives it ("" when undated).
	Date string `json:"date,omitempty"`
	// Dated is false when the article has no readable date.
	Dated bool `json:"dated"`
	// Source is the article's URL, if any.
	Source string `json:"source,omitempty"`
	// Language is the article's language code.
	Language string `json:"language"`
	// Paragraphs counts the article's citable paragraphs.
	Paragraphs int `json:"paragraphs"`
}

// Also is another paragraph that reports the same fact as a citation (a
// wire copy, a translation): the fact is cited once, with every source.
type Also struct {
	// Ref is the paragraph's reference.
	Ref string `json:"ref"`
	// Title, Date, Source and Language describe its article.
	Title    string `json:"title"`
	Date     string `json:"date,omitempty"`
	Source   string `json:"source,omitempty"`
	Language string `json:"language,omitempty"`
}

// ListSources lists c's articles, oldest first; undated articles come last.
func ListSources(c *corpus.Corpus) []SourceInfo {
	out := make([]SourceInfo, 0, len(c.Articles))
	for _, a := range c.Articles {
		_, dated := a.Time()
		out = append(out, SourceInfo{ID: a.ID, Title: a.Title, Date: a.Date, Dated: dated, Source: a.Source,
			Language: a.Language, Paragraphs: len(a.Paragraphs)})
	}
	sort.SliceStable(out, func(i, j int) bool {
		ti, oki := corpus.ParseDate(out[i].Date)
		tj, okj := corpus.ParseDate(out[j].Date)
		if oki != okj {
			return oki
		}
		if !ti.Equal(tj) {
			return ti.Before(tj)
		}
		return out[i].ID < out[j].ID
	})
	return out
}

// Sources lists the articles the engine answers from, oldest first.
func (e *Engine) Sources() []SourceInfo { return ListSources(e.corpus) }

// attribute fills in each citation's article, date, source and language
// from the corpus, whichever path made it.
func (e *Engine) attribute(cits []Citation) {
	for i := range cits {
		c := &cits[i]
		p, ok := e.corpus.Lookup(c.Ref)
		if !ok {
			continue
		}
		c.Article, c.Date, c.Source, c.Language = p.ArticleID, p.Date, p.Source, p.Language
		if c.Title == "" {
			c.Title = p.Title
		}
	}
}

// alsoOf describes paragraph p as another source of a fact.
func alsoOf(p corpus.Paragraph) Also {
	return Also{Ref: p.Ref, Title: p.Title, Date: p.Date, Source: p.Source, Language: p.Language}
}

// multiArticle reports whether the corpus has more than one article:
// answers then name their sources and dates.
func (e *Engine) multiArticle() bool { return len(e.corpus.Articles) > 1 }

// FormatDate writes a front-matter date for people: "24 November 2023"
// or "24 نوفمبر 2023"; an undated source says so, and a date that cannot
// be read is shown as written.
func FormatDate(date, lang string) string {
	t, ok := corpus.ParseDate(date)
	switch {
	case strings.TrimSpace(date) == "":
		if lang == "ar" {
			return "غير مؤرَّخ"
		}
		return "undated"
	case !ok:
		return date
	}
	return formatDay(t, lang)
}

func formatDay(t time.Time, lang string) string {
	if lang == "ar" {
		return fmt.Sprintf("%d %s %d", t.Day(), text.ArabicMonth(t.Month()), t.Year())
	}
	return fmt.Sprintf("%d %s %d", t.Day(), t.Month(), t.Year())
}

// shortTitle cuts a title for a line of text.
func shortTitle(s string) string { return text.TruncateRunes(strings.Join(strings.Fields(s), " "), 70) }

// languages lists the languages of the paragraphs an answer may rest on,
// which a question is rewritten into for search: paragraphs that read like
// instructions to a model never support an answer, and a language only
// they are written in is worth no model call.
func (e *Engine) languages() []string {
	seen := map[string]bool{}
	var out []string
	for _, p := range e.corpus.Paragraphs() {
		if !seen[p.Language] && !e.instructionLike(p.Ref) {
			seen[p.Language] = true
			out = append(out, p.Language)
		}
	}
	sort.Strings(out)
	return out
}

// promptLanguage is the sources' language a prompt names: the language of
// the paragraphs given when they share one, else the corpus's main one.
// The quote check accepts a quote in its paragraph's own language either way.
func (e *Engine) promptLanguage(paras []ctxPara, corpusLang string) string {
	lang := ""
	for _, p := range paras {
		switch {
		case lang == "":
			lang = p.P.Language
		case lang != p.P.Language:
			return corpusLang
		}
	}
	if lang == "" {
		return corpusLang
	}
	return lang
}

// paragraphMeta is the date and language a prompt shows for a paragraph of
// a dated article: " · 2023-11-24 · en", or "" when it has neither.
func paragraphMeta(p corpus.Paragraph) string {
	if p.Date == "" {
		return ""
	}
	return " · published " + p.Date + " · " + p.Language
}

// datedRules tell a model how to answer from dated articles that may disagree.
const datedRules = "- The sources are articles published on different dates (shown with each paragraph), in different languages. Quote each paragraph in the language it is written in.\n" +
	"- When they disagree, or the question asks about the present, give the newest account first with its date, and present an older account as the state as of its date (\"as of 20 November 2023, …\"), never as the current state.\n" +
	"- When several articles report the same fact, state it once and cite them all, like [1][3].\n"
