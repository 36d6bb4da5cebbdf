package corpus

import (
	"casebot/text"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"strings"
	"unicode/utf8"
)

// MaxFileBytes is the largest article file Load accepts. Larger files are
// skipped with a warning: a news article is a few kilobytes, and a file this
// big is almost certainly something else dropped in the folder by mistake.
const MaxFileBytes = 2 << 20

//go:embed default/*.txt
var defaultFS embed.FS

// Default returns the corpus embedded in the binary: the Arabic article on
// Sam Altman's removal from and return to OpenAI in November 2023.
func Default() (*Corpus, error) {
	sub, err := fs.Sub(defaultFS, "default")
	if err != nil {
		return nil, fmt.Errorf("corpus: embedded default: %w", err)
	}
	return LoadFS(sub, "embedded:")
}

// Load reads every .txt and .md article under dir (recursively).
func Load(dir string) (*Corpus, error) {
	st, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("corpus: %w", err)
	}
	if !st.IsDir() {
		return nil, fmt.Errorf("corpus: %s is not a folder", dir)
	}
	return LoadFS(os.DirFS(dir), strings.TrimSuffix(dir, "/")+"/")
}

// LoadFS reads every .txt and .md article in fsys. prefix is prepended to
// file names in Article.Path and in messages. Files that cannot be used (not
// UTF-8, too big, no paragraphs) are skipped with a warning naming the file;
// the load fails only when no usable article remains.
func LoadFS(fsys fs.FS, prefix string) (*Corpus, error) {
	var (
		articles []Article
		warnings []string
		seen     int
	)
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == "." {
				return err // the folder itself cannot be read
			}
			warnings = append(warnings, fmt.Sprintf("%s%s: %v", prefix, p, err))
			return nil
		}
		if d.IsDir() {
			if p != "." && strings.HasPrefix(d.Name(), ".") {
				return fs.SkipDir
			}
			return nil
		}
		ext := strings.ToLower(path.Ext(p))
		if ext != ".txt" && ext != ".md" || strings.HasPrefix(d.Name(), ".") {
			return nil
		}
		seen++
		name := prefix + p
		info, err := d.Info()
		if err != nil {
			warnings = append(warnings, fmt.Sprintf("%s: skipped: %v", name, err))
			return nil
		}
		if info.Size() > MaxFileBytes {
			warnings = append(warnings, fmt.Sprintf("%s: skipped: %d bytes is over the %d-byte limit for one article", name, info.Size(), MaxFileBytes))
			return nil
		}
		data, err := readAtMost(fsys, p, MaxFileBytes)
		if err != nil {
			warnings = append(warnings, fmt.Sprintf("%s: skipped: %v", name, err))
			return nil
		}
		if len(data) > MaxFileBytes { // a symbolic link's size is not its target's
			warnings = append(warnings, fmt.Sprintf("%s: skipped: over the %d-byte limit for one article", name, MaxFileBytes))
			return nil
		}
		a, err := Parse(articleID(p), data)
		if err != nil {
			warnings = append(warnings, fmt.Sprintf("%s: skipped: %v", name, err))
			return nil
		}
		a.Path = name
		articles = append(articles, a)
		return nil
	})
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err // "permission denied", not "open .: permission denied"
		}
		return nil, fmt.Errorf("corpus: cannot read the folder %s: %w", strings.TrimSuffix(prefix, "/"), err)
	}
	if seen == 0 && len(warnings) > 0 {
		return nil, fmt.Errorf("corpus: no readable .txt or .md article in %s:\n  %s", strings.TrimSuffix(prefix, "/"), strings.Join(warnings, "\n  "))
	}
	if seen == 0 {
		return nil, fmt.Errorf("corpus: no .txt or .md article in %s", strings.TrimSuffix(prefix, "/"))
	}
	if len(articles) == 0 {
		return nil, fmt.Errorf("corpus: none of the %d file(s) in %s is usable:\n  %s", seen, strings.TrimSuffix(prefix, "/"), strings.Join(warnings, "\n  "))
	}
	return New(articles, warnings)
}

// readAtMost reads the file p of fsys, stopping after limit+1 bytes so a
// file that is bigger than its directory entry said (a link to a huge file,
// a device) is caught without reading it all.
func readAtMost(fsys fs.FS, p string, limit int64) ([]byte, error) {
	f, err := fsys.Open(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, limit+1))
}

// articleID derives an article id from its path: the file name without
// extension, lower-cased, with folders and spaces turned into dashes.
func articleID(p string) string {
	id := strings.TrimSuffix(p, path.Ext(p))
	id = strings.ToLower(strings.NewReplacer("/", "-", " ", "-", "#", "-").Replace(id))
	return id
}

// ErrNoParagraphs is returned by Parse for a file with a title but no body.
var ErrNoParagraphs = errors.New("no paragraphs (only a title, headings or teasers)")

// Parse cuts one article's bytes into its title, sections and paragraphs.
func Parse(id string, data []byte) (Article, error) {
	if !utf8.Valid(data) {
		return Article{}, fmt.Errorf("not valid UTF-8 (save the file as UTF-8)")
	}
	body := text.NFC(strings.TrimPrefix(string(data), "\ufeff"))
	body = strings.ReplaceAll(body, "\r\n", "\n")
	body = strings.ReplaceAll(body, "\r", "\n")
	if strings.TrimSpace(body) == "" {
		return Article{}, fmt.Errorf("empty file")
	}
	a := Article{ID: id}
	body = parseFrontMatter(body, &a)

	lines := strings.Split(body, "\n")
	if a.Title == "" {
		for i, l := range lines {
			if t := strings.TrimSpace(l); t != "" {
				a.Title = strings.TrimSpace(strings.TrimLeft(t, "# "))
				lines = lines[i+1:]
				break
			}
		}
	}
	for _, b := range blocks(lines) {
		switch b.kind {
		case teaserBlock:
			continue
		case headingBlock:
			h := strings.TrimSpace(strings.Trim(strings.TrimLeft(b.text, "#"), "*_ "))
			if h != "" {
				a.Sections = append(a.Sections, h)
			}
			continue
		}
		sec := ""
		if len(a.Sections) > 0 {
			sec = a.Sections[len(a.Sections)-1]
		}
		a.Paragraphs = append(a.Paragraphs, Paragraph{
			ArticleID: id,
			Title:     a.Title,
			N:         len(a.Paragraphs) + 1,
			Section:   sec,
			Text:      b.text,
			Hash:      HashText(b.text),
		})
	}
	if len(a.Paragraphs) == 0 {
		return Article{}, ErrNoParagraphs
	}
	if a.Language == "" {
		var all strings.Builder
		for _, p := range a.Paragraphs {
			all.WriteString(p.Text)
		}
		a.Language = text.Language(all.String())
	}
	for i := range a.Paragraphs {
		a.Paragraphs[i].Ref = MakeRef(id, a.Paragraphs[i].N)
		a.Paragraphs[i].Language = a.Language
		a.Paragraphs[i].Date = a.Date
		a.Paragraphs[i].Source = a.Source
	}
	return a, nil
}

// parseFrontMatter reads a leading "---" block of "key: value" lines into a
// and returns the text after it. Text without front matter is returned as is.
func parseFrontMatter(text string, a *Article) string {
	rest, ok := strings.CutPrefix(text, "---\n")
	if !ok {
		return text
	}
	// The leading "\n" lets an empty block ("---\n---\n") close at once.
	block, body, ok := strings.Cut("\n"+rest, "\n---")
	if !ok {
		return text
	}
	for _, l := range strings.Split(block, "\n") {
		k, v, ok := strings.Cut(l, ":")
		if !ok {
			continue
		}
		v = strings.Trim(strings.TrimSpace(v), `"'`)
		switch strings.ToLower(strings.TrimSpace(k)) {
		case "title":
			a.Title = v
		case "date":
			a.Date = v
		case "source", "url":
			a.Source = v
		case "language", "lang":
			a.Language = languageCode(v)
		}
	}
	_, body, _ = strings.Cut(body, "\n") // the rest of the closing "---" line
	return body
}

// languageCode turns a front-matter language into the code the rest of
// casebot compares with text.Language's: its primary subtag, lower-cased
// ("ar-EG" and "AR_eg" give "ar"), or the code of a language written out
// in full ("Arabic", "English").
func languageCode(v string) string {
	v = strings.ToLower(strings.TrimSpace(v))
	if i := strings.IndexAny(v, "-_"); i > 0 {
		v = v[:i]
	}
	switch v {
	case "arabic", "العربية", "عربي", "ara":
		return "ar"
	case "english", "eng":
		return "en"
	}
	return v
}

// blockKind tells what a block of text is.
type blockKind int

const (
	paraBlock    blockKind = iota // a citable paragraph
	headingBlock                  // a section heading
	teaserBlock                   // a "read also" link to another story
)

// block is one candidate paragraph, heading or teaser.
type block struct {
	kind blockKind
	text string
}

// blocks groups lines into paragraphs, headings and teasers. A file that
// separates its paragraphs with blank lines may wrap them over several
// lines, which are joined; a file with no blank line between two lines of
// text has one paragraph per line. Markdown "#" lines are always headings.
// In a blank-separated file, a short line without closing punctuation is a
// heading only at the start of its group of lines, and only when it is not
// the first line of a wrapped paragraph (the next line's first word would
// have fitted on it). A teaser line ends its paragraph, and the rest of the
// group is the teaser wrapped over several lines.
func blocks(lines []string) []block {
	blankSeparated, text, gap, width := false, false, false, 0
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" {
			gap = text
			continue
		}
		blankSeparated = blankSeparated || gap
		text = true
		width = max(width, utf8.RuneCountInString(t))
	}
	var out []block
	if !blankSeparated {
		for _, l := range lines {
			t := strings.TrimSpace(l)
			switch {
			case t == "":
			case isTeaser(t):
				out = append(out, block{teaserBlock, t})
			case isHeading(t):
				out = append(out, block{headingBlock, t})
			default:
				out = append(out, block{paraBlock, t})
			}
		}
		return out
	}
	var group []string
	flush := func() {
		for len(group) > 0 && !isTeaser(group[0]) && isHeading(group[0]) &&
			(len(group) == 1 || !wrapped(group[0], group[1], width)) {
			out = append(out, block{headingBlock, group[0]})
			group = group[1:]
		}
		for i, t := range group {
			if isTeaser(t) {
				if i > 0 {
					out = append(out, block{paraBlock, strings.Join(group[:i], " ")})
				}
				out = append(out, block{teaserBlock, strings.Join(group[i:], " ")})
				group = nil
				return
			}
		}
		if len(group) > 0 {
			out = append(out, block{paraBlock, strings.Join(group, " ")})
		}
		group = nil
	}
	for _, l := range lines {
		t := strings.TrimSpace(l)
		switch {
		case t == "":
			flush()
		case isMarkdownHeading(t):
			flush()
			out = append(out, block{headingBlock, t})
		default:
			group = append(group, t)
		}
	}
	flush()
	return out
}

// wrapped reports whether line looks cut short by wrapping: the first word
// of next would not have fitted on it within width characters.
func wrapped(line, next string, width int) bool {
	word, _, _ := strings.Cut(next, " ")
	return utf8.RuneCountInString(line)+1+utf8.RuneCountInString(word) > width
}

// isMarkdownHeading reports whether t is an ATX heading: one to six "#"
// followed by a space or nothing. "#OpenAI trended…" is a hashtag, not a heading.
func isMarkdownHeading(t string) bool {
	n := len(t) - len(strings.TrimLeft(t, "#"))
	return n >= 1 && n <= 6 && (n == len(t) || t[n] == ' ' || t[n] == '\t')
}

// isHeading reports whether a line is a section heading: a Markdown heading,
// or a short line (at most 9 words, 80 characters) that does not end like a
// sentence.
func isHeading(t string) bool {
	if isMarkdownHeading(t) {
		return true
	}
	if utf8.RuneCountInString(t) > 80 || len(strings.Fields(t)) > 9 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(t, "*_ "))
	switch last {
	case '.', '!', '?', '؟', ':', '،', ',', ';', '؛', '…', '"', '”', '»', ')':
		return false
	}
	return true
}

// teaserPrefixes open lines that advertise other stories. They are compared
// after text.Fold, so hamza and diacritic variants match too.
var teaserPrefixes = []string{
	"اقرا ايضا", "اقرا كذلك", "اقرا المزيد", "طالع ايضا", "شاهد ايضا",
	"read also", "read more", "also read", "see also", "related:", "more:",
}

// isTeaser reports whether a line is a "read also" link to another story.
func isTeaser(t string) bool {
	f := text.Fold(t)
	for _, p := range teaserPrefixes {
		if strings.HasPrefix(f, p) {
			return true
		}
	}
	return false
}
