package answer

import (
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
// leading answers those.
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
	key, words := e.decideOffline(withoutNowCues(question), res, append(sents, paras...))
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
// present state (nowCues: "now", "still", «ما زالت», «هلأ»), its other
// words as written: "Is Toner still on the board?" asks, of the newest
// account, whether Toner is on the board.
func withoutNowCues(question string) string {
	ws := strings.FieldsFunc(question, func(r rune) bool { return !isWordRune(r) && r != '\'' && r != '’' })
	folded := make([]string, len(ws))
	for i, w := range ws {
		folded[i] = wordsOf(w)
	}
	drop := make([]bool, len(ws))
	for _, c := range nowCues {
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
