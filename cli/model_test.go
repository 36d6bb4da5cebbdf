package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"casebot/llm/llmtest"
)

// TestAskThroughModel runs `casebot ask --json` against the local OpenAI
// double: the model's cited answer is shown with mode "llm", and a dead
// endpoint degrades to the extractive answer with a notice.
func TestAskThroughModel(t *testing.T) {
	srv := llmtest.NewServer(t)
	srv.Enqueue(llmtest.Text("ميرا موراتي هي مديرة التكنولوجيا في الشركة [1]."))
	env := map[string]string{
		"OPENAI_BASE_URL":    srv.URL(),
		"CASEBOT_CHAT_MODEL": "test-model",
		"OPENAI_API_KEY":     "sk-test-secret-key",
	}
	code, out, errs := run(t, env, "ask", "--json", "من هي ميرا موراتي؟")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var a struct {
		Answer    string
		Mode      string
		Notice    string
		Citations []struct {
			Ref      string
			Verified bool
		}
	}
	if err := json.Unmarshal([]byte(out), &a); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if a.Mode != "llm" || a.Notice != "" || len(a.Citations) != 1 {
		t.Fatalf("want a model answer with one citation and no notice, got %+v", a)
	}
	if got := a.Citations[0].Ref; got != "openai-altman-ouster-2023#4" && got != "openai-altman-ouster-2023#5" {
		t.Errorf("citation points at %s, want a paragraph naming Murati", got)
	}
	if n := len(srv.Chats()); n != 1 {
		t.Errorf("%d chat requests, want 1", n)
	}
	if strings.Contains(out+errs, "sk-test-secret-key") {
		t.Error("output shows the API key")
	}

	// The model fabricates a citation to a paragraph it was not given:
	// casebot falls back to the extractive answer and says why.
	srv.Enqueue(llmtest.Text("ألتمان استقال طوعًا [9]."))
	code, out, errs = run(t, env, "ask", "--json", "من هي ميرا موراتي؟")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if err := json.Unmarshal([]byte(out), &a); err != nil {
		t.Fatal(err)
	}
	if a.Mode != "extractive" || a.Notice == "" || len(a.Citations) == 0 {
		t.Fatalf("want an extractive fallback with a notice, got %+v", a)
	}
	for _, c := range a.Citations {
		if !c.Verified {
			t.Errorf("fallback citation %s is not verified", c.Ref)
		}
	}
}

// TestEmbeddingCacheAcrossRuns runs `casebot search` twice with API
// embeddings and a cache folder: the first run embeds every paragraph, the
// second embeds only its query; editing one paragraph costs one text.
func TestEmbeddingCacheAcrossRuns(t *testing.T) {
	srv := llmtest.NewServer(t)
	corpusDir := t.TempDir()
	article := "عنوان المقال\nاجتمع المجلس يوم الجمعة وصوّت على إقالة المدير التنفيذي.\nهدّد الموظفون بالاستقالة إذا لم يعد المدير إلى منصبه.\nعاد المدير إلى منصبه بعد أيام.\n"
	writeFile(t, corpusDir, "case.txt", article)
	env := map[string]string{
		"OPENAI_BASE_URL":     srv.URL(),
		"CASEBOT_EMBED_MODEL": "test-embed",
		"CASEBOT_CACHE_DIR":   t.TempDir(),
		"CASEBOT_CORPUS":      corpusDir,
	}
	// docTexts counts the paragraph texts (not queries) embedded in the
	// requests from the from-th on; paragraphs of this article end in a period.
	docTexts := func(from int) int {
		n := 0
		for _, e := range srv.Embeds()[from:] {
			for _, in := range e.Input {
				if strings.HasSuffix(strings.TrimSpace(in), ".") {
					n++
				}
			}
		}
		return n
	}
	search := func() {
		t.Helper()
		if code, _, errs := run(t, env, "search", "الموظفون"); code != ExitOK {
			t.Fatalf("exit %d: %s", code, errs)
		}
	}
	search()
	if got := docTexts(0); got != 3 {
		t.Fatalf("first run embedded %d paragraph texts, want 3", got)
	}
	before := len(srv.Embeds())
	search()
	if got := docTexts(before); got != 0 {
		t.Errorf("a restart embedded %d paragraph texts, want 0", got)
	}
	writeFile(t, corpusDir, "case.txt", strings.Replace(article, "بعد أيام", "بعد خمسة أيام", 1))
	before = len(srv.Embeds())
	search()
	if got := docTexts(before); got != 1 {
		t.Errorf("a one-paragraph edit embedded %d paragraph texts, want 1", got)
	}
	// The edit pruned the old wording's vector from the cache file: going
	// back to it embeds it again (the file does not grow with every edit).
	writeFile(t, corpusDir, "case.txt", article)
	before = len(srv.Embeds())
	search()
	if got := docTexts(before); got != 1 {
		t.Errorf("back to the old wording: %d paragraph texts embedded, want 1 (its vector was pruned)", got)
	}
}

func writeFile(t *testing.T, dir, name, text string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}
