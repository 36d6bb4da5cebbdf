package answer

import "testing"

// TestOnlyLightUnknown holds which words a corpus never uses leave a
// yes/no question asking nothing more than what the quotes carry.
func TestOnlyLightUnknown(t *testing.T) {
	cases := []struct {
		unknown []string
		want    bool
	}{
		{[]string{"without"}, true},
		{[]string{"ever"}, true},
		{[]string{"يري"}, true}, // «يرى», folded
		{[]string{"بخصوص"}, true},
		{[]string{"piece", "think"}, false}, // "piece" is a word of its own
		{[]string{"regret"}, false},
		{[]string{"unanimous"}, false},
		{nil, false},
	}
	for _, tc := range cases {
		if got := onlyLightUnknown(tc.unknown); got != tc.want {
			t.Errorf("onlyLightUnknown(%q) = %v, want %v", tc.unknown, got, tc.want)
		}
	}
}

// TestDecideLightUnknown holds that a yes/no question whose only words
// the corpus lacks are light is answered plainly by a quote carrying the
// rest of it, and that one lacking a word of its own still hedges.
func TestDecideLightUnknown(t *testing.T) {
	e, ix := decideEngine(t)
	const sentLied = "واتهم ألتمان لاحقًا بالكذب على المجلس بشأن تقييمات السلامة الخاصة بمنتج ChatGPT، كما أطلق هذا المنتج للعامة دون الرجوع إلى مجلس الإدارة، في مخالفة صريحة للهياكل التنظيمية."
	const sentThreat = "ما أثار موجة من التمرد الداخلي، حيث هدّد مئات الموظفين بالاستقالة إذا لم يُعَد ألتمان إلى منصبه."
	checkDecisions(t, e, ix, []decisionCase{
		{"without", "Was ChatGPT released to the public without the board's approval?", sentLied, "according"},
		{"anything", "Did staff at أوبن ايه اي threaten anything after ألتمان was removed?", sentThreat, "according"},
		{"بخصوص", "هل كذب Altman على البورد بخصوص تقييمات safety تبع ChatGPT؟", sentLied, "according"},
		{"regret", "Did Sutskever regret his vote afterwards?", sentVote, "hedge"},
		{"unanimous", "Was the decision to remove him unanimous?", sentVote, "hedge"},
	})
}
