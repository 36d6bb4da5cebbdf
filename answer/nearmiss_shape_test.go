package answer

import "testing"

// TestWhichPersonAsksWho: "which" before a word for a person asks who;
// before a word for a thing it does not.
func TestWhichPersonAsksWho(t *testing.T) {
	tests := []struct {
		q   string
		who bool
	}{
		{"Which director learned that the CEO secretly owned the fund?", true},
		{"Which board member phoned the scientist?", true},
		{"أي عضو في المجلس اتصل بالباحث؟", true},
		{"Which company did the former CEO join?", false},
		{"Which month was the vote held in?", false},
	}
	for _, tc := range tests {
		if got := questionShape(tc.q).who; got != tc.who {
			t.Errorf("questionShape(%q).who = %v, want %v", tc.q, got, tc.who)
		}
	}
}

// TestWithoutTimePhrases: the phrase dating a question goes, the rest stays;
// a question opening with one keeps it.
func TestWithoutTimePhrases(t *testing.T) {
	tests := []struct{ q, want string }{
		{"Did the directors hire a recruiter after ousting Sam Altman?", "did the directors hire a recruiter"},
		{"هل استقال الباحثون بعد إقالة سام ألتمان؟", "هل استقال الباحثون"},
		{"Before the vote, did Toner call anyone?", "before the vote did toner call anyone"},
		{"Did Brockman quit?", "did brockman quit"},
		// A determiner and a word for a time of day open one too; the
		// question word "which" before it asks the day and keeps it.
		{"Did any researchers quit in protest the night Altman was fired?", "did any researchers quit in protest"},
		{"did senior researchers quit that same night altman was ousted", "did senior researchers quit"},
		{"هل استقال باحثون ليلة إقالة ألتمان؟", "هل استقال باحثون"},
		{"Which day was Altman fired?", "which day was altman fired"},
		{"Did Altman spend the night at the office?", "did altman spend the night at the office"},
	}
	for _, tc := range tests {
		if got := withoutTimePhrases(tc.q); got != tc.want {
			t.Errorf("withoutTimePhrases(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}

// TestNameAfterPreposition: a Latin name after a preposition names where
// the thing asked about is, not the thing; the same name introduced by
// the kind asked for answers.
func TestNameAfterPreposition(t *testing.T) {
	e := multiEngine(t)
	q := "ما أسماء المهندسين الذين غادروا؟"
	if e.newName(q, "قال اثنان من المهندسين في OpenAI إنهما غادرا.", false) {
		t.Error("«المهندسين في OpenAI» taken for the engineers' names")
	}
	if !e.newName(q, "غادر المهندسين Jakub و Szymon الشركة.", false) {
		t.Error("names right after «المهندسين» not taken for their names")
	}
}
