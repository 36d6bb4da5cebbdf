package retrieval

import (
	"math"
	"strings"

	"casebot/corpus"
	"casebot/text"
)

// unitConfidence is confidence (index.go) for the cross-language path:
// the best, over the question's phrasings and the top three hits, of two
// measures of how much of the question a paragraph carries.
//
// Whether the question is answerable at all (DefaultThreshold) reads the
// lenient one (unitJudge): a word no paragraph of any language has weighs
// as the standard judge weighs it, so one colloquial, paraphrased or
// untranslated word does not make a question whose paragraph ranks first
// abstain. Whether it is answered confidently (ConfidentAt) reads the
// strict one (unitCoverage), where such a word weighs most: the word the
// sources lack is often the very thing a near miss asks for (a salary, a
// percentage), so a question with one is lifted out of abstention, never
// into confidence. A question naming as many things the corpus never
// mentions as names of the case, or asking about the asker, is not
// answerable (under DefaultThreshold), as in judge. std are the
// phrasings as the standard reading sees them (standardize).
func (ix *Index) unitConfidence(views []queryView, std []standardQuery, hits []Hit) float64 {
	best := 0.0
	for _, h := range hits[:min(3, len(hits))] {
		have := paragraphTerms(h.Paragraph)
		for i, v := range views {
			var sq standardQuery
			if i < len(std) {
				sq = std[i]
			}
			j := ix.unitJudge(v.units, have, h.Paragraph.Language, foreignWords(sq))
			c := ix.unitCoverage(v.units, have)
			if c < ConfidentAt && j.coverage > c {
				c = math.Max(c, math.Min(j.coverage, ConfidentAt-0.01))
			}
			if sq.advice || j.foreign > 0 && j.foreign >= j.anchors {
				c = math.Min(c, DefaultThreshold-0.01)
			}
			if asksPercent(sq.raw) && !givesPercent(h.Paragraph.Text) {
				c = math.Min(c, ConfidentAt-0.01) // see percent.go
			}
			best = math.Max(best, c)
		}
	}
	return best
}

// paragraphTerms is the term set a question's units are read against in
// paragraph p: its title's, heading's and text's terms, and ageTerm when
// the text gives a person's age as the index reads one (GivesAge:
// "Altman, 38, co-founded…"), as Build indexes it — else the unit a
// question's "how old" or «عمر» becomes is never found, and a question
// whose paragraph ranks first abstains.
func paragraphTerms(p corpus.Paragraph) map[string]bool {
	have := termSet(p.Title + "\n" + p.Section + "\n" + p.Text)
	if GivesAge(p.Text) {
		have[ageTerm] = true
	}
	return have
}

// foreignWords returns, folded, the words of sq that name something the
// corpus never mentions (unitForeign).
func foreignWords(sq standardQuery) map[string]bool {
	out := map[string]bool{}
	for _, u := range sq.units {
		if u.class != unitForeign {
			continue
		}
		f := text.Fold(u.word)
		out[f] = true
		for _, w := range strings.Fields(f) {
			out[w] = true
		}
	}
	return out
}

// unitJudge is unitCoverage for the answerability decision. A
// unit the corpus has somewhere weighs its idf, as in unitCoverage; a unit
// no paragraph of any language has (no member, translation or synonym of
// it is in the corpus) cannot tell one paragraph from another, and weighs
// as the standard judge weighs an unknown word (coverageOf): an Arabic word
// (a colloquial verb, a paraphrase) unknownArabicWeight, a Latin word (an
// English word the glossary lacks) unknownLatinWeight, a name of something
// the corpus never mentions unknownForeignWeight; so does a unit with no
// member in the paragraph's language. Without this, the unit
// the corpus lacks weighs most (the highest idf), and one colloquial or
// untranslated word sinks a question whose paragraph ranks first.
// Function words with a pronoun attached (كلهم، عندهم) ask nothing and
// are skipped.
func (ix *Index) unitJudge(units []xunit, have map[string]bool, lang string, foreign map[string]bool) unitVerdict {
	var (
		total, got float64
		v          unitVerdict
	)
	seen := map[string]bool{}
	for _, u := range units {
		if seen[u.head] || u.frame || pronounFunctionWord(u.word) {
			continue
		}
		seen[u.head] = true
		best := unitCredit(u, have)
		w := ix.bm25.unitIDF(u)
		if !ix.fullKnown(u) {
			// Only its synonyms are in the corpus (run: lead, helm):
			// the word weighs as rare as what it says there is.
			w = ix.bm25.idfOf(ix.bm25.docsOf(u))
		}
		if best == 1 && ix.unitAnchors(u, have) {
			v.anchors++
		}
		switch {
		case best == 0 && !ix.unitKnown(u):
			v.unknown++
			switch {
			case foreign[u.word]:
				v.foreign++
				w = unknownForeignWeight
			case text.IsArabicWord(u.word):
				w = unknownArabicWeight
			default:
				w = unknownLatinWeight
			}
		case best == 0 && untranslated(u, lang):
			// The paragraph is in another language and the lexicons
			// give the word nothing in it (وقت over an English
			// paragraph): a gap of the lexicons, not of the paragraph.
			w = unknownArabicWeight
			if !text.IsArabicWord(u.word) {
				w = unknownLatinWeight
			}
		}
		total += w
		got += best * w
	}
	if total > 0 {
		v.coverage = got / total
	}
	return v
}

// unitVerdict is what unitJudge reads from a paragraph.
type unitVerdict struct {
	// coverage is the weighted share of the question's units the
	// paragraph carries.
	coverage float64
	// unknown counts the units no paragraph has, foreign those of them
	// that name something (unitForeign), anchors the units the paragraph
	// has that name something of the case (see signals.anchor).
	unknown, foreign, anchors int
}

// unitAnchors reports whether the paragraph's terms carry a member of u
// that names something of the case (see signals.anchor); an English word
// the thesaurus lists (company) names nothing.
func (ix *Index) unitAnchors(u xunit, have map[string]bool) bool {
	for t, mw := range u.members {
		if _, common := ix.lex.enSyn.word[t]; common {
			continue
		}
		if mw >= fullMember && have[t] && ix.isName(t) && (ix.vocab.inTitle[t] || len(ix.bm25.postings[t]) >= 2) {
			return true
		}
	}
	return false
}

// untranslated reports whether no member of u is in the language lang
// ("ar" or "en"; other languages are not judged).
func untranslated(u xunit, lang string) bool {
	if lang != "ar" && lang != "en" {
		return false
	}
	for t := range u.members {
		if text.IsArabicWord(t) == (lang == "ar") && t != ageTerm {
			return false
		}
	}
	return true
}

// fullKnown reports whether some paragraph has a member of u at full
// weight (the word, a translation or a transliteration).
func (ix *Index) fullKnown(u xunit) bool {
	for t, mw := range u.members {
		if mw >= fullMember && ix.known(t) {
			return true
		}
	}
	return false
}

// docsOf counts the paragraphs that have some member of u, synonyms
// included.
func (b *bm25Index) docsOf(u xunit) int {
	docs := map[int32]bool{}
	for t := range u.members {
		for _, p := range b.postings[t] {
			docs[p.doc] = true
		}
	}
	return len(docs)
}

// unitKnown reports whether some paragraph has a member of u (the word, a
// translation, a transliteration or a synonym).
func (ix *Index) unitKnown(u xunit) bool {
	for t := range u.members {
		if ix.known(t) {
			return true
		}
	}
	return false
}

// pronounSuffixes are the attached pronouns of Arabic, folded, longest first.
var pronounSuffixes = []string{"هما", "كما", "هم", "هن", "كم", "كن", "ها", "نا", "ه", "ك", "ي"}

// pronounFunctionWord reports whether the folded Arabic word w is a
// function word with an attached pronoun (كلهم: all of them, عندهم: at
// theirs, معها): a stop word the light stemmer does not strip the pronoun
// from.
func pronounFunctionWord(w string) bool {
	if !text.IsArabicWord(w) || arabicStop[unifyAlef(w)] {
		return false
	}
	f := text.Fold(w)
	for _, s := range pronounSuffixes {
		base, ok := strings.CutSuffix(f, s)
		if ok && len([]rune(base)) >= 2 && arabicStop[unifyAlef(base)] {
			return true
		}
	}
	return false
}

// foldJoin folds words and joins them with a space.
func foldJoin(ws []string) string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = text.Fold(w)
	}
	return strings.Join(out, " ")
}
