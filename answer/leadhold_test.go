package answer

import "testing"

// TestCarriesLeadHolding: holding a company («مين ماسك الشركة؟», «تولى»)
// asks who leads it, as "who runs it" does; holding something else (an
// inquiry), or a word merely beginning so, does not.
func TestCarriesLeadHolding(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"مين اللي ماسك OpenAI دلوقتي؟", true},
		{"مين بيمسك الشركة هلق؟", true},
		{"من يتولى قيادة الشركة الآن؟", true},
		{"who runs openai now?", true},
		{"شو المسكن اللي اخدو؟", false},
		// holding an inquiry is no leading of the company
		{"التحقيق المستقل حاليا مين ماسكه وشو وضعه", false},
		{"مين ماسك التحقيق؟", false},
		{"who did the board fire?", false},
	} {
		if got := carriesLead(tc.s); got != tc.want {
			t.Errorf("carriesLead(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}
