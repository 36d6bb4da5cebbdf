package answer

import (
	"testing"

	"casebot/retrieval"
)

// TestNewestLeadH26: a follow-up question offering outcomes is part of
// what is asked (askingPart), so the look back's account of Altman's
// return leads; of quotes of several dates on the question's matter, one
// of them leads a newer quote that only shares its names and roles
// (accountsOnMatter); a claim about a company offered with its denial is
// told by a reversal of it, as the same claim asked without "or not"
// (reversalOfThing). The rejecting rows keep their lead: a matter word
// read only in a clause that dates the question names no matter.
func TestNewestLeadH26(t *testing.T) {
	e := multiEngine(t)
	tests := []struct {
		q, lead string // the article of the first citation
	}{
		{"وش صار على ألتمان؟ رجع للشركة ولا راح مايكروسوفت؟", "openai-altman-ouster-2023"},
		{"nadella said msft is committed to working with which openai boss", "ar-microsoft-2023-11-20"},
		{"مايكروسوفت لسه ملتزمة بشراكتها مع اوبن اي اي ولا لا", "en-wire-2023-11-24"},
		// Must not move: "his job back" only dates what was posted.
		{"what did sam post on x when he first got fired and then after he got his job back", "en-wire-2023-11-24"},
		// Must not move: Sutskever's post on X is no account of what
		// Altman wrote there (accountOnMatter names the subject).
		{"شو كتب ألتمان على منصة إكس بعد ما انطرد، وشو كتب بعد ما رجع؟", "en-wire-2023-11-24"},
		// Must not move: two days offered are told by the quotes giving
		// one, the look back's «في 16 نوفمبر» first.
		{"المجلس قرر يقيل التمان اي يوم بالزبط، ١٦ ولا ١٧ نوفمبر", "openai-altman-ouster-2023"},
	}
	for _, tc := range tests {
		t.Run(tc.q, func(t *testing.T) {
			a := askMulti(t, e, tc.q)
			if a.Abstained || len(a.Citations) == 0 {
				t.Fatalf("no answer:\n%s", a.Answer)
			}
			if first := a.Citations[0]; first.Article != tc.lead || first.Older {
				t.Errorf("led by %s (older %v), want %s:\n%s", first.Ref, first.Older, tc.lead, a.Answer)
			}
		})
	}
}

// TestReversalOfThing: a reversal told under a heading naming the company
// a question is about is its later account, with or without "or not"; a
// line telling no reversal, or a question about a person, is not.
func TestReversalOfThing(t *testing.T) {
	e := multiEngine(t)
	const dropped = "With Altman's return, that plan has been dropped."
	tests := []struct {
		q, section, s string
		want          bool
	}{
		{"مايكروسوفت لسه ملتزمة بشراكتها مع اوبن اي اي ولا لا", "Microsoft's role", dropped, true},
		{"هل ما زالت مايكروسوفت ملتزمة بشراكتها مع OpenAI؟", "Microsoft's role", dropped, true},
		// Must reject: no reversal told.
		{"مايكروسوفت لسه ملتزمة بشراكتها مع اوبن اي اي ولا لا", "Microsoft's role", "Microsoft shares closed at a record high that day.", false},
	}
	for _, tc := range tests {
		read := e.standardReading(askingPart(tc.q))
		if got := e.ownAnswers(tc.q, read, e.matterOf(tc.q, read), tc.section, tc.s, anyFact, retrieval.AskedAny, true); got != tc.want {
			t.Errorf("ownAnswers(%q, %q) = %v, want %v", tc.q, tc.s, got, tc.want)
		}
	}
	// Must reject: a claim about a person is told by a change naming them,
	// not by a company's reversal.
	if e.reversalOfThing("هل ألتمان لسه رايح على مايكروسوفت ولا لا", "Microsoft's role", dropped) {
		t.Error("reversalOfThing read a company's reversal for a question about a person")
	}
}

// TestAccountsOnMatter: the dates of the quotes on a question's matter are
// counted once each; a quote off the matter counts none.
func TestAccountsOnMatter(t *testing.T) {
	e := multiEngine(t)
	quote := func(ref string) *multiQuote { return quoteOfRef(t, e, ref) }
	q := "nadella said msft is committed to working with which openai boss"
	mt := e.matterOf(q, e.standardReading(askingPart(q)))
	on := []*multiQuote{quote("ar-microsoft-2023-11-20#6"), quote("ar-board-2023-11-18#7")}
	if got := e.accountsOnMatter(q, mt, on); got != 2 {
		t.Errorf("two dated accounts on the matter: got %d", got)
	}
	// Must reject: the wire's "committed about $13 billion" is money put
	// in, not the pledge asked about.
	if got := e.accountsOnMatter(q, mt, []*multiQuote{quote("en-wire-2023-11-24#10")}); got != 0 {
		t.Errorf("the wire's sum is no account of the pledge: got %d", got)
	}
}
