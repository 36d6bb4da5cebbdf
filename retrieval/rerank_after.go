package retrieval

import (
	"cmp"
	"slices"
	"strings"

	"casebot/text"
)

// A question with a premise clause («لما الموظفين هددو…», «after the board
// removed…», «ماذا ترتب على…») asks what followed the premise. The premise's
// words match the paragraph that tells the premise best, yet the answer is
// usually told next: in the paragraph that follows it, or in the rest of
// the question (its main clause: who acted, what they did). The re-ranker
// therefore, for such a question, gives the main clause's words their own
// weight and favours the paragraph right after the one the premise matches.

// premiseMarkers open a premise clause, folded and padded; the premise runs
// from the marker to a comma or the end of the question.
var premiseMarkers = []string{
	" عندما ", " لما ", " حين ", " حينما ", " بعد ما ", " بعدما ", " بعد ان ", " بعد ", " عقب ", " اثر ", " في اعقاب ", " فور ",
	" ترتب علي ", " نتج عن ", " تفاعل ", " ردة فعل ", " رد فعل ",
	" after ", " when ", " once ", " following ", " in the wake of ", " in response to ", " react to ", " reacted to ", " respond to ", " responded to ",
}

// splitPremise splits a question (in standard words) into its main clause
// and its premise clause, each in the question's own words; ok is false
// when it has no premise clause.
func splitPremise(question string) (main, premise, marker string, ok bool) {
	var words, folded []string
	for _, w := range strings.Fields(strings.NewReplacer("،", " , ", ",", " , ", "؟", " ", "?", " ").Replace(question)) {
		words = append(words, w)
		folded = append(folded, strings.Trim(text.Fold(w), ".!:;\"'«»()"))
	}
	q := " " + strings.Join(folded, " ") + " "
	best := -1
	for _, m := range premiseMarkers {
		if i := strings.Index(q, m); i >= 0 && (best < 0 || i < best) {
			best, marker = i, m
		}
	}
	if best < 0 {
		return "", "", "", false
	}
	// word positions: the marker starts after best's count of spaces.
	at := strings.Count(q[:best+1], " ") - 1
	end := at + len(strings.Fields(marker))
	head := append([]string{}, words[:at]...)
	rest := words[end:]
	frest := folded[end:]
	switch strings.TrimSpace(marker) {
	case "تفاعل", "ردة فعل", "رد فعل":
		// «كيف تفاعل العاملون مع القرار»: who reacts belongs to the main
		// clause, what they react to (after مع، على، تجاه) is the premise.
		for i, f := range frest {
			if f == "مع" || f == "علي" || f == "تجاه" || f == "ازاء" {
				head = append(head, rest[:i]...)
				rest, frest = rest[i+1:], frest[i+1:]
				break
			}
		}
	}
	for i, f := range frest {
		if f == "," {
			head = append(head, rest[i+1:]...)
			rest = rest[:i]
			break
		}
	}
	clean := func(ws []string) string {
		var out []string
		for _, w := range ws {
			if w != "," {
				out = append(out, w)
			}
		}
		return strings.Join(out, " ")
	}
	main, premise = clean(head), clean(rest)
	// A marker opening the question without a comma closing its clause
	// asks (when did…, لما = لِمَ) rather than sets a premise.
	if premise == "" || main == "" {
		return "", "", "", false
	}
	return main, premise, strings.TrimSpace(marker), true
}

// consequenceWords carry what followed an event: a consequence connective
// (أثار، أدى، نتيجة، مما), a reaction (استجاب، رد، احتج، تمرد، هدد) or
// its English equivalents; compared as analysed terms (see term).
var consequenceWords = []string{
	"أثار", "أثارت", "أدى", "أدت", "نتيجة", "مما", "ترتب", "فأدى", "تسبب",
	"استجاب", "استجابت", "استجابة", "رد", "ردا", "ردة", "احتج", "احتجاج", "احتجاجات", "تمرد", "هدد", "هددت", "غضب", "رفض", "رفضت", "تراجع", "تراجعت",
	"sparked", "triggered", "prompted", "resulted", "led", "caused", "responded", "reacted", "reaction", "backlash",
	"protest", "protested", "protests", "revolt", "threatened", "refused", "outcry", "retreated",
}

// consequenceTerms is consequenceWords as analysed and folded terms.
func consequenceTerms() map[string]bool {
	out := map[string]bool{}
	for _, w := range consequenceWords {
		if t := term(w); t != "" {
			out[t] = true
		}
		out[text.Fold(w)] = true
	}
	return out
}

// outcomeCues, folded, mark a main clause that asks what someone did or
// what happened (ماذا فعل، شو صار، how did they react), the questions whose
// answer follows their premise; a premise marker that itself asks for an
// outcome (ترتب على، تفاعل مع) counts as one. A question asking whether,
// when, where, how long or how many is left alone.
var outcomeCues = map[string]bool{
	"فعل": true, "فعلت": true, "فعلوا": true, "عمل": true, "عملت": true, "عملوا": true, "سوي": true, "سوت": true, "سووا": true, "حدث": true, "جري": true, "صار": true,
	"تصرف": true, "تصرفت": true, "تصرفوا": true, "رد": true, "ردت": true, "ردوا": true, "تفاعل": true, "تفاعلت": true, "ترتب": true, "نتج": true,
	"do": true, "happened": true, "happen": true, "react": true, "reacted": true, "respond": true, "responded": true,
	"push": true, "handle": true, "handled": true, "cope": true,
}

// closedOpeners, folded, open a question that does not ask for an outcome.
var closedOpeners = map[string]bool{
	"متي": true, "كم": true, "اين": true, "من": true, "لماذا": true,
	"when": true, "where": true, "who": true, "why": true,
	"long": true, "many": true, "much": true,
}

// premiseYesNo, folded, open a yes/no question; with a premise it asks
// whether something followed («هل سكت الموظفون بعد إقالته؟», "did the
// staff protest after the vote?"), answered where what followed is told.
var premiseYesNo = map[string]bool{"هل": true, "did": true, "was": true, "were": true, "does": true, "is": true}

// asksOutcome reports whether the main clause of a question (and its
// premise marker) asks what someone did or what followed, and returns the
// main clause's words without its outcome cues.
func asksOutcome(main, marker string) (rest string, ok bool) {
	ok = outcomeCues[strings.Fields(marker + " x")[0]]
	var keep []string
	for i, w := range strings.Fields(main) {
		f := text.Fold(w)
		if i == 0 && closedOpeners[f] || (f == "long" || f == "many" || f == "much") {
			return "", false
		}
		// «كيف …», "how did …" with a premise asks how someone acted.
		if outcomeCues[f] || i == 0 && (f == "كيف" || f == "how" || premiseYesNo[f]) {
			ok = true
			continue
		}
		keep = append(keep, w)
	}
	return strings.Join(keep, " "), ok
}

const (
	// sequelBonus is the share of the best score the paragraph right
	// after the premise's paragraph gains.
	sequelBonus = 1.0
	// mainBonus is the share of the best score a candidate gains for
	// matching the main clause as well as the best match does.
	mainBonus = 0.4
	// consequenceBonus is the share of the best score a candidate gains
	// for carrying a consequence or a reaction (see consequenceWords).
	consequenceBonus = 0.5
)

// preferSequel re-ranks, for a question with a premise clause, the
// competitive candidates (at most rerankDepth) and the paragraph after the
// one the premise matches best.
func (ix *Index) preferSequel(fused []scored, sq standardQuery) {
	if len(fused) < 2 {
		return
	}
	main, premise, marker, ok := splitPremise(sq.question)
	if !ok {
		return
	}
	yesNo := premiseYesNo[text.Fold(strings.Fields(main + " x")[0])]
	if main, ok = asksOutcome(main, marker); !ok {
		return
	}
	pt := Tokens(ix.analyse(premise))
	mt := Tokens(ix.analyse(main))
	if len(pt) == 0 {
		return
	}
	px, _ := ix.thesaurus.expand(pt)
	prem := ix.bm25.search(pt, px, 1)
	mainScore := map[int]float64{}
	maxMain := 0.0
	if len(mt) > 0 {
		mx, _ := ix.thesaurus.expand(mt)
		for _, s := range ix.bm25.search(mt, mx, len(ix.paras)) {
			mainScore[s.doc] = s.score
			maxMain = max(maxMain, s.score)
		}
	}
	// A consequence of the premise («ماذا ترتب على…», «كيف تفاعل…مع») may
	// be told with it; what happened after it, in the paragraph after.
	// With no content word in the main clause only a time marker (بعد،
	// لما، after) points there.
	next := -1
	if len(prem) > 0 && (len(mt) > 0 || !outcomeCues[strings.Fields(marker + " x")[0]] && !strings.Contains(marker, "فعل")) {
		// The paragraph after the premise's is favoured unless the
		// premise's own paragraph matches the main clause better
		// (ايش صار لـ Brockman لما طردو Altman: told with the firing).
		p := prem[0].doc
		if n := p + 1; n < len(ix.paras) && ix.paras[n].ArticleID == ix.paras[p].ArticleID && mainScore[n] > 0 && mainScore[n] >= mainScore[p] {
			next = n
		}
		// With no content word in the main clause («شو صار بعد ما…»,
		// "what happened after…") the whole question is its premise, so
		// the fused ranking's first paragraph tells it; what followed is
		// told next only when the premise is that paragraph's last
		// sentence — a premise told earlier has its sequel after it, in
		// the same paragraph.
		if p := fused[0].doc; len(mt) == 0 && ix.premiseEnds(p, pt, px) {
			if n := p + 1; n < len(ix.paras) && ix.paras[n].ArticleID == ix.paras[p].ArticleID {
				next = n
			}
		}
		// A yes/no question states the outcome it checks («هل أعادوه
		// بعد إقالته؟»): the paragraph after the premise's is favoured
		// only when it matches that statement best.
		if yesNo && next >= 0 && mainScore[next] < maxMain {
			next = -1
		}
	}
	top := fused[0].score
	n := min(rerankDepth, len(fused))
	cues := consequenceTerms()
	// The scores before re-ranking form the ladder the answer reads
	// (confidence, the lead's margin): the re-ranker changes the order,
	// and each place keeps the score it had.
	ladder := make([]float64, len(fused))
	for i := range fused {
		ladder[i] = fused[i].score
	}
	sortFloatsDesc(ladder)
	for i := range fused {
		b := 0.0
		if i < n && maxMain > 0 {
			b += mainBonus * top * mainScore[fused[i].doc] / maxMain
		}
		// When what followed is told after the premise's paragraph, that
		// paragraph's own consequences answer something else.
		if i < n && !(next >= 0 && fused[i].doc == next-1) && carriesCause(ix.paras[fused[i].doc].Text, cues) {
			b += consequenceBonus * top
		}
		if fused[i].doc == next {
			b += sequelBonus * top
		}
		fused[i].score += b
	}
	sortScored(fused)
	for i := range fused {
		fused[i].score = ladder[i]
	}
}

// premiseEnds reports whether the sentence of paragraph d sharing the most
// of the premise's terms (or their synonyms) is its last one; a tie goes
// to the earlier sentence.
func (ix *Index) premiseEnds(d int, terms, synonyms []string) bool {
	sents := ix.sx.sents[d]
	best, at := 0, -1
	for i, have := range sents {
		n := 0
		for _, t := range terms {
			if have[t] {
				n++
			}
		}
		for _, t := range synonyms {
			if have[t] {
				n++
			}
		}
		if n > best {
			best, at = n, i
		}
	}
	return at >= 0 && at == len(sents)-1 && len(sents) > 1
}

// sortFloatsDesc sorts s from the largest down.
func sortFloatsDesc(s []float64) {
	slices.SortFunc(s, func(a, b float64) int { return cmp.Compare(b, a) })
}
