// Package corpus turns a folder of news articles into citable paragraphs.
//
// An article is one UTF-8 .txt or .md file. It may open with a small front
// matter block between two "---" lines:
//
//	---
//	title: كواليس صادمة تكشف سبب إقالة سام ألتمان
//	date: 2025-05-20
//	source: https://example.com/article
//	language: ar
//	---
//
// Without front matter, the first non-empty line is the title. The rest of
// the file is cut into paragraphs at line breaks, or, in a file that puts
// blank lines between its paragraphs, at blank lines (the lines of a wrapped
// paragraph are joined with spaces). Short lines without closing punctuation
// (and Markdown "#" lines) are section headings: they name the section of
// the paragraphs that follow and are never cited themselves.
// Teasers for other stories ("اقرأ أيضًا: …", "Read also: …") are dropped.
//
// Every paragraph gets a stable reference, "<article id>#<n>", where the
// article id is the file name without its extension and n counts the
// article's paragraphs from 1. The reference does not change when another
// article is added, and a content hash lets caches notice edits.
//
// The package imports nothing else of casebot; it is the bottom layer.
package corpus

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// Paragraph is the unit of citation: one paragraph of one article.
type Paragraph struct {
	// Ref is the stable reference "<article id>#<n>", e.g. "openai-altman-ouster-2023#4".
	Ref string `json:"ref"`
	// ArticleID is the id of the article the paragraph belongs to.
	ArticleID string `json:"article_id"`
	// Title is the title of that article.
	Title string `json:"title"`
	// N is the paragraph's number in its article, counting from 1.
	N int `json:"paragraph"`
	// Section is the heading the paragraph sits under, or "" before the first heading.
	Section string `json:"section"`
	// Text is the paragraph exactly as written in the article (trimmed of surrounding space).
	Text string `json:"text"`
	// Hash is the hex SHA-256 of Text, for caches keyed by content.
	Hash string `json:"hash"`
	// Language is the article's language code ("ar", "en"...).
	Language string `json:"language"`
	// Date is the article's publication date from its front matter ("" when undated).
	Date string `json:"date,omitempty"`
	// Source is the article's URL from its front matter, if any.
	Source string `json:"source,omitempty"`
}

// Article is one source article and its paragraphs.
type Article struct {
	// ID is the file name without extension; it prefixes every paragraph reference.
	ID string `json:"id"`
	// Title is the front-matter title or the file's first line.
	Title string `json:"title"`
	// Date is the publication date from the front matter, if any.
	Date string `json:"date,omitempty"`
	// Source is the article's URL from the front matter, if any.
	Source string `json:"source,omitempty"`
	// Language is the front-matter language, or the one detected from the text.
	Language string `json:"language"`
	// Path is where the article was read from, for messages.
	Path string `json:"path"`
	// Sections lists the article's headings in order.
	Sections []string `json:"sections,omitempty"`
	// Paragraphs holds the citable paragraphs in order.
	Paragraphs []Paragraph `json:"paragraphs"`
}

// Corpus is a set of articles about one case.
type Corpus struct {
	// Articles are sorted by ID.
	Articles []Article
	// Warnings lists files that were skipped or trimmed, each naming the file.
	Warnings []string

	byRef map[string]int // ref -> index into paras
	paras []Paragraph
}

// New builds a corpus from articles already parsed, sorting them by ID.
// It fails when two articles share an ID or when there is no paragraph at all.
func New(articles []Article, warnings []string) (*Corpus, error) {
	sort.Slice(articles, func(i, j int) bool { return articles[i].ID < articles[j].ID })
	c := &Corpus{Articles: articles, Warnings: warnings, byRef: map[string]int{}}
	paths := map[string]string{} // article id -> path
	for _, a := range articles {
		if prev, dup := paths[a.ID]; dup {
			return nil, fmt.Errorf("corpus: %s and %s both have the article id %q (rename one of them)", prev, a.Path, a.ID)
		}
		paths[a.ID] = a.Path
		for _, p := range a.Paragraphs {
			if _, dup := c.byRef[p.Ref]; dup {
				return nil, fmt.Errorf("corpus: two paragraphs have the reference %q (%s)", p.Ref, a.Path)
			}
			c.byRef[p.Ref] = len(c.paras)
			c.paras = append(c.paras, p)
		}
	}
	if len(c.paras) == 0 {
		return nil, fmt.Errorf("corpus: no paragraphs found in %d article(s)", len(articles))
	}
	return c, nil
}

// Paragraphs returns every paragraph of every article, in article then paragraph order.
// The slice is shared; callers must not modify it.
func (c *Corpus) Paragraphs() []Paragraph { return c.paras }

// Lookup finds a paragraph by reference. Besides the full "<id>#<n>" form it
// accepts "#n", "n" and "p<n>" when the corpus has a single article, and is
// forgiving about surrounding space and case.
func (c *Corpus) Lookup(ref string) (Paragraph, bool) {
	ref = strings.TrimSpace(ref)
	if i, ok := c.byRef[ref]; ok {
		return c.paras[i], true
	}
	if i, ok := c.byRef[strings.ToLower(ref)]; ok {
		return c.paras[i], true
	}
	if len(c.Articles) == 1 {
		n := strings.TrimPrefix(strings.TrimPrefix(strings.ToLower(ref), "#"), "p")
		if k, err := strconv.Atoi(n); err == nil {
			if i, ok := c.byRef[MakeRef(c.Articles[0].ID, k)]; ok {
				return c.paras[i], true
			}
		}
	}
	return Paragraph{}, false
}

// Version is a short hash of every paragraph's reference, content, section
// and article title: it changes whenever anything an answer can show
// changes, and only then.
func (c *Corpus) Version() string {
	h := sha256.New()
	for _, p := range c.paras {
		for _, s := range []string{p.Ref, p.Hash, p.Section, p.Title, p.Date, p.Source} {
			h.Write([]byte(s))
			h.Write([]byte{0})
		}
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// Language returns the language most paragraphs are written in.
func (c *Corpus) Language() string {
	count := map[string]int{}
	best, n := "", -1
	for _, p := range c.paras {
		count[p.Language]++
	}
	for lang, k := range count {
		if k > n || (k == n && lang < best) {
			best, n = lang, k
		}
	}
	return best
}

// MakeRef builds the reference of paragraph n of the article id.
func MakeRef(articleID string, n int) string { return articleID + "#" + strconv.Itoa(n) }

// HashText returns the content hash used for Paragraph.Hash.
func HashText(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}
