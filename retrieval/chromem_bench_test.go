package retrieval_test

import (
	"cmp"
	"container/heap"
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"runtime"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"

	chromem "github.com/philippgille/chromem-go"

	"casebot/retrieval"
)

// A chromemLayout is one way to hold the index's vectors in chromem-go and
// query them.
type chromemLayout struct {
	name  string
	colls []*chromem.Collection
}

// newLayout adds vecs (paragraph order) to shards collections, round robin
// by paragraph, each vector cloned into its own allocation when scatter is set.
func newLayout(b *testing.B, name string, vecs [][]float32, shards int, scatter bool) chromemLayout {
	b.Helper()
	ctx := context.Background()
	db := chromem.NewDB()
	l := chromemLayout{name: name}
	docs := make([][]chromem.Document, shards)
	for i, v := range vecs {
		if scatter {
			v = slices.Clone(v)
		}
		s := i * shards / len(vecs) // contiguous runs of paragraphs per shard
		docs[s] = append(docs[s], chromem.Document{ID: strconv.Itoa(i), Embedding: v})
	}
	refuse := func(context.Context, string) ([]float32, error) { return nil, fmt.Errorf("no embedding here") }
	for s := range shards {
		c, err := db.CreateCollection(fmt.Sprintf("%s-%d", name, s), nil, refuse)
		if err != nil {
			b.Fatal(err)
		}
		if err := c.AddDocuments(ctx, docs[s], 2); err != nil {
			b.Fatal(err)
		}
		l.colls = append(l.colls, c)
	}
	return l
}

// query asks every shard for its n best, concurrently, and merges them.
func (l chromemLayout) query(ctx context.Context, vec []float32, n int) ([]retrieval.Neighbor, error) {
	parts := make([][]chromem.Result, len(l.colls))
	errs := make([]error, len(l.colls))
	if len(l.colls) == 1 {
		parts[0], errs[0] = l.colls[0].QueryEmbedding(ctx, vec, min(n, l.colls[0].Count()), nil, nil)
	} else {
		var wg sync.WaitGroup
		for s, c := range l.colls {
			wg.Go(func() { parts[s], errs[s] = c.QueryEmbedding(ctx, vec, min(n, c.Count()), nil, nil) })
		}
		wg.Wait()
	}
	var out []retrieval.Neighbor
	for s, p := range parts {
		if errs[s] != nil {
			return nil, errs[s]
		}
		for _, r := range p {
			d, err := strconv.Atoi(r.ID)
			if err != nil {
				return nil, err
			}
			out = append(out, retrieval.Neighbor{Doc: d, Similarity: r.Similarity})
		}
	}
	slices.SortFunc(out, func(a, b retrieval.Neighbor) int { return cmp.Compare(b.Similarity, a.Similarity) })
	return out[:min(n, len(out))], nil
}

// BenchmarkChromemLayouts measures, in one process and paired query by
// query, ways of holding the same vectors in chromem-go, each as a ratio of
// the plain scan (ScanNearest): "scattered" clones every vector into its own
// allocation (the index before its vectors shared one block), "block" is the
// index's own collection, "shardsN" splits the paragraphs into N
// collections queried concurrently. Run with:
//
//	go test -run '^$' -bench 'ChromemLayouts/(10k|100k)' -count 5 ./retrieval/
func BenchmarkChromemLayouts(b *testing.B) {
	for _, size := range benchSizes() {
		b.Run(size.name, func(b *testing.B) {
			ctx := context.Background()
			ix, err := retrieval.Build(ctx, benchCorpus(b, size.n), retrieval.Options{})
			if err != nil {
				b.Fatal(err)
			}
			vecs := retrieval.IndexVectors(ix)
			layouts := []chromemLayout{
				newLayout(b, "scattered", vecs, 1, true),
				newLayout(b, "block", vecs, 1, false),
				newLayout(b, "shards2", vecs, 2, false),
				newLayout(b, "shards4", vecs, 4, false),
				newLayout(b, "shards8", vecs, 8, false),
			}
			var queries [][]float32
			for _, q := range benchQueries() {
				v, err := ix.QueryVector(ctx, q)
				if err != nil {
					b.Fatal(err)
				}
				queries = append(queries, v)
			}
			spent := make([]time.Duration, len(layouts))
			var scan time.Duration
			i := 0
			for b.Loop() {
				v := queries[i%len(queries)]
				t0 := time.Now()
				want, err := ix.ScanNearest(ctx, v, denseDepth)
				if err != nil {
					b.Fatal(err)
				}
				scan += time.Since(t0)
				for j := range layouts {
					l := layouts[(i+j)%len(layouts)] // each layout takes each turn
					t0 := time.Now()
					got, err := l.query(ctx, v, denseDepth)
					spent[(i+j)%len(layouts)] += time.Since(t0)
					if err != nil {
						b.Fatal(err)
					}
					if len(got) != len(want) || got[0].Doc != want[0].Doc && math.Abs(float64(got[0].Similarity-want[0].Similarity)) > 1e-5 {
						b.Fatalf("%s: %d neighbours, best %+v; the scan found %d, best %+v", l.name, len(got), got[0], len(want), want[0])
					}
				}
				i++
			}
			for j, l := range layouts {
				b.ReportMetric(float64(spent[j])/float64(scan), l.name+"/scan")
			}
			b.ReportMetric(float64(scan.Nanoseconds())/float64(i), "scan-ns/op")
		})
	}
}

// neighborHeap is a min-heap by similarity (container/heap.Interface).
type neighborHeap []retrieval.Neighbor

func (h neighborHeap) Len() int           { return len(h) }
func (h neighborHeap) Less(i, j int) bool { return h[i].Similarity < h[j].Similarity }
func (h neighborHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *neighborHeap) Push(x any)        { *h = append(*h, x.(retrieval.Neighbor)) }
func (h *neighborHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// keep offers e to a heap of at most n.
func (h *neighborHeap) keep(e retrieval.Neighbor, n int) {
	switch {
	case len(*h) < n:
		heap.Push(h, e)
	case (*h)[0].Similarity < e.Similarity:
		(*h)[0] = e
		heap.Fix(h, 0)
	}
}

// dot1 is chromem-go's dot product: one running sum.
func dot1(a, b []float32) float32 {
	var s float32
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

// scanDoc is what chromem-go scans: a document reached through a pointer.
type scanDoc struct {
	id  int
	emb []float32
}

// scanVariant is a plain scan with some of chromem-go's choices:
// chromem-go's one-sum dot product (oneSum), documents reached through
// pointers in a shuffled order as a Go map gives them (pointers), one heap
// behind one lock for all goroutines (lock).
func scanVariant(vecs [][]float32, oneSum, pointers, lock bool) func(context.Context, []float32, int) ([]retrieval.Neighbor, error) {
	docs := make([]*scanDoc, len(vecs))
	for i, v := range vecs {
		docs[i] = &scanDoc{id: i, emb: v}
	}
	if pointers {
		r := rand.New(rand.NewPCG(1, 2))
		r.Shuffle(len(docs), func(i, j int) { docs[i], docs[j] = docs[j], docs[i] })
	}
	f := dot1
	if !oneSum {
		f = retrieval.Dot
	}
	return func(ctx context.Context, q []float32, n int) ([]retrieval.Neighbor, error) {
		workers := runtime.GOMAXPROCS(0)
		chunk := (len(docs) + workers - 1) / workers
		heaps := make([]neighborHeap, workers)
		var (
			shared neighborHeap
			mu     sync.Mutex
			wg     sync.WaitGroup
		)
		for w := range workers {
			part := docs[min(w*chunk, len(docs)):min((w+1)*chunk, len(docs))]
			wg.Go(func() {
				for i, d := range part {
					var e retrieval.Neighbor
					if pointers {
						e = retrieval.Neighbor{Doc: d.id, Similarity: f(q, d.emb)}
					} else {
						e = retrieval.Neighbor{Doc: w*chunk + i, Similarity: f(q, vecs[w*chunk+i])}
					}
					if lock {
						mu.Lock()
						shared.keep(e, n)
						mu.Unlock()
					} else {
						heaps[w].keep(e, n)
					}
				}
			})
		}
		wg.Wait()
		for _, h := range heaps {
			shared = append(shared, h...)
		}
		slices.SortFunc(shared, func(a, b retrieval.Neighbor) int { return cmp.Compare(b.Similarity, a.Similarity) })
		return shared[:min(n, len(shared))], nil
	}
}

// BenchmarkScanVariants takes the gap between chromem-go and the plain
// scan apart: each variant adds one of chromem-go's choices to the plain
// scan, and each is reported, paired query by query, as a ratio of the
// plain scan. Run with:
//
//	go test -run '^$' -bench 'ScanVariants/(10k|100k)' -count 5 ./retrieval/
func BenchmarkScanVariants(b *testing.B) {
	for _, size := range benchSizes() {
		b.Run(size.name, func(b *testing.B) {
			ctx := context.Background()
			ix, err := retrieval.Build(ctx, benchCorpus(b, size.n), retrieval.Options{})
			if err != nil {
				b.Fatal(err)
			}
			vecs := retrieval.IndexVectors(ix)
			type nearestFunc = func(context.Context, []float32, int) ([]retrieval.Neighbor, error)
			variants := []struct {
				name string
				f    nearestFunc
			}{
				{"onesum", scanVariant(vecs, true, false, false)},
				{"onesum+pointers", scanVariant(vecs, true, true, false)},
				{"onesum+pointers+lock", scanVariant(vecs, true, true, true)},
				{"chromem", ix.Nearest},
			}
			var queries [][]float32
			for _, q := range benchQueries() {
				v, err := ix.QueryVector(ctx, q)
				if err != nil {
					b.Fatal(err)
				}
				queries = append(queries, v)
			}
			spent := make([]time.Duration, len(variants))
			var scan time.Duration
			i := 0
			for b.Loop() {
				v := queries[i%len(queries)]
				t0 := time.Now()
				want, err := ix.ScanNearest(ctx, v, denseDepth)
				if err != nil {
					b.Fatal(err)
				}
				scan += time.Since(t0)
				for j := range variants {
					k := (i + j) % len(variants) // each variant takes each turn
					t0 := time.Now()
					got, err := variants[k].f(ctx, v, denseDepth)
					spent[k] += time.Since(t0)
					if err != nil {
						b.Fatal(err)
					}
					if len(got) != len(want) || math.Abs(float64(got[0].Similarity-want[0].Similarity)) > 1e-5 {
						b.Fatalf("%s: %d neighbours, best %+v; the scan found %d, best %+v", variants[k].name, len(got), got[0], len(want), want[0])
					}
				}
				i++
			}
			for k, v := range variants {
				b.ReportMetric(float64(spent[k])/float64(scan), v.name+"/scan")
			}
			b.ReportMetric(float64(scan.Nanoseconds())/float64(i), "scan-ns/op")
		})
	}
}
