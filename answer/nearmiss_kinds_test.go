package answer

import (
	"context"
	"testing"

	"casebot/retrieval"
)

// TestProductAndDestinationShape: which program, app or platform asks
// for a product's name; where someone went, moved or works asks for a
// destination. "What tools", "where did they meet" ask neither.
func TestProductAndDestinationShape(t *testing.T) {
	cases := []struct {
		q           string
		product     string
		destination bool
	}{
		{"بأي تطبيق تواصل سوتسكيفر مع تونر؟", "تطبيق", false},
		{"شو البرنامج اللي استعملوه بالاجتماع؟", "برنامج", false},
		{"استخدموا برنامج ايه في المكالمة؟", "برنامج", false},
		{"Which secure messaging platform did the researchers pick?", "platform", false},
		{"What tools did the directors use?", "", false},
		{"Which board member called Toner?", "", false},
		{"لوين انتقلت ميرا موراتي؟", "", true},
		{"إلى أين ذهب الموظفون بعد الاستقالة؟", "", true},
		{"فين بيشتغل سوتسكيفر دلوقتي؟", "", true},
		{"Where did Mira Murati move after the crisis?", "", true},
		{"Where does Toner work these days?", "", true},
		{"وين اجتمع المجلس؟", "", false},
		{"Where did the account of the firing come from?", "", false},
	}
	for _, tc := range cases {
		sh := questionShape(tc.q)
		if sh.product != tc.product || sh.destination != tc.destination {
			t.Errorf("questionShape(%q): product %q destination %v, want %q %v", tc.q, sh.product, sh.destination, tc.product, tc.destination)
		}
	}
}

// TestNearMissKinds holds the three near-miss rules on pairs: a quote
// that gives what is asked (a named product, a named place, a cause) and
// one that only describes it. Sentences not in the article stand for
// what another article would say.
func TestNearMissKinds(t *testing.T) {
	e, ix := decideEngine(t)
	const (
		sentJoined  = "وبعد أيام انضم غريغ بروكمان إلى مايكروسوفت لقيادة فريق بحث جديد."
		sentChatGPT = "واتهم ألتمان لاحقًا بالكذب على المجلس بشأن تقييمات السلامة الخاصة بمنتج ChatGPT، كما أطلق هذا المنتج للعامة دون الرجوع إلى مجلس الإدارة."
		sentBecause = "وكان ألتمان يطلب حضور مسؤولي الموارد البشرية في اجتماعاته مع موراتي لأنه لم يثق بتقاريرها."
	)
	cases := []struct {
		name, question, quote, want string
	}{
		{"which app, described only", "Which messaging app did the directors use for the documents?", sentMeeting, "no-name"},
		// «بمنتج ChatGPT»: a product word introduces the name.
		{"which app, named", "Which app did Altman launch without asking the board?", sentChatGPT, "according"},
		{"which program, named", "شو البرنامج اللي اتهموا ألتمان بالكذب بشأنه؟", sentChatGPT, "according"},
		// A name the question lacks, even one letter long: the quote may
		// name the platform ("a post on X").
		{"which platform, a Latin name", "Which platform did the company use for the announcement?", "The company said in a post on X that it had reached an agreement.", "according"},
		// Either-or: the answer is one of the places the question names.
		{"where to, either-or", "Where does Sutskever work now, OpenAI or elsewhere?", sentCall, "according"},
		{"where to, the place is the question's", "Where does Sutskever work now at OpenAI?", sentCall, "no-place"},
		// «في نوفمبر», «لتبادل»: a date and a verbal noun, no place.
		{"where to, a date only", "وين راح ألتمان بعدين؟", sentFired + " " + sentMeeting, "no-place"},
		{"where to, no place", "لوين راح بروكمان بعدين؟", sentBrockman, "no-place"},
		{"where to, a company named", "لوين راح بروكمان بعدين؟", sentJoined, "according"},
		{"why exactly, a consequence only", "ليه بالظبط كان ألتمان بيطلب حضور الموارد البشرية في اجتماعات موراتي؟", sentWorry, "no-reason"},
		// No effect marker: what the quote says may be the reason in
		// other words (the call urged Toner to reach Murati).
		{"why exactly, no marker", "Why exactly did Sutskever call Toner?", sentCall, "according"},
		{"why exactly, a cause given", "ليه بالظبط كان ألتمان بيطلب حضور الموارد البشرية في اجتماعات موراتي؟", sentBecause, "according"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res, err := ix.Search(context.Background(), tc.question, retrieval.SearchOptions{K: 5})
			if err != nil {
				t.Fatal(err)
			}
			got, _ := e.decideOffline(tc.question, res, []string{tc.quote})
			if (got == "according" || got == "hedge") != (tc.want == "according") || tc.want != "according" && got != tc.want {
				t.Errorf("%q with quote %.40q…: %s, want %s (confidence %.2f)", tc.question, tc.quote, got, tc.want, res.Confidence)
			}
		})
	}
}

// TestNearMissPhrasesFramed: the new openings read as saying what the
// article does not give.
func TestNearMissPhrasesFramed(t *testing.T) {
	e, _ := decideEngine(t)
	for _, key := range []string{"no-place", "no-reason"} {
		for _, lang := range []string{"ar", "en"} {
			if got := FrameOf(Answer{Answer: e.phrase(lang, key) + " «…»"}); got != FrameNotGiven {
				t.Errorf("%s %s: frame %s, want %s", key, lang, got, FrameNotGiven)
			}
		}
	}
}
