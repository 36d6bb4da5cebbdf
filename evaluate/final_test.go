package evaluate

import (
	"path/filepath"
	"testing"

	"casebot/retrieval"
)

// The sets under testdata/eval/unseen/ were written blind in the third
// session by helpers who saw only the articles (never the code, the
// lexicons or the thresholds) and sealed while everything was tuned on the
// other sets. i9_final and i11_final were run once with every setting
// frozen (commit d35439a); their misses were then tuned on in one more
// round, so they are tuning sets since, held at that first run's figures.
// i9_final2 and i11_final2 were written while that round ran, sealed
// through it, and run once with every setting frozen (commit 1b50d9d):
// their floors are exactly what that run measured, and they were not
// tuned on.

// TestI9Final holds testdata/eval/unseen/i9_final.jsonl.
func TestI9Final(t *testing.T) {
	t.Parallel()
	i9Floors(t, filepath.Join("unseen", "i9_final.jsonl"), i9Figures{
		dialect:    0.99, // 1.00 (30/30; 0.933 in the first run) — issue 9 asks ≥ 0.85
		paraphrase: 0.89, // 0.90 (18/20): ar 9/10 since premise clauses look past their paragraph (rerank_after.go), en 9/10; 0.75 in the first run — issue 9 asks ≥ 0.80
		mixed:      0.90, // 0.90 (9/10)
		recall3:    0.98, // 0.987 (74/75)
	})
}

// TestMultiArticleFinal holds testdata/eval/unseen/i11_final.jsonl over
// testdata/multi: retrieval and the answers' dates and accounts.
func TestMultiArticleFinal(t *testing.T) {
	t.Parallel()
	f := multiFiguresOf(t, filepath.Join("unseen", "i11_final.jsonl"))
	answerable, kind, now, conflict, all, ans := f.answerable, f.kind, f.now, f.conflict, f.all, f.ans
	holdConfidentUnanswerable(t, ans, 0) // 1 before "which board member" read as who (fourth session)
	holdFloors(t, "i11_final", []floorCheck{
		{"answerable R@1", answerable.RecallAt1, 0.95},                // 0.805 (33/41; was 0.732), 0.854 (35/41) with the irregular-verb lemmas (h6-lemma) — issue 11 asks ≥ 0.85; 0.902 (37/41) with an appointment read as a change (h15-rank); 0.951 (39/41) with h26-r1 (preferGrowth)
		{"answerable R@3", answerable.RecallAt3, 0.97},                // 0.976 (40/41)
		{"cross-ar-en R@3", kind("cross-ar-en").RecallAt3, 0.83},      // 0.833 (5/6) — issue 11 asks 1.0
		{"cross-en-ar R@3", kind("cross-en-ar").RecallAt3, 1.0},       // 1.00 (6/6)
		{"conflict: newest account first", conflict.NewestFirst, 1.0}, // 0.667 (4/6), 0.833 by the fifth session, 1.00 (6/6) since changesMembership (h5-multi)
		{"now: newest account first", now.NewestFirst, 1.0},           // 1.00 (6/6)
		{"all: dates shown", all.DatesShown, 1.0},                     // 1.00
		{"all: right article first", all.RightArticleFirst, 0.92},     // 0.78, 0.90 by the fifth session, 0.93 since changesMembership
	})
	// Measured: 1 (conflict-03, "has Altman joined Microsoft", answered
	// from the 20 November article), 0 by the fifth session — as issue
	// 11 asks.
	if all.OlderAsCurrent > 0 {
		t.Errorf("%d i11_final answers present an older account as current, want none", all.OlderAsCurrent)
	}
}

// TestI9Final2 holds testdata/eval/unseen/i9_final2.jsonl (retrieval; its
// answers are held by answer's TestOfflineFramesFinal2, where 9 of its 10
// off-topic questions abstain).
func TestI9Final2(t *testing.T) {
	t.Parallel()
	i9Floors(t, filepath.Join("unseen", "i9_final2.jsonl"), i9Figures{
		dialect:       0.99, // 1.00 (30/30) since h5-para; 0.933 (28/30): eg 7/8, gulf 8/8, lev 7/8, mag 6/6 (5/6 before rerank_after.go; 0.867 in the sealed run) — issue 9 asks ≥ 0.85
		paraphrase:    0.94, // 0.95 (19/20) since h5-para; 0.85 (17/20): ar 7/10, en 10/10 (0.80 in the sealed run) — issue 9 asks ≥ 0.80
		mixed:         0.99, // 1.00 (10/10; 0.90 in the sealed run)
		recall3:       0.99, // 1.00 (75/75)
		retrievalOnly: true,
	})
}

// TestMultiArticleFinal2 holds testdata/eval/unseen/i11_final2.jsonl over
// testdata/multi.
func TestMultiArticleFinal2(t *testing.T) {
	t.Parallel()
	f := multiFiguresOf(t, filepath.Join("unseen", "i11_final2.jsonl"))
	answerable, kind, now, conflict, all, ans := f.answerable, f.kind, f.now, f.conflict, f.all, f.ans
	holdConfidentUnanswerable(t, ans, 0) // 2 before a name after a preposition stopped counting; 1 before asksResult (h5-multi)
	holdFloors(t, "i11_final2", []floorCheck{
		{"answerable R@1", answerable.RecallAt1, 0.95},          // 0.829 (34/41) with h5-cross's glossary lines; was 0.805 (0.756 in the sealed run) — issue 11 asks ≥ 0.85; 0.927 (38/41) with an appointment read as a change (h15-rank); 0.951 (39/41) with h24-r1 (notice given in advance, a mystery unexplained, "AI safety" as one unit, كرت/صراحة)
		{"answerable R@3", answerable.RecallAt3, 0.95},          // 0.951 (39/41); was 0.854
		{"cross-ar-en R@3", kind("cross-ar-en").RecallAt3, 1.0}, // 1.00 (6/6); was 0.833 — issue 11 asks 1.0
		{"cross-en-ar R@3", kind("cross-en-ar").RecallAt3, 1.0}, // 1.00 (6/6) with h5-cross (job/event lines); was 0.667 — issue 11 asks 1.0
		// 0.667 (4/6) in the sealed run; 0.833 (5/6) since a question
		// offering a claim and its denial («…أم لا؟») hears the newest
		// account (offersOutcomes, fourth session) — issue 11 asks all;
		// 1.00 (6/6) since "did Mira Murati stay on as interim CEO" is
		// about Murati (a given name before the surname) and asks whether
		// she kept the post (h5-multi).
		{"conflict: newest account first", conflict.NewestFirst, 1.0},
		// 1.00 (6/6; was 0.833): i11f2-now-05, about Microsoft, hears the
		// 24 November wire's "that plan has been dropped" (newest.go:
		// subjectThing, reverses), which leads.
		{"now: newest account first", now.NewestFirst, 1.0},
		{"all: dates shown", all.DatesShown, 1.0}, // 1.00
		// 0.805 (33/41): 0.82 (32/39) before two answerable questions with
		// a word no paragraph has stopped abstaining; one of them is ranked
		// wrong, so the share over answered questions fell as its count rose.
		// 0.854 (35/41) since h5-multi; 0.902 (37/41) with h24-newest
		// (measured 0.878 on the session's base).
		{"all: right article first", all.RightArticleFirst, 0.90},
	})
	// Answerable questions with a word the sources lack (colloquial, or
	// with no translation) are answered, hedged, not refused: measured 0.
	for _, k := range []string{"single-ar", "single-en", "cross-ar-en", "cross-en-ar", "conflict", "now", "two-article"} {
		if a := kind(k).Abstained; a > 0 {
			t.Errorf("i11_final2 %s: %d answerable questions abstained, want 0", k, a)
		}
	}
	// Measured: 2 in the sealed run, 1 since offersOutcomes, 0 since
	// i11f2-now-05's newest account leads (subjectThing, h2-time).
	if all.OlderAsCurrent > 0 {
		t.Errorf("%d i11_final2 answers present an older account as current, want none", all.OlderAsCurrent)
	}
}

// TestI9Final3 holds testdata/eval/unseen/i9_final3.jsonl, written blind at
// the start of the fourth session by a helper who saw only the article,
// sealed while that session tuned on every other set, and run once with
// every setting frozen (commit e1176a4). The floors are what that run
// measured (its answers are held by answer's TestOfflineFramesFinal3).
func TestI9Final3(t *testing.T) {
	t.Parallel()
	i9Floors(t, filepath.Join("unseen", "i9_final3.jsonl"), i9Figures{
		dialect:       0.96, // 0.967 (29/30) since h5-para (Maghrebi يامات); 0.933 (28/30): eg 8/8, gulf 8/8, lev 8/8, mag 4/6 — issue 9 asks ≥ 0.85
		paraphrase:    0.85, // 0.85 (17/20): ar 9/10, en 8/10 — issue 9 asks ≥ 0.80
		mixed:         0.90, // 0.90 (9/10)
		recall3:       0.97, // 0.973 (73/75)
		retrievalOnly: true,
	})
}

// TestMultiArticleFinal3 holds testdata/eval/unseen/i11_final3.jsonl over
// testdata/multi, written and run as i9_final3 (commit e1176a4).
func TestMultiArticleFinal3(t *testing.T) {
	t.Parallel()
	f := multiFiguresOf(t, filepath.Join("unseen", "i11_final3.jsonl"))
	answerable, kind, now, conflict, all, ans := f.answerable, f.kind, f.now, f.conflict, f.all, f.ans
	holdFloors(t, "i11_final3", []floorCheck{
		{"answerable R@1", answerable.RecallAt1, 0.97},                // 0.976 (40/41) with chat English (h11-en); 0.927 (38/41) with glossary_cross_en_ar.txt (h5-cross); was 0.902 — issue 11 asks ≥ 0.85
		{"answerable R@3", answerable.RecallAt3, 1.0},                 // 1.00 (41/41)
		{"cross-ar-en R@3", kind("cross-ar-en").RecallAt3, 1.0},       // 1.00 (6/6) — issue 11 asks 1.0
		{"cross-en-ar R@3", kind("cross-en-ar").RecallAt3, 1.0},       // 1.00 (6/6) — issue 11 asks 1.0
		{"conflict: newest account first", conflict.NewestFirst, 1.0}, // 0.833 (5/6) — issue 11 asks all; 1.00 (6/6) with h8-time's withoutDating
		{"now: newest account first", now.NewestFirst, 1.0},           // 1.00 (6/6)
		{"all: dates shown", all.DatesShown, 1.0},                     // 1.00
		{"all: right article first", all.RightArticleFirst, 0.82},     // 0.825 (33/40); 0.85 (34/40) before glossary_cross_en_ar.txt: i11f3-cross-en-ar-01 keeps its paragraph first in retrieval, the answer now quotes the English one first (answer-side order; the same change adds 1–3 on i11_dev3/dev4/dev5/final4)
	})
	// Measured: 0 — as issue 11 asks.
	if all.OlderAsCurrent > 0 {
		t.Errorf("%d i11_final3 answers present an older account as current, want none", all.OlderAsCurrent)
	}
	// Measured: 3 of 7 near misses answered confidently; 2 since a
	// question asking for a result is not answered confidently by a plan
	// (asksResult, h5-multi).
	holdConfidentUnanswerable(t, ans, 2)
}

// TestI9Final4 holds testdata/eval/unseen/i9_final4.jsonl, written blind
// while the third sealed run was read, sealed, and run once on that run's
// code (e1176a4): a second, independent draw of the same system.
func TestI9Final4(t *testing.T) {
	t.Parallel()
	i9Floors(t, filepath.Join("unseen", "i9_final4.jsonl"), i9Figures{
		dialect:       0.99, // 1.00 (30/30) since h5-para (stance re-ranker, premise-last sequel, قال, رجوع out of the return groups; its misses were read, so no longer unseen); 0.867 (26/30) as run: eg 6/8, gulf 8/8, lev 7/8, mag 5/6 — issue 9 asks ≥ 0.85
		paraphrase:    0.89, // 0.90 (18/20) since h5-para; 0.75 (15/20) as run: ar 8/10, en 7/10 — issue 9 asks ≥ 0.80
		mixed:         1.0,  // 1.00 (10/10)
		recall3:       0.96, // 0.96 (72/75)
		retrievalOnly: true,
	})
}

// TestMultiArticleFinal4 holds testdata/eval/unseen/i11_final4.jsonl over
// testdata/multi, written and run as i9_final4.
func TestMultiArticleFinal4(t *testing.T) {
	t.Parallel()
	f := multiFiguresOf(t, filepath.Join("unseen", "i11_final4.jsonl"))
	answerable, kind, now, conflict, all, ans := f.answerable, f.kind, f.now, f.conflict, f.all, f.ans
	holdFloors(t, "i11_final4", []floorCheck{
		{"answerable R@1", answerable.RecallAt1, 1.0},                  // 0.805 (33/41) with h5-cross's glossary and title context; was 0.683; 0.829 (34/41) with the irregular-verb lemmas (h6-lemma); 0.854 (35/41) with "=>" lines and لما clauses (h7-xrank) — issue 11 asks ≥ 0.85; 0.902 (37/41) with h16-board's count preference; 0.927 (38/41) with h22-cross (first → أول); 0.951 (39/41) with h24-r1 (notice given in advance, a mystery unexplained, "AI safety" as one unit, كرت/صراحة); 0.976 (40/41) with h25-day (time-anchored questions prefer the event's first report; which-day questions the named day); 1.00 (41/41) with h25-day and h25-rank together (a person's name parts count once)
		{"answerable R@3", answerable.RecallAt3, 0.92},                 // 0.927 (38/41); was 0.854
		{"cross-ar-en R@3", kind("cross-ar-en").RecallAt3, 1.0},        // 1.00 (6/6); was 0.833 — issue 11 asks 1.0
		{"cross-en-ar R@3", kind("cross-en-ar").RecallAt3, 1.0},        // 0.833 (5/6) — issue 11 asks 1.0; 1.00 (6/6) with h25-day (time-anchored questions prefer the event's first report; which-day questions the named day)
		{"conflict: newest account first", conflict.NewestFirst, 0.83}, // 0.50 (3/6); 0.83 (5/6) since windsUp/offersReturn and changesMembership (h5-multi) — issue 11 asks all
		{"now: newest account first", now.NewestFirst, 1.0},            // 1.00 (6/6)
		{"all: dates shown", all.DatesShown, 1.0},                      // 1.00
		{"all: right article first", all.RightArticleFirst, 0.77},      // 0.72 (29/40); 0.775 (31/40) since h5-multi
	})
	// Measured: 2, 1 since h5-multi (conflict-05, Microsoft's word on the
	// new leadership, told by the wire story in other words) — issue 11
	// asks for none.
	if all.OlderAsCurrent > 1 {
		t.Errorf("%d i11_final4 answers present an older account as current, want at most the measured 1", all.OlderAsCurrent)
	}
	holdConfidentUnanswerable(t, ans, 0) // measured: 1 of 7; 0 with h9-time's speechAsked
}

// multiFigures are the figures a multi-article floor test reads from one
// run of a set over testdata/multi: fused retrieval over the answerable
// questions and per kind, and the answers' rows.
type multiFigures struct {
	answerable         Row
	now, conflict, all AnswerRow
	kind               func(string) Row
	ans                AnswerReport
}

// multiFiguresOf runs set over testdata/multi (see multiRun).
func multiFiguresOf(t *testing.T, set string) multiFigures {
	t.Helper()
	rep, ans := multiRun(t, set)
	fused, _ := rep.Mode(retrieval.Fused)
	f := multiFigures{ans: ans}
	f.answerable = Aggregate("answerable", filter(fused.Results, func(r ItemResult) bool { return r.Answerable() }))
	f.kind = func(k string) Row { r, _ := fused.Kind(k); return r }
	f.now, _ = ans.Kind("now")
	f.conflict, _ = ans.Kind("conflict")
	f.all, _ = ans.Kind("all")
	return f
}
