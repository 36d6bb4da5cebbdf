package answer

import (
	"math"
	"strings"

	"casebot/casefile"
	"casebot/corpus"
	"casebot/text"
)

// A topic names a person the way a reader does, by one of their names
// ("why did they fire sam", «ليش طردو سام»), while the sentences that
// answer it use another (ألتمان, "Altman"): matched as a word, "sam"
// carried only the sentences that say سام, which the lead and the vote
// do, and not those that give the reasons and say only ألتمان. A topic
// unit that is a name of someone the corpus names is carried by every
// name of theirs, and weighed by the paragraphs that name them in any
// spelling (so the case's protagonist, named nearly everywhere, weighs
// little).

// personNameWords returns the analysed forms of every word of every spelling of
// the person whose names include all of the unit's words, or nil when the
// unit names no one (or more than one person).
func personNameWords(unit string, people []casefile.Person) map[string]bool {
	ws := strings.Fields(text.Fold(unit))
	if len(ws) == 0 {
		return nil
	}
	var found map[string]bool
	for _, p := range people {
		names := map[string]bool{}
		for _, sp := range append([]string{p.Name, p.Latin}, p.Spellings...) {
			for _, w := range text.Words(text.Fold(sp)) {
				if len([]rune(w)) >= 3 {
					names[w] = true
				}
			}
		}
		all := true
		for _, w := range ws {
			all = all && names[w]
		}
		if !all {
			continue
		}
		if found != nil {
			return nil // two people share the name: it does not say whom
		}
		var list []string
		for w := range names {
			list = append(list, w)
		}
		found = cueSet(list)
	}
	return found
}

// withNames gives every unit that names a person their other names and
// weighs it again on the paragraphs that name them in any spelling.
func withNames(units []topicUnit, paras []corpus.Paragraph, people []casefile.Person, match func(q, s string) float64) {
	if len(people) == 0 {
		return
	}
	if len(paras) > maxUnitParagraphs {
		sample := make([]corpus.Paragraph, 0, maxUnitParagraphs)
		for i := 0; i < maxUnitParagraphs; i++ {
			sample = append(sample, paras[i*len(paras)/maxUnitParagraphs])
		}
		paras = sample
	}
	named := make([]map[string]bool, len(units))
	for i, u := range units {
		if u.cues == nil { // an aspect word is no name
			named[i] = personNameWords(u.word, people)
		}
	}
	for i := range units {
		u := &units[i]
		names := named[i]
		if names == nil {
			continue
		}
		var same []int
		for j := range units {
			if named[j] != nil && sameMap(named[j], names) {
				same = append(same, j)
			}
		}
		if len(same) > 1 {
			// "Mira Murati's complaints", «سام التمان»: the topic gives
			// the name in full, and a sentence that says one of them
			// carries the name as the reader wrote it. Its words weigh
			// alike: by its own paragraphs the first name, rare in the
			// corpus, outweighed the surname the sentences giving the
			// reasons use.
			if i == same[0] {
				mean := 0.0
				for _, j := range same {
					mean += units[j].weight / float64(len(same))
				}
				for _, j := range same {
					units[j].weight = mean
				}
			}
			continue
		}
		u.names = names
		df := 0
		for _, p := range paras {
			if hasCue(p.Text, names) || u.top > 0 && match(u.word, p.Text) >= u.top/2 {
				df++
			}
		}
		n := float64(len(paras))
		u.weight = math.Log(1 + (n-float64(df)+0.5)/(float64(df)+0.5))
	}
}

// sameMap reports whether two sets hold the same words.
func sameMap(a, b map[string]bool) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}
