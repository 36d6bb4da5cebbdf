package retrieval

import "testing"

// TestElidedNameTyped: a name the corpus writes with an elided letter and
// an apostrophe (the wire's "Adam D'Angelo"), typed without it
// ("dangelo"), is read in the corpus's spelling; a word the corpus has,
// and one it writes with no apostrophe, are left as typed.
func TestElidedNameTyped(t *testing.T) {
	ix := multiIndex(t)
	for _, tc := range []struct{ q, want string }{
		{"adam dangelo still got his board seat?", "adam d'angelo still got his board seat?"},
		{"is Dangelo on the board", "is d'angelo on the board"},
		// Must leave: words the corpus has as typed; a name it writes
		// without an apostrophe.
		{"is d'angelo on the board", "is d'angelo on the board"},
		{"does altman lead openai", "does altman lead openai"},
		{"did dolores resign", "did dolores resign"},
	} {
		if got := ix.restoreHamza(tc.q); got != tc.want {
			t.Errorf("restoreHamza(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
	// And the wire's line on his seat is found first for the typed name
	// (it came second, under the Arabic list of four members, read from
	// the glossary's Arabic spelling alone).
	res, err := ix.Search(t.Context(), "adam dangelo still got his board seat?", SearchOptions{K: 3})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Hits) == 0 || res.Hits[0].Paragraph.Ref != "en-wire-2023-11-24#4" {
		t.Errorf("dangelo: en-wire-2023-11-24#4 not first: %v", res.Hits)
	}
}
