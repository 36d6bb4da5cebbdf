package retrieval

import (
	"context"
	"slices"
	"strings"
	"testing"

	"casebot/corpus"
)

func TestParseGlossary(t *testing.T) {
	g := parseGlossary(`# a comment
board = مجلس المجلس

no equals sign here
fire = إقالة أقال
fired = إقالة إبعاد
  Firing =  إبعاد  
`)
	tests := []struct {
		key  string
		want []string
	}{
		{"board", []string{"مجلس", "المجلس"}},
		// fire, fired and firing share the stem "fire": their words are merged, each once.
		{"fire", []string{"إقالة", "أقال", "إبعاد"}},
	}
	for _, tc := range tests {
		if got := g[tc.key]; !slices.Equal(got, tc.want) {
			t.Errorf("g[%q] = %q, want %q", tc.key, got, tc.want)
		}
	}
	if len(g) != 2 {
		t.Errorf("glossary has %d keys, want 2: %v", len(g), g)
	}
}

func TestGlossaryTranslate(t *testing.T) {
	g := parseGlossary(glossaryText)
	tests := []struct {
		q    string
		want []string // words the translation must hold
		not  []string // words it must not hold
	}{
		{"Who did Sutskever call?", []string{"سوتسكيفر", "مكالمة"}, []string{"who", "did"}},
		{"Why was Altman FIRED?", []string{"ألتمان", "إقالة"}, []string{"fire", "fired"}},
		// Untranslated words and Latin names stay, analysed.
		{"OpenAI ChatGPT zeppelin", []string{"openai", "chatgpt", "zeppelin"}, nil},
	}
	for _, tc := range tests {
		got := strings.Fields(g.translate(tc.q))
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("translate(%q) = %q, missing %q", tc.q, got, w)
			}
		}
		for _, w := range tc.not {
			if slices.Contains(got, w) {
				t.Errorf("translate(%q) = %q holds %q", tc.q, got, w)
			}
		}
		seen := map[string]bool{}
		for _, w := range got {
			if seen[w] && !isASCII(w) {
				t.Errorf("translate(%q) repeats %q: %q", tc.q, w, got)
			}
			seen[w] = true
		}
	}
	if got := g.translate("the of and"); got != "" {
		t.Errorf("stop words translate to %q", got)
	}
}

// TestGlossaryFile checks every entry of glossary_en_ar.txt can be used: an
// English word that is not a stop word, and Arabic words that analyse to at
// least one term.
func TestGlossaryFile(t *testing.T) {
	for i, line := range strings.Split(glossaryText, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		en, ar, ok := strings.Cut(line, "=")
		if !ok {
			t.Errorf("line %d %q has no '='", i+1, line)
			continue
		}
		en = strings.TrimSpace(en)
		if len(Tokens(en)) == 0 {
			t.Errorf("line %d: %q is a stop word: the entry is never used", i+1, en)
		}
		if len(strings.Fields(ar)) == 0 {
			t.Errorf("line %d: %q has no Arabic side", i+1, line)
		}
		for _, w := range strings.Fields(ar) {
			if len(Tokens(w)) == 0 {
				t.Errorf("line %d: Arabic word %q is a stop word", i+1, w)
			}
		}
	}
}

// TestGlossaryEnglishQuestions: English questions over the Arabic default
// corpus reach the right paragraph through the glossary.
func TestGlossaryEnglishQuestions(t *testing.T) {
	ix := buildDefault(t, Options{})
	tests := []struct {
		q    string
		want int // paragraph number expected in the top 3
	}{
		{"Who did Sutskever call?", 4},
		{"Who did Ilya Sutskever call, and why?", 4},
		{"Did hundreds of employees threaten to resign?", 8},
		{"When did the board vote to fire Altman?", 7},
		{"Who owned the startup fund?", 3},
	}
	for _, tc := range tests {
		t.Run(tc.q, func(t *testing.T) {
			res, err := ix.Search(context.Background(), tc.q, SearchOptions{K: 3})
			if err != nil {
				t.Fatal(err)
			}
			if res.Language != "en" {
				t.Errorf("Language = %q", res.Language)
			}
			if !hasPara(res, tc.want) {
				t.Errorf("#%d not in the top 3: %s", tc.want, hitList(res))
			}
			if !res.Answerable {
				t.Errorf("not answerable (confidence %.2f): %s", res.Confidence, hitList(res))
			}
		})
	}
}

// TestIsName: names the glossary writes by their sound or the world list
// capitalises are names; everyday words the glossary translates are not,
// however they are capitalised (a sentence may open with any of them).
func TestIsName(t *testing.T) {
	ix := buildDefault(t, Options{})
	for w, want := range map[string]bool{
		"Altman": true, "Brockman": true, "Murati": true, "Microsoft": true, "Google": true, "Nadella": true,
		"Amazon": true, // world list only
		"More":   false, "Board": false, "New": false, "Interim": false, "Employees": false, "Fired": false,
		"the": false, "ألتمان": false, "": false,
	} {
		if got := ix.IsName(w); got != want {
			t.Errorf("IsName(%q) = %v, want %v", w, got, want)
		}
	}
	// The everyday words above are in the glossary: a test of them means something.
	for _, w := range []string{"more", "board", "new", "interim", "employees", "fired"} {
		if len(ix.glossary[term(w)]) == 0 {
			t.Errorf("%q is not in the glossary; pick another everyday word", w)
		}
	}
}

// TestTranslates: the lexicon translates English into Arabic on any
// corpus, Arabic into English on a corpus of both languages, and never a
// word into its own language or one it does not know.
func TestTranslates(t *testing.T) {
	ar := buildDefault(t, Options{})
	c, err := corpus.Load("../testdata/multi")
	if err != nil {
		t.Fatal(err)
	}
	multi, err := Build(context.Background(), c, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		ix         *Index
		w, lang    string
		want       bool
		corpusName string
	}{
		{ar, "investors", "ar", true, "ar"},
		{ar, "Board", "ar", true, "ar"},
		{ar, "investors", "en", false, "ar"},
		{ar, "zxqv", "ar", false, "ar"},
		{ar, "المستثمرين", "en", false, "ar"}, // an Arabic corpus reads the glossary one way
		{multi, "المستثمرين", "en", true, "multi"},
		{multi, "بالكذب", "en", true, "multi"},
		{multi, "investors", "ar", true, "multi"},
		{multi, "المستثمرين", "ar", false, "multi"},
		{multi, "قرقزان", "en", false, "multi"},
		// everyday news verbs an Arabic question uses for an English
		// paragraph's word: released, returning, was told/aware.
		{multi, "أصدر", "en", true, "multi"},
		{multi, "رجوعه", "en", true, "multi"},
		{multi, "علم", "en", true, "multi"},
		{multi, "الناس", "en", true, "multi"},
		{multi, "صدرت", "ar", false, "multi"}, // Arabic is not translated into Arabic
		{multi, "released", "ar", true, "multi"},
	} {
		if got := tc.ix.Translates(tc.w, tc.lang); got != tc.want {
			t.Errorf("%s corpus: Translates(%q, %q) = %v, want %v", tc.corpusName, tc.w, tc.lang, got, tc.want)
		}
	}
}
