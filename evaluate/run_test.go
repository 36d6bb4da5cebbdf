package evaluate

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"casebot/corpus"
	"casebot/retrieval"
)

// fakeSearcher answers from a fixed table: for each mode and question, the
// paragraph numbers to return and whether the result is answerable.
type fakeSearcher struct {
	c     *corpus.Corpus
	table map[retrieval.Mode]map[string]fakeResult
	calls []retrieval.SearchOptions
}

type fakeResult struct {
	paras      []int
	answerable bool
	confidence float64
	err        error
}

func (f *fakeSearcher) Search(_ context.Context, q string, opts retrieval.SearchOptions) (retrieval.Result, error) {
	f.calls = append(f.calls, opts)
	fr, ok := f.table[opts.Mode][q]
	if !ok {
		return retrieval.Result{}, errors.New("fake: unexpected question " + q)
	}
	if fr.err != nil {
		return retrieval.Result{}, fr.err
	}
	res := retrieval.Result{Query: q, Answerable: fr.answerable, Confidence: fr.confidence}
	for _, n := range fr.paras {
		p, ok := f.c.Lookup(corpus.MakeRef("openai-altman-ouster-2023", n))
		if !ok {
			panic("fake: bad paragraph")
		}
		res.Hits = append(res.Hits, retrieval.Hit{Paragraph: p})
	}
	return res, nil
}

const fakeQA = `{"id":"ar-direct-01","kind":"ar-direct","question":"q1","refs":["#7"]}
{"id":"ar-direct-02","kind":"ar-direct","question":"q2","refs":["#1","#9"]}
{"id":"en-01","kind":"en","question":"q3","refs":["#4"]}
{"id":"en-02","kind":"en","question":"q4","refs":["#6"]}
{"id":"unanswerable-01","kind":"unanswerable","question":"q5","refs":[]}
{"id":"unanswerable-02","kind":"unanswerable","question":"q6","refs":[]}
`

func newFake(t *testing.T) (*fakeSearcher, []Item) {
	t.Helper()
	c := defaultCorpus(t)
	items, err := Load(strings.NewReader(fakeQA), c)
	if err != nil {
		t.Fatal(err)
	}
	f := &fakeSearcher{c: c, table: map[retrieval.Mode]map[string]fakeResult{
		retrieval.Fused: {
			"q1": {paras: []int{7, 8, 3}, answerable: true, confidence: 0.9},
			"q2": {paras: []int{9, 1, 8}, answerable: true, confidence: 0.8},
			"q3": {paras: []int{5, 4, 6}, answerable: true, confidence: 0.7},
			"q4": {paras: []int{6, 2, 8}, answerable: false, confidence: 0.4},
			"q5": {paras: []int{1, 2, 3}, answerable: false, confidence: 0.1},
			"q6": {paras: []int{3, 2, 1}, answerable: false, confidence: 0.2},
		},
		retrieval.Lexical: {
			"q1": {paras: []int{8, 3, 7}, answerable: true, confidence: 0.6},
			"q2": {paras: []int{2, 3, 5, 1}, answerable: true, confidence: 0.6},
			"q3": {paras: []int{4, 5}, answerable: true, confidence: 0.6},
			"q4": {paras: []int{1, 2, 3, 4, 5}, answerable: false, confidence: 0.3},
			"q5": {paras: []int{1}, answerable: true, confidence: 0.55},
			"q6": {paras: nil, answerable: false, confidence: 0},
		},
		retrieval.Dense: {
			"q1": {paras: []int{7}, answerable: true, confidence: 0.9},
			"q2": {paras: []int{1}, answerable: true, confidence: 0.9},
			"q3": {paras: []int{4}, answerable: true, confidence: 0.9},
			"q4": {paras: []int{6}, answerable: true, confidence: 0.9},
			"q5": {paras: []int{2}, answerable: true, confidence: 0.9},
			"q6": {paras: []int{3}, answerable: true, confidence: 0.9},
		},
	}}
	return f, items
}

func val(t *testing.T, what string, v *float64) float64 {
	t.Helper()
	if v == nil {
		t.Fatalf("%s is undefined", what)
	}
	return *v
}

func TestRunFigures(t *testing.T) {
	f, items := newFake(t)
	rep, err := Run(context.Background(), f, items)
	if err != nil {
		t.Fatal(err)
	}
	if len(f.calls) != 3*len(items) {
		t.Fatalf("%d searches, want %d", len(f.calls), 3*len(items))
	}
	for _, o := range f.calls {
		if o.K != K {
			t.Fatalf("searched with K=%d, want %d", o.K, K)
		}
	}
	nan := math.NaN()
	type want struct {
		r1, r3, mrr, p, r float64 // NaN: undefined
		abstained         int
	}
	tests := []struct {
		mode retrieval.Mode
		kind string
		want want
	}{
		// fused: q1 #1, q2 #1, q3 rank 2, q4 rank 1 but abstained; q5, q6 abstained.
		{retrieval.Fused, "all", want{3.0 / 4, 1, (1 + 1 + 0.5 + 1) / 4, 2.0 / 3, 1, 3}},
		{retrieval.Fused, "ar-direct", want{1, 1, 1, nan, nan, 0}},
		{retrieval.Fused, "en", want{0.5, 1, 0.75, 0, nan, 1}},
		{retrieval.Fused, Unanswerable, want{nan, nan, nan, 1, 1, 2}},
		// lexical: q1 rank 3, q2 rank 4, q3 rank 1, q4 not found; q5 answered, q6 abstained.
		{retrieval.Lexical, "all", want{0.25, 0.5, (1.0/3 + 0.25 + 1 + 0) / 4, 0.5, 0.5, 2}},
		{retrieval.Lexical, "ar-direct", want{0, 0.5, (1.0/3 + 0.25) / 2, nan, nan, 0}},
		{retrieval.Lexical, Unanswerable, want{nan, nan, nan, 1, 0.5, 1}},
		// dense: all ranked first, nothing abstained.
		{retrieval.Dense, "all", want{1, 1, 1, nan, 0, 0}},
	}
	check := func(t *testing.T, what string, got *float64, want float64) {
		t.Helper()
		if math.IsNaN(want) {
			if got != nil {
				t.Errorf("%s = %v, want undefined", what, *got)
			}
			return
		}
		if g := val(t, what, got); math.Abs(g-want) > 1e-9 {
			t.Errorf("%s = %v, want %v", what, g, want)
		}
	}
	for _, tt := range tests {
		t.Run(ModeName(tt.mode)+"/"+tt.kind, func(t *testing.T) {
			mr, ok := rep.Mode(tt.mode)
			if !ok {
				t.Fatal("mode missing")
			}
			row, ok := mr.Kind(tt.kind)
			if !ok {
				t.Fatal("kind missing")
			}
			check(t, "R@1", row.RecallAt1, tt.want.r1)
			check(t, "R@3", row.RecallAt3, tt.want.r3)
			check(t, "MRR", row.MRR, tt.want.mrr)
			check(t, "abstain precision", row.AbstainPrecision, tt.want.p)
			check(t, "abstain recall", row.AbstainRecall, tt.want.r)
			if row.Abstained != tt.want.abstained {
				t.Errorf("abstained = %d, want %d", row.Abstained, tt.want.abstained)
			}
		})
	}
	fused, _ := rep.Mode(retrieval.Fused)
	var ids []string
	for _, m := range fused.Misses {
		ids = append(ids, m.ID)
	}
	if got, want := strings.Join(ids, " "), "en-01 en-02"; got != want {
		t.Errorf("fused misses = %q, want %q", got, want)
	}
}

func TestRunSearchError(t *testing.T) {
	f, items := newFake(t)
	f.table[retrieval.Lexical]["q3"] = fakeResult{err: errors.New("boom")}
	_, err := Run(context.Background(), f, items)
	if err == nil || !strings.Contains(err.Error(), "en-01 (lexical): boom") {
		t.Fatalf("error = %v; want it to name en-01 and lexical", err)
	}
}

func TestRunCancelled(t *testing.T) {
	f, items := newFake(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Run(ctx, f, items); !errors.Is(err, context.Canceled) {
		t.Fatalf("error = %v; want context.Canceled", err)
	}
	if len(f.calls) != 0 {
		t.Errorf("%d searches after cancel", len(f.calls))
	}
}

// TestGolden pins the table, misses and JSON formats. Regenerate with
// UPDATE_GOLDEN=1 go test ./evaluate/ -run TestGolden.
func TestGolden(t *testing.T) {
	f, items := newFake(t)
	rep, err := Run(context.Background(), f, items)
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range []struct {
		file  string
		write func(*bytes.Buffer) error
	}{
		{"table.golden", func(b *bytes.Buffer) error { return rep.WriteTable(b) }},
		{"misses.golden", func(b *bytes.Buffer) error { return rep.WriteMisses(b) }},
		{"report.json.golden", func(b *bytes.Buffer) error { return rep.WriteJSON(b) }},
	} {
		t.Run(g.file, func(t *testing.T) {
			var buf bytes.Buffer
			if err := g.write(&buf); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", g.file)
			if os.Getenv("UPDATE_GOLDEN") != "" {
				if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with UPDATE_GOLDEN=1 to create it)", err)
			}
			if !bytes.Equal(buf.Bytes(), want) {
				t.Errorf("%s differs from the golden file:\n--- got\n%s\n--- want\n%s", g.file, buf.Bytes(), want)
			}
		})
	}
}

func TestWriteJSONRoundTrip(t *testing.T) {
	f, items := newFake(t)
	rep, err := Run(context.Background(), f, items)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := rep.WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	var back Report
	if err := json.Unmarshal(buf.Bytes(), &back); err != nil {
		t.Fatal(err)
	}
	mr, _ := back.Mode(retrieval.Lexical)
	if mr.Overall.RecallAt1 == nil || *mr.Overall.RecallAt1 != 0.25 || mr.Kinds[0].AbstainPrecision != nil {
		t.Errorf("round trip lost figures: %+v", mr.Overall)
	}
}

func TestWriteMissesKeepsFullRefsAcrossArticles(t *testing.T) {
	rep := Report{Modes: []ModeReport{{Mode: "fused", Misses: []Miss{
		{ID: "q1", Expected: []string{"a#1"}, Got: []string{"b#2", "a#1", "a#3", "b#4"}, Reason: "gold at rank 2"},
	}}}}
	var buf bytes.Buffer
	if err := rep.WriteMisses(&buf); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if !strings.Contains(out, "b#2,a#1,a#3 ") || strings.Contains(out, "b#4") || strings.Contains(out, "refs are paragraphs of") {
		t.Errorf("misses output:\n%s", out)
	}
}
