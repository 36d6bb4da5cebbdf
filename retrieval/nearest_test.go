package retrieval_test

import (
	"context"
	"errors"
	"math"
	"strings"
	"testing"

	"casebot/corpus"
	"casebot/retrieval"
)

// syntheticIndex indexes n synthetic paragraphs with the offline embedder.
func syntheticIndex(t testing.TB, n int) *retrieval.Index {
	t.Helper()
	src, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	c, err := SyntheticCorpus(src, n, 11)
	if err != nil {
		t.Fatal(err)
	}
	ix, err := retrieval.Build(context.Background(), c, retrieval.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return ix
}

// TestScanNearestAgreesWithChromem: the baseline scan and chromem-go find
// the same paragraphs with the same similarities, best first, whatever the
// number asked for (chunk edges included: run it under -cpu 1 and 2).
func TestScanNearestAgreesWithChromem(t *testing.T) {
	ctx := context.Background()
	for _, size := range []int{1, 3, 2500} {
		ix := syntheticIndex(t, size)
		for _, q := range benchQueries() {
			vec, err := ix.QueryVector(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			for _, n := range []int{1, 2, 5, 50, size, size + 7} {
				scan, err := ix.ScanNearest(ctx, vec, n)
				if err != nil {
					t.Fatal(err)
				}
				chromem, err := ix.Nearest(ctx, vec, n)
				if err != nil {
					t.Fatal(err)
				}
				if want := min(n, size); len(scan) != want || len(chromem) != want {
					t.Fatalf("size %d, n %d: scan %d, chromem %d neighbours, want %d", size, n, len(scan), len(chromem), want)
				}
				// The scan sums in four lanes, chromem-go in one: the
				// similarities may differ in their last bits, so documents
				// are compared where the gap to the next rank is larger.
				const eps = 1e-5
				for i := range scan {
					s, c := scan[i], chromem[i]
					if math.Abs(float64(s.Similarity-c.Similarity)) > eps {
						t.Fatalf("size %d, n %d, %q rank %d: scan %+v, chromem %+v", size, n, q, i, s, c)
					}
					if i > 0 && s.Similarity > scan[i-1].Similarity {
						t.Fatalf("scan not best first at rank %d: %v", i, scan)
					}
					clear := (i == 0 || scan[i-1].Similarity-s.Similarity > eps) &&
						(i == len(scan)-1 || s.Similarity-scan[i+1].Similarity > eps)
					if clear && s.Doc != c.Doc {
						t.Fatalf("size %d, n %d, %q rank %d: scan found #%d, chromem #%d", size, n, q, i, s.Doc, c.Doc)
					}
				}
			}
		}
	}
}

func TestNearestBadInput(t *testing.T) {
	ix := syntheticIndex(t, 20)
	ctx := context.Background()
	vec, err := ix.QueryVector(ctx, benchQueries()[0])
	if err != nil {
		t.Fatal(err)
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	tests := []struct {
		name string
		ctx  context.Context
		vec  []float32
		n    int
		want string
		is   error
	}{
		{"no results asked for", ctx, vec, 0, "0 nearest paragraphs", nil},
		{"negative count", ctx, vec, -3, "-3 nearest paragraphs", nil},
		{"short vector", ctx, vec[:7], 5, "length 7", nil},
		{"empty vector", ctx, nil, 5, "length 0", nil},
		{"cancelled", cancelled, vec, 5, "canceled", context.Canceled},
	}
	for _, tc := range tests {
		for name, f := range map[string]func(context.Context, []float32, int) ([]retrieval.Neighbor, error){
			"scan": ix.ScanNearest, "chromem": ix.Nearest,
		} {
			t.Run(tc.name+"/"+name, func(t *testing.T) {
				ns, err := f(tc.ctx, tc.vec, tc.n)
				if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.HasPrefix(err.Error(), "retrieval: ") {
					t.Fatalf("got %v, %v; want an error saying %q", ns, err, tc.want)
				}
				if tc.is != nil && !errors.Is(err, tc.is) {
					t.Errorf("error %v is not %v", err, tc.is)
				}
			})
		}
	}
	if _, err := ix.QueryVector(ctx, " ؟ "); !errors.Is(err, retrieval.ErrEmptyQuery) {
		t.Errorf("QueryVector of punctuation: %v", err)
	}
}
