package answer

import (
	"strings"
	"testing"
)

// TestQuoteThroughTextLayer holds the quote check to the shared text layer:
// a verbatim quote that differs from its paragraph only in an invisible
// joiner, a combining hamza or presentation forms is found, and a made-up
// quote still is not.
func TestQuoteThroughTextLayer(t *testing.T) {
	tests := []struct {
		name, quote string
		ok          bool
	}{
		{"zwnj inside a word", "بالكذ\u200cب على المجلس", true},
		{"combining hamza", "ا\u0654طلق هذا المنتج", true},
		{"presentation forms", "ﺑﺎﻟﻜﺬﺏ ﻋﻠﻰ ﺍﻟﻤﺠﻠﺲ", true},
		{"bidi isolate around a word", "بالكذب \u2067على\u2069 المجلس", true},
		{"invented", "بالكذب على الموظفين", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := matchQuote(tc.quote, para6)
			if ok != tc.ok {
				t.Fatalf("matchQuote(%q) = %q, %v; want ok %v", tc.quote, got, ok, tc.ok)
			}
			if ok && !strings.Contains(para6, got) {
				t.Errorf("matched text %q is not verbatim in the paragraph", got)
			}
		})
	}
}

// TestSentencesCitingKeepsDecimals: the sentence before a mark is not cut
// at the full stop of "3.5" (it was: the quote became "5 billion dollars.").
func TestSentencesCitingKeepsDecimals(t *testing.T) {
	reply := "Intro. The fund raised 3.5 billion dollars [1]. Later [2]."
	got := sentencesCiting(reply, 1)
	if !strings.Contains(got, "3.5 billion") {
		t.Errorf("sentencesCiting = %q, want the whole sentence with 3.5", got)
	}
	if strings.Contains(got, "Intro") {
		t.Errorf("sentencesCiting = %q reaches into the sentence before", got)
	}
}
