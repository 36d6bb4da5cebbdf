package text

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestFoldSpellingVariants(t *testing.T) {
	tests := []struct {
		name string
		a, b string
	}{
		{"combining hamza above", "ا\u0654لتمان", "ألتمان"},
		{"hamza seat", "ألتمان", "التمان"},
		{"presentation forms", "ﺍﻟﺸﺮﻛﺔ", "الشركة"},
		{"zwnj inside a word", "الشر\u200cكة", "الشركة"},
		{"rlm and bidi isolate", "\u2067ألتمان\u2069\u200f", "ألتمان"},
		{"diacritics and tatweel", "فجّرت الـشركة", "فجرت الشركه"},
		{"alef maqsura and teh marbuta", "مستشفى المدينة", "مستشفي المدينه"},
		{"arabic-indic digits", "١٦ نوفمبر", "16 نوفمبر"},
		{"full-width latin", "ＯｐｅｎＡＩ", "openai"},
		{"case and spaces", "Sam   ALTMAN", "sam altman"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if fa, fb := Fold(tc.a), Fold(tc.b); fa != fb {
				t.Errorf("Fold(%q) = %q, Fold(%q) = %q; want equal", tc.a, fa, tc.b, fb)
			}
			if fa, fb := FoldForQuote(tc.a), FoldForQuote(tc.b); fa != fb {
				t.Errorf("FoldForQuote differs: %q vs %q", fa, fb)
			}
		})
	}
}

func TestFoldKeepsDifferentWordsApart(t *testing.T) {
	for _, p := range [][2]string{{"قال", "أقال"}, {"ستة", "ساتيا"}, {"لم", "لن"}, {"16", "61"}} {
		if Fold(p[0]) == Fold(p[1]) {
			t.Errorf("Fold(%q) == Fold(%q) = %q; want different", p[0], p[1], Fold(p[0]))
		}
	}
}

func TestWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"ا\u0654لتمان", []string{"ألتمان"}}, // combining hamza composes; hamza alef kept
		{"ﺍﻟﺸﺮﻛﺔ", []string{"الشركه"}},
		{"الشر\u200cكة، OpenAI!", []string{"الشركه", "openai"}},
		{"فجّرت ٣ مرات", []string{"فجرت", "3", "مرات"}},
		{"GPT-5 or GPT-4o?", []string{"gpt5", "or", "gpt4o"}}, // a version stays in its name
		{"2015-2023, a 38-year-old co-founder", []string{"2015", "2023", "a", "38", "year", "old", "co", "founder"}},
		{"ثلاثين-30", []string{"ثلاثين", "30"}},
		{"", nil},
	}
	for _, tc := range tests {
		got := Words(tc.in)
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("Words(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestJoinVersions: a Latin name's version number joins the name; other
// hyphens stay.
func TestJoinVersions(t *testing.T) {
	tests := []struct{ in, want string }{
		{"GPT-5", "GPT5"},
		{"what about GPT-4o?", "what about GPT4o?"},
		{"COVID-19 rules", "COVID19 rules"},
		{"2015-2023", "2015-2023"},
		{"a 38-year-old founder", "a 38-year-old founder"},
		{"co-founded", "co-founded"},
		{"ثلاثين-30", "ثلاثين-30"},
		{"GPT- 5", "GPT- 5"},
		{"-5", "-5"},
	}
	for _, tc := range tests {
		if got := JoinVersions(tc.in); got != tc.want {
			t.Errorf("JoinVersions(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestFoldMapOffsets(t *testing.T) {
	s := "«أعادت» الشر\u200cكة ﺍﻟﺸﺮﻛﺔ ا\u0654لتمان، 3.5 مليار!"
	f, starts, ends := FoldMap(s)
	if len(starts) != len(f) || len(ends) != len(f) {
		t.Fatalf("offsets: %d starts, %d ends for %d bytes", len(starts), len(ends), len(f))
	}
	want := "اعادت الشركه الشركه التمان 3 5 مليار"
	if f != want {
		t.Fatalf("FoldMap = %q, want %q", f, want)
	}
	i := strings.Index(f, "التمان")
	got := s[starts[i]:ends[i+len("التمان")-1]]
	if got != "ا\u0654لتمان" {
		t.Errorf("verbatim cut = %q, want the original spelling", got)
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"decimal", "It raised 3.5 billion dollars. Then it stopped.", []string{"It raised 3.5 billion dollars.", "Then it stopped."}},
		{"arabic decimal", "جمعت 3.5 مليار دولار. ثم توقفت.", []string{"جمعت 3.5 مليار دولار.", "ثم توقفت."}},
		{"abbreviation", "Mr. Altman left. U.S. officials met.", []string{"Mr. Altman left.", "U.S. officials met."}},
		{"month", "He was fired on Friday, Nov. 17 by the board. Then he returned.", []string{"He was fired on Friday, Nov. 17 by the board.", "Then he returned."}},
		{"arabic question mark", "فهل تعود الصراعات مجددًا؟ وهل تؤثر؟", []string{"فهل تعود الصراعات مجددًا؟", "وهل تؤثر؟"}},
		{"line break", "عنوان\nنص الفقرة.", []string{"عنوان", "نص الفقرة."}},
		{"no terminator", "بلا نقطة", []string{"بلا نقطة"}},
		{"empty", "   ", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Sentences(tc.in)
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("Sentences(%q) =\n %q\nwant\n %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestLanguage(t *testing.T) {
	tests := []struct{ in, want string }{
		{"متى أطلقت OpenAI منتج ChatGPT؟", "ar"},
		{"Why was Sam Altman fired?", "en"},
		{"ما دور Ilya Sutskever في الإقالة؟", "ar"},
		{"What did موراتي tell the board?", "en"},
		{"ﺍﻟﺸﺮﻛﺔ ﺍﻟﺸﺮﻛﺔ", "ar"},
		{"الشر\u200cكة OpenAI", "en"}, // one word each: ties go to English
		{"", "en"},
	}
	for _, tc := range tests {
		if got := Language(tc.in); got != tc.want {
			t.Errorf("Language(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestTruncate(t *testing.T) {
	tests := []struct {
		name string
		f    func(string, int) string
		in   string
		n    int
		want string
	}{
		{"fits", TruncateRunes, "short", 10, "short"},
		{"cuts at space", TruncateRunes, "one two three four five", 10, "one two…"},
		{"arabic runes", TruncateRunes, "أبجد هوز حطي", 6, "أبجد…"},
		{"emoji pair kept whole", TruncateUTF16, "ab😀😀😀", 5, "ab😀…"},
		{"zero", TruncateRunes, "abc", 0, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := tc.f(tc.in, tc.n)
			if got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
			if utf8.RuneCountInString(got) > tc.n && tc.n > 0 {
				t.Errorf("%q longer than %d", got, tc.n)
			}
		})
	}
	if n := UTF16Len("a😀"); n != 3 {
		t.Errorf("UTF16Len = %d, want 3", n)
	}
}

func TestStripControl(t *testing.T) {
	tests := []struct{ in, want string }{
		{"ok\x1b[2K\x1b[1Aerased", "okerased"},
		{"title\x1b]0;pwned\x07 here", "title here"},
		{"link \x1b]8;;http://evil.example\x1b\\click\x1b]8;;\x1b\\", "link click"},
		{"16\u202e61\u202c", "1661"},
		{"a\r\nb\x00c\u0085d", "a\nbcd"},
		{"bad \xff utf8", "bad  utf8"},
		{"سطر\tجدول\n", "سطر\tجدول\n"},
	}
	for _, tc := range tests {
		if got := StripControl(tc.in); got != tc.want {
			t.Errorf("StripControl(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestTerminal(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain عربي\n", "plain عربي\n"},
		{"\x1b[31mred", `\x1b[31mred`},
		{"a\u202eb", `a\u202eb`},
		{"عربي\u200f 16", "عربي\u200f 16"}, // a direction mark is kept
		{"\u009b31m", `\u009b31m`},
		{"bad\xff", "bad\uFFFD"},
	}
	for _, tc := range tests {
		got := Terminal(tc.in)
		if got != tc.want {
			t.Errorf("Terminal(%q) = %q, want %q", tc.in, got, tc.want)
		}
		if strings.ContainsRune(got, 0x1b) {
			t.Errorf("Terminal(%q) still holds ESC", tc.in)
		}
	}
}

func TestCleanName(t *testing.T) {
	tests := []struct {
		in   string
		max  int
		want string
	}{
		{"@everyone لماذا أقيل؟ <@&123> <@!45> <#6>", 100, "لماذا أقيل؟"},
		{"why\u202e\x1b[31m fired\n\nnow", 100, "why fired now"},
		{"mail a@b", 100, "mail a@\u200bb"},
		{"@every<@1>one and @he<#2>re", 100, "and"},
		{"use </ask:901> or <id:customize>", 100, "use or"},
		{"one two three four five", 10, "one two…"},
	}
	for _, tc := range tests {
		if got := CleanName(tc.in, tc.max); got != tc.want {
			t.Errorf("CleanName(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func FuzzSentences(f *testing.F) {
	for _, s := range []string{"جمعت 3.5 مليار. ثم!", "Mr. X. Y?", "a\n\nb", "«هل؟» نعم."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		last := 0
		for _, sp := range SentenceSpans(s) {
			if sp[0] < last || sp[1] <= sp[0] || sp[1] > len(s) {
				t.Fatalf("bad span %v after %d in %q", sp, last, s)
			}
			last = sp[1]
		}
	})
}

func FuzzFoldMap(f *testing.F) {
	for _, s := range []string{"ا\u0654لتمان ﺍﻟﺸﺮﻛﺔ", "a\u200cb", "١٦.٥", "\xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		folded, starts, ends := FoldMap(s)
		if len(starts) != len(folded) || len(ends) != len(folded) {
			t.Fatalf("offset lengths %d/%d for %d bytes", len(starts), len(ends), len(folded))
		}
		for i := range starts {
			if starts[i] < 0 || ends[i] > len(s) || starts[i] >= ends[i] || (i > 0 && starts[i] < starts[i-1]) {
				t.Fatalf("bad offsets at %d: %d..%d", i, starts[i], ends[i])
			}
		}
		if folded != FoldForQuote(s) {
			t.Fatal("FoldMap and FoldForQuote disagree")
		}
	})
}
