package retrieval

// Title context on the cross-language path.
//
// A paragraph is read under its article's title: "وكتب ألتمان على منصة
// إكس أنه أحبّ الوقت…" never says he was fired, its article's title
// («OpenAI تقيل سام ألتمان…») does. A unit a paragraph lacks but its
// title has earns the paragraph a share of what the unit would give it,
// as if written titleTF times; only paragraphs that match some unit of
// their own get it, so a title alone retrieves nothing.

// titleTF is the term frequency a unit found only in a paragraph's
// article title counts as. Measured on the eleven multi-article sets
// (answerable R@1): 0 gives i11_dev 0.90, i11_final4 0.78; 0.15 gives 0.93
// and 0.80 (i11_dev5's cross-en-ar R@3 0.83 → 1.00) with no set lower;
// 0.3 costs i11_dev5 one; 0.6 gains i11_dev4 and i11_final2 one each and
// costs i11_dev2, i11_dev5 and i11_final3 one each.
const titleTF = 0.15

// titleScores adds to acc, for each paragraph already in it, the units
// its article's title has and it lacks.
func (ix *Index) titleScores(units []xunit, acc map[int32]float64) {
	b := ix.bm25
	titles := map[string]map[string]bool{}
	for d := range acc {
		t := ix.paras[d].Title
		if _, ok := titles[t]; !ok {
			titles[t] = termSet(t)
		}
	}
	seen := map[string]bool{}
	for _, u := range units {
		if seen[u.head] || u.frame {
			continue
		}
		seen[u.head] = true
		own := map[int32]bool{}
		for t, w := range u.members {
			if w < fullMember {
				continue
			}
			for _, p := range b.postings[t] {
				own[p.doc] = true
			}
		}
		idf := b.unitIDF(u)
		if u.weight > 0 {
			idf *= u.weight
		}
		for d := range acc {
			if own[d] || !titleHas(u, titles[ix.paras[d].Title]) {
				continue
			}
			norm := bm25K1 * (1 - bm25B + bm25B*float64(b.docLen[d])/b.avgLen)
			acc[d] += idf * titleTF * (bm25K1 + 1) / (titleTF + norm)
		}
	}
}

// titleHas reports whether the title's terms hold a full member of u.
func titleHas(u xunit, title map[string]bool) bool {
	for t, w := range u.members {
		if w >= fullMember && title[t] {
			return true
		}
	}
	return false
}
