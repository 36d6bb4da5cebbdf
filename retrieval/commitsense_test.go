package retrieval

import (
	"slices"
	"testing"
)

// TestCommittedSum: "commit" said of money (a sum after it, or "how
// much"/"money" before it) is read as its own sense, commitSumTerm; the
// "commit" of a pledge ("committed to working with", "committed to the
// partnership") stays "commit", so the two no longer meet.
func TestCommittedSum(t *testing.T) {
	tests := []struct {
		s   string
		sum bool // commitSumTerm, not "commit"
	}{
		{"Microsoft, which has committed about $13 billion to OpenAI", true},
		{"How much money has Microsoft committed to OpenAI?", true},
		{"how much has msft committed", true},
		{"the company committed 10 million dollars", true},
		// Must reject: a pledge, not money.
		{"nadella said msft is committed to working with which openai boss", false},
		{"Is Microsoft still committed to its partnership with OpenAI?", false},
		{"he committed to a 30-day review", false},
	}
	for _, tc := range tests {
		ts := Tokens(tc.s)
		if got := slices.Contains(ts, commitSumTerm); got != tc.sum {
			t.Errorf("Tokens(%q) = %q: money sense %v, want %v", tc.s, ts, got, tc.sum)
		}
		if got := slices.Contains(ts, "commit"); got == tc.sum {
			t.Errorf("Tokens(%q) = %q: pledge sense %v, want %v", tc.s, ts, got, !tc.sum)
		}
	}
}

// TestCommittedSumView: across languages the money sense is one unit
// that still carries the Arabic translations of "commit" (تعهد), and the
// pledge sense keeps its own term.
func TestCommittedSumView(t *testing.T) {
	ix := multiIndex(t)
	v := ix.view("How much has Microsoft committed to OpenAI?")
	i := slices.IndexFunc(v.units, func(u xunit) bool { return u.head == commitSumTerm })
	if i < 0 {
		t.Fatalf("no unit %q", commitSumTerm)
	}
	if v.units[i].members["تعهد"] == 0 {
		t.Errorf("money sense lost the translation تعهد: %v", v.units[i].members)
	}
	// Must reject: a pledge is not read as money.
	v = ix.view("Is Microsoft still committed to its partnership with OpenAI?")
	if slices.ContainsFunc(v.units, func(u xunit) bool { return u.head == commitSumTerm }) {
		t.Error("a pledge read as money")
	}
}
