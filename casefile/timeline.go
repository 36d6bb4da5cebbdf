package casefile

import (
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"casebot/text"
)

// Placements of an Event.
const (
	// PlacedByDate: the event has a date, written or inferred.
	PlacedByDate = "dated"
	// PlacedByOrder: undated, placed after an earlier event by an order
	// word of the article (لاحقًا، بعد أيام، later).
	PlacedByOrder = "after"
	// Unplaced: undated, with nothing to place it by; listed apart.
	Unplaced = "undated"
)

// Event is one thing that happened, as the corpus reports it.
type Event struct {
	// When is the time as the articles give it ("16 نوفمبر", "later"), the
	// expressions of every merged report joined by " / "; "" when none.
	When string `json:"when,omitempty"`
	// Date is the normalised date or range, when one can be derived.
	Date *Date `json:"date,omitempty"`
	// Placement is PlacedByDate, PlacedByOrder or Unplaced.
	Placement string `json:"placement"`
	// After is, for PlacedByOrder, the event this one follows (its text).
	After string `json:"after,omitempty"`
	// Text is the line shown: verbatim from the first citation's paragraph.
	Text string `json:"text"`
	// Written is a model's short line for the event, which passed the
	// citation check (see answer.Engine.WriteTimeline); "" offline.
	Written string `json:"written,omitempty"`
	// WrittenCites are the paragraphs the written line's marks named
	// (among the ones it was given).
	WrittenCites []string `json:"written_cites,omitempty"`
	// Citations are the paragraphs that report the event, one per paragraph;
	// several when articles (or an article's lead and body) report it alike.
	Citations []Citation `json:"citations"`
	// People are the ids of the people the reports name.
	People []string `json:"people,omitempty"`

	persons  map[*Person]bool
	concepts map[string]bool
	rel      relKind
	seq      int       // order in the corpus
	sortDay  time.Time // day the event sorts by (zero: not placed)
	sub      int       // steps after sortDay, for events placed by order
	members  []*Event
	anchor   *Event
	paraRefs []string
	fragment bool // the line is part of a sentence, not a whole one
	start    int  // byte offset of the line in its paragraph
	para     string
}

// maxLineRunes bounds how far an event's line runs into the sentences that
// follow its first in the paragraph.
const maxLineRunes = 320

// extend makes the event's line run on over the next sentence of its
// paragraph (which gives no time of its own), while it stays short.
func (e *Event) extend(s *sentence) {
	if s.para.Text != e.para {
		return
	}
	end := s.start + len(s.text)
	if end <= e.start || utf8.RuneCountInString(e.para[e.start:end]) > maxLineRunes || e.fragment {
		return
	}
	e.Text = e.para[e.start:end]
	e.Citations[0].Quote = e.Text
}

// Timeline is the case in time order.
type Timeline struct {
	// Topic is the topic asked for, "" for the whole case.
	Topic string `json:"topic,omitempty"`
	// Events are the dated events and those placed by order words, in order.
	Events []Event `json:"events"`
	// Undated are the events nothing places, in the order of the corpus.
	Undated []Event `json:"undated"`
}

// concepts are kinds of action that two reports of one event share. Arabic
// entries are folded stems matched at the start of a word once clitics,
// the article and one verb prefix are removed; "=" entries must match the
// whole word. English entries are matched at the start of a lower-cased word.
var concepts = map[string][]string{
	"fire":      {"اقال", "اقيل", "عزل", "ابعد", "ابعاد", "اطاح", "طرد", "fire", "firing", "oust", "dismiss", "remov", "sack", "pushed"},
	"return":    {"عاد", "عود", "عيد", "return", "reinstat", "back"},
	"appoint":   {"عين", "=تعيين", "appoint", "named", "replac"},
	"resign":    {"استقال", "تنحي", "تنحى", "quit", "resign", "stepped", "step"},
	"join":      {"انضم", "نضم", "join"},
	"vote":      {"صوت", "تصويت", "vote"},
	"meet":      {"اجتمع", "اجتماع", "لقاء", "meet", "met"},
	"sign":      {"=وقع", "=وقعوا", "=الموقعين", "=الموقعون", "=توقيع", "sign"},
	"announce":  {"اعلن", "اعلان", "announc"},
	"accuse":    {"اتهم", "اتهام", "accus"},
	"call":      {"مكالم", "اتصال", "اتصل", "call"},
	"threaten":  {"هدد", "تهديد", "threat"},
	"discover":  {"اكتشف", "كشف", "discover", "reveal"},
	"release":   {"اطلق", "اطلاق", "releas", "launch"},
	"investig":  {"تحقيق", "محقق", "investigat"},
	"regret":    {"اسف", "ندم", "regret"},
	"agreement": {"اتفاق", "اتفق", "agreement", "deal"},
	"lie":       {"كذب", "lie", "lied", "lying"},
}

// wordStems lists the forms under which a folded word is compared with the
// concept stems: itself, without a clitic, without the article, without one
// verb or noun prefix.
func wordStems(f string) []string {
	out := []string{f}
	add := func(s string) {
		if len([]rune(s)) >= 2 && !contains(out, s) {
			out = append(out, s)
		}
	}
	for _, c := range []string{"و", "ف", "ب", "ل", "ك"} {
		if s, ok := strings.CutPrefix(f, c); ok {
			add(s)
		}
	}
	for _, w := range append([]string(nil), out...) {
		if s, ok := strings.CutPrefix(w, "ال"); ok {
			add(s)
		}
		if s, ok := strings.CutPrefix(w, "لل"); ok {
			add(s)
		}
	}
	for _, w := range append([]string(nil), out...) {
		for _, p := range []string{"سي", "ست", "سن", "ي", "ت", "ن", "ا", "م"} {
			if s, ok := strings.CutPrefix(w, p); ok {
				add(s)
			}
		}
	}
	return out
}

// conceptsOf returns the concepts the words of toks express.
func conceptsOf(toks []token) map[string]bool {
	out := map[string]bool{}
	for _, t := range toks {
		if !t.word {
			continue
		}
		stems := wordStems(t.fold)
		for c, pats := range concepts {
			for _, p := range pats {
				whole := strings.HasPrefix(p, "=")
				p = strings.TrimPrefix(p, "=")
				for _, s := range stems {
					if (whole && s == p) || (!whole && strings.HasPrefix(s, p)) {
						out[c] = true
					}
				}
			}
		}
	}
	return out
}

// eventTimes returns the expressions of s that date its events: not those
// that date a state ("since Friday"), not a dateline ("SAN FRANCISCO, Nov
// 24 –") at the head of an article.
func eventTimes(s *sentence) []timeExpr {
	var out []timeExpr
	all := findTimes(s.text)
	toks := s.toks
	explicitAfter := func(i int) bool {
		for _, e := range all[i+1:] {
			if e.rel == relNone && !e.state {
				return true
			}
		}
		return false
	}
	for i, e := range all {
		if e.state {
			continue
		}
		if s.para.N == 1 && s.start == 0 && e.end < 60 {
			rest := strings.TrimSpace(s.text[e.end:])
			if strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "-") {
				continue // a dateline: when the story was filed
			}
		}
		if e.rel != relNone {
			// "بعد يوم واحد فقط من مشاركته": after what follows, not after
			// the event before; and an order word before a written date
			// ("two days later … from Sunday, Nov. 19") yields to the date.
			if followedBy(toks, e.end, "من", 2) || explicitAfter(i) {
				continue
			}
		} else if inRelativeClause(toks, e.start) {
			continue // "الذي ترك رئاستها في مارس الماضي": background, not the event
		}
		out = append(out, e)
	}
	return out
}

// followedBy reports whether one of the next n words after byte offset at
// is w (folded), "فقط" and "only" not counted.
func followedBy(toks []token, at int, w string, n int) bool {
	for _, t := range toks {
		if t.start < at || !t.word {
			continue
		}
		if t.fold == "فقط" || t.fold == "only" || t.fold == "just" {
			continue
		}
		if t.fold == w {
			return true
		}
		n--
		if n == 0 {
			return false
		}
	}
	return false
}

// relativePronouns open a clause about something else than the sentence's event.
var relativePronouns = map[string]bool{"الذي": true, "التي": true, "الذين": true, "اللذين": true, "اللتين": true, "who": true, "which": true}

// inRelativeClause reports whether byte offset at lies in a relative clause:
// a relative pronoun stands between it and the comma before it.
func inRelativeClause(toks []token, at int) bool {
	for i := len(toks) - 1; i >= 0; i-- {
		t := toks[i]
		if t.start >= at {
			continue
		}
		if !t.word && (t.raw == "،" || t.raw == "," || t.raw == "؛" || t.raw == ";") {
			return false
		}
		if relativePronouns[t.fold] {
			return true
		}
	}
	return false
}

// segment is the part of a sentence one time expression dates.
type segment struct {
	start, end int
	expr       *timeExpr
}

// clauseBreaks separate the clauses of a sentence that two time
// expressions date differently.
var clauseBreaks = []string{"،", ",", "؛", ";", " and ", " after ", " but ", " when ", " before "}

// segments cuts a sentence with several time expressions into clauses,
// each starting after the last comma before its expression.
func segments(s string, times []timeExpr) []segment {
	if len(times) == 0 {
		return []segment{{0, len(s), nil}}
	}
	var out []segment
	start := 0
	for i := range times {
		if i > 0 {
			lo := times[i-1].end
			cut, cutEnd := -1, -1
			for _, sep := range clauseBreaks {
				if k := strings.LastIndex(s[lo:times[i].start], sep); k >= 0 && lo+k > cut {
					cut, cutEnd = lo+k, lo+k+len(sep)
				}
			}
			if cut < 0 {
				continue // no clause break: the first expression dates it all
			}
			out[len(out)-1].end = cut
			start = cutEnd
		}
		out = append(out, segment{start: start, end: len(s), expr: &times[i]})
	}
	for i := range out {
		seg := s[out[i].start:out[i].end]
		trimmed := strings.TrimLeft(seg, " ")
		out[i].start += len(seg) - len(trimmed)
		out[i].end = out[i].start + len(strings.TrimRight(trimmed, " ،,؛;"))
	}
	return out
}

// buildEvents turns sentences into events: one per time expression, with
// the sentences that follow in the same paragraph (and give no time of
// their own) folded into it; then places, merges and filters them.
func buildEvents(sents []*sentence) []*Event {
	var all []*Event
	var ctx *dateContext
	var art, curPara string
	// prev is the last placed event of the article, last the last event,
	// cur the event of the paragraph so far.
	var prev, last, cur *Event
	seq := 0
	for _, s := range sents {
		if s.article.ID != art {
			art = s.article.ID
			ctx = &dateContext{published: articleDate(s.article)}
			prev, last, cur = nil, nil, nil
		}
		if s.para.Ref != curPara {
			curPara, cur = s.para.Ref, nil
		}
		times := eventTimes(s)
		if len(times) == 0 && cur != nil {
			cur.absorb(s, s.toks)
			cur.extend(s)
			continue
		}
		for _, seg := range segments(s.text, times) {
			quote := s.text[seg.start:seg.end]
			if strings.TrimSpace(quote) == "" {
				continue
			}
			e := &Event{Text: quote, Placement: Unplaced, seq: seq, persons: map[*Person]bool{}, concepts: map[string]bool{},
				para: s.para.Text, start: s.start + seg.start, fragment: seg.start > 0 || seg.end < len(strings.TrimRight(s.text, " "))-1}
			seq++
			e.Citations = []Citation{cite(s, quote)}
			e.paraRefs = []string{s.para.Ref}
			segToks := tokenize(quote)
			e.absorb(s, segToks)
			if len(e.persons) == 0 {
				for _, m := range s.mention {
					e.persons[m.person] = true // "قبل أن تعيده": the sentence's people
				}
			}
			if seg.expr != nil {
				e.When = seg.expr.text
				anchor := prev
				if seg.expr.rel == relDuring {
					anchor = last // "during those calls": the event just told
				}
				e.place(*seg.expr, ctx, anchor)
			}
			all = append(all, e)
			cur, last = e, e
			if e.Placement != Unplaced {
				prev = e
			}
		}
	}
	// Keep events that name someone of the case or have a time; drop questions.
	var kept []*Event
	for _, e := range all {
		q := strings.TrimSpace(e.Text)
		if strings.HasSuffix(q, "؟") || strings.HasSuffix(q, "?") {
			continue
		}
		if len(e.persons) == 0 && e.Date == nil {
			continue
		}
		kept = append(kept, e)
	}
	return merge(kept)
}

// absorb adds the people and kinds of action of a sentence (or the part of
// it given as toks) to the event.
func (e *Event) absorb(s *sentence, toks []token) {
	for _, m := range s.mention {
		if m.start < len(s.toks) && inSpan(s.toks[m.start], toks, s.text, e.Text) {
			e.persons[m.person] = true
		}
	}
	for c := range conceptsOf(toks) {
		e.concepts[c] = true
	}
}

// inSpan reports whether a mention token of the sentence lies in the part
// toks was cut from (the whole sentence when the part is all of it).
func inSpan(t token, toks []token, sentence, part string) bool {
	if len(toks) == 0 {
		return false
	}
	off := strings.Index(sentence, part)
	if off < 0 || len(part) == len(sentence) {
		return true
	}
	return t.start >= off && t.end <= off+len(part)
}

// place dates or places an event from its time expression, the article's
// date context and the event before it in the article.
func (e *Event) place(x timeExpr, ctx *dateContext, prev *Event) {
	if x.rel == relNone {
		d := ctx.resolve(x)
		ctx.note(x, d)
		if d != nil {
			e.Date = d
			e.Placement = PlacedByDate
			e.sortDay, _ = d.dayRange()
		}
		return
	}
	e.rel = x.rel
	if prev == nil || prev.Placement == Unplaced {
		return // an order word with nothing placed before it to order against
	}
	e.anchor = prev
	switch {
	case prev.Date != nil && (x.rel == relSameDay || x.rel == relDays) && prev.Date.Precision == PrecDay:
		e.Date = shiftDays(*prev.Date, x.relDays, "counted from the event before it ("+prev.Date.Start+", "+strings.TrimSpace(x.text)+")")
	case prev.Date != nil && x.rel == relDuring:
		d := *prev.Date
		d.Inferred, d.How, d.Basis = true, "during", "during the event before it ("+d.Start+")"
		e.Date = &d
	}
	if e.Date != nil {
		e.Placement = PlacedByDate
		e.sortDay, _ = e.Date.dayRange()
		return
	}
	e.Placement = PlacedByOrder
	e.After = prev.Text
	e.sortDay, e.sub = prev.sortDay, prev.sub+1
}

// precisionRank orders events for merging: the most precise first.
func precisionRank(e *Event) int {
	if e.Date == nil {
		return 5
	}
	switch e.Date.Precision {
	case PrecDay:
		if e.Date.Inferred {
			return 1
		}
		return 0
	case PrecMonth:
		return 2
	case PrecSeason:
		return 3
	}
	return 4
}

// compatible reports whether two events' dates can be one event's.
func compatible(a, b *Event) bool {
	if a.Date == nil || b.Date == nil {
		return true
	}
	as, ae := a.Date.dayRange()
	bs, be := b.Date.dayRange()
	return !as.After(be) && !bs.After(ae)
}

// sameEvent reports whether e reports what m does: they are in different
// paragraphs, their dates agree, and they name a person and an action in
// common (a person and two actions when one of them, in another article,
// gives no time at all: an undated report is weaker evidence).
// Within one article only the lead (its first paragraph), which sums up
// what the body tells, is merged with the body.
func sameEvent(m, e *Event) bool {
	for _, r := range e.paraRefs {
		if contains(m.paraRefs, r) {
			return false
		}
	}
	if !compatible(m, e) {
		return false
	}
	if m.Citations[0].ArticleID == e.Citations[0].ArticleID && (m.Citations[0].Paragraph == 1) == (e.Citations[0].Paragraph == 1) {
		return false
	}
	if m.rel == relDuring || e.rel == relDuring {
		return false
	}
	people, actions := 0, 0
	for p := range e.persons {
		if m.persons[p] {
			people++
		}
	}
	for c := range e.concepts {
		if m.concepts[c] {
			actions++
		}
	}
	need := 2
	lead := m.Citations[0].ArticleID == e.Citations[0].ArticleID
	if (m.When == "" || e.When == "") && !lead {
		need = 3
	}
	if need == 3 {
		return people >= 1 && actions >= 2
	}
	return people >= 1 && actions >= 1
}

// merge joins the reports of one event (see sameEvent, checked against
// every report already joined) and orders the result.
func merge(events []*Event) []*Event {
	order := append([]*Event(nil), events...)
	sort.SliceStable(order, func(i, j int) bool { return precisionRank(order[i]) < precisionRank(order[j]) })
	var clusters []*Event
	for _, e := range order {
		var home *Event
		for _, c := range clusters {
			ok := true
			for _, m := range c.members {
				if !sameEvent(m, e) {
					ok = false
					break
				}
			}
			if ok {
				home = c
				break
			}
		}
		if home == nil {
			c := *e
			c.members = []*Event{e}
			c.persons = map[*Person]bool{}
			c.concepts = map[string]bool{}
			for p := range e.persons {
				c.persons[p] = true
			}
			for k := range e.concepts {
				c.concepts[k] = true
			}
			c.paraRefs = append([]string(nil), e.paraRefs...)
			clusters = append(clusters, &c)
			continue
		}
		if home.fragment && !e.fragment {
			home.Text, home.fragment = e.Text, false // a whole sentence reads better
		}
		home.members = append(home.members, e)
		home.Citations = append(home.Citations, e.Citations...)
		home.paraRefs = append(home.paraRefs, e.paraRefs...)
		for p := range e.persons {
			home.persons[p] = true
		}
		if e.When != "" && !strings.Contains(home.When, e.When) {
			if home.When == "" {
				home.When = e.When
			} else {
				home.When += " / " + e.When
			}
		}
		if home.Date == nil && e.Date != nil {
			home.Date, home.Placement, home.sortDay, home.sub = e.Date, e.Placement, e.sortDay, e.sub
		}
		if home.Placement == Unplaced && e.Placement == PlacedByOrder {
			home.Placement, home.After, home.sortDay, home.sub = e.Placement, e.After, e.sortDay, e.sub
		}
		home.seq = min(home.seq, e.seq)
	}
	// An event placed after another follows the merged event that one
	// ended up in ("بعد أيام" after the lead's firing, now dated 16 Nov).
	home := map[*Event]*Event{}
	for _, c := range clusters {
		for _, m := range c.members {
			home[m] = c
		}
	}
	for range 4 { // chains of order words settle in a few passes
		for _, c := range clusters {
			if c.Placement != PlacedByOrder {
				continue
			}
			for _, m := range c.members {
				if a := home[m.anchor]; m.anchor != nil && a != nil && a != c && a.Placement != Unplaced {
					c.sortDay, c.sub = a.sortDay, a.sub+1
					c.After = a.Text
				}
			}
		}
	}
	for _, c := range clusters {
		for p := range c.persons {
			c.People = append(c.People, p.ID)
		}
		sort.Strings(c.People)
	}
	sort.SliceStable(clusters, func(i, j int) bool {
		a, b := clusters[i], clusters[j]
		if (a.Placement == Unplaced) != (b.Placement == Unplaced) {
			return b.Placement == Unplaced
		}
		if a.Placement != Unplaced && !a.sortDay.Equal(b.sortDay) {
			return a.sortDay.Before(b.sortDay)
		}
		if a.sub != b.sub {
			return a.sub < b.sub
		}
		return a.seq < b.seq
	})
	return clusters
}

// Timeline returns the case's events in time order, or those about topic
// when it is not empty: events that name a person matching the topic
// (any spelling) or whose reports share a word with it, as matched by m
// (nil: folded words in common).
func (cf *Casefile) Timeline(topic string, m Matcher) Timeline {
	topic = strings.TrimSpace(topic)
	tl := Timeline{Topic: topic, Events: []Event{}, Undated: []Event{}}
	var who map[string]bool
	if topic != "" {
		who = map[string]bool{}
		for _, p := range cf.FindPeople(topic) {
			who[p.ID] = true
		}
	}
	for _, e := range cf.events {
		if topic != "" && !e.about(topic, who, m) {
			continue
		}
		out := *e
		out.Citations = append([]Citation(nil), e.Citations...)
		if e.Placement == Unplaced {
			tl.Undated = append(tl.Undated, out)
		} else {
			tl.Events = append(tl.Events, out)
		}
	}
	return tl
}

// Matcher scores how much of a query a text carries, in [0, 1];
// *retrieval.Index is one (its Match).
type Matcher interface {
	Match(query, text string) float64
}

// topicMatchAt is the share of a topic's information a report must carry.
const topicMatchAt = 0.5

// about reports whether the event is about topic.
func (e *Event) about(topic string, who map[string]bool, m Matcher) bool {
	for _, id := range e.People {
		if who[id] {
			return true
		}
	}
	for _, c := range e.Citations {
		if m != nil {
			if m.Match(topic, c.Quote) >= topicMatchAt {
				return true
			}
			continue
		}
		for _, w := range strings.Fields(text.Fold(topic)) {
			if len([]rune(w)) >= 3 && strings.Contains(text.Fold(c.Quote), w) {
				return true
			}
		}
	}
	return false
}

// Line is the line shown for the event: the model's checked line when there
// is one, else the article's own sentence.
func (e Event) Line() string {
	if e.Written != "" {
		return e.Written
	}
	return e.Text
}

// LineCitations are the citations of Line: for a model's line, the
// paragraphs its marks named; else every paragraph of the event.
func (e Event) LineCitations() []Citation {
	if e.Written == "" {
		return e.Citations
	}
	var out []Citation
	for _, c := range e.Citations {
		for _, r := range e.WrittenCites {
			if c.Ref == r {
				out = append(out, c)
			}
		}
	}
	return out
}
