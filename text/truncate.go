package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Ellipsis is what a truncating function appends when it cut.
const Ellipsis = "…"

// UTF16Len is the length of s in UTF-16 code units, the unit in which
// Discord (and JavaScript) count a message's characters.
func UTF16Len(s string) int {
	n := 0
	for _, r := range s {
		n += utf16Len(r)
	}
	return n
}

func utf16Len(r rune) int {
	if r > 0xFFFF {
		return 2
	}
	return 1
}

// TruncateRunes shortens s to at most n runes, ending with [Ellipsis] when it
// cut (the ellipsis counts), at a space when one lies in the last quarter.
// It never cuts inside a rune; n <= 0 gives "".
func TruncateRunes(s string, n int) string {
	return truncate(s, n, func(rune) int { return 1 })
}

// TruncateUTF16 is [TruncateRunes] counting UTF-16 code units, as Discord
// does: the result's [UTF16Len] is at most n, and a surrogate pair (an
// emoji) is never split.
func TruncateUTF16(s string, n int) string {
	return truncate(s, n, utf16Len)
}

func truncate(s string, n int, width func(rune) int) string {
	s = strings.TrimSpace(s)
	total := 0
	for _, r := range s {
		total += width(r)
	}
	if total <= n {
		return s
	}
	if n <= 1 {
		return ""
	}
	budget := n - 1 // room for the ellipsis
	used, cut := 0, 0
	for i, r := range s {
		w := width(r)
		if used+w > budget {
			break
		}
		used += w
		cut = i + utf8.RuneLen(r)
	}
	// Prefer a space in the last quarter of what is kept.
	if sp := strings.LastIndexFunc(s[:cut], unicode.IsSpace); sp > 0 && sp >= cut*3/4 {
		cut = sp
	}
	return strings.TrimSpace(s[:cut]) + Ellipsis
}
