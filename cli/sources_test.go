package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestMultiArticleGolden checks what people read from a corpus of several
// dated articles in two languages against testdata/multi_*.golden: the
// sources listing, an answer that puts the newest account first and marks
// older ones, and the whole-case summary in event order.
func TestMultiArticleGolden(t *testing.T) {
	corpusDir := filepath.Join("..", "testdata", "multi")
	tests := []struct {
		name string
		args []string
	}{
		{"multi_sources", []string{"sources", "--corpus", corpusDir}},
		{"multi_ask_now_en", []string{"ask", "--corpus", corpusDir, "Who is OpenAI's CEO now?"}},
		{"multi_ask_conflict_ar", []string{"ask", "--corpus", corpusDir, "كم موظفًا وقّع على رسالة التهديد بالاستقالة؟"}},
		{"multi_summary", []string{"summary", "--corpus", corpusDir}},
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
	// The JSON listing says which article is undated.
	code, out, errs := run(t, nil, "sources", "--json")
	if code != ExitOK || !strings.Contains(out, `"dated": false`) || !strings.Contains(out, `"paragraphs": 11`) {
		t.Fatalf("sources --json on the embedded article: exit %d\n%s\n%s", code, out, errs)
	}
}
