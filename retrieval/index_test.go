package retrieval

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
	"testing"

	"casebot/corpus"
)

func defaultCorpus(t testing.TB) *corpus.Corpus {
	t.Helper()
	c, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func buildDefault(t testing.TB, opts Options) *Index {
	t.Helper()
	ix, err := Build(context.Background(), defaultCorpus(t), opts)
	if err != nil {
		t.Fatalf("Build: %v", err)
	}
	return ix
}

func hasPara(res Result, n int) bool {
	for _, h := range res.Hits {
		if h.Paragraph.N == n {
			return true
		}
	}
	return false
}

func hitList(res Result) string {
	var b strings.Builder
	for _, h := range res.Hits {
		fmt.Fprintf(&b, "#%d(%.2f) ", h.Paragraph.N, h.Score)
	}
	return fmt.Sprintf("[%s] confidence %.2f", strings.TrimSpace(b.String()), res.Confidence)
}

// checkResult holds for every successful search.
func checkResult(t *testing.T, res Result, k int) {
	t.Helper()
	if len(res.Hits) > k {
		t.Errorf("%d hits for K=%d", len(res.Hits), k)
	}
	seen := map[string]bool{}
	for i, h := range res.Hits {
		if seen[h.Paragraph.Ref] {
			t.Errorf("%s returned twice", h.Paragraph.Ref)
		}
		seen[h.Paragraph.Ref] = true
		if h.Score < 0 || h.Score > 1+1e-9 || math.IsNaN(h.Score) {
			t.Errorf("%s: score %v outside [0, 1]", h.Paragraph.Ref, h.Score)
		}
		if i > 0 && h.Score > res.Hits[i-1].Score {
			t.Errorf("hits not sorted: %s", hitList(res))
		}
		if h.Paragraph.Text == "" {
			t.Errorf("hit %d has no paragraph", i)
		}
	}
	if res.Confidence < 0 || res.Confidence > 1+1e-9 {
		t.Errorf("confidence %v outside [0, 1]", res.Confidence)
	}
}

func TestSearchFindsTheParagraph(t *testing.T) {
	ix := buildDefault(t, Options{})
	if ix.Len() != 11 {
		t.Fatalf("Len = %d, want 11", ix.Len())
	}
	tests := []struct {
		q    string
		want []int // acceptable paragraphs at rank 1
	}{
		{"ما دور ميرا موراتي؟", []int{4, 5}},
		{"من هي ميرا موراتي", []int{4, 5}},
		{"ماذا حدث في ١٦ نوفمبر؟", []int{7}},
		{"كم عضوا صوتوا لإقالة ألتمان؟", []int{7}},
		{"ما هو صندوق دعم الشركات الناشئة؟", []int{3}},
		{"من اتصل به سوتسكيفر؟", []int{4}},
		{"لماذا هدد الموظفون بالاستقالة؟", []int{8}},
		{"كيف عاد ألتمان إلى منصبه؟", []int{9}},
		{"من هي كيتش هيغي؟", []int{2}},
		{"هل كذب ألتمان بشأن تقييمات السلامة في ChatGPT؟", []int{6}},
	}
	for _, tc := range tests {
		t.Run(tc.q, func(t *testing.T) {
			res, err := ix.Search(context.Background(), tc.q, SearchOptions{})
			if err != nil {
				t.Fatal(err)
			}
			checkResult(t, res, 5)
			if len(res.Hits) != 5 {
				t.Errorf("%d hits, want the default 5", len(res.Hits))
			}
			if len(res.Hits) == 0 || !slices.Contains(tc.want, res.Hits[0].Paragraph.N) {
				t.Errorf("rank 1 is not one of %v: %s", tc.want, hitList(res))
			}
			if !res.Answerable {
				t.Errorf("judged unanswerable: %s", hitList(res))
			}
			if res.Language != "ar" || res.Query != tc.q {
				t.Errorf("Language %q Query %q", res.Language, res.Query)
			}
			if top := res.Hits[0]; top.Lexical <= 0 || top.Dense <= 0 {
				t.Errorf("top hit lexical %v dense %v: both sides should have found it", top.Lexical, top.Dense)
			}
		})
	}
}

func TestSearchOffTopic(t *testing.T) {
	ix := buildDefault(t, Options{})
	for _, q := range []string{
		"ما هي عاصمة فرنسا؟",
		"What is the capital of France?",
		"من فاز بكأس العالم لكرة القدم؟",
		"Who won the football world cup?",
		"كيف أطبخ الكبسة بالدجاج؟",
		"How do I bake a chocolate cake?",
		"what is the", // stop words only
	} {
		t.Run(q, func(t *testing.T) {
			res, err := ix.Search(context.Background(), q, SearchOptions{})
			if err != nil {
				t.Fatal(err)
			}
			checkResult(t, res, 5)
			if res.Answerable {
				t.Errorf("judged answerable: %s", hitList(res))
			}
		})
	}
	// A negative threshold never abstains.
	always := buildDefault(t, Options{Threshold: -1})
	res, err := always.Search(context.Background(), "What is the capital of France?", SearchOptions{})
	if err != nil || !res.Answerable {
		t.Errorf("Threshold -1: answerable %v, err %v", res.Answerable, err)
	}
}

func TestSearchK(t *testing.T) {
	ix := buildDefault(t, Options{})
	tiny, err := corpus.New([]corpus.Article{mustArticle(t, "one", "T\nسام ألتمان عاد إلى OpenAI.\n")}, nil)
	if err != nil {
		t.Fatal(err)
	}
	one, err := Build(context.Background(), tiny, Options{})
	if err != nil {
		t.Fatal(err)
	}
	const q = "لماذا أقيل ألتمان من OpenAI؟"
	tests := []struct {
		name string
		ix   *Index
		k    int
		mode Mode
		want int
	}{
		{"default", ix, 0, Fused, 5},
		{"negative", ix, -3, Fused, 5},
		{"three", ix, 3, Fused, 3},
		{"all", ix, 11, Fused, 11},
		{"more than the corpus", ix, 100, Fused, 11},
		{"more than the corpus, dense", ix, 100, Dense, 11},
		{"huge", ix, math.MaxInt32, Fused, 11},
		{"one-paragraph corpus", one, 0, Fused, 1},
		{"one-paragraph corpus, dense", one, 50, Dense, 1},
		{"one-paragraph corpus, lexical", one, 50, Lexical, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := tc.ix.Search(context.Background(), q, SearchOptions{K: tc.k, Mode: tc.mode})
			if err != nil {
				t.Fatalf("Search: %v", err)
			}
			if len(res.Hits) != tc.want {
				t.Errorf("%d hits, want %d", len(res.Hits), tc.want)
			}
			checkResult(t, res, max(tc.want, 1))
		})
	}
}

func mustArticle(t *testing.T, id, text string) corpus.Article {
	t.Helper()
	a, err := corpus.Parse(id, []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestSearchEmptyQuery(t *testing.T) {
	ix := buildDefault(t, Options{})
	for _, q := range []string{"", "   ", "\n\t", "؟!...،", "\u064e\u0651", "🙂 — «»", "\u200f"} {
		for _, alt := range [][]string{nil, {"ميرا موراتي"}} {
			res, err := ix.Search(context.Background(), q, SearchOptions{Alternates: alt})
			if !errors.Is(err, ErrEmptyQuery) {
				t.Errorf("Search(%q, alternates %q) error = %v, want ErrEmptyQuery", q, alt, err)
			}
			if len(res.Hits) != 0 || res.Answerable {
				t.Errorf("Search(%q): %s, answerable %v", q, hitList(res), res.Answerable)
			}
		}
	}
}

func TestSearchModes(t *testing.T) {
	ix := buildDefault(t, Options{})
	const q = "مكالمة سوتسكيفر إلى هيلين تونر"
	for _, tc := range []struct {
		name string
		mode Mode
	}{{"fused", Fused}, {"lexical", Lexical}, {"dense", Dense}} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := ix.Search(context.Background(), q, SearchOptions{K: 11, Mode: tc.mode})
			if err != nil {
				t.Fatal(err)
			}
			checkResult(t, res, 11)
			if len(res.Hits) == 0 || res.Hits[0].Paragraph.N != 4 {
				t.Errorf("rank 1 is not #4: %s", hitList(res))
			}
			for _, h := range res.Hits {
				switch tc.mode {
				case Lexical:
					if h.Dense != 0 || h.Lexical <= 0 {
						t.Errorf("lexical hit %s: lexical %v dense %v", h.Paragraph.Ref, h.Lexical, h.Dense)
					}
				case Dense:
					if h.Lexical != 0 {
						t.Errorf("dense hit %s has a lexical score %v", h.Paragraph.Ref, h.Lexical)
					}
				}
			}
			switch tc.mode {
			case Lexical:
				// Only paragraphs that share a term come back.
				if len(res.Hits) == 11 {
					t.Errorf("every paragraph matched lexically: %s", hitList(res))
				}
			default:
				if len(res.Hits) != 11 {
					t.Errorf("%d hits, want every paragraph", len(res.Hits))
				}
			}
		})
	}
	// A query sharing no term with the corpus finds nothing lexically, but dense still ranks.
	res, err := ix.Search(context.Background(), "zeppelin", SearchOptions{Mode: Lexical})
	if err != nil || len(res.Hits) != 0 || res.Answerable {
		t.Errorf("lexical search for an unknown word: %s, err %v", hitList(res), err)
	}
}

func TestSearchAlternates(t *testing.T) {
	ix := buildDefault(t, Options{})
	ctx := context.Background()
	// A question the glossary cannot translate, with a model's Arabic rewrite.
	const q = "Which executive got a phone call from the chief scientist?"
	alt := "من هي المسؤولة التي تلقت مكالمة من كبير العلماء إليا سوتسكيفر؟"
	alone, err := ix.Search(ctx, alt, SearchOptions{K: 3})
	if err != nil || alone.Hits[0].Paragraph.N != 4 {
		t.Fatalf("the alternate alone does not find #4: %s, %v", hitList(alone), err)
	}
	with, err := ix.Search(ctx, q, SearchOptions{K: 3, Alternates: []string{"", "  ", "؟", alt}})
	if err != nil {
		t.Fatal(err)
	}
	checkResult(t, with, 3)
	if with.Hits[0].Paragraph.N != 4 {
		t.Errorf("with the alternate, rank 1 is not #4: %s", hitList(with))
	}
	if with.Query != q || with.Language != "en" {
		t.Errorf("Query %q Language %q: the result describes the question, not the alternate", with.Query, with.Language)
	}
	if !with.Answerable {
		t.Errorf("the alternate's coverage should make it answerable: %s", hitList(with))
	}
	// Fusing is not just taking the alternate: an off-topic alternate does not make an off-topic question answerable.
	off, err := ix.Search(ctx, "What is the capital of France?", SearchOptions{Alternates: []string{"ما هي عاصمة فرنسا؟"}})
	if err != nil || off.Answerable {
		t.Errorf("off-topic with an off-topic alternate: %s, answerable %v, err %v", hitList(off), off.Answerable, err)
	}
}

func TestSearchFusion(t *testing.T) {
	for _, f := range []Fusion{FusionWeighted, FusionRRF} {
		ix := buildDefault(t, Options{Fusion: f})
		res, err := ix.Search(context.Background(), "ما دور ميرا موراتي؟", SearchOptions{K: 11})
		if err != nil {
			t.Fatal(err)
		}
		checkResult(t, res, 11)
		if n := res.Hits[0].Paragraph.N; n != 4 && n != 5 {
			t.Errorf("fusion %d: rank 1 is #%d: %s", f, n, hitList(res))
		}
		if res.Hits[0].Score <= res.Hits[len(res.Hits)-1].Score {
			t.Errorf("fusion %d: flat scores %s", f, hitList(res))
		}
	}
}

func TestMatch(t *testing.T) {
	ix := buildDefault(t, Options{})
	c := defaultCorpus(t)
	p4, _ := c.Lookup("4")
	p11, _ := c.Lookup("11")
	for _, q := range []string{"ميرا موراتي مديرة التكنولوجيا", "Who did Sutskever call?"} {
		m4, m11 := ix.Match(q, p4.Text), ix.Match(q, p11.Text)
		if !(m4 > m11) || m4 < 0 || m4 > 1 || m11 < 0 {
			t.Errorf("Match(%q): #4 %v, #11 %v", q, m4, m11)
		}
	}
	if m := ix.Match("ميرا موراتي", "ميرا موراتي"); math.Abs(m-1) > 1e-9 {
		t.Errorf("Match of a text with itself = %v, want 1", m)
	}
	if m := ix.Match("", p4.Text); m != 0 {
		t.Errorf("Match of an empty query = %v", m)
	}
}

// fakeEmbedder returns fixed answers, for testing how Build and Search cope
// with bad ones.
type fakeEmbedder struct {
	docs    func(n int) ([][]float32, error)
	query   func() ([]float32, error)
	queries int
	mu      sync.Mutex
}

func (f *fakeEmbedder) Model() string { return "fake" }

func (f *fakeEmbedder) EmbedDocuments(_ context.Context, texts []string) ([][]float32, error) {
	return f.docs(len(texts))
}

func (f *fakeEmbedder) EmbedQuery(context.Context, string) ([]float32, error) {
	f.mu.Lock()
	f.queries++
	f.mu.Unlock()
	return f.query()
}

// vectors returns n distinct, non-unit vectors of length dim.
func vectors(n, dim int) [][]float32 {
	out := make([][]float32, n)
	for i := range out {
		out[i] = make([]float32, dim)
		out[i][i%dim] = 3
		out[i][(i+1)%dim] = float32(i + 1)
	}
	return out
}

func TestBuildBadEmbedder(t *testing.T) {
	c := defaultCorpus(t)
	good := func() ([]float32, error) { return vectors(1, 8)[0], nil }
	tests := []struct {
		name string
		docs func(n int) ([][]float32, error)
		want []string // in the error
	}{
		{"error", func(int) ([][]float32, error) { return nil, errors.New("quota exceeded") }, []string{"fake", "quota exceeded", "11 paragraphs"}},
		{"too few vectors", func(n int) ([][]float32, error) { return vectors(n-1, 8), nil }, []string{"10 vectors for 11"}},
		{"too many vectors", func(n int) ([][]float32, error) { return vectors(n+1, 8), nil }, []string{"12 vectors for 11"}},
		{"no vectors", func(int) ([][]float32, error) { return nil, nil }, []string{"0 vectors for 11"}},
		{"lengths differ", func(n int) ([][]float32, error) {
			v := vectors(n, 8)
			v[6] = v[6][:7]
			return v, nil
		}, []string{"length 7", "#7", "expected 8"}},
		{"empty vectors", func(n int) ([][]float32, error) { return make([][]float32, n), nil }, []string{"length 0", "#1"}},
		{"all-zero vector", func(n int) ([][]float32, error) {
			v := vectors(n, 8)
			v[2] = make([]float32, 8)
			return v, nil
		}, []string{"all-zero", "#3"}},
		{"NaN", func(n int) ([][]float32, error) {
			v := vectors(n, 8)
			v[4][0] = float32(math.NaN())
			return v, nil
		}, []string{"NaN", "#5"}},
		{"infinite", func(n int) ([][]float32, error) {
			v := vectors(n, 8)
			v[0][1] = float32(math.Inf(-1))
			return v, nil
		}, []string{"infinite", "#1"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			// An embedder that fails or returns unusable vectors leaves the
			// index lexical, saying why; it never fails the build.
			ix, err := Build(context.Background(), c, Options{Embedder: &fakeEmbedder{docs: tc.docs, query: good}})
			if err != nil {
				t.Fatalf("Build failed: %v", err)
			}
			st := ix.DenseStatus()
			if st.Available || st.Dim != 0 || st.Failures != 1 || st.Since.IsZero() {
				t.Errorf("status %+v, want the dense side unavailable after one failure", st)
			}
			for _, w := range append(tc.want, "retrieval: ") {
				if !strings.Contains(st.Reason, w) {
					t.Errorf("reason %q does not say %q", st.Reason, w)
				}
			}
			for _, mode := range []Mode{Fused, Dense} {
				res, err := ix.Search(context.Background(), "ميرا موراتي", SearchOptions{Mode: mode})
				if err != nil || len(res.Hits) == 0 || res.Hits[0].Paragraph.N != 4 {
					t.Fatalf("mode %d: %s, %v; want the lexical hit #4", mode, hitList(res), err)
				}
				if !strings.Contains(res.Degraded, tc.want[0]) {
					t.Errorf("mode %d: Degraded %q does not say %q", mode, res.Degraded, tc.want[0])
				}
			}
			if _, err := ix.Nearest(context.Background(), vectors(1, 8)[0], 3); err == nil {
				t.Error("Nearest without vectors succeeded")
			}
		})
	}
	// The offline embedder cannot be down: its failure is a bug, and fails.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Build(ctx, c, Options{}); err == nil {
		t.Error("Build with the offline embedder and a cancelled context succeeded")
	}
}

func TestSearchBadQueryVector(t *testing.T) {
	c := defaultCorpus(t)
	docs := func(n int) ([][]float32, error) { return vectors(n, 16), nil }
	tests := []struct {
		name  string
		query func() ([]float32, error)
		want  string
	}{
		{"error", func() ([]float32, error) { return nil, errors.New("rate limited") }, "rate limited"},
		{"empty", func() ([]float32, error) { return nil, nil }, "all-zero"},
		{"zero", func() ([]float32, error) { return make([]float32, 16), nil }, "all-zero"},
		{"NaN", func() ([]float32, error) { return []float32{float32(math.NaN())}, nil }, "NaN"},
		{"wrong length", func() ([]float32, error) { return []float32{1, 2, 3}, nil }, "length"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := &fakeEmbedder{docs: docs, query: tc.query}
			ix, err := Build(context.Background(), c, Options{Embedder: e})
			if err != nil {
				t.Fatal(err)
			}
			// A query vector that cannot be used makes the search lexical,
			// saying why; it never fails the question.
			for _, mode := range []Mode{Fused, Dense} {
				res, err := ix.Search(context.Background(), "ميرا موراتي", SearchOptions{Mode: mode})
				if err != nil || len(res.Hits) == 0 || res.Hits[0].Paragraph.N != 4 {
					t.Fatalf("mode %d: %s, %v; want the lexical hit #4", mode, hitList(res), err)
				}
				if !strings.Contains(res.Degraded, tc.want) || !strings.Contains(res.Degraded, "retrieval: ") {
					t.Errorf("mode %d: Degraded %q, want it to say %q", mode, res.Degraded, tc.want)
				}
			}
			// The lexical side never asks the embedder and is not degraded.
			before := e.queries
			if res, err := ix.Search(context.Background(), "ميرا موراتي", SearchOptions{Mode: Lexical}); err != nil || res.Hits[0].Paragraph.N != 4 || res.Degraded != "" {
				t.Errorf("lexical: %s, %v, %q", hitList(res), err, res.Degraded)
			}
			if e.queries != before {
				t.Error("a lexical search embedded the query")
			}
		})
	}
}

// TestBuildLeavesVectorsAlone: an embedder (a cache) may hand out the slices
// it keeps; the index must scale copies, not its vectors.
func TestBuildLeavesVectorsAlone(t *testing.T) {
	c := defaultCorpus(t)
	stored := vectors(len(c.Paragraphs()), 16)
	query := []float32{0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2}
	want := slices.Clone(stored)
	for i := range want {
		want[i] = slices.Clone(stored[i])
	}
	wantQuery := slices.Clone(query)
	e := &fakeEmbedder{
		docs:  func(int) ([][]float32, error) { return stored, nil },
		query: func() ([]float32, error) { return query, nil },
	}
	var wg sync.WaitGroup
	for range 4 { // concurrent builds and searches over shared slices: -race catches writes
		wg.Add(1)
		go func() {
			defer wg.Done()
			ix, err := Build(context.Background(), c, Options{Embedder: e})
			if err != nil {
				t.Error(err)
				return
			}
			if _, err := ix.Search(context.Background(), "ألتمان", SearchOptions{}); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	for i := range stored {
		if !slices.Equal(stored[i], want[i]) {
			t.Fatalf("Build rewrote the embedder's vector %d: %v, was %v", i, stored[i], want[i])
		}
	}
	if !slices.Equal(query, wantQuery) {
		t.Errorf("Search rewrote the embedder's query vector: %v", query)
	}
}

func TestCancelled(t *testing.T) {
	c := defaultCorpus(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Build(ctx, c, Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("Build with a cancelled context: %v", err)
	}
	ix := buildDefault(t, Options{})
	for _, mode := range []Mode{Fused, Lexical, Dense} {
		if _, err := ix.Search(ctx, "ميرا موراتي", SearchOptions{Mode: mode}); !errors.Is(err, context.Canceled) {
			t.Errorf("Search mode %d with a cancelled context: %v", mode, err)
		}
	}
	// A query embedder that is never reached is not asked.
	e := &fakeEmbedder{
		docs:  func(n int) ([][]float32, error) { return vectors(n, 16), nil },
		query: func() ([]float32, error) { return vectors(1, 16)[0], nil },
	}
	ix2, err := Build(context.Background(), c, Options{Embedder: e})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ix2.Search(ctx, "ميرا", SearchOptions{}); !errors.Is(err, context.Canceled) || e.queries != 0 {
		t.Errorf("err %v, %d query embeddings", err, e.queries)
	}
}

func TestSearchConcurrent(t *testing.T) {
	ix := buildDefault(t, Options{})
	queries := []string{"ما دور ميرا موراتي؟", "Who did Sutskever call?", "ماذا حدث في 16 نوفمبر؟", "What is the capital of France?"}
	want := make([]Result, len(queries))
	for i, q := range queries {
		var err error
		if want[i], err = ix.Search(context.Background(), q, SearchOptions{K: 4}); err != nil {
			t.Fatal(err)
		}
	}
	var wg sync.WaitGroup
	for g := range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range 10 {
				i := (g + j) % len(queries)
				got, err := ix.Search(context.Background(), queries[i], SearchOptions{K: 4, Mode: Mode(j % 3)})
				if err != nil {
					t.Error(err)
					return
				}
				if Mode(j%3) != Fused {
					continue
				}
				if len(got.Hits) != len(want[i].Hits) || got.Confidence != want[i].Confidence {
					t.Errorf("%q: concurrent result differs: %s vs %s", queries[i], hitList(got), hitList(want[i]))
					return
				}
				for h := range got.Hits {
					if got.Hits[h] != want[i].Hits[h] {
						t.Errorf("%q: hit %d differs", queries[i], h)
					}
				}
			}
		}()
	}
	wg.Wait()
}

func TestBuildEmbedderAccessor(t *testing.T) {
	ix := buildDefault(t, Options{})
	if m := ix.Embedder().Model(); m != "hashgram-v2-d512" {
		t.Errorf("default embedder %q", m)
	}
}

// TestHamzaLessName: people type التمان for ألتمان. The query must find what
// the hamza spelling finds, while words whose "ال" really is the article
// (المجلس) keep their usual analysis.
func TestHamzaLessName(t *testing.T) {
	ix := buildDefault(t, Options{})
	ctx := context.Background()
	for _, pair := range [][2]string{
		{"لماذا أقيل التمان؟", "لماذا أقيل ألتمان؟"},
		{"من هو التمان", "من هو ألتمان"},
	} {
		a, err := ix.Search(ctx, pair[0], SearchOptions{K: 3})
		if err != nil {
			t.Fatal(err)
		}
		b, err := ix.Search(ctx, pair[1], SearchOptions{K: 3})
		if err != nil {
			t.Fatal(err)
		}
		for i := range b.Hits {
			if a.Hits[i].Paragraph.Ref != b.Hits[i].Paragraph.Ref {
				t.Errorf("%q hit %d is %s, %q gives %s", pair[0], i, a.Hits[i].Paragraph.Ref, pair[1], b.Hits[i].Paragraph.Ref)
			}
		}
	}
	if got := ix.restoreHamza("اجتماع المجلس"); got != "اجتماع المجلس" {
		t.Errorf("restoreHamza changed a real article: %q", got)
	}
}

func TestBuildNilCorpus(t *testing.T) {
	if _, err := Build(context.Background(), nil, Options{}); err == nil {
		t.Fatal("Build(nil corpus) should fail")
	}
}

// TestChromemKeepsTheIndexVectors: chromem-go stores the very slices the
// index keeps (it copies only vectors that are not unit length), so the
// baseline scan reads the same vectors and they are held once.
func TestChromemKeepsTheIndexVectors(t *testing.T) {
	ix := buildDefault(t, Options{})
	side := ix.dv.side.Load()
	rs, err := side.coll.QueryEmbedding(context.Background(), side.vecs[0], side.coll.Count(), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) != len(side.vecs) {
		t.Fatalf("%d results for %d vectors", len(rs), len(side.vecs))
	}
	for _, r := range rs {
		var d int
		if _, err := fmt.Sscan(r.ID, &d); err != nil {
			t.Fatal(err)
		}
		if &r.Embedding[0] != &side.vecs[d][0] {
			t.Errorf("chromem-go holds a copy of vector %d", d)
		}
	}
}
