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
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
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
