package answer

import (
	"strings"
	"testing"
)

// TestWhoAccountOlder: who set up or decided what a question names, led
// by the newest line on it that names no one (the wire's "an independent
// investigation … has been agreed"), hears an older article's line on the
// same matter naming who announced it (Shear «سيعيّن محققًا مستقلًا»),
// marked older. A who-question whose leading line is off the matter, or
// whose candidates name no one new on it, gets no such line: the added
// line never leads.
func TestWhoAccountOlder(t *testing.T) {
	e := multiEngine(t)
	tests := []struct {
		q          string
		lead, also string // also: a ref that must (or, when reject, must not) be cited after the lead
		reject     bool
	}{
		{"مين اللي قرر يعمل التحقيق المستقل بالاقالة", "en-wire-2023-11-24#5", "ar-microsoft-2023-11-20#8", false},
		{"مين اللي قرر يعمل التحقيق المستقل بقصة طرد التمان", "en-wire-2023-11-24#5", "ar-microsoft-2023-11-20#8", false},
		// The asking verb ("set up", «يفتح») is no word an account of
		// the inquiry need carry (toldIn).
		{"Who set up the independent inquiry into Altman's dismissal?", "en-wire-2023-11-24#5", "ar-microsoft-2023-11-20#8", false},
		{"مين اللي قرر يفتح تحقيق مستقل بالاقالة", "en-wire-2023-11-24#5", "ar-microsoft-2023-11-20#8", false},
		// Must reject: a newer or off-matter line naming someone (the
		// Nadella lines) must not lead a who-question on another matter.
		{"who told helen toner to go talk to mira murati?", "openai-altman-ouster-2023#4", "en-wire-2023-11-24#10", true},
		{"Which board member found out that Altman owned the startup fund?", "openai-altman-ouster-2023#3", "ar-board-2023-11-18#7", true},
	}
	for _, tc := range tests {
		a := askMulti(t, e, tc.q)
		if len(a.Citations) == 0 {
			t.Errorf("%q: no citations", tc.q)
			continue
		}
		if tc.lead != "" && a.Citations[0].Ref != tc.lead {
			t.Errorf("%q led by %s, want %s:\n%s", tc.q, a.Citations[0].Ref, tc.lead, a.Answer)
		}
		idx := -1
		for i, c := range a.Citations {
			if c.Ref == tc.also {
				idx = i
			}
		}
		switch {
		case tc.reject && idx == 0:
			t.Errorf("%q: %s leads:\n%s", tc.q, tc.also, a.Answer)
		case !tc.reject && idx < 1:
			t.Errorf("%q: %s not cited after the lead:\n%s", tc.q, tc.also, a.Answer)
		case !tc.reject && !a.Citations[idx].Older:
			t.Errorf("%q: %s not marked older:\n%s", tc.q, tc.also, a.Answer)
		case !tc.reject && (strings.Contains(a.Answer, "لا تذكر المصادر اسمًا") || strings.Contains(a.Answer, "give no name")):
			t.Errorf("%q: says no source names anyone:\n%s", tc.q, a.Answer)
		}
	}
	// whoAccount itself: nothing when the leading quote is off the matter.
	q := "مين اللي قرر يعمل التحقيق المستقل بالاقالة"
	mt := e.matterOf(q, e.standardReading(askingPart(q)))
	off := quoteOfRef(t, e, "openai-altman-ouster-2023#7")
	if quoteOnMatter(mt, off) {
		t.Fatalf("openai-altman-ouster-2023#7 read as on the inquiry")
	}
	if _, ok := e.whoAccount(q, mt, nil, []*multiQuote{off}, nil, 1); ok {
		t.Error("whoAccount found a line though the lead is off the matter")
	}
}

// TestMatterToldIn: the matter as a quote tells it keeps only the
// question's words the quote carries; the asking verb drops out. A quote
// carrying none of them tells no matter.
func TestMatterToldIn(t *testing.T) {
	e := multiEngine(t)
	const q = "Who set up the independent inquiry into Altman's dismissal?"
	mt := e.matterOf(q, e.standardReading(askingPart(q)))
	wire := "The new directors are expected to expand the board, and an independent investigation into the events that led to Altman's dismissal has been agreed, according to people familiar with the matter."
	if got := mt.toldIn(wire); !got.named() || len(got.forms) >= len(mt.forms) {
		t.Errorf("toldIn(wire) = %d of %d forms, want fewer, at least %d", len(got.forms), len(mt.forms), minMatterWords)
	}
	// Must reject: a line on another matter tells none of it.
	if got := mt.toldIn("Greg Brockman, OpenAI's president and co-founder, is also returning."); got.named() {
		t.Errorf("toldIn(Brockman line) named %d forms", len(got.forms))
	}
}
