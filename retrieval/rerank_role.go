package retrieval

// A question asking one person's post ("what is Mira Murati's job?",
// «ما منصب موراتي؟») is answered by a paragraph that puts a title next to
// their name ("Mira Murati, the chief technology officer", «ميرا موراتي،
// مديرة التكنولوجيا»), not by one that names them beside another's title
// («رئيسها التنفيذي ساتيا ناديلا … بالعمل مع ميرا موراتي»: Nadella's post)
// or in a sentence on working with them. Across languages, of the leading
// candidates, one whose own terms have a title within roleReach of a term
// naming the person gains roleWeight (see nudge).

// roleWeight is what a leading candidate that titles the person asked
// about adds to its fused score (in [0, 1]) for a question on their post.
const roleWeight = 0.2

// roleReach is how many terms from a person's name a title may stand
// (stop words left out): "Murati, the chief technology officer", «ميرا
// موراتي، مديرة التكنولوجيا», "Murati had been named interim chief".
const roleReach = 3

// preferRole adds roleWeight to the leading fused candidates that title
// the one person a question asking for a post names, and re-sorts them.
func (ix *Index) preferRole(fused []scored, v queryView, q string) {
	if len(ix.seqs) == 0 || len(fused) < 2 || roleQuestionCue(q) == "" {
		return
	}
	people := ix.questionPeople(v)
	if len(people) != 1 {
		return
	}
	nudge(fused, func(doc int) float64 {
		if titleNear(ix.seqs[doc], people[0]) {
			return roleWeight
		}
		return 0
	})
}

// titleNear reports whether seq, a paragraph's terms in order, has a title
// term (titleTerms) within roleReach terms of one of marks, the terms
// naming a person.
func titleNear(seq []string, marks map[string]bool) bool {
	for i, t := range seq {
		if !marks[t] {
			continue
		}
		for j := max(0, i-roleReach); j <= min(len(seq)-1, i+roleReach); j++ {
			if titleTerms[seq[j]] {
				return true
			}
		}
	}
	return false
}
