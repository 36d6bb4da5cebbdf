package answer

import "testing"

// TestThingNameNotPerson: Arabic «اسمه» is "his name" and "its name"
// alike; a question about a team, a company or a fund asks the thing's
// name, one about a board member a person's.
func TestThingNameNotPerson(t *testing.T) {
	for q, person := range map[string]bool{
		"الفريق الجديد اللي كان ألتمان رايح يقوده بمايكروسوفت شو اسمه؟": false,
		"الصندوق اللي أنشأته الشركة شو اسمه؟":                           false,
		"عضو المجلس اللي اكتشف قصة الصندوق شو اسمه؟":                    true,
		"الشخص اللي اتصل بتونر شو اسمه؟":                                true,
		"رئيس الفريق الجديد شو اسمه؟":                                   true,
		"What is his name, the researcher who called Toner?":            true,
	} {
		if got := questionShape(q).person; got != person {
			t.Errorf("questionShape(%q).person = %v, want %v", q, got, person)
		}
	}
}

// TestJoinsNext: "and" («و» before a word) opens the next thing of a
// list, so «إيميت شير وفريق القيادة» does not say Shear is a team.
func TestJoinsNext(t *testing.T) {
	for w, want := range map[string]bool{"وفريق": true, "and": true, "و": true, "فريق": false, "وزير": false, "team": false} {
		if got := joinsNext(w); got != want {
			t.Errorf("joinsNext(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestTeamNameNotGiven: asked the name of the team Altman was to lead
// at Microsoft, quotes naming Shear beside "the new leadership team" and
// telling of "a new advanced AI research team" with no name give none;
// a quote naming the team does.
func TestTeamNameNotGiven(t *testing.T) {
	e := multiEngine(t)
	q := "الفريق الجديد اللي كان ألتمان رايح يقوده بمايكروسوفت شو اسمه؟"
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"وأكد ناديلا في التدوينة نفسها أن مايكروسوفت لا تزال ملتزمة بشراكتها مع OpenAI، وأنها تتطلع إلى التعرف على إيميت شير وفريق القيادة الجديد في الشركة والعمل معهم.", false},
		{"Its chief executive, Satya Nadella, said that Altman and Brockman would join Microsoft to lead a new advanced AI research team.", false},
		{"وسيقود ألتمان فريق Nova الجديد للأبحاث في مايكروسوفت.", true},
	} {
		if got := e.newName(q, tc.s, questionShape(q).person); got != tc.want {
			t.Errorf("newName(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
	if f := FrameOf(askMulti(t, e, q)); f == FrameConfident {
		t.Errorf("frame = %s, want the sources to say they give no name", f)
	}
}

// TestDestinationOfSomeoneElse: where Sutskever went, and the only
// sentence naming a destination tells where staff threatened to go: it
// tells of others. A sentence naming the one asked about, or no one
// (a pronoun), may answer.
func TestDestinationOfSomeoneElse(t *testing.T) {
	e := multiEngine(t)
	for _, tc := range []struct {
		q, s string
		want bool
	}{
		{"Where did Ilya Sutskever go after leaving OpenAI?", "More than 700 of OpenAI's roughly 770 staff signed a letter threatening to quit and join Microsoft unless the board resigned and reinstated Altman.", false},
		{"Where did Altman go after he was fired?", "Its chief executive, Satya Nadella, said that Altman and Brockman would join Microsoft to lead a new advanced AI research team.", true},
		{"Where did Ilya Sutskever go after leaving OpenAI?", "He later joined Microsoft as a researcher.", true},
	} {
		if got := e.namesDestination(tc.q, []string{tc.s}); got != tc.want {
			t.Errorf("namesDestination(%q, %q) = %v, want %v", tc.q, tc.s, got, tc.want)
		}
	}
	if f := FrameOf(askMulti(t, e, "Where did Ilya Sutskever go after leaving OpenAI?")); f == FrameConfident {
		t.Errorf("frame = %s, want the sources to say they do not give where", f)
	}
	if f := FrameOf(askMulti(t, e, "Where did Altman go after he was fired?")); f != FrameConfident {
		t.Errorf("where Altman went: frame = %s, want confident", f)
	}
}

// TestChangeFigure: how many a board will grow to asks for a figure
// told with its change; the size of the board before it («a new initial
// board of three members») is not that figure.
func TestChangeFigure(t *testing.T) {
	for q, want := range map[string]bool{
		"how many seats is the new board gonna expand to": true,
		"كم عضو رح يصير بالمجلس بعد ما يوسعوه":            true,
		"بكم زادت حصة مايكروسوفت؟":                        false,
		"How many members will the board increase to?":    true,
		"How much money did OpenAI raise?":                false,
		"How many members did the new board have?":        false,
		"كم شخص كان بوسعه التصويت؟":                       false,
	} {
		if got := changeAsked(q); got != want {
			t.Errorf("changeAsked(%q) = %v, want %v", q, got, want)
		}
	}
	q := "how many seats is the new board gonna expand to"
	for s, want := range map[string]bool{
		"Under the agreement, OpenAI will have a new initial board of three members chaired by Bret Taylor.":           false,
		"The new directors are expected to expand the board, and an independent investigation has been agreed.":        false,
		"The new directors are expected to expand the board to nine members.":                                          true,
		"ومن المتوقع توسيع المجلس إلى تسعة أعضاء.":                                                                     true,
		"Under the agreement, OpenAI will have a new initial board of three members. The board is expected to expand.": false,
	} {
		if got := changeFactNear(q, []string{s}); got != want {
			t.Errorf("changeFactNear(%q) = %v, want %v", s, got, want)
		}
	}
	e := multiEngine(t)
	for _, q := range []string{"how many seats is the new board gonna expand to", "كم عضو رح يصير بالمجلس بعد ما يوسعوه"} {
		if f := FrameOf(askMulti(t, e, q)); f == FrameConfident {
			t.Errorf("%q: frame = %s, want no figure given", q, f)
		}
	}
	if f := FrameOf(askMulti(t, e, "How many members does the new initial board have?")); f != FrameConfident {
		t.Errorf("size of the new board: frame = %s, want confident", f)
	}
}

// TestYesNoSpeechAsked: whether someone said anything asks what they
// said; whether they told someone something asks whether they informed
// them.
func TestYesNoSpeechAsked(t *testing.T) {
	e := multiEngine(t)
	for q, want := range map[string]bool{
		"Did Tasha McCauley say anything publicly after she left the board?": true,
		"هل صرحت تاشا ماكولي بشيء بعد خروجها؟":                               true,
		"Did Altman tell the board about the fund?":                          false,
		"Did the board say why it fired Altman?":                             false,
		"What did Larry Summers say about the deal?":                         true,
	} {
		if got := e.speechAsked(q); got != want {
			t.Errorf("speechAsked(%q) = %v, want %v", q, got, want)
		}
	}
	if f := FrameOf(askMulti(t, e, "Did Tasha McCauley say anything publicly after she left the board?")); f == FrameConfident {
		t.Errorf("McCauley: frame = %s, want not said", f)
	}
	if f := FrameOf(askMulti(t, e, "Did Sutskever say he regretted his part in the firing?")); f != FrameConfident {
		t.Errorf("Sutskever's regret: frame = %s, want confident", f)
	}
}

// TestMatterFirst: a who-question about a matter one quote tells without
// naming anyone («اكتشف أحد أعضاء مجلس الإدارة… صندوق…») is judged on that
// quote, not on the newest one that only shares the role; a question
// asking only who is on the board keeps the newest first, which answers.
func TestMatterFirst(t *testing.T) {
	e := multiEngine(t)
	taylor := "Under the agreement, OpenAI will have a new initial board of three members chaired by Bret Taylor, a former co-chief executive of Salesforce."
	fund := "تبدأ جذور الأزمة في صيف 2023، عندما اكتشف أحد أعضاء مجلس الإدارة، عن طريق المصادفة، أن \"صندوق دعم الشركات الناشئة\" الذي أنشأته OpenAI لم يكن مستقلًا كما أُعلن، بل يملكه فعليًا سام ألتمان."
	if got := e.matterFirst("مين عضو المجلس اللي اكتشف بالصدفة قصة صندوق الشركات الناشئة", []string{taylor, fund}); got[0] != fund {
		t.Errorf("who found out about the fund: first quote %q, want the fund's", got[0])
	}
	if got := e.matterFirst(withoutNowCues("مين أعضاء مجلس إدارة OpenAI بعد كل هالأزمة؟"), []string{taylor, fund}); got[0] != taylor {
		t.Errorf("who is on the board: first quote %q, want the new board's", got[0])
	}
	if f := FrameOf(askMulti(t, e, "مين عضو المجلس اللي اكتشف بالصدفة قصة صندوق الشركات الناشئة")); f == FrameConfident {
		t.Errorf("who found out about the fund: frame = %s, want no name given", f)
	}
	if f := FrameOf(askMulti(t, e, "مين أعضاء مجلس إدارة OpenAI بعد كل هالأزمة؟")); f != FrameConfident {
		t.Errorf("who is on the board: frame = %s, want confident", f)
	}
}
