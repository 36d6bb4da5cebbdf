package retrieval

import (
	"slices"
	"testing"
)

// TestEnglishChat checks that chat shorthand is read as the word it stands
// for, and that ordinary news words that look like shorthand keep their own
// term.
func TestEnglishChat(t *testing.T) {
	same := []struct{ chat, written string }{
		{"ppl", "people"},
		{"govt", "government"},
		{"tweeted", "wrote"},
		{"tweet", "write"},
		{"yrs", "years"},
	}
	for _, c := range same {
		if a, b := term(c.chat), term(c.written); a != b {
			t.Errorf("term(%q) = %q, want term(%q) = %q", c.chat, a, c.written, b)
		}
	}
	// read as a stop word: nothing left to search for
	for _, w := range []string{"abt", "hed", "theyd", "wasnt", "bc", "lol"} {
		if got := term(w); got != "" && got != term("because") {
			t.Errorf("term(%q) = %q, want a stop word", w, got)
		}
	}
	// left as written: they are news words too
	for _, w := range []string{"shed", "ill", "wed", "well", "u", "post"} {
		if _, ok := chatWord(w); ok {
			t.Errorf("chatWord(%q) rewrote a news word", w)
		}
	}
	if got := Tokens("U.S. Treasury"); !slices.Contains(got, "u") {
		t.Errorf("Tokens(U.S. Treasury) = %v, lost the u of U.S.", got)
	}
}
