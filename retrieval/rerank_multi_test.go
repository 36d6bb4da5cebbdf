package retrieval

import (
	"slices"
	"testing"
)

// TestBridgeSynonyms: an Arabic word's English translation brings its
// English synonyms along, below full weight, and nothing of other groups.
func TestBridgeSynonyms(t *testing.T) {
	ix := multiIndex(t)
	unit := func(q, head string) xunit {
		t.Helper()
		for _, u := range ix.view(q).units {
			if u.head == head {
				return u
			}
		}
		t.Fatalf("%q: no unit %q", q, head)
		return xunit{}
	}
	u := unit("هل كانت مايكروسوفت تعرف بالقرار؟", term("تعرف"))
	for _, w := range []string{"told", "aware"} {
		mw, ok := u.members[term(w)]
		if !ok {
			t.Errorf("تعرف: %q not reached through know's synonyms", w)
		}
		if mw >= fullMember {
			t.Errorf("تعرف: %q weighs %.2f, a bridged synonym must stay under %.2f", w, mw, fullMember)
		}
	}
	for _, w := range []string{"fire", "board"} {
		if _, ok := u.members[term(w)]; ok {
			t.Errorf("تعرف: unrelated %q joined the unit", w)
		}
	}
	// A word's own members are never lowered by the bridge.
	if got := u.members[term("know")]; got < translationWeight {
		t.Errorf("تعرف: translation know weighs %.2f, want at least %.2f", got, translationWeight)
	}
}

// TestPreferLanguage: of two leading candidates in a near tie, the one in
// the question's language comes first; a clear lead is kept.
func TestPreferLanguage(t *testing.T) {
	ix := multiIndex(t)
	var ar, en int = -1, -1
	for i, p := range ix.paras {
		switch {
		case p.Language == "ar" && ar < 0:
			ar = i
		case p.Language == "en" && en < 0:
			en = i
		}
	}
	if ar < 0 || en < 0 {
		t.Fatal("the test corpus needs an Arabic and an English paragraph")
	}
	cases := []struct {
		name  string
		q     string
		ar    float64
		en    float64
		first int
	}{
		{"English question, near tie", "Who chairs the new board?", 0.90, 0.89, en},
		{"Arabic question, near tie", "من يرأس المجلس الجديد؟", 0.89, 0.90, ar},
		{"English question, clear lead", "Who chairs the new board?", 0.90, 0.80, ar},
		{"Arabic question, clear lead", "من يرأس المجلس الجديد؟", 0.80, 0.90, en},
	}
	for _, tc := range cases {
		fused := []scored{{doc: ar, score: tc.ar}, {doc: en, score: tc.en}}
		sortScored(fused)
		ix.preferLanguage(fused, tc.q)
		if fused[0].doc != tc.first {
			t.Errorf("%s: first is %s, want %s", tc.name, ix.paras[fused[0].doc].Ref, ix.paras[tc.first].Ref)
		}
		if fused[0].score > 1 || !slices.IsSortedFunc(fused, func(a, b scored) int {
			switch {
			case a.score > b.score:
				return -1
			case a.score < b.score:
				return 1
			}
			return 0
		}) {
			t.Errorf("%s: scores %v not sorted in [0, 1]", tc.name, fused)
		}
	}
}
