package retrieval_test

import (
	"bytes"
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"casebot/corpus"
	"casebot/llm"
	"casebot/llm/llmtest"
	"casebot/retrieval"
)

// apiEmbedder is an llm.Embedder against a local double, as main wires it.
func apiEmbedder(t *testing.T, srv *llmtest.Server, model string) retrieval.Embedder {
	t.Helper()
	return apiEmbedderAt(t, srv.URL(), model)
}

// apiEmbedderAt is an llm.Embedder for the API at baseURL.
func apiEmbedderAt(t *testing.T, baseURL, model string) retrieval.Embedder {
	t.Helper()
	c, err := llm.New(llm.Config{BaseURL: baseURL, EmbedModel: model, Timeout: 5 * time.Second, RetryBaseDelay: time.Millisecond},
		llm.WithLogger(slog.New(slog.DiscardHandler)))
	if err != nil {
		t.Fatal(err)
	}
	emb, err := c.Embedder()
	if err != nil {
		t.Fatal(err)
	}
	return emb
}

// cached wraps emb in a cache in dir, logging to logs.
func cached(t *testing.T, emb retrieval.Embedder, dir string, logs *bytes.Buffer) *retrieval.CachedEmbedder {
	t.Helper()
	c, err := retrieval.NewCachedEmbedder(emb, dir, slog.New(slog.NewTextHandler(logs, nil)))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// editedCorpus is the default corpus with one paragraph's wording changed.
func editedCorpus(t *testing.T) *corpus.Corpus {
	t.Helper()
	def, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	a := def.Articles[0]
	var b strings.Builder
	b.WriteString(a.Title + "\n")
	section := ""
	for _, p := range a.Paragraphs {
		if p.Section != section {
			b.WriteString(p.Section + "\n")
			section = p.Section
		}
		text := p.Text
		if p.N == 5 {
			text = strings.Replace(text, "مما زاد", "وهو ما زاد", 1)
		}
		b.WriteString(text + "\n")
	}
	c, err := corpus.LoadFS(fstest.MapFS{a.ID + ".txt": {Data: []byte(b.String())}}, "")
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Paragraphs()) != len(def.Paragraphs()) || c.Version() == def.Version() {
		t.Fatalf("edited corpus: %d paragraphs, same version %v", len(c.Paragraphs()), c.Version() == def.Version())
	}
	return c
}

// embedCalls counts the embedding requests and texts the double received since from.
func embedCalls(srv *llmtest.Server, from int) (requests, texts int) {
	reqs := srv.Embeds()[from:]
	for _, r := range reqs {
		texts += len(r.Input)
	}
	return len(reqs), texts
}

func TestEmbedCacheRestartAndEdit(t *testing.T) {
	ctx := context.Background()
	srv := llmtest.NewServer(t)
	dir := t.TempDir()
	def, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	n := len(def.Paragraphs())
	var logs bytes.Buffer

	// First start: every paragraph embedded, in one batched request.
	if _, err := retrieval.Build(ctx, def, retrieval.Options{Embedder: cached(t, apiEmbedder(t, srv, "emb-a"), dir, &logs)}); err != nil {
		t.Fatal(err)
	}
	if r, x := embedCalls(srv, 0); r != 1 || x != n {
		t.Fatalf("first build: %d requests for %d texts, want 1 for %d", r, x, n)
	}

	// Restart: nothing to embed.
	mark := len(srv.Embeds())
	if _, err := retrieval.Build(ctx, def, retrieval.Options{Embedder: cached(t, apiEmbedder(t, srv, "emb-a"), dir, &logs)}); err != nil {
		t.Fatal(err)
	}
	if r, _ := embedCalls(srv, mark); r != 0 {
		t.Fatalf("restart: %d embedding requests, want 0", r)
	}

	// One paragraph edited: one request, for that paragraph alone.
	mark = len(srv.Embeds())
	if _, err := retrieval.Build(ctx, editedCorpus(t), retrieval.Options{Embedder: cached(t, apiEmbedder(t, srv, "emb-a"), dir, &logs)}); err != nil {
		t.Fatal(err)
	}
	if r, x := embedCalls(srv, mark); r != 1 || x != 1 {
		t.Fatalf("after a one-paragraph edit: %d requests for %d texts, want 1 for 1", r, x)
	}
	if !strings.Contains(srv.Embeds()[mark].Input[0], "وهو ما زاد") {
		t.Fatalf("re-embedded %q, want the edited paragraph", srv.Embeds()[mark].Input[0])
	}

	// Another model: its own cache, built from scratch; the first one is kept.
	mark = len(srv.Embeds())
	if _, err := retrieval.Build(ctx, def, retrieval.Options{Embedder: cached(t, apiEmbedder(t, srv, "emb-b"), dir, &logs)}); err != nil {
		t.Fatal(err)
	}
	if r, x := embedCalls(srv, mark); r != 1 || x != n {
		t.Fatalf("new model: %d requests for %d texts, want 1 for %d", r, x, n)
	}
	if files, _ := filepath.Glob(filepath.Join(dir, "vectors-*.gob")); len(files) != 2 {
		t.Fatalf("cache files %v, want one per model", files)
	}
	mark = len(srv.Embeds())
	if _, err := retrieval.Build(ctx, def, retrieval.Options{Embedder: cached(t, apiEmbedder(t, srv, "emb-a"), dir, &logs)}); err != nil {
		t.Fatal(err)
	}
	if r, _ := embedCalls(srv, mark); r != 0 {
		t.Fatalf("back to the first model: %d requests, want 0", r)
	}
	if strings.Contains(logs.String(), "level=WARN") {
		t.Fatalf("unexpected warnings:\n%s", logs.String())
	}
}

func TestEmbedCacheDimensionChange(t *testing.T) {
	ctx := context.Background()
	srv := llmtest.NewServer(t)
	dir := t.TempDir()
	var logs bytes.Buffer
	def, _ := corpus.Default()
	n := len(def.Paragraphs())
	if _, err := retrieval.Build(ctx, def, retrieval.Options{Embedder: cached(t, apiEmbedder(t, srv, "emb"), dir, &logs)}); err != nil {
		t.Fatal(err)
	}
	// The server now returns 8-dimensional vectors under the same model name.
	srv.SetEmbedding(func(s string) []float32 { return llmtest.HashVector(s, 8) })
	mark := len(srv.Embeds())
	c := cached(t, apiEmbedder(t, srv, "emb"), dir, &logs)
	if _, err := retrieval.Build(ctx, editedCorpus(t), retrieval.Options{Embedder: c}); err != nil {
		t.Fatalf("build after a dimension change: %v", err)
	}
	if r, x := embedCalls(srv, mark); r != 2 || x != n {
		t.Fatalf("dimension change: %d requests for %d texts, want the edit (1) then the rest (%d) in 2", r, x, n-1)
	}
	if !strings.Contains(logs.String(), "embedding length changed") {
		t.Fatalf("no warning about the rebuild:\n%s", logs.String())
	}
	// And the rebuilt cache serves a restart.
	mark = len(srv.Embeds())
	if _, err := retrieval.Build(ctx, editedCorpus(t), retrieval.Options{Embedder: cached(t, apiEmbedder(t, srv, "emb"), dir, &logs)}); err != nil {
		t.Fatal(err)
	}
	if r, _ := embedCalls(srv, mark); r != 0 {
		t.Fatalf("restart after rebuild: %d requests", r)
	}
}

func TestEmbedCacheCorruptFile(t *testing.T) {
	tests := map[string]func(old []byte) []byte{
		"garbage":   func([]byte) []byte { return []byte("this is not a cache file") },
		"truncated": func(old []byte) []byte { return old[:len(old)/2] },
		"empty":     func([]byte) []byte { return nil },
	}
	for name, corrupt := range tests {
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			srv := llmtest.NewServer(t)
			dir := t.TempDir()
			var logs bytes.Buffer
			def, _ := corpus.Default()
			if _, err := retrieval.Build(ctx, def, retrieval.Options{Embedder: cached(t, apiEmbedder(t, srv, "emb"), dir, &logs)}); err != nil {
				t.Fatal(err)
			}
			files, _ := filepath.Glob(filepath.Join(dir, "vectors-*.gob"))
			if len(files) != 1 {
				t.Fatalf("cache files: %v", files)
			}
			old, _ := os.ReadFile(files[0])
			if err := os.WriteFile(files[0], corrupt(old), 0o644); err != nil {
				t.Fatal(err)
			}
			mark := len(srv.Embeds())
			c := cached(t, apiEmbedder(t, srv, "emb"), dir, &logs)
			if _, err := retrieval.Build(ctx, def, retrieval.Options{Embedder: c}); err != nil {
				t.Fatalf("build with a corrupt cache: %v", err)
			}
			if r, x := embedCalls(srv, mark); r != 1 || x != len(def.Paragraphs()) {
				t.Fatalf("%d requests for %d texts, want a full rebuild in 1", r, x)
			}
			if !strings.Contains(logs.String(), "level=WARN") || !strings.Contains(logs.String(), "rebuilt") {
				t.Fatalf("no warning logged:\n%s", logs.String())
			}
			// The rewritten file is good again.
			mark = len(srv.Embeds())
			if _, err := retrieval.Build(ctx, def, retrieval.Options{Embedder: cached(t, apiEmbedder(t, srv, "emb"), dir, &logs)}); err != nil {
				t.Fatal(err)
			}
			if r, _ := embedCalls(srv, mark); r != 0 {
				t.Fatalf("after the rebuild: %d requests", r)
			}
		})
	}
}

// countingEmbedder is an in-memory embedder counting its calls.
type countingEmbedder struct {
	mu    sync.Mutex
	calls int
	texts int
}

func (c *countingEmbedder) Model() string { return "counting" }
func (c *countingEmbedder) EmbedDocuments(_ context.Context, texts []string) ([][]float32, error) {
	c.mu.Lock()
	c.calls++
	c.texts += len(texts)
	c.mu.Unlock()
	out := make([][]float32, len(texts))
	for i, t := range texts {
		out[i] = llmtest.HashVector(t, 4)
	}
	return out, nil
}
func (c *countingEmbedder) EmbedQuery(_ context.Context, text string) ([]float32, error) {
	return llmtest.HashVector(text, 4), nil
}

func TestEmbedCacheConcurrentAndDuplicates(t *testing.T) {
	inner := &countingEmbedder{}
	var logs bytes.Buffer
	c := cached(t, inner, t.TempDir(), &logs)
	texts := []string{"one two three", "four five six", "one two three"}
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			vecs, err := c.EmbedDocuments(context.Background(), texts)
			if err != nil || len(vecs) != 3 || vecs[0][0] != vecs[2][0] {
				t.Errorf("EmbedDocuments() = %v, %v", vecs, err)
			}
		})
	}
	wg.Wait()
	if c.Len() != 2 {
		t.Fatalf("cache holds %d vectors, want 2 (duplicates share one)", c.Len())
	}
	if _, err := retrieval.NewCachedEmbedder(nil, t.TempDir(), nil); err == nil {
		t.Fatal("NewCachedEmbedder(nil) succeeded")
	}
	if _, err := retrieval.NewCachedEmbedder(inner, "", nil); err == nil {
		t.Fatal("NewCachedEmbedder with no dir succeeded")
	}
}
