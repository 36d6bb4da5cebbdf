package retrieval

import "testing"

// TestGoingReturningTurnedOut: the colloquial participle «رايح» (going,
// going to) is a light verb with nothing to look for, «راجع» (coming
// back) a return; «طلع انو» (it turned out that) frames what follows and is no
// release (صدر), while «طلع» alone still is; «قدام» (in front of) is
// the preposition أمام, not the verb قدم.
func TestGoingReturningTurnedOut(t *testing.T) {
	ix := defaultTestIndex(t)
	for _, tc := range []struct {
		q         string
		want, not []string
	}{
		{"بروكمان رايح على مايكروسوفت؟", []string{"مايكروسوفت"}, []string{"رايح", "انتقال"}},
		{"التمان راجع للشركة؟", []string{"عودة"}, []string{"راجع"}},
		{"الصندوق طلع انو لالتمان", nil, []string{"صدر", "تبين"}},
		{"متى طلع التقرير؟", []string{"صدر"}, nil},
		// «قدام» is the preposition أمام (before, in front of), not قدم.
		{"المجلس مسؤول قدام مين؟", []string{"المجلس"}, []string{"قدام", "قدم"}},
		{"متى قدم استقالته؟", []string{"قدم"}, nil},
	} {
		checkSearchWords(t, ix, tc.q, tc.want, tc.not)
	}
}

// TestChargeAndHeldReach: "put in charge" is an appointment, not the
// accusation "charge" alone is; a post "held" reaches «تولى»; each keeps
// to its own sense.
func TestChargeAndHeldReach(t *testing.T) {
	holdUnitReach(t, multiIndex(t), []unitReachCase{
		{"who did the board put in charge?", "put charg", "عين", true},
		{"who did the board put in charge?", "put charg", "اتهام", false},
		{"what was he charged with?", "charg", "اتهم", true},
		{"who held the job?", "hold", "تول", true},
		{"who held the job?", "hold", "اتهام", false},
	})
}
