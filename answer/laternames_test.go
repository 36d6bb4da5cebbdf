package answer

import (
	"strings"
	"testing"
)

// TestLaterQuoteNames: the "no name" caveat of a who-question is judged
// over every quote the answer shows. Accepted: a later quote on the
// question's matter names someone the lead does not (Shear «سيعيّن محققًا
// مستقلًا» after "an independent investigation … has been agreed"), so the
// answer must not open by saying no source names anyone. Rejected: a later
// quote naming people on another matter (the vote to fire Altman), or
// only in a partial list after "including", or only people the lead
// already names, keeps the caveat.
func TestLaterQuoteNames(t *testing.T) {
	e := multiEngine(t)
	lead := "The new directors are expected to expand the board, and an independent investigation into the events that led to Altman's dismissal has been agreed, according to people familiar with the matter."
	shear := "أما شير، فقال في رسالة نشرها على إكس إنه سيعيّن محققًا مستقلًا لمراجعة العملية التي أدت إلى الإقالة وإعداد تقرير كامل خلال ثلاثين يومًا، مؤكدًا أن المجلس لم يُقِل ألتمان بسبب خلاف محدد حول السلامة."
	vote := "وقرّر أربعة من أصل ستة أعضاء التصويت لإقالة ألتمان، من ضمنهم سوتسكيفر وهيلين تونر."
	fund := "تبدأ جذور الأزمة في صيف 2023، عندما اكتشف أحد أعضاء مجلس الإدارة، عن طريق المصادفة، أن \"صندوق دعم الشركات الناشئة\" الذي أنشأته OpenAI لم يكن مستقلًا كما أُعلن، بل يملكه فعليًا سام ألتمان."
	tests := []struct {
		q      string
		quotes []string
		want   bool
	}{
		{"who will lead the independent investigation", []string{lead, shear}, true},
		{"who decided to open the independent investigation into altman's firing?", []string{lead, shear}, true},
		// Rejected: the later quote names people on another matter.
		{"مين اللي قرر يعمل التحقيق المستقل بقصة طرد التمان", []string{lead, vote}, false},
		// Rejected: one quote only.
		{"who will lead the independent investigation", []string{lead}, false},
		// Rejected: the later quote names members only after «من ضمنهم»,
		// and Altman, whom the lead names too.
		{"من هم أعضاء مجلس الإدارة الستة بالأسماء؟", []string{fund, vote}, false},
	}
	for _, tc := range tests {
		if got := e.laterNames(tc.q, tc.quotes); got != tc.want {
			t.Errorf("laterNames(%q, %d quotes) = %v, want %v", tc.q, len(tc.quotes), got, tc.want)
		}
	}
}

// TestWhoCaveatOverAllQuotes: end to end on the four-article corpus, a
// who-question whose later quote names the person asked about does not
// open by saying the sources give no name, and is hedged (laterNames;
// the caveat kept when the later quote is off the matter is
// TestLaterQuoteNames's).
func TestWhoCaveatOverAllQuotes(t *testing.T) {
	e := multiEngine(t)
	tests := []struct {
		q      string
		caveat bool
	}{
		{"who will lead the independent investigation", false},
		{"who ordered an independent investigation", false},
		// Its older line naming Shear, who said he would appoint the
		// investigator, is heard (whoAccount): no caveat either.
		{"مين اللي قرر يعمل التحقيق المستقل بقصة طرد التمان", false},
	}
	for _, tc := range tests {
		a := askMulti(t, e, tc.q)
		got := strings.HasPrefix(a.Answer, "The sources give no name") || strings.HasPrefix(a.Answer, "لا تذكر المصادر اسمًا")
		if got != tc.caveat {
			t.Errorf("%q: caveat %v, want %v:\n%s", tc.q, got, tc.caveat, a.Answer)
		}
		// Without the caveat, the later name may not be the one asked
		// for: the answer is hedged, never confident.
		if !tc.caveat && strings.HasPrefix(a.Answer, "According to the sources") {
			t.Errorf("%q: confident although only a later quote names someone:\n%s", tc.q, a.Answer)
		}
	}
}
