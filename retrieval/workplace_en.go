package retrieval

import "casebot/text"

// workplaceWord is the Arabic word an English question about someone's
// workplace or employer also searches for: the standard reading of the
// colloquial «وين بتشتغل» (أين وظيفته), whose synonyms (منصب، مركز)
// reach the paragraph naming where the person works.
const workplaceWord = "وظيفة"

// workVerbs are the English forms of "to work".
var workVerbs = map[string]bool{"work": true, "works": true, "working": true, "worked": true}

// workplaceNouns name who someone works for ("who is her employer").
// "Day job" is left out: read so, it put another board member's post
// before the seat a two-part question asked about first.
var workplaceNouns = map[string]bool{"employer": true, "employers": true}

// workplaceBefore and workplaceAfter are how many words before and after a
// work verb "where" may stand to ask where someone works: "where does
// helen toner work" (four before), "helen toner works where" (one after).
const (
	workplaceBefore = 4
	workplaceAfter  = 2
)

// englishWorkplaceAt reports whether ws[i] is an English work verb that,
// with the words around it, asks where someone works or for whom: "where"
// within a few words either side ("where does she work", "she works
// where"), or "who … work for"; or a word naming an employer ("her
// employer"). The verb alone is no workplace: "how many
// people work at OpenAI" counts staff, "work with" is working with someone,
// "where did the board meet" names no work.
func englishWorkplaceAt(ws []string, i int) bool {
	w := text.Fold(ws[i])
	if workplaceNouns[w] {
		return true
	}
	if !workVerbs[w] {
		return false
	}
	for j := max(0, i-workplaceBefore); j <= min(len(ws)-1, i+workplaceAfter); j++ {
		if j != i && text.Fold(ws[j]) == "where" {
			return true
		}
	}
	if i+1 < len(ws) && text.Fold(ws[i+1]) == "for" {
		for j := max(0, i-workplaceBefore); j < i; j++ {
			if text.Fold(ws[j]) == "who" || text.Fold(ws[j]) == "whom" {
				return true
			}
		}
	}
	return false
}
