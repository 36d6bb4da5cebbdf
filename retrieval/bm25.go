package retrieval

import (
	"container/heap"
	"math"
	"sort"
)

// BM25 parameters: the usual defaults, which suit paragraphs of news text.
const (
	bm25K1 = 1.2
	bm25B  = 0.75
)

type posting struct {
	doc int32
	tf  uint16
}

// bm25Index is an inverted index over analysed terms, scored with Okapi BM25.
type bm25Index struct {
	postings map[string][]posting
	docLen   []float32
	avgLen   float64
}

func newBM25(docs [][]string) *bm25Index {
	ix := &bm25Index{postings: map[string][]posting{}, docLen: make([]float32, len(docs))}
	total := 0
	for d, terms := range docs {
		ix.docLen[d] = float32(len(terms))
		total += len(terms)
		tf := map[string]int{}
		for _, t := range terms {
			tf[t]++
		}
		for t, n := range tf {
			if n > math.MaxUint16 {
				n = math.MaxUint16
			}
			ix.postings[t] = append(ix.postings[t], posting{doc: int32(d), tf: uint16(n)})
		}
	}
	if len(docs) > 0 {
		ix.avgLen = float64(total) / float64(len(docs))
	}
	if ix.avgLen == 0 {
		ix.avgLen = 1
	}
	return ix
}

// idf is BM25's inverse document frequency; a term no paragraph has gets the
// highest value, as if it were in half a paragraph.
func (ix *bm25Index) idf(term string) float64 {
	n := float64(len(ix.docLen))
	df := float64(len(ix.postings[term]))
	return math.Log(1 + (n-df+0.5)/(df+0.5))
}

type scored struct {
	doc   int
	score float64
}

// search returns up to k documents by BM25 score, best first; documents that
// match no term are left out. Terms in extra (synonyms) score at
// synonymWeight of their usual weight.
func (ix *bm25Index) search(terms, extra []string, k int) []scored {
	seen := map[string]bool{}
	acc := map[int32]float64{}
	for i, t := range append(terms[:len(terms):len(terms)], extra...) {
		if seen[t] {
			continue
		}
		seen[t] = true
		ps := ix.postings[t]
		if len(ps) == 0 {
			continue
		}
		idf := ix.idf(t)
		if i >= len(terms) {
			idf *= synonymWeight
		}
		for _, p := range ps {
			tf := float64(p.tf)
			norm := bm25K1 * (1 - bm25B + bm25B*float64(ix.docLen[p.doc])/ix.avgLen)
			acc[p.doc] += idf * tf * (bm25K1 + 1) / (tf + norm)
		}
	}
	return topK(acc, k)
}

// groupRest is the share of their usual weight that a group's other
// matched terms add to its best one (see searchGrouped).
const groupRest = 0.25

// searchGrouped is search with the query's terms in groups: the terms one
// word of the question was read as (its translations). A document earns,
// for each group, the best score of one of its terms, so a word the
// glossary gives several translations weighs once, as its rarest matched
// term, however many of them a paragraph has. A term already in an earlier
// group counts only there.
func (ix *bm25Index) searchGrouped(groups [][]string, extra []string, k int) []scored {
	seen := map[string]bool{}
	acc := map[int32]float64{}
	for _, g := range groups {
		best, sum := map[int32]float64{}, map[int32]float64{}
		for _, t := range g {
			if seen[t] {
				continue
			}
			seen[t] = true
			ix.addTerm(best, t, ix.idf(t), math.Max)
			ix.addTerm(sum, t, ix.idf(t), func(a, b float64) float64 { return a + b })
		}
		for d, v := range best {
			acc[d] += v + groupRest*(sum[d]-v)
		}
	}
	for _, t := range extra {
		if seen[t] {
			continue
		}
		seen[t] = true
		ix.addTerm(acc, t, ix.idf(t)*synonymWeight, func(a, b float64) float64 { return a + b })
	}
	return topK(acc, k)
}

// addTerm combines into acc, per document having term t, its BM25 score
// with weight idf.
func (ix *bm25Index) addTerm(acc map[int32]float64, t string, idf float64, combine func(a, b float64) float64) {
	for _, p := range ix.postings[t] {
		tf := float64(p.tf)
		norm := bm25K1 * (1 - bm25B + bm25B*float64(ix.docLen[p.doc])/ix.avgLen)
		acc[p.doc] = combine(acc[p.doc], idf*tf*(bm25K1+1)/(tf+norm))
	}
}

// topK returns the k best of acc, best first, keeping a min-heap of k
// entries instead of sorting every matching document.
func topK(acc map[int32]float64, k int) []scored {
	if k <= 0 {
		return nil
	}
	h := make(scoredHeap, 0, min(k, len(acc)))
	for d, s := range acc {
		e := scored{doc: int(d), score: s}
		switch {
		case len(h) < k:
			heap.Push(&h, e)
		case worse(h[0], e):
			h[0] = e
			heap.Fix(&h, 0)
		}
	}
	out := []scored(h)
	sortScored(out)
	return out
}

// worse reports whether a ranks below b (lower score, or equal score and
// later document), the order sortScored gives.
func worse(a, b scored) bool {
	if a.score != b.score {
		return a.score < b.score
	}
	return a.doc > b.doc
}

// scoredHeap is a min-heap by rank: the worst kept document on top. Its
// methods implement container/heap.Interface.
type scoredHeap []scored

func (h scoredHeap) Len() int           { return len(h) }
func (h scoredHeap) Less(i, j int) bool { return worse(h[i], h[j]) }
func (h scoredHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *scoredHeap) Push(x any)        { *h = append(*h, x.(scored)) }
func (h *scoredHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// sortScored orders by score, best first, ties by document order so results
// are deterministic.
func sortScored(s []scored) {
	sort.Slice(s, func(i, j int) bool {
		if s[i].score != s[j].score {
			return s[i].score > s[j].score
		}
		return s[i].doc < s[j].doc
	})
}
