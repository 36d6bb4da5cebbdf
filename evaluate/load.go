// Package evaluate measures how well retrieval finds the paragraphs that
// answer a set of questions, and how well it abstains on questions the
// corpus does not answer.
//
// A question set is a JSON Lines file, one question per line:
//
//	{"id":"ar-direct-01","kind":"ar-direct","question":"...","refs":["openai-altman-ouster-2023#7"]}
//
// refs lists every paragraph that answers the question; a question of kind
// "unanswerable" has none, and every other question has at least one. Run
// asks each question in the fused, lexical and dense modes and reports, per
// kind and overall, recall@1, recall@3 and the mean reciprocal rank over the
// answerable questions, and the precision and recall of abstention (the
// positive class being "unanswerable").
package evaluate

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"regexp"
	"strings"

	"casebot/corpus"
)

// Unanswerable is the kind of questions the corpus does not answer. They
// carry no refs; questions of every other kind carry at least one, except
// NearMiss and OffTopic, which are unanswerable too.
const Unanswerable = "unanswerable"

// Kinds of unanswerable questions that reports show apart: a near miss asks
// about the case what the corpus does not say (a title, an exact figure);
// an off-topic question is about something else, often sharing words with
// the case. An "unanswerable" question whose id has the segment "nearmiss"
// or "offtopic" (i9dev-nearmiss-03) is loaded as one of these.
const (
	NearMiss = "near-miss"
	OffTopic = "off-topic"
)

// IsUnanswerable reports whether questions of kind have no refs.
func IsUnanswerable(kind string) bool {
	return kind == Unanswerable || kind == NearMiss || kind == OffTopic
}

// refineKind returns the kind an unanswerable question is reported under,
// read from its id's segments.
func refineKind(id, kind string) string {
	if kind != Unanswerable {
		return kind
	}
	for _, seg := range strings.FieldsFunc(strings.ToLower(id), func(r rune) bool { return r == '-' || r == '_' || r == '.' }) {
		switch seg {
		case "nearmiss":
			return NearMiss
		case "offtopic":
			return OffTopic
		}
	}
	return kind
}

// MaxLineBytes is the longest line Load accepts.
const MaxLineBytes = 1 << 20

// Item is one question of a question set.
type Item struct {
	// ID names the question in reports; unique within the set.
	ID string `json:"id"`
	// Kind groups questions in reports, e.g. "ar-direct" or "unanswerable".
	Kind string `json:"kind"`
	// Question is the text sent to retrieval.
	Question string `json:"question"`
	// Refs are the references of every paragraph that answers the
	// question, in the corpus's canonical form; empty when unanswerable.
	Refs []string `json:"refs"`
	// Newest, when set, is the ref (one of Refs) of the newest account of
	// a fact the articles tell differently or that has changed: an answer
	// must put it first, with its date. Conflict and "now" questions carry it.
	Newest string `json:"newest,omitempty"`
	// Line is the line of the question in its file, counting from 1.
	Line int `json:"-"`
}

// Answerable reports whether the item has gold paragraphs.
func (it Item) Answerable() bool { return len(it.Refs) > 0 }

var kindPattern = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`)

// LoadFile reads a question set from path; see Load. Errors name the file.
func LoadFile(path string, c *corpus.Corpus) ([]Item, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("evaluate: %w", err)
	}
	defer f.Close()
	items, err := load(f, c, path)
	if err != nil {
		return nil, fmt.Errorf("evaluate: %w", err)
	}
	return items, nil
}

// Load reads a question set in JSON Lines form. Blank lines are skipped.
// It fails, naming the line, on malformed JSON, unknown fields, a missing
// or duplicate id, a missing or malformed kind, an empty question, refs on
// an unanswerable question or none on another, and refs that are not in c.
// Refs are stored in c's canonical form ("<article id>#<n>"); a nil c skips
// the ref check and keeps refs as written.
func Load(r io.Reader, c *corpus.Corpus) ([]Item, error) {
	items, err := load(r, c, "line")
	if err != nil {
		return nil, fmt.Errorf("evaluate: %w", err)
	}
	return items, nil
}

// load does Load's work; where prefixes line numbers in errors.
func load(r io.Reader, c *corpus.Corpus, where string) ([]Item, error) {
	pos := func(n int) string {
		if where == "line" {
			return fmt.Sprintf("line %d", n)
		}
		return fmt.Sprintf("%s:%d", where, n)
	}
	br := bufio.NewReader(r)
	var (
		items []Item
		seen  = map[string]int{}
		n     int
	)
	for {
		line, err := readLine(br)
		if errors.Is(err, io.EOF) {
			break
		}
		n++
		if err != nil {
			return nil, fmt.Errorf("%s: %w", pos(n), err)
		}
		line = bytes.TrimSpace(bytes.TrimPrefix(line, []byte("\ufeff")))
		if len(line) == 0 {
			continue
		}
		it, err := parseItem(line, c)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", pos(n), err)
		}
		if first, dup := seen[it.ID]; dup {
			return nil, fmt.Errorf("%s: id %q is already used on line %d", pos(n), it.ID, first)
		}
		seen[it.ID] = n
		it.Line = n
		items = append(items, it)
	}
	if len(items) == 0 {
		return nil, errors.New("no questions found")
	}
	return items, nil
}

// readLine returns the next line without its newline, or (nil, io.EOF) at
// the end. A line longer than MaxLineBytes is an error.
func readLine(br *bufio.Reader) ([]byte, error) {
	var buf []byte
	for {
		chunk, isPrefix, err := br.ReadLine()
		if err != nil {
			if errors.Is(err, io.EOF) && buf != nil {
				return buf, nil
			}
			return nil, err
		}
		buf = append(buf, chunk...)
		if buf == nil {
			buf = []byte{}
		}
		if len(buf) > MaxLineBytes {
			return nil, fmt.Errorf("line is longer than %d bytes", MaxLineBytes)
		}
		if !isPrefix {
			return buf, nil
		}
	}
}

// parseItem decodes and checks one non-blank line.
func parseItem(line []byte, c *corpus.Corpus) (Item, error) {
	var it Item
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&it); err != nil {
		return Item{}, fmt.Errorf("malformed JSON: %w", err)
	}
	if dec.More() {
		return Item{}, errors.New("malformed JSON: more than one value on the line")
	}
	it.ID = strings.TrimSpace(it.ID)
	it.Kind = strings.TrimSpace(it.Kind)
	switch {
	case it.ID == "":
		return Item{}, errors.New(`missing "id"`)
	case it.Kind == "":
		return Item{}, fmt.Errorf("%s: missing \"kind\"", it.ID)
	case !kindPattern.MatchString(it.Kind):
		return Item{}, fmt.Errorf("%s: kind %q should be lower-case letters, digits and dashes", it.ID, it.Kind)
	case strings.TrimSpace(it.Question) == "":
		return Item{}, fmt.Errorf("%s: empty question", it.ID)
	case IsUnanswerable(it.Kind) && len(it.Refs) > 0:
		article := "a " + it.Kind
		if it.Kind == Unanswerable {
			article = "an " + it.Kind
		}
		return Item{}, fmt.Errorf("%s: %s question must have no refs, got %d", it.ID, article, len(it.Refs))
	case !IsUnanswerable(it.Kind) && len(it.Refs) == 0:
		return Item{}, fmt.Errorf("%s: no refs (only %q, %q and %q questions may have none)", it.ID, Unanswerable, NearMiss, OffTopic)
	}
	it.Kind = refineKind(it.ID, it.Kind)
	refs := make([]string, 0, len(it.Refs))
	dup := map[string]bool{}
	for _, ref := range it.Refs {
		canon := strings.TrimSpace(ref)
		if canon == "" {
			return Item{}, fmt.Errorf("%s: empty ref", it.ID)
		}
		if c != nil {
			p, ok := c.Lookup(ref)
			if !ok {
				return Item{}, fmt.Errorf("%s: unknown ref %q (not a paragraph of the corpus)", it.ID, ref)
			}
			canon = p.Ref
		}
		if dup[canon] {
			return Item{}, fmt.Errorf("%s: ref %q is listed twice", it.ID, ref)
		}
		dup[canon] = true
		refs = append(refs, canon)
	}
	if len(refs) == 0 {
		refs = nil
	}
	it.Refs = refs
	if it.Newest != "" {
		canon := strings.TrimSpace(it.Newest)
		if c != nil {
			p, ok := c.Lookup(canon)
			if !ok {
				return Item{}, fmt.Errorf("%s: unknown newest ref %q (not a paragraph of the corpus)", it.ID, it.Newest)
			}
			canon = p.Ref
		}
		if !dup[canon] {
			return Item{}, fmt.Errorf("%s: newest ref %q is not one of the question's refs", it.ID, it.Newest)
		}
		it.Newest = canon
	}
	return it, nil
}
