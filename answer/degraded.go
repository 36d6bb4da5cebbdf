package answer

import (
	"context"
	"strings"
	"sync"

	"casebot/retrieval"
	"casebot/text"
)

// When the embedding service is down, retrieval ranks by keywords alone
// (retrieval.Result.Degraded) rather than failing. The answer is still
// made and cited as usual; it carries a notice saying that the sources
// were found by keyword search alone, so that a reader knows a passage
// worded differently from the question may have been missed.

// searchNotes collects what the searches of one Ask or Summarize call
// reported; it travels in the call's context.
type searchNotes struct {
	mu       sync.Mutex
	degraded string // the first reason a search went lexical
}

type searchNotesKey struct{}

// withSearchNotes returns ctx carrying a fresh searchNotes.
func withSearchNotes(ctx context.Context) (context.Context, *searchNotes) {
	n := &searchNotes{}
	return context.WithValue(ctx, searchNotesKey{}, n), n
}

// noteSearch records in ctx's notes, if any, that res was ranked by
// keywords alone.
func noteSearch(ctx context.Context, res retrieval.Result) {
	if res.Degraded == "" {
		return
	}
	n, ok := ctx.Value(searchNotesKey{}).(*searchNotes)
	if !ok {
		return
	}
	n.mu.Lock()
	if n.degraded == "" {
		n.degraded = res.Degraded
	}
	n.mu.Unlock()
}

// lexicalOnly returns why a search of the call went lexical, or "".
func (n *searchNotes) lexicalOnly() string {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.degraded
}

// lexicalNotice says, in lang, that the sources were found by keyword
// search alone.
func lexicalNotice(lang string) string {
	if lang == "ar" {
		return "البحث الدلالي غير متاح الآن (تعذّر استخدام خدمة التضمين)، لذا وُجدت المصادر بالبحث بالكلمات وحده، وقد تفوته فقرات تقول الشيء نفسه بألفاظ أخرى."
	}
	return "Semantic search is unavailable right now (the embedding service could not be used), so the sources were found by keyword search alone and passages worded differently may have been missed."
}

// addNotice appends extra to a notice, as its own sentence.
func addNotice(notice, extra string) string {
	if extra == "" || strings.Contains(notice, extra) {
		return notice
	}
	return strings.TrimSpace(notice + " " + extra)
}

// Ask answers one question. It returns an error only for a bad question or
// when retrieval itself fails; model failures degrade to the extractive
// answer with a Notice, and an embedding service that is down to an answer
// from keyword search with a Notice.
func (e *Engine) Ask(ctx context.Context, req Request) (Answer, error) {
	ctx, notes := withSearchNotes(ctx)
	a, err := e.ask(ctx, req)
	if err != nil {
		return a, err
	}
	if why := notes.lexicalOnly(); why != "" {
		lang := a.Language
		if lang == "" {
			lang = text.Language(req.Question)
		}
		e.logger().Warn("answer: the sources were found by keyword search alone", "reason", why)
		a.Notice = addNotice(a.Notice, lexicalNotice(lang))
	}
	return a, nil
}

// Summarize returns a cited summary of the corpus, or of topic when it is not
// empty. lang picks the frame language ("" for the corpus language). A
// topic searched by keywords alone (embedding service down) is said so in
// the Notice.
func (e *Engine) Summarize(ctx context.Context, topic, lang string) (Summary, error) {
	ctx, notes := withSearchNotes(ctx)
	s, err := e.summarize(ctx, topic, lang)
	if err != nil {
		return s, err
	}
	if why := notes.lexicalOnly(); why != "" {
		e.logger().Warn("answer: the summary's sources were found by keyword search alone", "reason", why)
		s.Notice = addNotice(s.Notice, lexicalNotice(s.Language))
	}
	return s, nil
}

// denseSearcher is a Searcher whose dense side can be lost and restored
// (*retrieval.Index).
type denseSearcher interface {
	DenseStatus() retrieval.DenseStatus
	RestoreDense(ctx context.Context) error
}

// DenseStatus describes the dense side of the engine's search; ok is false
// when the searcher has none to report on.
func (e *Engine) DenseStatus() (st retrieval.DenseStatus, ok bool) {
	d, ok := e.search.(denseSearcher)
	if !ok {
		return retrieval.DenseStatus{}, false
	}
	return d.DenseStatus(), true
}

// RestoreDense tries once to bring back the dense side of the engine's
// search (see retrieval.Index.RestoreDense); nil when there is nothing to
// restore.
func (e *Engine) RestoreDense(ctx context.Context) error {
	if d, ok := e.search.(denseSearcher); ok {
		return d.RestoreDense(ctx)
	}
	return nil
}
