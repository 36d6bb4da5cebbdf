package retrieval_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"casebot/corpus"
	"casebot/llm/llmtest"
	"casebot/retrieval"
)

// copyDir copies the .txt files of src into a new temporary folder.
func copyDir(t *testing.T, src string) string {
	t.Helper()
	dst := t.TempDir()
	files, err := filepath.Glob(filepath.Join(src, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no articles in %s: %v", src, err)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dst, filepath.Base(f)), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dst
}

// TestReindexEmbedsOnlyAddedOrEditedArticles: reindexing a case of several
// articles after one article was added and one paragraph of another
// edited sends the embedding API those paragraphs alone, in one request;
// the other articles' vectors come from the cache.
func TestReindexEmbedsOnlyAddedOrEditedArticles(t *testing.T) {
	ctx := context.Background()
	srv := llmtest.NewServer(t)
	cache := t.TempDir()
	dir := copyDir(t, filepath.Join("..", "testdata", "multi"))
	var logs bytes.Buffer
	build := func() *corpus.Corpus {
		t.Helper()
		c, err := corpus.Load(dir)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := retrieval.Build(ctx, c, retrieval.Options{Embedder: cached(t, apiEmbedder(t, srv, "emb-case"), cache, &logs)}); err != nil {
			t.Fatal(err)
		}
		return c
	}
	first := build()
	if r, x := embedCalls(srv, 0); r != 1 || x != len(first.Paragraphs()) {
		t.Fatalf("first index: %d requests for %d texts, want 1 for %d", r, x, len(first.Paragraphs()))
	}

	// Add an article; edit one paragraph of another.
	added := "---\ntitle: OpenAI names a new board member\ndate: 2023-11-29\nlanguage: en\n---\n" +
		"OpenAI said on Wednesday that Microsoft will take a non-voting observer seat on its board.\n\n" +
		"Altman also confirmed that Mira Murati would return to her role as chief technology officer.\n"
	if err := os.WriteFile(filepath.Join(dir, "en-board-2023-11-29.txt"), []byte(added), 0o644); err != nil {
		t.Fatal(err)
	}
	wire := filepath.Join(dir, "en-wire-2023-11-24.txt")
	data, err := os.ReadFile(wire)
	if err != nil {
		t.Fatal(err)
	}
	edited := strings.Replace(string(data), "Altman, 38, co-founded OpenAI in 2015", "Altman, 38, co-founded OpenAI in December 2015", 1)
	if edited == string(data) {
		t.Fatal("the edit did not apply")
	}
	if err := os.WriteFile(wire, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}

	mark := len(srv.Embeds())
	second := build()
	if len(second.Paragraphs()) != len(first.Paragraphs())+2 {
		t.Fatalf("%d paragraphs after adding an article of 2, had %d", len(second.Paragraphs()), len(first.Paragraphs()))
	}
	r, x := embedCalls(srv, mark)
	if r != 1 || x != 3 {
		t.Fatalf("reindex: %d requests for %d texts, want 1 for 3 (two added paragraphs, one edited)", r, x)
	}
	got := strings.Join(srv.Embeds()[mark].Input, "\n")
	for _, want := range []string{"non-voting observer", "chief technology officer", "December 2015"} {
		if !strings.Contains(got, want) {
			t.Errorf("re-embedded texts lack %q:\n%s", want, got)
		}
	}
}
