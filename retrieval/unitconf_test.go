package retrieval

import (
	"context"
	"testing"

	"casebot/corpus"
)

// TestPronounFunctionWord: a function word with an attached pronoun is
// one; a content word that happens to end like a pronoun, a bare stop
// word and a Latin word are not.
func TestPronounFunctionWord(t *testing.T) {
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"كلهم", true},
		{"عندهم", true},
		{"معها", true},
		{"موظفيهم", false}, // a noun with a pronoun: content
		{"كتابه", false},
		{"عند", false}, // a stop word alone is no unit at all
		{"them", false},
		{"", false},
	} {
		if got := pronounFunctionWord(tc.w); got != tc.want {
			t.Errorf("pronounFunctionWord(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
}

// TestUntranslated: a unit with no member in the paragraph's language is
// untranslated there; one with a translation is not.
func TestUntranslated(t *testing.T) {
	ar := xunit{word: "وقت", members: map[string]float64{"وقت": 1}}
	both := xunit{word: "موظف", members: map[string]float64{"موظف": 1, "employe": translationWeight}}
	for _, tc := range []struct {
		u    xunit
		lang string
		want bool
	}{
		{ar, "en", true},
		{ar, "ar", false},
		{both, "en", false},
		{both, "ar", false},
		{ar, "fr", false}, // other languages are not judged
	} {
		if got := untranslated(tc.u, tc.lang); got != tc.want {
			t.Errorf("untranslated(%q, %s) = %v, want %v", tc.u.word, tc.lang, got, tc.want)
		}
	}
}

// TestUnitConfidenceBands: over the two-language corpus, a question whose
// paragraph ranks first but which carries words no paragraph has (a
// colloquial word, an English word the glossary lacks, an Arabic word
// with no English translation over an English paragraph) or a word only
// its synonyms say (running: leads) is answerable, though not
// confidently; a question about something else still abstains, and one
// naming a company the corpus never mentions next to one it does is not
// answerable.
func TestUnitConfidenceBands(t *testing.T) {
	ix := multiIndex(t)
	for _, tc := range []struct {
		q        string
		min, max float64 // confidence in [min, max)
	}{
		{"قديش عدد موظفين OpenAI كلهم بالإجمال وقت الأزمة؟", DefaultThreshold, ConfidentAt},
		{"who is running OpenAI as CEO these days?", 0.45, ConfidentAt},
		{"did microsoft's shares go up or down when nadella hired altman, roughly speaking?", DefaultThreshold, 1.01},
		{"What is the population of Brazil?", 0, DefaultThreshold},
		{"ما رأي شركة أمازون في OpenAI؟", 0, DefaultThreshold},
	} {
		res, err := ix.Search(context.Background(), tc.q, SearchOptions{K: 5})
		if err != nil {
			t.Fatalf("Search(%q): %v", tc.q, err)
		}
		if res.Confidence < tc.min || res.Confidence >= tc.max || res.Answerable != (tc.min >= DefaultThreshold) {
			t.Errorf("%q: confidence %.2f (answerable %v), want in [%.2f, %.2f)", tc.q, res.Confidence, res.Answerable, tc.min, tc.max)
		}
	}
}

// TestParagraphTermsAge: a paragraph giving a person's age as the index
// reads one carries ageTerm, so that "how old is he?" finds it; a year, a
// count and a number after a name that is no age do not.
func TestParagraphTermsAge(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Nadella, 56, said the partnership would go on.", true},
		{"وقال ناديلا (56 عامًا) إن الشراكة مستمرة.", true},
		{"The founder, aged 41, stepped down.", true},
		{"Nadella said in 2023 that the partnership would go on.", false},
		{"More than 700 of the 770 staff signed the letter.", false},
		{"Room 12, 14 and 16 were booked.", false},
	} {
		have := paragraphTerms(corpus.Paragraph{Text: tc.text})
		if got := have[ageTerm]; got != tc.want {
			t.Errorf("paragraphTerms(%q)[ageTerm] = %v, want %v", tc.text, got, tc.want)
		}
	}
}
