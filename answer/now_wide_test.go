package answer_test

import (
	"context"
	"testing"

	"casebot/answer"
	"casebot/corpus"
	"casebot/retrieval"
)

// TestNowQuestionHearsTheNewestAccount: a question about the present whose
// words match an older article best ("is Altman CEO now?" matches the 20
// November story that he is joining Microsoft) is answered with the newest
// account first; the older one is never presented as current. Before the
// answer looked past the first five hits, the 20 November account led.
func TestNowQuestionHearsTheNewestAccount(t *testing.T) {
	c, err := corpus.Load("../testdata/multi")
	if err != nil {
		t.Fatal(err)
	}
	ix, err := retrieval.Build(context.Background(), c, retrieval.Options{})
	if err != nil {
		t.Fatal(err)
	}
	eng := answer.New(c, ix, answer.Options{})
	for _, q := range []string{"هل ألتمان هو الرئيس التنفيذي الآن؟", "Is Altman the CEO now?"} {
		a, err := eng.Ask(context.Background(), answer.Request{Question: q})
		if err != nil {
			t.Fatalf("%q: %v", q, err)
		}
		if a.Abstained || len(a.Citations) == 0 {
			t.Fatalf("%q: no answer: %+v", q, a)
		}
		lead := a.Citations[0]
		if lead.Older || lead.Article == "ar-microsoft-2023-11-20" || lead.Article == "ar-board-2023-11-18" {
			t.Errorf("%q: led by %s (%s, older %v), an account from before Altman's return", q, lead.Ref, lead.Date, lead.Older)
		}
		for _, cit := range a.Citations[1:] {
			if !cit.Older && cit.Date < lead.Date {
				t.Errorf("%q: %s (%s) is not marked older than the lead (%s)", q, cit.Ref, cit.Date, lead.Date)
			}
		}
	}
}
