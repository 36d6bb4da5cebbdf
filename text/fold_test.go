package text

import (
	"slices"
	"strings"
	"testing"
)

// TestFoldTable came with the fold from retrieval (its Normalize).
func TestFoldTable(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"diacritics", "فَجَّرَتْ شَرِكَةٌ", "فجرت شركه"},
		{"tanween and sukun", "دليلاً مقنعًا", "دليلا مقنعا"},
		{"superscript alef", "هٰذا", "هذا"},
		{"tatweel", "الأزمـــة", "الازمه"},
		{"alef with hamza above", "أحد", "احد"},
		{"alef with hamza below", "إقالة", "اقاله"},
		{"alef with madda", "آخر", "اخر"},
		{"alef wasla", "ٱلمجلس", "المجلس"},
		{"alef maqsura", "على مدى", "علي مدي"},
		{"teh marbuta", "الشركة", "الشركه"},
		{"waw with hamza", "مؤسسي", "موسسي"},
		{"yeh with hamza", "رئيس", "رييس"},
		{"Arabic-Indic digits", "٢٠٢٣ و١٦", "2023 و16"},
		{"Persian digits", "۲۰۲۳", "2023"},
		{"Latin lower-cased", "OpenAI ChatGPT", "openai chatgpt"},
		{"spaces collapsed and trimmed", "  سام \t\n ألتمان  ", "سام التمان"},
		{"joiners and marks dropped", "سام\u200c\u200fألتمان\ufeff", "سامالتمان"},
		{"punctuation kept", "لماذا؟ «لأن»", "لماذا؟ «لان»"},
		{"Persian peh is beh", "ستارتاپ پيتر", "ستارتاب بيتر"},
		{"Persian zheh is zain", "ژان", "زان"},
		{"dialect gaf, cheh, veh kept", "گال چيف ڤال", "گال چيف ڤال"},
		{"Arabic beh and zain kept", "بيتر زان", "بيتر زان"},
		{"empty", "", ""},
		{"only marks", "\u064e\u0640", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Fold(tc.in); got != tc.want {
				t.Errorf("Fold(%q) = %q, want %q", tc.in, got, tc.want)
			}
			if again := Fold(Fold(tc.in)); again != tc.want {
				t.Errorf("Fold is not idempotent: %q", again)
			}
		})
	}
}

func TestCutProclitic(t *testing.T) {
	tests := []struct {
		f    string
		min  int
		want string
		ok   bool
	}{
		{Fold("بنوفمبر"), 3, Fold("نوفمبر"), true},
		{Fold("وبنوفمبر"), 3, Fold("بنوفمبر"), true}, // one letter only
		{Fold("للموظفين"), 3, Fold("لموظفين"), true},
		{Fold("بيع"), 3, Fold("بيع"), false},       // too little would remain
		{Fold("وصل"), 3, Fold("وصل"), false},       // a root letter, not a clitic
		{Fold("ويوم"), 4, Fold("ويوم"), false},     // min 4
		{Fold("موراتي"), 3, Fold("موراتي"), false}, // none to cut
		{"november", 3, "november", false},
	}
	for _, tc := range tests {
		got, ok := CutProclitic(tc.f, tc.min)
		if got != tc.want || ok != tc.ok {
			t.Errorf("CutProclitic(%q, %d) = %q, %v; want %q, %v", tc.f, tc.min, got, ok, tc.want, tc.ok)
		}
	}
}

// TestCutters: each cutter cuts only its own letters, under
// CutProclitic's rule on what must remain. CutArticle cuts the article
// alone or with the one-letter proclitic before it, once; a word without
// it, a one-letter proclitic alone and a hamza-seated alef are left
// alone, and HasArticle agrees with it on every row.
func TestCutters(t *testing.T) {
	keep := func(s string) string { return strings.Map(FoldRuneKeepAlef, s) }
	tests := []struct {
		cut  func(string, int) (string, bool)
		name string
		f    string
		min  int
		want string
		ok   bool
	}{
		{CutConjunction, "CutConjunction", Fold("ومقال"), 1, Fold("مقال"), true},
		{CutConjunction, "CutConjunction", Fold("فالتقرير"), 1, Fold("التقرير"), true},
		{CutConjunction, "CutConjunction", Fold("بمقال"), 1, Fold("بمقال"), false}, // a preposition
		{CutPreposition, "CutPreposition", Fold("باستثمار"), 3, Fold("استثمار"), true},
		{CutPreposition, "CutPreposition", Fold("لمشاركته"), 3, Fold("مشاركته"), true},
		{CutPreposition, "CutPreposition", Fold("ومقال"), 3, Fold("ومقال"), false}, // a conjunction
		{CutPreposition, "CutPreposition", Fold("بيع"), 3, Fold("بيع"), false},     // too little would remain
		{CutArticle, "CutArticle", Fold("الأعضاء"), 3, Fold("أعضاء"), true},
		{CutArticle, "CutArticle", Fold("والأعضاء"), 3, Fold("أعضاء"), true},
		{CutArticle, "CutArticle", Fold("بالمجلس"), 3, Fold("مجلس"), true},
		{CutArticle, "CutArticle", Fold("فالمغرب"), 3, Fold("مغرب"), true},
		{CutArticle, "CutArticle", Fold("كالعادة"), 3, Fold("عادة"), true},
		{CutArticle, "CutArticle", Fold("للموظفين"), 3, Fold("موظفين"), true},
		{CutArticle, "CutArticle", Fold("وللشركة"), 3, Fold("وللشركة"), false}, // two proclitics: not this cutter's
		{CutArticle, "CutArticle", Fold("لموظفين"), 3, Fold("لموظفين"), false}, // a preposition alone
		{CutArticle, "CutArticle", Fold("ومقال"), 1, Fold("ومقال"), false},     // a conjunction alone
		{CutArticle, "CutArticle", Fold("الف"), 2, Fold("الف"), false},         // too little would remain
		{CutArticle, "CutArticle", Fold("الف"), 1, Fold("ف"), true},
		{CutArticle, "CutArticle", Fold("ال"), 0, "", true},
		{CutArticle, "CutArticle", keep("ألتمان"), 0, keep("ألتمان"), false}, // a name: the hamza makes no article
		{CutArticle, "CutArticle", Fold("موراتي"), 1, Fold("موراتي"), false},
		{CutArticle, "CutArticle", "alliance", 1, "alliance", false},
	}
	for _, tc := range tests {
		got, ok := tc.cut(tc.f, tc.min)
		if got != tc.want || ok != tc.ok {
			t.Errorf("%s(%q, %d) = %q, %v; want %q, %v", tc.name, tc.f, tc.min, got, ok, tc.want, tc.ok)
		}
		if has := HasArticle(tc.f, tc.min); tc.name == "CutArticle" && has != tc.ok {
			t.Errorf("HasArticle(%q, %d) = %v; want %v", tc.f, tc.min, has, tc.ok)
		}
	}
}

// TestCliticCuts: the article reading first, then the one-letter one;
// nothing for a word that opens with neither or would keep too little.
func TestCliticCuts(t *testing.T) {
	tests := []struct {
		f    string
		min  int
		want []string
	}{
		{Fold("والأعضاء"), 3, []string{Fold("أعضاء"), Fold("الأعضاء")}},
		{Fold("للموظفين"), 3, []string{Fold("موظفين"), Fold("لموظفين")}},
		{Fold("الموظفين"), 3, []string{Fold("موظفين")}},
		{Fold("بموظفين"), 3, []string{Fold("موظفين")}},
		{Fold("بيع"), 3, nil},                        // too little would remain
		{Fold("عضو"), 1, nil},                        // no clitic
		{Fold("كالعادة"), 3, []string{Fold("عادة")}}, // ك alone is no proclitic here
		{"members", 1, nil},
	}
	for _, tc := range tests {
		if got := CliticCuts(tc.f, tc.min); !slices.Equal(got, tc.want) {
			t.Errorf("CliticCuts(%q, %d) = %q; want %q", tc.f, tc.min, got, tc.want)
		}
	}
}
