package retrieval_test

import (
	"context"
	"math"
	"runtime"
	"slices"
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

// nearestFunc finds the n paragraphs nearest a query vector.
type nearestFunc = func(ctx context.Context, vec []float32, n int) ([]retrieval.Neighbor, error)

// contender is a nearestFunc timed against the baseline scan.
type contender struct {
	name string
	f    nearestFunc
}

// queryVectors returns the index's vectors for benchQueries.
func queryVectors(b *testing.B, ix *retrieval.Index) [][]float32 {
	b.Helper()
	var vecs [][]float32
	for _, q := range benchQueries() {
		v, err := ix.QueryVector(context.Background(), q)
		if err != nil {
			b.Fatal(err)
		}
		vecs = append(vecs, v)
	}
	return vecs
}

// benchPaired runs, per iteration, the baseline scan and then every
// contender (each taking each turn) on the same query, and reports for each
// contender the median over iterations of its time divided by the scan's
// ("NAME/scan"), and the scan's median time ("scan-ns"). On a shared
// machine a burst of load spoils a few pairs, not the median.
func benchPaired(b *testing.B, vecs [][]float32, scan nearestFunc, cs []contender) {
	b.Helper()
	ctx := context.Background()
	ratios := make([][]float64, len(cs))
	var scans []float64
	i := 0
	for b.Loop() {
		v := vecs[i%len(vecs)]
		t0 := time.Now()
		want, err := scan(ctx, v, denseDepth)
		base := time.Since(t0)
		if err != nil {
			b.Fatal(err)
		}
		scans = append(scans, float64(base.Nanoseconds()))
		for j := range cs {
			k := (i + j) % len(cs)
			t0 := time.Now()
			got, err := cs[k].f(ctx, v, denseDepth)
			d := time.Since(t0)
			if err != nil {
				b.Fatal(err)
			}
			if len(got) != len(want) || math.Abs(float64(got[0].Similarity-want[0].Similarity)) > 1e-5 {
				b.Fatalf("%s: %d neighbours, best %+v; the scan found %d, best %+v", cs[k].name, len(got), got[0], len(want), want[0])
			}
			ratios[k] = append(ratios[k], float64(d)/float64(max(base, 1)))
		}
		i++
	}
	for k, c := range cs {
		b.ReportMetric(median(ratios[k]), c.name+"/scan")
	}
	b.ReportMetric(median(scans), "scan-ns")
}

// median returns the middle of xs (which it sorts), 0 for none.
func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	slices.Sort(xs)
	if len(xs)%2 == 1 {
		return xs[len(xs)/2]
	}
	return (xs[len(xs)/2-1] + xs[len(xs)/2]) / 2
}

// BenchmarkDense times the dense query alone, over query vectors made
// before the clock starts: "scan" is ScanNearest, the plain parallel
// float32 scan that is the baseline; "chromem" is Nearest, chromem-go's
// QueryEmbedding as Search calls it; "paired" runs both on each query and
// reports the median ratio (chromem/scan), the figure the README quotes.
// Run with:
//
//	go test -run '^$' -bench 'Dense/(10k|100k)' -count 5 ./retrieval/
func BenchmarkDense(b *testing.B) {
	for _, size := range benchSizes() {
		b.Run(size.name, func(b *testing.B) {
			ix, err := retrieval.Build(context.Background(), benchCorpus(b, size.n), retrieval.Options{})
			if err != nil {
				b.Fatal(err)
			}
			vecs := queryVectors(b, ix)
			for _, c := range []contender{{"scan", ix.ScanNearest}, {"chromem", ix.Nearest}} {
				b.Run(c.name, func(b *testing.B) {
					b.ReportAllocs()
					i := 0
					for b.Loop() {
						ns, err := c.f(context.Background(), vecs[i%len(vecs)], denseDepth)
						if err != nil {
							b.Fatal(err)
						}
						if len(ns) != min(denseDepth, size.n) {
							b.Fatalf("%d neighbours, want %d", len(ns), min(denseDepth, size.n))
						}
						i++
					}
				})
			}
			b.Run("paired", func(b *testing.B) {
				benchPaired(b, vecs, ix.ScanNearest, []contender{{"chromem", ix.Nearest}})
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
