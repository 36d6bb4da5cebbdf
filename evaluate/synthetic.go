package evaluate

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"unicode"

	"casebot/corpus"
)

// WithDistractors returns src with n generated distractor articles added,
// for measuring retrieval at the scale of a real case. Each distractor is
// written in one of src's languages (in proportion to its paragraphs), 6
// to 14 paragraphs of 30 to 70 words drawn, with a generator seeded by
// seed, from src's own paragraphs in that language, less the case's main
// names (the words of its titles and capitalised words): they share the
// case's vocabulary and word frequencies (board, fired, employees,
// chief executive...) but tell nothing, and name other people. Each has a date in 2023–2024, a title and a source
// URL. The same seed always gives the same corpus.
func WithDistractors(src *corpus.Corpus, n int, seed uint64) (*corpus.Corpus, error) {
	if n < 0 {
		return nil, fmt.Errorf("evaluate: %d distractor articles requested", n)
	}
	// The case's main names (the words of its titles, and words written
	// with a capital) are left out: a distractor is another story on the
	// same beat, in the same words, about other people and companies.
	names := map[string]bool{}
	for _, a := range src.Articles {
		for _, w := range strings.Fields(a.Title) {
			names[strings.TrimFunc(w, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) })] = true
		}
	}
	vocab := map[string][]string{}
	var langs []string // one entry per paragraph: sampling follows the mix
	for _, p := range src.Paragraphs() {
		langs = append(langs, p.Language)
		for _, w := range strings.Fields(p.Text) {
			w = strings.TrimFunc(w, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) })
			if w == "" || names[w] || unicode.IsUpper([]rune(w)[0]) {
				continue
			}
			vocab[p.Language] = append(vocab[p.Language], w)
		}
	}
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	articles := append([]corpus.Article(nil), src.Articles...)
	var sb strings.Builder
	for k := range n {
		lang := langs[rng.IntN(len(langs))]
		words := vocab[lang]
		if len(words) == 0 {
			return nil, fmt.Errorf("evaluate: no %s words to draw from", lang)
		}
		id := fmt.Sprintf("distractor-%04d", k)
		date := fmt.Sprintf("%d-%02d-%02d", 2023+rng.IntN(2), 1+rng.IntN(12), 1+rng.IntN(28))
		a := corpus.Article{ID: id, Title: "distractor " + id, Date: date, Source: "https://example.net/" + id, Language: lang, Path: "generated:" + id}
		for i := range 6 + rng.IntN(9) {
			sb.Reset()
			nw := 30 + rng.IntN(41)
			for w := range nw {
				if w > 0 {
					sb.WriteByte(' ')
				}
				sb.WriteString(words[rng.IntN(len(words))])
				if w == nw-1 || rng.IntN(14) == 0 {
					sb.WriteByte('.')
				}
			}
			text := sb.String()
			a.Paragraphs = append(a.Paragraphs, corpus.Paragraph{
				Ref: corpus.MakeRef(id, i+1), ArticleID: id, Title: a.Title, N: i + 1, Text: text,
				Hash: corpus.HashText(text), Language: lang, Date: date, Source: a.Source,
			})
		}
		articles = append(articles, a)
	}
	return corpus.New(articles, nil)
}
