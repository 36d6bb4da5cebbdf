package evaluate

import (
	"context"
	"path/filepath"
	"testing"

	"casebot/corpus"
	"casebot/retrieval"
)

func multiCorpus(t testing.TB) *corpus.Corpus {
	t.Helper()
	c, err := corpus.Load(filepath.Join("..", "testdata", "multi"))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestQualityWithDistractors: the blind multi-article questions among 300
// generated articles made of the case's own words (about 3,000 more
// paragraphs). Measured: answerable R@1 0.65 and R@3 0.825, against 0.925
// and 0.975 without them — quality does not fully hold against word-salad
// distractors in the case's vocabulary; the floors below keep it from
// getting worse. The log shows the figures.
func TestQualityWithDistractors(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("builds a corpus of 300 articles")
	}
	ctx := context.Background()
	src := multiCorpus(t)
	c, err := WithDistractors(src, 300, 11)
	if err != nil {
		t.Fatal(err)
	}
	items, err := LoadFile(filepath.Join("..", "testdata", "eval", "i11_dev.jsonl"), c)
	if err != nil {
		t.Fatal(err)
	}
	ix, err := retrieval.Build(ctx, c, retrieval.Options{})
	if err != nil {
		t.Fatal(err)
	}
	rep, err := Run(ctx, ix, items)
	if err != nil {
		t.Fatal(err)
	}
	fused, _ := rep.Mode(retrieval.Fused)
	ans := Aggregate("answerable", filter(fused.Results, func(r ItemResult) bool { return r.Answerable() }))
	distracted := 0
	for _, r := range fused.Results {
		if len(r.Got) > 0 && len(r.Got[0]) > 10 && r.Got[0][:10] == "distractor" {
			distracted++
		}
	}
	t.Logf("%d articles, %d paragraphs: answerable R@1 %.3f, R@3 %.3f; %d of %d questions ranked a distractor first",
		len(c.Articles), len(c.Paragraphs()), *ans.RecallAt1, *ans.RecallAt3, distracted, len(items))
	// 0.75 (30/40) with the proximity of query units (h-cross3), was
	// 0.675; 0.725 before the nearest-name step (actor.go, fourth session),
	// 0.70 (28/40) since: "How many senior researchers resigned on the
	// night Altman was fired?" now ranks the look back's paragraph with
	// Altman next to «استقالة» first, against three questions gained on
	// the seven multi-article sets (237 → 240 of 273). A trade taken.
	if *ans.RecallAt1 < 0.70 {
		t.Errorf("answerable R@1 with distractors %.3f, below the floor 0.70", *ans.RecallAt1)
	}
	// 0.85 (34/40) with the answer-kind units (h-cross4); 0.825 with the
	// proximity of query units (h-cross3); it was 0.775 since the
	// cross-language units read colloquial Arabic and tanween forms
	// (h-cross), when the floor was lowered to 0.75.
	if *ans.RecallAt3 < 0.825 {
		t.Errorf("answerable R@3 with distractors %.3f, below the floor 0.825", *ans.RecallAt3)
	}
}

func TestWithDistractorsIsDeterministic(t *testing.T) {
	src := multiCorpus(t)
	a, err := WithDistractors(src, 20, 7)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := WithDistractors(src, 20, 7)
	other, _ := WithDistractors(src, 20, 8)
	if a.Version() != b.Version() || a.Version() == other.Version() {
		t.Fatalf("same seed must give the same corpus, another seed another")
	}
	if len(a.Articles) != len(src.Articles)+20 {
		t.Fatalf("%d articles, want %d", len(a.Articles), len(src.Articles)+20)
	}
	if _, err := WithDistractors(src, -1, 1); err == nil {
		t.Fatal("a negative count must be refused")
	}
}

// BenchmarkBuildCase indexes a case of a few hundred articles with the
// offline embedder: go test -run '^$' -bench BuildCase ./evaluate/
func BenchmarkBuildCase(b *testing.B) {
	for _, n := range []int{100, 300, 600} {
		c, err := WithDistractors(multiCorpus(b), n, 3)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(itoa(len(c.Articles))+"-articles", func(b *testing.B) {
			b.ReportMetric(float64(len(c.Paragraphs())), "paragraphs")
			for b.Loop() {
				if _, err := retrieval.Build(context.Background(), c, retrieval.Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkSearchCase times one cross-language question over a case of 300 articles.
func BenchmarkSearchCase(b *testing.B) {
	c, err := WithDistractors(multiCorpus(b), 300, 3)
	if err != nil {
		b.Fatal(err)
	}
	ix, err := retrieval.Build(context.Background(), c, retrieval.Options{})
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := ix.Search(context.Background(), "من يرأس مجلس الإدارة الجديد لشركة OpenAI؟", retrieval.SearchOptions{K: 5}); err != nil {
			b.Fatal(err)
		}
	}
}

func itoa(n int) string {
	s := ""
	for n > 0 || s == "" {
		s = string(rune('0'+n%10)) + s
		n /= 10
	}
	return s
}
