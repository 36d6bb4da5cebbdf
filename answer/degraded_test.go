package answer_test

import (
	"context"
	"encoding/json"
	"log/slog"
	"strings"
	"testing"
	"time"

	"casebot/answer"
	"casebot/corpus"
	"casebot/llm"
	"casebot/llm/llmtest"
	"casebot/retrieval"
)

// lexicalSaid are words of the notice that the sources were found by
// keyword search alone, per language.
var lexicalSaid = map[string]string{"ar": "بالبحث بالكلمات وحده", "en": "keyword search alone"}

// embedRig is an Engine over a real index whose dense side is embedded by
// llm.Embedder against a local double, optionally with a chat model on a
// second double.
func embedRig(t *testing.T, withModel bool) (*answer.Engine, *llmtest.Server, *llmtest.Server) {
	t.Helper()
	c, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	embedSrv := llmtest.NewServer(t)
	ec, err := llm.New(llm.Config{BaseURL: embedSrv.URL(), EmbedModel: "test-embed", Timeout: 2 * time.Second, RetryBaseDelay: time.Millisecond},
		llm.WithLogger(slog.New(slog.DiscardHandler)))
	if err != nil {
		t.Fatal(err)
	}
	emb, err := ec.Embedder()
	if err != nil {
		t.Fatal(err)
	}
	ix, err := retrieval.Build(context.Background(), c, retrieval.Options{Embedder: emb})
	if err != nil {
		t.Fatal(err)
	}
	opts := answer.Options{EmbedderName: emb.Model()}
	var chatSrv *llmtest.Server
	if withModel {
		chatSrv = llmtest.NewServer(t)
		cc, err := llm.New(llm.Config{BaseURL: chatSrv.URL(), ChatModel: "test-chat", Timeout: 2 * time.Second, RetryBaseDelay: time.Millisecond},
			llm.WithLogger(slog.New(slog.DiscardHandler)))
		if err != nil {
			t.Fatal(err)
		}
		opts.Model = llm.Adapter[answer.Message]{Client: cc}
	}
	return answer.New(c, ix, opts), embedSrv, chatSrv
}

// TestAnswerSaysSearchWasLexical: with the embedding endpoint down at
// question time, Ask and Summarize still answer, cited, with a notice in
// the question's language (also in the JSON), and without one once it is
// back and the dense side restored.
func TestAnswerSaysSearchWasLexical(t *testing.T) {
	ctx := context.Background()
	eng, embedSrv, _ := embedRig(t, false)
	questions := map[string]string{"ar": "من هي ميرا موراتي؟", "en": "Who is Mira Murati?"}

	for lang, q := range questions {
		a, err := eng.Ask(ctx, answer.Request{Question: q})
		if err != nil || a.Notice != "" || len(a.Citations) == 0 {
			t.Fatalf("%s, endpoint up: %+v, %v; want a cited answer without a notice", lang, a, err)
		}
	}
	embedSrv.SetDown(true)
	for lang, q := range questions {
		a, err := eng.Ask(ctx, answer.Request{Question: q})
		if err != nil {
			t.Fatalf("%s, endpoint down: Ask failed: %v", lang, err)
		}
		if a.Abstained || len(a.Citations) == 0 || a.Citations[0].Ref != "openai-altman-ouster-2023#4" {
			t.Fatalf("%s: %+v, want the cited lexical answer from #4", lang, a)
		}
		if !strings.Contains(a.Notice, lexicalSaid[lang]) {
			t.Errorf("%s: notice %q does not say the search was by keywords alone", lang, a.Notice)
		}
		js, _ := json.Marshal(a)
		if !strings.Contains(string(js), `"notice":`) {
			t.Errorf("%s: the JSON has no notice: %s", lang, js)
		}
	}
	s, err := eng.Summarize(ctx, "Mira Murati", "")
	if err != nil || !strings.Contains(s.Notice, lexicalSaid["en"]) {
		t.Fatalf("topic summary with the endpoint down: %+v, %v; want a notice", s, err)
	}
	// A whole-case summary searches nothing, so it has nothing to say.
	if s, err := eng.Summarize(ctx, "", ""); err != nil || strings.Contains(s.Notice, lexicalSaid["ar"]) {
		t.Fatalf("whole-case summary: notice %q, %v", s.Notice, err)
	}
	if st, ok := eng.DenseStatus(); !ok || st.Available {
		t.Fatalf("dense status %+v, %v; want it reported unavailable", st, ok)
	}

	embedSrv.SetDown(false)
	if err := eng.RestoreDense(ctx); err != nil {
		t.Fatal(err)
	}
	a, err := eng.Ask(ctx, answer.Request{Question: questions["ar"]})
	if err != nil || a.Notice != "" {
		t.Fatalf("after the restore: notice %q, %v", a.Notice, err)
	}
}

// TestModelAnswerSaysSearchWasLexical: the notice also reaches answers the
// model writes, beside any notice of the model path.
func TestModelAnswerSaysSearchWasLexical(t *testing.T) {
	eng, embedSrv, chatSrv := embedRig(t, true)
	chatSrv.Handle(func(llmtest.ChatRequest) llmtest.Reply {
		return llmtest.Text("ميرا موراتي هي مديرة التكنولوجيا في الشركة [1].")
	})
	embedSrv.SetDown(true)
	a, err := eng.Ask(context.Background(), answer.Request{Question: "من هي ميرا موراتي؟"})
	if err != nil {
		t.Fatalf("Ask failed: %v", err)
	}
	if len(a.Citations) == 0 || !strings.Contains(a.Notice, lexicalSaid["ar"]) {
		t.Fatalf("%+v: want a cited answer whose notice says the search was by keywords alone", a)
	}
	if len(chatSrv.Chats()) == 0 {
		t.Error("the model was not asked")
	}
}
