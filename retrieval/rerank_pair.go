package retrieval

// Two people of the case in one question, on the cross-language path.
//
// "Was Mira Murati on Sam's side or against him?", «ميرا موراتي اشتكت من
// شو بخصوص التمان», "what did Murati complain about to the board re
// Altman" ask about the two together: how one stood to the other, what
// one said of the other. A paragraph naming only one of them («وعيّن
// المجلس ميرا موراتي… رئيسة تنفيذية مؤقتة») tells nothing of that, yet it
// can lead when the other is the case's common name (Altman, in nearly
// every paragraph, weighs little by idf) and the question's other words
// (side, against) are nowhere. Of the leading candidates, each naming
// every person the question names outside a time clause gains pairWeight.
// A question naming one person, or a second only in a time clause ("what
// did Sutskever say after Altman was fired"), is left alone.

// pairWeight is what a leading candidate naming all of the question's
// people adds to its fused score (in [0, 1]). Measured on the i11 sets
// (answerable R@1): 0.1 moved fewer of the two-person misses than 0.15,
// which lifted them and cost none.
const pairWeight = 0.15

// questionPeople returns, per person the question v names outside a time
// clause, the full members of the units naming them. A person is known by
// the transliteration key of a word of their full name in the corpus
// (caseNames.people): "mira murati" and a later "murati" are one person,
// and a given name alone ("sam") by the surname it brings (surnameOf).
func (ix *Index) questionPeople(v queryView) []map[string]bool {
	byKey := map[string]map[string]bool{}
	var order []string
	for _, u := range v.units {
		if u.weight != 0 || u.frame {
			continue
		}
		k, ms := ix.personOf(u)
		if k == "" {
			continue
		}
		if byKey[k] == nil {
			byKey[k] = map[string]bool{}
			order = append(order, k)
		}
		for t := range ms {
			byKey[k][t] = true
		}
	}
	var people []map[string]bool
	for _, k := range order {
		people = append(people, byKey[k])
	}
	return people
}

// personOf returns the key of the case's person u names (the smallest
// transliteration key of two letters or more among its full members
// that is a word of a full name in the corpus (caseNames.people) and an entity) and u's full
// members; "" when it names none.
func (ix *Index) personOf(u xunit) (string, map[string]bool) {
	key := ""
	ms := map[string]bool{}
	for t, w := range u.members {
		if w < fullMember {
			continue
		}
		ms[t] = true
		k := translitKey(t)
		if p := ix.names.people[k]; len([]rune(k)) >= 2 && p != "" && ix.lex.entities[t] && (key == "" || p < key) {
			key = p
		}
	}
	return key, ms
}

// preferPair adds pairWeight to the leading fused candidates that name
// every person the question names (see the top of the file), when it
// names two or more, and re-sorts them; scores are scaled back to at most 1.
// A person counts as named when the paragraph holds any full member of a
// unit naming them.
func (ix *Index) preferPair(fused []scored, v queryView) {
	if len(ix.seqs) == 0 {
		return
	}
	preferAllNamed(fused, ix.questionPeople(v), func(doc int) map[string]bool {
		have := map[string]bool{}
		for _, t := range ix.seqs[doc] {
			have[t] = true
		}
		return have
	})
}

// preferAllNamed is the one shape of the two-person preference on both
// paths (preferPair over a question's units across languages, preferBoth
// over its standard words on one article): when the question names two
// people or more, each a set of the marks that name them (words, or a
// person's key), every leading candidate whose paragraph holds a mark of
// each person (names returns the paragraph's marks) gains pairWeight, and
// the candidates are re-sorted (see nudge). Fewer than two people or
// candidates leave fused as it is.
func preferAllNamed(fused []scored, people []map[string]bool, names func(doc int) map[string]bool) {
	if len(fused) < 2 || len(people) < 2 {
		return
	}
	nudge(fused, func(doc int) float64 {
		have := names(doc)
		for _, p := range people {
			named := false
			for t := range p {
				if have[t] {
					named = true
					break
				}
			}
			if !named {
				return 0
			}
		}
		return pairWeight
	})
}
