package retrieval

import (
	"strings"
	"unicode"

	"casebot/corpus"
	"casebot/text"
)

// Event-anchored questions about what someone said, on the
// cross-language path.
//
// "What did Altman tweet right after getting fired?" and "what did Sam
// post on X once the deal was done?" ask for the same kind of paragraph
// (Altman writing on X) at two different times, and the corpus tells both:
// «وكتب ألتمان على منصة إكس…» in the report of the firing (18 Nov) and
// "…, Altman wrote on X." in the report of his return (24 Nov). What tells
// them apart is when each was written. The clause after "after", "once",
// "when", «بعد ما», «لما» names an event of a leadership change (the
// ouster, or the return), and the article whose headline reports that
// event is the report of it: the first such article, by date, is where
// what happened right at it is told, and an article dated before it
// cannot tell what came after. Among the leading candidates where the
// person asked about speaks, those in that first report gain
// eventWeight, and those in the first report of the other event (what he
// wrote on his return, for a question on his firing) lose it. The events'
// dates come from the corpus's own headlines and dates, not from the
// casefile (which imports this package). Ranking only: no answer depends
// on it.

// eventWeight is what a leading candidate where the asked-about speaker
// speaks gains when its article is the first report of the question's
// event, and loses when it is the first report of another event only (in
// [0, 1], on top of preferActor's actorWeight). Measured on the 20
// multi-article sets (fused R@1 over answerable): 0.1 left "what did
// altman tweet right after getting fired" behind his post on the return,
// which says "fired"; 0.15 brings twelve questions first over eight sets
// and loses none.
const eventWeight = 0.15

// eventConnectives (folded) open a clause that places the question at an
// event: "after he was fired", "once the deal was done", "when he got his
// job back", «بعد ما طردوه», «لما رجع». Not as the question's first word,
// where "when" asks for a time.
var eventConnectives = map[string]bool{
	"after": true, "once": true, "when": true, "following": true,
	"بعد": true, "بعدما": true, "لما": true, "لمّا": true, "عندما": true, "حين": true, "حينما": true, "اول": true,
}

// leadershipEvents are the analysed terms of the words that name the two
// events of a leadership change: the removal of a chief and the return
// (or the deal that brought it).
var leadershipEvents = map[string]map[string]bool{
	"ouster": termsOf("fired", "fire", "ousted", "ouster", "oust", "removed", "removal", "dismissed", "dismissal",
		"sacked", "axed", "booted", "kicked", "إقالة", "أقال", "أقيل", "تقيل", "يقيل", "أقالوه", "طرد", "طردوه", "طردوا",
		"انطرد", "اتطرد", "عزل", "عزلوه", "انعزل", "أبعد", "إبعاد"),
	"return": termsOf("back", "return", "returned", "returns", "reinstated", "reinstatement", "rehired", "deal",
		"agreement", "عودة", "عودته", "عاد", "يعود", "رجع", "رجوع", "رجوعه", "يرجعوه", "رجعوه", "يرجع", "رجعوا",
		"أعاد", "أعادوه", "إعادة", "اتفاق", "اتفقوا", "اتفق"),
}

// eventClauseWindow is how many words after its connective a clause's
// event word may stand ("when he got his job back": four).
const eventClauseWindow = 5

// askedEvents returns the leadership events the question q places itself
// at ("ouster", "return"): those named in a clause opened by a connective
// that is not the question's first word. nil when it names none.
func askedEvents(q string) map[string]bool {
	ws := strings.FieldsFunc(text.Fold(q), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	var out map[string]bool
	for i, w := range ws {
		if i == 0 || !eventConnectives[w] {
			continue
		}
		if w == "اول" && (i+1 >= len(ws) || ws[i+1] != "ما") {
			continue // «أول ما» is "as soon as"; «أول» alone is "first"
		}
		for j := i + 1; j < len(ws) && j <= i+eventClauseWindow; j++ {
			for _, t := range Tokens(ws[j]) {
				out = addTermEvents(out, t)
			}
		}
	}
	return out
}

// firstReports returns, for each date of an article that is the first
// report of a leadership event, the events it first reports
// (firstReportsOf, worked out once when the index is built). The map is
// shared and must not be changed.
func (ix *Index) firstReports() map[string]map[string]bool {
	return ix.reports
}

// firstReportsOf returns, for each date of an article that is the first
// report of a leadership event (the earliest among the articles whose
// headline uses one of the event's words), the events it first reports.
// Undated articles report nothing.
func firstReportsOf(paras []corpus.Paragraph) map[string]map[string]bool {
	first := map[string]string{}
	seen := map[string]bool{}
	for _, p := range paras {
		if p.Date == "" || seen[p.ArticleID] {
			continue
		}
		seen[p.ArticleID] = true
		for _, t := range Tokens(p.Title) {
			for ev, terms := range leadershipEvents {
				if terms[t] && (first[ev] == "" || p.Date < first[ev]) {
					first[ev] = p.Date
				}
			}
		}
	}
	out := map[string]map[string]bool{}
	for ev, d := range first {
		if out[d] == nil {
			out[d] = map[string]bool{}
		}
		out[d][ev] = true
	}
	return out
}

// eventFit tells how a paragraph dated date fits a question placed at
// the events asked: +1 when its article is the first report of one of
// them, -1 when it is the first report of another leadership event only
// (the post Altman wrote on his return does not tell what he wrote on
// being fired), 0 otherwise.
func eventFit(reports map[string]map[string]bool, asked map[string]bool, date string) int {
	evs := reports[date]
	if len(evs) == 0 {
		return 0
	}
	for ev := range evs {
		if asked[ev] {
			return 1
		}
	}
	return -1
}

// asksSpeechArabic reports whether the Arabic question v asks what someone
// said with one of the speech words of the Arabic path («شو كتب ألتمان»,
// speechAsks). It places only an event-anchored question (askedEvents):
// elsewhere the cross-language path leaves Arabic speech questions as they
// were measured («مايكروسوفت قالت انها…» asks what Microsoft plans, and
// lifting where Microsoft speaks put an older account first).
func asksSpeechArabic(v queryView) bool {
	for _, u := range v.units {
		if text.IsArabicWord(u.word) && speechAsks[u.word] {
			return true
		}
	}
	return false
}
