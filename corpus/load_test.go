package corpus_test

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"casebot/corpus"
)

func TestLoadMixedFolder(t *testing.T) {
	dir := filepath.Join("testdata", "load", "mixed")
	c, err := corpus.Load(dir)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	var ids, paths []string
	for _, a := range c.Articles {
		ids = append(ids, a.ID)
		paths = append(paths, a.Path)
	}
	if want := []string{"good", "sub-other"}; !slices.Equal(ids, want) {
		t.Errorf("article ids = %q, want %q (hidden, empty, non-UTF-8 and title-only files skipped)", ids, want)
	}
	if want := []string{dir + "/good.txt", dir + "/sub/other.md"}; !slices.Equal(paths, want) {
		t.Errorf("paths = %q, want %q", paths, want)
	}
	if got := c.Articles[1].Title; got != "Second article" {
		t.Errorf("markdown title = %q", got)
	}
	if n := len(c.Paragraphs()); n != 3 {
		t.Errorf("%d paragraphs, want 3", n)
	}
	// One warning per unusable file, naming it and saying why.
	want := map[string]string{
		"empty.txt":     "empty file",
		"latin1.txt":    "not valid UTF-8",
		"title-only.md": "no paragraphs",
	}
	if len(c.Warnings) != len(want) {
		t.Errorf("warnings = %q, want %d", c.Warnings, len(want))
	}
	for file, why := range want {
		found := false
		for _, w := range c.Warnings {
			if strings.Contains(w, filepath.Join(dir, file)) && strings.Contains(w, why) && strings.Contains(w, "skipped") {
				found = true
			}
		}
		if !found {
			t.Errorf("no warning names %s and says %q: %q", file, why, c.Warnings)
		}
	}
	for _, w := range c.Warnings {
		if strings.Contains(w, "hidden") || strings.Contains(w, "notes.json") {
			t.Errorf("warning about a file that is not an article: %q", w)
		}
	}
}

func TestLoadErrors(t *testing.T) {
	tmp := t.TempDir()
	empty := filepath.Join(tmp, "empty")
	unusable := filepath.Join(tmp, "unusable")
	for _, d := range []string{empty, unusable} {
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	writeFile(t, filepath.Join(unusable, "a.txt"), "caf\xe9\nbad.\n")
	writeFile(t, filepath.Join(unusable, "b.md"), "")

	tests := []struct {
		name string
		dir  string
		want []string // each in the error message
	}{
		{"missing folder", filepath.Join(tmp, "nope"), []string{filepath.Join(tmp, "nope"), "no such file"}},
		{"a file, not a folder", filepath.Join("testdata", "parse", "hashtag.txt"), []string{"hashtag.txt", "not a folder"}},
		{"empty folder", empty, []string{empty, "no .txt or .md article"}},
		{"only other files", filepath.Join("testdata", "load", "only-other"), []string{"only-other", "no .txt or .md article"}},
		{"no usable file", unusable, []string{"none of the 2 file(s)", filepath.Join(unusable, "a.txt"), "not valid UTF-8", filepath.Join(unusable, "b.md"), "empty file"}},
		{"two files, one id", filepath.Join("testdata", "load", "dup"), []string{"a-x.txt", filepath.Join("a", "x.txt"), `"a-x"`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, err := corpus.Load(tc.dir)
			if err == nil {
				t.Fatalf("Load succeeded with %d articles", len(c.Articles))
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not say %q", err, w)
				}
			}
			if !strings.HasPrefix(err.Error(), "corpus: ") {
				t.Errorf("error %q lacks the package prefix", err)
			}
		})
	}
}

func TestLoadTooBig(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "good.txt"), "Title\nA paragraph.\n")
	// Valid text, so only the size can reject it.
	line := "A sentence that makes a paragraph of its own.\n"
	big := "Big\n" + strings.Repeat(line, corpus.MaxFileBytes/len(line)+1)
	writeFile(t, filepath.Join(dir, "big.txt"), big)
	// Exactly at the limit is accepted.
	atLimit := []byte("Limit\n" + strings.Repeat(line, corpus.MaxFileBytes/len(line)))
	atLimit = append(atLimit, bytes.Repeat([]byte("x"), corpus.MaxFileBytes-len(atLimit))...)
	writeFile(t, filepath.Join(dir, "limit.txt"), string(atLimit))
	// A link's own size says nothing of its target's.
	outside := t.TempDir()
	writeFile(t, filepath.Join(outside, "target"), big)
	if err := os.Symlink(filepath.Join(outside, "target"), filepath.Join(dir, "link.txt")); err != nil {
		t.Fatal(err)
	}

	c, err := corpus.Load(dir)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	var ids []string
	for _, a := range c.Articles {
		ids = append(ids, a.ID)
	}
	if want := []string{"good", "limit"}; !slices.Equal(ids, want) {
		t.Errorf("articles = %q, want %q", ids, want)
	}
	for _, name := range []string{"big.txt", "link.txt"} {
		found := false
		for _, w := range c.Warnings {
			found = found || strings.Contains(w, filepath.Join(dir, name)) && strings.Contains(w, "limit")
		}
		if !found {
			t.Errorf("no warning names %s as over the limit: %q", name, c.Warnings)
		}
	}
}

func TestLoadFS(t *testing.T) {
	fsys := fstest.MapFS{
		"b.txt":          {Data: []byte("B\nSecond article.\n")},
		"A Story#1.md":   {Data: []byte("A\nFirst article.\n")},
		".git/x.txt":     {Data: []byte("X\nNot an article.\n")},
		"drafts/.old.md": {Data: []byte("O\nNot an article.\n")},
	}
	c, err := corpus.LoadFS(fsys, "mem:")
	if err != nil {
		t.Fatal(err)
	}
	var refs []string
	for _, p := range c.Paragraphs() {
		refs = append(refs, p.Ref)
	}
	// Spaces and "#" in a file name become dashes, so refs stay parseable.
	if want := []string{"a-story-1#1", "b#1"}; !slices.Equal(refs, want) {
		t.Errorf("refs = %q, want %q", refs, want)
	}
	if got := c.Articles[0].Path; got != "mem:A Story#1.md" {
		t.Errorf("Path = %q", got)
	}
}

func writeFile(t *testing.T, name, data string) {
	t.Helper()
	if err := os.WriteFile(name, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}
