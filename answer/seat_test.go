package answer

import "testing"

// TestOnBody: a yes/no question that places someone on or in a body with
// no word of seat ("on OpenAI's board", «في مجلس الإدارة», «بمجلس
// الإدارة») asks whether they sit on it; a question asking whether
// something is there, one in the past, or one naming no body does not.
func TestOnBody(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"is ilya sutskever on openai's board or not", true},
		{"Is Helen Toner on the company's board?", true},
		{"هل هيلين تونر في مجلس الإدارة؟", true},
		{"هل دانجيلو بمجلس الإدارة؟", true},
		// Must reject: something there, not someone on it; the past; no
		// body; "on" far from the board.
		{"Is there a rift on the board?", false},
		{"هل في خلاف بمجلس الإدارة؟", false},
		{"Was Sutskever on the board or not?", false},
		{"Is Sutskever on leave or not?", false},
		{"Is Sutskever working on safety research for the board?", false},
	}
	for _, tc := range tests {
		if got := askedSeat(tc.q); got != tc.want {
			t.Errorf("askedSeat(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
}

// TestWithoutConditions: a condition ("unless…", «إذا لم…», «ما لم…») is
// dropped to its clause's end, the rest kept; a sentence without one is
// unchanged, and «أن» ("that", folded like «إن», "if") opens none.
func TestWithoutConditions(t *testing.T) {
	tests := []struct {
		s, want string
	}{
		{"Staff threatened to quit unless the board reinstated Altman.", "Staff threatened to quit ."},
		{"هدّد مئات الموظفين بالاستقالة إذا لم يُعَد ألتمان إلى منصبه.", "هدّد مئات الموظفين بالاستقالة ."},
		{"يهددون بالاستقالة، ما لم يستقل أعضاء المجلس، ثم عاد ألتمان.", "يهددون بالاستقالة، ، ثم عاد ألتمان."},
		// Must leave unchanged: no condition; «أن» is "that".
		{"Helen Toner is no longer on the board.", "Helen Toner is no longer on the board."},
		{"كشفت أن ألتمان لم يعد عضوا.", "كشفت أن ألتمان لم يعد عضوا."},
	}
	for _, tc := range tests {
		if got := withoutConditions(tc.s); got != tc.want {
			t.Errorf("withoutConditions(%q) = %q, want %q", tc.s, got, tc.want)
		}
	}
	// The condition's «لم يُعَد» folds like «لم يعد» ("no longer"): only
	// without the condition does the sentence tell no state.
	s := "هدّد مئات الموظفين بالاستقالة إذا لم يُعَد ألتمان إلى منصبه."
	if !statesChange(s) || statesChange(withoutConditions(s)) {
		t.Errorf("statesChange: the condition should be all that tells a state in %q", s)
	}
}

// TestSeatSaidOf: a word of membership is said of the person named
// nearest it: Sutskever "chief scientist and board member" sits on the
// board; Sutskever calling "board member Toner" does not say he does.
func TestSeatSaidOf(t *testing.T) {
	e := multiEngine(t)
	sutskever, ok := e.subjectPerson("Is Sutskever on the board?")
	if !ok {
		t.Fatal("no person for Sutskever")
	}
	dangelo, ok := e.subjectPerson("Is Adam D'Angelo on the board?")
	if !ok {
		t.Fatal("no person for D'Angelo")
	}
	tests := []struct {
		name string
		s    string
		want bool
	}{
		{"apposition", "ومن بين الموقّعين إيليا سوتسكيفر، كبير العلماء وعضو المجلس الذي شارك في قرار الإقالة.", true},
		{"list", "Helen Toner, Tasha McCauley and chief scientist Ilya Sutskever are no longer on the board.", true},
		// Must reject: the member named is another person.
		{"another's seat", "أحد أبرز فصول الرواية كان المكالمة المفاجئة من إليا سوتسكيفر، كبير العلماء في OpenAI، إلى عضو المجلس هيلين تونر.", false},
		{"no seat", "Sutskever said he deeply regretted his participation in the board's actions.", false},
	}
	for _, tc := range tests {
		if got := e.seatSaidOf(tc.s, sutskever); got != tc.want {
			t.Errorf("%s: seatSaidOf(%q, Sutskever) = %v, want %v", tc.name, tc.s, got, tc.want)
		}
	}
	s := "He is joined by former U.S. Treasury Secretary Larry Summers and by Adam D'Angelo, the CEO of question-and-answer site Quora and the only member of the previous board to keep his seat."
	if !e.seatSaidOf(s, dangelo) {
		t.Errorf("seatSaidOf(%q, D'Angelo) = false, want true", s)
	}
}

// TestTimeAwareSeat: whether someone sits on a board, asked with "on …
// board" and no word of seat, is led by the newest account of their seat
// (the wire story of 24 November: "no longer on the board"), not by a
// 2025 look back's line that only names them (a call Sutskever made);
// a quote older than the lead is marked older.
func TestTimeAwareSeat(t *testing.T) {
	e := multiEngine(t)
	for _, q := range []string{
		"is ilya sutskever on openai's board or not",
		"Is Helen Toner on OpenAI's board?",
		"هل آدم دانجيلو مازال عضوًا في مجلس الإدارة؟",
	} {
		t.Run(q, func(t *testing.T) {
			a := askMulti(t, e, q)
			if a.Abstained || len(a.Citations) == 0 {
				t.Fatalf("no answer:\n%s", a.Answer)
			}
			first := a.Citations[0]
			if first.Article != "en-wire-2023-11-24" || first.Older {
				t.Errorf("led by %s (older %v), want the wire story of 24 November:\n%s", first.Ref, first.Older, a.Answer)
			}
			for _, c := range a.Citations[1:] {
				if c.Date < first.Date && !c.Older {
					t.Errorf("%s (%s) is older than the lead but not marked older:\n%s", c.Ref, c.Date, a.Answer)
				}
			}
		})
	}
}

// TestAsksNowDialect: the dialect "now" and "still" of retrieval's
// dialect lexicon ask about the present in answers too; «حين» ("when")
// and a word that only contains one («الحينية») do not.
func TestAsksNowDialect(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"مين الرئيس التنفيذي الحين؟", true},
		{"دحين مين يدير OpenAI؟", true},
		{"دابا شكون اللي كيسير الشركة؟", true},
		{"شير مزال رئيس مؤقت؟", true},
		// Must reject: "when", a longer word, no cue.
		{"حين أقيل ألتمان، من خلفه؟", false},
		{"ما هي المرحلة الحينية؟", false},
		{"مين الرئيس التنفيذي؟", false},
	}
	for _, tc := range tests {
		if got := asksNow(tc.q); got != tc.want {
			t.Errorf("asksNow(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
}
