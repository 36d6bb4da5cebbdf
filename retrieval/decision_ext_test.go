package retrieval_test

import (
	"context"
	"testing"

	"casebot/corpus"
	"casebot/retrieval"
)

// embeddedIndex builds the index of the embedded article, failing t on
// error.
func embeddedIndex(t testing.TB) *retrieval.Index {
	t.Helper()
	c, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	ix, err := retrieval.Build(context.Background(), c, retrieval.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return ix
}

// decision is a question and the verdict the index must reach on it.
type decision struct {
	q    string
	want bool
}

// answerable reads a result's verdict on whether the question is answered.
func answerable(r retrieval.Result) bool { return r.Answerable }

// related reads a result's verdict on whether the question is about the case.
func related(r retrieval.Result) bool { return r.Related }

// checkDecisions searches every question of cases in ix and reports each
// whose verdict, read by pick and named what, is not the one wanted.
func checkDecisions(t *testing.T, ix *retrieval.Index, what string, pick func(retrieval.Result) bool, cases []decision) {
	t.Helper()
	for _, tc := range cases {
		res, err := ix.Search(context.Background(), tc.q, retrieval.SearchOptions{K: 5})
		if err != nil {
			t.Fatal(err)
		}
		if got := pick(res); got != tc.want {
			t.Errorf("%q: %s %v (confidence %.2f, foreign %q), want %v", tc.q, what, got, res.Confidence, res.Foreign, tc.want)
		}
	}
}
