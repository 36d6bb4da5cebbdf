package answer

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"casebot/corpus"
	"casebot/text"
)

// Model text is untrusted: it is made safe here, once, before it is
// checked and before any front end (terminal, Discord, --json) sees it.
//
//   - C0/C1 control characters, terminal escape sequences and bidi/format
//     characters are removed (text.StripControl), so "16" cannot be shown
//     as "61" and nothing can retitle, clear or hyperlink a terminal;
//   - HTML tags and comments are removed, keeping the words between them;
//   - masked links [words](http://…) keep only their words, and bare links
//     to places the corpus never mentions are replaced by a label;
//   - Discord mention syntax is removed and @everyone/@here cannot ping;
//   - the text is capped (maxAnswerRunes, maxSummaryRunes) at a sentence
//     end, and the answer says so.

// Caps on a model's reply, in characters. The prompt asks for five
// sentences or seven bullet points; a reply ten times longer is not an
// answer to show whole.
const (
	maxAnswerRunes  = 3000
	maxSummaryRunes = 4000
)

// cleaned is model text made safe to check and show.
type cleaned struct {
	Text string
	// Cut is true when the text was longer than the cap and was cut.
	Cut bool
	// Links counts the links removed.
	Links int
}

var (
	htmlComment = regexp.MustCompile(`(?s)<!--.*?(?:-->|$)`)
	htmlBlock   = regexp.MustCompile(`(?is)<(script|style|iframe|object|embed|svg|math|template)\b[^>]*>.*?(?:</(?:script|style|iframe|object|embed|svg|math|template)\s*>|$)`)
	htmlTag     = regexp.MustCompile(`</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>`)
	// maskedLink matches [words](target) and ![words](target) where target
	// looks like a link: a scheme, //, www., or a path.
	maskedLink = regexp.MustCompile(`!?\[([^\[\]\n]*)\]\(\s*<?((?i:[a-z][a-z0-9+.-]*:|//|www\.|/)[^()\s<>]*)>?(?:\s+(?:"[^"\n]*"|'[^'\n]*'))?\s*\)`)
	// bareLink matches links a terminal or Discord would make clickable.
	bareLink = regexp.MustCompile(`(?i)\b(?:https?|ftp|file|javascript|data|vbscript|mailto|discord):[^\s<>«»"“”‹›]+|\bwww\.[^\s<>«»"“”‹›]+`)
	// discordMention matches user, role, channel and emoji mentions.
	discordMention = regexp.MustCompile(`<@[!&]?\d+>|<#\d+>|<a?:\w+:\d+>|<t:\d+(?::[a-zA-Z])?>`)
	everyone       = regexp.MustCompile(`@(everyone|here)\b`)
)

// linkSet is the links a corpus mentions, normalised by normLink.
type linkSet map[string]bool

// corpusLinks collects the links in c's paragraphs, headings and article
// sources.
func corpusLinks(c *corpus.Corpus) linkSet {
	out := linkSet{}
	if c == nil {
		return out
	}
	add := func(s string) {
		for _, l := range bareLink.FindAllString(s, -1) {
			out[normLink(l)] = true
		}
	}
	for _, a := range c.Articles {
		add(a.Source)
		add(a.Title)
	}
	for _, p := range c.Paragraphs() {
		add(p.Section)
		add(p.Text)
	}
	return out
}

// normLink is the form in which links are compared: lower case, without
// scheme, "www.", trailing punctuation or slash.
func normLink(l string) string {
	l = strings.ToLower(trimLinkEnd(l))
	if i := strings.Index(l, "://"); i >= 0 {
		l = l[i+3:]
	}
	l = strings.TrimPrefix(l, "www.")
	return strings.TrimRight(l, "/")
}

// trimLinkEnd drops the punctuation that ends a sentence after a link.
func trimLinkEnd(l string) string {
	return strings.TrimRight(l, ".,;:!?)]}'\"،؛؟…")
}

// cleanModelText makes a model's reply safe to check and show (see the
// comment at the top of this file), capped at capRunes characters.
func cleanModelText(s string, links linkSet, capRunes int) cleaned {
	var c cleaned
	s = text.NFC(text.StripControl(s))
	s = htmlComment.ReplaceAllString(s, "")
	s = htmlBlock.ReplaceAllString(s, "")
	s = htmlTag.ReplaceAllString(s, "")
	s = discordMention.ReplaceAllString(s, "")
	s = everyone.ReplaceAllString(s, "＠$1")
	s = maskedLink.ReplaceAllStringFunc(s, func(m string) string {
		c.Links++
		return strings.TrimSpace(maskedLink.FindStringSubmatch(m)[1])
	})
	s = bareLink.ReplaceAllStringFunc(s, func(m string) string {
		core := trimLinkEnd(m)
		if links[normLink(core)] {
			return m
		}
		c.Links++
		return linkRemoved + m[len(core):]
	})
	s = strings.TrimSpace(s)
	if capRunes > 0 && utf8.RuneCountInString(s) > capRunes {
		s = cutAtSentence(s, capRunes)
		c.Cut = true
	}
	c.Text = s
	return c
}

// linkRemoved stands where a link was removed.
const linkRemoved = "[link removed]"

// cutAtSentence cuts s to at most n characters, at the end of a sentence
// or line when one ends in the last third, else at a space (text.TruncateRunes).
func cutAtSentence(s string, n int) string {
	limit := len(string([]rune(s)[:n]))
	best := -1
	for _, line := range lineSpans(s) {
		for _, sp := range text.SentenceSpans(s[line[0]:line[1]]) {
			if end := line[0] + sp[1]; end <= limit {
				best = end
			}
		}
	}
	if best > 0 && utf8.RuneCountInString(s[:best]) >= 2*n/3 {
		return strings.TrimSpace(s[:best])
	}
	return text.TruncateRunes(s, n)
}

// lineSpans returns the byte spans of s's lines.
func lineSpans(s string) [][2]int {
	var out [][2]int
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			out = append(out, [2]int{start, i})
			start = i + 1
		}
	}
	return append(out, [2]int{start, len(s)})
}
