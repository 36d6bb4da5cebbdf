package corpus_test

import (
	"os"
	"strings"
	"testing"

	"casebot/corpus"
)

func mustParse(t *testing.T, id, data string) corpus.Article {
	t.Helper()
	a, err := corpus.Parse(id, []byte(data))
	if err != nil {
		t.Fatalf("Parse(%s): %v", id, err)
	}
	return a
}

func mustNew(t *testing.T, as ...corpus.Article) *corpus.Corpus {
	t.Helper()
	c, err := corpus.New(as, nil)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return c
}

func TestLookup(t *testing.T) {
	single, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	two := mustNew(t,
		mustParse(t, "beta", "B\nBeta one.\nBeta two.\n"),
		mustParse(t, "alpha", "A\nAlpha one.\n"),
	)
	tests := []struct {
		name string
		c    *corpus.Corpus
		ref  string
		want string // the ref found, "" for none
	}{
		{"full ref", single, seedID + "#4", seedID + "#4"},
		{"full ref, other case and space", single, "  OpenAI-Altman-Ouster-2023#11 ", seedID + "#11"},
		{"hash and number", single, "#4", seedID + "#4"},
		{"number", single, "4", seedID + "#4"},
		{"p and number", single, "p4", seedID + "#4"},
		{"P and number", single, "P7", seedID + "#7"},
		{"paragraph 0", single, "0", ""},
		{"past the end", single, "#12", ""},
		{"negative", single, "-1", ""},
		{"unknown article", single, "other#4", ""},
		{"empty", single, "", ""},
		{"words", single, "paragraph four", ""},
		{"two articles, full ref", two, "beta#2", "beta#2"},
		{"two articles, bare number is ambiguous", two, "1", ""},
		{"two articles, #n is ambiguous", two, "#1", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, ok := tc.c.Lookup(tc.ref)
			if ok != (tc.want != "") || p.Ref != tc.want {
				t.Errorf("Lookup(%q) = %q, %v; want %q", tc.ref, p.Ref, ok, tc.want)
			}
		})
	}
	if p, _ := single.Lookup("#4"); !strings.Contains(p.Text, "ميرا موراتي") {
		t.Errorf("#4 text = %q", p.Text)
	}
	// Articles are sorted by id, paragraphs follow them.
	var refs []string
	for _, p := range two.Paragraphs() {
		refs = append(refs, p.Ref)
	}
	if got := strings.Join(refs, " "); got != "alpha#1 beta#1 beta#2" {
		t.Errorf("paragraph order = %s", got)
	}
}

func TestVersion(t *testing.T) {
	raw, err := os.ReadFile(seedFile)
	if err != nil {
		t.Fatal(err)
	}
	seed := string(raw)
	base := mustNew(t, mustParse(t, seedID, seed)).Version()
	if len(base) != 16 {
		t.Errorf("Version %q is not 16 hex digits", base)
	}
	para7 := "وقرّر أربعة من أصل ستة أعضاء"
	if !strings.Contains(seed, para7) {
		t.Fatal("seed text changed; update the test")
	}
	tests := []struct {
		name    string
		id      string
		text    string
		changed bool
	}{
		{"same text", seedID, seed, false},
		{"CRLF line ends", seedID, strings.ReplaceAll(seed, "\n", "\r\n"), false},
		{"teaser edited", seedID, strings.Replace(seed, "55 مليون", "60 مليون", 1), false},
		{"space around a paragraph", seedID, strings.Replace(seed, "\n"+"الواقع", "\n   "+"الواقع", 1), false},
		{"one word of one paragraph", seedID, strings.Replace(seed, para7, "وقرّر خمسة من أصل ستة أعضاء", 1), true},
		{"one diacritic", seedID, strings.Replace(seed, "وقرّر", "وقرر", 1), true},
		{"paragraph removed", seedID, strings.Replace(seed, "\nالواقع", "\nRead also: الواقع", 1), true},
		{"article renamed", "other", seed, true},
		{"section heading edited", seedID, strings.Replace(seed, "عودة سريعة ونفوذ متجذر", "عودة سريعة", 1), true},
		{"title edited", seedID, strings.Replace(seed, "كواليس صادمة", "كواليس", 1), true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := mustNew(t, mustParse(t, tc.id, tc.text)).Version()
			if (got != base) != tc.changed {
				t.Errorf("Version = %s, base %s; want changed=%v", got, base, tc.changed)
			}
		})
	}
}

func TestHashText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
		{"abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
	}
	for _, tc := range tests {
		if got := corpus.HashText(tc.in); got != tc.want {
			t.Errorf("HashText(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
	if corpus.HashText("ألتمان") == corpus.HashText("التمان") {
		t.Error("HashText folds hamza; it must hash the exact text")
	}
}

func TestNewErrors(t *testing.T) {
	if _, err := corpus.New(nil, nil); err == nil || !strings.Contains(err.Error(), "no paragraphs") {
		t.Errorf("New(nil) error = %v", err)
	}
	a := mustParse(t, "same", "T\nOne.\n")
	a.Path = "x/same.txt"
	b := mustParse(t, "same", "T\nTwo.\n")
	b.Path = "y/same.md"
	_, err := corpus.New([]corpus.Article{a, b}, nil)
	if err == nil {
		t.Fatal("New accepted two articles with one id")
	}
	for _, want := range []string{"x/same.txt", "y/same.md", `"same"`} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not name %s", err, want)
		}
	}
}

func TestLanguage(t *testing.T) {
	c := mustNew(t,
		mustParse(t, "a", "A\nنص عربي أول.\nنص عربي ثان.\n"),
		mustParse(t, "b", "B\nEnglish text.\n"),
	)
	if got := c.Language(); got != "ar" {
		t.Errorf("Language = %q, want ar (2 Arabic paragraphs to 1)", got)
	}
}
