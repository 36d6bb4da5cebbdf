package casefile

import (
	"fmt"
	"strings"

	"casebot/corpus"
	"casebot/text"
)

// CheckTimeline returns one error per line of tl that its citations do not
// support: a citation to no paragraph of c, a quote that is not verbatim in
// its paragraph, a line text found in none of its cited paragraphs, or a
// "when" that none of them writes. nil means every line holds.
func CheckTimeline(c *corpus.Corpus, tl Timeline) []error {
	var errs []error
	for _, e := range append(append([]Event(nil), tl.Events...), tl.Undated...) {
		if len(e.Citations) == 0 {
			errs = append(errs, fmt.Errorf("event %q has no citation", text.TruncateRunes(e.Text, 60)))
			continue
		}
		textOK := false
		var paras []string
		for _, ci := range e.Citations {
			p, err := checkCitation(c, ci)
			if err != nil {
				errs = append(errs, fmt.Errorf("event %q: %w", text.TruncateRunes(e.Text, 60), err))
				continue
			}
			paras = append(paras, p.Text)
			textOK = textOK || strings.Contains(p.Text, e.Text)
		}
		if !textOK {
			errs = append(errs, fmt.Errorf("event %q is in none of its cited paragraphs", text.TruncateRunes(e.Text, 60)))
		}
		var own []string
		for _, ci := range e.Citations {
			for _, r := range e.WrittenCites {
				if ci.Ref == r {
					if p, ok := c.Lookup(r); ok {
						own = append(own, p.Text)
					}
				}
			}
		}
		if e.Written != "" && !quotesIn(e.Written, own) {
			errs = append(errs, fmt.Errorf("the written line %q quotes nothing its paragraphs say", text.TruncateRunes(e.Written, 60)))
		}
		for _, w := range strings.Split(e.When, " / ") {
			if w = strings.TrimSpace(w); w == "" {
				continue
			}
			found := false
			for _, p := range paras {
				found = found || strings.Contains(p, w)
			}
			if !found {
				errs = append(errs, fmt.Errorf("event %q: its time %q is in none of its cited paragraphs", text.TruncateRunes(e.Text, 60), w))
			}
		}
	}
	return errs
}

// CheckPeople returns one error per role or fact of people that its
// citation does not support: a citation to no paragraph of c, a quote not
// verbatim in it, or a paragraph that does not name the person (in any of
// the spellings listed for them).
func CheckPeople(c *corpus.Corpus, people []Person) []error {
	var errs []error
	for _, pe := range people {
		for _, f := range append(append([]Fact(nil), pe.Roles...), pe.Facts...) {
			p, err := checkCitation(c, f.Citation)
			if err != nil {
				errs = append(errs, fmt.Errorf("%s: %w", pe.Name, err))
				continue
			}
			if !strings.Contains(p.Text, f.Text) {
				errs = append(errs, fmt.Errorf("%s: %q is not in %s", pe.Name, text.TruncateRunes(f.Text, 60), p.Ref))
			}
			named := false
			for _, s := range pe.Spellings {
				named = named || strings.Contains(text.Fold(p.Text), text.Fold(s))
			}
			if !named {
				errs = append(errs, fmt.Errorf("%s: %s does not name them", pe.Name, p.Ref))
			}
		}
	}
	return errs
}

// checkCitation finds the cited paragraph and checks the quote is in it.
func checkCitation(c *corpus.Corpus, ci Citation) (corpus.Paragraph, error) {
	p, ok := c.Lookup(ci.Ref)
	if !ok || p.Ref != ci.Ref {
		return corpus.Paragraph{}, fmt.Errorf("cites %q, which is no paragraph of the corpus", ci.Ref)
	}
	if ci.Quote == "" || !strings.Contains(p.Text, ci.Quote) {
		return p, fmt.Errorf("the quote %q is not verbatim in %s", text.TruncateRunes(ci.Quote, 60), ci.Ref)
	}
	return p, nil
}

// quotesIn reports whether line holds at least one «quotation» and every
// one of them is in one of paras (compared folded, punctuation aside).
func quotesIn(line string, paras []string) bool {
	n := 0
	for {
		i := strings.Index(line, "«")
		if i < 0 {
			break
		}
		j := strings.Index(line[i:], "»")
		if j < 0 {
			break
		}
		q := text.FoldForQuote(line[i+len("«") : i+j])
		line = line[i+j+len("»"):]
		if q == "" {
			continue
		}
		found := false
		for _, p := range paras {
			found = found || strings.Contains(" "+text.FoldForQuote(p)+" ", " "+q+" ")
		}
		if !found {
			return false
		}
		n++
	}
	return n > 0
}
