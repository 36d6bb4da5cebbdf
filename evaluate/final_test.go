package evaluate

import (
	"path/filepath"
	"testing"

	"casebot/retrieval"
)

// The sets under testdata/eval/unseen/ were written blind in the third
// session by two helpers who saw only the articles (never the code, the
// lexicons or the thresholds), sealed while everything was tuned on the
// other sets, and run once after every setting was frozen (commit d35439a).
// Their figures are the ones issues 9 and 11 are judged on; the floors
// below are exactly what that run measured, so they can only say when a
// later change makes things worse — and they were not tuned on.

// TestI9Final holds testdata/eval/unseen/i9_final.jsonl.
func TestI9Final(t *testing.T) {
	i9Floors(t, filepath.Join("unseen", "i9_final.jsonl"), i9Figures{
		dialect:    0.93, // 0.933 (28/30): eg 8/8, gulf 8/8, lev 7/8, mag 5/6 — issue 9 asks ≥ 0.85
		paraphrase: 0.75, // 0.75 (15/20): ar 8/10, en 7/10 — issue 9 asks ≥ 0.80
		mixed:      0.90, // 0.90 (9/10)
		recall3:    0.98, // 0.987 (74/75)
	})
}

// TestMultiArticleFinal holds testdata/eval/unseen/i11_final.jsonl over
// testdata/multi: retrieval and the answers' dates and accounts.
func TestMultiArticleFinal(t *testing.T) {
	rep, ans := multiRun(t, filepath.Join("unseen", "i11_final.jsonl"))
	fused, _ := rep.Mode(retrieval.Fused)
	answerable := Aggregate("answerable", filter(fused.Results, func(r ItemResult) bool { return r.Answerable() }))
	kind := func(k string) Row { r, _ := fused.Kind(k); return r }
	now, _ := ans.Kind("now")
	conflict, _ := ans.Kind("conflict")
	all, _ := ans.Kind("all")
	for _, ch := range []struct {
		name  string
		got   *float64
		floor float64
	}{
		{"answerable R@1", answerable.RecallAt1, 0.73},                 // 0.732 (30/41) — issue 11 asks ≥ 0.85
		{"answerable R@3", answerable.RecallAt3, 0.97},                 // 0.976 (40/41)
		{"cross-ar-en R@3", kind("cross-ar-en").RecallAt3, 0.83},       // 0.833 (5/6) — issue 11 asks 1.0
		{"cross-en-ar R@3", kind("cross-en-ar").RecallAt3, 1.0},        // 1.00 (6/6)
		{"conflict: newest account first", conflict.NewestFirst, 0.66}, // 0.667 (4/6) — issue 11 asks all
		{"now: newest account first", now.NewestFirst, 1.0},            // 1.00 (6/6)
		{"all: dates shown", all.DatesShown, 1.0},                      // 1.00
		{"all: right article first", all.RightArticleFirst, 0.78},      // 0.78
	} {
		t.Logf("i11_final %s = %v", ch.name, deref(ch.got))
		if ch.got == nil || *ch.got < ch.floor {
			t.Errorf("i11_final %s = %v, below the floor %.2f", ch.name, deref(ch.got), ch.floor)
		}
	}
	// Measured: 1 (conflict-03, "has Altman joined Microsoft", answered
	// from the 20 November article) — issue 11 asks for none.
	if all.OlderAsCurrent > 1 {
		t.Errorf("%d i11_final answers present an older account as current, want at most the measured 1", all.OlderAsCurrent)
	}
}
