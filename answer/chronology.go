package answer

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"casebot/casefile"
	"casebot/corpus"
	"casebot/text"
)

// Chronology topics.
//
// A topic that asks for the order of events ("timeline of altman getting
// fired and coming back", «التسلسل الزمني للأزمة») is not answered by the
// sentences that best match its words: those are about firing and returning
// in general, and leave out the days. It is answered from the case's
// timeline (casefile.Timeline): the dated events about the rest of the
// topic, in time order, each with its date and the sentence that reports
// it, quoted from its paragraph.

// chronologyCues ask for the order of events (folded, padded with spaces).
var chronologyCues = []string{
	" timeline ", " time line ", " chronology ", " chronological ", " sequence of events ", " order of events ",
	" day by day ", " step by step ", " what happened when ",
	" التسلسل الزمني ", " تسلسل زمني ", " تسلسل الاحداث ", " تسلسل ", " الخط الزمني ", " خط زمني ",
	" الجدول الزمني ", " جدول زمني ", " ترتيب الاحداث ", " يوم بيوم ", " كرونولوجيا ",
}

// chronologyFill are words left around a chronology cue that say nothing
// of what the timeline is about ("of", "the", «ل»), folded.
var chronologyFill = map[string]bool{
	"of": true, "the": true, "a": true, "for": true, "on": true, "about": true, "in": true, "full": true, "whole": true,
	"give": true, "me": true, "show": true, "quick": true, "short": true,
	"ل": true, "عن": true, "في": true, "من": true, "كامل": true, "كاملا": true, "الكامل": true, "شو": true, "ايش": true,
	// The case as a whole: its timeline is the whole timeline.
	"crisis": true, "case": true, "story": true, "saga": true, "drama": true, "events": true, "mess": true,
	"ازمه": true, "الازمه": true, "للازمه": true, "القصه": true, "القضيه": true, "الاحداث": true, "احداث": true, "للاحداث": true,
}

// chronologyTopic reports whether topic asks for the order of events and
// returns what it asks the order of ("" for the whole case).
func chronologyTopic(topic string) (rest string, ok bool) {
	words := strings.FieldsFunc(text.Fold(topic), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	line := " " + strings.Join(words, " ") + " "
	for _, c := range chronologyCues {
		i := strings.Index(line, c)
		if i < 0 {
			continue
		}
		line = line[:i] + " " + line[i+len(c):]
		var keep []string
		for _, w := range strings.Fields(line) {
			if w = strings.TrimPrefix(w, "لل"); !chronologyFill[w] && w != "" {
				keep = append(keep, w)
			}
		}
		return strings.Join(keep, " "), true
	}
	return "", false
}

// maxChronology is how many events a chronology topic quotes: as many
// points as a topic summary has.
const maxChronology = 6

// chronologyPicks returns the dated events about rest (the whole case when
// rest is "" or names too little), at most maxChronology of them, in time
// order: those reported by the most paragraphs first when there are more.
// Each is the sentence its first report starts in, quoted from its
// paragraph. ok is false when the case has fewer than two dated events.
func (e *Engine) chronologyPicks(rest string) (picks []pick, whens []string, ok bool) {
	cf := e.casefile()
	var m casefile.Matcher
	if mm, isM := e.search.(casefile.Matcher); isM {
		m = mm
	}
	tl := cf.Timeline(rest, m)
	if len(tl.Events) < 2 {
		tl = cf.Timeline("", m)
	}
	if len(tl.Events) < 2 {
		return nil, nil, false
	}
	events := tl.Events
	// Too few dated events: those nothing dates follow, marked so, in the
	// order the articles tell them.
	for _, ev := range tl.Undated {
		if len(events) >= maxChronology {
			break
		}
		ev.Date = nil
		events = append(events, ev)
	}
	idx := make([]int, len(events))
	for i := range idx {
		idx[i] = i
	}
	if len(idx) > maxChronology {
		// The events that carry most of what the topic names, then those
		// the most paragraphs report.
		fit := make([]float64, len(events))
		for i, ev := range events {
			if m != nil && rest != "" {
				fit[i] = m.Match(rest, ev.Text)
			}
		}
		slices.SortStableFunc(idx, func(a, b int) int {
			if fit[a] != fit[b] {
				if fit[a] > fit[b] {
					return -1
				}
				return 1
			}
			return len(events[b].Citations) - len(events[a].Citations)
		})
		idx = idx[:maxChronology]
		slices.Sort(idx)
	}
	for _, i := range idx {
		ev := events[i]
		if len(ev.Citations) == 0 {
			continue
		}
		p, found := e.corpus.Lookup(ev.Citations[0].Ref)
		if !found {
			continue
		}
		s := sentenceWith(p, ev.Text)
		if s == "" {
			continue
		}
		picks = append(picks, pick{p: p, sentence: s})
		whens = append(whens, chronologyDate(ev))
	}
	return picks, whens, len(picks) >= 2
}

// sentenceWith returns the sentence of p in which line starts, or "".
func sentenceWith(p corpus.Paragraph, line string) string {
	head := []rune(strings.TrimSpace(line))
	if len(head) > 40 {
		head = head[:40]
	}
	for _, s := range text.Sentences(p.Text) {
		if strings.Contains(s, string(head)) {
			return s
		}
	}
	return ""
}

// chronologyDate is an event's normalised date as a label ("2023-11-17",
// "2023-06 … 2023-08"), or the words that place it ("later").
func chronologyDate(ev casefile.Event) string {
	if ev.Date == nil {
		return ev.When // placed by order ("later", «لاحقًا»), or ""
	}
	if ev.Date.End != "" && ev.Date.End != ev.Date.Start {
		return ev.Date.Start + " … " + ev.Date.End
	}
	return ev.Date.Start
}

// summarizeChronology writes a chronology topic's summary: the topic's
// heading, then each event dated, in order.
func (e *Engine) summarizeChronology(_ context.Context, s Summary, lang string, picks []pick, whens []string) Summary {
	quoted := make([]corpus.Paragraph, len(picks))
	for i, p := range picks {
		quoted[i] = p.p
	}
	var b strings.Builder
	b.WriteString(fmt.Sprintf(e.phrase(lang, "topic", quoted...), s.Topic))
	for i, p := range picks {
		s.Citations = append(s.Citations, cite(i+1, p.p, p.sentence))
		when := whens[i]
		if when == "" {
			when = FormatDate("", lang) // undated
		}
		fmt.Fprintf(&b, "\n• %s — %s [%d]", when, p.sentence, i+1)
	}
	s.Summary = b.String()
	return s
}
