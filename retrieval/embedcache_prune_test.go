package retrieval_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"casebot/corpus"
	"casebot/llm/llmtest"
	"casebot/retrieval"
)

// TestEmbedCachePrune: after a build, Prune leaves the file holding the
// current corpus's vectors only; without it, every edit would add a vector
// for good. The file is replaced whole, with no temporary file left behind.
func TestEmbedCachePrune(t *testing.T) {
	ctx := context.Background()
	srv := llmtest.NewServer(t)
	dir := t.TempDir()
	def, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	n := len(def.Paragraphs())
	var logs bytes.Buffer
	build := func(c *corpus.Corpus) *retrieval.CachedEmbedder {
		t.Helper()
		ce := cached(t, apiEmbedder(t, srv, "emb-a"), dir, &logs)
		if _, err := retrieval.Build(ctx, c, retrieval.Options{Embedder: ce}); err != nil {
			t.Fatal(err)
		}
		return ce
	}

	ce := build(def)
	if dropped, err := ce.Prune(); err != nil || dropped != 0 {
		t.Fatalf("Prune after the first build: %d dropped, %v; want 0", dropped, err)
	}
	ce = build(editedCorpus(t)) // paragraph 5 reworded: one new vector
	if ce.Len() != n+1 {
		t.Fatalf("before Prune the cache holds %d vectors, want %d (old and new paragraph 5)", ce.Len(), n+1)
	}
	if dropped, err := ce.Prune(); err != nil || dropped != 1 {
		t.Fatalf("Prune: %d dropped, %v; want the old paragraph 5", dropped, err)
	}
	if got := cached(t, apiEmbedder(t, srv, "emb-a"), dir, &logs).Len(); got != n {
		t.Fatalf("the file holds %d vectors after Prune, want %d", got, n)
	}

	// A cache nothing was asked of keeps everything.
	idle := cached(t, apiEmbedder(t, srv, "emb-a"), dir, &logs)
	if dropped, err := idle.Prune(); err != nil || dropped != 0 || idle.Len() != n {
		t.Fatalf("Prune of an unused cache: %d dropped, %v, %d left", dropped, err, idle.Len())
	}

	left, err := filepath.Glob(filepath.Join(dir, "*.tmp"))
	if err != nil || len(left) != 0 {
		t.Fatalf("temporary files left behind: %v %v", left, err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "vectors-*.gob"))
	if len(files) != 1 {
		t.Fatalf("cache files %v, want one", files)
	}
	if st, err := os.Stat(files[0]); err != nil || st.Size() == 0 {
		t.Fatalf("cache file %v, %v", st, err)
	}
}
