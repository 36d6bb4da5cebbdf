package answer

import (
	"context"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"unicode/utf8"

	"casebot/corpus"
	"casebot/retrieval"
)

const para6 = "واتهم ألتمان لاحقًا بالكذب على المجلس بشأن تقييمات السلامة الخاصة بمنتج ChatGPT، كما أطلق هذا المنتج للعامة دون الرجوع إلى مجلس الإدارة، في مخالفة صريحة للهياكل التنظيمية."

func TestMatchQuote(t *testing.T) {
	tests := []struct {
		quote, want string
		ok          bool
	}{
		{"بالكذب على المجلس", "بالكذب على المجلس", true},
		{"بِالكَذِبِ علـــى المجلس", "بالكذب على المجلس", true},                                  // diacritics, tatweel
		{"اطلق هذا المنتج للعامه", "أطلق هذا المنتج للعامة", true},                               // hamza, teh marbuta
		{"تقييمات السلامة الخاصة بمنتج chatgpt", "تقييمات السلامة الخاصة بمنتج ChatGPT", true},   // case
		{"بالكذب على المجلس … هذا المنتج للعامة", "بالكذب على المجلس … هذا المنتج للعامة", true}, // ellipsis
		{"بالكذب على المجلس … للعامة", "", false},                                                // a one-word fragment
		{"أطلق هذا المنتج … إلى مجلس الإدارة", "", false},                                        // the words left out hold a negation (دون)
		{"للعامة ... بالكذب", "", false},                                                         // parts out of order
		{"سرق أموال الشركة", "", false},
		{"…", "", false},
	}
	for _, tt := range tests {
		got, ok := matchQuote(tt.quote, para6)
		if got != tt.want || ok != tt.ok {
			t.Errorf("matchQuote(%q) = %q, %v; want %q, %v", tt.quote, got, ok, tt.want, tt.ok)
		}
	}
}

func TestExpandMarkLists(t *testing.T) {
	for in, want := range map[string]string{
		"a [1, 2] b":  "a [1][2] b",
		"a [١، ٣] b":  "a [١][٣] b",
		"a [1; 2; 3]": "a [1][2][3]",
		"a [1] b":     "a [1] b",
		"a [x, 2]":    "a [x, 2]",
	} {
		if got := expandMarkLists(in); got != want {
			t.Errorf("expandMarkLists(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCheckCitationsArabicDigitsAndTidy(t *testing.T) {
	p, _ := mustCorpus(t).Lookup("6")
	paras := []ctxPara{{N: 1, P: p, Text: p.Text}}
	got := checkCitations("اتُّهم بالكذب [٢] على المجلس [١] .", paras, "ar")
	if got.Text != "اتُّهم بالكذب على المجلس [1]." || got.Dropped != 1 || len(got.Citations) != 1 {
		t.Fatalf("checkCitations() = %+v", got)
	}
}

// TestCheckCitationsQuotesAlwaysChecked holds the check to every quote in
// the sources' script: a fabricated quote must be labelled and lose its
// citation whatever its length, its line breaks, its mix of scripts or the
// way the article's front matter spells its language.
func TestCheckCitationsQuotesAlwaysChecked(t *testing.T) {
	p, _ := mustCorpus(t).Lookup("6")
	tagged := p
	tagged.Language = "ar-eg" // as front matter may spell it
	long := strings.Repeat("كلام مختلق لم يرد في المقال ", 30)
	tests := []struct {
		name       string
		reply      string
		para       corpus.Paragraph
		unverified int
		cited      bool // the reply keeps a citation
	}{
		{"fabricated, short", "قال المجلس «كلام مختلق» [1].", p, 1, false},
		{"fabricated, over 600 characters", "قال المجلس «" + long + "» [1].", p, 1, false},
		{"fabricated, over two lines", "قال المجلس «كلام\nمختلق» [1].", p, 1, false},
		{"fabricated, as many Latin as Arabic words", "قال المجلس «طردت OpenAI» [1].", p, 1, false},
		{"fabricated, paragraph tagged ar-eg", "قال المجلس «كلام مختلق» [1].", tagged, 1, false},
		{"true quote, paragraph tagged ar-eg", "قال المجلس إنه «بالكذب على المجلس» [1].", tagged, 0, true},
		{"true quote with a Latin name", "«بمنتج ChatGPT» [1].", p, 0, true},
		{"a Latin term in quotes is not a quote", "أطلق «ChatGPT» [1].", p, 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := checkCitations(tt.reply, []ctxPara{{N: 1, P: tt.para, Text: tt.para.Text}}, "ar")
			if got.Unverified != tt.unverified || (len(got.Citations) > 0) != tt.cited {
				t.Fatalf("checkCitations(%.80q) = unverified %d, %d citations, text %.120q; want unverified %d, cited %v",
					tt.reply, got.Unverified, len(got.Citations), got.Text, tt.unverified, tt.cited)
			}
			if tt.unverified > 0 && !strings.Contains(got.Text, unverifiedLabel("ar")) {
				t.Errorf("text %.120q lacks the unverified label", got.Text)
			}
		})
	}
}

func TestIsNotInSources(t *testing.T) {
	for in, want := range map[string]bool{
		"NOT_IN_SOURCES":               true,
		"  `NOT_IN_SOURCES`\n":         true,
		"**NOT_IN_SOURCES**":           true,
		"Sorry.\nNOT_IN_SOURCES":       true,
		"The NOT_IN_SOURCES marker...": false,
		"Altman was removed [1].":      false,
	} {
		if got := isNotInSources(in); got != want {
			t.Errorf("isNotInSources(%q) = %v", in, got)
		}
	}
}

func TestHoldMarker(t *testing.T) {
	tests := []struct {
		pieces []string
		want   string
	}{
		{[]string{"NOT_", "IN_SO", "URCES"}, ""},
		{[]string{"NO", "RMAL answer"}, "NORMAL answer"},
		{[]string{"Altman", " was"}, "Altman was"},
	}
	for _, tt := range tests {
		var b strings.Builder
		f := holdMarker(func(d string) { b.WriteString(d) })
		for _, p := range tt.pieces {
			f(p)
		}
		if b.String() != tt.want {
			t.Errorf("pieces %q streamed %q, want %q", tt.pieces, b.String(), tt.want)
		}
	}
}

func TestInLanguage(t *testing.T) {
	tests := []struct {
		reply, lang string
		want        bool
	}{
		{"The board said he lied: «بالكذب على المجلس بشأن تقييمات السلامة الخاصة» [1].", "en", true},
		{"The board said he lied about the safety reviews [1].", "ar", false},
		{"اتُّهم ألتمان بالكذب على المجلس بشأن منتج ChatGPT [1].", "ar", true},
		{"OK [1]", "ar", true}, // too short to tell
	}
	for _, tt := range tests {
		if got := inLanguage(tt.reply, tt.lang); got != tt.want {
			t.Errorf("inLanguage(%q, %s) = %v", tt.reply, tt.lang, got)
		}
	}
}

func TestSelectContextBudget(t *testing.T) {
	c := mustCorpus(t)
	var hits []retrieval.Hit
	for _, p := range c.Paragraphs() {
		hits = append(hits, retrieval.Hit{Paragraph: p})
	}
	got := selectContext(hits, 5, 700)
	total := 0
	for i, p := range got {
		if p.N != i+1 {
			t.Fatalf("numbering %d at %d", p.N, i)
		}
		total += utf8.RuneCountInString(p.Text)
	}
	if len(got) == 0 || len(got) > 5 || total > 701 {
		t.Fatalf("%d paragraphs, %d characters; want at most 5 within 700", len(got), total)
	}
	if one := selectContext(hits[2:3], 5, 200); len(one) != 1 || utf8.RuneCountInString(one[0].Text) != 201 {
		t.Fatalf("a first paragraph over budget must be cut, got %+v", one)
	}
}

func TestFence(t *testing.T) {
	in := "x </question> y <Paragraph id=\"9\"> z < /sources>"
	out := fence(in)
	for _, bad := range []string{"</question>", "<Paragraph", "< /sources>"} {
		if strings.Contains(out, bad) {
			t.Errorf("fence(%q) = %q still holds %q", in, out, bad)
		}
	}
}

func TestSummaryCacheSharesOneCall(t *testing.T) {
	c := newSummaryCache()
	var calls atomic.Int32
	release := make(chan struct{})
	var wg sync.WaitGroup
	for range 5 {
		wg.Go(func() {
			s, err := c.do(context.Background(), "k", func() (Summary, bool, error) {
				calls.Add(1)
				<-release
				return Summary{Summary: "s", Citations: []Citation{{N: 1}}}, true, nil
			})
			if err != nil || s.Summary != "s" {
				t.Errorf("do() = %+v, %v", s, err)
			}
		})
	}
	for c.inflightLen() == 0 {
		runtime.Gosched() // wait for the first caller to start making it
	}
	close(release)
	wg.Wait()
	if calls.Load() != 1 {
		t.Fatalf("%d calls, want 1", calls.Load())
	}
	s, _ := c.do(context.Background(), "k", func() (Summary, bool, error) { t.Fatal("not cached"); return Summary{}, false, nil })
	s.Citations[0].N = 99
	again, _ := c.do(context.Background(), "k", nil)
	if again.Citations[0].N != 1 {
		t.Fatal("a caller changed the cached summary")
	}
}

func (c *summaryCache) inflightLen() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.inflight)
}

func mustCorpus(t *testing.T) *corpus.Corpus {
	t.Helper()
	c, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	return c
}
