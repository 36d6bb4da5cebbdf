package text

import (
	"slices"
	"testing"
)

// TestSplitWords: an English contraction's ending ('d, 'll, 're, 've, n't)
// is no word of its own; an apostrophe before anything else (a name's
// elided letter, a possessive) and every other separator split as before,
// and words keep their case and an Arabic word its marks.
func TestSplitWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"there'd be no vote", []string{"there", "be", "no", "vote"}},
		{"There’d be", []string{"There", "be"}},
		{"they'll say", []string{"they", "say"}},
		{"you're sure we've seen it", []string{"you", "sure", "we", "seen", "it"}},
		{"wasn't she told? CAN'T be", []string{"wasn", "she", "told", "CAN", "be"}},
		{"he'd", []string{"he"}},
		// Must split as before: no contraction ending.
		{"Adam D'Angelo", []string{"Adam", "D", "Angelo"}},
		{"Altman's board", []string{"Altman", "s", "board"}},
		{"o'brien", []string{"o", "brien"}},
		{"cat't", []string{"cat", "t"}}, // "t" only after n
		{"rock'dn", []string{"rock", "dn"}},
		{"'d alone", []string{"d", "alone"}},
		{"well-informed", []string{"well", "informed"}},
		{"وقّعوا على الرسالة", []string{"وقّعوا", "على", "الرسالة"}},
		{"", nil},
	}
	for _, tc := range tests {
		if got := SplitWords(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("SplitWords(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
