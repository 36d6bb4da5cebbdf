package retrieval

import (
	"strings"

	"casebot/text"
)

// A who-question («مين اللي كتب الكتاب؟», «من الذين صوتوا ضده؟», "who wrote
// the book about the firing?") is answered by a sentence that names
// someone, and someone the question does not name already: «كشفت الصحفية
// كيتش هيغي في كتابها» answers who wrote the book, «ما كشفه الكتاب» does
// not, though both have the book. The re-ranker gives such sentences the
// asked-for share (askedShare) that number and time questions give to
// sentences carrying a number or a time.

// personPrefixes are the one-letter prepositions and conjunctions a name
// may carry in Arabic (وهيلين، لألتمان، بموراتي).
var personPrefixes = []string{"و", "ب", "ل", "ك", "ف"}

// personOf returns the person of the case the corpus word w names (the
// key of the person's surname, see caseNames.people, or the word's own
// transliteration key), or "": only a name word of the glossary (one its
// English side sounds like, see caseNames.keys) spelt as the glossary
// spells it, with at most a one-letter prefix, and no month (نوفمبر), so
// that a common word that happens to share a name's consonants (دعم and
// آدم) is no one.
func (cn caseNames) personOf(w string) string {
	f := text.Fold(w)
	if !text.IsArabicWord(f) {
		return ""
	}
	cands := []string{f}
	for _, p := range personPrefixes {
		if rest, ok := strings.CutPrefix(f, p); ok && len([]rune(rest)) >= 3 {
			cands = append(cands, rest)
		}
	}
	for _, c := range cands {
		k := translitKey(c)
		if len([]rune(k)) < 2 || monthWord[c] {
			continue
		}
		if as, ok := cn.keys[k]; !ok || text.Fold(as) != c {
			continue
		}
		if p := cn.people[k]; p != "" {
			return p
		}
		return k
	}
	return ""
}

// monthWord holds the month names, folded: a month the glossary renders
// by sound (November, نوفمبر) is no person.
var monthWord = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range text.MonthWords() {
		m[text.Fold(w)] = true
	}
	return m
}()

// sentencePersons returns, for each paragraph text and each of its
// sentences (split as newSentenceIndex splits them), the persons of the
// case the sentence names (see caseNames.personOf).
func sentencePersons(texts []string, cn caseNames) [][]map[string]bool {
	out := make([][]map[string]bool, len(texts))
	for i, s := range texts {
		for _, sent := range text.Sentences(s) {
			ps := map[string]bool{}
			for _, w := range text.Words(sent) {
				if p := cn.personOf(w); p != "" {
					ps[p] = true
				}
			}
			out[i] = append(out[i], ps)
		}
	}
	return out
}

// namedPersons returns the persons of the case a question names, in any
// script and spelling the transliteration key reads alike (Toner, تونر,
// التمان for ألتمان).
func (cn caseNames) namedPersons(sq standardQuery) map[string]bool {
	out := map[string]bool{}
	for _, q := range []string{sq.raw, sq.search} {
		for _, w := range text.Words(q) {
			k := translitKey(w)
			if len([]rune(k)) < 2 {
				continue
			}
			if p := cn.people[k]; p != "" {
				out[p] = true
			}
			if _, ok := cn.keys[k]; ok && !text.IsArabicWord(w) && !monthWord[text.Fold(w)] {
				// A Latin name the corpus writes in Arabic (Sutskever).
				out[k] = true
			}
			if p := cn.personOf(w); p != "" {
				out[p] = true
			}
		}
	}
	return out
}

// namesOther reports whether sentence j of paragraph d names a person of
// the case that named does not hold.
func (ix *Index) namesOther(d, j int, named map[string]bool) bool {
	if d >= len(ix.sx.persons) || j >= len(ix.sx.persons[d]) {
		return false
	}
	for p := range ix.sx.persons[d][j] {
		if !named[p] {
			return true
		}
	}
	return false
}

// Two people of the case in one question on the single-article path
// («شنو كان كيدير التمان مع ميرا موراتي», "what did Murati say about
// Altman"): as on the cross-language path (rerank_pair.go), the question
// asks about the two together, and a paragraph naming only one of them
// («إليا سوتسكيفر … حثّها على التواصل مع ميرا موراتي») can lead because
// the other is the case's common name, light by idf, while the one it
// names comes in full (given name and surname, two matched words). Of the
// leading candidates, each naming every person the question names
// outside a time clause gains pairWeight.

// questionPersons returns the persons of the case question names outside
// a time clause (see timeClauses): "who called Toner before Altman was
// fired" names Toner only.
func (ix *Index) questionPersons(question string) map[string]bool {
	out := map[string]bool{}
	words, in := timeClauses(ix.restoreHamza(question))
	for i, w := range words {
		if in[i] {
			continue
		}
		k := translitKey(w)
		if len([]rune(k)) < 2 {
			continue
		}
		if p := ix.names.people[k]; p != "" {
			out[p] = true
		} else if p := ix.names.personOf(w); p != "" {
			out[p] = true
		}
	}
	return out
}

// preferBoth lifts, for a question naming two or more persons of the case
// outside a time clause, the leading candidates whose paragraph names all
// of them (see sentencePersons), and re-sorts them: preferAllNamed with
// each person known by their key.
func (ix *Index) preferBoth(fused []scored, sq standardQuery) {
	var people []map[string]bool
	for p := range ix.questionPersons(sq.raw) {
		people = append(people, map[string]bool{p: true})
	}
	preferAllNamed(fused, people, func(doc int) map[string]bool {
		have := map[string]bool{}
		if doc < len(ix.sx.persons) {
			for _, s := range ix.sx.persons[doc] {
				for p := range s {
					have[p] = true
				}
			}
		}
		return have
	})
}
