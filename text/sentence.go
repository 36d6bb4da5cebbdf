package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/rivo/uniseg"
)

// abbreviations end with a full stop that does not end a sentence. UAX #29
// already keeps "U.S. officials" and "3.5" whole; these are the title and
// company abbreviations and the months it cuts before a capital ("Mr. Altman").
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true,
	"jr": true, "sr": true, "inc": true, "co": true, "corp": true, "ltd": true,
	"vs": true, "no": true, "gen": true, "sen": true, "rep": true, "gov": true,
	"e.g": true, "i.e": true, "u.s": true, "u.k": true, "u.n": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

// SentenceSpans returns the byte spans [start, end) of the sentences of p,
// in order, each trimmed of surrounding white space; empty sentences are
// left out. Sentence boundaries follow Unicode's sentence rules (UAX #29):
// after . ! ? ؟ … and line breaks, never inside a number such as "3.5" nor
// before a lower-case word ("U.S. officials"), and not after the English
// abbreviations in a short list ("Mr. Altman").
func SentenceSpans(p string) [][2]int {
	var spans [][2]int
	state := -1
	rest := p
	at := 0
	for len(rest) > 0 {
		var seg string
		seg, rest, state = uniseg.FirstSentenceInString(rest, state)
		start, end := at, at+len(seg)
		at = end
		// trim
		for start < end {
			r, n := utf8.DecodeRuneInString(p[start:end])
			if !unicode.IsSpace(r) && !IsFormat(r) {
				break
			}
			start += n
		}
		for end > start {
			r, n := utf8.DecodeLastRuneInString(p[start:end])
			if !unicode.IsSpace(r) && !IsFormat(r) {
				break
			}
			end -= n
		}
		if start == end {
			continue
		}
		if k := len(spans) - 1; k >= 0 && endsWithAbbreviation(p[spans[k][0]:spans[k][1]]) && !strings.Contains(p[spans[k][1]:start], "\n") {
			spans[k][1] = end
			continue
		}
		spans = append(spans, [2]int{start, end})
	}
	return spans
}

// Sentences returns the sentences of p (see [SentenceSpans]), each a
// verbatim substring of p. A paragraph with no sentence-ending punctuation
// is one sentence; an empty or all-space p gives none.
func Sentences(p string) []string {
	spans := SentenceSpans(p)
	out := make([]string, len(spans))
	for i, sp := range spans {
		out[i] = p[sp[0]:sp[1]]
	}
	return out
}

// endsWithAbbreviation reports whether s ends with one of abbreviations
// followed by its full stop.
func endsWithAbbreviation(s string) bool {
	if !strings.HasSuffix(s, ".") {
		return false
	}
	s = s[:len(s)-1]
	i := strings.LastIndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '.' })
	return abbreviations[strings.ToLower(s[i+1:])]
}
