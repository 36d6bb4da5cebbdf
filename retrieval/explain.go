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
	// Standard is the query read into the corpus's standard words
	// (colloquial forms, glossary translations of English words, Latin
	// names, respellings), the text retrieval analyses; "" when it reads
	// as written.
	Standard string `json:"standard,omitempty"`
	// Mappings are the content words read differently, "as written → the
	// analysed terms they were read as" (fired → اقال اقيل ابعاد), in the
	// order of the query.
	Mappings []string `json:"mappings,omitempty"`
	// Dialect counts the colloquial forms recognised; ReadAs is then the
	// whole question in standard words (ليش → لماذا).
	Dialect int    `json:"dialect,omitempty"`
	ReadAs  string `json:"read_as,omitempty"`
	// Terms are the analysed terms (folded, stemmed, stop words removed).
	Terms []string `json:"terms"`
	// Unknown are the terms no paragraph of the corpus has.
	Unknown []string `json:"unknown,omitempty"`
	// Foreign are the things the query names that the corpus never mentions.
	Foreign []string `json:"foreign,omitempty"`
	// Expansions are the thesaurus synonyms added to the query, as words.
	Expansions []string `json:"expansions,omitempty"`
}

// Explain analyses query the way Search does, and reports each step.
func (ix *Index) Explain(query string) QueryAnalysis {
	a := QueryAnalysis{Query: query, Language: text.Language(query), Terms: []string{}}
	sq := ix.standardize(query)
	a.Dialect, a.Foreign = sq.dialect, sq.foreign
	if sq.dialect > 0 {
		a.ReadAs = sq.question
	}
	for _, u := range sq.units {
		read := append([]string(nil), u.terms...)
		if len(u.terms) == 1 && (u.terms[0] == term(u.word) || u.terms[0] == u.word) {
			continue
		}
		if len(read) > 0 && strings.Join(Tokens(u.word), " ") != strings.Join(read, " ") {
			a.Mappings = append(a.Mappings, u.word+" → "+strings.Join(read, " "))
		}
	}
	analysed := ix.analyse(query)
	if strings.Join(Tokens(analysed), " ") != strings.Join(Tokens(query), " ") {
		a.Standard = analysed
	}
	a.Terms = Tokens(analysed)
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

// Reading is an Arabic query read whole in the corpus's standard words,
// function words included, as the searcher reads it (colloquial forms,
// misspellings, clitics: «عالرسالة اللي بيهددوا» → «الرساله الذي
// يهددوا»); any other query, or one read as written, is returned as
// given. It lets an answerer weigh the question's own words in the
// spelling the paragraphs use.
func (ix *Index) Reading(query string) string {
	if text.Language(query) != "ar" {
		return query
	}
	if sq := ix.standardize(query); strings.TrimSpace(sq.question) != "" {
		return sq.question
	}
	return query
}
