package answer

import "testing"

// TestWeighsAccounts: a question that sets two accounts against one
// another and asks which holds, or says they differ, is told from its
// cues; questions that only ask "which" of something are not.
func TestWeighsAccounts(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"The board said he was not candid, but a book says he hid a fund. Which is true?", true},
		{"One paper has 500 signatures, another 700 — who's right?", true},
		{"قرأت إن موراتي هي الرئيسة المؤقتة وقرأت إن شير، أيهما الصحيح؟", true},
		{"مين بيقود الشركة؟ المصادر متضاربة", true},
		{"the reports contradict each other on who chairs the board", true},
		// Must reject: "which" of a thing, or "is it true that…".
		{"Which board member called Toner?", false},
		{"Is it true that Altman was fired?", false},
		{"Which company is OpenAI's biggest investor?", false},
		{"أي عضو في المجلس صوّت ضد الإقالة؟", false},
	}
	for _, tc := range tests {
		if got := weighsAccounts(tc.q); got != tc.want {
			t.Errorf("weighsAccounts(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
}

// TestAskedSeatOutcomes: a claim that someone sits on a body, offered with
// its denial and no «هل» ("… or not?", «… ولا لا؟»), asks whether they sit
// on it; a claim about an act, or in the past, does not.
func TestAskedSeatOutcomes(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"هيلين تونر عضو في مجلس الإدارة ولا لا؟", true},
		{"Adam D'Angelo a member of the board or not?", true},
		{"Is Toner still on the board?", true},
		// Must reject: an act, not a seat; the past; no body named.
		{"تونر صوّتت على الإقالة ولا لا؟", false},
		{"Was Toner a member of the board or not?", false},
		{"Toner a member of the team or not?", false},
	}
	for _, tc := range tests {
		if got := askedSeat(tc.q); got != tc.want {
			t.Errorf("askedSeat(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
}

// TestTimeAwareH8: over the four-article corpus, the newest account of the
// matter leads, with its date, and older accounts are marked older: a seat
// asked without «هل», a remark after it (the wire story of 24 November
// that says she left the board leads, not a 2025 look back's line on an
// earlier call); a question weighing two accounts of the firing (the 2025
// book leads, and Shear's denial of 20 November is marked older). Both
// failed before h8-time. Each case
// also names an article that must not lead.
func TestTimeAwareH8(t *testing.T) {
	e := multiEngine(t)
	tests := []struct {
		q       string
		lead    string
		notLead string
	}{
		{"هيلين تونر عضو في مجلس الإدارة ولا لا؟ قرأت كلام مختلف", "en-wire-2023-11-24", "openai-altman-ouster-2023"},
		{"شير نفى وجود خلاف على السلامة، بس قرأت إنه كذب على المجلس بتقييمات السلامة. أيهما الصحيح؟", "openai-altman-ouster-2023", "ar-microsoft-2023-11-20"},
	}
	for _, tc := range tests {
		t.Run(tc.q, func(t *testing.T) {
			a := askMulti(t, e, tc.q)
			if a.Abstained || len(a.Citations) == 0 {
				t.Fatalf("no answer:\n%s", a.Answer)
			}
			first := a.Citations[0]
			if first.Article != tc.lead || first.Article == tc.notLead || first.Older {
				t.Errorf("led by %s (older %v), want %s:\n%s", first.Ref, first.Older, tc.lead, a.Answer)
			}
			for _, c := range a.Citations[1:] {
				if c.Date < first.Date && !c.Older {
					t.Errorf("%s (%s) is older than the lead but not marked older:\n%s", c.Ref, c.Date, a.Answer)
				}
			}
		})
	}
}
