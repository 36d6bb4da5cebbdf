package answer_test

import (
	"context"
	"strings"
	"testing"

	"casebot/answer"
	"casebot/llm"
	"casebot/llm/llmtest"
	"casebot/retrieval"
)

// TestModelJudgesGreyZone: a paraphrase the retrieval is unsure of
// (confidence between the abstention threshold and retrieval.ConfidentAt:
// a word the corpus never uses) gets an extractive answer offline — the
// offline decision (decide.go) finds that the quote carries the question,
// so it does not hedge; with a model, the model reads the paragraphs and
// answers. A question far off the subject never reaches the model.
func TestModelJudgesGreyZone(t *testing.T) {
	ctx := context.Background()
	c, ix := defaultIndex(t)
	const paraphrase = "بماذا هدد العاملون إثر قرار طرد ألتمان؟" // answered by paragraph 8; «إثر» the corpus never uses
	res, err := ix.Search(ctx, paraphrase, retrieval.SearchOptions{K: 5})
	if err != nil {
		t.Fatal(err)
	}
	if !res.Answerable || res.Confidence >= retrieval.ConfidentAt {
		t.Fatalf("test premise: want a grey-zone confidence, got answerable=%v confidence=%.2f", res.Answerable, res.Confidence)
	}

	offline, err := answer.New(c, ix, answer.Options{}).Ask(ctx, answer.Request{Question: paraphrase})
	if err != nil {
		t.Fatal(err)
	}
	if offline.Abstained || !strings.HasPrefix(offline.Answer, "بحسب المقال") || len(offline.Citations) == 0 ||
		offline.Citations[0].Ref != "openai-altman-ouster-2023#8" {
		t.Fatalf("offline answer should quote paragraph 8 without a hedge: %+v", offline)
	}

	srv := llmtest.NewServer(t)
	client, err := llm.New(llm.Config{BaseURL: srv.URL(), ChatModel: "test-model"})
	if err != nil {
		t.Fatal(err)
	}
	eng := answer.New(c, ix, answer.Options{Model: llm.Adapter[answer.Message]{Client: client}})
	srv.Enqueue(llmtest.Text("هدّد مئات الموظفين بالاستقالة إذا لم يُعد ألتمان إلى منصبه [1]."))
	a, err := eng.Ask(ctx, answer.Request{Question: paraphrase})
	if err != nil {
		t.Fatal(err)
	}
	if a.Abstained || a.Mode != answer.ModeLLM || len(a.Citations) != 1 {
		t.Fatalf("want the model's cited answer, got %+v", a)
	}
	if a.Citations[0].Ref != "openai-altman-ouster-2023#8" {
		t.Errorf("cited %s, want paragraph 8 (the model was given it as [1])", a.Citations[0].Ref)
	}

	before := len(srv.Chats())
	off, err := eng.Ask(ctx, answer.Request{Question: "ما هي عاصمة فرنسا؟"})
	if err != nil {
		t.Fatal(err)
	}
	if !off.Abstained || len(srv.Chats()) != before {
		t.Fatalf("an off-topic question should abstain without a model call: %+v, %d calls", off, len(srv.Chats())-before)
	}
}
