package retrieval_test

import "testing"

// TestShortMonthNotForeign: a short month with a capital ("16 Nov") is a
// date, not a name the corpus never mentions, so it does not push a
// question of the case under the threshold; a real outside name still
// does.
func TestShortMonthNotForeign(t *testing.T) {
	ix := embeddedIndex(t)
	checkDecisions(t, ix, "answerable", answerable, []decision{
		{"The CEO was fired after the 16 Nov meeting - how many board members voted for it?", true},
		{"What did the board decide at its Nov meeting?", true},
		// A company the corpus never mentions stays foreign.
		{"What did the Tesla board decide at its Nov meeting?", false},
	})
}
