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
	ix := multiIndex(t)
	for _, tc := range []struct {
		q, head, member string
		want            bool
	}{
		{"who did the board put in charge?", "put charg", "عين", true},
		{"who did the board put in charge?", "put charg", "اتهام", false},
		{"what was he charged with?", "charg", "اتهم", true},
		{"who held the job?", "hold", "تول", true},
		{"who held the job?", "hold", "اتهام", false},
	} {
		v := ix.view(tc.q)
		found, got := false, false
		for _, u := range v.units {
			if u.head != tc.head {
				continue
			}
			found = true
			if _, ok := u.members[tc.member]; ok {
				got = true
			}
		}
		if !found {
			var heads []string
			for _, u := range v.units {
				heads = append(heads, u.head)
			}
			t.Errorf("%q: no unit %q (units %q)", tc.q, tc.head, heads)
			continue
		}
		if got != tc.want {
			t.Errorf("%q: unit %q has %q: %v, want %v", tc.q, tc.head, tc.member, got, tc.want)
		}
	}
}
