package answer

import "testing"

// TestWithoutRemark: a remark after the question mark that asks nothing
// is left out of the decision of how plainly the sources answer; a
// remark that asks a question of its own, and a question with no remark,
// are kept whole.
func TestWithoutRemark(t *testing.T) {
	tests := []struct {
		q, want string
	}{
		{"Was safety behind it? Shear denied it, but some talk of safety reviews", "Was safety behind it?"},
		{"how many signed the letter?? i've seen 500 and 700 both", "how many signed the letter?"},
		{"هل كان للإقالة علاقة بالمال؟ قرأت عن صندوق", "هل كان للإقالة علاقة بالمال؟"},
		{"Was he fired? Why?", "Was he fired? Why?"},
		{"Who leads OpenAI now?", "Who leads OpenAI now?"},
		{"who leads OpenAI", "who leads OpenAI"},
	}
	for _, tt := range tests {
		if got := withoutRemark(tt.q); got != tt.want {
			t.Errorf("withoutRemark(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

// TestRemarkDoesNotMakeAnAnswerNotGiven: asked whether the firing had
// to do with safety, with a remark naming Shear and safety reviews, the
// quotes that speak of safety (Shear's denial, the 2025 look back's
// accusation) are not framed as the sources not saying so.
func TestRemarkDoesNotMakeAnAnswerNotGiven(t *testing.T) {
	e := multiEngine(t)
	a := askMulti(t, e, "هل كانت السلامة وراء الإقالة؟ شير نفى ذلك، وفي كلام عن تقييمات السلامة")
	if f := FrameOf(a); f == FrameNotGiven || f == FrameAbstained {
		t.Errorf("frame = %s, want confident or hedged:\n%s", f, a.Answer)
	}
}

// TestWithoutNowCuesWindUp: "wind up" asking where someone ended is
// dropped with the other words asking about the present; winding
// something up is not.
func TestWithoutNowCuesWindUp(t *testing.T) {
	for q, want := range map[string]string{
		"Where did Murati wind up after the weekend?": "Where did Murati after the weekend?",
		"Who wound up the clock?":                     "Who wound up the clock?",
		"Is Toner still on the board?":                "Is Toner on the board?",
	} {
		if got := withoutNowCues(q); got != want {
			t.Errorf("withoutNowCues(%q) = %q, want %q", q, got, want)
		}
	}
}

// TestAsksResultToldResult: a question asking what something came to,
// and the sentences that tell it; a sentence telling only that an
// inquiry will be held or was agreed tells no result.
func TestAsksResultToldResult(t *testing.T) {
	for q, want := range map[string]bool{
		"What did the inquiry into the crash conclude?":          true,
		"شو كانت نتيجة التحقيق في الحادث؟":                       true,
		"What were the findings of the audit?":                   true,
		"When was the deal reached?":                             false,
		"متى أعلنت الشركة أنها توصلت إلى اتفاق؟":                 false,
		"How did the board find out about the fund?":             false,
		"Was he fired? I read the results were hidden":           false,
		"what did the independent investigation find in the end": true,
		"تقرير المحقق المستقل طلع؟ شو كانت النتايج؟":             true,
		"What did the board find out about the fund?":            false,
		"What did Altman found in 2015?":                         false,
		"what did the investigation end up concluding":           true,
		"the inquiry concludes what?":                            true,
		"What did the board include in its statement?":           false,
	} {
		if got := asksResult(q); got != want {
			t.Errorf("asksResult(%q) = %v, want %v", q, got, want)
		}
	}
	for s, want := range map[string]bool{
		"A review concluded that he had not been candid.": true,
		"وقال المجلس إن القرار جاء بعد مراجعة خلصت إلى أن المدير لم يكن صريحًا": true,
		"An independent investigation into the events has been agreed.":         false,
		"قال إنه سيعيّن محققًا مستقلًا لمراجعة العملية":                         false,
	} {
		if got := toldResult([]string{s}); got != want {
			t.Errorf("toldResult(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestResultOfAPlanNotConfident: asked what an inquiry found, when the
// sources tell only that one was agreed, the answer is not confident.
func TestResultOfAPlanNotConfident(t *testing.T) {
	e := multiEngine(t)
	a := askMulti(t, e, "What were the findings of the independent investigation into the firing?")
	if FrameOf(a) == FrameConfident {
		t.Errorf("frame = confident, want hedged or not given:\n%s", a.Answer)
	}
}

// TestCauseCues: causeCues take in the cause and effect markers (a cause
// word, what something set off) and the phrases beside them (a demand,
// "in protest"); a sentence telling only what happened has none.
func TestCauseCues(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"He was removed because the board lost trust in him.", true},
		{"The firing caused a revolt among staff.", true},
		{"ما أثار موجة من التمرد بين الموظفين", true},
		{"استقال احتجاجًا على القرار", true},
		{"Staff threatened to quit unless the board resigned.", true},
		{"The board met on Friday and named an interim chief.", false},
		{"عين المجلس رئيسا تنفيذيا مؤقتا", false},
	}
	for _, tc := range tests {
		if got := carriesCue(tc.s, causeCues); got != tc.want {
			t.Errorf("carriesCue(%q, causeCues) = %v, want %v", tc.s, got, tc.want)
		}
	}
}
