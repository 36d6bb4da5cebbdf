package cli

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"casebot/answer"
	"casebot/feedback"
	"casebot/llm/llmtest"
)

// golden compares out with testdata/name.golden (go test ./cli -update rewrites it).
func golden(t *testing.T, name, out string) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.WriteFile(path, []byte(out), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./cli -update to create it)", err)
	}
	if out != string(want) {
		t.Errorf("output differs from %s (go test ./cli -update rewrites it):\n--- got\n%s\n--- want\n%s", path, out, want)
	}
}

func TestCasetoolsGolden(t *testing.T) {
	multi := filepath.Join("..", "testdata", "multi")
	tests := []struct {
		name string
		args []string
	}{
		{"timeline", []string{"timeline"}},
		{"timeline_topic", []string{"timeline", "بروكمان"}},
		{"timeline_multi", []string{"timeline", "--corpus", multi}},
		{"people", []string{"people"}},
		{"people_name", []string{"people", "اليا سوتسكيفر"}},
		{"people_multi_latin", []string{"people", "--corpus", multi, "Brockman"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := run(t, nil, tt.args...)
			if code != ExitOK {
				t.Fatalf("exit %d: %s", code, errs)
			}
			golden(t, tt.name, out)
		})
	}
}

func TestCasetoolsJSON(t *testing.T) {
	code, out, errs := run(t, nil, "timeline", "--json")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var tl struct {
		Events []struct {
			When      string `json:"when"`
			Placement string `json:"placement"`
			Date      *struct {
				Start, End string
				Inferred   bool
			} `json:"date"`
			Citations []struct{ Ref, Quote string } `json:"citations"`
		} `json:"events"`
		Undated []json.RawMessage `json:"undated"`
	}
	if err := json.Unmarshal([]byte(out), &tl); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if len(tl.Events) == 0 || len(tl.Undated) == 0 {
		t.Fatalf("timeline --json: %d events, %d undated", len(tl.Events), len(tl.Undated))
	}
	for _, e := range tl.Events {
		if len(e.Citations) == 0 || e.Citations[0].Quote == "" {
			t.Errorf("event without a quoted citation: %+v", e)
		}
	}
	code, out, _ = run(t, nil, "people", "--json", "Murati")
	if code != ExitOK || !strings.Contains(out, `"latin": "Mira Murati"`) || !strings.Contains(out, "openai-altman-ouster-2023#5") {
		t.Errorf("people --json Murati: exit %d\n%s", code, out)
	}
	code, out, _ = run(t, nil, "people", "--json", "Elon Musk")
	if code != ExitOK || !strings.Contains(out, `"people": []`) {
		t.Errorf("people --json for someone not in the corpus: exit %d\n%s", code, out)
	}
	if code, _, errs := run(t, nil, "timeline", strings.Repeat("موضوع ", 300)); code != ExitUsage {
		t.Errorf("an overlong topic: exit %d, %s", code, errs)
	}
}

func TestAskTrace(t *testing.T) {
	code, out, errs := run(t, nil, "ask", "--trace", "Why was Altman fired?")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, s := range []string{"How this was answered:", "searched as:", "paragraphs considered (BM25 · cosine · fused):", "1. openai-altman-ouster-2023#", "answerability: confidence", "path: extractive"} {
		if !strings.Contains(out, s) {
			t.Errorf("--trace output lacks %q:\n%s", s, out)
		}
	}
	_, plain, _ := run(t, nil, "ask", "Why was Altman fired?")
	if strings.Contains(plain, "How this was answered") {
		t.Error("the trace is printed without --trace")
	}
	code, out, _ = run(t, nil, "ask", "--json", "ما هي عاصمة فرنسا؟")
	var a struct {
		Abstained bool `json:"abstained"`
		Trace     *struct {
			Decision   string            `json:"decision"`
			Confidence float64           `json:"confidence"`
			Threshold  float64           `json:"threshold"`
			Candidates []json.RawMessage `json:"candidates"`
			Analysis   struct {
				Terms []string `json:"terms"`
			} `json:"analysis"`
		} `json:"trace"`
	}
	if err := json.Unmarshal([]byte(out), &a); err != nil || code != ExitOK {
		t.Fatalf("exit %d, %v\n%s", code, err, out)
	}
	if a.Trace == nil || a.Trace.Decision != "abstained" || !a.Abstained || len(a.Trace.Candidates) == 0 || len(a.Trace.Analysis.Terms) == 0 || a.Trace.Threshold == 0 {
		t.Errorf("ask --json trace: %s", out)
	}
}

func TestFeedbackCommand(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	env := map[string]string{"CASEBOT_DATA_DIR": dir}
	if code, out, _ := run(t, env, "feedback"); code != ExitOK || !strings.Contains(out, "No feedback yet") {
		t.Fatalf("empty: exit %d %q", code, out)
	}
	st, err := feedback.Open(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	_, out, _ := run(t, nil, "ask", "--json", "من هي ميرا موراتي؟")
	var a answer.Answer
	if err := json.Unmarshal([]byte(out), &a); err != nil {
		t.Fatal(err)
	}
	at := time.Date(2026, 1, 2, 10, 0, 0, 0, time.UTC)
	for _, step := range []error{
		st.SaveAnswer(ctx, feedback.Record{ID: "good1", Source: "slash", Answer: a, Time: at}),
		st.Vote(ctx, "good1", feedback.HashVoter("1"), feedback.Up, at),
		st.SaveAnswer(ctx, feedback.Record{ID: "bad1", Source: "mention", Answer: answer.Answer{Question: "متى تأسست OpenAI؟", Answer: "«…» [1]", Citations: a.Citations}, Time: at}),
		st.Vote(ctx, "bad1", feedback.HashVoter("2"), feedback.Down, at.Add(time.Minute)),
	} {
		if step != nil {
			t.Fatal(step)
		}
	}
	st.Close()

	code, out, errs := run(t, env, "feedback")
	if code != ExitOK || !strings.Contains(out, "2 answer(s) voted on (👍 1 · 👎 1)") || !strings.Contains(out, "Q: من هي ميرا موراتي؟") || !strings.Contains(out, "trace: confidence") {
		t.Errorf("feedback: exit %d %s\n%s", code, errs, out)
	}
	code, out, _ = run(t, env, "feedback", "--down", "--json")
	var got struct {
		Entries []feedback.Entry `json:"entries"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil || code != ExitOK || len(got.Entries) != 1 || got.Entries[0].ID != "bad1" {
		t.Errorf("feedback --down --json: exit %d %v\n%s", code, err, out)
	}
	code, out, errs = run(t, env, "feedback", "--eval")
	if code != ExitOK || strings.Count(out, "\n") != 2 || !strings.Contains(out, `"kind":"feedback-confirmed"`) || !strings.Contains(errs, "1 voted-down question") {
		t.Errorf("feedback --eval: exit %d\n%s\n%s", code, out, errs)
	}
	if code, _, _ := run(t, env, "feedback", "-n", "-1"); code != ExitUsage {
		t.Errorf("-n -1: exit %d", code)
	}
}

// With a model, the timeline's lines are written by it and checked: the
// good line is shown, the one with an invented quote is replaced by the
// article's own sentence, and the token usage and trace reach ask --json.
func TestTimelineThroughModel(t *testing.T) {
	srv := llmtest.NewServer(t)
	env := map[string]string{"OPENAI_BASE_URL": srv.URL(), "CASEBOT_CHAT_MODEL": "test-model", "OPENAI_API_KEY": "sk-test-secret-key"}
	// Offline, the summer 2023 event comes first and cites #3, which is [1].
	srv.Enqueue(llmtest.Text("1 | اكتشف عضو في المجلس أن الصندوق «يملكه فعليًا سام ألتمان» [1]\n2 | قيل إن ألتمان «سافر إلى القمر» [2]"))
	code, out, errs := run(t, env, "timeline")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, s := range []string{"test-model", "اكتشف عضو في المجلس أن الصندوق «يملكه فعليًا سام ألتمان» [1]", "واتهم ألتمان لاحقًا"} {
		if !strings.Contains(out, s) {
			t.Errorf("timeline through the model lacks %q:\n%s", s, out)
		}
	}
	if strings.Contains(out, "القمر") || strings.Contains(out+errs, "sk-test-secret-key") {
		t.Errorf("an unchecked line or the key was shown:\n%s", out)
	}
	srv.Enqueue(llmtest.Text("1 | اكتشف عضو في المجلس أن الصندوق «يملكه فعليًا سام ألتمان» [1]"))
	code, out, _ = run(t, env, "timeline", "--json")
	if code != ExitOK || !strings.Contains(out, `"model": {`) || !strings.Contains(out, `"kept": 1`) {
		t.Errorf("timeline --json through the model:\n%s", out)
	}
	// Token counts reported by the server reach the trace.
	srv.Enqueue(llmtest.Reply{Text: "ميرا موراتي هي «مديرة التكنولوجيا بالشركة» [1].", PromptTokens: 777})
	code, out, _ = run(t, env, "ask", "--json", "من هي ميرا موراتي؟")
	if code != ExitOK || !strings.Contains(out, `"prompt_tokens": 777`) || strings.Contains(out, `"tokens_estimated": true`) {
		t.Errorf("ask --json through the model: the server's token count is not in the trace:\n%s", out)
	}
}
