package llm

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"casebot/llm/llmtest"
)

// testClient is a Client against a double, recording its retry delays and logs.
type testClient struct {
	*Client
	srv    *llmtest.Server
	mu     sync.Mutex
	sleeps []time.Duration
	logs   *bytes.Buffer
}

func (tc *testClient) slept() []time.Duration {
	tc.mu.Lock()
	defer tc.mu.Unlock()
	return append([]time.Duration(nil), tc.sleeps...)
}

func newTestClient(t *testing.T, mod func(*Config)) *testClient {
	t.Helper()
	tc := &testClient{srv: llmtest.NewServer(t), logs: &bytes.Buffer{}}
	cfg := Config{
		BaseURL: tc.srv.URL(), APIKey: secret, ChatModel: "test-chat", EmbedModel: "test-embed",
		Timeout: 2 * time.Second, MaxRetries: 2, RetryBaseDelay: time.Millisecond, RetryMaxDelay: 5 * time.Second,
	}
	if mod != nil {
		mod(&cfg)
	}
	var logMu sync.Mutex
	c, err := New(cfg,
		WithLogger(slog.New(slog.NewTextHandler(lockedWriter{&logMu, tc.logs}, nil))),
		WithSleep(func(ctx context.Context, d time.Duration) error {
			tc.mu.Lock()
			tc.sleeps = append(tc.sleeps, d)
			tc.mu.Unlock()
			return ctx.Err()
		}))
	if err != nil {
		t.Fatal(err)
	}
	tc.Client = c
	t.Cleanup(func() {
		logMu.Lock()
		defer logMu.Unlock()
		if strings.Contains(tc.logs.String(), secret) {
			t.Errorf("the logs contain the API key:\n%s", tc.logs)
		}
	})
	return tc
}

type lockedWriter struct {
	mu *sync.Mutex
	w  *bytes.Buffer
}

func (l lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

var question = []Message{{Role: "system", Content: "Answer from the sources."}, {Role: "user", Content: "Who was removed?"}}

func TestChatGood(t *testing.T) {
	for _, stream := range []bool{false, true} {
		t.Run(map[bool]string{false: "plain", true: "stream"}[stream], func(t *testing.T) {
			tc := newTestClient(t, nil)
			tc.srv.Enqueue(llmtest.Reply{Text: "Sam Altman was removed [1].", PromptTokens: 321})
			var deltas []string
			var onDelta func(string)
			if stream {
				onDelta = func(d string) { deltas = append(deltas, d) }
			}
			got, err := tc.Chat(context.Background(), question, onDelta)
			if err != nil {
				t.Fatal(err)
			}
			if got != "Sam Altman was removed [1]." {
				t.Fatalf("Chat() = %q", got)
			}
			if stream && (len(deltas) < 2 || strings.Join(deltas, "") != got) {
				t.Fatalf("deltas = %q, want the reply in several pieces", deltas)
			}
			reqs := tc.srv.Chats()
			if len(reqs) != 1 || reqs[0].Model != "test-chat" || reqs[0].Stream != stream || reqs[0].Authorization != "Bearer "+secret {
				t.Fatalf("request = %+v", reqs)
			}
			if len(reqs[0].Messages) != 2 || reqs[0].Messages[1].Content != "Who was removed?" {
				t.Fatalf("messages = %+v", reqs[0].Messages)
			}
			st := tc.Stats()
			if st.Chats != 1 || st.LastPromptTokens != 321 || st.Requests != 1 || st.InFlight != 0 {
				t.Fatalf("stats = %+v, want 1 chat of 321 prompt tokens", st)
			}
			if !strings.Contains(tc.logs.String(), "prompt_tokens=321") {
				t.Fatalf("usage not logged:\n%s", tc.logs)
			}
		})
	}
}

func TestChatFailures(t *testing.T) {
	tests := []struct {
		name     string
		replies  []llmtest.Reply
		stream   bool
		mod      func(*Config)
		kind     Kind
		status   int
		attempts int
		msg      string // substring of the error
	}{
		{name: "500 until retries run out", replies: rep(3, llmtest.Error(500, "boom")), kind: KindServer, status: 500, attempts: 3},
		{name: "HTML 503", replies: rep(3, llmtest.HTML(503)), kind: KindServer, status: 503, attempts: 3, msg: "HTML error page"},
		{name: "HTML 503 streaming", stream: true, replies: rep(3, llmtest.HTML(503)), kind: KindServer, status: 503, attempts: 3, msg: "HTML"},
		{name: "401 not retried", replies: []llmtest.Reply{llmtest.Unauthorized()}, kind: KindUnauthorized, status: 401, attempts: 1, msg: "[redacted]"},
		{name: "404 unknown model", replies: []llmtest.Reply{llmtest.Error(404, "model not found")}, kind: KindBadRequest, status: 404, attempts: 1, msg: "model not found"},
		{name: "slower than the deadline", replies: []llmtest.Reply{llmtest.Slow(5*time.Second, "late")},
			mod: func(c *Config) { c.Timeout = 150 * time.Millisecond }, kind: KindTimeout, attempts: 1},
		{name: "slow stream", stream: true, replies: []llmtest.Reply{llmtest.Slow(5*time.Second, "late")},
			mod: func(c *Config) { c.Timeout = 150 * time.Millisecond }, kind: KindTimeout, attempts: 1},
		{name: "stream cut mid-answer", stream: true, replies: []llmtest.Reply{llmtest.Cut("Sam Altman was removed by the board [1].", 2)}, kind: KindStreamCut, attempts: 1},
		{name: "stream ended without finishing", stream: true, replies: []llmtest.Reply{{Text: "Sam Altman was removed by the board.", CutAfter: 2, CutCleanly: true}}, kind: KindStreamCut, attempts: 1},
		{name: "empty choices", replies: []llmtest.Reply{llmtest.EmptyChoices()}, kind: KindBadResponse, attempts: 1, msg: "no choices"},
		{name: "empty choices streaming", stream: true, replies: []llmtest.Reply{llmtest.EmptyChoices()}, kind: KindBadResponse, attempts: 1},
		{name: "HTML page with 200", replies: []llmtest.Reply{{Status: 200, ContentType: "text/html", Body: "<html><body>login</body></html>"}}, kind: KindBadResponse, attempts: 1, msg: "HTML page"},
		{name: "empty text", replies: []llmtest.Reply{llmtest.Text("  ")}, kind: KindBadResponse, attempts: 1, msg: "empty reply"},
		{name: "Retry-After beyond the limit", replies: []llmtest.Reply{llmtest.RateLimited("60")}, kind: KindRateLimited, status: 429, attempts: 1, msg: "longer than the retry limit"},
		{name: "huge Retry-After is not a retry at once", replies: []llmtest.Reply{llmtest.RateLimited("99999999999")}, kind: KindRateLimited, status: 429, attempts: 1, msg: "longer than the retry limit"},
		{name: "Retry-After 1e20 is no Retry-After", replies: rep(3, llmtest.RateLimited("1e20")), kind: KindRateLimited, status: 429, attempts: 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tc := newTestClient(t, tt.mod)
			tc.srv.Enqueue(tt.replies...)
			var onDelta func(string)
			if tt.stream {
				onDelta = func(string) {}
			}
			start := time.Now()
			_, err := tc.Chat(context.Background(), question, onDelta)
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("Chat() error = %v, want *llm.Error", err)
			}
			if e.Kind != tt.kind || e.Status != tt.status || e.Attempts != tt.attempts {
				t.Fatalf("error = %+v (%v), want kind %s, status %d, %d attempts", e, err, tt.kind, tt.status, tt.attempts)
			}
			if e.FailureKind() != string(tt.kind) {
				t.Fatalf("FailureKind() = %q", e.FailureKind())
			}
			if tt.msg != "" && !strings.Contains(err.Error(), tt.msg) {
				t.Fatalf("error %q does not mention %q", err, tt.msg)
			}
			if strings.Contains(err.Error(), secret) || strings.Contains(err.Error(), "<html") || strings.Contains(err.Error(), "<!DOCTYPE") {
				t.Fatalf("error leaks the key or a page: %v", err)
			}
			if d := time.Since(start); d > 3*time.Second {
				t.Fatalf("failure took %s", d)
			}
			if got := tc.srv.Pending(); got != 0 {
				t.Fatalf("%d scripted replies unused", got)
			}
			if tc.Stats().Failures != 1 {
				t.Fatalf("stats = %+v, want 1 failure", tc.Stats())
			}
		})
	}
}

func rep(n int, r llmtest.Reply) []llmtest.Reply {
	out := make([]llmtest.Reply, n)
	for i := range out {
		out[i] = r
	}
	return out
}

func TestRetryHonoursRetryAfter(t *testing.T) {
	tc := newTestClient(t, nil)
	tc.srv.Enqueue(llmtest.RateLimited("2"), llmtest.Error(502, "bad gateway"), llmtest.Text("ok [1]"))
	got, err := tc.Chat(context.Background(), question, nil)
	if err != nil || got != "ok [1]" {
		t.Fatalf("Chat() = %q, %v", got, err)
	}
	sl := tc.slept()
	if len(sl) != 2 || sl[0] != 2*time.Second {
		t.Fatalf("slept %v, want 2s (Retry-After) then a backoff", sl)
	}
	if sl[1] < time.Millisecond/2 || sl[1] > 2*time.Millisecond {
		t.Fatalf("second delay %s, want the 2nd backoff step (1-2ms with jitter)", sl[1])
	}
	if n := len(tc.srv.Chats()); n != 3 {
		t.Fatalf("%d requests, want 3", n)
	}
}

func TestRetryAfterMillisAndDates(t *testing.T) {
	now := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		header map[string]string
		want   time.Duration
		ok     bool
	}{
		{map[string]string{"Retry-After": "3"}, 3 * time.Second, true},
		{map[string]string{"Retry-After": " 0 "}, 0, true},
		{map[string]string{"Retry-After-Ms": "250", "Retry-After": "9"}, 250 * time.Millisecond, true},
		{map[string]string{"Retry-After-Ms": "1.5"}, 1500 * time.Microsecond, true},
		{map[string]string{"Retry-After": now.Add(4 * time.Second).Format(http.TimeFormat)}, 4 * time.Second, true},
		{map[string]string{"Retry-After": now.Add(-time.Hour).Format(http.TimeFormat)}, 0, true},
		// Huge waits are clamped, never wrapped round to a negative duration.
		{map[string]string{"Retry-After": "99999999999"}, maxRetryAfter, true},
		{map[string]string{"Retry-After": "99999999999999999999999999"}, maxRetryAfter, true},
		{map[string]string{"Retry-After": "86400"}, maxRetryAfter, true},
		{map[string]string{"Retry-After": now.AddDate(1000, 0, 0).Format(http.TimeFormat)}, maxRetryAfter, true},
		{map[string]string{"Retry-After-Ms": "1e20"}, maxRetryAfter, true},
		// HTTP allows whole seconds or a date only.
		{map[string]string{"Retry-After": "0.5"}, 0, false},
		{map[string]string{"Retry-After": "1e20"}, 0, false},
		{map[string]string{"Retry-After": "inf"}, 0, false},
		{map[string]string{"Retry-After": "+Inf"}, 0, false},
		{map[string]string{"Retry-After": "-5"}, 0, false},
		{map[string]string{"Retry-After": "0x10"}, 0, false},
		{map[string]string{"Retry-After-Ms": "inf"}, 0, false},
		{map[string]string{"Retry-After-Ms": "NaN"}, 0, false},
		{map[string]string{"Retry-After-Ms": "-1"}, 0, false},
		{map[string]string{"Retry-After": "soon"}, 0, false},
		{nil, 0, false},
	}
	for _, tt := range tests {
		h := http.Header{}
		for k, v := range tt.header {
			h.Set(k, v)
		}
		got, ok := parseRetryAfter(h, now)
		if got != tt.want || ok != tt.ok {
			t.Errorf("parseRetryAfter(%v) = %s, %v; want %s, %v", tt.header, got, ok, tt.want, tt.ok)
		}
	}
}

func TestBackoffGrowsAndIsCapped(t *testing.T) {
	c := &Client{cfg: Config{RetryBaseDelay: 100 * time.Millisecond, RetryMaxDelay: time.Second}}
	for try, want := range map[int]time.Duration{1: 100 * time.Millisecond, 2: 200 * time.Millisecond, 3: 400 * time.Millisecond, 6: time.Second} {
		for range 20 {
			d := c.backoff(try)
			if d < want/2 || d > want {
				t.Fatalf("backoff(%d) = %s, want within [%s, %s]", try, d, want/2, want)
			}
		}
	}
}

func TestDeadEndpoint(t *testing.T) {
	dead := httptest.NewServer(http.NotFoundHandler())
	url := dead.URL + "/v1"
	dead.Close()
	c, err := New(Config{BaseURL: url, ChatModel: "m", Timeout: time.Second}, WithLogger(slog.New(slog.DiscardHandler)))
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.Chat(context.Background(), question, nil)
	var e *Error
	if !errors.As(err, &e) || e.Kind != KindUnreachable || e.Attempts != 1 {
		t.Fatalf("Chat() error = %v, want unreachable after 1 attempt", err)
	}
}

// TestDeadEndpointKeyInURL: net/http quotes the request URL in its errors;
// a key in the base URL's path must not reach the error or the logs.
func TestDeadEndpointKeyInURL(t *testing.T) {
	dead := httptest.NewServer(http.NotFoundHandler())
	const urlSecret = "hunter2hunter2"               // not shaped like an sk- key
	base := dead.URL + "/token=" + urlSecret + "/v1" // as some gateways take keys
	dead.Close()
	var logs bytes.Buffer
	c, err := New(Config{BaseURL: base, ChatModel: "m", Timeout: time.Second}, WithLogger(slog.New(slog.NewTextHandler(&logs, nil))))
	if err != nil {
		t.Fatal(err)
	}
	for _, op := range []func() error{
		func() error { _, err := c.Chat(context.Background(), question, nil); return err },
		func() error { _, err := c.Chat(context.Background(), question, func(string) {}); return err },
	} {
		err := op()
		if err == nil {
			t.Fatal("a dead endpoint answered")
		}
		if strings.Contains(err.Error(), urlSecret) {
			t.Errorf("the error shows the key: %v", err)
		}
	}
	if strings.Contains(logs.String(), urlSecret) || !strings.Contains(logs.String(), "level=ERROR") {
		t.Errorf("want ERROR logs without the key:\n%s", logs.String())
	}
}

// TestKeySentAsBearer: the API key goes in the Authorization header; a
// server that wants another key answers 401, which is not retried.
func TestKeySentAsBearer(t *testing.T) {
	tc := newTestClient(t, nil)
	tc.srv.RequireKey(secret)
	tc.srv.Enqueue(llmtest.Text("ok [1]"))
	if got, err := tc.Chat(context.Background(), question, nil); err != nil || got != "ok [1]" {
		t.Fatalf("Chat() with the right key = %q, %v", got, err)
	}
	tc.srv.RequireKey("sk-another-key-0000")
	_, err := tc.Chat(context.Background(), question, nil)
	var e *Error
	if !errors.As(err, &e) || e.Kind != KindUnauthorized || e.Attempts != 1 {
		t.Fatalf("Chat() with a wrong key = %v, want unauthorized after 1 attempt", err)
	}
}

func TestCallerCancel(t *testing.T) {
	tc := newTestClient(t, nil)
	tc.srv.Enqueue(llmtest.Slow(5*time.Second, "late"))
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	_, err := tc.Chat(ctx, question, nil)
	var e *Error
	if !errors.As(err, &e) || e.Kind != KindTimeout {
		t.Fatalf("Chat() error = %v, want timeout", err)
	}
}

func TestMaxConcurrent(t *testing.T) {
	tc := newTestClient(t, func(c *Config) { c.MaxConcurrent = 2 })
	var now, peak atomic.Int32
	tc.srv.Handle(func(llmtest.ChatRequest) llmtest.Reply {
		n := now.Add(1)
		for {
			p := peak.Load()
			if n <= p || peak.CompareAndSwap(p, n) {
				break
			}
		}
		time.Sleep(30 * time.Millisecond)
		now.Add(-1)
		return llmtest.Text("ok")
	})
	var wg sync.WaitGroup
	for range 6 {
		wg.Go(func() {
			if _, err := tc.Chat(context.Background(), question, nil); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if p := peak.Load(); p != 2 {
		t.Fatalf("peak concurrency %d, want 2", p)
	}
}

func TestEmbedder(t *testing.T) {
	tc := newTestClient(t, func(c *Config) { c.EmbedBatchSize = 2 })
	emb, err := tc.Embedder()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(emb.Model(), "api:test-embed@127.0.0.1:") || strings.Contains(emb.Model(), secret) {
		t.Fatalf("Model() = %q", emb.Model())
	}
	texts := []string{"alpha beta", "gamma\ndelta", "epsilon", "", "zeta eta"}
	vecs, err := emb.EmbedDocuments(context.Background(), texts)
	if err != nil {
		t.Fatal(err)
	}
	if len(vecs) != 5 {
		t.Fatalf("%d vectors", len(vecs))
	}
	reqs := tc.srv.Embeds()
	if len(reqs) != 3 || len(reqs[0].Input) != 2 || len(reqs[2].Input) != 1 || reqs[0].Model != "test-embed" {
		t.Fatalf("requests = %+v, want batches of 2, 2, 1", reqs)
	}
	if reqs[0].Input[1] != "gamma delta" || reqs[1].Input[1] != " " {
		t.Fatalf("inputs not cleaned: %q", reqs[1].Input)
	}
	want := llmtest.HashVector("epsilon", 16)
	for i := range want {
		if vecs[2][i] != want[i] {
			t.Fatalf("vector 2 = %v, want %v (order kept)", vecs[2], want)
		}
	}
	q, err := emb.EmbedQuery(context.Background(), "alpha beta")
	if err != nil || len(q) != 16 || q[0] != vecs[0][0] {
		t.Fatalf("EmbedQuery() = %v, %v", q, err)
	}
	if st := tc.Stats(); st.EmbedRequests != 4 || st.EmbedTexts != 6 {
		t.Fatalf("stats = %+v", st)
	}
}

func TestEmbedderRetriesAndFails(t *testing.T) {
	tc := newTestClient(t, nil)
	emb, _ := tc.Embedder()
	tc.srv.EnqueueEmbed(llmtest.RateLimited("1"))
	if _, err := emb.EmbedDocuments(context.Background(), []string{"a b c"}); err != nil {
		t.Fatalf("after one 429: %v", err)
	}
	tc.srv.EnqueueEmbed(llmtest.Unauthorized())
	_, err := emb.EmbedDocuments(context.Background(), []string{"a b c"})
	var e *Error
	if !errors.As(err, &e) || e.Kind != KindUnauthorized || e.Op != "embed" {
		t.Fatalf("error = %v, want unauthorized embed", err)
	}
	noEmbed := newTestClient(t, func(c *Config) { c.EmbedModel = "" })
	if _, err := noEmbed.Embedder(); err == nil {
		t.Fatal("Embedder() without a model succeeded")
	}
}

func TestEstimateTokens(t *testing.T) {
	en := EstimateTokens([]Message{{Role: "user", Content: "Why was Sam Altman removed from OpenAI in November 2023?"}})
	if en < 14 || en > 24 {
		t.Errorf("English estimate %d, want about 19", en)
	}
	ar := EstimateTokens([]Message{{Role: "user", Content: "لماذا أقيل سام ألتمان من OpenAI في نوفمبر 2023؟"}})
	if ar < 14 || ar > 26 {
		t.Errorf("Arabic estimate %d, want about 20", ar)
	}
}
