package answer

import (
	"context"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"casebot/retrieval"
	"casebot/text"
)

// Trace tells how one answer was made, for whoever wants to check it: the
// question as analysed, the paragraphs considered and their scores, the
// answerability decision and the figures behind it, the path taken, what
// the citation check changed, tokens and time. Nothing secret is in it: no
// key, no address, no prompt text.
type Trace struct {
	// Question is the question as asked; Language its detected language.
	Question string `json:"question"`
	Language string `json:"language"`
	// Analysis is the question as the index reads it (terms, glossary
	// rewrite, respellings, thesaurus expansions, unknown words); nil when
	// the searcher cannot explain itself.
	Analysis *retrieval.QueryAnalysis `json:"analysis,omitempty"`
	// Rewrite is the model's rewrite of the question into the corpus
	// language, searched alongside it; "" when none was made.
	Rewrite string `json:"rewrite,omitempty"`
	// FollowUp is the earlier question searched with this one in a thread.
	FollowUp string `json:"follow_up,omitempty"`
	// Candidates are the paragraphs retrieval returned, best first, with
	// the BM25 score, the cosine similarity and the fused score.
	Candidates []TraceCandidate `json:"candidates"`
	// Degraded, when not empty, says why the ranking was by keywords
	// alone (the embedder failed).
	Degraded string `json:"degraded,omitempty"`
	// Answerable, Confidence, Threshold and ConfidentAt are the
	// answerability decision and its figures: the share of the question's
	// information found in the best paragraphs, the level under which
	// casebot abstains and the level under which an offline answer is hedged.
	Answerable  bool    `json:"answerable"`
	Confidence  float64 `json:"confidence"`
	Threshold   float64 `json:"threshold"`
	ConfidentAt float64 `json:"confident_at"`
	// Related is false when retrieval judged the question to be about
	// something else than the case (a model is then not asked).
	Related bool `json:"related"`
	// Asked is the kind of fact the question asks for ("number", "time"...),
	// when its wording says; NotMentioned the things it names that the
	// corpus never mentions.
	Asked        string   `json:"asked,omitempty"`
	NotMentioned []string `json:"not_mentioned,omitempty"`
	// Decision is "answered", "hedged" (an offline answer that hedges or
	// says what the article does not give), "abstained" (retrieval judged
	// the corpus does not answer) or "abstained_by_model" (the model said so).
	Decision string `json:"decision"`
	// Path is "extractive", "llm" or "extractive_fallback" (the model's
	// answer failed and the extractive one was given); Model names the
	// model, Fallback why it was not used.
	Path     string `json:"path"`
	Model    string `json:"model,omitempty"`
	Fallback string `json:"fallback,omitempty"`
	// Checks is what the citation check changed in a model's answer.
	Checks *TraceChecks `json:"checks,omitempty"`
	// ModelCalls lists each call to the model, in order.
	ModelCalls []TraceCall `json:"model_calls,omitempty"`
	// PromptTokens and CompletionTokens total the model calls;
	// TokensEstimated is true when some count is an estimate.
	PromptTokens     int  `json:"prompt_tokens,omitempty"`
	CompletionTokens int  `json:"completion_tokens,omitempty"`
	TokensEstimated  bool `json:"tokens_estimated,omitempty"`
	// SearchMS is the time spent searching, TotalMS the whole answer's.
	SearchMS int64 `json:"search_ms"`
	TotalMS  int64 `json:"total_ms"`
}

// TraceCandidate is one paragraph retrieval returned.
type TraceCandidate struct {
	// Rank is the paragraph's place in the fused ranking, from 1.
	Rank int `json:"rank"`
	// Ref is the paragraph's reference.
	Ref string `json:"ref"`
	// Lexical is its BM25 score, Dense its cosine similarity to the
	// question, Fused the score it was ranked by.
	Lexical float64 `json:"bm25"`
	Dense   float64 `json:"cosine"`
	Fused   float64 `json:"fused"`
	// Cited is true when the answer cites the paragraph.
	Cited bool `json:"cited"`
}

// TraceChecks counts what the checks did to a model's answer.
type TraceChecks struct {
	// Removed sentences were not supported by the paragraphs they cite;
	// Contradicted of them were contradicted by those paragraphs.
	Removed      int `json:"removed"`
	Contradicted int `json:"contradicted"`
	// Dropped citation marks named no paragraph the model was given.
	Dropped int `json:"dropped"`
	// Unverified quotes were found in no given paragraph.
	Unverified int `json:"unverified"`
	// Links not in the corpus were removed; Cut is true when the reply
	// was cut to length.
	Links int  `json:"links"`
	Cut   bool `json:"cut,omitempty"`
	// Why counts the removed sentences by the reason the claim check gave
	// (see the Reason constants: no_citation, number_not_in_source...).
	Why map[string]int `json:"why,omitempty"`
}

// TraceCall is one call to the model.
type TraceCall struct {
	// Purpose is "rewrite" (the question into the corpus language),
	// "answer" or "retry" (asked again for the right language).
	Purpose string `json:"purpose"`
	// MS is how long the call took, in milliseconds.
	MS int64 `json:"ms"`
	// PromptTokens and CompletionTokens are the call's token counts;
	// Estimated is true when the server reported none and they are guessed.
	PromptTokens     int  `json:"prompt_tokens"`
	CompletionTokens int  `json:"completion_tokens"`
	Estimated        bool `json:"estimated,omitempty"`
	// Error is the kind of failure, when the call failed.
	Error string `json:"error,omitempty"`
}

// traceKey is the context key of the recorder of the answer being traced.
type traceKey struct{}

// recorder gathers what happens while one answer is made.
type recorder struct {
	mu       sync.Mutex
	searches []recordedSearch
	calls    []TraceCall
	checks   *TraceChecks
	fallback string
}

type recordedSearch struct {
	query string
	opts  retrieval.SearchOptions
	res   retrieval.Result
	ms    int64
}

func recorderFrom(ctx context.Context) *recorder {
	r, _ := ctx.Value(traceKey{}).(*recorder)
	return r
}

// ReportUsage records the token counts of a model call made with ctx for
// the answer being traced, if any; the model client calls it after each
// chat. estimated says the counts are estimates.
func ReportUsage(ctx context.Context, prompt, completion int, estimated bool) {
	r := recorderFrom(ctx)
	if r == nil {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if n := len(r.calls); n > 0 {
		c := &r.calls[n-1]
		c.PromptTokens, c.CompletionTokens, c.Estimated = prompt, completion, estimated
	}
}

// noteGround records what the checks did to a model answer.
func noteGround(ctx context.Context, g grounded) {
	if r := recorderFrom(ctx); r != nil {
		r.mu.Lock()
		r.checks = &TraceChecks{Removed: g.Removed, Contradicted: g.Contradicted, Dropped: g.Dropped, Unverified: g.Unverified, Links: g.Links, Cut: g.Cut}
		for _, c := range g.Claims {
			if !c.Supported && c.Reason != "" {
				if r.checks.Why == nil {
					r.checks.Why = map[string]int{}
				}
				r.checks.Why[c.Reason]++
			}
		}
		r.mu.Unlock()
	}
}

// noteFallback records why the model's answer was not used.
func noteFallback(ctx context.Context, reason string) {
	if r := recorderFrom(ctx); r != nil {
		r.mu.Lock()
		r.fallback = reason
		r.mu.Unlock()
	}
}

// traceSearch records a search made for the answer being traced.
func traceSearch(ctx context.Context, q string, opts retrieval.SearchOptions, res retrieval.Result, start time.Time) {
	if r := recorderFrom(ctx); r != nil {
		r.mu.Lock()
		r.searches = append(r.searches, recordedSearch{query: q, opts: opts, res: res, ms: time.Since(start).Milliseconds()})
		r.mu.Unlock()
	}
}

// tracingModel records every model call.
type tracingModel struct {
	inner   ChatModel
	rec     *recorder
	rewrite string // the start of the rewrite prompt's system message, to name calls
	correct string // the correction message, likewise
}

func (m *tracingModel) Name() string { return m.inner.Name() }

func (m *tracingModel) Chat(ctx context.Context, msgs []Message, onDelta func(string)) (string, error) {
	purpose := "answer"
	switch {
	case len(msgs) > 0 && m.rewrite != "" && strings.HasPrefix(msgs[0].Content, m.rewrite):
		purpose = "rewrite"
	case len(msgs) > 0 && msgs[len(msgs)-1].Content == m.correct:
		purpose = "retry"
	}
	m.rec.mu.Lock()
	m.rec.calls = append(m.rec.calls, TraceCall{Purpose: purpose})
	i := len(m.rec.calls) - 1
	m.rec.mu.Unlock()
	start := time.Now()
	reply, err := m.inner.Chat(ctx, msgs, onDelta)
	m.rec.mu.Lock()
	c := &m.rec.calls[i]
	c.MS = time.Since(start).Milliseconds()
	if c.PromptTokens == 0 {
		// The client reported no usage: estimate, and say so.
		c.PromptTokens, c.CompletionTokens, c.Estimated = estimateTokens(msgs), estimateTokens([]Message{{Content: reply}}), true
	}
	if err != nil {
		c.Error = reasonFor(err)
	}
	m.rec.mu.Unlock()
	return reply, err
}

// estimateTokens guesses a token count: about four characters of Latin
// text or two and a half of Arabic per token.
func estimateTokens(msgs []Message) int {
	n := 0
	for _, m := range msgs {
		ar, la := text.ScriptWords(m.Content)
		runes := utf8.RuneCountInString(m.Content)
		if ar > la {
			n += runes * 2 / 5
		} else {
			n += runes / 4
		}
		n += 4
	}
	return n
}

// explainer is implemented by searchers that can show how they read a
// query (*retrieval.Index does).
type explainer interface {
	Explain(query string) retrieval.QueryAnalysis
}

// AskTraced is Ask with a Trace of how the answer was made attached to it.
func (e *Engine) AskTraced(ctx context.Context, req Request) (Answer, error) {
	start := time.Now()
	rec := &recorder{}
	opts := e.opts
	if opts.Model != nil {
		lang := text.Language(req.Question)
		opts.Model = &tracingModel{
			inner: opts.Model,
			rec:   rec,
			rewrite: stablePrefix(func() string {
				return rewriteMessages(strings.TrimSpace(req.Question), e.corpus.Language(), req.History)[0].Content
			}),
			correct: correctionMessage(lang).Content,
		}
	}
	te := New(e.corpus, e.search, opts)
	te.sums = e.sums
	a, err := te.Ask(context.WithValue(ctx, traceKey{}, rec), req)
	if err != nil {
		return a, err
	}
	a.Trace = e.buildTrace(req, a, rec, time.Since(start))
	return a, nil
}

// buildTrace assembles the trace of a from what rec saw.
func (e *Engine) buildTrace(req Request, a Answer, rec *recorder, total time.Duration) *Trace {
	rec.mu.Lock()
	defer rec.mu.Unlock()
	t := &Trace{
		Question: a.Question, Language: a.Language, Candidates: []TraceCandidate{},
		Threshold: retrieval.DefaultThreshold, ConfidentAt: retrieval.ConfidentAt,
		Path: a.Mode, Checks: rec.checks, ModelCalls: rec.calls, Fallback: rec.fallback,
		TotalMS: total.Milliseconds(),
	}
	if ex, ok := e.search.(explainer); ok {
		an := ex.Explain(a.Question)
		t.Analysis = &an
	}
	if e.opts.Model != nil {
		t.Model = e.opts.Model.Name()
		if a.Mode == ModeExtractive && rec.fallback != "" {
			t.Path = "extractive_fallback"
		}
	}
	for _, s := range rec.searches {
		t.SearchMS += s.ms
	}
	if n := len(rec.searches); n > 0 {
		last := rec.searches[n-1]
		for _, alt := range last.opts.Alternates {
			if h := req.History; len(h) > 0 && alt == h[len(h)-1].Question+" "+req.Question {
				t.FollowUp = h[len(h)-1].Question
				continue
			}
			t.Rewrite = alt
		}
		t.Answerable, t.Confidence, t.Related = last.res.Answerable, last.res.Confidence, last.res.Related
		t.Asked, t.NotMentioned, t.Degraded = string(last.res.Asked), last.res.Foreign, last.res.Degraded
		cited := map[string]bool{}
		if !a.Abstained {
			for _, c := range a.Citations {
				cited[c.Ref] = true
			}
		}
		for i, h := range last.res.Hits {
			t.Candidates = append(t.Candidates, TraceCandidate{
				Rank: i + 1, Ref: h.Paragraph.Ref, Lexical: round4(h.Lexical), Dense: round4(h.Dense), Fused: round4(h.Score),
				Cited: cited[h.Paragraph.Ref],
			})
		}
		t.Confidence = round4(t.Confidence)
	}
	for _, c := range rec.calls {
		t.PromptTokens += c.PromptTokens
		t.CompletionTokens += c.CompletionTokens
		t.TokensEstimated = t.TokensEstimated || c.Estimated
	}
	switch {
	case a.Abstained && t.Answerable:
		t.Decision = "abstained_by_model"
	case a.Abstained:
		t.Decision = "abstained"
	case a.Mode == ModeExtractive && !strings.HasPrefix(a.Answer, strings.TrimSuffix(e.phrase(a.Language, "according"), ":")):
		t.Decision = "hedged" // or says what the article does not give
	}
	if t.Decision == "" {
		t.Decision = "answered"
	}
	return t
}

func round4(f float64) float64 { return float64(int64(f*10000+0.5)) / 10000 }

// stablePrefix is the part of a prompt that does not change from one call
// to the next: prompts carry a random fence marker, so two renderings
// agree up to it.
func stablePrefix(render func() string) string {
	a, b := render(), render()
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	if n < len(a) {
		// The two markers may share their first characters by chance:
		// cut back to the last space, which no marker holds.
		n = strings.LastIndexByte(a[:n], ' ') + 1
	}
	if n < 40 {
		return "" // too little to tell prompts apart
	}
	return a[:n]
}
