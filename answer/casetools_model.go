package answer

import (
	"context"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"casebot/casefile"
	"casebot/corpus"
)

// casetoolsRunes caps the paragraph text sent with a timeline or a
// who's-who to the model; events whose paragraphs do not fit keep their
// offline lines.
const casetoolsRunes = 16000

// Written counts what the model wrote for a timeline or a who's who and
// what the check made of it.
type Written struct {
	// Model names the model; "" when none wrote anything.
	Model string `json:"model,omitempty"`
	// Kept lines passed the check; Rejected were replaced by the offline
	// line (no citation, a citation to another paragraph than the line's
	// own, or a quote its paragraphs do not hold); Missing got no line.
	Kept     int `json:"kept"`
	Rejected int `json:"rejected"`
	Missing  int `json:"missing"`
	// Notice explains a failure of the model (the offline lines are shown).
	Notice string `json:"notice,omitempty"`
}

// casetoolsCache keeps what the model wrote, per corpus version, topic and
// language, so it is written once.
type casetoolsCache struct {
	mu    sync.Mutex
	lines map[string]map[int]writtenLine
	stats map[string]Written
}

// writtenLine is a model's line that passed the check, with the
// paragraphs its marks named.
type writtenLine struct {
	text string
	refs []string
}

func (c *casetoolsCache) get(key string) (map[int]writtenLine, Written, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	l, ok := c.lines[key]
	return l, c.stats[key], ok
}

func (c *casetoolsCache) put(key string, l map[int]writtenLine, w Written) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.lines == nil {
		c.lines, c.stats = map[string]map[int]writtenLine{}, map[string]Written{}
	}
	c.lines[key], c.stats[key] = l, w
}

// itemLine is one item (event or person) the model is asked to write a
// line for, with the paragraphs it may cite.
type itemLine struct {
	id    int
	brief string   // what the item is, for the prompt
	refs  []string // the paragraphs that say it
}

// lineItemPattern reads "E3 | text" lines of a reply.
var lineItemPattern = regexp.MustCompile(`(?m)^\s*[-•*]?\s*[EP]?(\d{1,3})\s*[|:：]\s*(.+)$`)

// writeLines asks the model for one short, cited line per item, and keeps
// each line only when it passes the check: at least one citation mark, all
// of them to the item's own paragraphs, at least one quotation, and every
// quotation found verbatim (up to spelling) in those paragraphs.
func (e *Engine) writeLines(ctx context.Context, kind, lang string, items []itemLine) (map[int]writtenLine, Written, error) {
	w := Written{Model: e.opts.Model.Name()}
	var paras []corpus.Paragraph
	for _, it := range items {
		for _, r := range it.refs {
			if p, ok := e.corpus.Lookup(r); ok {
				paras = append(paras, p)
			}
		}
	}
	ctxParas := numberParagraphs(paras, len(paras), casetoolsRunes)
	num := map[string]int{}
	for _, p := range ctxParas {
		if !strings.HasSuffix(p.Text, "…") {
			num[p.P.Ref] = p.N
		}
	}
	var list strings.Builder
	asked := 0
	for _, it := range items {
		var marks []string
		for _, r := range it.refs {
			if n, ok := num[r]; ok {
				marks = append(marks, "["+strconv.Itoa(n)+"]")
			}
		}
		if len(marks) == 0 {
			continue
		}
		asked++
		fmt.Fprintf(&list, "%d | %s | paragraphs %s\n", it.id, oneLine(it.brief), strings.Join(marks, " "))
	}
	out := map[int]writtenLine{}
	if asked == 0 {
		return out, w, nil
	}
	noun := "event of the case's timeline"
	if kind == "people" {
		noun = "person of the case (who they are and what they did)"
	}
	f := newFenceTags()
	msgs := []Message{
		{Role: "system", Content: "You write one short line for each " + noun + ", in " + languageName(lang) + ", from the numbered paragraphs only.\n" +
			"- Each line starts with the item's number and \" | \", says it in at most 25 words, quotes the paragraph's own words for the key fact in «» " +
			"and ends with the citation marks of the paragraphs it rests on, e.g. [2]. Cite only the paragraphs listed for that item.\n" +
			"- Invent nothing: no date, name or figure that the paragraphs do not give. Write nothing else.\n" + f.rule()},
		{Role: "user", Content: sourcesBlock(ctxParas, f) + "\n" + f.open("items", "") + "\n" + fence(list.String()) + f.close("items")},
	}
	reply, err := e.opts.Model.Chat(ctx, msgs, nil)
	if err != nil {
		w.Notice = reasonFor(err)
		w.Missing = asked
		return out, w, err
	}
	allowed := map[int]map[int]bool{}
	for _, it := range items {
		allowed[it.id] = map[int]bool{}
		for _, r := range it.refs {
			if n, ok := num[r]; ok {
				allowed[it.id][n] = true
			}
		}
	}
	for _, m := range lineItemPattern.FindAllStringSubmatch(reply, -1) {
		id, _ := strconv.Atoi(m[1])
		ok := allowed[id]
		if ok == nil {
			continue
		}
		if _, dup := out[id]; dup {
			continue
		}
		if line, refs, good := checkLine(m[2], ctxParas, ok, lang); good {
			out[id] = writtenLine{line, refs}
			w.Kept++
		} else {
			out[id] = writtenLine{} // seen, rejected
			w.Rejected++
		}
	}
	for id, l := range out {
		if l.text == "" {
			delete(out, id)
		}
	}
	w.Missing = asked - w.Kept - w.Rejected
	return out, w, nil
}

// checkLine applies the answer's citation check to one line: it must cite,
// cite only the allowed paragraph numbers, quote, and every quote must be
// found in the cited paragraphs. It returns the line without its marks,
// and the paragraphs they named.
func checkLine(line string, paras []ctxPara, allowed map[int]bool, lang string) (string, []string, bool) {
	marks := findMarks(expandMarkLists(line))
	if len(marks) == 0 || len(findQuotes(line)) == 0 {
		return "", nil, false
	}
	for _, m := range marks {
		if !allowed[m.k] {
			return "", nil, false
		}
	}
	var own []ctxPara
	for _, p := range paras {
		if allowed[p.N] {
			own = append(own, p)
		}
	}
	chk := checkCitations(line, own, lang)
	if chk.Dropped > 0 || chk.Unverified > 0 || len(chk.Citations) == 0 {
		return "", nil, false
	}
	supported := false
	for _, q := range findQuotes(line) {
		if !quoteChecked(q.text, own) {
			continue // a translation or a term in quotes: not a claim on wording
		}
		found := false
		for _, p := range own {
			if _, ok := matchQuote(q.text, p.P.Text); ok {
				found = true
				break
			}
		}
		if !found {
			return "", nil, false
		}
		supported = true
	}
	if !supported {
		return "", nil, false
	}
	var refs []string
	for _, c := range chk.Citations {
		if !hasRef(refs, c.Ref) {
			refs = append(refs, c.Ref)
		}
	}
	clean := strings.TrimSpace(markPattern.ReplaceAllString(expandMarkLists(line), ""))
	return strings.Join(strings.Fields(clean), " "), refs, true
}

// WriteTimeline has the model write a short line for each event of tl in
// lang, checked line by line (see writeLines); events keep their offline
// line (a verbatim sentence) when the model's fails. The lines are cached
// per corpus version, topic and language. Without a model tl is returned
// as it is.
func (e *Engine) WriteTimeline(ctx context.Context, tl casefile.Timeline, lang string) (casefile.Timeline, Written, error) {
	if e.opts.Model == nil {
		return tl, Written{}, nil
	}
	events := append(append([]casefile.Event(nil), tl.Events...), tl.Undated...)
	key := "timeline\x00" + e.corpus.Version() + "\x00" + tl.Topic + "\x00" + lang
	lines, w, ok := e.tools.get(key)
	if !ok {
		var items []itemLine
		for i, ev := range events {
			it := itemLine{id: i + 1, brief: ev.When + " — " + ev.Text}
			for _, c := range ev.Citations {
				it.refs = append(it.refs, c.Ref)
			}
			items = append(items, it)
		}
		var err error
		lines, w, err = e.writeLines(ctx, "timeline", lang, items)
		if err != nil {
			e.logger().Warn("answer: the model's timeline failed; offline lines are shown", "err", err)
		} else {
			e.tools.put(key, lines, w)
		}
	}
	n := len(tl.Events)
	for i := range events {
		l, ok := lines[i+1]
		if !ok {
			continue
		}
		if i < n {
			tl.Events[i].Written, tl.Events[i].WrittenCites = l.text, l.refs
		} else {
			tl.Undated[i-n].Written, tl.Undated[i-n].WrittenCites = l.text, l.refs
		}
	}
	return tl, w, nil
}

// WritePeople has the model write a short line on each person, checked as
// WriteTimeline's lines are, cached likewise.
func (e *Engine) WritePeople(ctx context.Context, people []casefile.Person, lang string) ([]casefile.Person, Written, error) {
	if e.opts.Model == nil || len(people) == 0 {
		return people, Written{}, nil
	}
	var ids []string
	for _, p := range people {
		ids = append(ids, p.ID)
	}
	key := "people\x00" + e.corpus.Version() + "\x00" + strings.Join(ids, ",") + "\x00" + lang
	lines, w, ok := e.tools.get(key)
	if !ok {
		var items []itemLine
		for i, p := range people {
			it := itemLine{id: i + 1, brief: p.Name}
			if p.Latin != "" {
				it.brief += " (" + p.Latin + ")"
			}
			for _, r := range p.Roles {
				it.brief += "; " + r.Text
			}
			for k, f := range p.Facts {
				if k == 4 {
					break
				}
				if !hasRef(it.refs, f.Citation.Ref) {
					it.refs = append(it.refs, f.Citation.Ref)
				}
			}
			items = append(items, it)
		}
		var err error
		lines, w, err = e.writeLines(ctx, "people", lang, items)
		if err != nil {
			e.logger().Warn("answer: the model's who's who failed; offline lines are shown", "err", err)
		} else {
			e.tools.put(key, lines, w)
		}
	}
	out := append([]casefile.Person(nil), people...)
	for i := range out {
		if l, ok := lines[i+1]; ok {
			out[i].Written, out[i].WrittenCites = l.text, l.refs
		}
	}
	return out, w, nil
}

func hasRef(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
