package text

import (
	"strings"
	"unicode"
)

// contractionSuffixes are the endings an English contraction puts after
// its apostrophe ("there'd", "they'll", "you're", "we've"), lower-cased;
// "t" of "n't" is matched apart, after a word ending in n.
var contractionSuffixes = map[string]bool{"d": true, "ll": true, "re": true, "ve": true}

// isApostrophe reports whether r is an apostrophe as typed (' or ’).
func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

// inWord reports whether r belongs to a word as [SplitWords] reads it.
func inWord(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// SplitWords splits s into its words as written (not folded): runs of
// letters, digits and nonspacing marks. The ending an English contraction
// puts after its apostrophe ('d, 'll, 're, 've, n't) is left out, as it is
// no word of its own: "there'd" gives "there", "wasn't" gives "wasn", not
// a one-letter "d" or "t". An apostrophe before anything else splits as
// before: "D'Angelo" gives "D" and "Angelo", "Altman's" gives "Altman"
// and "s".
func SplitWords(s string) []string {
	rs := []rune(s)
	var out []string
	start := -1
	for i := 0; i <= len(rs); i++ {
		if i < len(rs) && inWord(rs[i]) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, string(rs[start:i]))
			start = -1
			if i < len(rs) && isApostrophe(rs[i]) {
				if n := contractionEnd(rs, i); n > 0 {
					i += n
				}
			}
		}
	}
	return out
}

// contractionEnd returns, for the apostrophe at rs[i] closing a word, the
// number of letters of the contraction ending that follows it ("d" of
// "there'd"), or 0 when what follows is no such ending.
func contractionEnd(rs []rune, i int) int {
	j := i + 1
	for j < len(rs) && unicode.IsLetter(rs[j]) {
		j++
	}
	if j == i+1 || j < len(rs) && inWord(rs[j]) {
		return 0
	}
	suf := strings.ToLower(string(rs[i+1 : j]))
	prev := unicode.ToLower(rs[i-1])
	if contractionSuffixes[suf] || suf == "t" && prev == 'n' {
		return j - i - 1
	}
	return 0
}
