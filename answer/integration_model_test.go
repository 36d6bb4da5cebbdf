package answer_test

import (
	"context"
	"log/slog"
	"os"
	"testing"
	"time"

	"casebot/answer"
	"casebot/corpus"
	"casebot/llm"
	"casebot/retrieval"
)

// TestIntegrationRealModel runs the whole model path against a real
// OpenAI-compatible server. It is skipped unless CASEBOT_IT_BASE_URL is set:
//
//	CASEBOT_IT_BASE_URL=http://127.0.0.1:11434/v1 CASEBOT_IT_MODEL=llama3.1 \
//	  go test -run Integration -v ./answer
//
// CASEBOT_IT_API_KEY is sent when set; CASEBOT_IT_EMBED_MODEL, when set,
// makes retrieval use the server's embeddings too.
func TestIntegrationRealModel(t *testing.T) {
	base := os.Getenv("CASEBOT_IT_BASE_URL")
	if base == "" {
		t.Skip("set CASEBOT_IT_BASE_URL (and CASEBOT_IT_MODEL, CASEBOT_IT_API_KEY) to run against a real server")
	}
	model := os.Getenv("CASEBOT_IT_MODEL")
	if model == "" {
		model = "gpt-4o-mini"
	}
	cfg := llm.Config{BaseURL: base, APIKey: os.Getenv("CASEBOT_IT_API_KEY"), ChatModel: model,
		EmbedModel: os.Getenv("CASEBOT_IT_EMBED_MODEL"), Timeout: 90 * time.Second, MaxConcurrent: 2}
	if err := cfg.Validate(); err != nil {
		t.Fatal(err)
	}
	client, err := llm.New(cfg, llm.WithLogger(slog.New(slog.NewTextHandler(os.Stderr, nil))))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	c, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	opts := retrieval.Options{}
	if cfg.EmbedModel != "" {
		emb, err := client.Embedder()
		if err != nil {
			t.Fatal(err)
		}
		if opts.Embedder, err = retrieval.NewCachedEmbedder(emb, t.TempDir(), nil); err != nil {
			t.Fatal(err)
		}
	}
	ix, err := retrieval.Build(ctx, c, opts)
	if err != nil {
		t.Fatal(err)
	}
	eng := answer.New(c, ix, answer.Options{Model: llm.Adapter[answer.Message]{Client: client}})

	for _, q := range []string{"لماذا أقيل سام ألتمان من OpenAI؟", "Why was Sam Altman removed from OpenAI?", "ما هو راتب ألتمان السنوي؟"} {
		deltas := 0
		a, err := eng.Ask(ctx, answer.Request{Question: q, OnDelta: func(string) { deltas++ }})
		if err != nil {
			t.Fatalf("Ask(%q): %v", q, err)
		}
		t.Logf("Q: %s\nmode=%s abstained=%v notice=%q streamed-pieces=%d\n%s", q, a.Mode, a.Abstained, a.Notice, deltas, a.Answer)
		for _, cit := range a.Citations {
			t.Logf("  [%d] %s verified=%v quote=%q translation=%q", cit.N, cit.Ref, cit.Verified, cit.Quote, cit.Translation)
		}
		if a.Mode == answer.ModeLLM && !a.Abstained {
			if len(a.Citations) == 0 {
				t.Errorf("an llm answer without citations was shown")
			}
			for _, cit := range a.Citations {
				if !cit.Verified {
					t.Errorf("unverified citation shown: %+v", cit)
				}
			}
		}
		if a.Mode == answer.ModeExtractive && !a.Abstained && a.Notice == "" {
			t.Errorf("a fallback without a notice")
		}
	}
	s, err := eng.Summarize(ctx, "", "")
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("summary (mode %s, notice %q):\n%s", s.Mode, s.Notice, s.Summary)
	st := client.Stats()
	t.Logf("stats: %+v", st)
}
