package retrieval

// How old someone is: a question asking an age ("what age is Altman",
// «قديش عمرو») is answered by a paragraph that gives one as news does
// ("Altman, 38, co-founded…", «ألتمان (38 عامًا)»). Its age word has
// other readings that match other paragraphs ("age" is also «عصر», the
// look back's «في عصر تتحكم فيه التكنولوجيا»), so of the leading
// candidates, one giving an age gains ageWeight: enough to settle a near
// tie, too little to lift a paragraph that shares nothing else with the
// question over one that does.

// ageWeight is what a leading candidate that gives an age adds to its
// fused score (in [0, 1]) for a question asking an age; as countWeight.
const ageWeight = 0.2

// asksAnAge reports whether a unit of v asks for an age (see asksAge).
func asksAnAge(v queryView) bool {
	for _, u := range v.units {
		if u.members[ageTerm] > 0 {
			return true
		}
	}
	return false
}

// preferAge adds ageWeight to the leading fused candidates that give an
// age (GivesAge) when the question v asks for one, and re-sorts them.
func (ix *Index) preferAge(fused []scored, v queryView) {
	if len(fused) < 2 || !asksAnAge(v) {
		return
	}
	nudge(fused, func(doc int) float64 {
		if GivesAge(ix.paras[doc].Text) {
			return ageWeight
		}
		return 0
	})
}
