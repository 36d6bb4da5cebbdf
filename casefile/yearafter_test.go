package casefile

import "testing"

// TestYearAfter: a year after a day and month, with or without a comma,
// is read and the expression ends after it; anything else leaves the
// year to be found elsewhere.
func TestYearAfter(t *testing.T) {
	tests := []struct {
		s        string
		k        int // where the year may start
		year     int
		needYear bool
	}{
		{"November 17, 2023", 2, 2023, false},
		{"17 November 2023", 2, 2023, false},
		{"17 November, the board", 2, 0, true},
		{"November 17 at noon", 2, 0, true},
	}
	for _, tc := range tests {
		toks := tokenize(tc.s)
		var e timeExpr
		end := yearAfter(toks, tc.k, &e)
		if e.year != tc.year || e.needYear != tc.needYear {
			t.Errorf("yearAfter(%q) read year %d, needYear %v; want %d, %v", tc.s, e.year, e.needYear, tc.year, tc.needYear)
		}
		if tc.needYear && end != tc.k || !tc.needYear && (end <= tc.k || toksAt(toks, end-1).raw != "2023") {
			t.Errorf("yearAfter(%q) ends at %d (tokens %v)", tc.s, end, toks)
		}
	}
}
