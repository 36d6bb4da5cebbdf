package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"casebot/llm/llmtest"
)

// TestEmbeddingsNeverTakeAnswersDown runs `ask` and `search` against an
// embedding endpoint (the local OpenAI double, through the real client)
// that misbehaves in each way a real one has: both exit 0 with an answer
// from keyword search and a notice saying so, where before they exited 1.
func TestEmbeddingsNeverTakeAnswersDown(t *testing.T) {
	const question = "من هي ميرا موراتي؟"
	tests := []struct {
		name string
		// before runs after a first, healthy search has filled the cache
		// (when warm), and breaks the server or the cache.
		warm   bool
		before func(t *testing.T, srv *llmtest.Server, cacheDir string)
		notice bool // whether the answer must say it is lexical
	}{
		{"endpoint down at start, nothing cached", false, func(_ *testing.T, srv *llmtest.Server, _ string) { srv.SetDown(true) }, true},
		{"endpoint down, every paragraph cached", true, func(_ *testing.T, srv *llmtest.Server, _ string) { srv.SetDown(true) }, true},
		{"all-zero vectors", false, func(_ *testing.T, srv *llmtest.Server, _ string) {
			srv.SetEmbedding(func(string) []float32 { return make([]float32, 16) })
		}, true},
		{"NaN vectors", false, func(_ *testing.T, srv *llmtest.Server, _ string) {
			srv.SetEmbeddingJSON(func(string) string { return "[NaN, 0.5, 0.5]" })
		}, true},
		{"corrupt cache file, endpoint down", true, func(t *testing.T, srv *llmtest.Server, dir string) {
			files, _ := filepath.Glob(filepath.Join(dir, "embeddings", "vectors-*.gob"))
			if len(files) != 1 {
				t.Fatalf("cache files %v", files)
			}
			if err := os.WriteFile(files[0], []byte("garbage"), 0o644); err != nil {
				t.Fatal(err)
			}
			srv.SetDown(true)
		}, true},
		// A changed vector length is mended at once: no notice needed.
		{"vector length changed", true, func(_ *testing.T, srv *llmtest.Server, _ string) {
			srv.SetEmbedding(func(s string) []float32 { return llmtest.HashVector(s, 8) })
		}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			srv := llmtest.NewServer(t)
			cacheDir := t.TempDir()
			env := map[string]string{
				"OPENAI_BASE_URL":     srv.URL(),
				"CASEBOT_EMBED_MODEL": "test-embed",
				"CASEBOT_CACHE_DIR":   cacheDir,
			}
			if tc.warm {
				if code, _, errs := run(t, env, "search", "ألتمان"); code != ExitOK {
					t.Fatalf("warm-up search: exit %d: %s", code, errs)
				}
			}
			tc.before(t, srv, cacheDir)

			code, out, errs := run(t, env, "ask", "--json", question)
			if code != ExitOK {
				t.Fatalf("ask: exit %d: %s", code, errs)
			}
			var a struct {
				Notice    string
				Abstained bool
				Citations []struct{ Ref string }
			}
			if err := json.Unmarshal([]byte(out), &a); err != nil {
				t.Fatalf("ask --json: %v\n%s", err, out)
			}
			if a.Abstained || len(a.Citations) == 0 || a.Citations[0].Ref != "openai-altman-ouster-2023#4" {
				t.Fatalf("ask: %+v, want the cited answer from #4", a)
			}
			if got := strings.Contains(a.Notice, "بالبحث بالكلمات وحده"); got != tc.notice {
				t.Fatalf("ask: notice %q; want a keyword-search notice: %v", a.Notice, tc.notice)
			}

			code, out, errs = run(t, env, "ask", question)
			if code != ExitOK || strings.Contains(out, "تنبيه:") != tc.notice {
				t.Fatalf("ask (text): exit %d, notice shown %v, want %v:\n%s\n%s", code, !tc.notice, tc.notice, out, errs)
			}

			code, out, errs = run(t, env, "search", "--json", question)
			if code != ExitOK {
				t.Fatalf("search: exit %d: %s", code, errs)
			}
			var s searchJSON
			if err := json.Unmarshal([]byte(out), &s); err != nil {
				t.Fatalf("search --json: %v\n%s", err, out)
			}
			if len(s.Hits) == 0 || s.Hits[0].Ref != "openai-altman-ouster-2023#4" || (s.Notice != "") != tc.notice {
				t.Fatalf("search: %d hits, notice %q; want #4 first, a notice: %v", len(s.Hits), s.Notice, tc.notice)
			}
			dense := false
			for _, h := range s.Hits {
				dense = dense || h.Dense != 0
			}
			if dense == tc.notice {
				t.Errorf("search: cosines given %v; want the dense side used: %v", dense, !tc.notice)
			}
			code, out, _ = run(t, env, "search", question)
			if code != ExitOK || strings.Contains(out, "Note: dense search unavailable") != tc.notice {
				t.Fatalf("search (text): exit %d:\n%s", code, out)
			}
		})
	}
}
