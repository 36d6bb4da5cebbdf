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
