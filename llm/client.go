// Package llm connects casebot to any OpenAI-compatible API (OpenAI, Ollama,
// vLLM, llama.cpp server, LocalAI...) through github.com/sashabaranov/go-openai.
//
// A Client chats (streaming or not) with its own Message type, so that this
// package compiles without the rest of casebot; Adapter presents it to a
// caller's interface, such as answer.ChatModel. It hands out an Embedder
// implementing retrieval.Embedder. go-openai does not retry, so
// the Client does: 429 and 5xx replies are retried with exponential backoff
// and jitter, honouring Retry-After, up to Config.MaxRetries. Every attempt
// has a deadline (an http.Client timeout and a context deadline), at most
// Config.MaxConcurrent requests are in flight, and every failure comes back
// as an *Error whose Kind says what went wrong and whose message never holds
// the API key. Token usage is logged per call and totalled in Stats.
//
// The llmtest sub-package is a local OpenAI-compatible server for tests.
package llm

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"math"
	"math/rand/v2"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

	openai "github.com/sashabaranov/go-openai"

	"casebot/text"
)

// Message is one chat message sent to the model.
type Message struct {
	// Role is "system", "user" or "assistant".
	Role string
	// Content is the message text.
	Content string
}

// Adapter is a Client seen through a caller's own message type M, any
// struct of Role and Content strings (answer.Message is one), so that the
// caller's chat interface is met without this package importing it:
// Adapter[answer.Message]{Client: c} is an answer.ChatModel.
type Adapter[M ~struct{ Role, Content string }] struct{ *Client }

// Chat converts msgs and calls Client.Chat.
func (a Adapter[M]) Chat(ctx context.Context, msgs []M, onDelta func(string)) (string, error) {
	conv := make([]Message, len(msgs))
	for i, m := range msgs {
		conv[i] = Message(m)
	}
	return a.Client.Chat(ctx, conv, onDelta)
}

// ChatFinish converts msgs and calls Client.ChatFinish.
func (a Adapter[M]) ChatFinish(ctx context.Context, msgs []M, onDelta func(string)) (string, string, error) {
	conv := make([]Message, len(msgs))
	for i, m := range msgs {
		conv[i] = Message(m)
	}
	return a.Client.ChatFinish(ctx, conv, onDelta)
}

// Client talks to one OpenAI-compatible server. It is safe for concurrent use.
type Client struct {
	cfg    Config
	api    *openai.Client
	log    *slog.Logger
	sem    chan struct{}
	sleep  func(ctx context.Context, d time.Duration) error
	now    func() time.Time
	redact func(string) string
	stats  stats
}

// Option adjusts a Client made by New.
type Option func(*Client)

// WithLogger sends the client's logs to l (default: slog.Default()).
func WithLogger(l *slog.Logger) Option {
	return func(c *Client) {
		if l != nil {
			c.log = l
		}
	}
}

// WithSleep replaces the function that waits between retries. Tests use it
// to record the delays instead of waiting them out.
func WithSleep(sleep func(ctx context.Context, d time.Duration) error) Option {
	return func(c *Client) {
		if sleep != nil {
			c.sleep = sleep
		}
	}
}

// New makes a Client for cfg (defaults applied). It fails when cfg does not
// validate.
func New(cfg Config, opts ...Option) (*Client, error) {
	cfg = cfg.WithDefaults()
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	oc := openai.DefaultConfig(cfg.APIKey)
	oc.BaseURL = cfg.BaseURL
	oc.HTTPClient = recordingDoer{hc: &http.Client{Timeout: cfg.Timeout}}
	c := &Client{
		cfg:   cfg,
		api:   openai.NewClientWithConfig(oc),
		log:   slog.Default(),
		sem:   make(chan struct{}, cfg.MaxConcurrent),
		sleep: sleepCtx,
		now:   time.Now,
	}
	c.redact = makeRedactor(cfg.APIKey)
	for _, o := range opts {
		o(c)
	}
	c.log.Info("llm: client ready", "config", cfg)
	return c, nil
}

// Config returns the client's configuration, defaults applied.
func (c *Client) Config() Config { return c.cfg }

// Name returns the chat model's name.
func (c *Client) Name() string { return c.cfg.ChatModel }

// Chat sends msgs to the chat model and returns its whole reply. With a
// non-nil onDelta the reply is streamed and each piece is passed to onDelta
// as it arrives; a stream that ends before the model says it has finished
// is an error of KindStreamCut.
func (c *Client) Chat(ctx context.Context, msgs []Message, onDelta func(string)) (string, error) {
	text, _, err := c.ChatFinish(ctx, msgs, onDelta)
	return text, err
}

// ChatFinish is Chat that also returns the reply's finish reason as the
// server reported it ("stop", "length" when the reply hit the token limit,
// "content_filter"...; "" when the server sent none), so that a caller can
// tell a complete reply from a cut one.
func (c *Client) ChatFinish(ctx context.Context, msgs []Message, onDelta func(string)) (string, string, error) {
	if c.cfg.ChatModel == "" {
		return "", "", &Error{Op: "chat", Kind: KindConfig, Err: errors.New("no chat model configured (set CASEBOT_CHAT_MODEL)")}
	}
	if len(msgs) == 0 {
		return "", "", &Error{Op: "chat", Kind: KindConfig, Err: errors.New("no messages to send")}
	}
	req := openai.ChatCompletionRequest{
		Model:    c.cfg.ChatModel,
		Messages: make([]openai.ChatCompletionMessage, len(msgs)),
	}
	for i, m := range msgs {
		req.Messages[i] = openai.ChatCompletionMessage{Role: m.Role, Content: m.Content}
	}
	if isReasoningModel(c.cfg.ChatModel) {
		req.MaxCompletionTokens = c.cfg.MaxAnswerTokens * 4 // room for hidden reasoning
	} else {
		//lint:ignore SA1019 local OpenAI-compatible servers (Ollama, llama.cpp, vLLM) read max_tokens; max_completion_tokens is for reasoning models
		req.MaxTokens = c.cfg.MaxAnswerTokens
		req.Temperature = 0.1
	}

	start := c.now()
	var (
		text     string
		finish   string
		usage    *openai.Usage
		streamed bool // some text already went to onDelta: no retry possible
	)
	attempts, err := c.withRetry(ctx, "chat", func() bool { return !streamed }, func(actx context.Context) error {
		if onDelta == nil {
			resp, err := c.api.CreateChatCompletion(actx, req)
			if err != nil {
				return err
			}
			if len(resp.Choices) == 0 {
				return &Error{Kind: KindBadResponse, Err: errors.New("the reply has no choices")}
			}
			text, usage = resp.Choices[0].Message.Content, &resp.Usage
			finish = string(resp.Choices[0].FinishReason)
			return nil
		}
		sreq := req
		sreq.Stream = true
		sreq.StreamOptions = &openai.StreamOptions{IncludeUsage: true}
		stream, err := c.api.CreateChatCompletionStream(actx, sreq)
		if err != nil {
			return err
		}
		defer stream.Close()
		var b strings.Builder
		finished := false
		for {
			chunk, err := stream.Recv()
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				if actx.Err() != nil {
					return actx.Err()
				}
				if b.Len() > 0 {
					return &Error{Kind: KindStreamCut, Err: errors.New("the reply stream broke off: " + snippet(err.Error(), 120))}
				}
				return err
			}
			if chunk.Usage != nil {
				usage = chunk.Usage
			}
			for _, ch := range chunk.Choices {
				if ch.Index != 0 {
					continue
				}
				if d := ch.Delta.Content; d != "" {
					b.WriteString(d)
					streamed = true
					onDelta(d)
				}
				if ch.FinishReason != "" {
					finished = true
					finish = string(ch.FinishReason)
				}
			}
		}
		text = b.String()
		if !finished {
			if b.Len() == 0 {
				return &Error{Kind: KindBadResponse, Err: errors.New("the reply stream held no text")}
			}
			return &Error{Kind: KindStreamCut, Err: errors.New("the reply stream ended before the model finished")}
		}
		return nil
	})
	if err != nil {
		c.stats.failures.Add(1)
		return "", "", err
	}
	if strings.TrimSpace(text) == "" {
		c.stats.failures.Add(1)
		err := &Error{Op: "chat", Kind: KindBadResponse, Attempts: attempts, Err: errors.New("the model returned an empty reply")}
		c.log.Error("llm: chat failed", "model", c.cfg.ChatModel, "kind", err.Kind, "error", err)
		return "", "", err
	}
	u := Usage{Estimated: true, PromptTokens: EstimateTokens(msgs), CompletionTokens: EstimateTokens([]Message{{Content: text}})}
	if usage != nil && usage.PromptTokens > 0 {
		u = Usage{PromptTokens: usage.PromptTokens, CompletionTokens: usage.CompletionTokens}
	}
	c.stats.recordChat(u)
	reportUsage(ctx, u)
	c.log.Info("llm: chat", "model", c.cfg.ChatModel, "stream", onDelta != nil, "attempts", attempts,
		"prompt_tokens", u.PromptTokens, "completion_tokens", u.CompletionTokens, "tokens_estimated", u.Estimated,
		"finish_reason", finish, "duration", c.now().Sub(start).Round(time.Millisecond))
	return text, finish, nil
}

// embed returns one vector per text, in order, in a single request.
func (c *Client) embed(ctx context.Context, texts []string) ([][]float32, error) {
	req := openai.EmbeddingRequest{
		Input:          texts,
		Model:          openai.EmbeddingModel(c.cfg.EmbedModel),
		EncodingFormat: openai.EmbeddingEncodingFormatFloat,
		Dimensions:     c.cfg.EmbedDimensions,
	}
	var out [][]float32
	_, err := c.withRetry(ctx, "embed", func() bool { return true }, func(actx context.Context) error {
		resp, err := c.api.CreateEmbeddings(actx, req)
		if err != nil {
			return err
		}
		if len(resp.Data) != len(texts) {
			return &Error{Kind: KindBadResponse, Err: errors.New("the reply has " + strconv.Itoa(len(resp.Data)) + " vectors for " + strconv.Itoa(len(texts)) + " texts")}
		}
		vecs := make([][]float32, len(texts))
		for i, d := range resp.Data {
			idx := d.Index
			if len(resp.Data) > 0 && !hasIndexes(resp.Data) {
				idx = i
			}
			if idx < 0 || idx >= len(texts) || vecs[idx] != nil {
				return &Error{Kind: KindBadResponse, Err: errors.New("the reply's vector indexes are out of order or repeated")}
			}
			if len(d.Embedding) == 0 || (i > 0 && len(d.Embedding) != len(resp.Data[0].Embedding)) {
				return &Error{Kind: KindBadResponse, Err: errors.New("the reply's vectors are empty or of different lengths")}
			}
			vecs[idx] = d.Embedding
		}
		out = vecs
		return nil
	})
	if err != nil {
		c.stats.failures.Add(1)
		return nil, err
	}
	c.stats.embedRequests.Add(1)
	c.stats.embedTexts.Add(int64(len(texts)))
	return out, nil
}

// hasIndexes reports whether the server filled in distinct indexes (some
// servers leave them all 0).
func hasIndexes(data []openai.Embedding) bool {
	for _, d := range data {
		if d.Index != 0 {
			return true
		}
	}
	return len(data) == 1
}

// withRetry runs attempt until it succeeds, fails for good, or the retries
// run out. Each attempt holds a concurrency slot and has its own deadline;
// canRetry is consulted before retrying (a stream that already showed text
// cannot be replayed). It returns the number of attempts made.
func (c *Client) withRetry(ctx context.Context, op string, canRetry func() bool, attempt func(context.Context) error) (int, error) {
	for try := 1; ; try++ {
		rec := &respRecord{}
		err := c.runAttempt(ctx, rec, attempt)
		if err == nil {
			return try, nil
		}
		kind, status, cause := classify(err, rec, ctx)
		if status >= 200 && status <= 299 {
			status = 0 // the failure was not an HTTP error
		}
		fail := func(why string) (int, error) {
			e := &Error{Op: op, Kind: kind, Status: status, Attempts: try, Err: errors.New(c.redact(cause.Error()) + why)}
			if kind != KindCanceled {
				c.log.Error("llm: call failed", "op", op, "kind", kind, "status", status, "attempts", try, "error", e.Err.Error())
			}
			return try, e
		}
		if !retryable(kind, status) || try > c.cfg.MaxRetries || !canRetry() {
			return fail("")
		}
		delay := c.backoff(try)
		if rec.hasRetryAfter {
			if rec.retryAfter > c.cfg.RetryMaxDelay {
				return fail("; the server asked to wait " + rec.retryAfter.String() + ", longer than the retry limit " + c.cfg.RetryMaxDelay.String())
			}
			delay = rec.retryAfter
		}
		if dl, ok := ctx.Deadline(); ok && c.now().Add(delay).After(dl) {
			return fail("; no time left to retry before the deadline")
		}
		c.log.Warn("llm: retrying", "op", op, "kind", kind, "status", status, "attempt", try, "delay", delay, "retry_after", rec.hasRetryAfter)
		if err := c.sleep(ctx, delay); err != nil {
			kind, cause = KindCanceled, err
			if errors.Is(err, context.DeadlineExceeded) {
				kind = KindTimeout
			}
			return fail("")
		}
	}
}

// runAttempt runs one attempt inside a concurrency slot, with a deadline.
func (c *Client) runAttempt(ctx context.Context, rec *respRecord, attempt func(context.Context) error) error {
	select {
	case c.sem <- struct{}{}:
	case <-ctx.Done():
		return ctx.Err()
	}
	defer func() { <-c.sem }()
	c.stats.inFlight.Add(1)
	defer c.stats.inFlight.Add(-1)
	c.stats.requests.Add(1)
	actx, cancel := context.WithTimeout(ctx, c.cfg.Timeout)
	defer cancel()
	return attempt(context.WithValue(actx, recKey{}, rec))
}

// backoff returns the delay before retry number try (1-based): the base
// delay doubled per retry, capped, with "equal jitter" (half fixed, half random).
func (c *Client) backoff(try int) time.Duration {
	d := c.cfg.RetryBaseDelay
	for i := 1; i < try && d < c.cfg.RetryMaxDelay; i++ {
		d *= 2
	}
	d = min(d, c.cfg.RetryMaxDelay)
	if d <= 1 {
		return d
	}
	half := d / 2
	return half + time.Duration(rand.Int64N(int64(d-half)+1))
}

// sleepCtx waits d or until ctx is done.
func sleepCtx(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// recKey is the context key under which an attempt's respRecord travels to
// the HTTP doer.
type recKey struct{}

// respRecord is what the HTTP doer saw of an attempt's response: go-openai
// hides headers on errors, and Retry-After is one.
type respRecord struct {
	status        int
	contentType   string
	retryAfter    time.Duration
	hasRetryAfter bool
}

// recordingDoer is the HTTP client given to go-openai: it notes the status,
// content type and Retry-After of every response in the attempt's respRecord.
type recordingDoer struct{ hc *http.Client }

// Do sends req and records what came back.
func (d recordingDoer) Do(req *http.Request) (*http.Response, error) {
	resp, err := d.hc.Do(req)
	if rec, ok := req.Context().Value(recKey{}).(*respRecord); ok && resp != nil {
		rec.status = resp.StatusCode
		rec.contentType = resp.Header.Get("Content-Type")
		rec.retryAfter, rec.hasRetryAfter = parseRetryAfter(resp.Header, time.Now())
	}
	return resp, err
}

// maxRetryAfter caps what a server may ask for: longer waits are clamped to
// it (and so exceed any sane RetryMaxDelay, which ends the retries).
const maxRetryAfter = 24 * time.Hour

// parseRetryAfter reads "retry-after-ms" (OpenAI's, in milliseconds) or
// "Retry-After", which HTTP allows only as whole seconds or as an HTTP
// date (RFC 9110, section 10.2.3). Waits are clamped to [0, maxRetryAfter];
// anything else (fractions, exponents, "inf", signs) is ignored.
func parseRetryAfter(h http.Header, now time.Time) (time.Duration, bool) {
	if v := strings.TrimSpace(h.Get("Retry-After-Ms")); v != "" {
		if ms, err := strconv.ParseFloat(v, 64); err == nil && ms >= 0 && !math.IsInf(ms, 0) && !math.IsNaN(ms) {
			if ms >= float64(maxRetryAfter/time.Millisecond) {
				return maxRetryAfter, true
			}
			return time.Duration(ms * float64(time.Millisecond)), true
		}
	}
	v := strings.TrimSpace(h.Get("Retry-After"))
	if v == "" {
		return 0, false
	}
	if text.IsDigits(v) {
		s, err := strconv.ParseUint(v, 10, 64)
		if err != nil || s >= uint64(maxRetryAfter/time.Second) { // err: too many digits for 64 bits
			return maxRetryAfter, true
		}
		return time.Duration(s) * time.Second, true
	}
	if t, err := http.ParseTime(v); err == nil {
		return min(max(t.Sub(now), 0), maxRetryAfter), true
	}
	return 0, false
}

// isReasoningModel reports whether OpenAI's reasoning-model rules apply
// (max_completion_tokens, no temperature); go-openai enforces them.
func isReasoningModel(model string) bool {
	for _, p := range []string{"o1", "o3", "o4", "gpt-5"} {
		if strings.HasPrefix(model, p) {
			return true
		}
	}
	return false
}

// keyPattern matches API keys as OpenAI-style servers echo them (masked or not).
var keyPattern = regexp.MustCompile(`\b(sk|key|api)[-_][A-Za-z0-9_\-\*\.]{6,}`)

// urlPattern matches URLs inside a message (net/http quotes the request URL
// in its errors).
var urlPattern = regexp.MustCompile(`[A-Za-z][A-Za-z0-9+.\-]*://[^\s"'<>]+`)

// makeRedactor returns a function that removes key, anything looking like
// an API key, and the credentials of any URL from a message.
func makeRedactor(key string) func(string) string {
	return func(s string) string {
		if key != "" {
			s = strings.ReplaceAll(s, key, "[redacted]")
		}
		s = RedactURLs(s)
		return keyPattern.ReplaceAllString(s, "[redacted]")
	}
}

// RedactURLs applies RedactURL to every URL in a message that carries user
// info, a query, a fragment or a key=value path parameter, leaving other
// URLs (and the rest of the text) as they are.
func RedactURLs(s string) string {
	return urlPattern.ReplaceAllStringFunc(s, func(u string) string {
		if !strings.ContainsAny(u, "@?#=") {
			return u
		}
		return RedactURL(u)
	})
}

// baseHost returns the host and path of the base URL, without credentials,
// for naming the embedder.
func baseHost(base string) string {
	u, err := url.Parse(base)
	if err != nil {
		return "unknown"
	}
	return u.Host + strings.TrimRight(u.Path, "/")
}
