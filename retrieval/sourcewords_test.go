package retrieval

import (
	"slices"
	"strings"
	"testing"

	"casebot/text"
)

// TestSourceFrame: words naming the sources, and the pointers beside
// them, are marked; a report the question asks about, and pointers with
// no source word near, are not.
func TestSourceFrame(t *testing.T) {
	cases := []struct {
		q    string
		want []string // the words marked
	}{
		{"the arabic report names four members but the english one names different people", []string{"arabic", "report", "english", "one"}},
		{"One piece says four, another three", []string{"One", "piece", "another"}},
		{"شو بتقول المصادر العربية عن المجلس", []string{"المصادر", "العربية"}},
		{"what do the sources say about the board", []string{"sources"}},
		// Must not mark: the report Shear promised is what is asked.
		{"Shear promised a report on the firing within how many days", nil},
		{"خلال كم يوم يطلع التقرير", nil},
		{"is he the one who resigned", nil},
	}
	for _, c := range cases {
		words := strings.Fields(strings.NewReplacer(",", "", "?", "").Replace(c.q))
		var got []string
		for i, m := range sourceFrame(words) {
			if m {
				got = append(got, words[i])
			}
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("sourceFrame(%q) marks %q, want %q", c.q, got, c.want)
		}
	}
}

// TestSourceWordsNotSearched: on the cross-language path a source word is
// no unit of the question, a report asked about is.
func TestSourceWordsNotSearched(t *testing.T) {
	ix := multiIndex(t)
	cases := []struct {
		q, head string
		want    bool
	}{
		{"the arabic report names four board members", "report", false},
		{"شو بتقول المصادر عن المجلس", "المصادر", false},
		{"Shear promised a report on the firing", "report", true},
	}
	for _, c := range cases {
		v := ix.view(c.q)
		has := slices.ContainsFunc(v.units, func(u xunit) bool { return u.head == term(c.head) })
		if has != c.want {
			t.Errorf("view(%q) has unit %q = %v, want %v", c.q, term(c.head), has, c.want)
		}
	}
}

// TestIsSourceWord: a source word, also after the conjunction و or ف;
// not after a preposition, nor a word that is none.
func TestIsSourceWord(t *testing.T) {
	tests := []struct {
		w    string
		want bool
	}{
		{"sources", true},
		{"المصادر", true},
		{"والمصادر", true},
		{"فالمصدر", true},
		{"بالمصادر", false},
		{"board", false},
		{"و", false},
	}
	for _, tc := range tests {
		if got := isSourceWord(text.Fold(tc.w)); got != tc.want {
			t.Errorf("isSourceWord(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
}
