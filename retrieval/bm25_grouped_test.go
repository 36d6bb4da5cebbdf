package retrieval

import (
	"context"
	"slices"
	"testing"

	"casebot/corpus"
)

func TestBM25SearchGrouped(t *testing.T) {
	// Document 0 has two translations of one word, document 1 one
	// translation of each of two words.
	ix := newBM25([][]string{
		{"fireA", "fireB", "x", "x"},
		{"fireA", "tension", "x", "x"},
		{"x", "x", "x", "x"},
		{"x", "y"},
	})
	tests := []struct {
		name   string
		groups [][]string
		want   []int
	}{
		// Two words matched beat one word matched twice.
		{"a word counts once", [][]string{{"fireA", "fireB"}, {"tension"}}, []int{1, 0}},
		// Must reject the ungrouped reading's order: the same terms, each
		// its own word, put the paragraph with more of them first.
		{"ungrouped terms add up", [][]string{{"fireA"}, {"fireB"}, {"tension"}}, []int{0, 1}},
		{"no group matches", [][]string{{"absent"}}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []int
			for _, s := range ix.searchGrouped(tc.groups, nil, 10) {
				got = append(got, s.doc)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("searchGrouped(%v) = %v, want %v", tc.groups, got, tc.want)
			}
		})
	}
	// A group of one term scores as search does.
	a, b := ix.searchGrouped([][]string{{"tension"}, {"fireA"}}, nil, 10), ix.search([]string{"tension", "fireA"}, nil, 10)
	if !slices.Equal(a, b) {
		t.Errorf("one-term groups %v, search %v: want the same", a, b)
	}
}

func TestTermGroups(t *testing.T) {
	c, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	ix, err := Build(context.Background(), c, Options{})
	if err != nil {
		t.Fatal(err)
	}
	q := "When did the tensions that led to the firing start?"
	terms := Tokens(ix.analyse(q))
	groups := ix.termGroups(q, terms)
	// The firing's translations share one group; tensions stand apart.
	var fire []string
	for _, g := range groups {
		if slices.Contains(g, Tokens("إقالة")[0]) {
			fire = g
		}
	}
	if !slices.Contains(fire, Tokens("إبعاد")[0]) || slices.Contains(fire, Tokens("التوترات")[0]) {
		t.Errorf("termGroups(%q) = %q: want إقالة and إبعاد together, without التوترات", q, groups)
	}
	n := 0
	for _, g := range groups {
		n += len(g)
	}
	if n != len(terms) {
		t.Errorf("termGroups holds %d terms, the query %d", n, len(terms))
	}
	// Arabic questions are read term by term.
	if g := ix.termGroups("متى بدأت التوترات؟", Tokens("متى بدأت التوترات؟")); g != nil {
		t.Errorf("termGroups of an Arabic question = %q, want nil", g)
	}
}
