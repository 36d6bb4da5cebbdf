package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// run runs the command line with the given environment and returns the
// exit status, stdout and stderr.
func run(t *testing.T, env map[string]string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Run(context.Background(), args, Env{Stdout: &out, Stderr: &errb, Getenv: func(k string) string { return env[k] }})
	return code, out.String(), errb.String()
}

func TestExitStatus(t *testing.T) {
	long := strings.Repeat("سؤال ", 300)
	tests := []struct {
		name     string
		args     []string
		want     int
		stderr   string // a substring stderr must contain
		nostdout bool
	}{
		{"no arguments", nil, ExitUsage, "usage: casebot COMMAND", true},
		{"unknown command", []string{"frobnicate"}, ExitUsage, `unknown command "frobnicate"`, true},
		{"unknown flag", []string{"ask", "--frob", "سؤال"}, ExitUsage, "flag provided but not defined: -frob", true},
		{"empty question", []string{"ask", "   "}, ExitUsage, "the question is empty", true},
		{"no question", []string{"ask"}, ExitUsage, "the question is empty", true},
		{"punctuation only", []string{"ask", "؟؟ ..."}, ExitUsage, "the question is empty", true},
		{"question too long", []string{"ask", long}, ExitUsage, "the question is too long", true},
		{"bad search mode", []string{"search", "--mode", "magic", "ألتمان"}, ExitUsage, `--mode "magic"`, true},
		{"bad k", []string{"search", "-k", "0", "ألتمان"}, ExitUsage, "-k 0", true},
		{"source without ref", []string{"source"}, ExitUsage, "give a paragraph reference", true},
		{"unknown source", []string{"source", "nope#99"}, ExitFailure, `no paragraph "nope#99"`, true},
		{"missing corpus folder", []string{"ask", "--corpus", "/nonexistent/casebot", "سؤال"}, ExitFailure, "/nonexistent/casebot", true},
		{"eval without file", []string{"eval"}, ExitUsage, "give one QA file", true},
		{"eval missing file", []string{"eval", "/nonexistent/qa.jsonl"}, ExitFailure, "/nonexistent/qa.jsonl", true},
		{"serve without token", []string{"serve"}, ExitUsage, "set DISCORD_TOKEN", true},
		{"answer", []string{"ask", "من هي ميرا موراتي؟"}, ExitOK, "", false},
		{"abstention is not a failure", []string{"ask", "ما هي عاصمة فرنسا؟"}, ExitOK, "", false},
		{"help", []string{"help"}, ExitOK, "", false},
		{"command help", []string{"ask", "--help"}, ExitOK, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := run(t, nil, tt.args...)
			if code != tt.want {
				t.Fatalf("exit status %d, want %d\nstdout: %s\nstderr: %s", code, tt.want, out, errs)
			}
			if !strings.Contains(errs, tt.stderr) {
				t.Errorf("stderr %q does not contain %q", errs, tt.stderr)
			}
			if tt.nostdout && out != "" {
				t.Errorf("stdout should be empty on error, got %q", out)
			}
			if strings.Contains(errs, "panic") || strings.Contains(errs, "internal error") {
				t.Errorf("stderr shows a panic: %s", errs)
			}
		})
	}
}

func TestBadConfiguration(t *testing.T) {
	tests := []struct {
		name string
		env  map[string]string
		want string
	}{
		{"bad number", map[string]string{"CASEBOT_TOP_K": "many"}, `CASEBOT_TOP_K="many" is not a whole number`},
		{"bad duration", map[string]string{"CASEBOT_LLM_TIMEOUT": "soon"}, "CASEBOT_LLM_TIMEOUT"},
		{"bad log format", map[string]string{"CASEBOT_LOG_FORMAT": "xml"}, `log format "xml"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errs := run(t, tt.env, "ask", "سؤال")
			if code != ExitUsage || !strings.Contains(errs, tt.want) {
				t.Fatalf("exit %d, stderr %q; want exit 2 and %q", code, errs, tt.want)
			}
		})
	}
}

// TestSecretsNeverShown sets a key and a token and checks that no output
// of help, errors or a failed model call shows them.
func TestSecretsNeverShown(t *testing.T) {
	const key, token = "sk-test-SECRET-key-0123456789", "MTIz.SECRET.token"
	env := map[string]string{"OPENAI_API_KEY": key, "DISCORD_TOKEN": token}
	cases := [][]string{
		{"help"},
		{"help", "serve"},
		{"ask", "--help"},
		{"serve", "--help"},
		{"ask", "--frob"},
	}
	for _, args := range cases {
		code, out, errs := run(t, env, args...)
		_ = code
		for _, s := range []string{key, token} {
			if strings.Contains(out+errs, s) {
				t.Errorf("casebot %v shows a secret:\n%s%s", args, out, errs)
			}
		}
	}
	// A model endpoint that does not answer: the error must not carry the key.
	env2 := map[string]string{"OPENAI_API_KEY": key, "CASEBOT_CHAT_MODEL": "m", "OPENAI_BASE_URL": "http://127.0.0.1:1/v1", "CASEBOT_LLM_TIMEOUT": "2s"}
	code, out, errs := run(t, env2, "ask", "من هي ميرا موراتي؟")
	if code != ExitOK {
		t.Fatalf("a dead model endpoint should degrade to the extractive answer, got exit %d: %s", code, errs)
	}
	if strings.Contains(out+errs, key) {
		t.Errorf("output shows the API key:\n%s%s", out, errs)
	}
}

func TestAskJSONShape(t *testing.T) {
	code, out, errs := run(t, nil, "ask", "--json", "من هي ميرا موراتي؟")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var a struct {
		Question  *string `json:"question"`
		Answer    *string `json:"answer"`
		Abstained *bool   `json:"abstained"`
		Mode      *string `json:"mode"`
		Citations []struct {
			N         *int    `json:"n"`
			Ref       *string `json:"ref"`
			Paragraph *int    `json:"paragraph"`
			Quote     *string `json:"quote"`
			Text      *string `json:"text"`
		} `json:"citations"`
	}
	if err := json.Unmarshal([]byte(out), &a); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if a.Question == nil || a.Answer == nil || a.Abstained == nil || a.Mode == nil {
		t.Fatalf("missing top-level keys: %s", out)
	}
	if *a.Abstained || *a.Mode != "extractive" || len(a.Citations) == 0 {
		t.Fatalf("want a non-abstained extractive answer with citations: %s", out)
	}
	for _, c := range a.Citations {
		if c.N == nil || c.Ref == nil || c.Paragraph == nil || c.Quote == nil || c.Text == nil {
			t.Fatalf("citation misses keys: %s", out)
		}
		if !strings.Contains(*c.Text, *c.Quote) {
			t.Errorf("quote %q is not in paragraph %s", *c.Quote, *c.Ref)
		}
		if !strings.Contains(*a.Answer, "["+itoa(*c.N)+"]") {
			t.Errorf("answer does not carry citation mark [%d]", *c.N)
		}
	}
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

func TestSearchJSONShape(t *testing.T) {
	code, out, errs := run(t, nil, "search", "--json", "-k", "3", "ميرا موراتي")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var s struct {
		Query string `json:"query"`
		Hits  []map[string]any
	}
	if err := json.Unmarshal([]byte(out), &s); err != nil {
		t.Fatal(err)
	}
	if s.Query != "ميرا موراتي" || len(s.Hits) != 3 {
		t.Fatalf("query %q, %d hits; want the query and 3 hits", s.Query, len(s.Hits))
	}
	for _, k := range []string{"ref", "title", "section", "paragraph", "score", "text"} {
		if _, ok := s.Hits[0][k]; !ok {
			t.Errorf("hit has no %q key: %v", k, s.Hits[0])
		}
	}
	if s.Hits[0]["ref"] != "openai-altman-ouster-2023#4" && s.Hits[0]["ref"] != "openai-altman-ouster-2023#5" {
		t.Errorf("top hit %v, want the paragraphs that name Mira Murati (#4 or #5)", s.Hits[0]["ref"])
	}
}

func TestSummaryJSONShape(t *testing.T) {
	code, out, errs := run(t, nil, "summary", "--json")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var s struct {
		Summary   string
		Citations []struct{ Ref, Quote, Text string }
	}
	if err := json.Unmarshal([]byte(out), &s); err != nil {
		t.Fatal(err)
	}
	if s.Summary == "" || len(s.Citations) < 3 {
		t.Fatalf("want a summary with at least 3 citations: %s", out)
	}
	for _, c := range s.Citations {
		if !strings.Contains(c.Text, c.Quote) {
			t.Errorf("summary point %q is not in %s", c.Quote, c.Ref)
		}
	}
}

func TestCorpusFolder(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("board.md", "---\ntitle: The board\nlanguage: en\n---\nThe board met on a Friday and voted to remove the chief executive.\n\nEmployees threatened to resign unless he returned.\n")
	write("broken.txt", "\xff\xfe not utf-8")
	code, out, errs := run(t, nil, "ask", "--corpus", dir, "Why did employees threaten to resign?")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "board#2") {
		t.Errorf("answer does not cite board#2:\n%s", out)
	}
	if !strings.Contains(errs, "broken.txt") || !strings.Contains(errs, "UTF-8") {
		t.Errorf("no warning naming broken.txt: %s", errs)
	}
}

// TestGolden checks the text people read against testdata/*.golden.
func TestGolden(t *testing.T) {
	tests := []struct {
		name string
		args []string
	}{
		{"ask_ar", []string{"ask", "من هي ميرا موراتي؟"}},
		{"ask_en", []string{"ask", "Who did Sutskever call?"}},
		{"ask_abstain", []string{"ask", "ما هي عاصمة فرنسا؟"}},
		{"summary", []string{"summary"}},
		{"source", []string{"source", "openai-altman-ouster-2023#7"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := run(t, nil, tt.args...)
			if code != ExitOK {
				t.Fatalf("exit %d: %s", code, errs)
			}
			path := filepath.Join("testdata", tt.name+".golden")
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
		})
	}
}

func TestHealthcheck(t *testing.T) {
	status := http.StatusOK
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/healthz" {
			http.NotFound(w, r)
			return
		}
		w.WriteHeader(status)
		fmt.Fprintln(w, `{"status":"ok"}`)
	}))
	defer srv.Close()
	addr := strings.TrimPrefix(srv.URL, "http://")
	if code, out, errs := run(t, nil, "healthcheck", "--health-addr", addr); code != ExitOK || !strings.Contains(out, "ok") {
		t.Fatalf("healthy bot: exit %d, %q %q", code, out, errs)
	}
	status = http.StatusServiceUnavailable
	if code, _, errs := run(t, nil, "healthcheck", "--health-addr", addr); code != ExitFailure || !strings.Contains(errs, "503") {
		t.Fatalf("disconnected bot: exit %d, %q; want 1 and the status", code, errs)
	}
	if code, _, _ := run(t, nil, "healthcheck", "--health-addr", "-"); code != ExitUsage {
		t.Fatalf("disabled endpoint: exit %d, want 2", code)
	}
}
