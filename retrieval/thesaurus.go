package retrieval

import (
	_ "embed"
	"slices"
	"strings"
)

//go:embed thesaurus_ar.txt
var thesaurusText string

// thesaurusArticleText holds synonym groups for the words of the default
// article's kind of news, written word by word from its paragraphs (the
// common standard and colloquial ways to say each), in the format of
// thesaurus_ar.txt.
//
//go:embed thesaurus_article_ar.txt
var thesaurusArticleText string

// arabicThesaurusText is every Arabic synonym list, one after the other:
// a group is numbered by its line in this text, so groups of different
// files never share a number.
func arabicThesaurusText() string {
	return baseThesaurusText() + "\n" + thesaurusArticleText
}

// baseThesaurusText is the general synonym lists without the article's
// (the cross-language path's embedder uses these; see Build).
func baseThesaurusText() string {
	return thesaurusText + "\n" + thesaurusMoreText
}

// Query expansion weights: a synonym found in a paragraph counts for less
// than the word the asker used.
const (
	// synonymWeight scales BM25 scores of terms added by the thesaurus.
	synonymWeight = 0.6
	// synonymCredit is the share of a query term's weight a paragraph earns,
	// when judging coverage, by having one of the term's synonyms instead.
	synonymCredit = 0.8
)

// thesaurus maps an analysed term to the other words of its synonym groups,
// as written (so the dense side can embed them too). It is built from
// thesaurus_ar.txt and never changes after.
type thesaurus struct {
	words  map[string][]string // term -> synonym words as written
	terms  map[string][]string // term -> analysed synonym terms
	groups map[string][]int    // term -> the synonym groups (lines) it is in
}

func parseThesaurus(text string) thesaurus {
	th := thesaurus{words: map[string][]string{}, terms: map[string][]string{}, groups: map[string][]int{}}
	for group, line := range listLines(text) {
		ws := strings.Fields(line)
		for _, w := range ws {
			for _, t := range Tokens(w) {
				if !slices.Contains(th.groups[t], group) {
					th.groups[t] = append(th.groups[t], group)
				}
				for _, o := range ws {
					if o == w {
						continue
					}
					for _, ot := range Tokens(o) {
						if ot != t && !contains(th.terms[t], ot) {
							th.terms[t] = append(th.terms[t], ot)
							th.words[t] = append(th.words[t], o)
						}
					}
				}
			}
		}
	}
	return th
}

func contains(s []string, x string) bool {
	for _, v := range s {
		if v == x {
			return true
		}
	}
	return false
}

// expand returns the synonym terms of terms that are not among terms
// themselves, and the same synonyms as written words.
func (th thesaurus) expand(terms []string) (extra []string, text string) {
	have := map[string]bool{}
	for _, t := range terms {
		have[t] = true
	}
	var ws []string
	for _, t := range terms {
		for i, s := range th.terms[t] {
			if !have[s] {
				have[s] = true
				extra = append(extra, s)
				ws = append(ws, th.words[t][i])
			}
		}
	}
	return extra, strings.Join(ws, " ")
}
