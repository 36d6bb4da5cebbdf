package retrieval

import (
	"strings"

	"casebot/text"
)

// A why-question names an event and asks for its cause; the paragraph that
// only names the event (a lead announcing the firing) matches its words
// best but does not answer it. The re-ranker therefore prefers, for a
// why-question, a paragraph with a sentence that carries a cause: a causal
// connective (بسبب، لأن، إثر، نتيجة، مما، because, due to), an accusation
// (اتهام، تهمة، accused) or a word naming a reason or motive (سبب، دوافع،
// reason, motive), or pressure acted upon (تحت الضغط، استجابة، in response).

// causeWords are the words that carry a cause, compared as analysed terms
// (see term), so clitics and suffixes do not matter.
var causeWords = []string{
	// connectives
	"بسبب", "سبب", "أسباب", "لأن", "لأنه", "لأنها", "إثر", "أثار", "أدى", "نتيجة", "جراء", "مما", "بدعوى", "بحجة", "خلفية",
	"دافع", "دوافع", "مبرر", "مبررات", "ذريعة",
	// accusations and grievances
	"اتهم", "اتهام", "اتهامات", "تهمة", "مخالفة", "انتهاك", "شكوك", "قلق",
	// pressure acted upon
	"ضغط", "الضغط", "استجاب", "استجابة",
	"because", "due", "reason", "reasons", "cause", "caused", "causes", "accused", "accusation", "accusations",
	"allegation", "allegations", "alleged", "motive", "motives", "prompted", "concern", "concerns", "citing",
	"pressure", "response", "responded", "amid",
}

// causeTerms is causeWords as analysed terms.
func causeTerms() map[string]bool {
	out := map[string]bool{}
	for _, w := range causeWords {
		if t := term(w); t != "" {
			out[t] = true
		}
		out[text.Fold(w)] = true
	}
	return out
}

// whyCues ask for a cause beyond the why-words AskedFor reads (ما الذي
// جعل، what made), folded and padded.
var whyCues = []string{" ما الذي جعل ", " ماذا جعل ", " الذي جعل ", " ما الذي ادي ", " ما الذي دفع ", " ما دوافع ", " ما اسباب ",
	" ما الذي اثار ", " ماذا اثار ", " ما الذي سبب ", " ما الذي تسبب ",
	" what made ", " what prompted ", " what drove ", " what sparked ", " what triggered ", " what caused ", " how come ", " for what "}

// asksReason reports whether a question (in standard words) asks why.
func asksReason(question string, asked Asked) bool {
	if asked == AskedReason {
		return true
	}
	if asked != AskedAny {
		return false
	}
	q := " " + strings.Join(strings.FieldsFunc(text.Fold(question), func(r rune) bool {
		return !(r >= 'a' && r <= 'z') && !(r >= 0x600 && r <= 0x6ff) && !(r >= '0' && r <= '9')
	}), " ") + " "
	for _, c := range whyCues {
		if strings.Contains(q, c) {
			return true
		}
	}
	return false
}

// carriesCause reports whether one of the sentences of s carries a cause
// (see causeWords).
func carriesCause(s string, cues map[string]bool) bool {
	for _, w := range text.Words(s) {
		if t := term(w); t != "" && cues[t] {
			return true
		}
		for _, f := range cliticForms(text.Fold(w)) {
			if cues[f] {
				return true
			}
		}
	}
	return false
}

// cliticForms returns a folded Arabic word with a leading conjunction or
// preposition (و، ف، ب، ل) and a trailing object pronoun (ه، ها، هم، ته…)
// cut off, each alone and both: واتهمته → اتهمته, واتهم, اتهم.
func cliticForms(f string) []string {
	out := []string{f}
	heads := []string{f}
	if rest, ok := text.CutProclitic(f, 3); ok {
		heads = append(heads, rest)
		out = append(out, rest)
	}
	for _, h := range heads {
		for _, s := range []string{"تهما", "تهم", "تها", "ته", "هما", "هم", "ها", "ه"} {
			if rest, ok := strings.CutSuffix(h, s); ok && len([]rune(rest)) >= 3 {
				out = append(out, rest)
				break
			}
		}
	}
	return out
}

// reasonBonus is the share of the best score a candidate of a why-question
// gains by carrying a cause.
const reasonBonus = 0.5

// preferReason re-ranks, for a why-question, the competitive candidates
// (within rerankBand of the best, at most rerankDepth) so that those
// carrying a cause gain reasonBonus of the best score.
func (ix *Index) preferReason(fused []scored, sq standardQuery, asked Asked) {
	if len(fused) < 2 || !asksReason(sq.question, asked) {
		return
	}
	top := fused[0].score
	n := min(rerankDepth, len(fused))
	for i := 1; i < n; i++ {
		if fused[i].score < rerankBand*top {
			n = i
			break
		}
	}
	cues := causeTerms()
	for i := range fused {
		b := 0.0
		if i < n && carriesCause(ix.paras[fused[i].doc].Text, cues) {
			b = reasonBonus * top
		}
		// Scaled back into [0, 1]; the candidates not re-ranked keep
		// their order below.
		fused[i].score = (fused[i].score + b) / (1 + reasonBonus)
	}
	sortScored(fused[:n])
}
