package retrieval

import (
	"slices"
	"testing"

	"casebot/text"
)

// TestEnglishWorkplace: an English "where does X work", in either order
// ("helen toner works where?") or as "who does X work for", asks for a
// workplace or employer and also searches as «وظيفة», as the colloquial
// «وين بتشتغل» does, and so does a word naming an employer ("her
// employer"); the work verb without "where" (or "who … for") does
// not: staff counts, working with someone, and where a meeting was held
// name no one's job.
func TestEnglishWorkplace(t *testing.T) {
	ix := multiIndex(t)
	tests := []struct {
		q    string
		want bool
	}{
		{"where does helen toner work", true},
		{"helen toner works where? and was she one of the votes to fire sam", true},
		{"where's she work these days", true},
		{"where did toner work before the board", true},
		{"who does toner work for", true},
		{"Who did Helen Toner work for in 2023?", true},
		{"who is helen toner's employer", true},
		// Must not be read as a workplace.
		{"how many people work at openai", false},
		{"did toner work with sutskever", false},
		{"where did the board meet", false},
		{"who worked on the microsoft deal", false},
		{"where did altman go after he was fired and what did the staff say about work", false},
		{"helen toner job", false}, // no work verb: left to the glossary
		{"what did toner do on the day altman lost his job", false},
		{"what's her day job", false}, // left to the glossary (see workplaceNouns)
		{"how many employees threatened to quit", false},
	}
	wp := term(text.Words(workplaceWord)[0])
	for _, tc := range tests {
		words := text.Words(tc.q)
		got := false
		for i := range words {
			if englishWorkplaceAt(words, i) {
				got = true
			}
		}
		if got != tc.want {
			t.Errorf("englishWorkplaceAt over %q = %v, want %v", tc.q, got, tc.want)
		}
		v := ix.view(tc.q)
		inView := slices.ContainsFunc(v.units, func(u xunit) bool { return u.head == wp })
		if inView != tc.want {
			t.Errorf("view(%q) has the unit %q: %v, want %v", tc.q, wp, inView, tc.want)
		}
	}
}
