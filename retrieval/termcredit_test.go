package retrieval

import "testing"

// TestTermCredit: a term earns full credit for itself, less for a
// synonym, less again for its consonant skeleton, its rough root only
// when roots are weighed, and nothing for another word.
func TestTermCredit(t *testing.T) {
	ix := &Index{thesaurus: thesaurus{terms: map[string][]string{"fire": {"dismiss"}}}}
	cases := []struct {
		t     string
		have  map[string]bool
		roots bool
		want  float64
	}{
		{"fire", map[string]bool{"fire": true, "dismiss": true}, false, 1},
		{"fire", map[string]bool{"dismiss": true}, false, synonymCredit},
		{"fire", map[string]bool{"K:" + skeleton("fire"): true}, false, skeletonCredit},
		{"fire", map[string]bool{"R:" + rootKey("fire"): true}, true, rootCredit},
		{"fire", map[string]bool{"R:" + rootKey("fire"): true}, false, 0},
		{"fire", map[string]bool{"board": true}, true, 0},
	}
	for _, c := range cases {
		if got := ix.termCredit(c.t, c.have, c.roots); got != c.want {
			t.Errorf("termCredit(%q, %v, %v) = %v, want %v", c.t, c.have, c.roots, got, c.want)
		}
	}
}
