package text

import (
	"strings"
	"testing"
)

// TestWhichPersonAt: a which-word before a person noun, or a person noun
// of two words, asks who, and loosely also one word before a person
// noun; before a thing, or too far from the noun, it does not.
func TestWhichPersonAt(t *testing.T) {
	tests := []struct {
		q     string
		loose bool
		want  int
	}{
		{"which ceo did nadella say microsoft would work with", false, 0},
		{"so which board member voted against", false, 1},
		{"what chief executive took over", false, 0},
		{"اي عضو صوت ضد القرار", false, 0},
		{"which new directors were added", true, 0},
		{"which new directors were added", false, -1},
		{"which company did he join", true, -1},
		{"which year did the board meet", true, -1},
		{"what did the new board say about the members", true, -1},
		{"which", true, -1},
	}
	for _, tc := range tests {
		if got := WhichPersonAt(strings.Fields(Fold(tc.q)), tc.loose); got != tc.want {
			t.Errorf("WhichPersonAt(%q, %v) = %d, want %d", tc.q, tc.loose, got, tc.want)
		}
	}
}
