package evaluate

import "testing"

// The fifteenth session's tuning sets, written blind at its start by
// helpers who saw only the four articles and testdata/eval/writers/:
// i11_dev7 and i11_dev8. Each was opened once on 653fe42 (figures below,
// as they came), then tuned on (h26-fresh, h26-board).

// TestMultiArticleDev7 holds testdata/eval/i11_dev7.jsonl over
// testdata/multi. As it came: answerable R@1 0.83 (34/41), cross R@3
// 1.00 / 0.83, conflicts newest first 3 of 6, "now" 6 of 6, one older
// account as current, two near misses answered confidently.
func TestMultiArticleDev7(t *testing.T) {
	t.Parallel()
	f := multiFiguresOf(t, "i11_dev7.jsonl")
	holdFloors(t, "i11_dev7", []floorCheck{
		{"answerable R@1", f.answerable.RecallAt1, 0.92},                // 0.902 (37/41) with h26-fresh (names that lost their hamza «لالتمان», "msft", "put in charge"); 0.83 as it came; 0.927 (38/41) with h30-lex («يوم ما طردوه» anchors at the firing)
		{"answerable R@3", f.answerable.RecallAt3, 0.97},                // 0.976 (40/41)
		{"cross-ar-en R@3", f.kind("cross-ar-en").RecallAt3, 1.0},       // 1.00 (6/6)
		{"cross-en-ar R@3", f.kind("cross-en-ar").RecallAt3, 1.0},       // 1.00 (6/6) with h26-fresh; 0.83 as it came
		{"conflict: newest account first", f.conflict.NewestFirst, 1.0}, // 1.00 (6/6): 0.50 as it came; 0.83 with h26-fresh (a newest-article line off the matter no longer leads); 1.00 with h26-board (counted conflicts)
		{"now: newest account first", f.now.NewestFirst, 1.0},           // 1.00 (6/6)
		{"all: dates shown", f.all.DatesShown, 1.0},                     // 1.00
		{"all: right article first", f.all.RightArticleFirst, 0.92},     // 0.927 (38/41); 0.85 as it came
	})
	// 1 as it came (the board's size), 0 with h26-board.
	if f.all.OlderAsCurrent > 0 {
		t.Errorf("%d i11_dev7 answers present an older account as current, want none", f.all.OlderAsCurrent)
	}
	// 2 as it came, 1 since "concluding" asks a result (h26-fresh), 0
	// with h27-miss: "called them a first essential step" is no phone
	// call, and the clause telling the firing names no caller.
	holdConfidentUnanswerable(t, f.ans, 0)
}

// TestMultiArticleDev8 holds testdata/eval/i11_dev8.jsonl over
// testdata/multi. As it came: answerable R@1 0.90 (37/41), cross R@3
// 0.83 / 1.00, conflicts newest first 4 of 6, "now" 6 of 6, two older
// accounts as current, no near miss answered confidently.
func TestMultiArticleDev8(t *testing.T) {
	t.Parallel()
	f := multiFiguresOf(t, "i11_dev8.jsonl")
	holdFloors(t, "i11_dev8", []floorCheck{
		{"answerable R@1", f.answerable.RecallAt1, 0.95},                // 0.902 (37/41), as it came; 0.927 (38/41) with h29-cross; 0.951 (39/41) with h30-lex («بتشتغل وين» reads as أين وظيفة)
		{"answerable R@3", f.answerable.RecallAt3, 1.0},                 // 0.976 (40/41); 1.00 (41/41) with h29-cross
		{"cross-ar-en R@3", f.kind("cross-ar-en").RecallAt3, 1.0},       // 0.833 (5/6) as it came: «مجلس ادارة اوبن اي اي مسؤول قدام مين» (accountable to whom) did not reach "whose board answers to the company's mission"; 1.00 (6/6) with h29-cross («مسؤول أمام» reads as "answers")
		{"cross-en-ar R@3", f.kind("cross-en-ar").RecallAt3, 1.0},       // 1.00 (6/6)
		{"conflict: newest account first", f.conflict.NewestFirst, 1.0}, // 1.00 (6/6): 0.67 as it came; 0.83 with h26-fresh ("held the job" reaches «تولى»); 1.00 with h26-board (counted conflicts)
		{"now: newest account first", f.now.NewestFirst, 1.0},           // 1.00 (6/6)
		{"all: dates shown", f.all.DatesShown, 1.0},                     // 1.00
		{"all: right article first", f.all.RightArticleFirst, 0.92},     // 0.902 (37/41); 0.88 as it came; 0.927 (38/41) with h29-cross
	})
	// 2 as it came, 1 with h26-fresh, 0 with h26-board.
	if f.all.OlderAsCurrent > 0 {
		t.Errorf("%d i11_dev8 answers present an older account as current, want none", f.all.OlderAsCurrent)
	}
	holdConfidentUnanswerable(t, f.ans, 0) // 0 of 7, as it came
}

// The sixteenth session's tuning sets, written blind at its start by two
// helpers who saw only the four articles and a variant of
// testdata/eval/writers/WRITER_I11.md asking for 52 questions weighted
// to the kinds that fail most (10 cross-language each way, 8 conflicts,
// 8 "now", inventive wording): i11_dev9 and i11_dev10. Each was opened
// once on 25aa559 (figures below, as they came), then tuned on.

// TestMultiArticleDev9 holds testdata/eval/i11_dev9.jsonl over
// testdata/multi. As it came: answerable R@1 0.75 (36/48), cross R@3
// 0.80 / 1.00, conflicts newest first 4 of 8, "now" 7 of 8, four older
// accounts as current, no near miss answered confidently.
func TestMultiArticleDev9(t *testing.T) {
	t.Parallel()
	f := multiFiguresOf(t, "i11_dev9.jsonl")
	holdFloors(t, "i11_dev9", []floorCheck{
		{"answerable R@1", f.answerable.RecallAt1, 0.83},                 // 0.750 (36/48) as it came; 0.771 (37/48) with h29-state (Maghrebi «سالات», it is over); 0.833 (40/48) with h29-cross too
		{"answerable R@3", f.answerable.RecallAt3, 1.0},                  // 0.958 (46/48); 1.00 (48/48) with h29-cross
		{"cross-ar-en R@3", f.kind("cross-ar-en").RecallAt3, 1.0},        // 0.80 (8/10) as it came; 1.00 (10/10) with h29-cross («كانت عارفة» is what Microsoft knew; «يجريو على» a firing; «شحال من نهار دامت الحيصة»: how many days the crisis lasted)
		{"cross-en-ar R@3", f.kind("cross-en-ar").RecallAt3, 1.0},        // 1.00 (10/10)
		{"conflict: newest account first", f.conflict.NewestFirst, 0.87}, // 0.875 (7/8) with h30-matter (a heading lends no quote its words; a person's posts on X are accounts of one matter); 0.625 with h29-state; 0.50 as it came
		{"now: newest account first", f.now.NewestFirst, 1.0},            // 1.00 (8/8) with h29-state; 0.875 as it came
		{"all: dates shown", f.all.DatesShown, 1.0},                      // 1.00
		{"all: right article first", f.all.RightArticleFirst, 0.83},      // 0.833 (40/48) with h30-matter; 0.812 (39/48) before
	})
	if f.all.OlderAsCurrent > 1 { // 4 as it came, 2 with h29-state, 1 with h30-matter
		t.Errorf("%d i11_dev9 answers present an older account as current, want at most 1", f.all.OlderAsCurrent)
	}
	holdConfidentUnanswerable(t, f.ans, 0) // 0 of 4, as it came
}

// TestMultiArticleDev10 holds testdata/eval/i11_dev10.jsonl over
// testdata/multi. As it came: answerable R@1 0.85 (41/48), cross R@3
// 1.00 / 1.00, conflicts newest first 6 of 8, "now" 7 of 8, two older
// accounts as current, no near miss answered confidently.
func TestMultiArticleDev10(t *testing.T) {
	t.Parallel()
	f := multiFiguresOf(t, "i11_dev10.jsonl")
	holdFloors(t, "i11_dev10", []floorCheck{
		{"answerable R@1", f.answerable.RecallAt1, 0.89},                // 0.854 (41/48), as it came; 0.896 (43/48) with h29-cross (تأسسات → تأسست; "hang up his twitch ceo hat" → ترك)
		{"answerable R@3", f.answerable.RecallAt3, 0.91},                // 0.917 (44/48)
		{"cross-ar-en R@3", f.kind("cross-ar-en").RecallAt3, 1.0},       // 1.00 (10/10)
		{"cross-en-ar R@3", f.kind("cross-en-ar").RecallAt3, 1.0},       // 1.00 (10/10)
		{"conflict: newest account first", f.conflict.NewestFirst, 1.0}, // 1.00 (8/8) with h29-state (where a person went is asked of now; versions offered); 0.75 as it came
		{"now: newest account first", f.now.NewestFirst, 1.0},           // 1.00 (8/8) with h30-matter (a plan's fate told under its place); 0.875 before
		{"all: dates shown", f.all.DatesShown, 1.0},                     // 1.00
		{"all: right article first", f.all.RightArticleFirst, 0.87},     // 0.875 (42/48) with h30-matter; 0.854 with h29-state; 0.833 as it came
	})
	if f.all.OlderAsCurrent > 0 { // 2 as it came, 0 with h29-state
		t.Errorf("%d i11_dev10 answers present an older account as current, want none", f.all.OlderAsCurrent)
	}
	holdConfidentUnanswerable(t, f.ans, 0) // 0 of 4, as it came
}
