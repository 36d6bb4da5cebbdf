package answer

import (
	"testing"

	"casebot/corpus"
)

// TestNewestLeadsMore: the newest article's account leads a "which day"
// question (its line giving the day of the event), a choice offered about
// a person ("X or Y"), a claim checked with a tag whose later account tells a change
// ("…failed, right?" → he was taken back), and a "now" question whose
// «حدا» (anyone) is no subject; an age asked "when he was fired", and a
// when-question the look back dates only by month, keep the older lead.
func TestNewestLeadsMore(t *testing.T) {
	e := multiEngine(t)
	const lookBack = "openai-altman-ouster-2023"
	tests := []struct {
		q        string
		lookBack bool
	}{
		{"اي يوم بالزبط طردو التمان", true},
		{"اي يوم بالضبط قرر المجلس يقيل التمان", true},
		{"the talks to get altman back failed right?", true},
		{"ميرا موراتي كانت مع التمان ولا ضده", true},
		{"لسه ما حدا بيعرف ليش طردو التمان فعليا؟", true},
		// Rejected: an age, not a day; a return the look back never dates.
		{"how old was altman when the board fired him", false},
		{"متى أُعلن الاتفاق على عودة ألتمان رئيسًا تنفيذيًا؟", false},
	}
	for _, tc := range tests {
		t.Run(tc.q, func(t *testing.T) {
			a := askMulti(t, e, tc.q)
			if len(a.Citations) == 0 {
				t.Fatalf("no citations:\n%s", a.Answer)
			}
			first := a.Citations[0]
			if got := first.Article == lookBack; got != tc.lookBack {
				t.Errorf("led by %s, want the look back leading %v:\n%s", first.Ref, tc.lookBack, a.Answer)
			}
			if first.Older {
				t.Errorf("the lead %s is marked older:\n%s", first.Ref, a.Answer)
			}
		})
	}
}

// TestNamesDay: a day of a month is a day; a month or a year alone is not.
func TestNamesDay(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"the board abruptly fired him on Friday, Nov. 17.", true},
		{"في 16 نوفمبر، اجتمع أعضاء المجلس في لقاء افتراضي سري", true},
		{"في نوفمبر 2023، فجّرت شركة OpenAI مفاجأة مدوية", false},
		{"Altman co-founded OpenAI in 2015.", false},
	}
	for _, tc := range tests {
		if got := namesDay(tc.s); got != tc.want {
			t.Errorf("namesDay(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// TestDatesEvent: a newer paragraph giving a day and carrying the event
// asked about dates it; one giving only a month, or asked an age, does not.
func TestDatesEvent(t *testing.T) {
	e := multiEngine(t)
	para := func(ref string) corpus.Paragraph {
		for _, a := range e.corpus.Articles {
			for _, p := range a.Paragraphs {
				if p.Ref == ref {
					return p
				}
			}
		}
		t.Fatalf("no paragraph %s", ref)
		return corpus.Paragraph{}
	}
	tests := []struct {
		q, ref string
		want   bool
	}{
		{"اي يوم بالضبط قرر المجلس يقيل التمان", "openai-altman-ouster-2023#7", true},
		{"اي يوم بالزبط طردو التمان", "openai-altman-ouster-2023#7", true},
		{"اي يوم بالزبط طردو التمان", "openai-altman-ouster-2023#1", false},
		{"how old was altman when the board fired him", "en-wire-2023-11-24#1", false},
	}
	for _, tc := range tests {
		read := e.standardReading(askingPart(tc.q))
		if got := e.datesEvent(tc.q, read, para(tc.ref)); got != tc.want {
			t.Errorf("datesEvent(%q, %s) = %v, want %v", tc.q, tc.ref, got, tc.want)
		}
	}
}

// TestPersonChoice: two versions of what a person did or was, joined by
// "or", offer a choice; a denial at the end, a question about a company,
// "…or what", a question about now and «ولا حدا» (nobody) do not.
func TestPersonChoice(t *testing.T) {
	e := multiEngine(t)
	tests := []struct {
		q    string
		want bool
	}{
		{"was mira on sams side or against him", true},
		{"was mira murati on sams side or against him", true},
		{"بروكمان استقال بنفسه ولا طردوه", true},
		{"ميرا موراتي كانت مع التمان ولا ضده", true},
		{"was altman fired over ai safety or not?", false},
		{"مايكروسوفت كانت عارفه بالاقاله من قبل ولا انصدمت", false},
		{"did altman plan to hire a permanent ceo or what", false},
		{"is altman still at microsoft or back at openai", false},
		{"Who replaced Altman as interim CEO?", false},
	}
	for _, tc := range tests {
		if got := e.personChoice(tc.q); got != tc.want {
			t.Errorf("personChoice(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
}

// TestTellsChange: an Arabic state cue after «و» or «ف», as a whole word,
// tells a change; a sentence with none, or the cue inside a longer word,
// does not.
func TestTellsChange(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"أمام الضغط المتصاعد، استجابت الشركة بسرعة وأعادت ألتمان إلى منصبه التنفيذي.", true},
		{"ثم فعاد إلى الشركة بعد أيام.", true},
		{"وأعلنت الشركة مساء الجمعة إقالة رئيسها التنفيذي.", false},
		{"اتهامات بالتحكم والانفراد بالقرار.", false},
	}
	for _, tc := range tests {
		if got := tellsChange(tc.s); got != tc.want {
			t.Errorf("tellsChange(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// TestIndefiniteNoSubject: «حدا» (anyone) names no subject; a company
// named early still does.
func TestIndefiniteNoSubject(t *testing.T) {
	e := multiEngine(t)
	tests := []struct {
		q    string
		want string // "" for no subject thing
	}{
		{"لسه ما حدا بيعرف ليش طردو التمان فعليا؟", ""},
		{"حدا من مايكروسوفت لسه بالمجلس؟", "مايكروسوفت"},
		{"Is Microsoft still backing OpenAI?", "Microsoft"},
	}
	for _, tc := range tests {
		w, _ := e.subjectThing(tc.q)
		if w != tc.want {
			t.Errorf("subjectThing(%q) = %q, want %q", tc.q, w, tc.want)
		}
	}
}

// TestChangeOnMatter: a quote telling a change on the claim's matter is
// a later account of it; a line on the matter telling no change is not.
func TestChangeOnMatter(t *testing.T) {
	e := multiEngine(t)
	const q = "the talks to get altman back failed right?"
	mt := e.matterOf(q, e.standardReading(askingPart(q)))
	quote := func(s string) *multiQuote {
		return &multiQuote{sents: []sentenceCandidate{{text: s}}}
	}
	if !changeOnMatter(mt, quote("أمام الضغط المتصاعد، استجابت الشركة بسرعة وأعادت ألتمان إلى منصبه التنفيذي.")) {
		t.Error("the return is not read as a change on the claim's matter")
	}
	if changeOnMatter(mt, quote("Altman, 38, co-founded OpenAI in 2015.")) {
		t.Error("a line telling no change is read as one")
	}
}
