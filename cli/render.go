package cli

import (
	"fmt"
	"io"
	"strings"

	"casebot/answer"
	"casebot/corpus"
	"casebot/text"
)

// Text output keeps each piece of right-to-left text on lines of its own,
// with labels and references on separate lines, so that terminals with or
// without bidirectional support show it in reading order. No invisible
// direction marks are added: they would end up in copied text.

func label(lang, ar, en string) string {
	if lang == "ar" {
		return ar
	}
	return en
}

// renderBody prints a notice, if any, then the answer or summary text.
func renderBody(ew *errWriter, lang, notice, text string) {
	if notice != "" {
		ew.printf("%s %s\n\n", label(lang, "تنبيه:", "Note:"), notice)
	}
	ew.printf("%s\n", text)
}

// renderRemoved lists the model's sentences the claim check removed.
func renderRemoved(ew *errWriter, lang string, claims []answer.Claim) {
	head := false
	for _, c := range claims {
		if c.Supported || c.Why(lang) == "" || c.Reason == "lead_in" {
			continue
		}
		if !head {
			ew.printf("\n%s\n", label(lang, "جمل أُزيلت من رد النموذج اللغوي:", "Removed from the language model's reply:"))
			head = true
		}
		ew.printf("  - %s (%s)\n", c.Text, c.Why(lang))
	}
}

func renderAnswer(w io.Writer, a answer.Answer) error {
	ew := &errWriter{w: w}
	renderBody(ew, a.Language, a.Notice, a.Answer)
	renderRemoved(ew, a.Language, a.Claims)
	if len(a.Citations) > 0 {
		head := label(a.Language, "المصادر:", "Sources:")
		if a.Abstained {
			head = label(a.Language, "أقرب الفقرات:", "Closest paragraphs:")
		}
		ew.printf("\n%s\n", head)
		attribute := needsAttribution(a.Citations)
		for _, c := range a.Citations {
			renderCitation(ew, c, a.Language, attribute)
		}
	}
	return ew.err
}

// needsAttribution reports whether citations need their article's line
// (title, date, source): not when they all come from one article that has
// neither a date nor a source, where the line would only repeat the title.
func needsAttribution(cits []answer.Citation) bool {
	for _, c := range cits {
		if c.Article != cits[0].Article || c.Date != "" || c.Source != "" || len(c.AlsoIn) > 0 {
			return true
		}
	}
	return false
}

// renderCitation prints one citation of an answer in language lang: its
// paragraph's language is named when it differs, and its article's line
// when attribute is set.
func renderCitation(ew *errWriter, c answer.Citation, lang string, attribute bool) {
	ew.printf("[%d] %s", c.N, c.Ref)
	if c.Section != "" {
		ew.printf(" · %s", c.Section)
	}
	if c.Language != "" && c.Language != lang {
		ew.printf(" (%s)", c.Language)
	}
	if !c.Verified && !c.Supported {
		ew.printf(" (quote not verified)")
	}
	ew.printf("\n")
	if attribute {
		renderArticleLine(ew, c.Title, c.Date, c.Source, c.Older)
	}
	for _, x := range c.AlsoIn {
		ew.printf("    also: %s", x.Ref)
		renderArticleLine(ew, " "+x.Title, x.Date, x.Source, false)
	}
	if c.Translation != "" {
		ew.printf("    translation (by the model): %s\n", c.Translation)
	}
	ew.printf("    %s\n", text.TruncateRunes(c.Text, maxParagraphRunes))
}

// Text output is bounded: a summary lists at most maxSummaryPoints points
// and a paragraph in an answer or a search listing at most maxParagraphRunes
// characters (--json gives everything; `source` prints a paragraph whole).
const (
	maxSummaryPoints  = 30
	maxParagraphRunes = 2000
)

func renderSummary(w io.Writer, s answer.Summary) error {
	ew := &errWriter{w: w}
	text, cut := capLines(s.Summary, maxSummaryPoints+1) // the heading line, then the points
	if cut > 0 {
		text += "\n" + label(s.Language,
			fmt.Sprintf("… و%d نقطة أخرى (يعرضها casebot summary --json كلها)", cut),
			fmt.Sprintf("… and %d more point(s) (casebot summary --json lists them all)", cut))
	}
	renderBody(ew, s.Language, s.Notice, text)
	renderRemoved(ew, s.Language, s.Claims)
	if len(s.Citations) > 0 {
		ew.printf("\n%s\n", label(s.Language, "المصادر:", "Sources:"))
		for _, c := range s.Citations {
			if cut > 0 && !strings.Contains(text, fmt.Sprintf("[%d]", c.N)) {
				continue // its point was not shown
			}
			ew.printf("[%d] %s", c.N, c.Ref)
			if c.Section != "" {
				ew.printf(" · %s", c.Section)
			}
			ew.printf("\n")
		}
	}
	return ew.err
}

func renderSearch(w io.Writer, s searchJSON) error {
	ew := &errWriter{w: w}
	verdict := "the corpus seems to answer this"
	if !s.Answerable {
		verdict = "the corpus probably does not answer this"
	}
	if s.Notice != "" {
		ew.printf("Note: %s\n\n", s.Notice)
	}
	ew.printf("%d hit(s), %s ranking; confidence %.2f: %s\n", len(s.Hits), s.Mode, s.Confidence, verdict)
	for i, h := range s.Hits {
		ew.printf("\n%d. %s  score %.3f (bm25 %.2f, cosine %.2f)\n", i+1, h.Ref, h.Score, h.Lexical, h.Dense)
		if h.Section != "" {
			ew.printf("   %s\n", h.Section)
		}
		ew.printf("   %s\n", text.TruncateRunes(h.Text, maxParagraphRunes))
	}
	return ew.err
}

func renderParagraph(w io.Writer, p corpus.Paragraph) error {
	ew := &errWriter{w: w}
	ew.printf("%s (paragraph %d)\n%s\n", p.Ref, p.N, p.Title)
	if p.Section != "" {
		ew.printf("%s\n", p.Section)
	}
	ew.printf("\n%s\n", strings.TrimSpace(p.Text))
	return ew.err
}

// capLines keeps the first n lines of s and says how many it dropped.
func capLines(s string, n int) (string, int) {
	lines := strings.Split(s, "\n")
	if len(lines) <= n {
		return s, 0
	}
	return strings.Join(lines[:n], "\n"), len(lines) - n
}

// errWriter remembers the first write error, so rendering code stays linear.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}
