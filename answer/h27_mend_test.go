package answer

import (
	"strings"
	"testing"
	"time"

	"casebot/corpus"
)

// TestAgeAnswerLeads: asked how old someone is, in English or Levantine
// («قديش عمرو», -و for -ه), the answer leads with the line giving the age
// ("Altman, 38,") and does not set the lines merely naming him in time
// order as older accounts of one matter; a question on a state still
// does (must-fail case: the rule is the age question's only).
func TestAgeAnswerLeads(t *testing.T) {
	e := multiEngine(t)
	for _, q := range []string{"سام التمان قديش عمرو", "how old is sam altman", "what age is sam altman", "كم عمر سام ألتمان"} {
		a := askMulti(t, e, q)
		if len(a.Citations) == 0 || !strings.Contains(a.Citations[0].Quote, "Altman, 38") {
			t.Errorf("%q: first citation does not give the age:\n%s", q, a.Answer)
		}
	}
	day := func(d int) accountTime { return accountTime{when: time.Date(2023, 11, d, 0, 0, 0, 0, time.UTC)} }
	q := func(s string, d int) *multiQuote {
		return &multiQuote{p: corpus.Paragraph{Text: s}, asOf: day(d)}
	}
	tests := []struct {
		name   string
		quotes []*multiQuote
		want   bool
	}{
		{"two ages of two dates", []*multiQuote{q("Altman, 38, co-founded OpenAI.", 24), q("قال ألتمان (38 عامًا) إنه باق.", 18)}, true},
		// Must reject.
		{"one age, one line naming him", []*multiQuote{q("Altman, 38, co-founded OpenAI.", 24), q("أقالت OpenAI سام ألتمان في 17 نوفمبر 2023.", 18)}, false},
		{"two ages of one date", []*multiQuote{q("Altman, 38, co-founded OpenAI.", 24), q("Brockman, 35, quit.", 24)}, false},
		{"none", nil, false},
	}
	for _, tc := range tests {
		if got := agesOfDates(tc.quotes); got != tc.want {
			t.Errorf("agesOfDates(%s) = %v, want %v", tc.name, got, tc.want)
		}
	}
}
