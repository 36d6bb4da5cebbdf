package retrieval

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"
)

// TestQueryEmbedderBackoff: after the query embedder fails, searches skip
// the dense side (asking nothing) until a backoff that doubles with each
// failure, up to denseRetryMost; the first search after it tries again, and
// one that succeeds clears the failure.
func TestQueryEmbedderBackoff(t *testing.T) {
	c := defaultCorpus(t)
	down := true
	e := &fakeEmbedder{
		docs: func(n int) ([][]float32, error) { return vectors(n, 16), nil },
		query: func() ([]float32, error) {
			if down {
				return nil, errors.New("connection refused")
			}
			return vectors(1, 16)[0], nil
		},
	}
	ix, err := Build(context.Background(), c, Options{Embedder: e})
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	ix.dv.now = func() time.Time { return now }
	search := func() Result {
		t.Helper()
		res, err := ix.Search(context.Background(), "ميرا موراتي", SearchOptions{})
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	wait := denseRetryFirst
	for failure := 1; failure <= 9; failure++ {
		asked := e.queries
		if res := search(); !strings.Contains(res.Degraded, "connection refused") || e.queries != asked+1 {
			t.Fatalf("failure %d: Degraded %q, %d query embeddings, want 1", failure, res.Degraded, e.queries-asked)
		}
		st := ix.DenseStatus()
		if st.Available || st.Failures != failure || !st.NextTry.Equal(now.Add(wait)) || st.Dim != 16 {
			t.Fatalf("failure %d: status %+v, want the next try in %s", failure, st, wait)
		}
		// Within the backoff nothing is asked.
		now = now.Add(wait - time.Millisecond)
		if res := search(); res.Degraded == "" || e.queries != asked+1 {
			t.Fatalf("failure %d: within the backoff, Degraded %q and %d query embeddings", failure, res.Degraded, e.queries-asked)
		}
		now = now.Add(time.Millisecond)
		wait = min(2*wait, denseRetryMost)
	}
	if wait != denseRetryMost {
		t.Fatalf("the backoff reached %s, want the cap %s", wait, denseRetryMost)
	}
	down = false
	if res := search(); res.Degraded != "" {
		t.Fatalf("after the backoff with the embedder back: Degraded %q", res.Degraded)
	}
	if st := ix.DenseStatus(); !st.Available || st.Failures != 0 || st.Reason != "" || !st.NextTry.IsZero() {
		t.Fatalf("status %+v after a search succeeded", st)
	}
}

// TestQueryAndParagraphLengthsDisagree: an embedder that returns vectors
// of one length for paragraphs and another for queries leaves searches
// lexical after one rebuild, instead of re-embedding on every question.
func TestQueryAndParagraphLengthsDisagree(t *testing.T) {
	c := defaultCorpus(t)
	docCalls := 0
	e := &fakeEmbedder{
		docs: func(n int) ([][]float32, error) {
			docCalls++
			return vectors(n, 16), nil
		},
		query: func() ([]float32, error) { return vectors(1, 8)[0], nil },
	}
	ix, err := Build(context.Background(), c, Options{Embedder: e})
	if err != nil {
		t.Fatal(err)
	}
	for range 3 {
		res, err := ix.Search(context.Background(), "ميرا موراتي", SearchOptions{})
		if err != nil || !strings.Contains(res.Degraded, "length 16 for paragraphs but 8 for queries") {
			t.Fatalf("Degraded %q, %v", res.Degraded, err)
		}
	}
	if docCalls != 2 {
		t.Fatalf("the paragraphs were embedded %d times, want twice (the build, one rebuild)", docCalls)
	}
	if st := ix.DenseStatus(); st.Available || st.Dim != 0 || !st.NextTry.IsZero() {
		t.Fatalf("status %+v", st)
	}
	if err := ix.RestoreDense(context.Background()); err == nil || !strings.Contains(err.Error(), "for queries") {
		t.Fatalf("RestoreDense: %v", err)
	}
	if ix.DenseStatus().Available {
		t.Fatal("available after a failed restore")
	}
}
