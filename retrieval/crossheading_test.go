package retrieval

import (
	"maps"
	"testing"
)

// TestHeadingTerms: the terms a heading gives a paragraph whose text lacks
// them, with their counts; none when the text has them all or there is no
// heading.
func TestHeadingTerms(t *testing.T) {
	cases := []struct {
		heading, body string
		want          map[string]int
	}{
		{"Microsoft's role", "The board never explained the firing.", map[string]int{term("microsoft"): 1, term("role"): 1}},
		{"Microsoft's role", "Microsoft's role grew; it offered jobs.", nil},
		{"", "Microsoft offered jobs.", nil},
	}
	for _, c := range cases {
		got := headingTerms(c.heading, c.body)
		if !maps.Equal(got, c.want) {
			t.Errorf("headingTerms(%q, %q) = %v, want %v", c.heading, c.body, got, c.want)
		}
	}
}

// TestHeadingWordWeighsLess: of two paragraphs having a word once, the one
// that has it only from its heading scores less.
func TestHeadingWordWeighsLess(t *testing.T) {
	b := newBM25([][]string{{"microsoft", "board"}, {"microsoft", "board"}})
	u := []xunit{{head: "microsoft", members: map[string]float64{"microsoft": 1}}}
	heading := map[int32]map[string]int{1: {"microsoft": 1}}
	got := b.personUnitScores(u, nil, heading)
	if !(got[0] > got[1] && got[1] > 0) {
		t.Errorf("personUnitScores with heading = %v, want doc 0 above doc 1 above 0", got)
	}
	if plain := b.personUnitScores(u, nil, nil); plain[0] != plain[1] {
		t.Errorf("personUnitScores without heading = %v, want equal", plain)
	}
}

// TestFrameUnitSynonymsDoNotScore: a frame word's own term scores, its
// synonyms do not; a content word's synonyms do.
func TestFrameUnitSynonymsDoNotScore(t *testing.T) {
	b := newBM25([][]string{{"longer", "board"}, {"still", "board"}, {"other"}})
	frame := xunit{head: "still", frame: true, members: map[string]float64{"still": 1, "longer": 0.6}}
	got := b.personUnitScores([]xunit{frame}, nil, nil)
	if got[0] != 0 || got[1] <= 0 {
		t.Errorf("frame unit scores = %v, want only doc 1", got)
	}
	frame.frame = false
	if got := b.personUnitScores([]xunit{frame}, nil, nil); got[0] <= 0 {
		t.Errorf("content unit scores = %v, want doc 0 scored by its synonym", got)
	}
}

// TestGlossaryNameKeepsCorpusSpellings: a name the glossary transliterates
// (greg = غريغ) also reaches the corpus's other spelling of it (جريج); a
// word the glossary translates by meaning (board = مجلس) gains no
// transliteration.
func TestGlossaryNameKeepsCorpusSpellings(t *testing.T) {
	ix := multiIndex(t)
	cases := []struct {
		q, member string
		want      bool
	}{
		{"Greg", term("جريج"), true},
		{"board", term("بورد"), false},
	}
	for _, c := range cases {
		v := ix.view(c.q)
		_, got := v.units[0].members[c.member]
		if got != c.want {
			t.Errorf("view(%q) has %q = %v, want %v (%v)", c.q, c.member, got, c.want, v.units[0].members)
		}
	}
}
