package retrieval

import (
	_ "embed"
	"slices"
	"strings"
)

//go:embed glossary_en_ar.txt
var glossaryText string

// glossaryArticleText holds English → Arabic lines for the words of the
// default article's kind of news (translations, their English synonyms and
// idioms), in the format of glossary_en_ar.txt.
//
//go:embed glossary_article_en_ar.txt
var glossaryArticleText string

// englishArabicGlossaryText is every English → Arabic list Build reads.
func englishArabicGlossaryText() string {
	return baseGlossaryText() + "\n" + glossaryArticleText
}

// baseGlossaryText is the general glossaries without the article's (the
// cross-language lexicon reads these; see Build).
func baseGlossaryText() string {
	return glossaryText + "\n" + glossaryMoreText
}

// glossary maps stemmed English words to Arabic words as written. It is built
// from glossary_en_ar.txt when an Index needs it and never changes after.
type glossary map[string][]string

func parseGlossary(text string) glossary {
	g := glossary{}
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		en, ar, ok := strings.Cut(line, "=")
		if !ok {
			continue
		}
		for _, k := range Tokens(en) {
			// Inflections share a key (fire, fired, firing → fire): keep
			// each Arabic word once, so no word weighs more in the query.
			for _, w := range strings.Fields(ar) {
				if !slices.Contains(g[k], w) {
					g[k] = append(g[k], w)
				}
			}
		}
	}
	return g
}

// translate rewrites the English words of q as Arabic text. Words the
// glossary lacks are returned as they are (so their weight still counts
// against the query's coverage), as are names and numbers written in Latin
// script, which Arabic text often keeps (OpenAI, ChatGPT, 2023).
func (g glossary) translate(q string) string {
	var out []string
	for _, t := range Tokens(q) {
		if ar, ok := g[t]; ok {
			out = append(out, ar...)
			continue
		}
		out = append(out, t)
	}
	return strings.Join(out, " ")
}
