package answer

import (
	"context"
	"testing"

	"casebot/corpus"
	"casebot/retrieval"
)

// defaultIndexI loads the embedded corpus and indexes it offline, for the
// package's own tests.
func defaultIndexI(t *testing.T) (*corpus.Corpus, *retrieval.Index) {
	t.Helper()
	c, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	ix, err := retrieval.Build(context.Background(), c, retrieval.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return c, ix
}

// multiIndexI loads the four-article test corpus and indexes it offline.
func multiIndexI(t *testing.T) (*corpus.Corpus, *retrieval.Index) {
	t.Helper()
	c, err := corpus.Load("../testdata/multi")
	if err != nil {
		t.Fatal(err)
	}
	ix, err := retrieval.Build(context.Background(), c, retrieval.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return c, ix
}
