package retrieval

import (
	"math"
	"testing"
)

// TestPersonUnitScoresCountNameOnce: with "ilya" and "sutskev" grouped as
// one person, a paragraph writing the full name earns the better of the
// two parts' scores, not their sum; ungrouped (the check the grouping must
// change), it earns the sum. Other units add up either way.
func TestPersonUnitScoresCountNameOnce(t *testing.T) {
	b := newBM25([][]string{
		{"ilya", "sutskev", "regret"},
		{"sutskev", "board", "regret"},
		{"other", "words", "here"},
	})
	units := []xunit{
		{head: "ilya", members: map[string]float64{"ilya": 1}},
		{head: "sutskev", members: map[string]float64{"sutskev": 1}},
		{head: "regret", members: map[string]float64{"regret": 1}},
	}
	ilya, sut, reg := b.unitScore(units[0], nil)[0], b.unitScore(units[1], nil)[0], b.unitScore(units[2], nil)[0]
	cases := []struct {
		name   string
		person []string
		want   float64
	}{
		{"grouped", []string{"sskfr", "sskfr", ""}, max(ilya, sut) + reg},
		{"ungrouped", nil, ilya + sut + reg},
		{"short person slice", []string{""}, ilya + sut + reg},
	}
	for _, c := range cases {
		got := b.personUnitScores(units, c.person, nil)
		if math.Abs(got[0]-c.want) > 1e-9 {
			t.Errorf("%s: full-name paragraph scores %v, want %v", c.name, got[0], c.want)
		}
		if got[1] <= 0 || got[2] != 0 {
			t.Errorf("%s: scores %v, want the surname paragraph scored and the other not", c.name, got)
		}
	}
}

// TestNameParts: over the four-article corpus, a question's given name and
// surname are one person; a surname alone, and a word before the surname
// that is no part of the name, are not.
func TestNameParts(t *testing.T) {
	ix := multiIndex(t)
	cases := []struct {
		q    string
		want []bool // per unit: part of a grouped name
	}{
		{"Was Ilya Sutskever sorry?", []bool{true, true, false}},
		{"Was Sutskever sorry?", nil},
		{"Was the scientist Sutskever sorry?", nil},
	}
	for _, c := range cases {
		v := ix.view(c.q)
		got := ix.nameParts(v.units)
		if c.want == nil {
			if got != nil {
				t.Errorf("nameParts(%q) = %q, want nil", c.q, got)
			}
			continue
		}
		if len(got) != len(v.units) {
			t.Fatalf("nameParts(%q) = %q for %d units", c.q, got, len(v.units))
		}
		for i, w := range c.want {
			if (got[i] != "") != w {
				t.Errorf("nameParts(%q) = %q, unit %d (%s) grouped = %v, want %v", c.q, got, i, v.units[i].head, got[i] != "", w)
			}
		}
	}
}
