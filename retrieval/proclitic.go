package retrieval

import (
	"strings"

	"casebot/text"
)

// A one-letter preposition or conjunction written onto a word (بسهم: "in
// the share", لاوبن: "for Open(AI)", وسهم) is the commonest clitic a
// colloquial question writes on a noun that has no article. The light
// stemmer keeps it, and the dialect lexicon may read the word as a
// particle with a pronoun on it instead (بسهم → بس + هم: "only them"), so
// the noun is lost. procliticRest reads such a word as the noun.

// oneLetterProclitics are the prefixes procliticRest takes off: ب، ل، ك
// (prepositions) and و، ف (conjunctions), alone or a conjunction before a
// preposition (وب، ول، فب، فل).
var oneLetterProclitics = []string{"وب", "ول", "فب", "فل", "ب", "ل", "ك", "و", "ف"}

// procliticCuts returns the folded word f without each of its possible
// one-letter proclitics, longest first, keeping at least three letters.
func procliticCuts(f string) []string {
	var out []string
	for _, p := range oneLetterProclitics {
		if rest, ok := strings.CutPrefix(f, p); ok && len([]rune(rest)) >= 3 {
			out = append(out, rest)
		}
	}
	return out
}

// procliticRest returns the Arabic word w without its one-letter
// proclitic when w itself is a word neither the corpus nor the glossary
// has and the rest is one the corpus or the cross-language glossary
// writes so (بسهم → سهم: shares). It returns "" otherwise, and
// for a word the dialect lexicon lists with no more than a proclitic
// taken off (ولازم), whose reading the lexicon gives.
func (ix *Index) procliticRest(w string) string {
	if !text.IsArabicWord(w) {
		return ""
	}
	f := text.Fold(w)
	if ix.vocab.words[f] || ix.translates(term(w)) {
		return ""
	}
	cuts := procliticCuts(f)
	for _, rest := range append([]string{f}, cuts...) {
		if _, ok := ix.dialect.words[rest]; ok {
			return "" // a colloquial form (ولازم: و + لازم) is the lexicon's
		}
	}
	for _, rest := range cuts {
		if term(rest) == "" {
			continue // a particle (لأنه: ل + أنه) is no noun
		}
		if ix.vocab.words[rest] || ix.glossaryWrites(rest) {
			return rest
		}
	}
	return ""
}

// glossaryWrites reports whether the cross-language glossary writes the
// folded Arabic word f as it stands, not only a word of its stem: سهم is
// a translation of "shares", while ازم (of لازم, "must", read ل + ازم) is
// only the stem of أزمة.
func (ix *Index) glossaryWrites(f string) bool {
	t := term(f)
	if !ix.translates(t) {
		return false
	}
	for _, en := range ix.lex.arToEn[t] {
		for _, ar := range ix.lex.enToAr[term(en)] {
			if text.Fold(ar) == f {
				return true
			}
		}
	}
	return false
}

// translates reports whether the cross-language glossary has an English
// word for the Arabic term t (false on a one-language index).
func (ix *Index) translates(t string) bool {
	return t != "" && ix.lex != nil && len(ix.lex.arToEn[t]) > 0
}
