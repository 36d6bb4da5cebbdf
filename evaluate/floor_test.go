package evaluate

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"casebot/retrieval"
)

// realReport evaluates the real index over the default corpus with the
// question set in testdata/eval/file, logging the table and the misses.
func realReport(t *testing.T, file string) Report {
	t.Helper()
	c, ix := defaultIndex(t)
	items, err := LoadFile(filepath.Join("..", "testdata", "eval", file), c)
	if err != nil {
		t.Fatal(err)
	}
	rep, err := Run(context.Background(), ix, items)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := rep.WriteTable(&b); err != nil {
		t.Fatal(err)
	}
	if err := rep.WriteMisses(&b); err != nil {
		t.Fatal(err)
	}
	t.Logf("\n%s", b.String())
	return rep
}

// arabic reports whether a question kind is asked in Arabic.
func arabic(kind string) bool { return strings.HasPrefix(kind, "ar-") }

// TestFloors holds the real retriever to floors a little under what it
// achieved when they were set, so a regression in analysis, embedding,
// fusion or abstention fails here. See the report log (go test -v) for the
// full table and the misses.
func TestFloors(t *testing.T) {
	t.Parallel()
	rep := realReport(t, "qa.jsonl")
	fused, _ := rep.Mode(retrieval.Fused)
	lexical, _ := rep.Mode(retrieval.Lexical)

	r1 := func(r Row) *float64 { return r.RecallAt1 }
	r3 := func(r Row) *float64 { return r.RecallAt3 }
	mrr := func(r Row) *float64 { return r.MRR }
	absP := func(r Row) *float64 { return r.AbstainPrecision }
	absR := func(r Row) *float64 { return r.AbstainRecall }
	// Floors for the fused mode, a little under what it measured when they
	// were set (measured values in the comments). Raise them as retrieval
	// improves; never lower one without saying why in the commit.
	floors := []struct {
		kind   string
		metric string
		get    func(Row) *float64
		floor  float64
	}{
		{"ar-direct", "R@1", r1, 0.93},      // 1.00 (15/15)
		{"ar-direct", "R@3", r3, 0.93},      // 1.00
		{"ar-paraphrase", "R@1", r1, 0.78},  // 0.86 (12/14)
		{"ar-paraphrase", "R@3", r3, 0.85},  // 0.93 (13/14)
		{"ar-paraphrase", "MRR", mrr, 0.80}, // 0.87
		{"en", "R@1", r1, 0.85},             // 0.93 (13/14)
		{"en", "R@3", r3, 0.92},             // 1.00
		{"all", "R@1", r1, 0.86},            // 0.91
		{"all", "R@3", r3, 0.93},            // 0.98
		{"all", "MRR", mrr, 0.90},           // 0.95
		// Retrieval abstains only on questions about something else (issue
		// 9): the five about other companies, people or the weather (Google
		// twice, Apple, Elon Musk, Cairo). Questions about the case that ask
		// what the article does not say (a salary, a university, the
		// founding year, an interim CEO...) are no longer abstained on
		// here: with a model they go to the model, which says
		// NOT_IN_SOURCES; offline the answer says what the article does not
		// give or hedges (answer/frames_test.go holds those counts). The
		// floor was 0.50 (8/15) when retrieval abstained on them too.
		{Unanswerable, "abstain recall", absR, 0.33}, // 0.33 (5/15)
		{"all", "abstain precision", absP, 0.90},     // 1.00 (8/8)
	}
	for _, f := range floors {
		row, ok := fused.Kind(f.kind)
		if !ok {
			t.Errorf("fused: no %s row", f.kind)
			continue
		}
		v := f.get(row)
		if v == nil {
			t.Errorf("fused %s %s is undefined", f.kind, f.metric)
			continue
		}
		if *v < f.floor {
			t.Errorf("fused %s %s = %.3f, below the floor %.2f", f.kind, f.metric, *v, f.floor)
		}
	}

	// The issue requires the fused retriever to be ahead of BM25 alone on
	// recall@1 for Arabic questions.
	isAr := func(r ItemResult) bool { return arabic(r.Kind) }
	fusedAr := Aggregate("arabic", filter(fused.Results, isAr))
	lexAr := Aggregate("arabic", filter(lexical.Results, isAr))
	f1, l1 := val(t, "fused Arabic R@1", fusedAr.RecallAt1), val(t, "lexical Arabic R@1", lexAr.RecallAt1)
	t.Logf("Arabic questions (%d): fused R@1 %.3f, lexical R@1 %.3f; fused MRR %.3f, lexical MRR %.3f",
		fusedAr.Answerable, f1, l1, *fusedAr.MRR, *lexAr.MRR)
	if f1 < l1 {
		t.Errorf("fused recall@1 on Arabic questions %.3f is below BM25 alone %.3f", f1, l1)
	}
}

// TestHeldOut runs the held-out questions (testdata/eval/qa_heldout.jsonl),
// written after the thesaurus and glossary were, to see whether their gains
// on qa.jsonl generalise. It holds no floors: do not tune retrieval on
// these questions, or they stop measuring anything. Read the log with -v.
func TestHeldOut(t *testing.T) {
	t.Parallel()
	rep := realReport(t, "qa_heldout.jsonl")
	fused, _ := rep.Mode(retrieval.Fused)
	lexical, _ := rep.Mode(retrieval.Lexical)
	isAr := func(r ItemResult) bool { return arabic(r.Kind) }
	f, l := Aggregate("arabic", filter(fused.Results, isAr)), Aggregate("arabic", filter(lexical.Results, isAr))
	t.Logf("held-out Arabic questions (%d): fused R@1 %.3f, lexical R@1 %.3f", f.Answerable, *f.RecallAt1, *l.RecallAt1)
	if fused.Overall.Questions < 20 {
		t.Errorf("held-out set has %d questions, want at least 20", fused.Overall.Questions)
	}
}

// TestI9Dev holds the floors of testdata/eval/i9_dev.jsonl, the development
// set of issue 9 (colloquial Arabic, mixed script, paraphrases, two
// paragraphs, near misses and off-topic questions), which the dialect
// lexicon, spelling rules, thesaurus and glossary additions and the
// answerability decision were tuned on: these floors guard against
// regressions, they do not measure generalisation (the unseen set does).
func TestI9Dev(t *testing.T) {
	t.Parallel()
	i9Floors(t, "i9_dev.jsonl", i9Figures{
		dialect:    0.95, // 0.958 (23/24; lev-01 since rerank_after.go)
		paraphrase: 0.90, // 0.944 (17/18)
		mixed:      0.95, // 1.00 (11/11)
		recall3:    0.98, // 1.00 (59/59)
	})
}

// TestI9Blind1 holds testdata/eval/i9_blind1.jsonl (blind, opened once at the end of session 2, now a tuning set), written blind
// and run once after every setting of issue 9 was frozen, at what that run
// measured. The figures are far under the dev set's (and under issue 9's
// targets for dialect and paraphrase recall): the floors keep them from
// getting worse, they do not say the targets are met.
func TestI9Blind1(t *testing.T) {
	t.Parallel()
	i9Floors(t, "i9_blind1.jsonl", i9Figures{
		dialect:    0.99, // 1.00 (24/24) since h5-para's stance re-ranker; 0.958 (23/24) with every third-session branch merged; 0.875 (21/24) with the article lexicon alone; 0.833 since the sentence re-ranker; 0.625 before
		paraphrase: 0.80, // 0.8125 (13/16) with the article lexicon; 0.625 since the re-ranker; 0.4375 before
		mixed:      0.95, // 1.00 (10/10) since the "exactly" stop words; 0.90 before
		recall3:    0.96, // 0.964 (53/55) with the article lexicon; 0.945 since the re-ranker; 0.891 before
	})
}

// TestI9Dev2 holds testdata/eval/i9_dev2.jsonl, the second blind set of
// issue 9, now a tuning set (the English phrases of the glossary and the
// grouped BM25 of translated words were measured on it), at what it
// measures: paraphrase-en 0.90 (9/10) since then, 0.60 before.
func TestI9Dev2(t *testing.T) {
	t.Parallel()
	i9Floors(t, "i9_dev2.jsonl", i9Figures{
		dialect:    0.95, // 0.967 (29/30)
		paraphrase: 0.94, // 0.95 (19/20) since h5-para; 0.90 (18/20)
		mixed:      0.95, // 1.00 (10/10)
		recall3:    0.98, // 1.00 (75/75)
	})
	rep := realReport(t, "i9_dev2.jsonl")
	fused, _ := rep.Mode(retrieval.Fused)
	en, _ := fused.Kind("paraphrase-en")
	if got := val(t, "paraphrase-en R@1", en.RecallAt1); got < 0.85 {
		t.Errorf("i9_dev2 fused paraphrase-en R@1 = %.3f, below the floor 0.85 (measured 0.90)", got)
	}
}

// TestI9Dev3 holds testdata/eval/i9_dev3.jsonl, the third blind set of
// issue 9, now a tuning set (the re-ranker's joined names and word
// proximity were measured on it), at its retrieval figures only: 5 of its 6
// off-topic questions abstain, which the decision's work has yet to mend.
// Measured: dialect 0.95 (19/20; 0.80 before the Maghrebi lexicon, verb
// markers and بلش), paraphrase 0.9375 (15/16; 0.75, 12/16, before the
// why re-ranker and rerank_after.go), mixed 1.00 (6/6; 0.83 before
// joinNames), answerable R@3 1.00.
func TestI9Dev3(t *testing.T) {
	t.Parallel()
	i9Floors(t, "i9_dev3.jsonl", i9Figures{
		dialect:       0.94,
		paraphrase:    0.93,
		mixed:         0.95,
		recall3:       0.98,
		retrievalOnly: true,
	})
}

// TestI9Dev4 holds testdata/eval/i9_dev4.jsonl, the fourth blind set of
// issue 9, now a tuning set, at what it measures: dialect 0.933 (28/30),
// paraphrase 0.95 (19/20; en 10/10 since rerank_after.go), mixed 1.00
// (10/10), answerable R@3 1.00; every off-topic question abstains and no
// answerable one does.
func TestI9Dev4(t *testing.T) {
	t.Parallel()
	i9Floors(t, "i9_dev4.jsonl", i9Figures{
		dialect:    0.93,
		paraphrase: 0.99, // 1.00 (20/20) since h5-para; 0.95 (19/20) before
		mixed:      0.99,
		recall3:    0.99,
	})
}

// i9Figures are the fused floors of an issue-9 set; unless retrievalOnly,
// every off-topic question must abstain and no answerable one may.
type i9Figures struct {
	dialect, paraphrase, mixed, recall3 float64
	retrievalOnly                       bool
}

func i9Floors(t *testing.T, set string, f i9Figures) {
	t.Helper()
	rep := realReport(t, set)
	fused, _ := rep.Mode(retrieval.Fused)
	isDialect := func(r ItemResult) bool { return strings.HasPrefix(r.Kind, "dialect-") }
	isPara := func(r ItemResult) bool { return strings.HasPrefix(r.Kind, "paraphrase-") }
	isAns := func(r ItemResult) bool { return r.Answerable() }
	dialect := Aggregate("dialect", filter(fused.Results, isDialect))
	para := Aggregate("paraphrase", filter(fused.Results, isPara))
	ans := Aggregate("answerable", filter(fused.Results, isAns))
	off, _ := fused.Kind(OffTopic)
	mixed, _ := fused.Kind("mixed-script")
	checks := []struct {
		name  string
		got   float64
		floor float64
	}{
		{"dialect R@1", val(t, "dialect R@1", dialect.RecallAt1), f.dialect},
		{"paraphrase R@1", val(t, "paraphrase R@1", para.RecallAt1), f.paraphrase},
		{"mixed-script R@1", val(t, "mixed R@1", mixed.RecallAt1), f.mixed},
		{"answerable R@3", val(t, "answerable R@3", ans.RecallAt3), f.recall3},
	}
	if !f.retrievalOnly {
		checks = append(checks, []struct {
			name  string
			got   float64
			floor float64
		}{
			{"off-topic abstain recall", val(t, "off R", off.AbstainRecall), 1},
			{"answerable not abstained", 1 - float64(ans.Abstained)/float64(ans.Questions), 1},
		}...)
	}
	for _, c := range checks {
		t.Logf("%s fused %s = %.3f", set, c.name, c.got)
		if c.got < c.floor {
			t.Errorf("%s fused %s = %.3f, below the floor %.2f", set, c.name, c.got, c.floor)
		}
	}
}
