package retrieval_test

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"unicode"

	"casebot/corpus"
)

// SyntheticParagraphsPerArticle is how many paragraphs each synthetic
// article holds.
const SyntheticParagraphsPerArticle = 100

// SyntheticCorpus builds a corpus of n paragraphs whose words are drawn,
// with a generator seeded by seed, from the vocabulary of source's
// paragraphs (so the analyser, BM25 and the embedder see realistic Arabic
// terms with realistic frequencies). Each paragraph is 30 to 80 words cut
// into sentences of 8 to 20 words; paragraphs are grouped into articles of
// SyntheticParagraphsPerArticle. The same seed always gives the same corpus.
func SyntheticCorpus(source *corpus.Corpus, n int, seed uint64) (*corpus.Corpus, error) {
	if n <= 0 {
		return nil, fmt.Errorf("synthetic corpus: %d paragraphs requested", n)
	}
	var vocab []string
	for _, p := range source.Paragraphs() {
		for _, w := range strings.Fields(p.Text) {
			w = strings.TrimFunc(w, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) })
			if w != "" {
				vocab = append(vocab, w) // duplicates kept: sampling follows word frequency
			}
		}
	}
	if len(vocab) == 0 {
		return nil, fmt.Errorf("synthetic corpus: the source corpus has no words")
	}
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	lang := source.Language()
	var articles []corpus.Article
	var sb strings.Builder
	for start := 0; start < n; start += SyntheticParagraphsPerArticle {
		id := fmt.Sprintf("synthetic-%06d", start/SyntheticParagraphsPerArticle)
		a := corpus.Article{ID: id, Title: "مقال اصطناعي " + id, Language: lang, Path: "synthetic:" + id}
		for i := start; i < min(n, start+SyntheticParagraphsPerArticle); i++ {
			sb.Reset()
			words := 30 + rng.IntN(51)
			sentence := 8 + rng.IntN(13)
			for w := range words {
				if w > 0 {
					sb.WriteByte(' ')
				}
				sb.WriteString(vocab[rng.IntN(len(vocab))])
				sentence--
				switch {
				case w == words-1:
					sb.WriteByte('.')
				case sentence == 0:
					sb.WriteString([]string{".", "،", "؟"}[rng.IntN(3)])
					sentence = 8 + rng.IntN(13)
				}
			}
			text := sb.String()
			num := len(a.Paragraphs) + 1
			a.Paragraphs = append(a.Paragraphs, corpus.Paragraph{
				Ref: corpus.MakeRef(id, num), ArticleID: id, Title: a.Title, N: num,
				Text: text, Hash: corpus.HashText(text), Language: lang,
			})
		}
		articles = append(articles, a)
	}
	return corpus.New(articles, nil)
}
