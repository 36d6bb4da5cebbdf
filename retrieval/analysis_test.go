package retrieval

import (
	"slices"
	"strings"
	"testing"
)

func TestTokensStopWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"في من على إلى عن أن هل ما لماذا كيف هو هي التي الذي", nil},
		{"وفي ومن وهو وقد ولكن وكان", nil},
		{"the of and what who is was did how why a an to", nil},
		{"Who is the CEO?", []string{"ceo"}},
		{"؟!،.", nil},
		{"", nil},
	}
	for _, tc := range tests {
		if got := Tokens(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("Tokens(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestTokensSameTerm lists words that must analyse to one term each, and
// words that must not meet.
func TestTokensSameTerm(t *testing.T) {
	tests := []struct {
		name  string
		words []string
	}{
		{"definite article and hamza", []string{"الأزمة", "أزمة", "الازمة", "أزمه"}},
		{"conjunction and article", []string{"والمجلس", "المجلس", "مجلس", "بالمجلس", "فالمجلس"}},
		{"preposition before hamza", []string{"لإقالة", "إقالة", "اقالة", "بإقالة"}},
		{"name keeps its alef-lam", []string{"ألتمان", "وألتمان", "لألتمان", "بألتمان", "أَلتمان"}},
		{"feminine ending", []string{"الشركة", "شركة", "والشركة"}},
		{"Arabic-Indic digits", []string{"٢٠٢٣", "2023", "۲۰۲۳"}},
		{"diacritics", []string{"مُدِيرَهَا", "مديرها"}},
		{"English stemming", []string{"fired", "firing", "fires", "fire"}},
		{"English case", []string{"Altman", "ALTMAN", "altman"}},
		{"English plural", []string{"employees", "employee", "Employees"}},
		{"thirty as digits and words", []string{"30", "٣٠", "ثلاثين", "ثلاثون", "بثلاثين", "thirty"}},
		{"five as digits and words", []string{"5", "٥", "خمسة", "خمس", "five", "Five"}},
		{"four with clitics", []string{"4", "أربعة", "وأربعة", "الأربعة", "four"}},
		{"hundred", []string{"100", "مئة", "مائة", "hundred"}},
		{"Arabic teen", []string{"13", "ثلاثة عشر", "thirteen"}},
		{"a version joined to its name", []string{"GPT-5", "GPT5", "gpt-5"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			want := Tokens(tc.words[0])
			if len(want) != 1 {
				t.Fatalf("Tokens(%q) = %q, want one term", tc.words[0], want)
			}
			for _, w := range tc.words[1:] {
				if got := Tokens(w); !slices.Equal(got, want) {
					t.Errorf("Tokens(%q) = %q, want %q (as %q)", w, got, want, tc.words[0])
				}
			}
		})
	}
	distinct := [][2]string{
		{"ألتمان", "تمان"},
		{"مجلس", "مجلة"},
		{"fired", "fund"},
		{"ثلاثة", "ثلاثين"},   // 3 is not 30, though both stem to ثلاث
		{"ستة", "الست"},       // the lady is not six
		{"اثنين", "الاثنين"},  // Monday is not two
		{"GPT-5", "GPT five"}, // a model's version is no count
		{"COVID-19", "COVID 19"},
	}
	for _, d := range distinct {
		if a, b := Tokens(d[0]), Tokens(d[1]); slices.Equal(a, b) {
			t.Errorf("%q and %q share the terms %q", d[0], d[1], a)
		}
	}
}

// TestNameGuard: "ألتمان" starts with alef-hamza + lam, which a light stemmer
// that normalises first would take for the article "ال" and cut to "تمان",
// then to the stop word "تم" — the case's main name would vanish.
func TestNameGuard(t *testing.T) {
	for _, w := range []string{"ألتمان", "وألتمان", "بألتمان", "لألتمان", "فألتمان"} {
		got := Tokens(w)
		if len(got) != 1 {
			t.Errorf("Tokens(%q) = %q: the name is lost", w, got)
			continue
		}
		if term := got[0]; term == "تم" || term == "تمان" || !strings.HasPrefix(term, "ال") {
			t.Errorf("Tokens(%q) = %q: the name lost its alef-lam", w, term)
		}
	}
	// And in a sentence, the name survives next to the stop word it could become.
	got := Tokens("تم إبعاد ألتمان")
	if len(got) != 2 || got[1] != Tokens("ألتمان")[0] {
		t.Errorf("Tokens(تم إبعاد ألتمان) = %q", got)
	}
}

func TestTokensSentence(t *testing.T) {
	got := Tokens("في 16 نوفمبر، اجتمع أعضاء المجلس في لقاء افتراضي سري.")
	for _, want := range []string{"16", "نوفمبر", "مجلس"} {
		if !slices.Contains(got, want) {
			t.Errorf("Tokens = %q, missing %q", got, want)
		}
	}
	for _, stop := range []string{"في", ""} {
		if slices.Contains(got, stop) {
			t.Errorf("Tokens = %q holds %q", got, stop)
		}
	}
	// Latin names inside Arabic text are kept, folded.
	if got := Tokens("منتج ChatGPT من OpenAI"); !slices.Contains(got, "chatgpt") || !slices.Contains(got, "openai") {
		t.Errorf("Tokens = %q, want the Latin names", got)
	}
}

func TestSkeleton(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"اقال", "اقل"},
		{"اقيل", "اقل"},
		{"مجلس", "مجلس"},
		{"وا", "وا"}, // too short: unchanged
		{"fire", "fire"},
	} {
		if got := skeleton(tc.in); got != tc.want {
			t.Errorf("skeleton(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestTokensThroughTextLayer: spellings the text layer folds together give
// the same terms (a combining hamza analysed to nothing before it).
func TestTokensThroughTextLayer(t *testing.T) {
	for _, tc := range []struct{ variant, canonical string }{
		{"ا\u0654لتمان", "ألتمان"},
		{"ﺍﻟﺸﺮﻛﺔ", "الشركة"},
		{"الشر\u200cكة", "الشركة"},
		{"\u202bمجلس الإدارة\u202c", "مجلس الإدارة"},
	} {
		got, want := Tokens(tc.variant), Tokens(tc.canonical)
		if len(want) == 0 || strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("Tokens(%q) = %q, want %q", tc.variant, got, want)
		}
	}
}

// TestRootWaw: a word whose first letter و belongs to its root keeps it
// (واحد is not و + أحد, "Sunday" or "someone"; وزير meets الوزير), while
// the conjunction و is still cut (واتهم → اتهم, وأحد → أحد).
func TestRootWaw(t *testing.T) {
	same := [][]string{
		{"واحد", "واحدة", "الواحد", "وواحد"},
		{"وزير", "الوزير", "ووزير", "وزيرة"},
		{"وثائق", "الوثائق"},
		{"واتهم", "اتهم"},
		{"وأحد", "أحد", "الأحد"},
	}
	for _, ws := range same {
		want := Tokens(ws[0])
		for _, w := range ws[1:] {
			if got := Tokens(w); !slices.Equal(got, want) {
				t.Errorf("Tokens(%q) = %q, want %q (as %q)", w, got, want, ws[0])
			}
		}
	}
	// وصفة (a recipe) is no description (وصف): an off-topic question about
	// a recipe must not meet the article's verbs of revealing.
	for _, d := range [][2]string{{"واحد", "أحد"}, {"واحدة", "الأحد"}, {"وزير", "زير"}, {"وصفة", "وصف"}} {
		if a, b := Tokens(d[0]), Tokens(d[1]); slices.Equal(a, b) {
			t.Errorf("%q and %q share the terms %q", d[0], d[1], a)
		}
	}
}
