package evaluate

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"casebot/corpus"
)

func defaultCorpus(t testing.TB) *corpus.Corpus {
	t.Helper()
	c, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestLoadErrors(t *testing.T) {
	c := defaultCorpus(t)
	good := `{"id":"a","kind":"ar-direct","question":"سؤال؟","refs":["openai-altman-ouster-2023#7"]}`
	tests := []struct {
		name, input, want string
	}{
		{"empty file", "", "no questions found"},
		{"only blank lines", "\n  \n\n", "no questions found"},
		{"malformed JSON", good + "\n{\"id\":\"b\",", "line 2: malformed JSON"},
		{"not an object", good + "\n\n[1,2]", "line 3: malformed JSON"},
		{"two values", `{"id":"a","kind":"en","question":"q","refs":["#1"]} {}`, "line 1: malformed JSON: more than one value"},
		{"unknown field", `{"id":"a","kind":"en","question":"q","refs":["#1"],"answer":"x"}`, `line 1: malformed JSON: json: unknown field "answer"`},
		{"missing id", `{"kind":"en","question":"q","refs":["#1"]}`, `line 1: missing "id"`},
		{"missing kind", `{"id":"a","question":"q","refs":["#1"]}`, `line 1: a: missing "kind"`},
		{"bad kind", `{"id":"a","kind":"Ar Direct","question":"q","refs":["#1"]}`, `line 1: a: kind "Ar Direct" should be`},
		{"empty question", `{"id":"a","kind":"en","question":"  ","refs":["#1"]}`, "line 1: a: empty question"},
		{"no question field", `{"id":"a","kind":"en","refs":["#1"]}`, "line 1: a: empty question"},
		{"unknown ref", good + "\n" + `{"id":"b","kind":"en","question":"q","refs":["openai-altman-ouster-2023#12"]}`, `line 2: b: unknown ref "openai-altman-ouster-2023#12"`},
		{"unknown article", `{"id":"b","kind":"en","question":"q","refs":["other#1"]}`, `line 1: b: unknown ref "other#1"`},
		{"empty ref", `{"id":"b","kind":"en","question":"q","refs":[" "]}`, `line 1: b: empty ref`},
		{"duplicate ref", `{"id":"b","kind":"en","question":"q","refs":["#7","openai-altman-ouster-2023#7"]}`, `line 1: b: ref "openai-altman-ouster-2023#7" is listed twice`},
		{"answerable without refs", `{"id":"b","kind":"en","question":"q","refs":[]}`, `line 1: b: no refs`},
		{"unanswerable with refs", `{"id":"b","kind":"unanswerable","question":"q","refs":["#1"]}`, `line 1: b: an unanswerable question must have no refs, got 1`},
		{"duplicate id", good + "\n" + good, `line 2: id "a" is already used on line 1`},
		{"line too long", `{"id":"a","kind":"en","question":"` + strings.Repeat("x", MaxLineBytes) + `","refs":["#1"]}`, "line 1: line is longer than"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			items, err := Load(strings.NewReader(tt.input), c)
			if err == nil {
				t.Fatalf("Load succeeded with %d item(s); want error containing %q", len(items), tt.want)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error %q does not contain %q", err, tt.want)
			}
			if !strings.HasPrefix(err.Error(), "evaluate: ") {
				t.Errorf("error %q lacks the package prefix", err)
			}
		})
	}
}

func TestLoadCanonicalisesRefs(t *testing.T) {
	c := defaultCorpus(t)
	in := "\ufeff" + `{"id":"x","kind":"en","question":" When? ","refs":["#1"," p7 "]}` + "\r\n\n" +
		`{"id":"y","kind":"unanswerable","question":"Salary?","refs":[]}` // no final newline
	items, err := Load(strings.NewReader(in), c)
	if err != nil {
		t.Fatal(err)
	}
	if len(items) != 2 {
		t.Fatalf("got %d items, want 2", len(items))
	}
	want := []string{"openai-altman-ouster-2023#1", "openai-altman-ouster-2023#7"}
	if !slices.Equal(items[0].Refs, want) {
		t.Errorf("refs = %q, want %q", items[0].Refs, want)
	}
	if items[0].Line != 1 || items[1].Line != 3 {
		t.Errorf("lines = %d, %d; want 1, 3", items[0].Line, items[1].Line)
	}
	if items[1].Answerable() || !items[0].Answerable() {
		t.Errorf("Answerable() wrong: %v %v", items[0].Answerable(), items[1].Answerable())
	}
	if items[1].Refs != nil {
		t.Errorf("unanswerable refs = %#v, want nil", items[1].Refs)
	}
}

func TestLoadNilCorpusSkipsRefCheck(t *testing.T) {
	items, err := Load(strings.NewReader(`{"id":"x","kind":"en","question":"q","refs":["elsewhere#3"]}`), nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := items[0].Refs; len(got) != 1 || got[0] != "elsewhere#3" {
		t.Errorf("refs = %q", got)
	}
}

func TestLoadFileNamesTheFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "qa.jsonl")
	if err := os.WriteFile(path, []byte("\n{oops\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := LoadFile(path, nil)
	if err == nil || !strings.Contains(err.Error(), path+":2: malformed JSON") {
		t.Fatalf("error = %v; want it to name %s:2", err, path)
	}
	_, err = LoadFile(filepath.Join(t.TempDir(), "missing.jsonl"), nil)
	if err == nil || !strings.Contains(err.Error(), "missing.jsonl") {
		t.Fatalf("error = %v; want it to name the missing file", err)
	}
}

// TestQASet checks the shipped question set: it loads against the default
// corpus and has enough questions of each kind.
func TestQASet(t *testing.T) {
	items, err := LoadFile(filepath.Join("..", "testdata", "eval", "qa.jsonl"), defaultCorpus(t))
	if err != nil {
		t.Fatal(err)
	}
	count := map[string]int{}
	for _, it := range items {
		count[it.Kind]++
		if !strings.HasPrefix(it.ID, it.Kind+"-") {
			t.Errorf("line %d: id %q does not start with its kind %q", it.Line, it.ID, it.Kind)
		}
	}
	for _, k := range []string{"ar-direct", "ar-paraphrase", "en", Unanswerable} {
		if count[k] < 12 {
			t.Errorf("kind %s has %d questions, want at least 12", k, count[k])
		}
	}
	if len(count) != 4 {
		t.Errorf("kinds = %v, want exactly the four known ones", count)
	}
	if len(items) < 48 {
		t.Errorf("%d questions, want at least 48", len(items))
	}
}
