package retrieval

// nameParts returns, per unit of a query, the key of the case's person
// whose name the unit is a part of, when the question writes two or more
// words of that person's name ("Ilya Sutskever", «سام ألتمان»), and ""
// for every other unit. A unit names a person when personOf finds one in
// it (the surname); the unit just before it is a part of the same name
// when it names the same person or when the corpus writes its term right
// before one of the surname unit's full members somewhere ("ilya" before
// "sutskev", «إليا» before «سوتسكيفر») and it is an entity of the corpus
// (a capitalised word): "chief scientist Sutskever" joins no "scientist"
// to the name. A person named by one word alone gets no key: the
// grouping only matters where there are parts to count once.
func (ix *Index) nameParts(units []xunit) []string {
	if ix.lex == nil || len(units) < 2 {
		return nil
	}
	out := make([]string, len(units))
	found := false
	for i := 1; i < len(units); i++ {
		k, ms := ix.personOf(units[i])
		if k == "" || units[i].frame || units[i-1].frame {
			continue
		}
		prev := units[i-1]
		pk, _ := ix.personOf(prev)
		if pk != k && !(ix.lex.entities[prev.head] && ix.precedesAny(prev.head, ms)) {
			continue
		}
		out[i-1], out[i] = k, k
		found = true
	}
	if !found {
		return nil
	}
	return out
}

// precedesAny reports whether some paragraph's analysed terms have the
// entity term t (lex.entities) right before one of the terms in next.
// It reads entityNext, built once with the index, so it holds only for
// entity terms, the only ones nameParts asks about.
func (ix *Index) precedesAny(t string, next map[string]bool) bool {
	after := ix.entityNext[t]
	for n := range next {
		if after[n] {
			return true
		}
	}
	return false
}

// followingTerms returns, for each of the terms in heads, the terms that
// come right after it in some paragraph's analysed terms seqs.
func followingTerms(seqs [][]string, heads map[string]bool) map[string]map[string]bool {
	out := map[string]map[string]bool{}
	for _, seq := range seqs {
		for j := 0; j+1 < len(seq); j++ {
			if !heads[seq[j]] {
				continue
			}
			m := out[seq[j]]
			if m == nil {
				m = map[string]bool{}
				out[seq[j]] = m
			}
			m[seq[j+1]] = true
		}
	}
	return out
}
