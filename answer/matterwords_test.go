package answer

import (
	"slices"
	"strings"
	"testing"

	"casebot/retrieval"
)

// TestFrameWord: a reflexive or emphatic pronoun frames a claim and is no
// matter word; a word of the claim's matter is one.
func TestFrameWord(t *testing.T) {
	tests := []struct {
		w    string
		want bool
	}{
		{"بنفسه", true},
		{"نفسه", true},
		{"بأنفسهم", true},
		{"himself", true},
		{"Themselves", true},
		{"استقال", false},
		{"نفسية", false},
		{"self", false},
		{"resigned", false},
	}
	for _, tc := range tests {
		if got := frameWord(tc.w); got != tc.want {
			t.Errorf("frameWord(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
	e := multiEngine(t)
	const q = "بروكمان استقال بنفسه ولا طردوه"
	m := e.search.(matcher)
	for _, f := range e.matterForms(m, q, e.standardReading(askingPart(q)), func(string) bool { return false }) {
		for _, w := range f.words {
			if frameWord(w) {
				t.Errorf("matter form %q carries the frame word %q", f.words, w)
			}
		}
	}
	if rare := e.rareWords(q, e.standardReading(askingPart(q))); slices.ContainsFunc(rare, frameWord) {
		t.Errorf("rareWords(%q) = %q, a frame word among them", q, rare)
	}
}

// TestRespelt: a misspelt Latin word no paragraph carries is read as the
// one corpus word one edit away; a real word the lexicon knows ("million",
// one edit from the corpus's "billion"; "paying", from "saying") is never
// turned into another, nor is a short word or one of the corpus.
func TestRespelt(t *testing.T) {
	e := multiEngine(t)
	tests := []struct {
		w, want string
	}{
		{"threatning", "threatening"},
		{"investigaton", "investigation"},
		{"million", ""},
		{"paying", ""},
		{"signd", ""},       // under respeltLetters
		{"threatening", ""}, // the corpus's own word
		{"staffers", ""},    // no corpus word one edit away
	}
	for _, tc := range tests {
		if got := e.respelt(tc.w); got != tc.want {
			t.Errorf("respelt(%q) = %q, want %q", tc.w, got, tc.want)
		}
	}
	const q = "how many openai employees signed the letter threatning to quit"
	if got := e.respeltQuestion(q); !strings.Contains(got, "threatening") {
		t.Errorf("respeltQuestion(%q) = %q", q, got)
	}
	const look = "حيث هدّد مئات الموظفين بالاستقالة إذا لم يُعَد ألتمان إلى منصبه."
	read := e.standardReading(askingPart(q))
	if !e.ownAnswers(q, read, e.matterOf(q, read), "", look, askedKind(q), retrieval.AskedAny, false) {
		t.Error("the look back's count does not answer the misspelt question")
	}
	if e.ownAnswers(q, read, e.matterOf(q, read), "", "وقرّر أربعة من أصل ستة أعضاء التصويت لإقالة ألتمان.", askedKind(q), retrieval.AskedAny, false) {
		t.Error("a vote of four board members answers the staff letter")
	}
}

// TestNamedThingClaim: whether a named thing (Microsoft) still holds to a
// claim is told by a change under its name ("that plan has been
// dropped", under "Microsoft's role"), not by a line sharing the
// claim's rarest word through its root (a startup fund, «صندوق دعم»)
// that never names it; a subject that is no name ("firing") asks nothing
// of the kind.
func TestNamedThingClaim(t *testing.T) {
	e := multiEngine(t)
	tests := []struct {
		q, section, s string
		want          bool
	}{
		{"هل ما زالت مايكروسوفت داعمة لـOpenAI أم لا؟", "Microsoft's role", "With Altman's return, that plan has been dropped.", true},
		{"هل ما زالت مايكروسوفت داعمة لـOpenAI أم لا؟", "", `أن "صندوق دعم الشركات الناشئة" الذي أنشأته OpenAI لم يكن مستقلًا كما أُعلن، بل يملكه فعليًا سام ألتمان.`, false},
		{"Is Microsoft still supportive of OpenAI or not?", "A staff revolt", "The signatories included Sutskever, who said he deeply regretted his participation.", false},
	}
	for _, tc := range tests {
		read := e.standardReading(askingPart(tc.q))
		if got := e.ownAnswers(tc.q, read, e.matterOf(tc.q, read), tc.section, tc.s, anyFact, retrieval.AskedAny, true); got != tc.want {
			t.Errorf("ownAnswers(%q, %q) = %v, want %v", tc.q, tc.s, got, tc.want)
		}
	}
	if w, ok := e.namedThing("was sams firing about ai safety or not"); ok {
		t.Errorf("namedThing = %q, want none: a firing is no named thing", w)
	}
	a := askMulti(t, e, "Is Microsoft still supportive of OpenAI or not?")
	if len(a.Citations) == 0 || a.Citations[0].Ref != "en-wire-2023-11-24#11" || a.Citations[0].Older {
		t.Fatalf("want the reversal under Microsoft's role leading:\n%s", a.Answer)
	}
}
