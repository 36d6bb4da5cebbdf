package retrieval

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"casebot/text"
)

// thesaurusLineErrors checks a synonym list in the format of
// thesaurus_ar.txt: every group holds at least two words that analyse to
// different terms, and no word of a group is lost to the stop-word list.
func thesaurusLineErrors(src string) []error {
	var errs []error
	for i, line := range listLines(src) {
		terms := map[string]bool{}
		for _, w := range strings.Fields(line) {
			ts := Tokens(w)
			if len(ts) == 0 {
				errs = append(errs, fmt.Errorf("line %d: %q is a stop word or analyses to nothing", i+1, w))
			}
			for _, t := range ts {
				terms[t] = true
			}
		}
		if len(terms) < 2 {
			errs = append(errs, fmt.Errorf("line %d: %q holds fewer than two distinct terms: it links nothing", i+1, line))
		}
	}
	return errs
}

// glossaryLineErrors checks a list in the format of glossary_en_ar.txt:
// "english = arabic words", one English word that is not a stop word, and
// Arabic words that each analyse to a term.
func glossaryLineErrors(src string) []error {
	var errs []error
	for i, line := range listLines(src) {
		en, ar, ok := strings.Cut(line, "=")
		if !ok {
			errs = append(errs, fmt.Errorf("line %d: %q has no '='", i+1, line))
			continue
		}
		en = strings.TrimSpace(en)
		if len(strings.Fields(en)) != 1 || len(Tokens(en)) == 0 {
			errs = append(errs, fmt.Errorf("line %d: %q is not one English word that is not a stop word", i+1, en))
		}
		if len(strings.Fields(ar)) == 0 {
			errs = append(errs, fmt.Errorf("line %d: %q has no Arabic side", i+1, line))
		}
		for _, w := range strings.Fields(ar) {
			if !text.IsArabicWord(w) {
				errs = append(errs, fmt.Errorf("line %d: %q is not an Arabic word", i+1, w))
			} else if len(Tokens(w)) == 0 {
				errs = append(errs, fmt.Errorf("line %d: Arabic word %q is a stop word", i+1, w))
			}
		}
	}
	return errs
}

// TestArticleLexiconFiles: the word-by-word synonym and glossary files of
// the article's vocabulary pass their checks and are read by Build.
func TestArticleLexiconFiles(t *testing.T) {
	if strings.Count(thesaurusArticleText, "\n") < 50 || strings.Count(glossaryArticleText, "\n") < 50 {
		t.Fatalf("article lexicon files look empty: %d and %d lines",
			strings.Count(thesaurusArticleText, "\n"), strings.Count(glossaryArticleText, "\n"))
	}
	for _, err := range thesaurusLineErrors(thesaurusArticleText) {
		t.Errorf("thesaurus_article_ar.txt: %v", err)
	}
	for _, err := range glossaryLineErrors(glossaryArticleText) {
		t.Errorf("glossary_article_en_ar.txt: %v", err)
	}
	ix := buildDefault(t, Options{})
	// A group of the new file links its words in the index's thesaurus…
	if got := ix.thesaurus.terms[term("تقييدها")]; !slices.Contains(got, term("تكبيل")) {
		t.Errorf("تقييدها's synonyms %q lack تكبيل (thesaurus_article_ar.txt not read)", got)
	}
	// …and a line of the new glossary reaches the index's glossary.
	if got := ix.glossary[term("sway")]; !slices.Contains(got, "نفوذه") {
		t.Errorf("glossary[sway] = %q, lacks نفوذه (glossary_article_en_ar.txt not read)", got)
	}
}

// TestLexiconCheckersReject: the checkers above catch the mistakes they are
// for.
func TestLexiconCheckersReject(t *testing.T) {
	tests := []struct {
		name, text string
		check      func(string) []error
	}{
		{"one-word group", "تقييد\n", thesaurusLineErrors},
		{"two forms of one term", "الشركة شركة\n", thesaurusLineErrors},
		{"stop word in a group", "تقييد تكبيل في\n", thesaurusLineErrors},
		{"no equals sign", "clout نفوذ\n", glossaryLineErrors},
		{"stop-word key", "the = نفوذ\n", glossaryLineErrors},
		{"phrase key", "box in = تقييد\n", glossaryLineErrors},
		{"empty Arabic side", "clout = \n", glossaryLineErrors},
		{"Latin on the Arabic side", "clout = nufuz\n", glossaryLineErrors},
		{"Arabic stop word", "clout = من\n", glossaryLineErrors},
	}
	for _, tc := range tests {
		if errs := tc.check("# a comment\n\n" + tc.text); len(errs) == 0 {
			t.Errorf("%s: %q passed the check", tc.name, tc.text)
		}
	}
	if errs := thesaurusLineErrors("تقييد تكبيل\n"); len(errs) != 0 {
		t.Errorf("a good group is rejected: %v", errs)
	}
	if errs := glossaryLineErrors("clout = نفوذ\n"); len(errs) != 0 {
		t.Errorf("a good line is rejected: %v", errs)
	}
}
