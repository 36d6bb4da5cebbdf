package answer_test

import (
	"context"
	"log/slog"
	"strings"
	"testing"
	"time"

	"casebot/answer"
	"casebot/corpus"
	"casebot/llm"
	"casebot/llm/llmtest"
)

// multiRig is an Engine over the four-article test corpus whose model is
// llm.Client against a local double.
func multiRig(t *testing.T, hits ...string) (*answer.Engine, *llmtest.Server, *fakeSearcher) {
	t.Helper()
	c, err := corpus.Load("../testdata/multi")
	if err != nil {
		t.Fatal(err)
	}
	srv := llmtest.NewServer(t)
	client, err := llm.New(llm.Config{BaseURL: srv.URL(), APIKey: testKey, ChatModel: "test-chat", Timeout: 2 * time.Second,
		MaxRetries: 1, RetryBaseDelay: time.Millisecond, RetryMaxDelay: time.Second}, llm.WithLogger(slog.New(slog.DiscardHandler)))
	if err != nil {
		t.Fatal(err)
	}
	fs := &fakeSearcher{res: hitsFor(t, c, hits...)}
	return answer.New(c, fs, answer.Options{Model: llm.Adapter[answer.Message]{Client: client}, ContextParagraphs: 3, EmbedderName: "test"}), srv, fs
}

// TestModelMultiArticle: over a corpus in Arabic and English, an English
// question is rewritten into Arabic (the corpus's other language) and
// both are searched; the prompt shows each paragraph's date and asks for
// the newest account first; citations carry their article's date and source.
func TestModelMultiArticle(t *testing.T) {
	eng, srv, fs := multiRig(t, "en-wire-2023-11-24#9", "ar-microsoft-2023-11-20#3")
	rewritten := "من الرئيس التنفيذي المؤقت لشركة OpenAI"
	reply := "Emmett Shear held the job «until Altman's return» [1]; as of 20 November 2023, «عيّن مجلس إدارة OpenAI إيميت شير» (translation: the OpenAI board appointed Emmett Shear) [2]."
	srv.Enqueue(llmtest.Text(rewritten), llmtest.Text(reply))
	a, err := eng.Ask(context.Background(), answer.Request{Question: "Who is OpenAI's interim CEO now?"})
	if err != nil {
		t.Fatal(err)
	}
	if a.Mode != answer.ModeLLM || len(a.Citations) != 2 {
		t.Fatalf("answer %+v", a)
	}
	if len(fs.options) != 1 || len(fs.options[0].Alternates) != 1 || fs.options[0].Alternates[0] != rewritten {
		t.Fatalf("searches %q %+v, want the question fused with its Arabic rewrite", fs.queries, fs.options)
	}
	chats := srv.Chats()
	if len(chats) != 2 || !strings.Contains(chats[0].System(), "Arabic") {
		t.Fatalf("want one rewrite into Arabic then the answer; got %d requests", len(chats))
	}
	sys, user := chats[1].System(), chats[1].Messages[len(chats[1].Messages)-1].Content
	if !strings.Contains(sys, "newest account first") || !strings.Contains(sys, "as of") {
		t.Errorf("answer prompt lacks the dated-sources rules:\n%s", sys)
	}
	if !strings.Contains(user, "published 2023-11-24 · en") || !strings.Contains(user, "published 2023-11-20 · ar") {
		t.Errorf("answer prompt does not date its paragraphs:\n%s", user)
	}
	c0, c1 := a.Citations[0], a.Citations[1]
	if c0.Date != "2023-11-24" || c0.Source == "" || c0.Language != "en" || c1.Date != "2023-11-20" || c1.Language != "ar" {
		t.Errorf("citations not attributed: %+v / %+v", c0, c1)
	}
	if c1.Translation == "" {
		t.Errorf("the Arabic quote lost its translation: %+v", c1)
	}

	// An Arabic question is rewritten into English.
	eng, srv, fs = multiRig(t, "en-wire-2023-11-24#4")
	srv.Enqueue(llmtest.Text("Who chairs OpenAI's new board?"), llmtest.Text(answer.NotInSources))
	if _, err := eng.Ask(context.Background(), answer.Request{Question: "من يرأس مجلس الإدارة الجديد؟"}); err != nil {
		t.Fatal(err)
	}
	if len(fs.options) != 1 || len(fs.options[0].Alternates) != 1 || fs.options[0].Alternates[0] != "Who chairs OpenAI's new board?" {
		t.Fatalf("Arabic question: searches %+v, want its English rewrite fused", fs.options)
	}
	if !strings.Contains(srv.Chats()[0].System(), "English") {
		t.Errorf("rewrite prompt does not ask for English: %s", srv.Chats()[0].System())
	}
}
