package retrieval

import "testing"

// TestAskedForChatContractions: a question word typed without its
// apostrophe ("whos", "wheres", "whens") asks what the full word asks;
// words that only contain those letters do not.
func TestAskedForChatContractions(t *testing.T) {
	tests := []struct {
		q    string
		want Asked
	}{
		{"whos running openai rn", AskedPerson},
		{"wheres brockman working now", AskedPlace},
		{"whens the report due", AskedTime},
		// Must reject: no question word, or one inside another word.
		{"running openai rn, whoso knows", AskedAny},
		{"is altman running openai rn", AskedAny},
	}
	for _, tc := range tests {
		if got := AskedFor(tc.q); got != tc.want {
			t.Errorf("AskedFor(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}
