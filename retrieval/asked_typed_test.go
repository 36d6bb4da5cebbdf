package retrieval

import "testing"

// TestAskedOfTypedEnglish: on the cross-language path an English question
// whose standard words lose its cue to the glossary («عام سنة» for
// "year") is read as typed: "what year", "what yr" ask a time; a question
// with no cue asks none, and a standard reading that finds one keeps it.
func TestAskedOfTypedEnglish(t *testing.T) {
	ix := multiIndex(t)
	for _, tc := range []struct {
		q    string
		want Asked
	}{
		{"what year did altman cofound openai", AskedTime},
		{"what yr did altman cofound openai", AskedTime},
		{"how many people signed the letter", AskedNumber},
		{"did altman cofound openai", AskedAny},
	} {
		if got := ix.askedOf(tc.q); got != tc.want {
			t.Errorf("askedOf(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}

// TestYearRanking: asked in which year Altman co-founded OpenAI, the
// paragraph giving the year ranks first on the four-article corpus, not
// the one on a product launched without the board's say, which names no
// year.
func TestYearRanking(t *testing.T) {
	ix := multiIndex(t)
	res, err := ix.Search(t.Context(), "what yr did altman cofound openai", SearchOptions{K: 3})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Hits) == 0 || res.Hits[0].Paragraph.Ref != "en-wire-2023-11-24#3" {
		t.Errorf("first %v, want en-wire-2023-11-24#3", res.Hits)
	}
}
