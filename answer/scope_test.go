package answer

import (
	"testing"

	"casebot/text"
)

// TestScopeSentence: when the quoted sentence carries no date (or figure)
// and the sentence before it does, that sentence is added; not when the
// quote already carries one, nor when the sentence before carries none,
// nor for a question that asks for neither.
func TestScopeSentence(t *testing.T) {
	para := "في 16 نوفمبر، اجتمع أعضاء المجلس في لقاء سري. وقرّر الأعضاء التصويت لإقالته. ثم غادر الجميع."
	sents := text.Sentences(para)
	at := func(i int) []sentenceCandidate {
		return []sentenceCandidate{{pos: i, text: sents[i], score: 1}}
	}
	tests := []struct {
		name  string
		kind  factKind
		quote []sentenceCandidate
		want  int // position added, or -1
	}{
		{"date before the decision", timeFact, at(1), 0},
		{"quote opens the paragraph", timeFact, at(0), -1},          // must reject: nothing before it
		{"sentence before carries no date", timeFact, at(2), -1},    // must reject
		{"a question asking neither", anyFact, at(1), -1},           // must reject
		{"the quote already dates itself", timeFact, at(0)[:1], -1}, // must reject
	}
	// The quote already dates itself: nothing is added, though the
	// sentence before it carries a date too.
	dated := "في 16 نوفمبر اجتمع المجلس. وفي 17 نوفمبر قرر إقالته."
	if got, ok := scopeSentence(timeFact, dated, []sentenceCandidate{{pos: 1, text: text.Sentences(dated)[1]}}); ok {
		t.Errorf("a dated quote: added %q, want nothing", got.text)
	}
	for _, tt := range tests {
		got, ok := scopeSentence(tt.kind, para, tt.quote)
		switch {
		case tt.want < 0 && ok:
			t.Errorf("%s: added %q, want nothing", tt.name, got.text)
		case tt.want >= 0 && (!ok || got.pos != tt.want):
			t.Errorf("%s: got %v %q, want the sentence at %d", tt.name, ok, got.text, tt.want)
		}
	}
}
