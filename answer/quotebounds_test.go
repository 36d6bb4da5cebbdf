package answer

import (
	"strings"
	"testing"
)

func TestMatchQuoteWordBoundaries(t *testing.T) {
	const para = "وقد شكّلت هذه العودة السريعة دليلاً على نفوذه القوي داخل الشركة وخارجها. أقال المجلس ألتمان، ثم أعاده لألتمان منصبه بالشركة. The board fired him over the funds."
	tests := []struct {
		quote string
		ok    bool
	}{
		{"قال", false},        // inside أقال ("dismissed"), not the verb "said"
		{"أقال المجلس", true}, // whole words
		{"تمان", false},       // the tail of a name
		{"ألتمان", true},      // after the preposition ل (لألتمان) and as a word
		{"الشركة", true},      // after ب (بالشركة)
		{"نفوذ", true},        // before the pronoun ه (نفوذه)
		{"العودة السريعة", true},
		{"عود", false}, // a root inside العودة
		{"fund", true}, // plural funds
		{"fun", false}, // inside fund
		{"board fire", false},
		{"board fired him", true},
	}
	for _, tt := range tests {
		if _, ok := matchQuote(tt.quote, para); ok != tt.ok {
			t.Errorf("matchQuote(%q) = %v, want %v", tt.quote, ok, tt.ok)
		}
	}
}

// FuzzMatchQuote: any quote and paragraph, no panic, and a match is always
// a verbatim part of the paragraph.
func FuzzMatchQuote(f *testing.F) {
	f.Add("قال", "أقال المجلس ألتمان، ثم أعاده لألتمان.")
	f.Add("العودة", "وقد شكّلت هذه العودة السريعة")
	f.Add("fund", "The board fired him over the funds.")
	f.Add("a…b", "a x b")
	f.Fuzz(func(t *testing.T, quote, para string) {
		got, ok := matchQuote(quote, para)
		if !ok {
			return
		}
		for _, part := range strings.Split(got, " … ") {
			if !strings.Contains(para, part) {
				t.Fatalf("matchQuote(%q, %q) = %q, not in the paragraph", quote, para, got)
			}
		}
	})
}
