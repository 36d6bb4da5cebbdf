package retrieval

import (
	"casebot/text"
	"context"
	"fmt"
	"math"
	"strconv"
	"unicode/utf8"
)

// HashEmbedder is the offline embedder: it needs no network and no model
// file. A text's vector is the sum of its words' character n-grams (3 to 5
// letters, with word boundaries marked), each hashed into one of Dim signed
// buckets and weighted by the n-gram's inverse document frequency in the
// corpus it was fitted on, then L2-normalised.
//
// Character n-grams match words that share a root but differ in affixes the
// light stemmer leaves on (المجلس / مجلسه / لمجلس), which is where it adds to
// BM25's exact terms. It never returns an all-zero vector.
type HashEmbedder struct {
	dim    int
	groups map[string][]int   // term -> thesaurus synonym groups
	idf    map[uint64]float32 // n-gram hash -> idf
	maxIDF float32
	model  string
}

// DefaultHashDim is the vector length of the offline embedder.
const DefaultHashDim = 512

// NewHashEmbedder fits the embedder's n-gram weights on the given texts (the
// paragraphs to be indexed).
func NewHashEmbedder(texts []string, dim int) *HashEmbedder {
	return newHashEmbedder(texts, dim, parseThesaurus(arabicThesaurusText()).groups)
}

// newHashEmbedder is NewHashEmbedder with the thesaurus groups already
// parsed (Build parses the thesaurus once for both the index and this).
func newHashEmbedder(texts []string, dim int, groups map[string][]int) *HashEmbedder {
	if dim <= 0 {
		dim = DefaultHashDim
	}
	df := map[uint64]int{}
	for _, t := range texts {
		seen := map[uint64]bool{}
		forEachGram(t, groups, func(h uint64) {
			if !seen[h] {
				seen[h] = true
				df[h]++
			}
		})
	}
	n := float64(len(texts))
	e := &HashEmbedder{dim: dim, groups: groups, idf: make(map[uint64]float32, len(df))}
	e.maxIDF = float32(math.Log(1 + (n+0.5)/0.5))
	for h, d := range df {
		e.idf[h] = float32(math.Log(1 + (n-float64(d)+0.5)/(float64(d)+0.5)))
	}
	e.model = fmt.Sprintf("hashgram-v2-d%d", dim)
	return e
}

// Model names the embedder and its dimension.
func (e *HashEmbedder) Model() string { return e.model }

// EmbedDocuments embeds each text.
func (e *HashEmbedder) EmbedDocuments(ctx context.Context, texts []string) ([][]float32, error) {
	out := make([][]float32, len(texts))
	for i, t := range texts {
		if i%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, fmt.Errorf("retrieval: embedding: %w", err)
			}
		}
		out[i] = e.embed(t)
	}
	return out, nil
}

// EmbedQuery embeds one query.
func (e *HashEmbedder) EmbedQuery(ctx context.Context, text string) ([]float32, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("retrieval: embedding: %w", err)
	}
	return e.embed(text), nil
}

func (e *HashEmbedder) embed(text string) []float32 {
	v := make([]float32, e.dim)
	forEachGram(text, e.groups, func(h uint64) {
		w, ok := e.idf[h]
		if !ok {
			w = e.maxIDF
		}
		i := int(h % uint64(e.dim))
		if h>>63 == 1 {
			w = -w
		}
		v[i] += w
	})
	if normalize(v) == 0 {
		v[0] = 1 // nothing to hash (empty or punctuation only): a fixed unit vector
	}
	return v
}

// forEachGram calls fn with the hash of each feature of each word of text
// that is not a stop word: every 3- to 5-letter n-gram of the word framed by
// '<' and '>', its stem, its consonant skeleton (see skeleton), and the
// synonym groups of the thesaurus it belongs to. The groups are what lets
// the dense side match a paraphrase at full strength ("عزل" and "إقالة" are
// one concept), where BM25 only credits a synonym at synonymWeight.
func forEachGram(s string, groups map[string][]int, fn func(uint64)) {
	var buf []byte
	for _, w := range text.Words(s) {
		t := term(w)
		if t == "" {
			continue
		}
		for _, g := range groups[t] {
			h := fnv64a(append(append(buf[:0], "C:"...), strconv.Itoa(g)...))
			for range conceptRepeat {
				fn(h)
			}
		}
		r := []rune("<" + unifyAlef(w) + ">")
		for n := 3; n <= 5; n++ {
			for i := 0; i+n <= len(r); i++ {
				buf = buf[:0]
				for _, c := range r[i : i+n] {
					buf = utf8.AppendRune(buf, c)
				}
				fn(fnv64a(buf))
			}
		}
		fn(fnv64a(append(append(buf[:0], "S:"...), t...)))
		fn(fnv64a(append(append(buf[:0], "K:"...), skeleton(t)...)))
	}
}

// conceptRepeat is how many times a synonym-group feature counts, against
// the dozen n-gram features of a word.
const conceptRepeat = 6

// fnv64a is FNV-1a, inlined to hash without allocating.
func fnv64a(b []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range b {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

// normalize scales v to unit length in place and returns its former length.
func normalize(v []float32) float64 {
	var s float64
	for _, x := range v {
		s += float64(x) * float64(x)
	}
	n := math.Sqrt(s)
	if n == 0 {
		return 0
	}
	inv := float32(1 / n)
	for i := range v {
		v[i] *= inv
	}
	return n
}
