package answer

import "testing"

// TestAskedIdentity holds which questions ask who someone of the corpus
// is: a who-word, a copula at most, and their name, as its first clause.
func TestAskedIdentity(t *testing.T) {
	e, _ := decideEngine(t)
	cases := []struct {
		question string
		want     bool
	}{
		{"Who is كيتش هيغي?", true},
		{"منو غريغ بروكمان ووش صار له؟", true},
		{"Who is Greg Brockman and what happened to him?", true},
		{"مين هي كيتش هيغي؟", true},
		{"Who replaced Altman as interim CEO?", false},
		{"Who found out that the startup fund was actually owned by ألتمان?", false},
		{"Who is the interim CEO?", false},
	}
	for _, tc := range cases {
		if _, got := e.askedIdentity(tc.question); got != tc.want {
			t.Errorf("askedIdentity(%q) = %v, want %v", tc.question, got, tc.want)
		}
	}
}

// TestDecideIdentity holds that "who is X?" answered by a quote naming X
// with what they are is stated plainly, while a who-question the quote
// answers with no one new still hedges.
func TestDecideIdentity(t *testing.T) {
	e, ix := decideEngine(t)
	checkDecisions(t, e, ix, []decisionCase{
		{"who is", "Who is كيتش هيغي?", sentBook, "according"},
		{"who is, dialect", "منو غريغ بروكمان ووش صار له", sentBrockman, "according"},
		{"who else", "من من مؤسسي OpenAI أزيح كذلك مع ألتمان؟", sentFund, "hedge"},
	})
}
