package retrieval

import (
	"math"
	"strings"
	"unicode"

	"casebot/text"
)

// sentenceIndex holds what the re-ranker reads of every paragraph.
type sentenceIndex struct {
	// sents holds each paragraph's sentences as term sets (see termSet),
	// with their Arabic terms' roots (see rootKey) under "R:".
	sents [][]map[string]bool
	// rootDF counts the paragraphs having each root.
	rootDF map[string]int
}

func newSentenceIndex(texts []string) sentenceIndex {
	si := sentenceIndex{sents: make([][]map[string]bool, len(texts)), rootDF: map[string]int{}}
	for i, s := range texts {
		roots := map[string]bool{}
		for _, sent := range text.Sentences(s) {
			have := termSet(sent)
			for _, kind := range []Asked{AskedNumber, AskedTime} {
				if Carries(sent, kind) {
					have["A:"+string(kind)] = true
				}
			}
			for _, t := range Tokens(sent) {
				// A verb in the feminine past (أعادت، كشفت) also
				// stands for its plain form, as restoreHamza reads
				// a question's.
				if r := []rune(t); len(r) >= 4 && isArabicWord(t) && r[len(r)-1] == 'ت' {
					b := string(r[:len(r)-1])
					have[b] = true
					have["K:"+skeleton(b)] = true
					if k := rootKey(b); k != "" {
						have["R:"+k] = true
						roots[k] = true
					}
				}
				if r := rootKey(t); r != "" {
					have["R:"+r] = true
					roots[r] = true
				}
			}
			si.sents[i] = append(si.sents[i], have)
		}
		for r := range roots {
			si.rootDF[r]++
		}
	}
	return si
}

// rootMerge merges the letters colloquial speech says otherwise (ذ as د or
// ز, ث as ت or س, ظ as ض or ز): كداب and كذب meet.
var rootMerge = map[rune]rune{'ذ': 'د', 'ث': 'ت', 'ظ': 'ض'}

// rootKey is a rough root of an Arabic term, so that forms of one root on
// different patterns meet as a weak signal: broken plurals (أعضاء/عضو),
// verbal nouns (التصويت/صوّت), participles and intensives (مطرود/طرد،
// كذّاب/كذب). It is the term's letters without the long vowels and hamza,
// with ذ ث ظ merged (rootMerge), a final teh marbuta dropped and a leading
// م or ت (the prefixes of مفعول، تفعيل) dropped from words of four letters
// or more. "" for non-Arabic terms and keys shorter than two letters.
func rootKey(t string) string {
	if !isArabicWord(t) {
		return ""
	}
	var r []rune
	for _, c := range []rune(text.Fold(t)) {
		switch c {
		case 'ا', 'و', 'ي', 'ء':
			continue
		}
		if m, ok := rootMerge[c]; ok {
			c = m
		}
		r = append(r, c)
	}
	if len(r) >= 4 && r[len(r)-1] == 'ه' {
		r = r[:len(r)-1]
	}
	if len(r) >= 3 && (r[0] == 'م' || r[0] == 'ت') {
		r = r[1:]
	}
	if len(r) < 2 {
		return ""
	}
	return string(r)
}

// askedShare is the share of a sentence's fit that carrying the kind of
// fact asked for (a number, a time) decides.
const askedShare = 0.25

// rootCredit is how much of a word's weight a sentence earns by having a
// word of the same rough root (rootKey) but not the same stem, skeleton or
// synonym.
const rootCredit = 0.5

// rerankWeight is the share of a candidate's final score that its best
// sentence's fit (sentenceFit) decides; the fused score keeps the rest.
const rerankWeight = 0.5

// rerankBand is the share of the best fused score a candidate needs to be
// re-ranked.
const rerankBand = 0.5

// rerankDepth is how many of the best fused candidates are re-ranked.
const rerankDepth = 8

// queryUnit is one content word of a question for the re-ranker: the terms
// it may appear as and its weight.
type queryUnit struct {
	terms []string
	w     float64
}

// rerankUnits returns the question's content words the corpus knows, each
// weighted by the IDF of its rarest known term. Words the corpus has
// nowhere weigh on every paragraph alike and are left out.
func (ix *Index) rerankUnits(sq standardQuery) []queryUnit {
	var out []queryUnit
	seen := map[string]bool{}
	excluded := excludedWords(sq.raw)
	for _, u := range sq.units {
		key := u.terms[0]
		if seen[key] {
			continue
		}
		for _, t := range u.terms {
			seen[t] = true
		}
		if frameWords[text.Fold(u.word)] || allExcluded(strings.Fields(u.word), excluded) {
			continue
		}
		terms := u.terms
		w := 0.0
		for _, t := range terms {
			switch {
			case ix.known(t):
				w = math.Max(w, ix.bm25.idf(t))
			case len(ix.thesaurus.terms[t]) > 0:
				// A word the corpus lacks weighs as the paragraphs
				// having any of its synonyms make it weigh.
				w = math.Max(w, ix.synonymIDF(t))
			}
			if r := rootKey(t); r != "" && w == 0 && ix.sx.rootDF[r] > 0 {
				w = ix.rootIDF(r)
			}
		}
		if w > 0 {
			out = append(out, queryUnit{terms: terms, w: w})
		}
	}
	// Words the lexical side reads only once hamza seats are restored
	// (التمان → ألتمان, see restoreHamza) count as it counts them.
	for _, t := range Tokens(ix.restoreHamza(sq.search)) {
		if !seen[t] && ix.known(t) {
			seen[t] = true
			out = append(out, queryUnit{terms: []string{t}, w: ix.bm25.idf(t)})
		}
	}
	return out
}

// sentenceFit is the IDF-weighted share of the question's units carried by
// the best single sentence of paragraph d: a paragraph whose one sentence
// holds what was asked beats one that shares scattered words, often only
// the case's common names.
func (ix *Index) sentenceFit(units []queryUnit, asked Asked, d int) float64 {
	var total float64
	for _, u := range units {
		total += u.w
	}
	if total == 0 {
		return 0
	}
	best := 0.0
	for _, have := range ix.sx.sents[d] {
		got := 0.0
		for _, u := range units {
			credit := 0.0
			for _, t := range u.terms {
				switch {
				case have[t]:
					credit = 1
				case ix.hasSynonym(t, have):
					credit = math.Max(credit, synonymCredit)
				case have["K:"+skeleton(t)]:
					credit = math.Max(credit, skeletonCredit)
				case have["R:"+rootKey(t)]:
					credit = math.Max(credit, rootCredit)
				}
			}
			got += credit * u.w
		}
		fit := got / total
		if asked == AskedNumber || asked == AskedTime {
			// A sentence that can answer how many or when.
			a := 0.0
			if have["A:"+string(asked)] {
				a = 1
			}
			fit = (1-askedShare)*fit + askedShare*a
		}
		best = math.Max(best, fit)
	}
	return best
}

// rerank re-scores the best fused candidates by their best sentence's fit
// to the question and re-sorts them; the rest keep their order below.
func (ix *Index) rerank(fused []scored, sq standardQuery, asked Asked) {
	units := ix.rerankUnits(sq)
	if len(units) == 0 || len(fused) < 2 {
		return
	}
	n := min(rerankDepth, len(fused))
	// Only candidates the fused ranking finds competitive are re-ranked:
	// a sentence fit never lifts a paragraph that shares a word or two.
	for i := 1; i < n; i++ {
		if fused[i].score < rerankBand*fused[0].score {
			n = i
			break
		}
	}
	floor := 0.0
	if n < len(fused) {
		floor = fused[n].score
	}
	for i := range fused[:n] {
		fit := ix.sentenceFit(units, asked, fused[i].doc)
		s := (1-rerankWeight)*fused[i].score + rerankWeight*fit
		// Re-ranked candidates stay above the ones not re-ranked.
		fused[i].score = math.Max(s, floor)
	}
	sortScored(fused[:n])
}

// rootIDF is the BM25 IDF of a root (see rootKey) over the paragraphs.
func (ix *Index) rootIDF(r string) float64 {
	n := float64(len(ix.paras))
	df := float64(ix.sx.rootDF[r])
	return math.Log(1 + (n-df+0.5)/(df+0.5))
}

// synonymIDF is the BM25 IDF of the paragraphs having any synonym of t, 0
// when none has.
func (ix *Index) synonymIDF(t string) float64 {
	docs := map[int32]bool{}
	for _, syn := range ix.thesaurus.terms[t] {
		for _, p := range ix.bm25.postings[syn] {
			docs[p.doc] = true
		}
	}
	if len(docs) == 0 {
		return 0
	}
	n := float64(len(ix.paras))
	df := float64(len(docs))
	return math.Log(1 + (n-df+0.5)/(df+0.5))
}

// exclusionCues open a part of a question naming what is not asked about
// ("apart from the chief executive, who else…"), folded.
var exclusionCues = []string{"apart from", "aside from", "other than", "besides", "except", "excluding",
	"سوي", "عدا", "ما عدا", "باستثناء", "بخلاف"}

// excludedWords returns the folded words of q that follow an exclusion cue,
// up to the end of its clause: a paragraph is not the answer for carrying
// them.
func excludedWords(q string) map[string]bool {
	out := map[string]bool{}
	for _, clause := range strings.FieldsFunc(text.Fold(q), func(r rune) bool {
		return r == ',' || r == '،' || r == '؟' || r == '?' || r == '.' || r == ';' || r == '؛'
	}) {
		ws := strings.FieldsFunc(clause, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		line := " " + strings.Join(ws, " ") + " "
		for _, cue := range exclusionCues {
			if i := strings.Index(line, " "+cue+" "); i >= 0 {
				for _, w := range strings.Fields(line[i+len(cue)+2:]) {
					out[w] = true
				}
			}
		}
	}
	return out
}

// allExcluded reports whether ws is not empty and every word of it is in set.
func allExcluded(ws []string, set map[string]bool) bool {
	for _, w := range ws {
		if !set[text.Fold(w)] {
			return false
		}
	}
	return len(ws) > 0
}
