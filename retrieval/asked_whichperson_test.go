package retrieval

import "testing"

// TestAskedForWhichPerson: which or what holder of a post, or which of
// some people, asks a person (text.WhichPersonAt), unless an earlier cue
// asks something else; which of some things does not.
func TestAskedForWhichPerson(t *testing.T) {
	tests := []struct {
		q    string
		want Asked
	}{
		{"Which CEO did Nadella say Microsoft would work with?", AskedPerson},
		{"So which board member voted against it?", AskedPerson},
		{"which board members stayed on?", AskedPerson},
		{"What chief executive took over after Shear?", AskedPerson},
		{"أي عضو في المجلس صوت ضد القرار؟", AskedPerson},
		{"When did the board say which director would leave?", AskedTime},
		{"Which company did Altman join?", AskedAny},
		// Not loose: an adjective between (text.WhichPersonAt).
		{"Which new directors were added to the board?", AskedAny},
		{"Which year did the board meet?", AskedTime},
	}
	for _, tc := range tests {
		if got := AskedFor(tc.q); got != tc.want {
			t.Errorf("AskedFor(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}
