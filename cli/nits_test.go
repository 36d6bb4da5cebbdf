package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"casebot/llm/llmtest"
	"casebot/text"
)

// newModelDouble starts a local OpenAI double that gives reply once, and
// returns the environment that points casebot at it.
func newModelDouble(t *testing.T, reply string) map[string]string {
	t.Helper()
	srv := llmtest.NewServer(t)
	srv.Enqueue(llmtest.Text(reply))
	return map[string]string{"OPENAI_BASE_URL": srv.URL(), "CASEBOT_CHAT_MODEL": "test-model"}
}

// TestUsageEdges holds the command line's edges a new user hit: each case
// names the exit status and what stderr must say.
func TestUsageEdges(t *testing.T) {
	huge := strings.Repeat("x", 1<<20)
	tests := []struct {
		name   string
		env    map[string]string
		args   []string
		want   int
		stderr string // a substring stderr must contain
	}{
		{"help for an unknown command", nil, []string{"help", "nosuch"}, ExitUsage, `unknown command "nosuch"`},
		{"question not UTF-8", nil, []string{"ask", "\xff\xfe"}, ExitUsage, "not valid UTF-8"},
		{"query not UTF-8", nil, []string{"search", "ميرا \xff"}, ExitUsage, "the query is not valid UTF-8"},
		{"topic not UTF-8", nil, []string{"summary", "\xc3"}, ExitUsage, "the topic is not valid UTF-8"},
		{"empty --corpus", nil, []string{"ask", "--corpus", "", "من هي ميرا موراتي؟"}, ExitUsage, `--corpus ""`},
		{"empty --corpus=", nil, []string{"source", "--corpus=", "7"}, ExitUsage, `--corpus ""`},
		{"two references", nil, []string{"source", "7", "8"}, ExitUsage, "give one paragraph reference"},
		{"unknown flag hints at --", nil, []string{"ask", "-x"}, ExitUsage, `goes after "--"`},
		{"flag needs a value", nil, []string{"search", "ميرا", "-k"}, ExitUsage, "flag needs an argument"},
		{"huge reference is not echoed whole", nil, []string{"source", huge}, ExitFailure, `no paragraph "xxxx`},
		{"huge mode is not echoed whole", nil, []string{"search", "--mode", huge, "ميرا"}, ExitUsage, "--mode"},
		{"huge env value is not echoed whole", map[string]string{"CASEBOT_TOP_K": huge}, []string{"ask", "سؤال"}, ExitUsage, "CASEBOT_TOP_K"},
		{"MAX_CONCURRENT near max int", map[string]string{"CASEBOT_MAX_CONCURRENT": "9223372036854775807", "DISCORD_TOKEN": "x.y.z"}, []string{"serve"}, ExitUsage, "CASEBOT_MAX_CONCURRENT is 9223372036854775807"},
		{"LLM timeout offline", map[string]string{"CASEBOT_LLM_TIMEOUT": "-5s"}, []string{"ask", "سؤال"}, ExitUsage, "CASEBOT_LLM_TIMEOUT"},
		{"context chars offline", map[string]string{"CASEBOT_CONTEXT_CHARS": "10"}, []string{"ask", "سؤال"}, ExitUsage, "CASEBOT_CONTEXT_CHARS"},
		{"context chars flag offline", nil, []string{"ask", "--context-chars", "-1", "سؤال"}, ExitUsage, "--context-chars"},
		{"bench -n 0", nil, []string{"bench", "-n", "0"}, ExitUsage, "-n 0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := run(t, tt.env, tt.args...)
			if code != tt.want {
				t.Fatalf("exit status %d, want %d\nstdout: %s\nstderr: %s", code, tt.want, text.TruncateRunes(out, 500), text.TruncateRunes(errs, 500))
			}
			if !strings.Contains(errs, tt.stderr) {
				t.Errorf("stderr %q does not contain %q", text.TruncateRunes(errs, 500), tt.stderr)
			}
			if out != "" {
				t.Errorf("stdout should be empty on error, got %q", text.TruncateRunes(out, 500))
			}
			if len(errs) > 4000 {
				t.Errorf("stderr is %d bytes: an echo is not bounded", len(errs))
			}
			if strings.Contains(errs, "panic") || strings.Contains(errs, "internal error") {
				t.Errorf("stderr shows a panic: %s", errs)
			}
		})
	}
}

// TestQuestionStartingWithDash: an argument that starts with "-" but cannot
// be a flag is the question; a real flag still works after it.
func TestQuestionStartingWithDash(t *testing.T) {
	for _, args := range [][]string{
		{"search", "--json", "-ميرا موراتي"},
		{"search", "-ميرا موراتي", "--json"},
		{"search", "--json", "--", "-ميرا موراتي"},
	} {
		code, out, errs := run(t, nil, args...)
		if code != ExitOK {
			t.Fatalf("%q: exit %d: %s", args, code, errs)
		}
		var s struct{ Query string }
		if err := json.Unmarshal([]byte(out), &s); err != nil || s.Query != "-ميرا موراتي" {
			t.Fatalf("%q: query %q (%v), want the dash kept", args, s.Query, err)
		}
	}
	if code, _, errs := run(t, nil, "ask", "-5 what?"); code != ExitOK {
		t.Fatalf("a question starting with -5: exit %d: %s", code, errs)
	}
	_, out, _ := run(t, nil, "help", "ask")
	if !strings.Contains(out, `goes after "--"`) {
		t.Errorf("help ask does not say how to ask a question that starts with -:\n%s", out)
	}
}

func TestHelpOnce(t *testing.T) {
	for _, args := range [][]string{{"ask", "--help"}, {"ask", "-h"}, {"search", "ميرا", "--help"}, {"help", "ask"}} {
		code, out, errs := run(t, nil, args...)
		if code != ExitOK || errs != "" {
			t.Fatalf("%q: exit %d, stderr %q", args, code, errs)
		}
		if n := strings.Count(out, "usage: casebot"); n != 1 {
			t.Errorf("%q prints the usage %d times:\n%s", args, n, out)
		}
		if !strings.Contains(out, "-json") {
			t.Errorf("%q lists no flags:\n%s", args, out)
		}
	}
}

func TestHelpHealthcheckFlags(t *testing.T) {
	_, out, _ := run(t, nil, "help", "healthcheck")
	if !strings.Contains(out, "-health-addr") {
		t.Fatalf("help healthcheck lacks --health-addr:\n%s", out)
	}
	for _, f := range []string{"-guild", "-shard-id", "-shard-count"} {
		if strings.Contains(out, f) {
			t.Errorf("help healthcheck lists serve's %s:\n%s", f, out)
		}
	}
	if _, out, _ := run(t, nil, "help", "serve"); !strings.Contains(out, "-shard-id") || !strings.Contains(out, "-health-addr") {
		t.Errorf("help serve lost its flags:\n%s", out)
	}
}

func TestSearchTopKFromEnv(t *testing.T) {
	hits := func(env map[string]string, args ...string) int {
		t.Helper()
		code, out, errs := run(t, env, append([]string{"search", "--json"}, args...)...)
		if code != ExitOK {
			t.Fatalf("exit %d: %s", code, errs)
		}
		var s struct{ Hits []json.RawMessage }
		if err := json.Unmarshal([]byte(out), &s); err != nil {
			t.Fatal(err)
		}
		return len(s.Hits)
	}
	if n := hits(map[string]string{"CASEBOT_TOP_K": "2"}, "ميرا موراتي"); n != 2 {
		t.Errorf("CASEBOT_TOP_K=2 gave %d hits", n)
	}
	if n := hits(map[string]string{"CASEBOT_TOP_K": "2"}, "-k", "3", "ميرا موراتي"); n != 3 {
		t.Errorf("-k 3 over CASEBOT_TOP_K=2 gave %d hits", n)
	}
	if n := hits(nil, "ميرا موراتي"); n != 5 {
		t.Errorf("the default gave %d hits, want 5", n)
	}
}

// escCorpus is a folder whose article is full of terminal escape sequences.
func escCorpus(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	text := "---\ntitle: Board \x1b[31mred\x1b[0m title\nlanguage: en\n---\n" +
		"The board met on a Friday \x1b]0;pwned\x07 and voted to remove the chief executive \x1b[2J.\n\n" +
		"Employees threatened to resign \u009b31m unless he returned \u202eevil.\n"
	if err := os.WriteFile(filepath.Join(dir, "esc.md"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// rawControl reports a byte or rune in s that would act on a terminal.
func rawControl(s string) string {
	for _, r := range s {
		if (r < 0x20 && r != '\n' && r != '\t') || r == 0x7f || (r >= 0x80 && r <= 0x9f) || r == 0x202e {
			return fmt.Sprintf("%U", r)
		}
	}
	return ""
}

// TestTerminalOutputEscaped: article text, titles, topics and errors reach
// the terminal with their escape sequences neutralised, in text and JSON,
// and the JSON still decodes to the text as written.
func TestTerminalOutputEscaped(t *testing.T) {
	dir := escCorpus(t)
	for _, args := range [][]string{
		{"ask", "why did the board vote to remove the chief executive"},
		{"ask", "--json", "why did the board vote to remove the chief executive"},
		{"search", "employees resign"},
		{"search", "--json", "employees resign"},
		{"summary"},
		{"summary", "employees \x1b[2J resign"},
		{"summary", "--json"},
		{"source", "esc#1"},
		{"source", "--json", "esc#2"},
		{"source", "esc#\x1b[2J"},
		{"ask", "\x1b[2J\x07 who?"},
	} {
		code, out, errs := run(t, nil, append(args, "--corpus", dir)...)
		if code == ExitUsage {
			t.Fatalf("%q: exit %d: %s", args, code, errs)
		}
		if c := rawControl(out + errs); c != "" {
			t.Errorf("%q prints %s raw:\n%s%s", args, c, out, errs)
		}
		if len(args) > 1 && args[1] == "--json" {
			var v any
			if err := json.Unmarshal([]byte(out), &v); err != nil {
				t.Fatalf("%q: the escaped JSON does not decode: %v\n%s", args, err, out)
			}
			if b, _ := json.Marshal(v); !strings.Contains(string(b), `\u001b`) && !strings.Contains(string(b), "\u009b") {
				t.Errorf("%q: the JSON lost the text as written: %s", args, b)
			}
		}
	}
}

// TestTerminalWriterSplitWrites: a rune cut between two writes is escaped
// as if written whole.
func TestTerminalWriterSplitWrites(t *testing.T) {
	in := "سام\u009b\r\nألتمان\x1b[0m\u202e\r"
	var b bytes.Buffer
	w := newTerminalWriter(&b)
	for i := 0; i < len(in); i++ {
		if _, err := w.Write([]byte{in[i]}); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if want := text.Terminal(in); b.String() != want {
		t.Fatalf("byte by byte: %q, want %q", b.String(), want)
	}
	if !utf8.ValidString(b.String()) {
		t.Fatal("invalid UTF-8 out")
	}
}

// TestTerminalModelText: a model reply full of escapes reaches the
// terminal neutralised.
func TestTerminalModelText(t *testing.T) {
	srv := newModelDouble(t, "ميرا موراتي \x1b]0;pwned\x07هي مديرة التكنولوجيا\x1b[2J في الشركة [1].")
	code, out, errs := run(t, srv, "ask", "من هي ميرا موراتي؟")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	// The answer engine strips control sequences from model text before
	// checking it (issue 8); the OSC title goes whole, its words with it.
	if strings.Contains(out, "pwned") || !strings.Contains(out, "ميرا موراتي هي مديرة التكنولوجيا في الشركة") {
		t.Fatalf("the model's text is not shown neutralised:\n%s", out)
	}
	if c := rawControl(out + errs); c != "" {
		t.Errorf("prints %s raw:\n%s", c, out)
	}
}

// TestSummaryOutputBounded: a whole-case summary of a large corpus lists a
// bounded number of points in text (JSON has them all).
func TestSummaryOutputBounded(t *testing.T) {
	dir := t.TempDir()
	for i := range 60 {
		text := fmt.Sprintf("---\ntitle: Story %d\nlanguage: en\n---\nThe board of company %d met on a Friday and voted to remove its chief executive.\n\nEmployees of company %d threatened to resign unless he returned.\n", i, i, i)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("s%02d.md", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, out, errs := run(t, nil, "summary", "--corpus", dir)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if n := strings.Count(out, "\n• "); n == 0 || n > maxSummaryPoints {
		t.Errorf("text summary has %d points, want 1 to %d", n, maxSummaryPoints)
	}
	if !strings.Contains(out, "more point(s)") {
		t.Errorf("the cut is not said:\n%s", out)
	}
	if n := strings.Count(out, "\n["); n > maxSummaryPoints {
		t.Errorf("%d sources listed for at most %d points", n, maxSummaryPoints)
	}
	_, js, _ := run(t, nil, "summary", "--json", "--corpus", dir)
	var s struct{ Citations []json.RawMessage }
	if err := json.Unmarshal([]byte(js), &s); err != nil || len(s.Citations) <= maxSummaryPoints {
		t.Errorf("JSON has %d citations (%v), want them all", len(s.Citations), err)
	}
}

// TestBaseURLCredentialsNeverShown: credentials in a base URL (user info,
// a key in the path) do not show in --help, logs or errors.
func TestBaseURLCredentialsNeverShown(t *testing.T) {
	const secret = "hunter2hunter2"
	for _, base := range []string{
		"http://user:" + secret + "@127.0.0.1:1/v1",
		"http://127.0.0.1:1/v1?api-key=" + secret,
		"http://127.0.0.1:1/token=" + secret + "/v1",
	} {
		env := map[string]string{"OPENAI_BASE_URL": base}
		model := map[string]string{"OPENAI_BASE_URL": base, "CASEBOT_CHAT_MODEL": "m", "CASEBOT_LLM_TIMEOUT": "2s"}
		for _, c := range []struct {
			env  map[string]string
			args []string
		}{
			{env, []string{"ask", "--help"}},
			{env, []string{"help", "ask"}},
			{model, []string{"ask", "--log-level", "debug", "من هي ميرا موراتي؟"}},
			{model, []string{"summary", "--log-format", "json", "--log-level", "info"}},
		} {
			_, out, errs := run(t, c.env, c.args...)
			if strings.Contains(out+errs, secret) {
				t.Errorf("OPENAI_BASE_URL=%s: casebot %q shows the secret:\n%s%s", base, c.args, out, errs)
			}
		}
	}
}
