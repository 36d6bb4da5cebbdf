package text

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// NFC returns s in Unicode canonical composition, the form casebot stores
// and displays. It is idempotent and cheap on text that is already NFC.
func NFC(s string) string { return norm.NFC.String(s) }

// ForMatch returns the form of s used for matching: compatibility
// composition (NFKC, which also turns Arabic presentation forms into the
// ordinary letters and full-width Latin into ASCII) with every format
// character removed (see [IsFormat]).
func ForMatch(s string) string { return StripFormat(norm.NFKC.String(s)) }

// IsFormat reports whether r is an invisible format character that must not
// change what a string matches or how it is read: the joiners (ZWNJ, ZWJ),
// direction marks (LRM, RLM, ALM), bidi embeddings, overrides and isolates
// (U+202A–U+202E, U+2066–U+2069), the byte order mark, the soft hyphen and
// the rest of Unicode's Cf category.
func IsFormat(r rune) bool {
	return unicode.Is(unicode.Cf, r)
}

// StripFormat removes the format characters of s (see [IsFormat]).
func StripFormat(s string) string {
	if strings.IndexFunc(s, IsFormat) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		if IsFormat(r) {
			return -1
		}
		return r
	}, s)
}
