package answer

import (
	"context"
	"strconv"
	"strings"
	"sync"
)

// A streamed reply is shown only as it passes the checks: Request.OnDelta
// never receives the model's raw text. Each sentence, once the next one has
// begun (so its citation marks have arrived), goes through the same checks
// as the final answer (ground), and is passed on only when it is
// supported; its marks are numbered in the order the passed sentences
// cite paragraphs, as the final answer numbers them. Until a sentence
// passes, nothing is sent: a front end shows its own "writing…" state. The
// abstention marker, a fabricated quote or an unsupported claim never
// reaches OnDelta, at any moment of the stream.

// checkedStream turns a model's raw deltas into checked sentences.
type checkedStream struct {
	ctx    context.Context
	e      *Engine
	paras  []ctxPara
	lang   string
	out    func(string)
	cap    int
	mu     sync.Mutex
	raw    strings.Builder
	done   int            // bytes of raw already handled
	shown  int            // characters passed on
	number map[string]int // paragraph ref -> number shown
	sent   int            // sentences passed on
	line   bool           // the next passed sentence starts a new line
}

// newCheckedStream returns the OnDelta to give the model for a request
// whose caller wants checked text on out.
func (e *Engine) newCheckedStream(ctx context.Context, out func(string), paras []ctxPara, lang string, capRunes int) *checkedStream {
	return &checkedStream{ctx: ctx, e: e, paras: paras, lang: lang, out: out, cap: capRunes, number: map[string]int{}}
}

// add receives one raw delta from the model.
func (s *checkedStream) add(d string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.raw.WriteString(d)
	raw := s.raw.String()
	for {
		rest := raw[s.done:]
		end, newLine, ok := firstCompleteSentence(rest)
		if !ok {
			return
		}
		s.handle(rest[:end])
		s.done += end
		if newLine {
			s.line = true
		}
	}
}

// firstCompleteSentence returns the length of the first sentence of rest
// once it is complete: another sentence has begun after it on its line,
// or its line has ended. newLine reports that the line ended.
func firstCompleteSentence(rest string) (end int, newLine bool, ok bool) {
	nl := strings.IndexByte(rest, '\n')
	line := rest
	if nl >= 0 {
		line = rest[:nl]
	}
	spans := claimSpans(line)
	if len(spans) >= 2 {
		return spans[1][0], false, true
	}
	if nl >= 0 {
		return nl + 1, true, true
	}
	return 0, false, false
}

// handle checks one raw sentence and passes it on if it holds up.
func (s *checkedStream) handle(raw string) {
	if strings.TrimSpace(raw) == "" {
		return
	}
	g := s.e.ground(s.ctx, raw, s.paras, s.lang, 0)
	if g.Removed > 0 || g.Unverified > 0 || len(g.Citations) == 0 || strings.TrimSpace(g.Text) == "" {
		return
	}
	// Number the marks as the final answer will: by first appearance
	// among the sentences passed on.
	byN := map[int]string{}
	for _, c := range g.Citations {
		byN[c.N] = c.Ref
	}
	shown := markPattern.ReplaceAllStringFunc(g.Text, func(mk string) string {
		ref := byN[markNumber(mk)]
		n, ok := s.number[ref]
		if !ok {
			n = len(s.number) + 1
			s.number[ref] = n
		}
		return "[" + strconv.Itoa(n) + "]"
	})
	sep := ""
	if s.sent > 0 {
		sep = " "
		if s.line {
			sep = "\n"
		}
	}
	piece := sep + shown
	if s.cap > 0 && s.shown+len([]rune(piece)) > s.cap {
		return
	}
	s.shown += len([]rune(piece))
	s.sent++
	s.line = false
	s.out(piece)
}
