package retrieval

import (
	"slices"
	"testing"
)

// nearCorpus: the first paragraph names ميرا موراتي in full; the second
// only by surname, beside what she said; the third has the surname apart
// from the verb.
func nearCorpus(t *testing.T) *Index {
	t.Helper()
	a := mustArticle(t, "n", "عنوان\n"+
		"اتصل المدير مع ميرا موراتي في المساء.\n\n"+
		"كشفت موراتي أن الرئيس كان يقيدها.\n\n"+
		"حضرت موراتي الاجتماع الطويل في الصباح ثم غادرت المدينة وبعد أسابيع كشف الموظفون الأسرار.\n")
	return indexOfArticle(t, a)
}

func TestJoinNames(t *testing.T) {
	ix := nearCorpus(t)
	mira, murati, hadar := term("ميرا"), term("موراتي"), term("حضرت")
	units := []queryUnit{{terms: []string{mira}, w: 1}, {terms: []string{murati}, w: 1}}
	got := ix.joinNames(units)
	if !slices.Contains(got[0].terms, murati) {
		t.Errorf("joinNames: ميرا, always before موراتي, not read as it: %v", got[0].terms)
	}
	if slices.Contains(units[0].terms, murati) {
		t.Error("joinNames changed its input")
	}
	// موراتي is not always followed by one word: it must stay alone.
	rev := ix.joinNames([]queryUnit{{terms: []string{murati}, w: 1}, {terms: []string{hadar}, w: 1}})
	if len(rev[0].terms) != 1 {
		t.Errorf("joinNames joined موراتي, which stands before several words: %v", rev[0].terms)
	}
	// A word the corpus lacks joins nothing.
	if ix.alwaysBefore([]string{"غيرموجود"}, []string{murati}) {
		t.Error("alwaysBefore holds for a word the corpus lacks")
	}
}

func TestNearShare(t *testing.T) {
	ix := nearCorpus(t)
	units := []queryUnit{{terms: []string{term("موراتي")}, w: 1}, {terms: []string{term("كشف")}, w: 1}}
	if got := ix.nearShare(units, 1); got != 1 {
		t.Errorf("nearShare: «كشفت موراتي» side by side = %v, want 1", got)
	}
	// Paragraph 3 has both words, too far apart: it must not count.
	if got := ix.nearShare(units, 2); got != 0 {
		t.Errorf("nearShare: words far apart = %v, want 0", got)
	}
	if got := ix.nearShare(units, 99); got != 0 {
		t.Errorf("nearShare: no such paragraph = %v, want 0", got)
	}
	// A first name joined to its surname is one name, no pair.
	joined := ix.joinNames([]queryUnit{{terms: []string{term("ميرا")}, w: 1}, {terms: []string{term("موراتي")}, w: 1}})
	if got := ix.nearShare(joined, 0); got != 0 {
		t.Errorf("nearShare: a joined name counted as a near pair: %v", got)
	}
}

// alwaysBeforeScan is alwaysBefore over every paragraph, the reference the
// postings-based one must agree with.
func (ix *Index) alwaysBeforeScan(a, b []string) bool {
	n := 0
	for _, seq := range ix.seqs {
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

// TestAlwaysBeforeAgreesWithAScan: reading only the paragraphs in a term's
// postings gives what a scan of every paragraph gives, for every pair of
// neighbouring terms of the article (and the reversed pair, which must
// mostly be false).
func TestAlwaysBeforeAgreesWithAScan(t *testing.T) {
	ix := buildDefault(t, Options{})
	pairs, trues := 0, 0
	for _, seq := range ix.seqs {
		for p := 0; p+1 < len(seq); p++ {
			for _, pr := range [][2]string{{seq[p], seq[p+1]}, {seq[p+1], seq[p]}} {
				a, b := []string{pr[0]}, []string{pr[1]}
				got, want := ix.alwaysBefore(a, b), ix.alwaysBeforeScan(a, b)
				if got != want {
					t.Errorf("alwaysBefore(%q, %q) = %v, the scan says %v", pr[0], pr[1], got, want)
				}
				pairs++
				if got {
					trues++
				}
			}
		}
	}
	if trues == 0 || trues == pairs {
		t.Errorf("%d of %d pairs always before: the check cannot tell", trues, pairs)
	}
}
