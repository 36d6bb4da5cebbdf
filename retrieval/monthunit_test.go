package retrieval_test

import (
	"context"
	"testing"

	"casebot/corpus"
	"casebot/retrieval"
)

// TestShortMonthNotForeign: a short month with a capital ("16 Nov") is a
// date, not a name the corpus never mentions, so it does not push a
// question of the case under the threshold; a real outside name still
// does.
func TestShortMonthNotForeign(t *testing.T) {
	c, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	ix, err := retrieval.Build(context.Background(), c, retrieval.Options{})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		q          string
		answerable bool
	}{
		{"The CEO was fired after the 16 Nov meeting - how many board members voted for it?", true},
		{"What did the board decide at its Nov meeting?", true},
		// A company the corpus never mentions stays foreign.
		{"What did the Tesla board decide at its Nov meeting?", false},
	}
	for _, tc := range cases {
		res, err := ix.Search(context.Background(), tc.q, retrieval.SearchOptions{K: 5})
		if err != nil {
			t.Fatal(err)
		}
		if res.Answerable != tc.answerable {
			t.Errorf("%q: answerable %v (confidence %.2f, foreign %v), want %v", tc.q, res.Answerable, res.Confidence, res.Foreign, tc.answerable)
		}
	}
}
