package retrieval

import (
	"strings"
	"unicode"

	"casebot/text"
)

// Questions anchored right at an event, on the cross-language path.
//
// "What was Sam doing the day before he got canned?", "right after the
// firing, what did Microsoft say?", «ألتمان كان وين قبل ما يقيلوه بيوم؟»,
// «مايكروسوفت أول ما طار ألتمان شو كان موقفها» place what they ask at a
// time measured from an event: the relative-time words ("the day before",
// "right after", «أول ما», «على طول») are the question's frame, and the
// event after them is what the answering paragraph must be told with.
// Matched word by word, such a question prefers any paragraph that says
// "the day", «اليوم» or "fired" (Brockman "quit in protest on the day Altman
// was fired", told in the report of the return), over the report of the
// event itself. What happened right at an event, or just before it, is
// told in the first report of it (rerank_event.go: the earliest article
// whose headline names it); a later report tells it only in passing, and
// the first report of the other leadership event not at all. So for such
// a question every leading candidate in the first report of the anchoring
// event gains anchorWeight, and one in the first report of another
// leadership event only loses it. A plain "after the firing" (where did he
// go after being fired: to Microsoft, told days later) anchors nothing:
// only an immediacy cue next to the clause ("right", "just", "the day",
// «على طول», «بيوم», «فور») makes the event the anchor; "the day" or «يوم
// ما» / «يوم اللي» before the clause ("what did Microsoft say the day Sam
// got fired", «يوم ما طردوه») anchors it at the event's own day (measured
// with h30-lex: i11_dev7 one first, none lost). Ranking only.

// anchorWeight is what a leading candidate gains when its article is the
// first report of the event the question is anchored at right before or
// right after, and loses when it is the first report of another
// leadership event only (in [0, 1]), as eventWeight. Measured on the 27
// i11 multi-article sets (fused R@1 over the answerable questions): five
// questions first over five sets (i11_final4, 5, 6, 7, 16), none lost.
const anchorWeight = 0.15

// anchorConnectives (folded) open a clause that places the question before
// or after an event: the event connectives and "before" («قبل»).
var anchorConnectives = map[string]bool{
	"after": true, "once": true, "following": true, "before": true, "prior": true,
	"بعد": true, "بعدما": true, "قبل": true, "قبلما": true, "لما": true, "عقب": true, "اثر": true, "فور": true,
	"اول": true,
}

// immediacyCues (folded) make a clause's event the question's anchor: "right
// after", "just before", "the day before", "the night after", "as soon as",
// «على طول», «مباشرة», «فورا», «قبل ما يقيلوه بيوم», «تاني يوم», «أول ما»,
// «فور إقالته». They count within two words before the connective or
// inside its clause.
var immediacyCues = map[string]bool{
	"right": true, "just": true, "immediately": true, "straight": true, "directly": true, "shortly": true,
	"soon": true, "day": true, "night": true, "hours": true, "moments": true, "minutes": true,
	"طول": true, "مباشره": true, "مباشرة": true, "فورا": true, "فور": true, "بيوم": true, "يوم": true,
	"ليله": true, "ليلة": true, "بساعات": true, "ساعات": true, "لحظه": true, "لحظة": true, "تاني": true,
	"ثاني": true, "التالي": true,
}

// anchorEventSlang are analysed terms of colloquial words for the removal
// of a chief that the question side may use ("got canned", «طار ألتمان»,
// «شالوه»); kept apart from leadershipEvents, which also reads headlines,
// where «طار» is only "flew".
var anchorEventSlang = termsOf("canned", "sacking", "firing", "طار", "طيروه", "طيّروه", "شالوه", "شالو")

// anchoredEvents returns the leadership events q is anchored at right
// before or right after (see the top of the file); nil when none.
func anchoredEvents(q string) map[string]bool {
	ws := strings.FieldsFunc(text.Fold(q), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	var out map[string]bool
	for i, w := range ws {
		// "the day Sam got fired", «يوم ما طردوه»: the day of the event
		// itself, an anchor as immediate as "right after".
		sameDay := w == "day" && i > 0 && ws[i-1] == "the" ||
			w == "يوم" && i+1 < len(ws) && (ws[i+1] == "ما" || ws[i+1] == "اللي")
		if !sameDay && (i == 0 && w != "قبل" && w != "بعد" || !anchorConnectives[w]) {
			continue
		}
		if w == "اول" && (i+1 >= len(ws) || ws[i+1] != "ما") {
			continue // «أول ما» is "as soon as"; «أول» alone is "first"
		}
		end := min(len(ws), i+1+eventClauseWindow)
		immediate := sameDay || w == "فور" || w == "اول" || w == "عقب"
		for j := max(0, i-2); j < end && !immediate; j++ {
			immediate = j != i && immediacyCues[ws[j]]
		}
		if !immediate {
			continue
		}
		for j := i + 1; j < end; j++ {
			for _, t := range eventForms(ws[j]) {
				if anchorEventSlang[t] {
					out = addEvent(out, "ouster")
				}
				out = addTermEvents(out, t)
			}
		}
	}
	return out
}

// eventForms returns the analysed terms of the question word w, and for
// each ending in the plural «و» of a colloquial verb whose object pronoun
// analysis stripped («يقيلوه» → «يقيلو»), the term without it («يقيل»).
func eventForms(w string) []string {
	ts := Tokens(w)
	for _, t := range ts {
		if r := []rune(t); len(r) > 3 && r[len(r)-1] == 'و' {
			ts = append(ts, string(r[:len(r)-1]))
		}
	}
	return ts
}

// addEvent returns set with ev added, making it when nil.
func addEvent(set map[string]bool, ev string) map[string]bool {
	if set == nil {
		set = map[string]bool{}
	}
	set[ev] = true
	return set
}

// addTermEvents returns set with every leadership event whose words hold
// the analysed term t added (addEvent).
func addTermEvents(set map[string]bool, t string) map[string]bool {
	for ev, terms := range leadershipEvents {
		if terms[t] {
			set = addEvent(set, ev)
		}
	}
	return set
}

// preferAnchor moves the leading candidates of a question anchored right
// at a leadership event by anchorWeight times how their article fits that
// event (eventFit), and re-sorts them; scores are scaled back to at most 1.
func (ix *Index) preferAnchor(fused []scored, q string) {
	if len(fused) < 2 {
		return
	}
	events := anchoredEvents(q)
	if events == nil {
		return
	}
	reports := ix.firstReports()
	nudge(fused, func(doc int) float64 {
		return anchorWeight * float64(eventFit(reports, events, ix.paras[doc].Date))
	})
}
