package retrieval

import "testing"

// TestTickerGrowthAndStayReach: a stock ticker reaches the company it
// stands for (msft is read as Microsoft, reaching «مايكروسوفت» too) and
// "stock" the shares a story writes;
// colloquial «يكبر» (grows, gets bigger) reaches the English "expand" and
// Levantine «يضل» (stays) is read as standard «بقي», a light verb. Each word keeps to
// its own sense: a ticker does not reach another company, «يكبر» does not
// reach "investigation", and standard «يضلل» (misleads) is not «يضل».
func TestTickerGrowthAndStayReach(t *testing.T) {
	holdUnitReach(t, multiIndex(t), []unitReachCase{
		{"what happened to msft shares?", "microsoft", "microsoft", true},
		{"what happened to msft shares?", "microsoft", "مايكروسوفت", true},
		{"what happened to msft shares?", "microsoft", "openai", false},
		{"what happened to the stock?", "stock", "share", true},
		{"what happened to the stock?", "stock", "board", false},
		{"المجلس رح يكبر؟", "يكبر", "expand", true},
		{"المجلس رح يكبر؟", "يكبر", "investig", false},
	})
	defaultIx := defaultTestIndex(t)
	// «يضل» is a light verb read as «بقي»: nothing to look for itself.
	checkSearchWords(t, defaultIx, "المجلس رح يضل بس ٣ اعضاء؟", []string{"اعضاء"}, []string{"يضل"})
	checkSearchWords(t, defaultIx, "هل كان يضلل المجلس؟", []string{"ضلل"}, []string{"بقي"})
}

// unitReachCase asks whether the unit headed head in the reading of q
// holds member.
type unitReachCase struct {
	q, head, member string
	want            bool
}

// holdUnitReach checks each case against ix's reading of its question: the
// unit must exist, and hold the member exactly when want says so.
func holdUnitReach(t *testing.T, ix *Index, cases []unitReachCase) {
	t.Helper()
	for _, tc := range cases {
		v := ix.view(tc.q)
		found, got := false, false
		var heads []string
		for _, u := range v.units {
			heads = append(heads, u.head)
			if u.head != tc.head {
				continue
			}
			found = true
			if _, ok := u.members[tc.member]; ok {
				got = true
			}
		}
		if !found {
			t.Errorf("%q: no unit %q (units %q)", tc.q, tc.head, heads)
			continue
		}
		if got != tc.want {
			t.Errorf("%q: unit %q has %q: %v, want %v", tc.q, tc.head, tc.member, got, tc.want)
		}
	}
}
