package bot

import (
	"casebot/text"
	"strings"
	"unicode"
)

// MaxMessageLen is Discord's limit on a message's content, in UTF-16 code
// units (how Discord counts characters).
const MaxMessageLen = 2000

// messageBudget is the length the bot aims under, leaving room for a
// continuation mark and for Discord's own counting quirks.
const messageBudget = 1900

// Discord's embed limits.
const (
	embedTitleLen       = 256
	embedDescriptionLen = 4096
	embedFieldNameLen   = 256
	embedFieldValueLen  = 1024
	embedFooterLen      = 2048
	embedMaxFields      = 25
	embedTotalLen       = 6000
	maxEmbedsPerMessage = 10
)

// textLen is the length of s as Discord counts it (UTF-16 code units).
func textLen(s string) int { return text.UTF16Len(s) }

// Cut classes, best first.
const (
	cutNone = iota
	cutHard
	cutSpace
	cutClause
	cutSentence
	cutLine
	cutParagraph
)

// Split cuts text into pieces of at most max characters (as Discord counts
// them), each trimmed of surrounding space. It cuts at the best boundary
// that keeps pieces reasonably full: a blank line, then a line break, then
// the end of a sentence (. ! ? ؟ …), then a clause (، ؛ , ; :), then a
// space. It never cuts inside a word that fits in a piece, and a citation
// mark such as "[12]" stays with the text before it. max below 16 is
// treated as 16.
func Split(s string, max int) []string {
	if max < 16 {
		max = 16
	}
	s = strings.TrimSpace(s)
	var out []string
	r := []rune(s)
	for len(r) > 0 {
		// fit is the number of runes that fit in max.
		fit, n := 0, 0
		for fit < len(r) && n+text.UTF16Len(string(r[fit])) <= max {
			n += text.UTF16Len(string(r[fit]))
			fit++
		}
		if fit == len(r) {
			out = append(out, string(r))
			break
		}
		cut := bestCut(r, fit)
		piece := strings.TrimSpace(string(r[:cut]))
		if piece != "" {
			out = append(out, piece)
		}
		r = []rune(strings.TrimLeftFunc(string(r[cut:]), unicode.IsSpace))
	}
	return out
}

// bestCut returns where to cut r, 0 < cut <= fit, given that r[:fit] is the
// longest prefix that fits and r is longer than that.
func bestCut(r []rune, fit int) int {
	best := make([]int, cutParagraph+1) // latest cut position per class
	for i := 1; i <= fit; i++ {
		if c := cutClass(r, i); c != cutNone {
			best[c] = i
		}
	}
	// Prefer the best class whose cut keeps the piece at least half full,
	// else the latest boundary of any kind.
	latest := 0
	for c := cutParagraph; c >= cutSpace; c-- {
		if best[c] > 0 && best[c] >= fit/2 {
			return best[c]
		}
		if best[c] > latest {
			latest = best[c]
		}
	}
	if latest > 0 {
		return latest
	}
	// One word longer than a piece: cut it, but not inside a citation mark.
	cut := fit
	if open := lastOpenCitation(r, fit); open > 0 {
		cut = open
	}
	return cut
}

// cutClass tells how good a cut before r[i] is (the piece would be r[:i]).
func cutClass(r []rune, i int) int {
	if i <= 0 || i >= len(r) {
		return cutNone
	}
	prev, next := r[i-1], r[i]
	switch {
	case prev == '\n' && i >= 2 && r[i-2] == '\n':
		return cutParagraph
	case prev == '\n':
		return cutLine
	}
	if !unicode.IsSpace(next) {
		return cutNone
	}
	// The piece would end with prev; the next piece starts after spaces.
	// A citation mark after the space belongs to this piece, so no cut here.
	if startsCitation(r, skipSpaces(r, i)) {
		return cutNone
	}
	end := i - 1
	// Skip closing citation marks and brackets to find the punctuation they follow:
	// "… said. [3]" and "… said [3]." both end a sentence.
	for end >= 0 && r[end] == ']' {
		open := end
		for open >= 0 && r[open] != '[' {
			open--
		}
		if open < 0 || !isCitation(r[open:end+1]) {
			break
		}
		end = open - 1
		for end >= 0 && r[end] == ' ' {
			end--
		}
	}
	if end < 0 {
		return cutSpace
	}
	for end >= 0 && strings.ContainsRune("\"'»”’)", r[end]) {
		end--
	}
	if end < 0 {
		return cutSpace
	}
	switch r[end] {
	case '.', '!', '?', '؟', '…', '۔':
		return cutSentence
	case '،', '؛', ',', ';', ':':
		return cutClause
	}
	return cutSpace
}

func skipSpaces(r []rune, i int) int {
	for i < len(r) && unicode.IsSpace(r[i]) && r[i] != '\n' {
		i++
	}
	return i
}

// startsCitation reports whether r[i:] begins with a citation mark "[n]".
func startsCitation(r []rune, i int) bool {
	if i >= len(r) || r[i] != '[' {
		return false
	}
	j := i + 1
	for j < len(r) && unicode.IsDigit(r[j]) {
		j++
	}
	return j > i+1 && j < len(r) && r[j] == ']'
}

// isCitation reports whether s is exactly "[digits]".
func isCitation(s []rune) bool {
	if len(s) < 3 || s[0] != '[' || s[len(s)-1] != ']' {
		return false
	}
	for _, c := range s[1 : len(s)-1] {
		if !unicode.IsDigit(c) {
			return false
		}
	}
	return true
}

// lastOpenCitation returns the index of a "[" that starts a citation mark
// cut in two by a cut at fit, or 0.
func lastOpenCitation(r []rune, fit int) int {
	for i := fit - 1; i >= 0 && fit-i <= 12; i-- {
		if r[i] == ']' {
			return 0
		}
		if r[i] == '[' {
			j := i + 1
			for j < len(r) && unicode.IsDigit(r[j]) {
				j++
			}
			if j < len(r) && r[j] == ']' && j >= fit {
				return i
			}
			return 0
		}
	}
	return 0
}

// truncate shortens s to at most max characters (as Discord counts them),
// ending with "…" when it cut, at a space when one is near.
func truncate(s string, max int) string { return text.TruncateUTF16(s, max) }
