package retrieval_test

import (
	"bytes"
	"context"
	"encoding/gob"
	"math"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"casebot/corpus"
	"casebot/llm/llmtest"
	"casebot/retrieval"
)

// The tests of this file hold "embeddings never take answers down": every
// one of them drives the real go-openai client (through llm.Embedder)
// against the local OpenAI double, and fails on the code before the guard.

const murati = "ميرا موراتي" // lexically, paragraph #4

// denseUsed reports whether res was ranked with the dense side.
func denseUsed(res retrieval.Result) bool {
	if res.Degraded != "" {
		return false
	}
	for _, h := range res.Hits {
		if h.Dense != 0 {
			return true
		}
	}
	return false
}

// searchLexically asserts that a fused search answers from the lexical side
// with a Degraded note saying want.
func searchLexically(t *testing.T, ix *retrieval.Index, want string) retrieval.Result {
	t.Helper()
	res, err := ix.Search(context.Background(), murati, retrieval.SearchOptions{})
	if err != nil {
		t.Fatalf("search failed: %v", err)
	}
	if len(res.Hits) == 0 || res.Hits[0].Paragraph.N != 4 {
		t.Fatalf("want the lexical hit #4 first, got %d hits", len(res.Hits))
	}
	if res.Degraded == "" || !strings.Contains(res.Degraded, want) {
		t.Fatalf("Degraded %q, want a note saying %q", res.Degraded, want)
	}
	for _, h := range res.Hits {
		if h.Dense != 0 {
			t.Fatalf("%s has a cosine %v in a lexical search", h.Paragraph.Ref, h.Dense)
		}
	}
	return res
}

// searchDensely asserts that a fused search used the dense side.
func searchDensely(t *testing.T, ix *retrieval.Index) {
	t.Helper()
	res, err := ix.Search(context.Background(), murati, retrieval.SearchOptions{})
	if err != nil {
		t.Fatalf("search failed: %v", err)
	}
	if !denseUsed(res) {
		t.Fatalf("the search did not use the dense side (Degraded %q)", res.Degraded)
	}
}

// deadURL is the base URL of a port where nothing listens.
func deadURL(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return "http://" + addr + "/v1"
}

// cacheFile mirrors the cache's file layout (gob matches fields by name).
type cacheFile struct {
	Format  int
	Model   string
	Dim     int
	Vectors map[string][]float32
}

func readCache(t *testing.T, dir string) (string, cacheFile) {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(dir, "vectors-*.gob"))
	if len(files) != 1 {
		t.Fatalf("cache files: %v", files)
	}
	data, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	var f cacheFile
	if err := gob.NewDecoder(bytes.NewReader(data)).Decode(&f); err != nil {
		t.Fatal(err)
	}
	return files[0], f
}

// TestInvalidVectorsNeverCached: a server returning unusable vectors for
// some paragraphs (all zero; NaN, which llama.cpp writes as null and Go
// reads as 0; NaN as Python writes it, which no JSON reader takes) leaves
// the index lexical with a note, caches none of them, and the next start,
// with the server mended, embeds exactly those paragraphs again.
func TestInvalidVectorsNeverCached(t *testing.T) {
	def, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	n := len(def.Paragraphs())
	// The paragraph of Murati's appointment gets the bad vector.
	isBad := func(s string) bool { return strings.Contains(s, "موراتي") }
	badOnes := 0
	for _, p := range def.Paragraphs() {
		if isBad(p.Section + "\n" + p.Text) {
			badOnes++
		}
	}
	if badOnes == 0 || badOnes == n {
		t.Fatalf("%d of %d paragraphs name Murati; the test needs some, not all", badOnes, n)
	}
	tests := []struct {
		name  string
		setup func(*llmtest.Server)
		want  string // in the status and the note
	}{
		{"all zero", func(srv *llmtest.Server) {
			srv.SetEmbedding(func(s string) []float32 {
				if isBad(s) {
					return make([]float32, 16)
				}
				return llmtest.HashVector(s, 16)
			})
		}, "all-zero"},
		{"NaN as null (llama.cpp)", func(srv *llmtest.Server) {
			srv.SetEmbeddingJSON(func(s string) string {
				if isBad(s) {
					return "[" + strings.Repeat("null,", 15) + "null]"
				}
				return floatsJSON(llmtest.HashVector(s, 16))
			})
		}, "all-zero"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			srv := llmtest.NewServer(t)
			tc.setup(srv)
			dir := t.TempDir()
			var logs bytes.Buffer
			ix, err := retrieval.Build(ctx, def, retrieval.Options{Embedder: cached(t, apiEmbedder(t, srv, "emb"), dir, &logs)})
			if err != nil {
				t.Fatalf("Build: %v", err)
			}
			st := ix.DenseStatus()
			if st.Available || !strings.Contains(st.Reason, tc.want) {
				t.Fatalf("status %+v, want the dense side unavailable because of %q", st, tc.want)
			}
			searchLexically(t, ix, tc.want)
			_, f := readCache(t, dir)
			if len(f.Vectors) != n-badOnes {
				t.Fatalf("the cache holds %d vectors, want the %d good ones", len(f.Vectors), n-badOnes)
			}
			for _, v := range f.Vectors {
				if vectorBad(v) {
					t.Fatalf("the cache holds an unusable vector %v", v)
				}
			}

			// The server is mended: the next start asks for the bad ones only.
			srv.SetEmbeddingJSON(nil)
			srv.SetEmbedding(func(s string) []float32 { return llmtest.HashVector(s, 16) })
			mark := len(srv.Embeds())
			ix, err = retrieval.Build(ctx, def, retrieval.Options{Embedder: cached(t, apiEmbedder(t, srv, "emb"), dir, &logs)})
			if err != nil {
				t.Fatal(err)
			}
			if r, x := embedCalls(srv, mark); r != 1 || x != badOnes {
				t.Fatalf("restart: %d requests for %d texts, want 1 for %d", r, x, badOnes)
			}
			if !ix.DenseStatus().Available {
				t.Fatalf("status %+v after the server was mended", ix.DenseStatus())
			}
			searchDensely(t, ix)
		})
	}

	t.Run("NaN as Python writes it", func(t *testing.T) {
		ctx := context.Background()
		srv := llmtest.NewServer(t)
		srv.SetEmbeddingJSON(func(s string) string {
			if isBad(s) {
				return "[NaN" + strings.Repeat(", 0.5", 15) + "]"
			}
			return floatsJSON(llmtest.HashVector(s, 16))
		})
		dir := t.TempDir()
		var logs bytes.Buffer
		ix, err := retrieval.Build(ctx, def, retrieval.Options{Embedder: cached(t, apiEmbedder(t, srv, "emb"), dir, &logs)})
		if err != nil {
			t.Fatalf("Build: %v", err)
		}
		if st := ix.DenseStatus(); st.Available || !strings.Contains(st.Reason, "bad_response") {
			t.Fatalf("status %+v, want unavailable after an unreadable reply", st)
		}
		searchLexically(t, ix, "bad_response")
		if files, _ := filepath.Glob(filepath.Join(dir, "vectors-*.gob")); len(files) != 0 {
			t.Fatalf("a cache file was written from an unreadable reply: %v", files)
		}
	})
}

// floatsJSON writes v as a JSON array.
func floatsJSON(v []float32) string {
	parts := make([]string, len(v))
	for i, x := range v {
		parts[i] = strconv.FormatFloat(float64(x), 'g', -1, 32)
	}
	return "[" + strings.Join(parts, ",") + "]"
}

func vectorBad(v []float32) bool {
	var s float64
	for _, x := range v {
		if math.IsNaN(float64(x)) || math.IsInf(float64(x), 0) {
			return true
		}
		s += float64(x) * float64(x)
	}
	return s == 0
}

// TestCacheFileWithInvalidVectorsRepaired: a cache file that already holds
// unusable vectors (as the code before the guard wrote them) no longer
// fails every start without a request: they are dropped with a warning, the
// file is rewritten, and only those paragraphs are embedded again.
func TestCacheFileWithInvalidVectorsRepaired(t *testing.T) {
	ctx := context.Background()
	srv := llmtest.NewServer(t)
	dir := t.TempDir()
	var logs bytes.Buffer
	def, _ := corpus.Default()
	if _, err := retrieval.Build(ctx, def, retrieval.Options{Embedder: cached(t, apiEmbedder(t, srv, "emb"), dir, &logs)}); err != nil {
		t.Fatal(err)
	}
	path, f := readCache(t, dir)
	spoiled := 0
	for k := range f.Vectors {
		switch spoiled {
		case 0:
			f.Vectors[k] = make([]float32, f.Dim)
		case 1:
			v := make([]float32, f.Dim)
			v[3] = float32(math.NaN())
			f.Vectors[k] = v
		case 2:
			v := make([]float32, f.Dim)
			v[0] = float32(math.Inf(1))
			f.Vectors[k] = v
		}
		if spoiled++; spoiled == 3 {
			break
		}
	}
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(f); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}

	mark := len(srv.Embeds())
	ix, err := retrieval.Build(ctx, def, retrieval.Options{Embedder: cached(t, apiEmbedder(t, srv, "emb"), dir, &logs)})
	if err != nil {
		t.Fatalf("Build with unusable vectors in the cache: %v", err)
	}
	if r, x := embedCalls(srv, mark); r != 1 || x != 3 {
		t.Fatalf("%d requests for %d texts, want the 3 spoiled paragraphs in 1", r, x)
	}
	if !strings.Contains(logs.String(), "level=WARN") || !strings.Contains(logs.String(), "dropped unusable vectors") {
		t.Fatalf("no warning about the repair:\n%s", logs.String())
	}
	searchDensely(t, ix)
	_, f = readCache(t, dir)
	for _, v := range f.Vectors {
		if vectorBad(v) {
			t.Fatal("the repaired file still holds an unusable vector")
		}
	}
}

// TestDimensionSwitchMidRun: the server behind the same URL and model name
// starts returning vectors of another length while the index serves. The
// next question re-embeds the paragraphs and is answered densely; the
// cache holds the new vectors, so a restart embeds nothing.
func TestDimensionSwitchMidRun(t *testing.T) {
	for _, withCache := range []bool{true, false} {
		name := "no cache"
		if withCache {
			name = "cache"
		}
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			srv := llmtest.NewServer(t)
			dir := t.TempDir()
			var logs bytes.Buffer
			def, _ := corpus.Default()
			n := len(def.Paragraphs())
			emb := apiEmbedder(t, srv, "emb")
			if withCache {
				emb = cached(t, emb, dir, &logs)
			}
			ix, err := retrieval.Build(ctx, def, retrieval.Options{Embedder: emb})
			if err != nil {
				t.Fatal(err)
			}
			searchDensely(t, ix)
			if d := ix.DenseStatus().Dim; d != 16 {
				t.Fatalf("dim %d, want 16", d)
			}

			srv.SetEmbedding(func(s string) []float32 { return llmtest.HashVector(s, 8) })
			mark := len(srv.Embeds())
			for range 3 {
				searchDensely(t, ix)
			}
			// The first search: its query, the paragraphs, its query again;
			// then one query per search.
			if r, x := embedCalls(srv, mark); r != 5 || x != n+4 {
				t.Fatalf("%d requests for %d texts, want 5 for %d (one rebuild)", r, x, n+4)
			}
			if st := ix.DenseStatus(); !st.Available || st.Dim != 8 {
				t.Fatalf("status %+v, want available with 8 dimensions", st)
			}
			if !withCache {
				return
			}
			if !strings.Contains(logs.String(), "embedding length changed") {
				t.Errorf("no warning about the length change:\n%s", logs.String())
			}
			mark = len(srv.Embeds())
			ix, err = retrieval.Build(ctx, def, retrieval.Options{Embedder: cached(t, apiEmbedder(t, srv, "emb"), dir, &logs)})
			if err != nil {
				t.Fatal(err)
			}
			if r, _ := embedCalls(srv, mark); r != 0 {
				t.Fatalf("restart after the switch: %d requests, want 0", r)
			}
			searchDensely(t, ix)
		})
	}
}

// TestEndpointDownAtStart: with nothing cached, an embedding endpoint that
// is down (nothing listening, or a server that drops the connection) leaves
// the index lexical with a note; RestoreDense brings the dense side back
// once the server answers.
func TestEndpointDownAtStart(t *testing.T) {
	ctx := context.Background()
	def, _ := corpus.Default()

	t.Run("nothing listening", func(t *testing.T) {
		var logs bytes.Buffer
		emb := apiEmbedderAt(t, deadURL(t), "emb")
		ix, err := retrieval.Build(ctx, def, retrieval.Options{Embedder: cached(t, emb, t.TempDir(), &logs)})
		if err != nil {
			t.Fatalf("Build with the endpoint down: %v", err)
		}
		st := ix.DenseStatus()
		if st.Available || st.Failures != 1 || !strings.Contains(st.Reason, "unreachable") || !st.NextTry.IsZero() {
			t.Fatalf("status %+v, want unavailable (unreachable), waiting for a rebuild", st)
		}
		searchLexically(t, ix, "unreachable")
		searchLexically(t, ix, "unreachable")
		if err := ix.RestoreDense(ctx); err == nil {
			t.Fatal("RestoreDense succeeded with the endpoint still down")
		}
		if st := ix.DenseStatus(); st.Failures != 2 {
			t.Errorf("%d failures after a failed restore, want 2", st.Failures)
		}
	})

	t.Run("connection dropped, then back", func(t *testing.T) {
		var logs bytes.Buffer
		srv := llmtest.NewServer(t)
		srv.SetDown(true)
		ix, err := retrieval.Build(ctx, def, retrieval.Options{Embedder: cached(t, apiEmbedder(t, srv, "emb"), t.TempDir(), &logs)})
		if err != nil {
			t.Fatalf("Build with the endpoint down: %v", err)
		}
		searchLexically(t, ix, "unreachable")
		if srv.Dropped() != 1 {
			t.Fatalf("%d requests dropped, want the one of the build (searches do not rebuild)", srv.Dropped())
		}
		srv.SetDown(false)
		if err := ix.RestoreDense(ctx); err != nil {
			t.Fatalf("RestoreDense with the endpoint back: %v", err)
		}
		if st := ix.DenseStatus(); !st.Available || st.Reason != "" || st.Failures != 0 {
			t.Fatalf("status %+v after the restore", st)
		}
		searchDensely(t, ix)
	})
}

// TestEndpointDownWithFullCache: every paragraph is cached, so a start with
// the endpoint down needs no request and builds the dense side; questions
// then go lexical with a note (the query cannot be embedded), the embedder
// is not asked again until its backoff is over, and RestoreDense brings it
// back when the server answers.
func TestEndpointDownWithFullCache(t *testing.T) {
	ctx := context.Background()
	srv := llmtest.NewServer(t)
	dir := t.TempDir()
	var logs bytes.Buffer
	def, _ := corpus.Default()
	if _, err := retrieval.Build(ctx, def, retrieval.Options{Embedder: cached(t, apiEmbedder(t, srv, "emb"), dir, &logs)}); err != nil {
		t.Fatal(err)
	}
	srv.SetDown(true)
	ix, err := retrieval.Build(ctx, def, retrieval.Options{Embedder: cached(t, apiEmbedder(t, srv, "emb"), dir, &logs)})
	if err != nil {
		t.Fatalf("start with a full cache and the endpoint down: %v", err)
	}
	if srv.Dropped() != 0 {
		t.Fatalf("the start made %d requests, want none", srv.Dropped())
	}
	if st := ix.DenseStatus(); !st.Available || st.Dim != 16 {
		t.Fatalf("status %+v, want the cached dense side", st)
	}
	searchLexically(t, ix, "unreachable")
	st := ix.DenseStatus()
	if st.Available || st.Dim != 16 || st.NextTry.IsZero() || st.Failures != 1 {
		t.Fatalf("status %+v, want unavailable with a retry planned", st)
	}
	// Within the backoff, questions do not wait for the dead endpoint.
	searchLexically(t, ix, "unreachable")
	if srv.Dropped() != 1 {
		t.Fatalf("%d requests dropped, want 1 (the second question waits out the backoff)", srv.Dropped())
	}
	srv.SetDown(false)
	if err := ix.RestoreDense(ctx); err != nil {
		t.Fatalf("RestoreDense: %v", err)
	}
	searchDensely(t, ix)
}

// TestCorruptCacheWithEndpointDown: an unreadable cache file is moved aside
// with one warning, the start does not fail with the endpoint down, and the
// next start with the endpoint up rebuilds the file.
func TestCorruptCacheWithEndpointDown(t *testing.T) {
	ctx := context.Background()
	srv := llmtest.NewServer(t)
	dir := t.TempDir()
	var logs bytes.Buffer
	def, _ := corpus.Default()
	if _, err := retrieval.Build(ctx, def, retrieval.Options{Embedder: cached(t, apiEmbedder(t, srv, "emb"), dir, &logs)}); err != nil {
		t.Fatal(err)
	}
	path, _ := readCache(t, dir)
	if err := os.WriteFile(path, []byte("\x00\x01 not a cache file"), 0o644); err != nil {
		t.Fatal(err)
	}
	srv.SetDown(true)
	ix, err := retrieval.Build(ctx, def, retrieval.Options{Embedder: cached(t, apiEmbedder(t, srv, "emb"), dir, &logs)})
	if err != nil {
		t.Fatalf("start with a corrupt cache and the endpoint down: %v", err)
	}
	searchLexically(t, ix, "unreachable")
	if !strings.Contains(logs.String(), "moved it aside") {
		t.Fatalf("no warning about the corrupt file:\n%s", logs.String())
	}
	if _, err := os.Stat(path + ".corrupt"); err != nil {
		t.Fatalf("the corrupt file was not kept aside: %v", err)
	}
	logs.Reset()
	srv.SetDown(false)
	mark := len(srv.Embeds())
	ix, err = retrieval.Build(ctx, def, retrieval.Options{Embedder: cached(t, apiEmbedder(t, srv, "emb"), dir, &logs)})
	if err != nil {
		t.Fatal(err)
	}
	if r, x := embedCalls(srv, mark); r != 1 || x != len(def.Paragraphs()) {
		t.Fatalf("%d requests for %d texts, want a full rebuild in 1", r, x)
	}
	if strings.Contains(logs.String(), "level=WARN") {
		t.Fatalf("the corrupt file is warned about again:\n%s", logs.String())
	}
	searchDensely(t, ix)
}

// TestDimensionSwitchConcurrentQuestions: questions that all find the new
// vector length at once re-embed the paragraphs once, not once each.
func TestDimensionSwitchConcurrentQuestions(t *testing.T) {
	ctx := context.Background()
	srv := llmtest.NewServer(t)
	var logs bytes.Buffer
	def, _ := corpus.Default()
	n := len(def.Paragraphs())
	ix, err := retrieval.Build(ctx, def, retrieval.Options{Embedder: cached(t, apiEmbedder(t, srv, "emb"), t.TempDir(), &logs)})
	if err != nil {
		t.Fatal(err)
	}
	srv.SetEmbedding(func(s string) []float32 { return llmtest.HashVector(s, 8) })
	mark := len(srv.Embeds())
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			res, err := ix.Search(ctx, murati, retrieval.SearchOptions{})
			if err != nil || !denseUsed(res) {
				t.Errorf("search: %v, Degraded %q", err, res.Degraded)
			}
		})
	}
	wg.Wait()
	rebuilds := 0
	for _, e := range srv.Embeds()[mark:] {
		if len(e.Input) == n {
			rebuilds++
		}
	}
	if rebuilds != 1 {
		t.Fatalf("the paragraphs were embedded %d times, want once", rebuilds)
	}
}
