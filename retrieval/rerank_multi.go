package retrieval

import (
	"casebot/text"
)

// Same-language preference on the cross-language path.
//
// Units score a word and its translations almost alike (translationWeight),
// so an English question whose answer the English wire gives can rank an
// Arabic story that shares the case's names a hair above it. Of the
// leading candidates (those rerank.go's band would re-rank), one written in
// the question's language gains sameLanguageWeight: enough to settle a
// near tie, too little to lift a paragraph over one that fits clearly
// better, so questions whose answer only the other language holds keep it.

// sameLanguageWeight is what a leading candidate in the question's
// language adds to its fused score (in [0, 1]). Measured on the seven
// multi-article sets (answerable R@1, 273 questions, with the synonym
// bridge): 0 gives 236, 0.01 236, 0.02 and 0.025 237, 0.03 237 (0.03
// without the bridge cost i11_dev4 one), 0.06 229 (without the bridge).
const sameLanguageWeight = 0.02

// preferLanguage adds sameLanguageWeight to the leading fused candidates
// written in the language of the question q and re-sorts them; scores are
// scaled back to at most 1.
func (ix *Index) preferLanguage(fused []scored, q string) {
	if len(fused) < 2 {
		return
	}
	lang := text.Language(q)
	nudge(fused, func(doc int) float64 {
		if ix.paras[doc].Language == lang {
			return sameLanguageWeight
		}
		return 0
	})
}
