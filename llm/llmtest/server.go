// Package llmtest is a scriptable, local OpenAI-compatible server for tests.
//
// It speaks the real wire format of POST /v1/chat/completions (JSON, and
// server-sent events when the request streams) and POST /v1/embeddings, so
// the real go-openai client (and so llm.Client) talks to it unchanged. It
// listens on 127.0.0.1 only and is closed when the test ends.
//
// Script chat replies in order with Enqueue; each request takes the next
// one. When the queue is empty, the handler set with Handle decides, and
// without one the request gets a 500 and the test fails. Replies can be
// good text, HTTP errors (with any body, JSON or HTML, and headers such as
// Retry-After), delays longer than the client's deadline, streams cut
// mid-answer, or empty choices:
//
//	srv := llmtest.NewServer(t)
//	srv.Enqueue(llmtest.RateLimited("1"), llmtest.Text("Altman was removed [1]."))
//	cfg := llm.Config{BaseURL: srv.URL(), ChatModel: "test-model"}
//
// Every request is recorded (Chats, Embeds) so tests can assert what was
// sent and how many calls were made. Embeddings are deterministic vectors
// made from the text (see SetEmbedding to replace them, SetEmbeddingJSON to
// send what no Go encoder writes, such as NaN); EnqueueEmbed
// scripts failures of the embeddings endpoint the same way.
package llmtest

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"
)

// Reply is one scripted response.
type Reply struct {
	// Text is the assistant's reply. A streaming request receives it in
	// pieces of ChunkRunes characters.
	Text string
	// Status is the HTTP status (default 200). A non-2xx status without a
	// Body sends an OpenAI-style JSON error carrying Text as its message.
	Status int
	// Body, if set, is sent verbatim instead of the generated body, with
	// ContentType (default "application/json").
	Body        string
	ContentType string
	// Header holds extra response headers, e.g. "Retry-After".
	Header map[string]string
	// Delay is waited before answering (cut short if the client gives up).
	Delay time.Duration
	// CutAfter, when positive, ends a streamed reply after that many text
	// pieces: no finish_reason, no [DONE]. The connection is aborted unless
	// CutCleanly is set, in which case the body ends normally.
	CutAfter   int
	CutCleanly bool
	// EmptyChoices sends a 200 reply whose "choices" array is empty.
	EmptyChoices bool
	// ChunkRunes is the size of streamed pieces (default 8 characters).
	ChunkRunes int
	// FinishReason is the reported finish reason (default "stop").
	FinishReason string
	// PromptTokens is the usage reported; 0 reports an estimate of one
	// token per four characters of the prompt.
	PromptTokens int
}

// Text is a good reply saying s.
func Text(s string) Reply { return Reply{Text: s} }

// Error is an HTTP error with an OpenAI-style JSON body.
func Error(status int, message string) Reply { return Reply{Status: status, Text: message} }

// HTML is an HTTP error whose body is an HTML page, as proxies send.
func HTML(status int) Reply {
	return Reply{Status: status, ContentType: "text/html; charset=utf-8",
		Body: fmt.Sprintf("<!DOCTYPE html><html><head><title>%d %s</title></head><body><h1>%s</h1><p>nginx</p></body></html>",
			status, http.StatusText(status), http.StatusText(status))}
}

// RateLimited is a 429 with the given Retry-After header ("" for none).
func RateLimited(retryAfter string) Reply {
	r := Reply{Status: http.StatusTooManyRequests, Text: "Rate limit reached for requests"}
	if retryAfter != "" {
		r.Header = map[string]string{"Retry-After": retryAfter}
	}
	return r
}

// Unauthorized is a 401 as OpenAI sends it for a wrong key.
func Unauthorized() Reply {
	return Reply{Status: http.StatusUnauthorized, Text: "Incorrect API key provided: sk-test*****1234. You can find your API key at https://platform.openai.com/account/api-keys."}
}

// Slow is a good reply sent only after d.
func Slow(d time.Duration, s string) Reply { return Reply{Text: s, Delay: d} }

// Cut is a streamed reply of s broken off after pieces pieces.
func Cut(s string, pieces int) Reply { return Reply{Text: s, CutAfter: pieces} }

// EmptyChoices is a 200 reply with no choices.
func EmptyChoices() Reply { return Reply{EmptyChoices: true} }

// Message is one chat message as received.
type Message struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

// ChatRequest is a chat-completion request as received.
type ChatRequest struct {
	Model         string    `json:"model"`
	Messages      []Message `json:"messages"`
	Stream        bool      `json:"stream"`
	MaxTokens     int       `json:"max_tokens"`
	StreamOptions *struct {
		IncludeUsage bool `json:"include_usage"`
	} `json:"stream_options"`
	// Authorization is the request's Authorization header.
	Authorization string `json:"-"`
}

// System returns the content of the request's system messages.
func (r ChatRequest) System() string {
	var parts []string
	for _, m := range r.Messages {
		if m.Role == "system" {
			parts = append(parts, m.Content)
		}
	}
	return strings.Join(parts, "\n")
}

// LastUser returns the content of the request's last user message.
func (r ChatRequest) LastUser() string {
	for i := len(r.Messages) - 1; i >= 0; i-- {
		if r.Messages[i].Role == "user" {
			return r.Messages[i].Content
		}
	}
	return ""
}

// EmbedRequest is an embeddings request as received.
type EmbedRequest struct {
	Model      string
	Input      []string
	Dimensions int
}

// Server is the fake API. Its methods are safe for concurrent use.
type Server struct {
	t   testing.TB
	srv *httptest.Server

	mu          sync.Mutex
	queue       []Reply
	embedQueue  []Reply
	handler     func(ChatRequest) Reply
	chats       []ChatRequest
	embeds      []EmbedRequest
	embedFn     func(string) []float32
	embedJSON   func(string) string
	down        bool
	dropped     int
	requiredKey string
}

// NewServer starts a server on 127.0.0.1 and closes it when t ends.
func NewServer(t testing.TB) *Server {
	t.Helper()
	s := &Server{t: t, embedFn: func(text string) []float32 { return HashVector(text, 16) }}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /v1/chat/completions", s.serveChat)
	mux.HandleFunc("POST /v1/embeddings", s.serveEmbed)
	s.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		down := s.down
		if down {
			s.dropped++
		}
		s.mu.Unlock()
		if down {
			panic(http.ErrAbortHandler) // close the connection, no reply
		}
		mux.ServeHTTP(w, r)
	}))
	t.Cleanup(s.srv.Close)
	return s
}

// URL is the base URL to configure clients with, ending in "/v1".
func (s *Server) URL() string { return s.srv.URL + "/v1" }

// Enqueue appends chat replies; each chat request takes the next one.
func (s *Server) Enqueue(replies ...Reply) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.queue = append(s.queue, replies...)
}

// EnqueueEmbed appends scripted embedding replies (Status, Body, Header and
// Delay are used; a 200 reply sends the normal vectors).
func (s *Server) EnqueueEmbed(replies ...Reply) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.embedQueue = append(s.embedQueue, replies...)
}

// Handle sets the function that answers chat requests once the queue is empty.
func (s *Server) Handle(f func(ChatRequest) Reply) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.handler = f
}

// RequireKey makes every request without "Authorization: Bearer key" get a 401.
func (s *Server) RequireKey(key string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.requiredKey = key
}

// SetEmbedding replaces the function that makes embedding vectors.
func (s *Server) SetEmbedding(f func(text string) []float32) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.embedFn = f
}

// SetEmbeddingJSON makes the server write each vector as the JSON text f
// returns, verbatim, instead of a vector from SetEmbedding: for replies no
// Go encoder writes, such as "[NaN, 0.5]" (Python's json module writes NaN
// so) or "[null, null]" (llama.cpp writes a NaN as null). nil goes back to
// vectors.
func (s *Server) SetEmbeddingJSON(f func(text string) string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.embedJSON = f
}

// SetDown makes the server drop every request's connection without a reply
// (as a server that went away does, or a proxy in front of one), or, with
// false, answer again. Dropped requests are not recorded; Dropped counts them.
func (s *Server) SetDown(down bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.down = down
}

// Dropped returns how many requests SetDown has dropped.
func (s *Server) Dropped() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.dropped
}

// Chats returns the chat requests received so far.
func (s *Server) Chats() []ChatRequest {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]ChatRequest(nil), s.chats...)
}

// Embeds returns the embedding requests received so far.
func (s *Server) Embeds() []EmbedRequest {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]EmbedRequest(nil), s.embeds...)
}

// Pending returns how many scripted chat replies have not been used.
func (s *Server) Pending() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.queue)
}

func (s *Server) authorized(w http.ResponseWriter, r *http.Request) bool {
	s.mu.Lock()
	key := s.requiredKey
	s.mu.Unlock()
	if key != "" && r.Header.Get("Authorization") != "Bearer "+key {
		writeError(w, Unauthorized())
		return false
	}
	return true
}

func (s *Server) serveChat(w http.ResponseWriter, r *http.Request) {
	var req ChatRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		writeError(w, Error(http.StatusBadRequest, "llmtest: bad JSON: "+err.Error()))
		return
	}
	req.Authorization = r.Header.Get("Authorization")
	if !s.authorized(w, r) {
		return
	}
	s.mu.Lock()
	s.chats = append(s.chats, req)
	var (
		rep Reply
		ok  = true
	)
	switch {
	case len(s.queue) > 0:
		rep, s.queue = s.queue[0], s.queue[1:]
	case s.handler != nil:
		h := s.handler
		s.mu.Unlock()
		rep = h(req)
		s.mu.Lock()
	default:
		ok = false
	}
	s.mu.Unlock()
	if !ok {
		s.t.Errorf("llmtest: chat request %d has no scripted reply (last user message: %.80q)", len(s.Chats()), req.LastUser())
		writeError(w, Error(http.StatusInternalServerError, "llmtest: no reply scripted"))
		return
	}
	if !wait(r, rep.Delay) {
		return
	}
	if rep.Status != 0 && (rep.Status < 200 || rep.Status > 299) || rep.Body != "" {
		writeError(w, rep)
		return
	}
	setHeaders(w, rep)
	prompt := 0
	for _, m := range req.Messages {
		prompt += utf8.RuneCountInString(m.Content)
	}
	usage := map[string]int{"prompt_tokens": max(rep.PromptTokens, 0), "completion_tokens": (utf8.RuneCountInString(rep.Text) + 3) / 4}
	if rep.PromptTokens == 0 {
		usage["prompt_tokens"] = (prompt + 3) / 4
	}
	usage["total_tokens"] = usage["prompt_tokens"] + usage["completion_tokens"]
	finish := rep.FinishReason
	if finish == "" {
		finish = "stop"
	}
	if !req.Stream {
		choices := []any{map[string]any{
			"index":         0,
			"message":       map[string]any{"role": "assistant", "content": rep.Text},
			"finish_reason": finish,
		}}
		if rep.EmptyChoices {
			choices = []any{}
		}
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(map[string]any{
			"id": "chatcmpl-llmtest", "object": "chat.completion", "created": 1700000000,
			"model": req.Model, "choices": choices, "usage": usage,
		})
		return
	}
	s.stream(w, req, rep, finish, usage)
}

// stream sends rep as server-sent events, the way OpenAI does.
func (s *Server) stream(w http.ResponseWriter, req ChatRequest, rep Reply, finish string, usage map[string]int) {
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-cache")
	fl, _ := w.(http.Flusher)
	send := func(v any) {
		b, _ := json.Marshal(v)
		fmt.Fprintf(w, "data: %s\n\n", b)
		if fl != nil {
			fl.Flush()
		}
	}
	chunk := func(choices []any, u any) map[string]any {
		return map[string]any{"id": "chatcmpl-llmtest", "object": "chat.completion.chunk", "created": 1700000000,
			"model": req.Model, "choices": choices, "usage": u}
	}
	if rep.EmptyChoices {
		send(chunk([]any{}, nil))
		fmt.Fprint(w, "data: [DONE]\n\n")
		return
	}
	send(chunk([]any{map[string]any{"index": 0, "delta": map[string]any{"role": "assistant", "content": ""}, "finish_reason": nil}}, nil))
	size := rep.ChunkRunes
	if size <= 0 {
		size = 8
	}
	runes := []rune(rep.Text)
	pieces := 0
	for i := 0; i < len(runes); i += size {
		if rep.CutAfter > 0 && pieces == rep.CutAfter {
			if rep.CutCleanly {
				return
			}
			panic(http.ErrAbortHandler) // drop the connection mid-answer
		}
		piece := string(runes[i:min(i+size, len(runes))])
		send(chunk([]any{map[string]any{"index": 0, "delta": map[string]any{"content": piece}, "finish_reason": nil}}, nil))
		pieces++
	}
	if rep.CutAfter > 0 {
		if rep.CutCleanly {
			return
		}
		panic(http.ErrAbortHandler)
	}
	send(chunk([]any{map[string]any{"index": 0, "delta": map[string]any{}, "finish_reason": finish}}, nil))
	if req.StreamOptions != nil && req.StreamOptions.IncludeUsage {
		send(chunk([]any{}, usage))
	}
	fmt.Fprint(w, "data: [DONE]\n\n")
}

func (s *Server) serveEmbed(w http.ResponseWriter, r *http.Request) {
	var raw struct {
		Model      string          `json:"model"`
		Input      json.RawMessage `json:"input"`
		Dimensions int             `json:"dimensions"`
	}
	if err := json.NewDecoder(r.Body).Decode(&raw); err != nil {
		writeError(w, Error(http.StatusBadRequest, "llmtest: bad JSON: "+err.Error()))
		return
	}
	var inputs []string
	if err := json.Unmarshal(raw.Input, &inputs); err != nil {
		var one string
		if err := json.Unmarshal(raw.Input, &one); err != nil {
			writeError(w, Error(http.StatusBadRequest, "llmtest: input must be a string or a list of strings"))
			return
		}
		inputs = []string{one}
	}
	s.mu.Lock()
	s.embeds = append(s.embeds, EmbedRequest{Model: raw.Model, Input: inputs, Dimensions: raw.Dimensions})
	var rep Reply
	if len(s.embedQueue) > 0 {
		rep, s.embedQueue = s.embedQueue[0], s.embedQueue[1:]
	}
	fn, rawFn := s.embedFn, s.embedJSON
	s.mu.Unlock()
	if !s.authorized(w, r) {
		return
	}
	if !wait(r, rep.Delay) {
		return
	}
	if rep.Status != 0 && (rep.Status < 200 || rep.Status > 299) || rep.Body != "" {
		writeError(w, rep)
		return
	}
	setHeaders(w, rep)
	data := make([]any, len(inputs))
	raws := make([]string, len(inputs))
	tokens := 0
	for i, in := range inputs {
		if in == "" {
			writeError(w, Error(http.StatusBadRequest, "'$.input' is invalid: empty string"))
			return
		}
		tokens += (utf8.RuneCountInString(in) + 3) / 4
		if rawFn != nil {
			raws[i] = fmt.Sprintf(`{"object":"embedding","index":%d,"embedding":%s}`, i, rawFn(in))
			continue
		}
		v := fn(in)
		if raw.Dimensions > 0 && raw.Dimensions < len(v) {
			v = v[:raw.Dimensions]
		}
		data[i] = map[string]any{"object": "embedding", "index": i, "embedding": v}
	}
	w.Header().Set("Content-Type", "application/json")
	if rawFn != nil {
		model, _ := json.Marshal(raw.Model)
		fmt.Fprintf(w, `{"object":"list","data":[%s],"model":%s,"usage":{"prompt_tokens":%d,"total_tokens":%d}}`+"\n",
			strings.Join(raws, ","), model, tokens, tokens)
		return
	}
	_ = json.NewEncoder(w).Encode(map[string]any{
		"object": "list", "data": data, "model": raw.Model,
		"usage": map[string]int{"prompt_tokens": tokens, "total_tokens": tokens},
	})
}

// wait sleeps d unless the client goes away first; it reports whether to go on.
func wait(r *http.Request, d time.Duration) bool {
	if d <= 0 {
		return true
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-r.Context().Done():
		return false
	}
}

func setHeaders(w http.ResponseWriter, rep Reply) {
	for k, v := range rep.Header {
		w.Header().Set(k, v)
	}
}

// writeError sends rep as an error response.
func writeError(w http.ResponseWriter, rep Reply) {
	setHeaders(w, rep)
	status := rep.Status
	if status == 0 {
		status = http.StatusOK
	}
	if rep.Body != "" {
		ct := rep.ContentType
		if ct == "" {
			ct = "application/json"
		}
		w.Header().Set("Content-Type", ct)
		w.WriteHeader(status)
		_, _ = io.WriteString(w, rep.Body)
		return
	}
	typ := "invalid_request_error"
	switch {
	case status == http.StatusTooManyRequests:
		typ = "rate_limit_error" // OpenAI sends "requests" or "tokens" in code
	case status >= 500:
		typ = "server_error"
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{"error": map[string]any{
		"message": rep.Text, "type": typ, "param": nil, "code": nil,
	}})
}

// HashVector is the double's default embedding: a deterministic vector of
// dim dimensions from the text's character trigrams, so that texts sharing
// words get similar vectors.
func HashVector(text string, dim int) []float32 {
	v := make([]float32, dim)
	r := []rune(strings.ToLower(text))
	for i := 0; i+3 <= len(r); i++ {
		h := sha256.Sum256([]byte(string(r[i : i+3])))
		k := binary.LittleEndian.Uint32(h[:4]) % uint32(dim)
		if h[4]&1 == 0 {
			v[k]++
		} else {
			v[k]--
		}
	}
	var n float64
	for _, x := range v {
		n += float64(x) * float64(x)
	}
	if n == 0 {
		v[0] = 1
		return v
	}
	for i := range v {
		v[i] = float32(float64(v[i]) / math.Sqrt(n))
	}
	return v
}
