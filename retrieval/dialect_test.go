package retrieval

import (
	"context"
	"slices"
	"strings"
	"testing"

	"casebot/corpus"
)

func defaultTestIndex(t *testing.T) *Index {
	t.Helper()
	c, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	ix, err := Build(context.Background(), c, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return ix
}

// TestStandardize: colloquial words, Latin names and misspelt names are
// read into words the article uses; words it uses are left alone.
func TestStandardize(t *testing.T) {
	ix := defaultTestIndex(t)
	tests := []struct {
		q          string
		wantSearch []string // words the search text must contain
		notSearch  []string // words it must not contain
		wantAsked  Asked
	}{
		{"هما طردو التمان امتى بالظبط؟", []string{"طردوا"}, []string{"امتى"}, AskedTime},
		{"كام واحد في مجلس الاداره صوتو عشان يشيلو altman؟", []string{"صوتوا", "أقال", "ألتمان"}, []string{"altman", "كام"}, AskedNumber},
		{"شكون اللي عيط ل هيلين تونر؟", []string{"اتصل", "هيلين"}, []string{"شكون", "اللي"}, AskedPerson},
		{"ما المنصب الذي كان يشغله Ilya Sutskever في الشركة؟", []string{"إليا", "سوتسكيفر"}, []string{"Ilya"}, AskedAny},
		{"ليه كان التمان بدو ناس من الHR؟", []string{"الموارد"}, []string{"HR", "ليه"}, AskedReason},
		{"وش سالفة شات جي بي تي؟", []string{"ChatGPT"}, []string{"جي"}, AskedAny},
		{"من هو جريج بروكمان؟", []string{"غريغ"}, []string{"جريج"}, AskedPerson},
		{"Who is murati?", []string{"موراتي"}, nil, AskedPerson},
		{"متى أقالت OpenAI مديرها؟", []string{"أقالت", "openai"}, nil, AskedTime},
	}
	for _, tc := range tests {
		sq := ix.standardize(tc.q)
		ws := strings.Fields(sq.search)
		for _, w := range tc.wantSearch {
			if !slices.Contains(ws, w) {
				t.Errorf("standardize(%q).search = %q, want the word %q", tc.q, sq.search, w)
			}
		}
		for _, w := range tc.notSearch {
			if slices.Contains(ws, w) {
				t.Errorf("standardize(%q).search = %q, must not keep %q", tc.q, sq.search, w)
			}
		}
		if got := AskedFor(sq.question); got != tc.wantAsked {
			t.Errorf("AskedFor(%q) = %q, want %q", sq.question, got, tc.wantAsked)
		}
	}
}

// TestRespellRejects: a short common word is not turned into another
// common word that differs by a letter (الشريك is not الشركة).
func TestRespellRejects(t *testing.T) {
	ix := defaultTestIndex(t)
	for _, w := range []string{"الشريك", "تتصل", "تيسلا", "كتيبة"} {
		if got := ix.respell(w); got != "" {
			t.Errorf("respell(%q) = %q, want no respelling", w, got)
		}
	}
	if got := ix.respell("تونير"); got != "تونر" {
		t.Errorf("respell(تونير) = %q, want تونر", got)
	}
}

// TestRelated: questions about other things are unrelated; questions about
// the case, however phrased, and near misses that name the case are related.
func TestRelated(t *testing.T) {
	ix := defaultTestIndex(t)
	ctx := context.Background()
	tests := []struct {
		q       string
		related bool
		foreign bool
	}{
		{"كم سعر البيتكوين اليوم؟", false, true},
		{"Why did Apple's board fire Steve Jobs in 1985?", false, true},
		{"ليش باع المدير التنفيذي السابق لجوجل قصره؟", false, true},
		{"ازاي اعمل صندوق استثمار لشركتي الناشئة؟", false, false},
		{"What's the most secure encrypted messaging app for company board meetings?", false, false},
		{"What is the weather in Paris tomorrow?", false, true},
		// About the case, but naming as many outside things as names of
		// the case: a model may judge it (related); offline it abstains.
		{"Did Microsoft offer Altman a job while he was out?", true, true},
		{"How much did Google pay OpenAI's researchers?", true, true},
		{"هما طردو التمان امتى بالظبط؟", true, false},
		{"ظلّ الدافع الفعلي للقرار مجهولًا لفترة، فمن أزاح الستار عنه؟", true, false},
		{"Can you tell me who fired Altman?", true, false},
	}
	for _, tc := range tests {
		res, err := ix.Search(ctx, tc.q, SearchOptions{K: 3})
		if err != nil {
			t.Fatal(err)
		}
		if answerable := tc.related && !tc.foreign; res.Related != tc.related || res.Answerable != answerable {
			t.Errorf("%q: related %v answerable %v (confidence %.2f), want %v and %v", tc.q, res.Related, res.Answerable, res.Confidence, tc.related, answerable)
		}
		if (len(res.Foreign) > 0) != tc.foreign {
			t.Errorf("%q: foreign %q, want some: %v", tc.q, res.Foreign, tc.foreign)
		}
	}
}

func TestCarriesExact(t *testing.T) {
	tests := []struct {
		s            string
		kind         Asked
		carry, exact bool
	}{
		{"هدّد مئات الموظفين بالاستقالة", AskedNumber, true, false},
		{"وقرّر أربعة من أصل ستة أعضاء", AskedNumber, true, true},
		{"في نوفمبر 2023", AskedNumber, false, false},
		{"في نوفمبر 2023", AskedTime, true, false},
		{"في 16 نوفمبر اجتمع", AskedTime, true, true},
		{"قبل أن تعيده إلى منصبه بعد أيام", AskedTime, true, false},
		{"اتهم ألتمان بالكذب", AskedTime, false, false},
		// An ordinal counts (the third to lead: three led); "second" and
		// «الثانية» do not (a unit of time; «تاني» is "other" in speech).
		{"ليصبح شير ثالث من يقود الشركة", AskedNumber, true, false},
		{"he was the fourth to leave", AskedNumber, true, false},
		{"في المرة الثانية تحدث", AskedNumber, false, false},
		{"he spoke a second time", AskedNumber, false, false},
	}
	for _, tc := range tests {
		if got := Carries(tc.s, tc.kind); got != tc.carry {
			t.Errorf("Carries(%q, %s) = %v, want %v", tc.s, tc.kind, got, tc.carry)
		}
		if got := Exact(tc.s, tc.kind); got != tc.exact {
			t.Errorf("Exact(%q, %s) = %v, want %v", tc.s, tc.kind, got, tc.exact)
		}
	}
}
