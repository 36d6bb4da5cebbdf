package retrieval

import (
	"context"
	"slices"
	"testing"

	"casebot/corpus"
)

// multiIndex builds the index of the four-article, two-language test corpus.
func multiIndex(t testing.TB) *Index {
	t.Helper()
	c, err := corpus.Load("../testdata/multi")
	if err != nil {
		t.Fatal(err)
	}
	ix, err := Build(context.Background(), c, Options{})
	if err != nil {
		t.Fatalf("Build: %v", err)
	}
	return ix
}

// TestTanweenless: a word ending in a tanween alef gives the term of the
// word without it; a short word, one with no final alef, and a Latin word
// give nothing.
func TestTanweenless(t *testing.T) {
	for _, tc := range []struct{ w, want string }{
		{"اتفاقًا", "اتفاق"},
		{"اتفاقا", "اتفاق"}, // written without the mark
		{"تنفيذيًا", "تنفيذ"},
		{"مجلسا", "مجلس"},
		{"كذا", ""},    // too short to carry one
		{"هذا", ""},    // a stop word's alef
		{"اتفاق", ""},  // no final alef
		{"مجلس", ""},   // no final alef
		{"agenda", ""}, // Latin
		{"", ""},
	} {
		if got := tanweenless(tc.w); got != tc.want {
			t.Errorf("tanweenless(%q) = %q, want %q", tc.w, got, tc.want)
		}
	}
}

// TestSecondClitic: a conjunction before a preposition and the article is
// read off; one clitic, a conjunction alone and a too-short rest are not.
func TestSecondClitic(t *testing.T) {
	for _, tc := range []struct{ w, want string }{
		{"وبالعمل", "عمل"},
		{"وللشركة", "شرك"},
		{"فللشركة", "شرك"},
		{"فكالبرق", "برق"},
		{"بالعمل", ""}, // one clitic: the stemmer's own work
		{"والعمل", ""}, // و + the article: the stemmer's own work
		{"وهذا", ""},   // no preposition after the conjunction
		{"وبال", ""},   // nothing after the clitics
		{"ولل", ""},
		{"board", ""},
	} {
		if got := secondClitic(tc.w); got != tc.want {
			t.Errorf("secondClitic(%q) = %q, want %q", tc.w, got, tc.want)
		}
	}
}

// TestSentenceStart: a capital opens a sentence at the start of a text,
// after a full stop, a question mark, a colon or a line break, with quotes
// and spaces between; after any other word it does not.
func TestSentenceStart(t *testing.T) {
	for _, tc := range []struct {
		s    string
		word string
		want bool
	}{
		{"Summer began early.", "Summer", true},
		{"It rained. Summer began.", "Summer", true},
		{"He asked: “Summer?”", "Summer", true},
		{"Why? \"Summer\" he said.", "Summer", true},
		{"line one\nSummer", "Summer", true},
		{"Larry Summers joined the board.", "Summers", false},
		{"the board, Summers said", "Summers", false},
		{"Former Treasury Secretary (Summers)", "Summers", false},
	} {
		i := indexOfWord(tc.s, tc.word)
		if i < 0 {
			t.Fatalf("%q not in %q", tc.word, tc.s)
		}
		if got := sentenceStart(tc.s, i); got != tc.want {
			t.Errorf("sentenceStart(%q, %q) = %v, want %v", tc.s, tc.word, got, tc.want)
		}
	}
}

func indexOfWord(s, w string) int {
	for i := 0; i+len(w) <= len(s); i++ {
		if s[i:i+len(w)] == w {
			return i
		}
	}
	return -1
}

// TestColloquialStem: a colloquial passive (ات…) or present (ب…) prefix is
// dropped when the corpus or the glossary knows the rest; an unknown rest,
// a short word and a word with no such prefix give nothing.
func TestColloquialStem(t *testing.T) {
	ix := multiIndex(t)
	for _, tc := range []struct {
		w    string
		want []string
	}{
		{"اتأسست", []string{"تاسست"}},
		{"بيقود", []string{"يقود"}},
		{"بتعمل", []string{"تعمل"}},
		{"بتقرقز", nil}, // the rest is no word the case or the glossary knows
		{"اتقرقز", nil},
		{"بنك", nil},   // too short
		{"بقود", nil},  // ب before no present prefix
		{"ابتعد", nil}, // no dialect prefix
		{"استقال", nil},
	} {
		if got := ix.colloquialStem(tc.w); !slices.Equal(got, tc.want) {
			t.Errorf("colloquialStem(%q) = %q, want %q", tc.w, got, tc.want)
		}
	}
}

// TestStandardReadings: an Arabic question's colloquial question words map
// to nil and its colloquial forms to their standard terms; an English
// question and a question in standard Arabic give no reading.
func TestStandardReadings(t *testing.T) {
	ix := multiIndex(t)
	for _, tc := range []struct {
		q    string
		want map[string][]string
	}{
		{"مين بيقود OpenAI؟", map[string][]string{"مين": nil, "بيقود": {"يقود"}}},
		{"ليش انطرد التمان", map[string][]string{"ليش": nil, "انطرد": {"طرد"}}},
		{"Who runs OpenAI?", nil},
		{"من يقود الشركة؟", map[string][]string{}},
	} {
		got := ix.standardReadings(tc.q)
		if len(got) != len(tc.want) {
			t.Errorf("standardReadings(%q) = %q, want %q", tc.q, got, tc.want)
			continue
		}
		for k, v := range tc.want {
			g, ok := got[k]
			if !ok || !slices.Equal(g, v) {
				t.Errorf("standardReadings(%q)[%q] = %q, want %q", tc.q, k, g, v)
			}
		}
	}
}
