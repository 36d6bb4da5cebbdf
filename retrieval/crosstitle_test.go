package retrieval

import "testing"

// TestTitleScores: a paragraph that lacks a unit its article's title has
// gains from it; one that has the unit itself, one whose title lacks it,
// and one not matched at all gain nothing.
func TestTitleScores(t *testing.T) {
	ix := multiIndex(t)
	find := func(ref string) int32 {
		for i, p := range ix.paras {
			if p.Ref == ref {
				return int32(i)
			}
		}
		t.Fatalf("no paragraph %s", ref)
		return -1
	}
	// ar-board#5 (Altman's post on X) does not name Murati; its title
	// says "ميرا موراتي", as ar-board#3 does itself. ("Sam" alone, the
	// title's other name, now reaches the paragraph's "ألتمان".)
	post, fired := find("ar-board-2023-11-18#5"), find("ar-board-2023-11-18#3")
	other := find("ar-microsoft-2023-11-20#5") // a post on X under a title without Murati
	unmatched := find("ar-board-2023-11-18#6")
	units := ix.view("what did Murati post on X").units
	acc := map[int32]float64{post: 1, fired: 1, other: 1}
	ix.titleScores(units, acc)
	for _, tc := range []struct {
		name string
		doc  int32
		gain bool
	}{
		{"title has the unit the paragraph lacks", post, true},
		{"paragraph has the unit itself", fired, false},
		{"title lacks the unit", other, false},
	} {
		if got := acc[tc.doc] > 1; got != tc.gain {
			t.Errorf("%s: gained %v (score %.3f), want %v", tc.name, got, acc[tc.doc], tc.gain)
		}
	}
	if _, ok := acc[unmatched]; ok {
		t.Error("a paragraph matching no unit was given a title score")
	}
}
