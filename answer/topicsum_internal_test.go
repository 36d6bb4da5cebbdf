package answer

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"casebot/casefile"
	"casebot/corpus"
	"casebot/retrieval"
	"casebot/text"
)

// TestTopicSelectionCoversTheTopic: when the bound leaves room for two
// sentences, the selection takes the best one and then the one that adds
// the topic's other half, not a near copy of the first that scores a little
// higher; without the coverage and redundancy weights it would take the
// copy, so the test shows what they do.
func TestTopicSelectionCoversTheTopic(t *testing.T) {
	words := func(s string) map[string]bool {
		m := map[string]bool{}
		for _, w := range strings.Fields(s) {
			m[w] = true
		}
		return m
	}
	topic := "board vote staff"
	var units []topicUnit
	for _, w := range strings.Fields(topic) {
		units = append(units, topicUnit{word: w, weight: 1, top: 1})
	}
	mk := func(pos int, s string, rel float64) *topicSentence {
		have := words(s)
		ts := &topicSentence{pos: pos, text: s, scored: s, own: rel, rel: rel, terms: have, size: len(s)}
		for _, u := range units {
			v := 0.0
			if have[u.word] {
				v = 1
			}
			ts.units = append(ts.units, v)
		}
		return ts
	}
	sents := []*topicSentence{
		mk(0, "board vote four directors removed chief", 0.9),
		mk(1, "board vote four directors removed chief executive", 0.88),
		mk(2, "staff threatened resign employees letter", 0.8),
	}
	prm := defaultTopicParams()
	prm.maxSentences = 2
	got := selectTopicSentences(units, sents, prm)
	if len(got) != 2 || got[0].pos != 0 || got[1].pos != 2 {
		t.Errorf("chose %v, want sentences 0 and 2", positions(got))
	}
	prm.coverWeight, prm.redundancy = 0, 0
	if got := selectTopicSentences(units, sents, prm); len(got) != 2 || got[1].pos != 1 {
		t.Errorf("without coverage and redundancy chose %v, want 0 and 1 (the test would show nothing)", positions(got))
	}
}

// TestTopicSelectionBounds: the selection stops at maxSentences and at
// maxUTF16 characters, and quotes nothing under keepRatio of the best.
func TestTopicSelectionBounds(t *testing.T) {
	var sents []*topicSentence
	for i := 0; i < 10; i++ {
		sents = append(sents, &topicSentence{pos: i, text: "x", scored: "x", rel: 1 - float64(i)*0.01, size: 300, terms: map[string]bool{}})
	}
	sents = append(sents, &topicSentence{pos: 10, rel: 0.2, size: 1, terms: map[string]bool{}})
	units := []topicUnit{{word: "t", weight: 1, top: 1}}
	prm := defaultTopicParams()
	prm.maxUTF16 = 1000
	if got := selectTopicSentences(units, sents, prm); len(got) != 3 {
		t.Errorf("%d sentences of 300 characters within 1000, want 3", len(got))
	}
	prm.maxUTF16 = 1 << 20
	got := selectTopicSentences(units, sents, prm)
	if len(got) != prm.maxSentences {
		t.Errorf("%d sentences, want %d", len(got), prm.maxSentences)
	}
	for _, s := range got {
		if s.pos == 10 {
			t.Errorf("quoted a sentence under keepRatio of the best")
		}
	}
}

// TestTopicSelectionGrowsWithArticles: the cap on sentences grows by
// perArticle for each further article among the eligible sentences, up to
// maxAcross; a sentence under keepRatio of the best does not count its
// article.
func TestTopicSelectionGrowsWithArticles(t *testing.T) {
	mk := func(articles ...string) []*topicSentence {
		var sents []*topicSentence
		for i := 0; i < 12; i++ {
			a := articles[i%len(articles)]
			sents = append(sents, &topicSentence{pos: i, article: a, text: "x", scored: "x", rel: 1 - float64(i)*0.01, size: 10, terms: map[string]bool{}})
		}
		return sents
	}
	units := []topicUnit{{word: "t", weight: 1, top: 1}}
	prm := defaultTopicParams()
	faint := mk("a", "b")
	for _, s := range faint {
		if s.article == "b" {
			s.rel = 0.01 // under keepRatio: not eligible, its article not counted
		}
	}
	tests := []struct {
		name  string
		sents []*topicSentence
		want  int
	}{
		{"one article", mk("a"), prm.maxSentences},
		{"two articles", mk("a", "b"), prm.maxSentences + prm.perArticle},
		{"four articles", mk("a", "b", "c", "d"), prm.maxAcross},
		{"six articles, capped", mk("a", "b", "c", "d", "e", "f"), prm.maxAcross},
		{"second article too faint to count", faint, prm.maxSentences},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := selectTopicSentences(units, tc.sents, prm); len(got) != tc.want {
				t.Errorf("%d sentences, want %d", len(got), tc.want)
			}
		})
	}
}

func positions(ss []*topicSentence) []int {
	var out []int
	for _, s := range ss {
		out = append(out, s.pos)
	}
	return out
}

// stubSearcher answers every search with the same hits; it has no Match,
// so topic sentences are scored by plain term overlap.
type stubSearcher struct{ res retrieval.Result }

func (s stubSearcher) Search(ctx context.Context, q string, opts retrieval.SearchOptions) (retrieval.Result, error) {
	return s.res, nil
}

// TestTopicSummaryLeadWhenNoSentenceMatches: when retrieval judges a topic
// covered but no sentence shares a word with it, the summary quotes the
// best paragraph's first sentence rather than nothing.
func TestTopicSummaryLeadWhenNoSentenceMatches(t *testing.T) {
	c, err := corpus.LoadFS(fstest.MapFS{"a.md": {Data: []byte("---\ntitle: A\nlanguage: en\n---\nThe board met. It voted.\n\nThe staff wrote a letter.\n")}}, "")
	if err != nil {
		t.Fatal(err)
	}
	ps := c.Paragraphs()
	eng := New(c, stubSearcher{retrieval.Result{Answerable: true, Hits: []retrieval.Hit{{Paragraph: ps[1], Score: 1}, {Paragraph: ps[0], Score: 0.5}}}}, Options{})
	s, err := eng.Summarize(context.Background(), "quorum", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Citations) != 1 || s.Citations[0].Quote != "The staff wrote a letter." || !s.Citations[0].Verified {
		t.Errorf("want the best paragraph's lead quoted, got %s %+v", s.Summary, s.Citations)
	}
}

// TestOneUnit: a pair is one unit when some paragraph carries it as fully
// as its better word while lacking the other; two separate words average.
func TestOneUnit(t *testing.T) {
	tests := []struct {
		name     string
		ab, a, b []float64
		want     bool
	}{
		{"compound: the pair reaches what one word alone does", []float64{1, 0}, []float64{1, 0}, []float64{0, 0}, true},
		{"compound over a translation", []float64{0.9, 1}, []float64{0.9, 1}, []float64{0.1, 1}, true},
		{"two words: the pair averages", []float64{0.6, 0.5}, []float64{1, 0}, []float64{0, 1}, false},
		{"two words, both everywhere", []float64{1, 1}, []float64{1, 1}, []float64{1, 1}, false},
		{"nothing carried", []float64{0, 0}, []float64{0, 0}, []float64{0, 0}, false},
	}
	for _, tt := range tests {
		if got := oneUnit(tt.ab, tt.a, tt.b); got != tt.want {
			t.Errorf("%s: oneUnit = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestTopicUnits: a topic is cut into its content words, read as the
// searcher reads them: an English word over the Arabic article is one unit
// however many translations it has, so a sentence that says only one of
// two topic words scores about as much as one that says only the other,
// where the whole topic's Match lets the word with three translations
// outweigh the other; a compound is one unit; a preposition is none.
func TestTopicUnits(t *testing.T) {
	c, ix := defaultIndexI(t)
	topic := "the calls before the firing"
	units := topicUnits(topic, c.Paragraphs(), ix.Match)
	var words []string
	for _, u := range units {
		words = append(words, u.word)
		if u.weight <= 0 || u.top <= 0 || u.top > 1 {
			t.Errorf("unit %q: weight %.2f, top %.2f", u.word, u.weight, u.top)
		}
	}
	if strings.Join(words, "|") != "calls|firing" {
		t.Fatalf("units %q, want calls and firing", words)
	}
	calls := "أحد أبرز فصول الرواية كان المكالمة المفاجئة من إليا سوتسكيفر، كبير العلماء في OpenAI، إلى عضو المجلس هيلين تونر، حيث حثّها على التواصل مع ميرا موراتي، مديرة التكنولوجيا بالشركة."
	firing := "وقرّر أربعة من أصل ستة أعضاء التصويت لإقالة ألتمان، من ضمنهم سوتسكيفر وهيلين تونر."
	share := func(s string) float64 {
		have := make([]float64, len(units))
		for i, u := range units {
			have[i] = u.carried(s, ix.Match)
		}
		return unitShare(units, have)
	}
	if a, b := share(calls), share(firing); a < b/2 || b < a/2 {
		t.Errorf("unit shares %.2f (calls) and %.2f (firing): one word outweighs the other", a, b)
	}
	if a, b := ix.Match(topic, calls), ix.Match(topic, firing); a >= b/2 {
		t.Errorf("the whole topic's Match gives %.2f and %.2f: the test shows nothing the units change", a, b)
	}

	mc, mix := multiIndexI(t)
	for topic, want := range map[string]string{
		"مجلس الإدارة الجديد":     "مجلس الإداره|الجديد",
		"secret calls":            "secret|calls",
		"the chief executive":     "chief executive",
		"عودة ألتمان بعد الإقالة": "عوده|ألتمان|الإقاله",
		// A filler word stresses the topic and names nothing in it
		// (fillerWords); the words it stands next to stay.
		"did the board actually fire sam": "board|fire|sam",
		"did the board fire sam":          "board|fire|sam",
	} {
		var got []string
		for _, u := range topicUnits(topic, mc.Paragraphs(), mix.Match) {
			got = append(got, u.word)
		}
		if strings.Join(got, "|") != want {
			t.Errorf("%q: units %q, want %s", topic, got, want)
		}
	}
}

// TestFillerWords: words that only stress a topic are no units; words that
// look like them but name something are.
func TestFillerWords(t *testing.T) {
	for w, want := range map[string]bool{
		"actually": true, "really": true, "whole": true, "أصلاً": true, "اصلا": true, "فعلاً": true, "كلها": true,
		"actual": false, "board": false, "real": false, "أصل": false, "الأصل": false, "فعل": false, "القصة": false,
	} {
		if got := fillerWords[text.Fold(w)]; got != want {
			t.Errorf("%q: filler %v, want %v", w, got, want)
		}
	}
}

// TestTopicHolderEndsAtPreposition: an Arabic word with ب or ل and the
// article joined to it says what the stance is on and ends the holder's
// name; a name of two words, or one that merely starts with those letters
// (بالمر, Palmer), is kept.
func TestTopicHolderEndsAtPreposition(t *testing.T) {
	for _, tc := range []struct {
		topic string
		want  []string
	}{
		{"دور مايكروسوفت بالقصة كلها", []string{"مايكروسوفت"}},
		{"موقف الموظفين للشركة", []string{"الموظفين"}},
		{"دور ميرا موراتي", []string{"ميرا", "موراتي"}},             // must keep: a two-word name
		{"موقف بالمر من القرار", []string{"بالمر"}},                 // must keep: a name, not بال + noun
		{"دور مايكروسوفت الكبير", []string{"مايكروسوفت", "الكبير"}}, // an adjective is not cut
	} {
		if got := topicHolder(tc.topic); !slices.Equal(got, tc.want) {
			t.Errorf("topicHolder(%q) = %q, want %q", tc.topic, got, tc.want)
		}
	}
}

// TestTopicLedeInStanceTopic: in a topic on someone's stance or role, of
// two sentences that name them alike, the one in an article's first
// paragraph (what the story leads with) ranks first, though its paragraph
// scores a little lower; in a topic on no one's stance it does not.
func TestTopicLedeInStanceTopic(t *testing.T) {
	lead := corpus.Paragraph{Ref: "a#1", N: 1, Text: "Acme hired the founder on Monday."}
	later := corpus.Paragraph{Ref: "b#4", N: 4, Text: "Acme kept its deal with the lab."}
	paras := []corpus.Paragraph{lead, later, {Ref: "b#5", N: 5, Text: "The lab's staff wrote a letter."}}
	hits := []retrieval.Hit{{Paragraph: later, Score: 1}, {Paragraph: lead, Score: 0.95}}
	for _, tc := range []struct {
		topic string
		first string
	}{
		{"acme's role", "a#1"},
		{"quick recap of acme", "a#1"}, // a recap leads with the story's lead too
		{"acme", "b#4"},                // must not move: no one's stance is asked for
	} {
		units := topicUnits(tc.topic, paras, overlap)
		sents := topicSentences(tc.topic, units, hits, overlap, defaultTopicParams())
		best := sents[0]
		for _, s := range sents {
			if s.rel > best.rel {
				best = s
			}
		}
		if got := hits[best.hit].Paragraph.Ref; got != tc.first {
			t.Errorf("%q: %s ranks first, want %s", tc.topic, got, tc.first)
		}
	}
}

// TestMergeHits: the hits of a topic's search and of its standard reading's
// are joined: a paragraph only the reading finds comes in, one both find
// counts once at its better relative score, and the order is by score.
func TestMergeHits(t *testing.T) {
	h := func(ref string, score float64) retrieval.Hit {
		return retrieval.Hit{Paragraph: corpus.Paragraph{Ref: ref}, Score: score}
	}
	tests := []struct {
		name string
		a, b []retrieval.Hit
		want string // refs:scores in order
	}{
		{"the reading finds the appointments",
			[]retrieval.Hit{h("lead", 0.5), h("vote", 0.25)}, []retrieval.Hit{h("appointed", 0.8), h("lead", 0.4)},
			"lead:1.00 appointed:1.00 vote:0.50"}, // a tie keeps the topic's own first
		{"the reading finds nothing new",
			[]retrieval.Hit{h("lead", 1), h("vote", 0.5)}, nil,
			"lead:1.00 vote:0.50"},
		{"a paragraph both find is not doubled",
			[]retrieval.Hit{h("lead", 1)}, []retrieval.Hit{h("lead", 1)},
			"lead:1.00"},
	}
	for _, tt := range tests {
		var got []string
		for _, x := range mergeHits(tt.a, tt.b) {
			got = append(got, fmt.Sprintf("%s:%.2f", x.Paragraph.Ref, x.Score))
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("%s: %s, want %s", tt.name, strings.Join(got, " "), tt.want)
		}
	}
}

// TestWhyTopicHearsEachAccount: in a why-topic, the last place goes to a
// sentence from an article not yet quoted (another source's account of
// the reason) over a slightly better one from the article already quoted;
// in a topic asking no why, to the better one.
func TestWhyTopicHearsEachAccount(t *testing.T) {
	units := []topicUnit{{word: "t", weight: 1, top: 1}}
	for _, why := range []bool{true, false} {
		mk := func(article string, pos int, rel float64, term string) *topicSentence {
			return &topicSentence{article: article, pos: pos, rel: rel, why: why, size: 10, units: []float64{1},
				terms: map[string]bool{term: true}}
		}
		sents := []*topicSentence{mk("book", 0, 1, "a"), mk("book", 1, 0.9, "b"), mk("wire", 2, 0.85, "c")}
		prm := defaultTopicParams()
		prm.maxSentences, prm.perArticle = 2, 0 // two places: which sentence takes the second
		got := selectTopicSentences(units, sents, prm)
		want := 1
		if why {
			want = 2
		}
		if len(got) != 2 || got[1].pos != want {
			t.Errorf("why=%v: chose %v, want 0 and %d", why, positions(got), want)
		}
	}
}

// TestNameTypedLooselyIsAUnit: a topic word the analysis reads as nothing
// (التمان: the article ال and تمان) but the searcher reads as a word the
// paragraphs have (ألتمان, its hamza restored) is a unit of the topic, so
// the sentences naming Altman carry it; a stop word the searcher finds in
// no paragraph (لماذا) is none, nor a name in a clause that only dates
// the topic («بعد ما طلع التمان»).
func TestNameTypedLooselyIsAUnit(t *testing.T) {
	paras := []corpus.Paragraph{
		{ArticleID: "a", N: 1, Text: "أقال المجلس ألتمان من منصبه.", Language: "ar"},
		{ArticleID: "a", N: 2, Text: "واتهم ألتمان بالكذب على المجلس.", Language: "ar"},
		{ArticleID: "a", N: 3, Text: "وتولت موراتي الشركة مؤقتا.", Language: "ar"},
	}
	// The searcher's reading: a word it restores the hamza of.
	match := func(q, s string) float64 {
		if rest, ok := strings.CutPrefix(q, "ال"); ok && strings.Contains(s, "أل"+rest) {
			return 1
		}
		return overlap(q, s)
	}
	for _, tc := range []struct {
		topic string
		unit  bool
	}{
		{"لماذا طردوا التمان", true},
		{"ليش انطرد التمان اصلا", true},
		{"من تولى الشركة بعد ما طلع التمان", false}, // must reject: the name only dates the topic
		{"لماذا طردوا المدير", false},               // must reject: a word no paragraph has
	} {
		got := false
		for _, u := range topicUnits(tc.topic, paras, match) {
			if u.word == "التمان" {
				got = true
			}
			if u.word == "لماذا" && u.cues == nil {
				t.Errorf("%q: the stop word لماذا is a unit of its own", tc.topic)
			}
		}
		if got != tc.unit {
			t.Errorf("%q: التمان a unit = %v, want %v", tc.topic, got, tc.unit)
		}
	}
}

// TestChargesAnswerWhySanctioned: in a topic asking why someone was
// sanctioned, a sentence stating a charge carries the sanction's unit (the
// reasons seldom repeat the verb), and the paragraphs that state a charge
// against the topic's subject join the hits the search missed; a topic
// asking no why, or a charge against no one the topic names, changes
// nothing.
func TestChargesAnswerWhySanctioned(t *testing.T) {
	paras := []corpus.Paragraph{
		{Ref: "a#1", Text: "The board fired Altman on Friday."},
		{Ref: "a#2", Text: "Altman had lied to the board about the reviews."},
		{Ref: "a#3", Text: "Brockman had lied about the budget."},
		{Ref: "a#4", Text: "Staff signed a letter."},
	}
	altman := casefile.Person{Name: "Sam Altman", Latin: "Sam Altman", Spellings: []string{"Sam Altman", "Altman"}}
	hits := []retrieval.Hit{{Paragraph: paras[0], Score: 1}, {Paragraph: paras[3], Score: 0.2}}
	for _, tc := range []struct {
		topic   string
		carries bool   // the charge carries the unit "fired"
		added   string // refs the hits gain
	}{
		{"why was altman fired", true, "a#2"},
		{"altman fired", false, ""},            // must reject: no why asked
		{"why was the editor fired", true, ""}, // must reject: a charge against someone else
	} {
		units := topicUnits(tc.topic, paras, overlap)
		withNames(units, paras, []casefile.Person{altman}, overlap)
		for _, u := range units {
			if u.word == "fired" {
				if got := u.carried(paras[1].Text, overlap) == 1; got != tc.carries {
					t.Errorf("%q: the charge carries %q = %v, want %v", tc.topic, u.word, got, tc.carries)
				}
			}
		}
		var added []string
		for _, h := range withCharges(hits, tc.topic, units, paras, overlap)[len(hits):] {
			added = append(added, h.Paragraph.Ref)
		}
		if got := strings.Join(added, " "); got != tc.added {
			t.Errorf("%q: hits gained %q, want %q", tc.topic, got, tc.added)
		}
	}
}
