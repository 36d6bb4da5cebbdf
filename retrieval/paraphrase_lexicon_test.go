package retrieval

import "testing"

// TestCliticAyIsFunctionWord: أي with a clitic preposition (بأي، لأي) is a
// function word, not a misspelt content word (بأي was read as بقي,
// "remained"); a content word of the same letters still analyses.
func TestCliticAyIsFunctionWord(t *testing.T) {
	for _, w := range []string{"بأي", "باي", "لأي"} {
		if ts := Tokens(w); len(ts) != 0 {
			t.Errorf("Tokens(%q) = %q, want none", w, ts)
		}
	}
	for _, w := range []string{"بقي", "رأي"} { // must be rejected as stop words
		if ts := Tokens(w); len(ts) == 0 {
			t.Errorf("Tokens(%q) is empty: a content word was made a stop word", w)
		}
	}
}

// TestIdiomPhrases: the idioms of glossary_phrases_en_ar.txt are read as a
// whole, and their words apart are not.
func TestIdiomPhrases(t *testing.T) {
	g := parsePhrases(glossaryPhrasesText)
	words := func(s ...string) []qword {
		var ws []qword
		for _, w := range s {
			ws = append(ws, qword{w: w})
		}
		return ws
	}
	tests := []struct {
		ws   []qword
		n    int
		want string
	}{
		{words("just", "a", "squabble"), 2, "مجرد"},
		{words("short", "leash"), 2, "تقييد"},
		{words("power", "struggles"), 2, "صراعات"},
		{words("according", "to", "the", "author"), 4, ""},
		// must be rejected: the words of an idiom apart.
		{words("just", "then"), 0, ""},
		{words("short", "time"), 0, ""},
		{words("power", "plant"), 0, ""},
	}
	for _, tc := range tests {
		n, ar := g.at(tc.ws, 0)
		if n != tc.n {
			t.Errorf("at(%v) length %d, want %d", tc.ws, n, tc.n)
			continue
		}
		if tc.want != "" && (len(ar) == 0 || ar[0] != tc.want) {
			t.Errorf("at(%v) = %q, want first %q", tc.ws, ar, tc.want)
		}
		if tc.want == "" && ar != nil {
			t.Errorf("at(%v) = %q, want a frame or no phrase", tc.ws, ar)
		}
	}
}
