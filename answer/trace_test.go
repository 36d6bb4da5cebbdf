package answer_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"casebot/answer"
	"casebot/corpus"
	"casebot/llm"
	"casebot/llm/llmtest"
	"casebot/retrieval"
)

func traced(t *testing.T, eng *answer.Engine, req answer.Request) answer.Answer {
	t.Helper()
	a, err := eng.AskTraced(context.Background(), req)
	if err != nil {
		t.Fatal(err)
	}
	if a.Trace == nil {
		t.Fatal("no trace")
	}
	return a
}

func TestTraceExtractive(t *testing.T) {
	c, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	ix, err := retrieval.Build(context.Background(), c, retrieval.Options{})
	if err != nil {
		t.Fatal(err)
	}
	eng := answer.New(c, ix, answer.Options{})
	a := traced(t, eng, answer.Request{Question: "Why was Altman fired?"})
	tr := a.Trace
	if tr.Path != answer.ModeExtractive || tr.Model != "" || len(tr.ModelCalls) != 0 {
		t.Errorf("path %q model %q calls %d", tr.Path, tr.Model, len(tr.ModelCalls))
	}
	if tr.Analysis == nil || tr.Analysis.Standard == "" || len(tr.Analysis.Terms) == 0 {
		t.Errorf("analysis %+v: want the glossary rewrite and terms", tr.Analysis)
	}
	if len(tr.Candidates) == 0 || tr.Candidates[0].Rank != 1 || tr.Candidates[0].Fused <= 0 {
		t.Fatalf("candidates %+v", tr.Candidates)
	}
	cited := 0
	for _, c := range tr.Candidates {
		if c.Cited {
			cited++
		}
	}
	if cited != len(a.Citations) {
		t.Errorf("%d candidates marked cited, the answer cites %d", cited, len(a.Citations))
	}
	if tr.Threshold != retrieval.DefaultThreshold || tr.Confidence <= 0 || !tr.Answerable {
		t.Errorf("decision figures %+v", tr)
	}
	if tr.Decision != "answered" && tr.Decision != "hedged" {
		t.Errorf("decision %q", tr.Decision)
	}
	// An off-topic question: the trace says retrieval abstained, and why.
	a = traced(t, eng, answer.Request{Question: "ما هي عاصمة فرنسا؟"})
	if a.Trace.Decision != "abstained" || a.Trace.Answerable || a.Trace.Confidence >= a.Trace.Threshold {
		t.Errorf("off-topic trace %+v", a.Trace)
	}
	// Ask itself stays untraced.
	if b, _ := eng.Ask(context.Background(), answer.Request{Question: "من هي ميرا موراتي؟"}); b.Trace != nil {
		t.Error("Ask attached a trace")
	}
}

// reporting is the glue cli puts between the model client and the answer
// being traced (llm does not import answer): token counts go to the trace.
type reporting struct{ llm.Adapter[answer.Message] }

func (m reporting) Chat(ctx context.Context, msgs []answer.Message, onDelta func(string)) (string, error) {
	ctx = llm.WithUsageReport(ctx, func(u llm.Usage) { answer.ReportUsage(ctx, u.PromptTokens, u.CompletionTokens, u.Estimated) })
	return m.Adapter.Chat(ctx, msgs, onDelta)
}

func TestTraceModel(t *testing.T) {
	r := newRig(t, nil)
	r.eng = answer.New(r.corpus, r.search, answer.Options{Model: reporting{llm.Adapter[answer.Message]{Client: r.client}}, ContextParagraphs: 3})
	rewritten := "لماذا أقيل سام ألتمان"
	// One citation names no given paragraph ([9]) and is dropped.
	reply := "The board said Altman lied: «بالكذب على المجلس بشأن تقييمات السلامة» [1]. Four of six voted [3]. Something else [9]."
	r.srv.Enqueue(llmtest.Reply{Text: rewritten, PromptTokens: 120}, llmtest.Reply{Text: reply, PromptTokens: 900})
	a := traced(t, r.eng, answer.Request{Question: "Why was Sam Altman fired?"})
	tr := a.Trace
	if tr.Path != answer.ModeLLM || tr.Model != "test-chat" || tr.Rewrite != rewritten {
		t.Fatalf("path %q model %q rewrite %q", tr.Path, tr.Model, tr.Rewrite)
	}
	if len(tr.ModelCalls) != 2 || tr.ModelCalls[0].Purpose != "rewrite" || tr.ModelCalls[1].Purpose != "answer" {
		t.Fatalf("calls %+v", tr.ModelCalls)
	}
	if tr.ModelCalls[0].PromptTokens != 120 || tr.ModelCalls[1].PromptTokens != 900 || tr.PromptTokens != 1020 {
		t.Errorf("token counts %+v (total %d): want the server's usage", tr.ModelCalls, tr.PromptTokens)
	}
	if tr.Checks == nil || tr.Checks.Dropped != 1 {
		t.Errorf("checks %+v: want the [9] mark dropped", tr.Checks)
	}
	if n := 0; tr.Checks != nil {
		for _, c := range a.Claims {
			if !c.Supported {
				n++
			}
		}
		got := 0
		for _, k := range tr.Checks.Why {
			got += k
		}
		if got != n || got == 0 {
			t.Errorf("the trace gives reasons for %d removed sentences, the claims list %d", got, n)
		}
	}
	// Nothing secret: the key, the base URL and the prompt are not in it.
	js, _ := json.Marshal(tr)
	for _, s := range []string{testKey, r.srv.URL(), "<paragraph"} {
		if strings.Contains(string(js), s) {
			t.Errorf("the trace contains %q", s)
		}
	}
}

func TestTraceModelFallback(t *testing.T) {
	r := newRig(t, nil)
	r.srv.Enqueue(rep(3, llmtest.Reply{Status: 503, Text: "down"})...)
	a := traced(t, r.eng, answer.Request{Question: arQuestion})
	if a.Trace.Path != "extractive_fallback" || a.Trace.Fallback == "" || len(a.Trace.ModelCalls) == 0 || a.Trace.ModelCalls[0].Error == "" {
		t.Errorf("fallback trace %+v", a.Trace)
	}
}
