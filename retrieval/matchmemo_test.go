package retrieval

import (
	"context"
	"fmt"
	"sync"
	"testing"

	"casebot/corpus"
)

// TestMemo: a memo computes each key once, hands back what it computed,
// starts again empty when full, and a nil memo computes every time.
func TestMemo(t *testing.T) {
	tests := []struct {
		name  string
		m     *memo[int]
		keys  []string
		calls int // how many times f must run
	}{
		{"each key once", newMemo[int](10), []string{"a", "b", "a", "b", "a"}, 2},
		{"full memo starts again", newMemo[int](2), []string{"a", "b", "c", "a"}, 4},
		{"nil memo computes every time", nil, []string{"a", "a", "a"}, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			calls := 0
			f := func(k string) int { calls++; return len(k) * 7 }
			for _, k := range tt.keys {
				if got := tt.m.get(k, f); got != len(k)*7 {
					t.Fatalf("get(%q) = %d, want %d", k, got, len(k)*7)
				}
			}
			if calls != tt.calls {
				t.Errorf("f ran %d times, want %d", calls, tt.calls)
			}
			if tt.m != nil && len(tt.m.m) > tt.m.limit {
				t.Errorf("memo holds %d entries, over its limit %d", len(tt.m.m), tt.m.limit)
			}
		})
	}
}

// TestMemoConcurrent: goroutines asking the same keys get the same
// values (run with -race).
func TestMemoConcurrent(t *testing.T) {
	m := newMemo[string](8)
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 100 {
				k := fmt.Sprint((g + i) % 12)
				if got := m.get(k, func(s string) string { return "v" + s }); got != "v"+k {
					t.Errorf("get(%q) = %q", k, got)
				}
			}
		}()
	}
	wg.Wait()
}

// TestMatchRemembersWhatItComputes: Match through the memos scores as
// the analysis does afresh, on both paths, for words, questions and
// paragraphs asked again and again; and a text without the word scores
// 0, so the comparison can fail.
func TestMatchRemembersWhatItComputes(t *testing.T) {
	for _, ix := range []*Index{defaultIndex(t), multiIndex(t)} {
		fresh := *ix
		fresh.memos = matchMemos{} // nil memos: every call analyses afresh
		queries := []string{"مجلس", "Altman", "لماذا أقيل ألتمان؟", "Who is the interim CEO?", "مايكروسوفت"}
		for round := range 2 {
			for _, p := range ix.paras {
				text := p.Section + " " + p.Text
				for _, q := range queries {
					if got, want := ix.Match(q, text), fresh.Match(q, text); got != want {
						t.Fatalf("round %d: Match(%q, %s) = %v through the memos, %v afresh", round, q, p.Ref, got, want)
					}
				}
			}
		}
		if ix.memos.queries.m == nil || len(ix.memos.queries.m) != len(queries) {
			t.Errorf("the query memo holds %d entries, want %d", len(ix.memos.queries.m), len(queries))
		}
		if got := ix.Match("Altman", "the weather was mild"); got != 0 {
			t.Errorf("Match of a word the text lacks = %v, want 0", got)
		}
	}
}

// BenchmarkMatchWordAcrossCorpus is what the newest-account reading does
// for each word of a question (answer/newest.go paragraphsKey): Match one
// word against every paragraph, with the memos and without.
//
//	go test -run '^$' -bench MatchWordAcrossCorpus ./retrieval/
func BenchmarkMatchWordAcrossCorpus(b *testing.B) {
	c, err := corpus.Load("../testdata/multi")
	if err != nil {
		b.Fatal(err)
	}
	ix, err := Build(context.Background(), c, Options{})
	if err != nil {
		b.Fatal(err)
	}
	fresh := *ix
	fresh.memos = matchMemos{}
	words := []string{"استقالة", "board", "مايكروسوفت", "returned", "الموظفين"}
	for _, bc := range []struct {
		name string
		ix   *Index
	}{{"memo", ix}, {"afresh", &fresh}} {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				for _, w := range words {
					for _, p := range ix.paras {
						bc.ix.Match(w, p.Section+" "+p.Text)
					}
				}
			}
		})
	}
}
