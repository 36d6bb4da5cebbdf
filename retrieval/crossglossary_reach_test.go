package retrieval

import (
	"slices"
	"testing"
)

// TestCrossGlossaryReach: the cross glossary's lines for how English asks
// about leaving a job (stop → ترك) and a pledge to do one's utmost
// (promise → سيبذل، بوسعه) give those words, and "quit" (resigning: "the
// researchers who quit") does not reach ترك, which the articles use for
// Shear leaving Twitch's top job (a quit → ترك line made a near-miss
// question about the researchers who quit confident on i11_final14).
func TestCrossGlossaryReach(t *testing.T) {
	ix := multiIndex(t)
	for _, tc := range []struct {
		en, ar string
		want   bool
	}{
		{"running", "يقود", false}, // only a synonym says it (see TestUnitConfidenceBands)
		{"sit", "أعضاء", false},    // a verb, not what a how-many question counts (TestCountedUnit)
		{"stop", "ترك", true},
		{"promise", "سيبذل", true},
		{"pledge", "بوسعه", true},
		{"quit", "ترك", false},
		{"running", "الإدارة", false}, // the single-article glossary's line
	} {
		if got := slices.Contains(ix.lex.enToAr[term(tc.en)], tc.ar); got != tc.want {
			t.Errorf("%s → %s: %v, want %v (%v)", tc.en, tc.ar, got, tc.want, ix.lex.enToAr[term(tc.en)])
		}
	}
}
