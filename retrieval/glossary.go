package retrieval

import (
	_ "embed"
	"iter"
	"slices"
	"strings"

	"github.com/kljensen/snowball/english"

	"casebot/text"
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

// listLines yields the lines of a word list that hold an entry, trimmed
// (not the blank ones, nor the "#" comments), each with its index among
// all the lines.
func listLines(text string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for i, line := range strings.Split(text, "\n") {
			line = strings.TrimSpace(line)
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			if !yield(i, line) {
				return
			}
		}
	}
}

func parseGlossary(text string) glossary {
	g := glossary{}
	for _, line := range listLines(text) {
		en, ar, ok := strings.Cut(line, "=")
		if !ok {
			continue
		}
		ar = strings.TrimPrefix(ar, englishOnly[1:]) // "consult => الرجوع"
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

//go:embed glossary_phrases_en_ar.txt
var glossaryPhrasesText string

// phraseGlossary maps the stem of an English phrase's first word to the
// phrases starting with it (see glossary_phrases_en_ar.txt).
type phraseGlossary map[string][]enPhrase

// enPhrase is one English phrase: its words' stems and the Arabic words it
// is read as.
type enPhrase struct {
	stems []string
	ar    []string
}

// phraseStem is the key a word of an English phrase is matched by: its
// stem, function words included ("out", "then" stay themselves).
func phraseStem(w string) string {
	return english.Stem(strings.ToLower(w), false)
}

// parsePhrases reads lines of two or more English words, "=", Arabic words
// or "-" for a phrase that only frames the question (back then, at the
// time) and carries no content; lines of one English word belong to the
// word glossary and are skipped.
func parsePhrases(text string) phraseGlossary {
	g := phraseGlossary{}
	for _, line := range listLines(text) {
		en, ar, ok := strings.Cut(line, "=")
		ws := strings.Fields(en)
		if !ok || len(ws) < 2 || len(strings.Fields(ar)) == 0 {
			continue
		}
		p := enPhrase{ar: strings.Fields(ar)}
		if len(p.ar) == 1 && p.ar[0] == "-" {
			p.ar = nil // a frame phrase: no content of its own
		}
		for _, w := range ws {
			p.stems = append(p.stems, phraseStem(w))
		}
		g[p.stems[0]] = append(g[p.stems[0]], p)
	}
	return g
}

// at returns the length and Arabic reading of the longest phrase starting
// at word i of ws (nil for a frame phrase), or 0.
func (g phraseGlossary) at(ws []qword, i int) (int, []string) {
	best, ar := 0, []string(nil)
	for _, p := range g[phraseStem(ws[i].w)] {
		if len(p.stems) <= best || i+len(p.stems) > len(ws) {
			continue
		}
		ok := true
		for j, s := range p.stems[1:] {
			if text.IsArabicWord(ws[i+1+j].w) || phraseStem(ws[i+1+j].w) != s {
				ok = false
				break
			}
		}
		if ok {
			best, ar = len(p.stems), p.ar
		}
		// A phrasal verb takes its object pronoun between verb and
		// particle: "pushing him out", "kicked her out", "brought him back".
		if n := len(p.stems) + 1; len(p.stems) == 2 && n > best && i+n <= len(ws) &&
			objectPronouns[strings.ToLower(ws[i+1].w)] && !text.IsArabicWord(ws[i+2].w) && phraseStem(ws[i+2].w) == p.stems[1] {
			best, ar = n, p.ar
		}
	}
	return best, ar
}

// objectPronouns may stand between a phrasal verb and its particle.
var objectPronouns = set("him", "her", "them", "it", "me", "us", "you")
