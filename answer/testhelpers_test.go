package answer

import (
	"context"
	"sync"
	"testing"

	"casebot/corpus"
	"casebot/retrieval"
)

// builtIndex is a corpus and its offline index.
type builtIndex struct {
	c  *corpus.Corpus
	ix *retrieval.Index
}

// buildIndexI indexes c offline.
func buildIndexI(c *corpus.Corpus, err error) (builtIndex, error) {
	if err != nil {
		return builtIndex{}, err
	}
	ix, err := retrieval.Build(context.Background(), c, retrieval.Options{})
	if err != nil {
		return builtIndex{}, err
	}
	return builtIndex{c: c, ix: ix}, nil
}

// The package's tests read the same two indexes: each is built once and
// shared, read-only (an Index never changes after Build and serves
// concurrent searches). Building is deterministic, so every test sees what
// a build of its own would give.
var (
	defaultBuiltI = sync.OnceValues(func() (builtIndex, error) { return buildIndexI(corpus.Default()) })
	multiBuiltI   = sync.OnceValues(func() (builtIndex, error) { return buildIndexI(corpus.Load("../testdata/multi")) })
)

// defaultIndexI returns the embedded corpus and its offline index, built
// once for the package's own tests.
func defaultIndexI(t *testing.T) (*corpus.Corpus, *retrieval.Index) {
	t.Helper()
	b, err := defaultBuiltI()
	if err != nil {
		t.Fatal(err)
	}
	return b.c, b.ix
}

// multiIndexI returns the four-article test corpus and its offline index,
// built once.
func multiIndexI(t *testing.T) (*corpus.Corpus, *retrieval.Index) {
	t.Helper()
	b, err := multiBuiltI()
	if err != nil {
		t.Fatal(err)
	}
	return b.c, b.ix
}
