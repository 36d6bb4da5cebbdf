package answer

import (
	"maps"
	"slices"
	"sort"
	"strings"

	"casebot/corpus"
	"casebot/retrieval"
	"casebot/text"
)

// multiOpening opens a multi-article answer (see sourcesFrame) with the
// decision of a one-article answer (decideOffline) taken on what it
// quotes: when the quotes lack the fact asked for (a name, a figure, a
// date, whether it is so, a thing no source mentions) it says what the
// sources do not give, then names them; else it is confident only when
// both that decision and the multi-article one (hedge false: retrieval
// is confident and a quote carries the kind of fact asked for) are.
//
// The quotes are each sentence, the lead's best first, then each
// paragraph's sentences together, as its citation quotes them: "The
// signatories included … Mira Murati" says she signed the letter only
// with the sentence before it. The question is judged without the words
// that ask about the present ("still", «ما زالت»): the newest account
// leading answers those; and without a remark after it (withoutRemark)
// or a courtesy before it (withoutCourtesy: «من فضلكم» asks nothing of
// who).
func (e *Engine) multiOpening(question string, res retrieval.Result, lang string, hedge bool, quotes []*multiQuote, order string) string {
	var sents, paras []string
	var quoted []corpus.Paragraph
	for _, q := range quotes {
		for _, s := range q.sents {
			sents = append(sents, s.text)
		}
		if len(q.sents) > 1 {
			ss := append([]sentenceCandidate(nil), q.sents...)
			sort.SliceStable(ss, func(i, j int) bool { return ss[i].pos < ss[j].pos })
			var ts []string
			for _, s := range ss {
				ts = append(ts, s.text)
			}
			paras = append(paras, strings.Join(ts, " "))
		}
		quoted = append(quoted, q.p)
	}
	key, words := e.decideOffline(withoutNowCues(withoutRemark(withoutCourtesy(question))), res, append(sents, paras...))
	if key == "according" && asksResult(question) && !toldResult(sents) {
		// "What did the inquiry find?", told only that an inquiry was
		// agreed or will report: the sources come close, no more.
		key = "hedge"
	}
	if key == "according" && e.asked(question, res) == retrieval.AskedReason && !e.reasonOnMatter(question, quotes) {
		// "Why was Summers picked for the new board?", quoted the line
		// naming him and a look back's words on the reasons for another
		// step: no quote tells a cause of what is asked about.
		key = "no-reason"
	}
	switch key {
	case "according", "hedge":
		return e.sourcesFrame(lang, hedge || key == "hedge", quotes, order)
	}
	// sourcesFrame opens with the confident phrase; the near miss's
	// phrase takes its place, before the list of sources.
	s := e.sourcesFrame(lang, false, quotes, order)
	rest, ok := strings.CutPrefix(s, strings.TrimSuffix(e.phrase(lang, "according", quoted...), ":"))
	if !ok {
		return e.sourcesFrame(lang, true, quotes, order)
	}
	f := strings.TrimSuffix(e.phrase(lang, key, quoted...), ":")
	if len(words) > 0 {
		f = strings.Replace(f, "%s", quoteList(words, lang), 1)
	}
	return f + rest
}

// withoutNowCues is question without the words that ask about the
// present state (text.NowCues: "now", "still", «ما زالت», «هلأ»), its other
// words as written: "Is Toner still on the board?" asks, of the newest
// account, whether Toner is on the board.
func withoutNowCues(question string) string {
	ws := strings.FieldsFunc(question, func(r rune) bool { return !isWordRune(r) && r != '\'' && r != '’' })
	folded := make([]string, len(ws))
	for i, w := range ws {
		folded[i] = wordsOf(w)
	}
	drop := make([]bool, len(ws))
	for _, c := range text.NowCues {
		cw := strings.Fields(text.Fold(c))
		if len(cw) == 0 {
			continue
		}
		for i := 0; i+len(cw) <= len(ws); i++ {
			match := true
			for j, x := range cw {
				if folded[i+j] != x {
					match = false
					break
				}
			}
			if match {
				for j := range cw {
					drop[i+j] = true
				}
			}
		}
	}
	if windsUp(question) {
		// "Where did she wind up?" asks, of the newest account, where she is.
		for i := 0; i+1 < len(ws); i++ {
			if (folded[i] == "wind" || folded[i] == "wound" || folded[i] == "winds") && folded[i+1] == "up" {
				drop[i], drop[i+1] = true, true
			}
		}
	}
	var kept []string
	for i, w := range ws {
		if !drop[i] {
			kept = append(kept, w)
		}
	}
	if len(kept) == 0 || len(kept) == len(ws) {
		return question
	}
	out := strings.Join(kept, " ")
	if r := []rune(strings.TrimSpace(question)); len(r) > 0 && (r[len(r)-1] == '?' || r[len(r)-1] == '؟') {
		out += string(r[len(r)-1])
	}
	return out
}

// withoutRemark is question without a remark that follows its question
// mark and asks nothing ("Was safety behind it? Shear denied it, but some
// talk of safety reviews"): the remark names people and matters the
// user has read of, which no source need answer for the answer to be
// given. A question whose remark asks a question too ("Was he fired?
// Why?") is kept whole.
func withoutRemark(question string) string {
	part := askingPart(question)
	if part == strings.TrimSpace(question) {
		return question
	}
	rest := strings.TrimLeft(strings.TrimSpace(question)[len(part):], "?؟ ")
	if strings.ContainsAny(rest, "?؟") {
		return question
	}
	return part
}

// resultAsked mark a question asking what an inquiry, a review or a
// process came to (folded; Arabic with a one-letter prefix too): its
// results, findings, conclusion, outcome or verdict.
var resultAsked = []string{"result", "results", "finding", "findings", "conclude", "concluded",
	"concluding", "concludes", "conclusion", "conclusions", "outcome", "verdict", "نتيجه", "نتائج", "النتيجه", "النتائج", "استنتاجات", "خلاصه"}

// resultTold mark a sentence telling what something came to: "a review
// concluded that…", «بعد مراجعة خلصت إلى أن…», "found that…".
var resultTold = []string{"concluded", "conclusion", "found that", "finds that", "findings", "result", "results",
	"outcome", "verdict", "خلصت", "خلص", "نتيجه", "نتائج", "النتيجه", "النتائج", "توصلت", "توصل", "كشفت", "كشف التحقيق"}

// asksResult reports whether a question asks what something came to
// ("What did the investigation conclude?", «شو كانت نتيجة التحقيق؟»).
// "When was the deal reached?" asks no result.
// A later question after the first («التقرير طلع؟ شو كانت النتايج؟») asks
// too (withoutRemark keeps it); so does "what did the inquiry find",
// though not "how did they find out".
func asksResult(question string) bool {
	return carriesCue(withoutRemark(question), resultAsked) || asksFinding(askingPart(question))
}

// asksFinding reports whether a question opens with "what" and asks what
// something found ("What did the investigation find in the end?"); "find
// out" asks how something became known.
func asksFinding(question string) bool {
	ws := strings.Fields(wordsOf(question))
	if len(ws) == 0 || ws[0] != "what" && ws[0] != "whats" {
		return false
	}
	for i, w := range ws {
		if w == "find" && (i+1 == len(ws) || ws[i+1] != "out") {
			return true
		}
	}
	return false
}

// toldResult reports whether a sentence of sents tells what something
// came to (resultTold). "An independent investigation has been agreed"
// and «سيعيّن محققًا مستقلًا» tell that one will be held, not its result.
func toldResult(sents []string) bool {
	for _, s := range sents {
		if carriesCue(s, resultTold) {
			return true
		}
	}
	return false
}

// causeCues mark a sentence that tells a cause or a reason (folded;
// Arabic with a one-letter prefix too): the words that open a cause or an
// effect (causeMarkers: "because", «بسبب», «بهدف»; effectMarkers:
// "sparked", «أثار», «مما»), and causePhrases. They are loose: a sentence
// that has one may still tell no cause, but one that has none and no
// reason word (reasonCues) tells none in so many words.
var causeCues = slices.Concat(slices.Sorted(maps.Keys(causeMarkers)), slices.Sorted(maps.Keys(effectMarkers)), causePhrases)

// causePhrases are the cues of causeCues beside the cause and effect
// markers: "over", "after a review concluded", «احتجاجًا على», «بعد
// مراجعة», «إذ», an accusation, and a demand ("threatening to quit unless
// the board resigned", «ما لم يستقل», «إذا لم يُعَد»).
var causePhrases = []string{"over", "after", "since", "in protest", "so that", "amid", "following", "accused",
	"احتجاجا", "بعد", "اذ", "اثر", "جراء", "نتيجه", "اتهم", "اتهامات", "اتهامه", "خلاف", "unless", "ما لم", "اذا لم"}

// reasonOnMatter reports whether a quote tells a cause of what a
// why-question asks about: one of its paragraphs carries the question's
// matter (carriesMatter, read in the standard reading too) and a sentence
// of it a cause or reason cue. A question with no specific word to tell
// its matter by (every word common in the corpus: "Why was Altman
// fired?"), or one asking a further question, is not judged: true.
func (e *Engine) reasonOnMatter(question string, quotes []*multiQuote) bool {
	q := withoutRemark(withoutCourtesy(question))
	if askingPart(q) != strings.TrimSpace(q) {
		// A further question after it («ليش اتصل بها؟ شو طلب منها؟»)
		// may be what the quotes answer.
		return true
	}
	mt := e.matterOf(q, e.standardReading(askingPart(q)))
	if len(mt.forms) == 0 {
		return true
	}
	for _, mq := range quotes {
		if !mt.carriedBy(mq.p.Section + " " + mq.p.Text) {
			continue
		}
		for _, s := range mq.sents {
			if carriesCue(s.text, causeCues) || carriesReason(s.text) {
				return true
			}
		}
	}
	return false
}
