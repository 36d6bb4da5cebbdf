package evaluate

import (
	"context"
	"path/filepath"
	"sync"
	"testing"

	"casebot/corpus"
	"casebot/retrieval"
)

// built is a corpus and its offline index.
type built struct {
	c  *corpus.Corpus
	ix *retrieval.Index
}

// The floor tests of every set read the same two indexes: each is built
// once for the package and shared, read-only (an Index never changes after
// Build and serves concurrent searches), by tests that run in parallel.
// Building is deterministic, so every test sees what a build of its own
// would give.
var (
	defaultBuilt = sync.OnceValues(func() (built, error) {
		c, err := corpus.Default()
		if err != nil {
			return built{}, err
		}
		return buildIndex(c)
	})
	multiBuilt = sync.OnceValues(func() (built, error) {
		c, err := corpus.Load(filepath.Join("..", "testdata", "multi"))
		if err != nil {
			return built{}, err
		}
		return buildIndex(c)
	})
)

func buildIndex(c *corpus.Corpus) (built, error) {
	ix, err := retrieval.Build(context.Background(), c, retrieval.Options{})
	if err != nil {
		return built{}, err
	}
	return built{c: c, ix: ix}, nil
}

// defaultIndex returns the default corpus and its index, built once.
func defaultIndex(t testing.TB) (*corpus.Corpus, *retrieval.Index) {
	t.Helper()
	b, err := defaultBuilt()
	if err != nil {
		t.Fatal(err)
	}
	return b.c, b.ix
}

// multiIndex returns the four-article test corpus (testdata/multi) and
// its index, built once.
func multiIndex(t testing.TB) (*corpus.Corpus, *retrieval.Index) {
	t.Helper()
	b, err := multiBuilt()
	if err != nil {
		t.Fatal(err)
	}
	return b.c, b.ix
}
