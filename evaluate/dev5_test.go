package evaluate

import "testing"

// The fifth session's tuning sets, written blind at its start by helpers
// who saw only the articles and their numbered paragraphs (never code,
// lexicons or thresholds): i9_dev5, i11_dev5 and i11_dev6. Each was
// measured once as it came (figures below), then tuned on.

// TestI9Dev5 holds testdata/eval/i9_dev5.jsonl. As it came: dialect 0.90
// (27/30), paraphrase 0.75 (15/20), mixed 0.90 (9/10), answerable R@3
// 0.973; off-topic 9 of 10 abstained.
func TestI9Dev5(t *testing.T) {
	t.Parallel()
	i9Floors(t, "i9_dev5.jsonl", i9Figures{
		dialect:       1.0,  // 1.00 (30/30) since h22-dialect (who-questions prefer a sentence naming someone new; a question naming two persons prefers the paragraph naming both; phrasal verbs with an object pronoun); 0.967 (29/30) before
		paraphrase:    0.89, // 0.90 (18/20) since h5-para (homographs out of the thesaurus, why-cues, yes/no sequels)
		mixed:         0.89,
		recall3:       0.97,
		retrievalOnly: true,
	})
}

// TestMultiArticleDev5 holds testdata/eval/i11_dev5.jsonl over
// testdata/multi. As it came: answerable R@1 0.78, one answerable
// question abstained, cross R@3 1.00 / 0.83, newest first 10 of 12.
func TestMultiArticleDev5(t *testing.T) {
	t.Parallel()
	f := multiFiguresOf(t, "i11_dev5.jsonl")
	holdFloors(t, "i11_dev5", []floorCheck{
		{"answerable R@1", f.answerable.RecallAt1, 0.97}, // 0.976 (40/41) since "who sits on the board" asks for members (h29-r1); 0.927 (38/41) since a question about now that names a state prefers the account of a change (h13-now); 0.902 (37/41) since a given name alone reaches its surname and "once" + name opens a time clause (h12-en); 0.854 (35/41) with glossary_cross_en_ar.txt (h5-cross); 0.78 as it came
		{"answerable R@3", f.answerable.RecallAt3, 1.0},  // 1.00 (41/41); 0.95 as it came
		{"cross-ar-en R@3", f.kind("cross-ar-en").RecallAt3, 1.0},
		{"cross-en-ar R@3", f.kind("cross-en-ar").RecallAt3, 1.0}, // 1.00 (6/6) with the title context (h5-cross); 0.83 as it came
		// 0.66 as it came; 0.83 (5/6) since a return offered as an
		// outcome («…ولا رجع؟») asks how things ended (offersReturn,
		// h5-multi); 1.00 (6/6) since how many are on a board is asked
		// of now (asksMembership, h5-multi). 0.83 (5/6) with h26-board's
		// counted conflicts: i11d5-conflict-03 "How many people are on
		// OpenAI's board? One piece says four, another three, another
		// mentions six" now leads with the 2025 look back's four of six,
		// its label the wire's #4 (label written before the date rule).
		{"conflict: newest account first", f.conflict.NewestFirst, 0.83},
		{"now: newest account first", f.now.NewestFirst, 1.0},
		{"all: dates shown", f.all.DatesShown, 1.0},
	})
	if f.all.OlderAsCurrent > 0 {
		t.Errorf("%d i11_dev5 answers present an older account as current, want 0", f.all.OlderAsCurrent)
	}
	// 1 before, 0 since «شو اسمه» after a team asks the team's name, not a
	// person's (namesThingNotPerson, h24-miss).
	holdConfidentUnanswerable(t, f.ans, 0)
}

// TestMultiArticleDev6 holds testdata/eval/i11_dev6.jsonl over
// testdata/multi. As it came: answerable R@1 0.85, cross R@3 1.00 / 1.00,
// newest first 11 of 12, one older account shown as current, two near
// misses answered confidently.
func TestMultiArticleDev6(t *testing.T) {
	t.Parallel()
	f := multiFiguresOf(t, "i11_dev6.jsonl")
	holdFloors(t, "i11_dev6", []floorCheck{
		{"answerable R@1", f.answerable.RecallAt1, 1.0}, // 0.902 (37/41) with h5-cross's glossary and round trip; 0.85 as it came; 0.976 (40/41) with the fourteenth session's round (h23-r1, h23-cross, h23-newest); 1.00 (41/41) with h25-rank (words naming the sources are the question's frame: "the arabic report … the english one")
		{"answerable R@3", f.answerable.RecallAt3, 0.97},
		{"cross-ar-en R@3", f.kind("cross-ar-en").RecallAt3, 1.0},
		{"cross-en-ar R@3", f.kind("cross-en-ar").RecallAt3, 1.0},
		// 0.83 as it came; 1.00 (6/6) since a claim offered with its
		// denial is told by a later change on its matter (changesOnClaim,
		// h5-multi).
		{"conflict: newest account first", f.conflict.NewestFirst, 1.0},
		{"now: newest account first", f.now.NewestFirst, 1.0},
		{"all: dates shown", f.all.DatesShown, 1.0},
	})
	// 1 as it came (conflict-03), 0 since changesOnClaim.
	if f.all.OlderAsCurrent > 0 {
		t.Errorf("%d i11_dev6 answers present an older account as current, want none", f.all.OlderAsCurrent)
	}
	// 2 as it came, 1 since a question asking for a result is not
	// answered confidently by a plan (asksResult, h5-multi); 0 since
	// whether someone said anything asks what they said (speechAsked on
	// a yes/no question, h24-miss).
	holdConfidentUnanswerable(t, f.ans, 0)
}

// TestMultiArticleDev4 holds testdata/eval/i11_dev4.jsonl over
// testdata/multi, a blind development set of the fourth session that had
// no floor of its own until the eleventh. Measured at 3e7b93e: answerable
// R@1 0.927 (38/41), R@3 1.00, newest first 12 of 12, no older account as
// current, one near miss answered confidently.
func TestMultiArticleDev4(t *testing.T) {
	t.Parallel()
	f := multiFiguresOf(t, "i11_dev4.jsonl")
	holdFloors(t, "i11_dev4", []floorCheck{
		{"answerable R@1", f.answerable.RecallAt1, 0.92}, // 0.927 (38/41)
		{"answerable R@3", f.answerable.RecallAt3, 1.0},  // 1.00 (41/41)
		{"cross-ar-en R@3", f.kind("cross-ar-en").RecallAt3, 1.0},
		{"cross-en-ar R@3", f.kind("cross-en-ar").RecallAt3, 1.0},
		{"conflict: newest account first", f.conflict.NewestFirst, 1.0},
		{"now: newest account first", f.now.NewestFirst, 1.0},
		{"all: dates shown", f.all.DatesShown, 1.0},
	})
	if f.all.OlderAsCurrent > 0 {
		t.Errorf("%d i11_dev4 answers present an older account as current, want 0", f.all.OlderAsCurrent)
	}
	holdConfidentUnanswerable(t, f.ans, 1)
}
