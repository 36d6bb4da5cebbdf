package bot_test

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"casebot/answer"
	"casebot/bot/discordtest"
	"casebot/corpus"
	"casebot/llm"
	"casebot/llm/llmtest"
	"casebot/retrieval"
)

// denseHealthz is what the dense test reads of the bot's /healthz.
type denseHealthz struct {
	Status string
	Search *struct {
		Dense, Embedder, Reason string
		Retrying                bool
		Attempts                int `json:"retry_attempts"`
	}
}

func (h *harness) denseHealth() (int, denseHealthz) {
	h.t.Helper()
	rec := httptest.NewRecorder()
	h.bot.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/healthz", nil))
	var hz denseHealthz
	if err := json.Unmarshal(rec.Body.Bytes(), &hz); err != nil {
		h.t.Fatalf("/healthz: %v\n%s", err, rec.Body.String())
	}
	return rec.Code, hz
}

// TestDenseSearchRestoredInTheBackground: the embedding endpoint (the local
// OpenAI double, through the real client) is down when the bot starts and
// again while it serves. The bot answers from keyword search with a notice,
// says so on /healthz (still 200: it answers), and brings the dense side
// back by itself once the endpoint answers.
func TestDenseSearchRestoredInTheBackground(t *testing.T) {
	t.Parallel()
	srv := llmtest.NewServer(t)
	client, err := llm.New(llm.Config{BaseURL: srv.URL(), EmbedModel: "test-embed", Timeout: 2 * time.Second, RetryBaseDelay: time.Millisecond},
		llm.WithLogger(slog.New(slog.DiscardHandler)))
	if err != nil {
		t.Fatal(err)
	}
	emb, err := client.Embedder()
	if err != nil {
		t.Fatal(err)
	}
	c, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	srv.SetDown(true)
	ix, err := retrieval.Build(context.Background(), c, retrieval.Options{Embedder: emb})
	if err != nil {
		t.Fatalf("start with the endpoint down: %v", err)
	}
	eng := answer.New(c, ix, answer.Options{EmbedderName: emb.Model()})
	cfg := testConfig()
	cfg.DenseRetry = 10 * time.Millisecond
	h := start(t, cfg, eng, nil, discordtest.Options{})

	const notice = "بالبحث بالكلمات وحده"
	askMurati := func() string {
		in := h.answered(h.srv.SlashCommand(discordtest.Command{Name: "ask", Options: map[string]any{"question": "من هي ميرا موراتي؟"}}))
		if !strings.Contains(in.Original.Embeds[0].Description, "openai-altman-ouster-2023#4") {
			t.Fatalf("sources %q, want #4", in.Original.Embeds[0].Description)
		}
		return in.Original.Content
	}
	restored := func() bool {
		code, hz := h.denseHealth()
		return code == 200 && hz.Search != nil && hz.Search.Dense == "ok" && !hz.Search.Retrying && hz.Search.Reason == ""
	}

	// down is the dense side's state while the endpoint is down: unavailable,
	// or rebuilding while a background restore attempt is under way (every
	// DenseRetry, so /healthz may catch one).
	down := func(state string) bool { return state == "unavailable" || state == "rebuilding" }

	// Down at start.
	code, hz := h.denseHealth()
	if code != 200 || hz.Status != "degraded" || hz.Search == nil || !down(hz.Search.Dense) ||
		!hz.Search.Retrying || !strings.Contains(hz.Search.Reason, "unreachable") || hz.Search.Embedder != emb.Model() {
		t.Fatalf("/healthz %d %+v %+v, want 200, degraded, dense unavailable and retrying", code, hz, hz.Search)
	}
	if content := askMurati(); !strings.Contains(content, notice) {
		t.Fatalf("answer %q lacks the keyword-search notice", content)
	}
	h.wait("a restore attempt", func() bool { _, hz := h.denseHealth(); return hz.Search.Attempts > 0 })
	srv.SetDown(false)
	h.wait("dense search restored", restored)
	if content := askMurati(); strings.Contains(content, notice) {
		t.Fatalf("answer %q still carries the keyword-search notice", content)
	}

	// Down at question time.
	srv.SetDown(true)
	if content := askMurati(); !strings.Contains(content, notice) {
		t.Fatalf("answer %q lacks the keyword-search notice", content)
	}
	if _, hz := h.denseHealth(); !down(hz.Search.Dense) || hz.Status != "degraded" {
		t.Fatalf("/healthz %+v %+v after a failed question", hz, hz.Search)
	}
	srv.SetDown(false)
	h.wait("dense search restored again", restored)
	if !strings.Contains(h.logs.String(), "dense search restored") {
		t.Errorf("no log of the restore:\n%s", h.logs.String())
	}
}
