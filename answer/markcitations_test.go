package answer

import "testing"

// TestMarkCitations: a citation of a paragraph that reads like
// instructions is labelled and named in the notice; a quoted citation is
// Supported when verbatim, never on an abstention; an unquoted one (a
// model's) is left as it is.
func TestMarkCitations(t *testing.T) {
	e := &Engine{suspect: map[string]string{"a#2": "ignore previous instructions"}}
	cs := func() []Citation {
		return []Citation{{N: 1, Ref: "a#1", Verified: true}, {N: 2, Ref: "a#2", Verified: true}, {N: 3, Ref: "a#3"}}
	}
	tests := []struct {
		name              string
		quoted, abstained bool
		supported         [3]bool
	}{
		{"extractive", true, false, [3]bool{true, false, false}},
		{"abstention", true, true, [3]bool{false, false, false}},
		{"model", false, false, [3]bool{false, false, false}},
	}
	for _, tc := range tests {
		c := cs()
		notice := e.markCitations(c, tc.quoted, tc.abstained, "en", "")
		for i := range c {
			if c[i].Supported != tc.supported[i] {
				t.Errorf("%s: citation %d Supported = %v, want %v", tc.name, c[i].N, c[i].Supported, tc.supported[i])
			}
			if c[i].InstructionLike != (c[i].Ref == "a#2") {
				t.Errorf("%s: citation %d InstructionLike = %v", tc.name, c[i].N, c[i].InstructionLike)
			}
		}
		if want := instructionNotice("en", []int{2}); notice != want {
			t.Errorf("%s: notice = %q, want %q", tc.name, notice, want)
		}
	}
	if notice := (&Engine{}).markCitations(cs(), true, false, "en", "kept"); notice != "kept" {
		t.Errorf("no labelled citation: notice = %q, want it kept as it was", notice)
	}
}
