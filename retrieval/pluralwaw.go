package retrieval

import (
	"strings"

	"casebot/text"
)

// pluralWawRest returns the standard spelling of an Arabic verb written
// with the colloquial plural ending «ـو» for «ـوا» (يكبرو → يكبروا،
// طردو → طردوا، ثارو → ثاروا), when w itself is a word neither the corpus
// nor the glossary has and the standard form is one they do: the
// stemmer cuts «ـوا» but not a bare «ـو», so the colloquial spelling
// missed the stem the glossary and the articles meet. It returns ""
// otherwise. At least three letters stay before the «و», so a short
// word (عضو، نحو، يدعو) is never read so, and a word the corpus writes
// with a final «و» (يبدو، يورو) is kept as it stands.
func (ix *Index) pluralWawRest(w string) string {
	if !text.IsArabicWord(w) {
		return ""
	}
	f := text.Fold(w)
	rest, ok := strings.CutSuffix(f, "و")
	if !ok || strings.HasSuffix(rest, "و") || len([]rune(rest)) < 3 {
		return ""
	}
	if ix.vocab.words[f] || ix.recognised(f) || ix.translates(term(f)) {
		return ""
	}
	std := f + "ا"
	if t := term(std); t == "" || t == term(f) {
		return ""
	}
	if ix.recognised(std) || ix.translates(term(std)) {
		return std
	}
	return ""
}
