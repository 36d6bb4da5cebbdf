package corpus_test

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"casebot/corpus"
)

const seedID = "openai-altman-ouster-2023"

// seedFile is the default article as stored on disk.
var seedFile = filepath.Join("default", seedID+".txt")

// TestParseSeedArticle checks the default article paragraph by paragraph
// against the raw lines of its file, so a change to the parser that merges,
// drops or rewrites a line shows up here.
func TestParseSeedArticle(t *testing.T) {
	raw, err := os.ReadFile(seedFile)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimRight(string(raw), "\n"), "\n")
	if len(lines) != 17 {
		t.Fatalf("the seed file has %d lines, want 17: update this test with the file", len(lines))
	}
	a, err := corpus.Parse(seedID, raw)
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}

	if want := lines[0]; a.Title != want {
		t.Errorf("Title = %q, want the first line %q", a.Title, want)
	}
	if a.Language != "ar" {
		t.Errorf("Language = %q, want ar", a.Language)
	}
	wantSections := []string{lines[4], lines[8], lines[11], lines[14]}
	if !slices.Equal(a.Sections, wantSections) {
		t.Errorf("Sections = %q, want %q", a.Sections, wantSections)
	}

	// The file line each paragraph comes from, and the heading it sits under.
	want := []struct {
		line    int
		section string
	}{
		{1, ""}, {2, ""}, {3, ""},
		{5, lines[4]}, {6, lines[4]}, {7, lines[4]},
		{9, lines[8]}, {10, lines[8]},
		{12, lines[11]},
		{15, lines[14]}, {16, lines[14]},
	}
	if len(a.Paragraphs) != len(want) {
		t.Fatalf("got %d paragraphs, want %d", len(a.Paragraphs), len(want))
	}
	for i, w := range want {
		p := a.Paragraphs[i]
		n := i + 1
		if p.N != n || p.Ref != corpus.MakeRef(seedID, n) || p.Ref != seedID+"#"+strconv.Itoa(n) {
			t.Errorf("paragraph %d: N=%d Ref=%q", n, p.N, p.Ref)
		}
		if p.Text != lines[w.line] {
			t.Errorf("paragraph %d text is not verbatim:\n got %q\nwant %q", n, p.Text, lines[w.line])
		}
		if p.Section != w.section {
			t.Errorf("paragraph %d section = %q, want %q", n, p.Section, w.section)
		}
		if p.Hash != corpus.HashText(p.Text) || p.ArticleID != seedID || p.Title != a.Title || p.Language != "ar" {
			t.Errorf("paragraph %d metadata: %+v", n, p)
		}
	}

	// The "read also" teaser for another story is line 13; it is never a paragraph.
	teaser := lines[13]
	if !strings.HasPrefix(teaser, "اقرأ أيضًا") {
		t.Fatalf("line 13 = %q, expected the teaser", teaser)
	}
	for _, p := range a.Paragraphs {
		if strings.Contains(p.Text, "جوجل") || strings.Contains(p.Text, "اقرأ") {
			t.Errorf("%s holds the teaser: %q", p.Ref, p.Text)
		}
	}
	// A few anchors the retrieval tests rely on.
	for ref, sub := range map[int]string{4: "ميرا موراتي", 7: "في 16 نوفمبر", 9: "أعادت ألتمان"} {
		if !strings.Contains(a.Paragraphs[ref-1].Text, sub) {
			t.Errorf("paragraph %d does not contain %q", ref, sub)
		}
	}
}

// TestDefaultMatchesFile checks that the embedded corpus is the file on disk.
func TestDefaultMatchesFile(t *testing.T) {
	c, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(seedFile)
	if err != nil {
		t.Fatal(err)
	}
	a, err := corpus.Parse(seedID, raw)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Articles) != 1 || c.Articles[0].ID != seedID {
		t.Fatalf("default articles: %+v", c.Articles)
	}
	if !slices.Equal(c.Paragraphs(), a.Paragraphs) {
		t.Errorf("embedded paragraphs differ from %s", seedFile)
	}
	if got := c.Articles[0].Path; got != "embedded:"+seedID+".txt" {
		t.Errorf("Path = %q", got)
	}
	if len(c.Warnings) != 0 {
		t.Errorf("warnings: %q", c.Warnings)
	}
	if c.Language() != "ar" {
		t.Errorf("Language = %q", c.Language())
	}
}

// para is the part of a Paragraph the table below checks.
type para struct {
	section, text string
}

func TestParse(t *testing.T) {
	tests := []struct {
		name     string
		file     string // under testdata/parse, or "" to use data
		data     string
		title    string
		date     string
		source   string
		language string
		sections []string
		paras    []para
	}{
		{
			name: "front matter and markdown", file: "frontmatter.md",
			title: "Board fires Altman", date: "2023-11-17", source: "https://example.com/altman", language: "en",
			sections: []string{"Board fires Altman", "The decision", "The reaction"},
			paras: []para{
				{"The decision", "The board of OpenAI said on Friday that Sam Altman would leave the company."},
				{"The reaction", "Hundreds of employees threatened to resign unless he returned."},
			},
		},
		{
			name: "wrapped paragraphs, English teasers", file: "wrapped-en.txt",
			title: "Board fires Altman", language: "en",
			sections: []string{"What happened next"},
			paras: []para{
				{"", "OpenAI's board of directors removed its chief executive, Sam Altman, on Friday, saying he had not been consistently candid in his communications with the board."},
				{"What happened next", "Employees threatened to quit. More than seven hundred of them signed a letter asking the board to resign and to bring Altman back as chief executive."},
				{"What happened next", "Within five days he had returned to the company."},
			},
		},
		{
			name: "one paragraph a line, trailing blank lines", file: "trailing-blank.txt",
			title: "A title on the first line", language: "ar",
			paras: []para{
				{"", "الفقرة الأولى من المقال تنتهي هنا."},
				{"", "الفقرة الثانية تنتهي أيضًا هنا."},
			},
		},
		{
			name: "hashtags are not headings", file: "hashtag.txt",
			title: "Hashtags are not headings", language: "en",
			sections: []string{"Update"},
			paras: []para{
				{"", "#OpenAI trended worldwide after the board fired Altman on Friday."},
				{"Update", "The board named Mira Murati interim chief executive."},
			},
		},
		{
			name:  "CRLF line ends and a byte order mark",
			data:  "\ufeffالعنوان\r\nقسم أول\r\nالفقرة الأولى.\r\nالفقرة الثانية.\r\n",
			title: "العنوان", language: "ar",
			sections: []string{"قسم أول"},
			paras:    []para{{"قسم أول", "الفقرة الأولى."}, {"قسم أول", "الفقرة الثانية."}},
		},
		{
			name:  "CR line ends, BOM before front matter",
			data:  "\ufeff---\rtitle: T\r---\rFirst.\rSecond.\r",
			title: "T", language: "en",
			paras: []para{{"", "First."}, {"", "Second."}},
		},
		{
			name:  "no front matter: a markdown title line",
			data:  "# The title\n\nA paragraph.\n",
			title: "The title", language: "en",
			paras: []para{{"", "A paragraph."}},
		},
		{
			name:  "empty front matter",
			data:  "---\n---\nTitle line\nOnly paragraph.\n",
			title: "Title line", language: "en",
			paras: []para{{"", "Only paragraph."}},
		},
		{
			name:  "front matter without a title, url and lang keys",
			data:  "---\nurl: 'https://x.test/a'\nlang: ar\n---\nعنوان\nنص.\n",
			title: "عنوان", source: "https://x.test/a", language: "ar",
			paras: []para{{"", "نص."}},
		},
		{
			name:  "Arabic teasers in their variants",
			data:  "T\nأول.\nاقرا ايضا: خبر آخر\nإقرأ أيضاً: خبر\nشاهد أيضًا: فيديو\nثان.\n",
			title: "T", language: "ar",
			paras: []para{{"", "أول."}, {"", "ثان."}},
		},
		{
			name:  "glued heading in a blank-separated file",
			data:  "T\n\nThe vote\nFour of the six members of the board voted to remove him, and two of them\nwere founders.\n\nIt was done in secret.\n",
			title: "T", language: "en",
			sections: []string{"The vote"},
			paras: []para{
				{"The vote", "Four of the six members of the board voted to remove him, and two of them were founders."},
				{"The vote", "It was done in secret."},
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			data := []byte(tc.data)
			if tc.file != "" {
				var err error
				if data, err = os.ReadFile(filepath.Join("testdata", "parse", tc.file)); err != nil {
					t.Fatal(err)
				}
			}
			a, err := corpus.Parse("x", data)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if a.Title != tc.title || a.Date != tc.date || a.Source != tc.source || a.Language != tc.language {
				t.Errorf("title/date/source/language = %q/%q/%q/%q, want %q/%q/%q/%q",
					a.Title, a.Date, a.Source, a.Language, tc.title, tc.date, tc.source, tc.language)
			}
			if !slices.Equal(a.Sections, tc.sections) {
				t.Errorf("Sections = %q, want %q", a.Sections, tc.sections)
			}
			var got []para
			for _, p := range a.Paragraphs {
				got = append(got, para{p.Section, p.Text})
			}
			if !slices.Equal(got, tc.paras) {
				t.Errorf("paragraphs:\n got %q\nwant %q", got, tc.paras)
			}
			checkInvariants(t, a)
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name string
		data string
		want string // in the error message
	}{
		{"empty", "", "empty file"},
		{"only space", " \n\r\n\t\n", "empty file"},
		{"only a BOM", "\ufeff", "empty file"},
		{"only a title", "A title\n", "no paragraphs"},
		{"title and headings", "A title\n\nSection one\n\n## Two\n", "no paragraphs"},
		{"title and a teaser", "A title\nRead also: another story\n", "no paragraphs"},
		{"front matter only", "---\ntitle: T\n---\n", "no paragraphs"},
		{"Latin-1", "Caf\xe9 au lait.\nUn paragraphe.\n", "not valid UTF-8"},
		{"UTF-16", "\xff\xfeT\x00i\x00", "not valid UTF-8"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := corpus.Parse("x", []byte(tc.data))
			if err == nil {
				t.Fatalf("Parse succeeded: %+v", a)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q does not say %q", err, tc.want)
			}
		})
	}
	if _, err := corpus.Parse("x", []byte("Title\n")); !errors.Is(err, corpus.ErrNoParagraphs) {
		t.Errorf("a title-only file gives %v, want ErrNoParagraphs", err)
	}
}

// TestFrontMatterLanguage holds front-matter languages to the codes the rest
// of casebot compares with DetectLanguage's: "ar-EG" left as it was would
// turn off quote checking, the English glossary and the question rewrite.
func TestFrontMatterLanguage(t *testing.T) {
	for _, tc := range []struct{ value, want string }{
		{"ar", "ar"},
		{"AR", "ar"},
		{"ar-EG", "ar"},
		{"ar_SA", "ar"},
		{"Arabic", "ar"},
		{"en-GB", "en"},
		{"English", "en"},
		{"\"fr\"", "fr"},
	} {
		data := "---\ntitle: T\nlanguage: " + tc.value + "\n---\nThe board of OpenAI said on Friday that Sam Altman would leave.\n"
		a, err := corpus.Parse("x", []byte(data))
		if err != nil {
			t.Fatalf("language %q: %v", tc.value, err)
		}
		if a.Language != tc.want || a.Paragraphs[0].Language != tc.want {
			t.Errorf("language %q: article %q, paragraph %q; want %q", tc.value, a.Language, a.Paragraphs[0].Language, tc.want)
		}
	}
}

// checkInvariants holds for every article Parse returns.
func checkInvariants(t *testing.T, a corpus.Article) {
	t.Helper()
	if len(a.Paragraphs) == 0 {
		t.Fatal("an article without paragraphs")
	}
	seen := map[string]bool{}
	for i, p := range a.Paragraphs {
		if p.N != i+1 {
			t.Errorf("paragraph %d has N=%d", i+1, p.N)
		}
		if p.Ref != corpus.MakeRef(a.ID, i+1) || seen[p.Ref] {
			t.Errorf("paragraph %d: bad or repeated ref %q", i+1, p.Ref)
		}
		seen[p.Ref] = true
		if strings.TrimSpace(p.Text) == "" || p.Text != strings.TrimSpace(p.Text) {
			t.Errorf("%s: empty or untrimmed text %q", p.Ref, p.Text)
		}
		if p.Hash != corpus.HashText(p.Text) {
			t.Errorf("%s: hash mismatch", p.Ref)
		}
		if p.ArticleID != a.ID || p.Title != a.Title || p.Language != a.Language {
			t.Errorf("%s: article fields not copied: %+v", p.Ref, p)
		}
		if p.Section != "" && !slices.Contains(a.Sections, p.Section) {
			t.Errorf("%s: section %q is not among %q", p.Ref, p.Section, a.Sections)
		}
	}
	if a.Language == "" {
		t.Errorf("no language")
	}
}

func FuzzParse(f *testing.F) {
	for _, name := range []string{seedFile, "testdata/parse/frontmatter.md", "testdata/parse/wrapped-en.txt", "testdata/parse/hashtag.txt"} {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("---\n---\n"))
	f.Add([]byte("---\ntitle: x\n"))
	f.Add([]byte("\ufeff#\n#\n\n# \nRead also:\n\na\r\rb."))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := corpus.Parse("fuzz", data)
		if err != nil {
			if a.ID != "" || len(a.Paragraphs) != 0 {
				t.Fatalf("an error with a partial article: %v", err)
			}
			return
		}
		checkInvariants(t, a)
		for _, p := range a.Paragraphs {
			if strings.ContainsAny(p.Text, "\r\n") {
				t.Fatalf("%s spans lines: %q", p.Ref, p.Text)
			}
		}
		if _, err := corpus.New([]corpus.Article{a}, nil); err != nil {
			t.Fatalf("New on a parsed article: %v", err)
		}
	})
}
