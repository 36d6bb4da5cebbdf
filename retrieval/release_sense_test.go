package retrieval

import (
	"strings"
	"testing"
)

// TestReleaseSense: a colloquial نزّل / طلّع whose object is a product
// reads as a release (أطلق), while نزّل with a photo stays a post (نشر);
// the colloquial ترجع with an object reads as bringing back (أعاد).
func TestReleaseSense(t *testing.T) {
	ix := multiIndex(t)
	tests := []struct {
		q         string
		want, not []string
	}{
		{"امتى نزل شات جي بي تي اول مره", []string{"أطلق", "ChatGPT"}, []string{"نشر"}},
		{"التمان طلع شات جي بي تي للناس", []string{"أطلق"}, []string{"صدر"}},
		{"متى اتفقت الشركة ترجع سام", []string{"أعاد"}, []string{"ترجع"}},
		// Must reject: a photo is posted, not released.
		{"شو قصة بطاقة الزائر اللي نزل صورتها سام", []string{"نشر"}, []string{"أطلق"}},
	}
	for _, tc := range tests {
		checkSearchWords(t, ix, tc.q, tc.want, tc.not)
	}
}

// TestAgreementVerbForms: the feminine past اتفقت (a company or board
// agreed: «أعلنت OpenAI أنها اتفقت») reaches the English "agreement" as
// well as "agreed"; the plural اتفقوا, mostly a time clause ("when they
// agreed on his return"), reaches "agreed" only; a word that only looks
// alike (تفقد, to inspect) reaches none.
func TestAgreementVerbForms(t *testing.T) {
	ix := multiIndex(t)
	tests := []struct {
		ar, en string
		want   bool
	}{
		{"اتفقت", "agreement", true},
		{"اتفقت", "agreed", true},
		{"اتفقوا", "agreed", true},
		// Must reject.
		{"اتفقوا", "agreement", false},
		{"تفقد", "agreement", false},
	}
	for _, tc := range tests {
		got := false
		for _, e := range ix.lex.arToEn[Tokens(tc.ar)[0]] {
			if strings.EqualFold(e, tc.en) {
				got = true
			}
		}
		if got != tc.want {
			t.Errorf("%s → %s: %v, want %v", tc.ar, tc.en, got, tc.want)
		}
	}
}
