package answer

import "testing"

// TestEventUnnamed: a who-question whose quotes name people only in a
// clause telling something else than what is asked is not answered by
// them; one whose best clause names someone (or a name the question
// offers) is.
func TestEventUnnamed(t *testing.T) {
	e := multiEngine(t)
	expand := "The new directors are expected to expand the board, and an independent investigation into the events that led to Altman's dismissal has been agreed, according to people familiar with the matter."
	nadella := "Nadella said Microsoft was encouraged by the changes to the OpenAI board and called them a first essential step on a path to more stable, well-informed and effective governance."
	told := "Microsoft, which has committed about $13 billion to OpenAI, was told of the firing only shortly before it was announced."
	taylor := "Under the agreement, OpenAI will have a new initial board of three members chaired by Bret Taylor, a former co-chief executive of Salesforce."
	seat := "He is joined by former U.S. Treasury Secretary Larry Summers and by Adam D'Angelo, the CEO of question-and-answer site Quora and the only member of the previous board to keep his seat."
	for _, tc := range []struct {
		q      string
		quotes []string
		want   bool
	}{
		// Altman is named in the clause on the inquiry, not the expansion.
		{"who got added when they expanded the new board", []string{expand}, true},
		// "called them a first essential step" names; it is no call.
		{"who from openai called microsoft to give them the heads up before the firing", []string{nadella, told}, true},
		// The clause telling it names the one asked about.
		{"who chairs the new board", []string{taylor}, false},
		{"which board member kept his seat", []string{taylor, seat}, false},
		// A name the question offers answers it.
		{"who was openai's interim ceo, murati or shear?", []string{"Mira Murati was named interim chief executive, and Emmett Shear replaced her days later."}, false},
		// No clause speaks to the question: nothing to judge.
		{"who is Bret Taylor", []string{expand}, false},
	} {
		if got := e.eventUnnamed(tc.q, tc.quotes); got != tc.want {
			t.Errorf("eventUnnamed(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
}

// TestLabelCall: "called" before a pronoun and an article names
// something; "called" before a name or a purpose is a call.
func TestLabelCall(t *testing.T) {
	for s, want := range map[string]bool{
		"and called them a first essential step": true,
		"She called it the worst week":           true,
		"Sutskever called Altman to tell him":    false,
		"Nadella called them before the firing":  false,
	} {
		if got := labelCall.MatchString(s); got != want {
			t.Errorf("labelCall(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestClauseBreak: coordinate clauses split at ", and" and "; ", not at
// a plain comma or "and" without one.
func TestClauseBreak(t *testing.T) {
	for s, want := range map[string]int{
		"The new directors are expected to expand the board, and an investigation has been agreed.": 2,
		"He resigned; she stayed.": 2,
		"Adam D'Angelo, the CEO of Quora and the only member of the previous board to keep his seat.": 1,
	} {
		if got := len(clauseBreak.Split(s, -1)); got != want {
			t.Errorf("clauses of %q = %d, want %d", s, got, want)
		}
	}
}

// TestMatterFirstRare: a later quote carrying every specific word of the
// question, each one a single paragraph uses, goes first when the first
// quote carries none; a word several paragraphs use (the crisis) left by
// a dating phrase does not move it.
func TestMatterFirstRare(t *testing.T) {
	e := multiEngine(t)
	taylor := "Under the agreement, OpenAI will have a new initial board of three members chaired by Bret Taylor, a former co-chief executive of Salesforce."
	fund := "تبدأ جذور الأزمة في صيف 2023، عندما اكتشف أحد أعضاء مجلس الإدارة، عن طريق المصادفة، أن \"صندوق دعم الشركات الناشئة\" الذي أنشأته OpenAI لم يكن مستقلًا كما أُعلن، بل يملكه فعليًا سام ألتمان."
	for _, tc := range []struct {
		q    string
		want string
	}{
		{"which board member stumbled on the startup fund thing", fund},
		{withoutNowCues("مين أعضاء مجلس إدارة OpenAI بعد كل هالأزمة؟"), taylor},
		{"who chairs the new board", taylor},
	} {
		if got := e.matterFirst(tc.q, []string{taylor, fund}); got[0] != tc.want {
			t.Errorf("matterFirst(%q) first = %.40q, want %.40q", tc.q, got[0], tc.want)
		}
	}
}

// TestWhoNotInRole: the three near misses are not answered confidently
// over the four articles; who-questions of the same shape that the
// articles answer stay confident.
func TestWhoNotInRole(t *testing.T) {
	e := multiEngine(t)
	for q, confident := range map[string]bool{
		"which board member stumbled on the startup fund thing":                        false,
		"who got added when they expanded the new board":                               false,
		"who from openai called microsoft to give them the heads up before the firing": false,
		"who chairs the new board":                                                     true,
		"which board member kept his seat":                                             true,
		"Who ended up as OpenAI's temporary boss, Murati or Shear?":                    true,
	} {
		if got := FrameOf(askMulti(t, e, q)) == FrameConfident; got != confident {
			t.Errorf("%q: confident = %v, want %v", q, got, confident)
		}
	}
}
