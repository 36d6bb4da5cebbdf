package retrieval

import (
	"strings"

	"casebot/text"
)

// QueryAnalysis is a query as the index reads it: what Search matches the
// paragraphs against. It is for people checking an answer ("how was this
// answered?"), so it names words, not internal ids.
type QueryAnalysis struct {
	// Query is the query as given.
	Query string `json:"query"`
	// Language is its detected language.
	Language string `json:"language"`
	// Translated is the query rewritten word by word into the corpus
	// language through the glossary (an English question over an Arabic
	// corpus); "" when no rewrite was made.
	Translated string `json:"translated,omitempty"`
	// Respelled is the query after common respellings that made unknown
	// words known (التمان → ألتمان); "" when none applied.
	Respelled string `json:"respelled,omitempty"`
	// Terms are the analysed terms (folded, stemmed, stop words removed).
	Terms []string `json:"terms"`
	// Unknown are the terms no paragraph of the corpus has.
	Unknown []string `json:"unknown,omitempty"`
	// Expansions are the thesaurus synonyms added to the query, as words.
	Expansions []string `json:"expansions,omitempty"`
}

// Explain analyses query the way Search does, and reports each step.
func (ix *Index) Explain(query string) QueryAnalysis {
	a := QueryAnalysis{Query: query, Language: text.Language(query), Terms: []string{}}
	v := ix.crossLanguage(query)
	if v != query {
		a.Translated = v
	}
	r := ix.restoreHamza(v)
	if r != v {
		a.Respelled = r
	}
	a.Terms = Tokens(r)
	if a.Terms == nil {
		a.Terms = []string{}
	}
	for _, t := range a.Terms {
		if !ix.known(t) && !contains(a.Unknown, t) {
			a.Unknown = append(a.Unknown, t)
		}
	}
	_, words := ix.thesaurus.expand(a.Terms)
	a.Expansions = strings.Fields(words)
	return a
}
