package text

import "testing"

// TestLanguageWords came with the detector from corpus.
func TestLanguageWords(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"مجلس إدارة OpenAI أقال ألتمان", "ar"},
		{"The board of OpenAI fired Altman", "en"},
		{"", "en"},
		{"2023 ١٦", "en"},
		// Words, not letters: long Latin names do not outvote Arabic words.
		{"متى أطلقت OpenAI منتج ChatGPT؟", "ar"},
		{"ما علاقة OpenAI بـ ChatGPT؟", "ar"},
		{"What did OpenAI say about ألتمان?", "en"},
		// Vowel marks and tatweel do not split a word in two.
		{"OpenAI ChatGPT فَجَّرَتْ", "en"},
		{"Sam Altman, CEO الشـــركة", "en"},
	} {
		if got := Language(tc.text); got != tc.want {
			t.Errorf("DetectLanguage(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestIsArabicWord: a word is Arabic by its first rune, in the Arabic
// block; a Latin word, a digit, an empty word, a presentation form (which
// folded text never holds) and a Latin word with Arabic after it are not.
func TestIsArabicWord(t *testing.T) {
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"مجلس", true},
		{"١٦", true},      // Arabic-Indic digits are in the block
		{"؟", true},       // so is Arabic punctuation
		{"ﺍﻟﺸﺮﻛﺔ", false}, // presentation forms: fold first
		{"board", false},
		{"16", false},
		{"OpenAIالشركة", false},
		{"", false},
		{"\xff", false},
	} {
		if got := IsArabicWord(tc.w); got != tc.want {
			t.Errorf("IsArabicWord(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
	for _, tc := range []struct {
		r    rune
		want bool
	}{
		{'ا', true}, {'ي', true}, {0x0600, true}, {0x06FF, true},
		{0x05FF, false}, {0x0700, false}, {'a', false}, {'ﺍ', false},
	} {
		if got := InArabicBlock(tc.r); got != tc.want {
			t.Errorf("InArabicBlock(%U) = %v, want %v", tc.r, got, tc.want)
		}
	}
}
