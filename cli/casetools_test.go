package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
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
	for _, s := range []string{"How this was answered:", "glossary rewrite:", "paragraphs considered (BM25 · cosine · fused):", "1. openai-altman-ouster-2023#", "answerability: confidence", "path: extractive"} {
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
