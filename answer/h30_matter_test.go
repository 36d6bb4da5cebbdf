package answer

import "testing"

// TestQuoteOnMatterHeading: a quote speaks of a question's matter by its
// own sentences' words, not by its section's heading. The look back's
// title heads its opening lines («كواليس» read as "behind"); a line on the
// startup fund that «لم يكن مستقلًا» carries "independent" too, yet is no
// account of the independent probe. The wire's and Shear's lines on the
// inquiry are, and a heading-free line on the matter still is.
func TestQuoteOnMatterHeading(t *testing.T) {
	e := multiEngine(t)
	tests := []struct {
		q, ref string
		want   bool
	}{
		{"who's behind the independent probe into why altman got axed", "en-wire-2023-11-24#5", true},
		{"مين اللي قرر يعمل التحقيق المستقل بالاقالة", "en-wire-2023-11-24#5", true},
		{"who decided there'd be an independent investigation into the firing", "ar-microsoft-2023-11-20#8", true},
		{"How many staff signed the letter threatening to quit?", "en-wire-2023-11-24#8", true},
		// Must reject: the heading lends the words the line lacks.
		{"who's behind the independent probe into why altman got axed", "openai-altman-ouster-2023#3", false},
		{"who's behind the independent probe into why altman got axed", "openai-altman-ouster-2023#2", false},
		{"How many staff signed the letter threatening to quit?", "en-wire-2023-11-24#7", false},
	}
	for _, tc := range tests {
		mt := e.matterOf(tc.q, e.standardReading(askingPart(tc.q)))
		if got := quoteOnMatter(mt, quoteOfRef(t, e, tc.ref)); got != tc.want {
			t.Errorf("quoteOnMatter(%q, %s) = %v, want %v", tc.q, tc.ref, got, tc.want)
		}
	}
}

// TestPlanFateTold: whether a plan to go somewhere stands, asked of
// several people ("are Sam and Greg still heading over to Microsoft"),
// is told by the plan's reversal named with the place, in the line or
// its heading; a look back's line on its subjects that never names the
// place is no account of the plan.
func TestPlanFateTold(t *testing.T) {
	e := multiEngine(t)
	const q = "are sam and greg still heading over to microsoft to run that ai lab"
	if w, ok := e.planPlace(q); !ok || w != "microsoft" {
		t.Errorf("planPlace(%q) = %q, %v; want microsoft", q, w, ok)
	}
	tests := []struct {
		q, section, s string
		want          bool
	}{
		{q, "Microsoft's role", "With Altman's return, that plan has been dropped.", true},
		{"is brockman still going to microsoft", "", "Microsoft dropped the plan to hire him.", true},
		// Must reject: no reversal; a reversal without the place; a
		// question asking of no plan.
		{q, "Microsoft's role", "Altman and Brockman would join Microsoft to lead a new advanced AI research team.", false},
		{q, "A new board", "With Altman's return, that plan has been dropped.", false},
		{"did sam and greg go to microsoft", "Microsoft's role", "With Altman's return, that plan has been dropped.", false},
	}
	for _, tc := range tests {
		if got := e.planFateTold(tc.q, tc.section, tc.s); got != tc.want {
			t.Errorf("planFateTold(%q, %q, %q) = %v, want %v", tc.q, tc.section, tc.s, got, tc.want)
		}
	}
	if e.namesPlanPlace(q, quoteOfRef(t, e, "openai-altman-ouster-2023#1")) {
		t.Error("namesPlanPlace: the look back's «أعادته إلى منصبه» names Microsoft")
	}
	if !e.namesPlanPlace(q, quoteOfRef(t, e, "en-wire-2023-11-24#10")) {
		t.Error("namesPlanPlace: the wire's line on Nadella's plan does not name Microsoft")
	}
	a := askMulti(t, e, q)
	if len(a.Citations) == 0 || a.Citations[0].Ref != "en-wire-2023-11-24#11" {
		t.Errorf("%q not led by the plan's fate (en-wire#11):\n%s", q, a.Answer)
	}
}

// TestPostedBySubject: what a person wrote on X, asked at no one time,
// has one account per post of theirs: Altman's post of 18 November and
// his "i love openai" of the 24th. OpenAI's own post on X about Altman,
// Sutskever's, and a question dated to the firing are not.
func TestPostedBySubject(t *testing.T) {
	e := multiEngine(t)
	const maghrebi = "شنو قال ألتمان على إحساسو تجاه OpenAI فاش كتب على إكس"
	tests := []struct {
		q, ref string
		want   bool
	}{
		{maghrebi, "ar-board-2023-11-18#5", true},
		{maghrebi, "en-wire-2023-11-24#7", true},
		{"what has altman said on twitter about openai", "en-wire-2023-11-24#7", true},
		// Must reject: another poster; the subject named far from the
		// verb; a question asking of no platform.
		{maghrebi, "ar-microsoft-2023-11-20#5", false},
		{maghrebi, "en-wire-2023-11-24#2", false},
		{"what did altman say about openai", "en-wire-2023-11-24#7", false},
	}
	for _, tc := range tests {
		if got := e.postedBySubject(tc.q, quoteOfRef(t, e, tc.ref)); got != tc.want {
			t.Errorf("postedBySubject(%q, %s) = %v, want %v", tc.q, tc.ref, got, tc.want)
		}
	}
	scoped := []struct {
		q    string
		want bool
	}{
		{"what did altman tweet right after he got the boot", true},
		{"What did Altman post on X after the board fired him?", true},
		{"شو كتب التمان ع اكس اول ما طردوه", true},
		// Must reject: no dating clause, or one that only restates the
		// posting.
		{maghrebi, false},
		{"what did altman say on x", false},
		{"what did altman say about openai when he posted on x", false},
	}
	for _, tc := range scoped {
		if got := postScoped(tc.q); got != tc.want {
			t.Errorf("postScoped(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
}
