package answer

import (
	"testing"

	"casebot/retrieval"
)

// TestAnswerableNotRefused: yes/no and when questions the four articles
// answer are not met with "the sources do not say": a phrase dating the
// question by a time of day ("the night Altman was ousted"), a date that
// dates an announcement ("OpenAI said on Tuesday, Nov. 21, that…"), a
// speaker the best paragraph tells speaking, and the one dismissed named
// beside the dismissal in a question asking its reason, when the quotes'
// article is about them. Each check can still refuse: a person the quotes
// never tell speaking, another's dismissal.
func TestAnswerableNotRefused(t *testing.T) {
	e := multiEngine(t)
	tests := []struct {
		q        string
		notGiven bool
	}{
		{"Did any researchers resign in protest the night Altman was ousted?", false},
		{"When did OpenAI announce it had reached a deal for Altman to come back?", false},
		{"متى أعلنت OpenAI أنها توصلت إلى اتفاق لعودة ألتمان؟", false},
		{"Did Emmett Shear say anything after Altman was reinstated?", false},
		{"هل عرف السبب الحقيقي وراء إقالة ألتمان؟", false},
		{"Was Murati on Altman's side or against him?", false},
		// «ثالث من يقود الشركة» (the third to lead it) is a count.
		{"كم شخص تولى قيادة الشركة في ثلاثة أيام؟", false},
		{"ميرا موراتي كانت مع ألتمان ولا ضده؟", false},
		// The quotes tell neither McCauley speaking nor Brockman
		// dismissed.
		{"Did Tasha McCauley say anything after Altman was reinstated?", true},
		{"Was the reason Brockman was fired ever revealed?", true},
	}
	for _, tc := range tests {
		a := askMulti(t, e, tc.q)
		if got := FrameOf(a) == FrameNotGiven; got != tc.notGiven {
			t.Errorf("%q: says not given %v, want %v:\n%s", tc.q, got, tc.notGiven, a.Answer)
		}
	}
}

// TestFactNearAnnouncement: a date in the clause that tells a statement
// answers when it was announced, though the words of what was announced
// follow "that"; asked when the thing itself happened, that date still
// tells of the saying, not of the thing.
func TestFactNearAnnouncement(t *testing.T) {
	e := multiEngine(t)
	quote := "A spokesperson said late on Tuesday, Nov. 21, that an agreement had been reached for Altman to return."
	tests := []struct {
		q    string
		want bool
	}{
		{"When was the agreement for Altman's return announced?", true},
		{"امتى أعلنوا الاتفاق على رجعة ألتمان؟", true},
		{"When was the agreement for Altman's return reached?", false},
	}
	for _, tc := range tests {
		if got := e.factNear(tc.q, []string{quote}, retrieval.AskedTime); got != tc.want {
			t.Errorf("factNear(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
}

// TestReasonAside: the one dismissed, named beside the dismissal in a
// question asking its reason, goes when the quotes' article titles name
// them; another person, or a question asking no reason, keeps the name.
func TestReasonAside(t *testing.T) {
	e := multiEngine(t)
	title := "كواليس صادمة تكشف سبب إقالة سام ألتمان من OpenAI"
	tests := []struct{ q, want string }{
		{"هل انكشف السبب الحقيقي ورا طرد ألتمان", "هل انكشف السبب الحقيقي ورا طرد"},
		{"Was the reason Altman was fired ever revealed?", "was the reason was fired ever revealed"},
		{"Was the reason Brockman was fired ever revealed?", "was the reason brockman was fired ever revealed"},
		{"Was Altman fired?", "Was Altman fired?"},
	}
	for _, tc := range tests {
		if got := e.reasonAside(tc.q, title); got != tc.want {
			t.Errorf("reasonAside(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}

// TestEitherOrHedge: a yes/no question whose quotes miss what it asks is
// told "not said", unless it offers alternatives: an either-or asks which
// holds, and the answer hedges.
func TestEitherOrHedge(t *testing.T) {
	tests := []struct{ q, want string }{
		{"was mira on sams side or against him", "hedge"},
		{"هل كانت موراتي مع ألتمان ولا ضده؟", "hedge"},
		{"Did Brockman quit?", "not-said"},
		{"Or did Brockman quit?", "not-said"},
	}
	for _, tc := range tests {
		if got := eitherOrHedge(tc.q); got != tc.want {
			t.Errorf("eitherOrHedge(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}
