package retrieval

import (
	"casebot/text"
	"cmp"
	"container/heap"
	"context"
	"fmt"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// Neighbor is one paragraph found by vector similarity.
type Neighbor struct {
	// Doc is the paragraph's position in the indexed corpus's Paragraphs.
	Doc int
	// Similarity is the cosine similarity of the paragraph's vector to the query's.
	Similarity float32
}

// QueryVector returns the unit vector that Search's dense side compares
// with the paragraphs' for query: the query rewritten across languages and
// spellings, with its thesaurus synonyms, embedded and scaled to unit length.
func (ix *Index) QueryVector(ctx context.Context, query string) ([]float32, error) {
	if len(text.Words(query)) == 0 {
		return nil, ErrEmptyQuery
	}
	v := ix.restoreHamza(ix.crossLanguage(query))
	_, extraText := ix.thesaurus.expand(Tokens(v))
	return ix.embedQuery(ctx, strings.TrimSpace(v+" "+extraText))
}

// checkQuery validates a query vector and a result count for Nearest and
// ScanNearest and returns the dense side to search and the count clamped
// to the corpus size.
func (ix *Index) checkQuery(vec []float32, n int) (*denseSide, int, error) {
	if n <= 0 {
		return nil, 0, fmt.Errorf("retrieval: %d nearest paragraphs asked for; ask for at least one", n)
	}
	side, err := ix.dv.current()
	if err != nil {
		return nil, 0, err
	}
	if len(vec) != side.dim {
		return nil, 0, &dimensionError{got: len(vec), want: side.dim}
	}
	return side, min(n, len(side.vecs)), nil
}

// Nearest returns the n paragraphs (at most the corpus size) whose vectors
// are most similar to vec, best first, ties in paragraph order. It asks
// chromem-go (Collection.QueryEmbedding): it is Search's dense side once the
// query is embedded. vec must be a unit vector of the index's dimension,
// as QueryVector returns.
func (ix *Index) Nearest(ctx context.Context, vec []float32, n int) ([]Neighbor, error) {
	side, n, err := ix.checkQuery(vec, n)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("retrieval: chromem-go query: %w", err)
	}
	rs, err := side.coll.QueryEmbedding(ctx, vec, n, nil, nil)
	if err != nil {
		return nil, fmt.Errorf("retrieval: chromem-go query: %w", err)
	}
	// chromem-go's scan goroutines stop when ctx ends but report no error:
	// what it returned then covers only part of the collection.
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("retrieval: chromem-go query: %w", err)
	}
	out := make([]Neighbor, len(rs))
	for i, r := range rs {
		d, err := strconv.Atoi(r.ID)
		if err != nil || d < 0 || d >= len(ix.paras) {
			return nil, fmt.Errorf("retrieval: chromem-go returned unknown id %q", r.ID)
		}
		out[i] = Neighbor{Doc: d, Similarity: r.Similarity}
	}
	sortNeighbors(out)
	return out, nil
}

// ScanNearest answers what Nearest answers without the vector store: a
// plain exhaustive scan of the same vectors. The paragraphs are cut into
// one contiguous chunk per processor (GOMAXPROCS); a goroutine per chunk
// computes float32 dot products and keeps its best n in a heap; the heaps
// are merged. It is the physical limit of an exhaustive search on the
// machine, the baseline the benchmarks measure chromem-go against.
func (ix *Index) ScanNearest(ctx context.Context, vec []float32, n int) ([]Neighbor, error) {
	side, n, err := ix.checkQuery(vec, n)
	if err != nil {
		return nil, err
	}
	workers := min(runtime.GOMAXPROCS(0), len(side.vecs))
	chunk := (len(side.vecs) + workers - 1) / workers
	tops := make([]scoredHeap, workers)
	var wg sync.WaitGroup
	for w := range workers {
		lo, hi := w*chunk, min((w+1)*chunk, len(side.vecs))
		wg.Go(func() { tops[w] = scanChunk(ctx, vec, side.vecs[lo:hi], lo, n) })
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("retrieval: vector scan: %w", err)
	}
	var all []scored
	for _, h := range tops {
		all = append(all, h...)
	}
	sortScored(all)
	out := make([]Neighbor, min(n, len(all)))
	for i := range out {
		out[i] = Neighbor{Doc: all[i].doc, Similarity: float32(all[i].score)}
	}
	return out, nil
}

// scanCheckEvery is how many vectors a scan goroutine compares between two
// looks at its context.
const scanCheckEvery = 1024

// scanChunk keeps the n best of vecs (whose first is paragraph first) by
// dot product with q. It stops early, returning nil, when ctx ends.
func scanChunk(ctx context.Context, q []float32, vecs [][]float32, first, n int) scoredHeap {
	h := make(scoredHeap, 0, min(n, len(vecs)))
	for i, v := range vecs {
		if i%scanCheckEvery == 0 && ctx.Err() != nil {
			return nil
		}
		e := scored{doc: first + i, score: float64(dot(q, v))}
		switch {
		case len(h) < n:
			if h = append(h, e); len(h) == n {
				heap.Init(&h)
			}
		case worse(h[0], e):
			h[0] = e
			heap.Fix(&h, 0)
		}
	}
	return h
}

// dot is the dot product of a and b (len(b) >= len(a)), summed in four
// independent lanes so that the additions need not wait on each other.
func dot(a, b []float32) float32 {
	b = b[:len(a)]
	var s0, s1, s2, s3 float32
	i := 0
	for ; i+4 <= len(a); i += 4 {
		x, y := a[i:i+4:i+4], b[i:i+4:i+4]
		s0 += x[0] * y[0]
		s1 += x[1] * y[1]
		s2 += x[2] * y[2]
		s3 += x[3] * y[3]
	}
	for ; i < len(a); i++ {
		s0 += a[i] * b[i]
	}
	return (s0 + s1) + (s2 + s3)
}

// sortNeighbors orders by similarity, best first, ties in paragraph order.
func sortNeighbors(ns []Neighbor) {
	slices.SortFunc(ns, func(a, b Neighbor) int {
		if c := cmp.Compare(b.Similarity, a.Similarity); c != 0 {
			return c
		}
		return cmp.Compare(a.Doc, b.Doc)
	})
}
