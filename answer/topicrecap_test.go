package answer

import (
	"testing"
)

// TestRecapTopic: a topic that asks for a recap is known in English and
// Arabic, and its qualifier ("quick") is no topic unit; a topic where
// "quick" is content ("back so quick") keeps it, and asks for no recap.
func TestRecapTopic(t *testing.T) {
	paras := aspectParagraphs([]string{"The chief was fired on Friday.", "He came back quickly after the quick talks.",
		"The saga ended in a week."})
	for _, tc := range []struct {
		topic     string
		recap     bool
		wantQuick bool // whether "quick" is a unit
	}{
		{"quick recap of the whole firing saga", true, false},
		{"ملخص سريع للأزمة", true, false},
		{"tl;dr of the drama", true, false},
		{"how come he got back so quick", false, true}, // must keep: "quick" asks for the speed
		{"the firing saga", false, false},
	} {
		if got := recapTopic(tc.topic); got != tc.recap {
			t.Errorf("recapTopic(%q) = %v, want %v", tc.topic, got, tc.recap)
		}
		quick := false
		for _, u := range topicUnits(tc.topic, paras, overlap) {
			quick = quick || u.word == "quick"
		}
		if quick != tc.wantQuick {
			t.Errorf("%q: quick is a unit = %v, want %v", tc.topic, quick, tc.wantQuick)
		}
	}
}
