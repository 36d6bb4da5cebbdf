package retrieval

import (
	"slices"
	"testing"
)

// TestListLines: the lines holding an entry, trimmed, with their index
// among all the lines; blank lines and comments are left out, and a loop
// may stop early.
func TestListLines(t *testing.T) {
	const list = "# a comment\n  fire = اقالة  \n\n   # indented comment\nboard = مجلس\n"
	var idx []int
	var lines []string
	for i, l := range listLines(list) {
		idx, lines = append(idx, i), append(lines, l)
	}
	if !slices.Equal(idx, []int{1, 4}) || !slices.Equal(lines, []string{"fire = اقالة", "board = مجلس"}) {
		t.Errorf("listLines = %v %q, want [1 4] [fire = اقالة board = مجلس]", idx, lines)
	}
	n := 0
	for range listLines(list) {
		n++
		break
	}
	if n != 1 {
		t.Errorf("a loop that stops at the first line ran %d times", n)
	}
}
