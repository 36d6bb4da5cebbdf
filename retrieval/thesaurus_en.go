package retrieval

import (
	"strings"
)

// enThesaurus holds English synonym groups whose members may be phrases
// ("ceo, chief executive, boss"). It is built from thesaurus_en.txt and
// never changes after.
type enThesaurus struct {
	groups [][][]string     // group -> phrases -> analysed terms
	word   map[string]int   // one-word phrase's term -> its group
	phrase map[string][]int // first term of a longer phrase -> groups holding such phrases
}

// parseEnThesaurus reads one group per line, phrases separated by commas.
func parseEnThesaurus(s string) enThesaurus {
	th := enThesaurus{word: map[string]int{}, phrase: map[string][]int{}}
	for _, line := range listLines(s) {
		g := len(th.groups)
		var group [][]string
		for _, ph := range strings.Split(line, ",") {
			ts := Tokens(ph)
			if len(ts) == 0 {
				continue
			}
			group = append(group, ts)
			if len(ts) == 1 {
				if _, dup := th.word[ts[0]]; !dup {
					th.word[ts[0]] = g
				}
			} else {
				th.phrase[ts[0]] = append(th.phrase[ts[0]], g)
			}
		}
		th.groups = append(th.groups, group)
	}
	return th
}

// phraseAt returns the group and length of the longest multi-word phrase
// of the thesaurus that terms start with; n is 0 when there is none.
func (th enThesaurus) phraseAt(terms []string) (g, n int) {
	if len(terms) == 0 {
		return 0, 0
	}
	for _, cand := range th.phrase[terms[0]] {
		for _, ph := range th.groups[cand] {
			if len(ph) > n && len(ph) <= len(terms) && equalTerms(ph, terms[:len(ph)]) {
				g, n = cand, len(ph)
			}
		}
	}
	return g, n
}

func equalTerms(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// addGroup adds to members the terms of group g's phrases other than own,
// each at synonymWeight shared among its phrase's terms, so that a
// paragraph saying "chief executive" earns for "CEO" what one saying
// "head" would.
func (th enThesaurus) addGroup(u *xunit, g int, own []string) {
	members := u.members
	for _, ph := range th.groups[g] {
		if equalTerms(ph, own) {
			continue
		}
		u.phrases = append(u.phrases, ph)
		w := synonymWeight / float64(len(ph))
		for _, t := range ph {
			if members[t] < w {
				members[t] = w
			}
		}
	}
}

// contextSenses are words the thesaurus lists in two groups, read in the
// sense of the group holding sense when a term within senseWindow of them
// in the question says what they apply to: a "board shakeup" or the
// "shake-up of OpenAI's board" is a change to the board (its members
// replaced), not the turmoil a shakeup at a company otherwise is.
var contextSenses = []struct {
	words, near map[string]bool
	sense       string
}{
	{
		words: termsOf("shakeup", "shake-up", "overhaul", "reshuffle"),
		near:  termsOf("board", "directors", "management", "leadership", "executives", "cabinet"),
		sense: "changes",
	},
	{
		// "post on X", "posted to Twitter": what someone wrote there,
		// not a job or a statement.
		words: termsOf("post", "posted", "posts"),
		near:  termsOf("x", "twitter", "instagram", "facebook", "linkedin", "threads", "online", "social"),
		sense: "wrote",
	},
	{
		// "how many people work at OpenAI": its staff, not people in
		// general ("people familiar with the matter").
		words: termsOf("people", "persons", "folks"),
		near:  termsOf("work", "works", "working", "worked", "employed", "employ", "job", "jobs"),
		sense: "staff",
	},
}

// senseWindow is how many analysed terms apart a word of contextSenses
// and the term that sets its sense may stand ("shake-up of OpenAI's
// board": two).
const senseWindow = 2

// groupAt returns the thesaurus group of terms[i] and whether it has one:
// the group contextSenses gives it next to its context (also to a word of
// no group of its own: "people" who work are staff), else its own.
func (th enThesaurus) groupAt(terms []string, i int) (int, bool) {
	t := terms[i]
	g, ok := th.word[t]
	for _, cs := range contextSenses {
		if !cs.words[t] {
			continue
		}
		for j := max(0, i-senseWindow); j <= min(len(terms)-1, i+senseWindow); j++ {
			if j != i && cs.near[terms[j]] {
				if sg, ok := th.word[term(cs.sense)]; ok {
					return sg, true
				}
			}
		}
	}
	return g, ok
}
