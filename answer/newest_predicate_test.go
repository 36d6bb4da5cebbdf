package answer

import "testing"

// TestAskedPredicate: a yes/no question about a person has as predicate
// the specific word next to their name, in either order (English subject
// then verb, Arabic verb then subject); a question whose subject is no
// person, a common predicate ("fired") and a question that is no yes/no
// question have none.
func TestAskedPredicate(t *testing.T) {
	e := multiEngine(t)
	tests := []struct {
		q, want string
	}{
		{"Did Sutskever regret voting Altman out?", "regret"},
		{"Did Ilya Sutskever really regret it?", "regret"},
		{"هل ندم سوتسكيفر على مشاركته في إقالة ألتمان؟", "ندم"},
		// Rejected: no person as subject; a word most paragraphs carry;
		// no auxiliary opening the question.
		{"Did safety concerns play a part in removing Altman?", ""},
		{"Was Altman fired on November 16 or November 17?", ""},
		{"Sutskever regretted it, didn't he?", ""},
	}
	for _, tc := range tests {
		got, ok := e.askedPredicate(tc.q)
		if ok != (tc.want != "") || got != tc.want {
			t.Errorf("%q: predicate %q (%v), want %q", tc.q, got, ok, tc.want)
		}
	}
}

// TestNewestLeadsOnPredicate: of two accounts of whether something
// happened to a person, the one telling the predicate leads a newer one
// that tells only the events around it (a look back's line on the vote
// for "did Sutskever regret…"); of two accounts of a who-question's
// matter (an inquiry), the newest leads though it names no one, and the
// older one follows marked older ("which CEO" asks who, too). A question about a state with no
// person predicate keeps the look back leading.
func TestNewestLeadsOnPredicate(t *testing.T) {
	e := multiEngine(t)
	tests := []struct {
		q, lead string
	}{
		{"Did Sutskever regret voting Altman out?", "en-wire-2023-11-24"},
		{"who ordered the independent investigation into altman's firing", "en-wire-2023-11-24"},
		{"Who set up the independent inquiry into Altman's dismissal?", "en-wire-2023-11-24"},
		// "Which CEO" asks a person (retrieval.AskedFor): the two lines on
		// whom Microsoft would work with are accounts of one matter.
		{"Which CEO did Nadella say Microsoft would work with?", "ar-microsoft-2023-11-20"},
		// Rejected: dates offered, no predicate; the newest account leads.
		{"Was Altman fired on November 16 or November 17?", "openai-altman-ouster-2023"},
	}
	for _, tc := range tests {
		t.Run(tc.q, func(t *testing.T) {
			a := holdLead(t, e, tc.q, tc.lead)
			for _, c := range a.Citations[1:] {
				if c.Date < a.Citations[0].Date && !c.Older {
					t.Errorf("%s, older than the lead, is not marked older:\n%s", c.Ref, a.Answer)
				}
			}
		})
	}
}
