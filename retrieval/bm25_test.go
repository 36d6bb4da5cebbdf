package retrieval

import (
	"slices"
	"testing"
)

// bm25Docs are analysed documents: "rare" is in one of them, "common" in all.
var bm25Docs = [][]string{
	{"common", "filler", "filler", "filler"},
	{"common", "rare", "filler", "filler"},
	{"common", "common", "common", "filler"},
	{"common", "other"},
}

func TestBM25Ranking(t *testing.T) {
	ix := newBM25(bm25Docs)
	tests := []struct {
		name  string
		terms []string
		k     int
		want  []int // documents in rank order
	}{
		{"rare term outranks common ones", []string{"rare", "common"}, 10, []int{1, 2, 3, 0}},
		{"more occurrences rank higher", []string{"common"}, 10, []int{2, 3, 0, 1}},
		{"k cuts the list", []string{"common"}, 2, []int{2, 3}},
		{"unknown term matches nothing", []string{"absent"}, 10, nil},
		{"empty query", nil, 10, nil},
		{"documents without a term are left out", []string{"other"}, 10, []int{3}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []int
			for _, s := range ix.search(tc.terms, nil, tc.k) {
				got = append(got, s.doc)
				if s.score <= 0 {
					t.Errorf("doc %d has score %v", s.doc, s.score)
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("search(%q) = %v, want %v", tc.terms, got, tc.want)
			}
		})
	}
}

func TestBM25RepeatedTermsCountOnce(t *testing.T) {
	ix := newBM25(bm25Docs)
	once := ix.search([]string{"rare", "common"}, nil, 10)
	many := ix.search([]string{"rare", "common", "common", "rare", "common"}, []string{"rare", "common"}, 10)
	if !slices.Equal(once, many) {
		t.Errorf("repeating query terms changed the result:\n once %v\n many %v", once, many)
	}
	// Repeating "common" must not let doc 2 (all "common") catch up with doc 1 ("rare").
	if many[0].doc != 1 {
		t.Errorf("top = %d, want 1", many[0].doc)
	}
}

func TestBM25IDF(t *testing.T) {
	ix := newBM25(bm25Docs)
	rare, common, absent := ix.idf("rare"), ix.idf("common"), ix.idf("absent")
	if !(absent > rare && rare > common && common > 0) {
		t.Errorf("idf absent=%v rare=%v common=%v: want absent > rare > common > 0", absent, rare, common)
	}
}

func TestBM25Empty(t *testing.T) {
	for _, docs := range [][][]string{nil, {{}}, {{}, {}}} {
		ix := newBM25(docs)
		if got := ix.search([]string{"x"}, []string{"y"}, 5); len(got) != 0 {
			t.Errorf("newBM25(%v).search = %v", docs, got)
		}
		if ix.avgLen <= 0 {
			t.Errorf("avgLen = %v", ix.avgLen)
		}
	}
}

func TestBM25Ties(t *testing.T) {
	ix := newBM25([][]string{{"a", "x"}, {"b"}, {"a", "x"}, {"a", "x"}})
	got := ix.search([]string{"a"}, nil, 10)
	var docs []int
	for _, s := range got {
		docs = append(docs, s.doc)
	}
	if !slices.Equal(docs, []int{0, 2, 3}) {
		t.Errorf("equal scores must keep document order: %v", docs)
	}
}

// TestBM25Synonyms: a term given as a synonym (extra) counts, but less than
// the same term asked for directly, and only once if it is both.
func TestBM25Synonyms(t *testing.T) {
	ix := newBM25(bm25Docs)
	direct := ix.search([]string{"rare"}, nil, 10)
	syn := ix.search(nil, []string{"rare"}, 10)
	if len(direct) != 1 || len(syn) != 1 || syn[0].doc != 1 {
		t.Fatalf("direct %v, synonym %v", direct, syn)
	}
	if !(syn[0].score < direct[0].score && syn[0].score > 0) {
		t.Errorf("synonym score %v, direct %v: want 0 < synonym < direct", syn[0].score, direct[0].score)
	}
	both := ix.search([]string{"rare"}, []string{"rare"}, 10)
	if !slices.Equal(both, direct) {
		t.Errorf("a term both asked and expanded: %v, want %v", both, direct)
	}
	// The terms slice is not modified by appending the extras.
	terms := make([]string, 1, 4)
	terms[0] = "rare"
	ix.search(terms, []string{"common"}, 10)
	if got := terms[:2]; got[1] != "" {
		t.Errorf("search wrote into the caller's slice: %q", got)
	}
}
