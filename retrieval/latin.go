package retrieval

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"casebot/text"
)

// LatinSpellings maps the folded Arabic spelling of each one-word glossary
// entry (text.Fold: hamza forms of alef unified, so "التمان" and "ألتمان"
// meet) to its English word, capitalised: the transliteration glossary read
// backwards, for showing a name from an Arabic article in Latin letters.
// The glossary names people the way Arabic news writes them; its common
// words come along too, so callers look up only words they know are names.
// The map is built on each call; callers keep it.
func LatinSpellings() map[string]string {
	out := map[string]string{}
	for _, line := range listLines(glossaryText) {
		en, ar, ok := strings.Cut(line, "=")
		if !ok {
			continue
		}
		en = strings.TrimSpace(en)
		if en == "" || strings.ContainsRune(en, ' ') {
			continue
		}
		for _, w := range strings.Fields(ar) {
			k := text.Fold(w)
			if _, seen := out[k]; !seen {
				out[k] = capitalise(en)
			}
		}
	}
	return out
}

func capitalise(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}
