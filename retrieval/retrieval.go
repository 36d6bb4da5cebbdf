// Package retrieval finds the paragraphs of a corpus that answer a question,
// in Arabic or English.
//
// Every paragraph is indexed twice: as a vector in an in-memory chromem-go
// collection (the dense side) and as analysed terms in a BM25 index (the
// lexical side). A query runs on both and the two rankings are fused. The
// index also judges whether the corpus answers the query at all, so callers
// can abstain instead of citing a paragraph that merely shares a word.
//
// Text analysis (analysis.go) normalises Arabic (diacritics, tatweel, alef
// and hamza forms, alef maqsura, teh marbuta, Arabic-Indic digits), strips
// light prefixes and suffixes in the manner of Lucene's Arabic light stemmer
// while keeping names whole, and folds and stems English.
//
// The embedder is an interface: the offline default hashes character n-grams
// weighted by IDF, and an API embedder can replace it without callers noticing.
package retrieval

import (
	"context"

	"casebot/corpus"
)

// Embedder turns texts into vectors. Implementations need not normalise:
// the index L2-normalises every vector before chromem-go sees it.
type Embedder interface {
	// Model names the embedder and its settings; it keys on-disk caches,
	// so it must change whenever the vectors would.
	Model() string
	// EmbedDocuments returns one vector per text, all of the same length.
	EmbedDocuments(ctx context.Context, texts []string) ([][]float32, error)
	// EmbedQuery returns the vector of a search query.
	EmbedQuery(ctx context.Context, text string) ([]float32, error)
}

// Mode selects which side(s) of the index a search uses.
type Mode int

const (
	// Fused ranks by both sides combined (the default).
	Fused Mode = iota
	// Lexical ranks by BM25 alone.
	Lexical
	// Dense ranks by vector similarity alone.
	Dense
)

// SearchOptions tunes one search. The zero value searches both sides for 5 hits.
type SearchOptions struct {
	// K is how many hits to return (default 5, clamped to the corpus size).
	K int
	// Mode picks the fused, lexical or dense ranking.
	Mode Mode
	// Alternates are other phrasings of the query (for example a model's
	// translation of an English question into the corpus language); their
	// rankings are fused with the query's own.
	Alternates []string
}

// Hit is one paragraph found for a query.
type Hit struct {
	// Paragraph is the paragraph found, as written in the corpus.
	Paragraph corpus.Paragraph
	// Score is the fused score, higher is better, in [0, 1].
	Score float64
	// Lexical is the paragraph's BM25 score (0 when it matched no term).
	Lexical float64
	// Dense is the cosine similarity of the paragraph's vector to the query's.
	Dense float64
}

// Result is the answer to one search.
type Result struct {
	// Query is the query as given.
	Query string
	// Language is the detected language of the query ("ar" or "en").
	Language string
	// Hits are the best paragraphs, best first.
	Hits []Hit
	// Answerable is false when the corpus most likely does not answer the query.
	Answerable bool
	// Confidence is the calibrated score Answerable was decided on, in
	// [0, 1]: under DefaultThreshold the query is about something else;
	// from it to ConfidentAt the corpus is about the subject but the query
	// has words the best paragraphs do not carry; from ConfidentAt they
	// carry all of them.
	Confidence float64
	// Related is false only when the query is clearly about something
	// else than the corpus (nothing matched, it names only things the
	// corpus never mentions, or it asks about the asker): a model need not
	// be asked.
	Related bool
	// Asked is the kind of fact the query asks for, when its wording says.
	Asked Asked
	// Foreign lists, as written in the query, things it names that the
	// corpus never mentions (other companies, people, places, subjects).
	Foreign []string
	// Unknown lists the query's content words the corpus has nowhere.
	Unknown []string
	// Degraded, when not empty, says why the dense side had no part in
	// this search although it was asked for (an embedding service that is
	// down, unusable vectors): the hits are ranked by keywords alone.
	Degraded string
}
