package retrieval

import (
	"strings"
	"unicode"

	"casebot/text"
)

// Whether a size will stay or grow, on the cross-language path.
//
// "Is the new three-member board going to stay that small?", «المجلس
// الجديد رح يضل بس ٣ اعضاء ولا رح يكبر؟» name the size they start from
// (three members) and ask whether it will change. Matched word by word,
// they prefer the paragraph that states that size ("a new initial board
// of three members") over the one that tells it is to change ("the new
// directors are expected to expand the board"): the size they name is
// their premise, not their answer. Of the leading candidates (within
// growthBand of the best), the best-ranked one telling a growth
// (growthCues) is put first when the question asks whether a size stays
// or changes (asksGrowth). Ranking only.

// growthBand is the share of the best fused score a candidate telling a
// growth needs to be put first: a paragraph far below, which shares a
// word or two, is not lifted.
const growthBand = 0.4

// growthTie is how far below the candidate put first the ones it passes
// are set: enough for a sort to keep the order, too little to show.
const growthTie = 1e-6

// growthAskWords, folded, ask whether a size changes: bigger, grow,
// expand, smaller; «يكبر»، «يوسع»، «يصغر».
var growthAskWords = set("bigger", "larger", "grow", "grows", "expand", "expanded", "enlarge", "enlarged",
	"smaller", "shrink", "widen", "widened",
	"يكبر", "يكبرو", "يكبروا", "يكبروه", "بيكبر", "تكبر", "يوسع", "يوسعو", "يوسعوا", "يوسعوه", "سيوسع",
	"يتوسع", "سيتوسع", "توسيع", "توسيعه", "يصغر", "يزيد", "سيزيد", "يزيدو", "يزيدوا")

// stayAskWords, folded, ask whether a state stays as it is: stay,
// remain; «يضل»، «يبقى»، «سيبقى».
var stayAskWords = set("stay", "stays", "remain", "remains", "small",
	"يضل", "تضل", "رح يضل", "يظل", "سيظل", "تظل", "ستظل", "يبقى", "سيبقى", "تبقى", "ستبقى", "يبقي")

// growthCues, folded and matched as whole words, tell that a size is to
// grow or has grown: expand, enlarge, «توسيع».
var growthCues = set("expand", "expands", "expanded", "expanding", "expansion", "enlarge", "enlarged",
	"enlarging", "widen", "widened", "توسيع", "بتوسيع", "لتوسيع", "توسيعه", "التوسع", "سيوسع", "يوسع", "توسع")

// asksGrowth reports whether q asks whether a size changes: a word of
// growthAskWords, or a word of stayAskWords beside a count (a digit or a
// number word: "stay at 3", «يضل بس ٣», «بثلاثة أعضاء فقط»).
func asksGrowth(q string) bool {
	stay, count := false, false
	for _, w := range text.Words(q) {
		f := text.Fold(w)
		if growthAskWords[f] {
			return true
		}
		stay = stay || stayAskWords[f]
		count = count || isCount(f) || isCount(strings.TrimPrefix(f, "ب"))
	}
	return stay && count
}

// tellsGrowth reports whether paragraph text s has a word of growthCues.
func tellsGrowth(s string) bool {
	for _, w := range strings.FieldsFunc(text.Fold(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if growthCues[w] {
			return true
		}
	}
	return false
}

// preferGrowth puts first, for a question asking whether a size stays or
// grows (asksGrowth), the best-ranked of the leading candidates (at most
// rerankDepth, each within growthBand of the best) that tells a growth.
func (ix *Index) preferGrowth(fused []scored, q string) {
	if len(fused) < 2 || !asksGrowth(q) || tellsGrowth(ix.paras[fused[0].doc].Text) {
		return
	}
	best := fused[0].score
	for i := 1; i < min(rerankDepth, len(fused)); i++ {
		if fused[i].score < growthBand*best {
			return
		}
		if tellsGrowth(ix.paras[fused[i].doc].Text) {
			// It ties the best; the ones it passes stay a hair below, so
			// that a later sort keeps it first.
			c := fused[i]
			c.score = best
			copy(fused[1:i+1], fused[:i])
			fused[0] = c
			for j := 1; j <= i; j++ {
				fused[j].score = min(fused[j].score, best-growthTie)
			}
			return
		}
	}
}
