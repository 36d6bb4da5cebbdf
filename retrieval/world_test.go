package retrieval

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"

	"casebot/corpus"
)

// worldTestIndex indexes a two-paragraph Arabic corpus that speaks of
// Microsoft (in Arabic script, with a prefix) and of its shares.
func worldTestIndex(t *testing.T) *Index {
	t.Helper()
	src := "عنوان تجريبي\n" +
		"أعلنت الشركة أن المدير سينضم إلى مايكروسوفت لقيادة فريق بحث جديد.\n\n" +
		"وارتفعت أسهم الشركة إلى مستوى قياسي في ذلك اليوم بعد الإعلان.\n"
	c, err := corpus.LoadFS(fstest.MapFS{"world-test.txt": {Data: []byte(src)}}, "")
	if err != nil {
		t.Fatal(err)
	}
	ix, err := Build(context.Background(), c, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return ix
}

// TestForeignWorld: a world-list thing is foreign to the case unless the
// corpus mentions it (in another spelling or script, or with a prefix),
// it is a verb ("don't match"), or it is joined to a thing the corpus
// mentions ("share price"). Things of everyday questions the corpus never
// mentions stay foreign, alone or joined to one another.
func TestForeignWorld(t *testing.T) {
	ix := worldTestIndex(t)
	checkForeign(t, ix, []foreignCase{
		// The corpus writes مايكروسوفت: the Latin spelling is the same thing.
		{"Why did the director join Microsoft?", false},
		{"ليش راح المدير لميكروسوفت؟", false},
		// Google is in the world list and nowhere in the corpus.
		{"Why did the director join Google?", true},
		// "match" is a verb here, a football match there.
		{"The two accounts of the director don't match, which is right?", false},
		{"Who won the football match yesterday?", true},
		// The price of the shares the corpus speaks of; not of bitcoin.
		{"What happened to the share price after the director left?", false},
		{"شو صار بسعر السهم بعد الإعلان؟", false},
		{"What is the bitcoin price today?", true},
		{"What was the gold price that day?", true},
	})
}

// TestOtherPerson: a given name of the case joined to a surname the corpus
// never writes names someone else, and the question, naming nothing else
// of the case, is not related to it; the case's people spelt every way
// (given name alone, with a prefix, surname misspelt, in Latin letters or
// Arabizi, before a colloquial word) stay the case's.
func TestOtherPerson(t *testing.T) {
	ix := defaultTestIndex(t)
	tests := []struct {
		q     string
		other bool // a foreign person is read, and the question is unrelated
	}{
		// Other people sharing a given name with the case's.
		{"ليش انسجن سام بانكمان فريد؟", true},
		{"وش آخر أخبار سام وورثينغتون؟", true},
		{"من هي هيلين ميرين؟", true},
		{"ما أشهر روايات غريغ إيغان؟", true},
		{"هل ميرا نائير مخرجة؟", true},
		// The case's people.
		{"من هو سام؟", false},
		{"هل رجع لسام منصبه؟", false},
		{"ليش سام انطرد؟", false},
		{"مين سام التمن؟", false},
		{"شو قصة سام اولتمان؟", false},
		{"شو عمل سام التمان بعد ما رجع؟", false},
		{"ماذا قال سام ألتمان للموظفين؟", false},
		{"هل سام كداب؟", false}, // liar: the corpus's كذب said the Egyptian way
		{"غريغ بروكمن وين راح؟", false},
		{"هيلين تونير مين هي؟", false},
		{"ميرا موراتي شو كان دورها؟", false},
		{"Who is Sam?", false},
		{"Why was Sam Altman fired?", false},
		{"What did Altmann do after he came back?", false},
		{"Why did Brokman quit?", false},
		{"ليه altmann اتطرد؟", false},
		{"sam altman rje3 leh?", false},
	}
	for _, tc := range tests {
		res, err := ix.Search(context.Background(), tc.q, SearchOptions{K: 5})
		if err != nil {
			t.Fatal(err)
		}
		person := false
		for _, f := range res.Foreign {
			person = person || len(strings.Fields(f)) > 1
		}
		if person != tc.other || res.Related == tc.other {
			t.Errorf("%q: foreign %q, related %v; want another person: %v", tc.q, res.Foreign, res.Related, tc.other)
		}
	}
}

// TestSpeltPerson: a Latin-script spelling with the consonants of a
// person of the case is that person; other words the glossary renders by
// sound (dollar) and short keys are not read so.
func TestSpeltPerson(t *testing.T) {
	ix := defaultTestIndex(t)
	for w, want := range map[string]bool{"Altmann": true, "Altmen": true, "Brokman": true,
		"Delaware": false, "Sam": false, "Bankman": false, "ألتمان": false} {
		if got := ix.names.spelt(w) != ""; got != want {
			t.Errorf("spelt(%q) = %q, want a person: %v", w, ix.names.spelt(w), want)
		}
	}
}

// TestNationalityForeign: the adjective of another country's people
// (مغربية، مصري، Egyptian), with its article or a Maghrebi preposition,
// names something outside the case.
func TestNationalityForeign(t *testing.T) {
	ix := worldTestIndex(t)
	checkForeign(t, ix, []foreignCase{
		{"هل توجد شركة مصرية تعمل مثل هذه الشركة؟", true},
		{"ما الشركات الصينية التي تنافس الشركة؟", true},
		{"Is there an Egyptian company like this one?", true},
		{"شحال كتربح الشركة فالمغرب؟", true},
		{"لماذا ارتفعت أسهم الشركة؟", false},
		{"متى سينضم المدير إلى مايكروسوفت؟", false},
	})
}

// TestTransliteratedForeign: a name written in Arabic script that no list
// knows names something outside the case when it has the shape only
// transliterations take; colloquial words no reading reached do not.
func TestTransliteratedForeign(t *testing.T) {
	ix := worldTestIndex(t)
	checkForeign(t, ix, []foreignCase{
		{"ليش استقال كيانغ من منصبه", true},
		{"شو قال پيتر عن الذكاء الاصطناعي", true},
		{"ليش استقال بروكمان من منصبه", false},
		{"ليش طردو ألتمان", false},
		{"من هو مؤسس شركة علي بابا", true},
	})
}

// foreignCase is a question and whether it names something outside the case.
type foreignCase struct {
	q       string
	foreign bool
}

// checkForeign searches every question of cases in ix and reports each
// whose foreign names are present when not wanted, or missing when wanted.
func checkForeign(t *testing.T, ix *Index, cases []foreignCase) {
	t.Helper()
	for _, tc := range cases {
		res, err := ix.Search(context.Background(), tc.q, SearchOptions{K: 2})
		if err != nil {
			t.Fatal(err)
		}
		if got := len(res.Foreign) > 0; got != tc.foreign {
			t.Errorf("%q: foreign %q, want some: %v", tc.q, res.Foreign, tc.foreign)
		}
	}
}

func TestTransliterated(t *testing.T) {
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"تشانغبينغ", true}, {"هوانغ", true}, {"پاريس", true}, {"ژان", true},
		// Arabic words, colloquial letters and short words keep their reading.
		{"استقال", false}, {"گال", false}, {"چيف", false}, {"ڤال", false}, {"بلغ", false}, {"نغ", false}, {"الموظفين", false},
	} {
		if got := transliterated(tc.w); got != tc.want {
			t.Errorf("transliterated(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
}

// TestOrgSlot: typed without capitals, a word in a company's slot (a post
// "of" it, or it before a post) names a company the corpus never mentions,
// so the question is not answered from the case; the case's own company
// in that slot, or a prefix ("co-founder"), is no such name.
func TestOrgSlot(t *testing.T) {
	checkVerdicts(t, defaultIndex(t), "answerable", func(r Result) bool { return r.Answerable }, []verdict{
		{"why was the ceo of boeing fired", false},
		{"what happened at the wework board", false},
		{"which openai co-founder was also pushed out", true},
		{"why did the board of openai fire sam", true},
		// A product's price or subscription is no matter of the case.
		{"how much does chatgpt plus cost per month", false},
		{"كم سعر اشتراك شات جي بي تي", false},
		{"how much is chatgpt plus per month", false},
		// Football: leagues, clubs and managers as fans type them, in
		// Maghrebi Arabic too; the case's own board sacking its chief
		// stays answerable.
		{"شكون ربح الليغا هاد العام الريال ولا البارصا", false},
		{"did the man utd board sack ten hag", false},
		{"did the board sack altman", true},
	})
}

// TestLowerCaseGivenNameVerb: typed without capitals, an everyday English
// word after a given name of the case is the question's own word, not
// another Sam's surname (which would make the question about someone
// else); a word nothing reads still is.
func TestLowerCaseGivenNameVerb(t *testing.T) {
	checkVerdicts(t, multiIndex(t), "related", func(r Result) bool { return r.Related }, []verdict{
		{"did sam put out chatgpt without asking the board", true},
		{"how did the board meet to vote on firing sam, like what tools did they use", true},
		{"what happened to sam bankman-fried after ftx collapsed", false},
		{"how many years did sam bankman-fried get in prison", false},
	})
}

// verdict is a question and the decision a search must reach on it.
type verdict struct {
	q    string
	want bool
}

// checkVerdicts searches every question of cases in ix and reports each
// whose decision, as pick reads it from the result, is not the one wanted.
func checkVerdicts(t *testing.T, ix *Index, what string, pick func(Result) bool, cases []verdict) {
	t.Helper()
	for _, tc := range cases {
		res, err := ix.Search(context.Background(), tc.q, SearchOptions{K: 3})
		if err != nil {
			t.Fatal(err)
		}
		if got := pick(res); got != tc.want {
			t.Errorf("%q: %s %v (confidence %.2f), want %v", tc.q, what, got, res.Confidence, tc.want)
		}
	}
}
