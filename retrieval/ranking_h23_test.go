package retrieval

import (
	"slices"
	"strings"
	"testing"
)

// TestEnglishVerbSense: "backed" and "backing" (to back someone) are read
// as support, not as the "back" of a return; "back" itself stays, and the
// noun "backer" is left to the stemmer.
func TestEnglishVerbSense(t *testing.T) {
	for _, tc := range []struct {
		w, want string
	}{
		{"backed", "support"},
		{"backing", "support"},
		{"supported", "support"},
		{"back", "back"},
		{"backer", "backer"},
	} {
		if got := term(tc.w); got != tc.want {
			t.Errorf("term(%q) = %q, want %q", tc.w, got, tc.want)
		}
	}
}

// TestWeighGenericCount: in a how-many question the generic word counted
// by (people, ppl) is framed and weighs genericCountWeight; a word naming
// what is counted (members), people read as staff, or a question asking
// no count keep their weight.
func TestWeighGenericCount(t *testing.T) {
	ix := multiIndex(t)
	for _, tc := range []struct {
		q, word string
		light   bool
	}{
		{"how many ppl are on the openai board right now", "ppl", true},
		{"how many people sit on the board", "people", true},
		{"how many members does the board have", "members", false},
		{"how many ppl actually work at openai in total", "ppl", false},
		{"what did people familiar with the matter say", "people", false},
	} {
		v := ix.view(tc.q)
		i := slices.IndexFunc(v.units, func(u xunit) bool { return u.word == tc.word })
		if i < 0 {
			t.Fatalf("%q: no unit for %q", tc.q, tc.word)
		}
		u := v.units[i]
		if got := u.frame && u.weight == genericCountWeight; got != tc.light {
			t.Errorf("%q: unit %q frame=%v weight=%v, want light=%v", tc.q, tc.word, u.frame, u.weight, tc.light)
		}
	}
}

// TestArabiziContentWords: Arabizi content words (the book, exposed, the
// story, the board) are read as the standard Arabic words; an English
// question reads none of them in.
func TestArabiziContentWords(t *testing.T) {
	ix := defaultTestIndex(t)
	for _, tc := range []struct {
		q    string
		want []string
		not  []string
	}{
		{"chkoun li ktbat l ktab li fda7 had l9issa dyal Altman?", []string{"كتاب", "كشف", "قصة"}, []string{"ktab", "fda7"}},
		{"chno sbab dyal l9arar?", []string{"سبب", "قرار"}, []string{"sbab"}},
		{"who fired the chairman?", nil, []string{"قصة", "كشف"}},
	} {
		sq := ix.standardize(tc.q)
		for _, w := range tc.want {
			if !strings.Contains(sq.search, w) {
				t.Errorf("standardize(%q).search = %q, want %q", tc.q, sq.search, w)
			}
		}
		for _, w := range tc.not {
			if slices.Contains(strings.Fields(sq.search), w) {
				t.Errorf("standardize(%q).search = %q, must not keep %q", tc.q, sq.search, w)
			}
		}
	}
}
