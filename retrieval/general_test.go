package retrieval

import (
	"context"
	"testing"
)

// TestGeneralKnowledge: a question about the law or about companies in
// general that names nothing of the case falls under DefaultThreshold
// (offline it abstains) and stays related (a model may still judge it);
// the same words asked of the case's own board, or naming it, do not.
func TestGeneralKnowledge(t *testing.T) {
	ix := defaultIndex(t)
	tests := []struct {
		q          string
		answerable bool
	}{
		{"ما هي واجبات المدير التنفيذي وفق القانون؟", false},
		{"What can a board of directors do under the law?", false},
		{"هل يحق لمجلس الإدارة عموما إقالة المدير التنفيذي دون سبب؟", false},
		// About the case: its own board, or a name of the case.
		{"لماذا أقال مجلس الإدارة ألتمان؟", true},
		{"هل خالف ألتمان القانون حين أطلق ChatGPT دون الرجوع إلى مجلس الإدارة؟", true},
	}
	for _, tc := range tests {
		res, err := ix.Search(context.Background(), tc.q, SearchOptions{K: 3})
		if err != nil {
			t.Fatal(err)
		}
		if res.Answerable != tc.answerable {
			t.Errorf("%q: answerable %v (confidence %.2f), want %v", tc.q, res.Answerable, res.Confidence, tc.answerable)
		}
		if !res.Related {
			t.Errorf("%q: not related; a model should still judge it", tc.q)
		}
	}
}

// TestIsGeneral holds the cues of general-knowledge questions.
func TestIsGeneral(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"ما صلاحيات الجمعية العمومية حسب القانون؟", true},
		{"How are CEOs usually chosen?", true},
		{"In general, who appoints a CEO?", true},
		{"Who appointed the interim CEO?", false},
		{"what is the board of directors of a company", true},
		{"ما هي صلاحيات المدير التنفيذي في أي شركة؟", true},
		{"Which company did the board say it would partner with?", false},
		{"ما القانون الذي خالفه ألتمان؟", false},
	}
	for _, tc := range tests {
		if got := isGeneral(tc.q); got != tc.want {
			t.Errorf("isGeneral(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
}

// TestHowForMe: "how do I … so that I …" in Arabic asks about the asker;
// "how did they … so that he …" asks about the case.
func TestHowForMe(t *testing.T) {
	ix := defaultIndex(t)
	tests := []struct {
		q    string
		want bool
	}{
		{"كيف أرتب وقتي عشان أنجز أكثر؟", true},
		{"ازاي استعمل البرنامج علشان اكسب فلوس؟", true},
		{"كيف تصرف المجلس عشان يقيل ألتمان؟", false},
		{"كيف استعمل الذكاء الاصطناعي في دراستي؟", true},
		{"كيف اتعلم البرمجة بسرعة", true},
		{"how to learn prompt engineering", true},
		{"كيف تعلم الموظفون بالإقالة؟", false},
		// An adjective with the article, a word of the corpus: not "my".
		{"كيف تعامل المستثمر الكويتي مع الأزمة؟", false},
		{"كيف تعاملت الشركة مع هذه العودة السريعة؟", false},
		// Not opened by how: "I want to understand why…" is about the case.
		{"بدي افهم ليش طردو ألتمان عشان اعرف القصة", false},
	}
	for _, tc := range tests {
		if got := ix.isAdvice(tc.q, queryWords(tc.q)); got != tc.want {
			t.Errorf("isAdvice(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
}

// TestIndefiniteWorldPhrase: a phrase of the world list written with the
// article is found without it too (CV: «السيرة الذاتية», «سيرة ذاتية»);
// a single word keeps its article.
func TestIndefiniteWorldPhrase(t *testing.T) {
	ix := worldTestIndex(t)
	checkForeign(t, ix, []foreignCase{
		{"كيف أكتب سيرة ذاتية قوية؟", true},
		{"كيف أكتب السيرة الذاتية؟", true},
		{"هل ذهب المدير إلى الشركة؟", false},
	})
	if got := indefinite([]string{"سعر", "الصرف"}); len(got) != 2 || got[1] != "صرف" {
		t.Errorf("indefinite(سعر الصرف) = %q, want سعر صرف", got)
	}
	if got := indefinite([]string{"dollar", "rate"}); got != nil {
		t.Errorf("indefinite(dollar rate) = %q, want nil (no article)", got)
	}
}

// TestNamesThing: names of the case, of the world list and Latin words
// with a capital name things; everyday words do not.
func TestNamesThing(t *testing.T) {
	ix := defaultIndex(t)
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"OpenAI", true},
		{"لمايكروسوفت", true},
		{"جوجل", true},
		{"منصبه", false},
		{"الشركة", false},
		{"لقاء", false},
		{"16", false},
		{"قبل", false},
		{"لتبادل", false},
	} {
		if got := ix.NamesThing(tc.w); got != tc.want {
			t.Errorf("NamesThing(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
}
