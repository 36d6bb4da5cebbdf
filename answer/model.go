package answer

import (
	"casebot/corpus"
	"casebot/retrieval"
	"casebot/text"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Message is one chat message sent to a model.
type Message struct {
	// Role is "system", "user" or "assistant".
	Role string
	// Content is the message text.
	Content string
}

// ChatModel is a chat-completion model. The llm package implements it over
// any OpenAI-compatible API.
type ChatModel interface {
	// Name is the model's name, for logs and /about.
	Name() string
	// Chat sends msgs and returns the whole reply. When onDelta is not nil,
	// the reply is streamed and each piece is passed to onDelta as it arrives.
	Chat(ctx context.Context, msgs []Message, onDelta func(string)) (string, error)
}

// failureKinded is how model errors say what went wrong (llm.Error has it).
type failureKinded interface{ FailureKind() string }

// Reasons for falling back to the extractive path, turned into notices.
const (
	reasonTimeout      = "timeout"
	reasonUnauthorized = "unauthorized"
	reasonRateLimited  = "rate_limited"
	reasonStreamCut    = "stream_cut"
	reasonUnavailable  = "unavailable"
	reasonNoCitation   = "no_citation"
	reasonLanguage     = "wrong_language"
	reasonUnsupported  = "unsupported"
)

// logger is where the model path logs fallbacks.
func (e *Engine) logger() *slog.Logger { return e.opts.Logger }

// askModel answers through the model, checking its citations; it falls back
// to the extractive answer, with a notice, whenever the model fails or its
// answer does not hold up.
func (e *Engine) askModel(ctx context.Context, req Request) (Answer, error) {
	q := req.Question
	lang := text.Language(q)
	corpusLang := e.corpus.Language()

	// The question rewritten into every other language the corpus holds,
	// each searched and fused with the question itself.
	var alts []string
	for _, l := range e.languages() {
		if l == lang {
			continue
		}
		rw, err := e.rewrite(ctx, q, l, req.History)
		if err != nil {
			return e.fallback(ctx, req, lang, reasonFor(err), err)
		}
		if rw != "" {
			alts = append(alts, rw)
		}
	}
	res, err := e.retrieve(ctx, req, alts)
	if err != nil {
		return Answer{}, err
	}
	if len(res.Hits) == 0 || !res.Related && !res.Answerable {
		// Retrieval found nothing related to the case: no model call.
		// Everything else goes to the model, which reads the paragraphs
		// and judges (answering, or saying NOT_IN_SOURCES): it catches
		// near misses, and answers what the offline decision would hedge.
		return e.extractFrom(q, res, nil), nil
	}
	paras := selectContext(res.Hits, e.opts.ContextParagraphs, e.opts.ContextRunes)
	msgs := answerMessages(q, lang, e.promptLanguage(paras, corpusLang), paras, req.History)
	if e.multiArticle() {
		msgs[0].Content += datedRules
	}

	// Only checked sentences are streamed (stream.go), never raw text.
	var onDelta func(string)
	if req.OnDelta != nil {
		onDelta = e.newCheckedStream(ctx, req.OnDelta, paras, lang, maxAnswerRunes).add
	}
	reply, finish, err := e.chat(ctx, msgs, onDelta)
	if err != nil {
		return e.fallback(ctx, req, lang, reasonFor(err), err)
	}
	if saysNotInSources(reply) {
		return e.abstain(q, res), nil
	}
	if !inLanguage(reply, lang) {
		// One more try, told plainly; not streamed, since the first reply
		// was already shown as progress.
		retry := append(append([]Message(nil), msgs...), Message{Role: "assistant", Content: reply}, correctionMessage(lang))
		reply, finish, err = e.chat(ctx, retry, nil)
		if err != nil {
			return e.fallback(ctx, req, lang, reasonFor(err), err)
		}
		if saysNotInSources(reply) {
			return e.abstain(q, res), nil
		}
		if !inLanguage(reply, lang) {
			return e.fallback(ctx, req, lang, reasonLanguage, errors.New("the model answered in the wrong language twice"))
		}
	}
	g := e.ground(ctx, reply, paras, lang, maxAnswerRunes)
	noteGround(ctx, g)
	if len(g.Citations) == 0 {
		a, err := e.fallback(ctx, req, lang, g.fallbackReason(),
			fmt.Errorf("nothing left to show (%d sentences unsupported, %d marks dropped, %d quotes unverified)", g.Removed, g.Dropped, g.Unverified))
		a.Claims = g.Claims
		return a, err
	}
	a := Answer{Question: q, Answer: g.Text, Mode: ModeLLM, Language: lang, Citations: g.Citations, Claims: g.Claims, Notice: g.notice(lang, finish)}
	if a.Notice != "" {
		e.logger().Warn("answer: model answer corrected", "removed", g.Removed, "dropped", g.Dropped, "unverified", g.Unverified,
			"links", g.Links, "cut", g.Cut, "finish_reason", finish)
	}
	return a, nil
}

// rewrite asks the model for q in the corpus language, for retrieval. An
// unusable rewrite gives "" (the search then runs on q alone); only a model
// failure is an error.
func (e *Engine) rewrite(ctx context.Context, q, corpusLang string, history []Turn) (string, error) {
	out, err := e.opts.Model.Chat(ctx, rewriteMessages(q, corpusLang, history), nil)
	if err != nil {
		return "", err
	}
	out = strings.TrimSpace(out)
	if i := strings.IndexByte(out, '\n'); i >= 0 {
		out = strings.TrimSpace(out[:i])
	}
	out = strings.Trim(out, "\"“”«» ")
	if out == "" || isNotInSources(out) || text.Language(out) != corpusLang || utf8.RuneCountInString(out) > 2*MaxQuestionRunes {
		e.logger().Warn("answer: ignoring unusable question rewrite", "rewrite", cutRunes(out, 80))
		return "", nil
	}
	return fence(out), nil
}

// fallback answers extractively, with a notice saying why.
func (e *Engine) fallback(ctx context.Context, req Request, lang, reason string, cause error) (Answer, error) {
	e.logger().Warn("answer: falling back to the extractive answer", "reason", reason, "error", cause)
	noteFallback(ctx, reason)
	notice := fallbackNotice(lang, reason)
	a, err := e.askExtractive(ctx, req, &notice)
	if err != nil {
		return Answer{}, err
	}
	a.Mode = ModeExtractive
	a.Notice = notice
	return a, nil
}

// abstain is the answer when the model says the paragraphs do not answer
// q: the extractive path's abstention (closest paragraphs, for reference
// only), made by the model's judgement.
func (e *Engine) abstain(q string, res retrieval.Result) Answer {
	res.Answerable = false
	a := e.extractFrom(q, res, nil)
	a.Mode = ModeLLM
	return a
}

// isNotInSources reports whether a reply is the model's abstention marker.
func isNotInSources(reply string) bool {
	for _, line := range strings.Split(reply, "\n") {
		if strings.Trim(strings.TrimSpace(line), "`*_.\"'") == NotInSources {
			return true
		}
	}
	return false
}

// holdMarker wraps onDelta so that a reply starting like NotInSources is
// held back until it is known not to be the marker.
func holdMarker(onDelta func(string)) func(string) {
	var held strings.Builder
	passing := false
	return func(d string) {
		if passing {
			onDelta(d)
			return
		}
		held.WriteString(d)
		t := strings.TrimLeft(held.String(), " \n\t`*_")
		if t == "" || strings.HasPrefix(NotInSources, t) || strings.HasPrefix(t, NotInSources) {
			return
		}
		passing = true
		onDelta(held.String())
	}
}

// inLanguage reports whether reply's own words (quotes, translations and
// marks left out) are in lang. Replies too short to tell pass.
func inLanguage(reply, lang string) bool {
	s := quotePattern.ReplaceAllString(reply, " ")
	s = markPattern.ReplaceAllString(s, " ")
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters < 12 {
		return true
	}
	return text.Language(s) == lang
}

// reasonFor classifies a model error for the notice.
func reasonFor(err error) string {
	var k failureKinded
	if errors.As(err, &k) {
		switch k.FailureKind() {
		case "timeout":
			return reasonTimeout
		case "unauthorized":
			return reasonUnauthorized
		case "rate_limited":
			return reasonRateLimited
		case "stream_cut":
			return reasonStreamCut
		}
		return reasonUnavailable
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return reasonTimeout
	}
	return reasonUnavailable
}

// fallbackNotice explains a fallback in the question's language.
func fallbackNotice(lang, reason string) string {
	if lang == "ar" {
		why := map[string]string{
			reasonTimeout:      "تأخّر النموذج اللغوي في الرد",
			reasonUnauthorized: "رفضت خدمة النموذج اللغوي مفتاح الوصول",
			reasonRateLimited:  "خدمة النموذج اللغوي مشغولة الآن",
			reasonStreamCut:    "انقطع رد النموذج اللغوي قبل اكتماله",
			reasonNoCitation:   "لم يستند رد النموذج اللغوي إلى أي استشهاد أمكن التحقق منه في المصادر",
			reasonLanguage:     "أجاب النموذج اللغوي بلغة غير لغة السؤال",
			reasonUnsupported:  "لم تؤيد الفقراتُ التي استشهد بها النموذج اللغوي أيًّا من جمل رده",
		}[reason]
		if why == "" {
			why = "تعذّر الحصول على رد صالح من النموذج اللغوي"
		}
		return why + "، لذا استُخرجت هذه الإجابة مباشرة من المصادر."
	}
	why := map[string]string{
		reasonTimeout:      "The language model took too long to answer",
		reasonUnauthorized: "The language model service refused the API key",
		reasonRateLimited:  "The language model service is busy right now",
		reasonStreamCut:    "The language model's reply was cut off",
		reasonNoCitation:   "The language model's answer cited nothing that could be checked against the sources",
		reasonLanguage:     "The language model answered in the wrong language",
		reasonUnsupported:  "None of the language model's sentences was supported by the paragraphs it cited",
	}[reason]
	if why == "" {
		why = "The language model could not be reached or gave an unusable reply"
	}
	return why + ", so this answer was extracted directly from the sources."
}

// checkNotice says that some of a shown model answer's citations were removed.
func checkNotice(lang string) string {
	if lang == "ar" {
		return "أُزيلت بعض استشهادات النموذج اللغوي لأنها لم تطابق المصادر."
	}
	return "Some of the language model's citations did not match the sources and were removed."
}

// summarizeModel summarises through the model, every bullet cited and
// checked. Summaries are cached per corpus version, topic and language;
// fallbacks are not cached, so a passing outage is not remembered.
func (e *Engine) summarizeModel(ctx context.Context, topic, lang string) (Summary, error) {
	key := e.corpus.Version() + "\x00" + lang + "\x00" + strings.ToLower(topic)
	return e.sums.do(ctx, key, func() (Summary, bool, error) {
		return e.summarizeModelUncached(ctx, topic, lang)
	})
}

// summarizeModelUncached makes one model summary; the bool says whether it
// may be cached.
func (e *Engine) summarizeModelUncached(ctx context.Context, topic, lang string) (Summary, bool, error) {
	corpusLang := e.corpus.Language()
	fail := func(reason string, cause error) (Summary, bool, error) {
		e.logger().Warn("answer: summary falls back to the extractive one", "reason", reason, "error", cause)
		s, err := e.summarizeExtractive(ctx, topic, lang)
		if err != nil {
			return Summary{}, false, err
		}
		s.Mode = ModeExtractive
		s.Notice = fallbackNotice(lang, reason)
		return s, false, nil
	}
	var (
		paras    []ctxPara
		coverage string // says what a whole-case summary drew on, when not everything
	)
	if topic == "" {
		paras, coverage = wholeCaseContext(e.corpus, e.opts.ContextRunes, lang)
	} else {
		var alts []string
		if text.Language(topic) != corpusLang {
			rw, err := e.rewrite(ctx, topic, corpusLang, nil)
			if err != nil {
				return fail(reasonFor(err), err)
			}
			if rw != "" {
				alts = []string{rw}
			}
		}
		res, err := e.search.Search(ctx, topic, retrieval.SearchOptions{K: max(e.opts.TopK, e.opts.ContextParagraphs), Alternates: alts})
		if err != nil {
			return Summary{}, false, fmt.Errorf("answer: search: %w", err)
		}
		noteSearch(ctx, res)
		if !res.Answerable || len(res.Hits) == 0 {
			s, err := e.summarizeExtractive(ctx, topic, lang)
			return s, false, err
		}
		paras = selectContext(res.Hits, e.opts.ContextParagraphs, e.opts.ContextRunes)
	}
	msgs := summaryMessages(topic, lang, corpusLang, paras)
	reply, finish, err := e.chat(ctx, msgs, nil)
	if err != nil {
		return fail(reasonFor(err), err)
	}
	if !saysNotInSources(reply) && !inLanguage(reply, lang) {
		retry := append(append([]Message(nil), msgs...), Message{Role: "assistant", Content: reply}, correctionMessage(lang))
		if reply, finish, err = e.chat(ctx, retry, nil); err != nil {
			return fail(reasonFor(err), err)
		}
		if !saysNotInSources(reply) && !inLanguage(reply, lang) {
			return fail(reasonLanguage, errors.New("the model summarised in the wrong language twice"))
		}
	}
	if saysNotInSources(reply) {
		s, err := e.summarizeExtractive(ctx, topic, lang)
		return s, false, err
	}
	// Every sentence of every bullet is checked; what is left is shown.
	g := e.ground(ctx, reply, paras, lang, maxSummaryRunes)
	if len(g.Citations) == 0 {
		s, cacheable, err := fail(g.fallbackReason(), fmt.Errorf("no supported bullet (%d sentences unsupported)", g.Removed))
		s.Claims = g.Claims
		return s, cacheable, err
	}
	s := Summary{Topic: topic, Summary: g.Text, Mode: ModeLLM, Language: lang, Citations: g.Citations, Claims: g.Claims,
		Notice: joinNotices(coverage, g.notice(lang, finish))}
	return s, true, nil
}

// wholeCaseContext picks what a whole-case summary is made from: every
// article's paragraphs in turn (the first paragraph of each article, then
// the second of each...), as many as maxRunes holds, so that every article
// is read before any is read to its end; they are then put back in corpus
// order. When not every paragraph fits, the notice says what was covered.
func wholeCaseContext(c *corpus.Corpus, maxRunes int, lang string) ([]ctxPara, string) {
	all := c.Paragraphs()
	var turns []corpus.Paragraph
	for i := 0; len(turns) < len(all); i++ {
		for _, a := range c.Articles {
			if i < len(a.Paragraphs) {
				turns = append(turns, a.Paragraphs[i])
			}
		}
	}
	paras := numberParagraphs(turns, len(turns), maxRunes)
	order := make(map[string]int, len(all))
	for i, p := range all {
		order[p.Ref] = i
	}
	sort.SliceStable(paras, func(i, j int) bool { return order[paras[i].P.Ref] < order[paras[j].P.Ref] })
	articles := map[string]bool{}
	whole := 0
	for i := range paras {
		paras[i].N = i + 1
		articles[paras[i].P.ArticleID] = true
		if paras[i].Text == paras[i].P.Text {
			whole++
		}
	}
	if whole == len(all) {
		return paras, ""
	}
	if lang == "ar" {
		part := ""
		if whole < len(paras) {
			part = "، آخرها في جزء منه"
		}
		return paras, fmt.Sprintf("يستند هذا الملخص إلى %d من %d فقرة%s، من %d من %d مقال، بقدر ما يتسع له سياق النموذج اللغوي.", len(paras), len(all), part, len(articles), len(c.Articles))
	}
	part := ""
	if whole < len(paras) {
		part = " (the last in part)"
	}
	return paras, fmt.Sprintf("This summary draws on %d of the %d paragraphs%s, from %d of the %d articles: as many as the language model's context holds.", len(paras), len(all), part, len(articles), len(c.Articles))
}

// renumberMarks renumbers text's marks 1..m in order of appearance, keeping
// only the citations still marked.
func renumberMarks(text string, cits []Citation) (string, []Citation) {
	byN := map[int]Citation{}
	for _, c := range cits {
		byN[c.N] = c
	}
	newN := map[int]int{}
	var out []Citation
	text = markPattern.ReplaceAllStringFunc(text, func(m string) string {
		k := markNumber(m)
		c, ok := byN[k]
		if !ok {
			return ""
		}
		if _, seen := newN[k]; !seen {
			newN[k] = len(out) + 1
			c.N = newN[k]
			out = append(out, c)
		}
		return fmt.Sprintf("[%d]", newN[k])
	})
	return text, out
}

// maxSummaries bounds the summary cache.
const maxSummaries = 128

// summaryCache keeps model summaries per corpus version, topic and
// language, and makes concurrent requests for the same summary share one
// model call.
type summaryCache struct {
	mu       sync.Mutex
	m        map[string]Summary
	order    []string // insertion order, for eviction
	inflight map[string]*summaryCall
	// waiting, when set (by tests), is called each time an asker starts
	// waiting for a summary another asker is making.
	waiting func(key string)
}

// summaryCall is a summary being made.
type summaryCall struct {
	done chan struct{}
	s    Summary
	err  error
}

func newSummaryCache() *summaryCache {
	return &summaryCache{m: map[string]Summary{}, inflight: map[string]*summaryCall{}}
}

// do returns the cached summary for key, or makes it with build (once,
// even when asked concurrently), caching it when build says it may. A
// waiter whose maker gave up (its context ended) makes the summary itself;
// a panic in build is an error, never a summary blocked for good.
func (c *summaryCache) do(ctx context.Context, key string, build func() (Summary, bool, error)) (Summary, error) {
	for {
		c.mu.Lock()
		if s, ok := c.m[key]; ok {
			c.mu.Unlock()
			return copySummary(s), nil
		}
		call, ok := c.inflight[key]
		if !ok {
			call = &summaryCall{done: make(chan struct{})}
			c.inflight[key] = call
			c.mu.Unlock()
			return c.make(key, call, build)
		}
		c.mu.Unlock()
		if c.waiting != nil {
			c.waiting(key)
		}
		select {
		case <-call.done:
			if isContextErr(call.err) && ctx.Err() == nil {
				continue // the maker's asker left; this one still waits
			}
			return copySummary(call.s), call.err
		case <-ctx.Done():
			return Summary{}, ctx.Err()
		}
	}
}

// make runs build for key and publishes the outcome to waiters and cache.
func (c *summaryCache) make(key string, call *summaryCall, build func() (Summary, bool, error)) (s Summary, err error) {
	cacheable := false
	defer func() {
		if r := recover(); r != nil {
			s, err = Summary{}, fmt.Errorf("answer: making the summary panicked: %v", r)
		}
		call.s, call.err = s, err
		c.mu.Lock()
		delete(c.inflight, key)
		if err == nil && cacheable {
			if len(c.order) >= maxSummaries {
				delete(c.m, c.order[0])
				c.order = c.order[1:]
			}
			c.m[key] = s
			c.order = append(c.order, key)
		}
		c.mu.Unlock()
		close(call.done)
	}()
	s, cacheable, err = build()
	return s, err
}

func isContextErr(err error) bool {
	return errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)
}

// copySummary copies s's citations, so that callers cannot change the cache.
func copySummary(s Summary) Summary {
	s.Citations = append([]Citation(nil), s.Citations...)
	return s
}
