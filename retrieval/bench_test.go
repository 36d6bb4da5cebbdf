package retrieval_test

import (
	"context"
	"runtime"
	"strings"
	"testing"
	"time"
	"unicode"

	"casebot/corpus"
	"casebot/retrieval"
)

// The benchmarks index synthetic corpora built from the default article's
// vocabulary. Run them with:
//
//	go test -run '^$' -bench . -benchmem ./retrieval/
//
// The floors on a 2-core machine: a query over 10k paragraphs under
// 10 ms, over 100k under 100 ms. BenchmarkDense sets the dense query
// against a plain parallel scan of the same vectors, in the same process so
// ratios survive a noisy shared machine.

type benchSize struct {
	name string
	n    int
}

func benchSizes() []benchSize {
	return []benchSize{{"1k", 1_000}, {"10k", 10_000}, {"100k", 100_000}}
}

// benchQueries mixes questions from testdata/eval/qa.jsonl: Arabic with the
// article's words, Arabic paraphrase, English, and one the corpus does not answer.
func benchQueries() []string {
	return []string{
		"كم عدد أعضاء المجلس الذين قرروا التصويت لإقالة ألتمان؟",
		"من يملك صندوق دعم الشركات الناشئة الذي أنشأته OpenAI؟",
		"كيف تفاعل العاملون مع قرار طرد ألتمان؟",
		"Who did Ilya Sutskever call, and what did he ask her to do?",
		"How did OpenAI employees react to the firing?",
		"كم يبلغ راتب سام ألتمان السنوي؟",
	}
}

func benchCorpus(b *testing.B, n int) *corpus.Corpus {
	b.Helper()
	src, err := corpus.Default()
	if err != nil {
		b.Fatal(err)
	}
	c, err := SyntheticCorpus(src, n, 2023)
	if err != nil {
		b.Fatal(err)
	}
	return c
}

// heapInUse returns the live heap after a full collection.
func heapInUse() uint64 {
	var ms runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc
}

// BenchmarkBuild indexes n paragraphs with the offline embedder and reports
// the index's live heap per paragraph (B/para).
func BenchmarkBuild(b *testing.B) {
	for _, size := range benchSizes() {
		b.Run(size.name, func(b *testing.B) {
			c := benchCorpus(b, size.n)
			ctx := context.Background()
			b.ReportAllocs()
			var perPara float64
			for b.Loop() {
				b.StopTimer()
				before := heapInUse()
				b.StartTimer()
				ix, err := retrieval.Build(ctx, c, retrieval.Options{})
				if err != nil {
					b.Fatal(err)
				}
				b.StopTimer()
				after := heapInUse()
				runtime.KeepAlive(ix)
				perPara = (float64(after) - float64(before)) / float64(size.n)
				b.StartTimer()
			}
			b.ReportMetric(perPara, "B/para")
		})
	}
}

// BenchmarkQuery runs one search per iteration, cycling through
// benchQueries, in each mode, over an index built once per size.
func BenchmarkQuery(b *testing.B) {
	modes := []struct {
		name string
		mode retrieval.Mode
	}{{"fused", retrieval.Fused}, {"lexical", retrieval.Lexical}, {"dense", retrieval.Dense}}
	for _, size := range benchSizes() {
		b.Run(size.name, func(b *testing.B) {
			ctx := context.Background()
			queries := benchQueries()
			ix, err := retrieval.Build(ctx, benchCorpus(b, size.n), retrieval.Options{})
			if err != nil {
				b.Fatal(err)
			}
			for _, m := range modes {
				b.Run(m.name, func(b *testing.B) {
					b.ReportAllocs()
					i := 0
					for b.Loop() {
						res, err := ix.Search(ctx, queries[i%len(queries)], retrieval.SearchOptions{K: 5, Mode: m.mode})
						if err != nil {
							b.Fatal(err)
						}
						if len(res.Hits) == 0 {
							b.Fatal("no hits")
						}
						i++
					}
				})
			}
		})
	}
}

// denseDepth is how many paragraphs Search's dense side asks for when it
// returns 5 hits.
const denseDepth = 50

// BenchmarkDense times the dense query alone, over query vectors made
// before the clock starts: "scan" is ScanNearest, the plain parallel
// float32 scan that is the baseline; "chromem" is Nearest, chromem-go's
// QueryEmbedding as Search calls it; "paired" runs one of each per
// iteration on the same query and reports their ratio (chromem/scan), so
// that a noisy machine slows both alike. Run with:
//
//	go test -run '^$' -bench 'Dense/(10k|100k)' -count 5 ./retrieval/
func BenchmarkDense(b *testing.B) {
	for _, size := range benchSizes() {
		b.Run(size.name, func(b *testing.B) {
			ctx := context.Background()
			ix, err := retrieval.Build(ctx, benchCorpus(b, size.n), retrieval.Options{})
			if err != nil {
				b.Fatal(err)
			}
			var vecs [][]float32
			for _, q := range benchQueries() {
				v, err := ix.QueryVector(ctx, q)
				if err != nil {
					b.Fatal(err)
				}
				vecs = append(vecs, v)
			}
			type nearestFunc func(context.Context, []float32, int) ([]retrieval.Neighbor, error)
			query := func(b *testing.B, f nearestFunc, v []float32) {
				ns, err := f(ctx, v, denseDepth)
				if err != nil {
					b.Fatal(err)
				}
				if len(ns) != min(denseDepth, size.n) {
					b.Fatalf("%d neighbours, want %d", len(ns), min(denseDepth, size.n))
				}
			}
			for _, m := range []struct {
				name string
				f    nearestFunc
			}{{"scan", ix.ScanNearest}, {"chromem", ix.Nearest}} {
				b.Run(m.name, func(b *testing.B) {
					b.ReportAllocs()
					i := 0
					for b.Loop() {
						query(b, m.f, vecs[i%len(vecs)])
						i++
					}
				})
			}
			b.Run("paired", func(b *testing.B) {
				var scan, chromem time.Duration
				i := 0
				for b.Loop() {
					v := vecs[i%len(vecs)]
					t0 := time.Now()
					query(b, ix.ScanNearest, v)
					t1 := time.Now()
					query(b, ix.Nearest, v)
					scan += t1.Sub(t0)
					chromem += time.Since(t1)
					i++
				}
				b.ReportMetric(float64(chromem)/float64(scan), "chromem/scan")
			})
		})
	}
}

// TestSyntheticCorpus checks the generator the benchmarks rely on: sizes,
// paragraph lengths, determinism and vocabulary.
func TestSyntheticCorpus(t *testing.T) {
	src, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	c1, err := SyntheticCorpus(src, 250, 7)
	if err != nil {
		t.Fatal(err)
	}
	c2, _ := SyntheticCorpus(src, 250, 7)
	c3, _ := SyntheticCorpus(src, 250, 8)
	if got := len(c1.Paragraphs()); got != 250 {
		t.Fatalf("%d paragraphs, want 250", got)
	}
	if got := len(c1.Articles); got != 3 {
		t.Errorf("%d articles, want 3", got)
	}
	if c1.Version() != c2.Version() {
		t.Error("same seed gave different corpora")
	}
	if c1.Version() == c3.Version() {
		t.Error("different seeds gave the same corpus")
	}
	vocab := map[string]bool{}
	for _, p := range src.Paragraphs() {
		for _, w := range strings.Fields(p.Text) {
			vocab[strings.TrimFunc(w, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) })] = true
		}
	}
	for _, p := range c1.Paragraphs() {
		ws := strings.Fields(p.Text)
		if len(ws) < 30 || len(ws) > 80 {
			t.Fatalf("%s has %d words, want 30-80", p.Ref, len(ws))
		}
		for _, w := range ws {
			if w = strings.TrimRight(w, ".،؟"); !vocab[w] {
				t.Fatalf("%s: word %q is not from the article", p.Ref, w)
			}
		}
		if p.Hash != corpus.HashText(p.Text) || p.Language != "ar" {
			t.Fatalf("%s: bad hash or language", p.Ref)
		}
	}
	if _, err := SyntheticCorpus(src, 0, 1); err == nil {
		t.Error("0 paragraphs: no error")
	}
	if _, err := retrieval.Build(context.Background(), c1, retrieval.Options{}); err != nil {
		t.Fatalf("Build over the synthetic corpus: %v", err)
	}
}
