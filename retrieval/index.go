package retrieval

import (
	"casebot/text"
	"context"
	"errors"
	"fmt"
	"math"
	"strings"
	"sync"
	"unicode"

	"casebot/corpus"
)

// ErrEmptyQuery is returned by Search for a query with no words.
var ErrEmptyQuery = errors.New("retrieval: empty query")

// Fusion selects how the lexical and dense rankings are combined.
type Fusion int

const (
	// FusionWeighted (the default) adds each ranking's scores after min-max
	// scaling, BM25 weighing 0.7 and cosine similarity 0.3
	// (defaultDenseWeight). On the
	// evaluation set it beats RRF, which lets the weaker side's ranks pull
	// the stronger's down (see the README).
	FusionWeighted Fusion = iota
	// FusionRRF is reciprocal rank fusion: each ranking adds 1/(60+rank).
	FusionRRF
)

// defaultDenseWeight is the dense ranking's share in FusionWeighted.
const defaultDenseWeight = 0.3

// DefaultThreshold is the confidence below which a query is judged off the
// corpus's subject (Result.Answerable false). Calibrated on the development
// set testdata/eval/qa.jsonl: every question there about other subjects,
// other companies or the story the article only links to scores under 0.25,
// and none of its 43 answerable questions does. Questions about the case that ask
// what the article does not say (the title of the book, the size of the
// fund) score like answerable ones, 0.3 to 0.75: coverage of the question's
// words cannot tell them apart, which is why answerers hedge below
// ConfidentAt and why a model, when there is one, judges them.
const DefaultThreshold = 0.25

// ConfidentAt is the confidence from which the best paragraphs carry most of
// the question's words; between DefaultThreshold and it an answer is likely
// but the article may not say exactly what was asked.
const ConfidentAt = 0.5

// Options configures Build.
type Options struct {
	// Embedder makes the dense vectors; nil means a HashEmbedder fitted on the corpus.
	Embedder Embedder
	// Fusion picks how rankings are combined (default FusionWeighted).
	Fusion Fusion
	// Threshold is the confidence under which Result.Answerable is false
	// (default DefaultThreshold; negative means never abstain).
	Threshold float64
}

// Index searches one corpus. It is safe for concurrent use.
type Index struct {
	paras []corpus.Paragraph
	lang  string // the corpus language
	bm25  *bm25Index
	// dv holds the dense side (the paragraphs' unit vectors in chromem-go)
	// and its health (embedguard.go).
	dv        *denseGuard
	embedder  Embedder
	fusion    Fusion
	threshold float64
	glossary  glossary
	// phrases holds English phrases read before their words (nil on the
	// cross-language path, whose lexicon reads words only).
	phrases   phraseGlossary
	thesaurus thesaurus
	dialect   dialectLexicon // colloquial Arabic and Arabizi (dialect.go)
	vocab     vocabulary     // corpus words by loose spelling (spelling.go)
	world     world          // names and subjects outside a case (world.go)
	names     caseNames      // the case's people by name (world.go)
	// sx holds each paragraph's sentences for the re-ranker (rerank.go).
	sx sentenceIndex
	// denseWeight is the dense ranking's share in FusionWeighted.
	denseWeight float64
	// lex, when set, makes searches go through query units across
	// languages (crosslang.go).
	lex *lexicon
	// seqs holds each paragraph's analysed terms in order, for the
	// proximity of query units (proximity.go, rerank_near.go).
	seqs [][]string
	// memos remember Match's analyses of queries and texts (matchmemo.go).
	memos matchMemos
	// reports are the first reports of the leadership events, by date
	// (firstReportsOf), worked out once at build time rather than for
	// every event-anchored question.
	reports map[string]map[string]bool
	// entityNext holds, for each entity term of the cross-language
	// lexicon, the terms that follow it in some paragraph (seqs), for
	// nameParts (precedesAny), rather than scanning every paragraph for
	// every name of a question.
	entityNext map[string]map[string]bool
}

// Build indexes every paragraph of c: analysed terms into BM25, vectors into
// an in-memory chromem-go collection.
func Build(ctx context.Context, c *corpus.Corpus, opts Options) (*Index, error) {
	if c == nil {
		return nil, errors.New("retrieval: no corpus to index")
	}
	paras := c.Paragraphs()
	if len(paras) == 0 {
		return nil, errors.New("retrieval: the corpus has no paragraphs")
	}
	texts := make([]string, len(paras))
	docs := make([][]string, len(paras))
	for i, p := range paras {
		texts[i] = p.Section + "\n" + p.Text
		docs[i] = Tokens(texts[i])
		if GivesAge(p.Text) {
			docs[i] = append(docs[i], ageTerm)
		}
	}
	var (
		thes thesaurus
		gl   glossary
		lex  *lexicon
	)
	// The cross-language glossary, parsed once: the lexicon reads it to
	// tell which languages the corpus has, and the cross path keeps it.
	crossGl := parseGlossary(lexiconGlossaryText())
	if l := newLexicon(c, crossGl); len(l.langs) > 1 || c.Language() != "ar" {
		// The cross-language path (several languages, or English) keeps
		// the general lists: the article-vocabulary lists give English
		// words more Arabic translations and Arabic words more synonyms,
		// so a unit's document frequency takes in the Arabic article's
		// common words and the other articles' paragraphs lose to it
		// (measured on i11_dev, i11_dev2, i11_blind1).
		lex = &l
		thes = parseThesaurus(baseThesaurusText())
		gl = crossGl
	} else {
		// The Arabic lists are parsed only for the path that reads them.
		thes = parseThesaurus(arabicThesaurusText())
		gl = parseGlossary(englishArabicGlossaryText())
	}
	emb := opts.Embedder
	if emb == nil {
		if lex != nil {
			he := newHashEmbedder(texts, DefaultHashDim, bilingualGroups(thes.groups))
			he.model += "-bilingual"
			emb = he
		} else {
			emb = newHashEmbedder(texts, DefaultHashDim, thes.groups)
		}
	}
	vecs, err := emb.EmbedDocuments(ctx, texts)
	dv := newDenseGuard(emb, paras, texts)
	if err := dv.install(ctx, vecs, err); err != nil && (opts.Embedder == nil || ctx.Err() != nil) {
		// The offline embedder cannot be down; an API embedder that is
		// leaves the index lexical (see DenseStatus).
		return nil, err
	}
	th := opts.Threshold
	if th == 0 {
		th = DefaultThreshold
	}
	seqs := docs
	names := newCaseNames(englishArabicGlossaryText(), texts, docs)
	sx := newSentenceIndex(texts)
	sx.persons = sentencePersons(texts, names)
	phrases := parsePhrases(glossaryPhrasesText)
	var entityNext map[string]map[string]bool
	if lex != nil {
		phrases = nil
		entityNext = followingTerms(seqs, lex.entities)
	}
	return &Index{
		lex:         lex,
		seqs:        seqs,
		paras:       paras,
		lang:        c.Language(),
		bm25:        newBM25(docs),
		dv:          dv,
		embedder:    emb,
		fusion:      opts.Fusion,
		threshold:   th,
		glossary:    gl,
		phrases:     phrases,
		thesaurus:   thes,
		dialect:     parseDialect(dialectText),
		vocab:       newVocabulary(texts, titles(paras)),
		world:       parseWorld(worldText),
		names:       names,
		sx:          sx,
		denseWeight: denseWeightFor(lex),
		memos:       newMatchMemos(),
		reports:     firstReportsOf(paras),
		entityNext:  entityNext,
	}, nil
}

// Len returns the number of indexed paragraphs.
func (ix *Index) Len() int { return len(ix.paras) }

// Embedder returns the embedder the index was built with.
func (ix *Index) Embedder() Embedder { return ix.embedder }

// ranking is one ordered list of documents with their raw scores.
type ranking struct {
	docs []scored
	lex  bool
}

// search finds the paragraphs that best answer query; Search
// (embedguard.go) runs it and falls back to the lexical side.
func (ix *Index) search(ctx context.Context, query string, opts SearchOptions) (Result, error) {
	res := Result{Query: query, Language: text.Language(query)}
	if len(text.Words(query)) == 0 {
		return res, ErrEmptyQuery
	}
	if err := ctx.Err(); err != nil {
		return res, fmt.Errorf("retrieval: search: %w", err)
	}
	// "GPT-5" is read as one name in every analysis of the query, as
	// text.Words reads it in the paragraphs: its 5 is no count.
	query = text.JoinVersions(query)
	n := len(ix.paras)
	k := opts.K
	if k <= 0 {
		k = 5
	}
	k = min(k, n)
	depth := min(max(4*k, 50), n)

	variants := []string{query}
	for _, a := range opts.Alternates {
		if strings.TrimSpace(a) != "" && len(text.Words(a)) > 0 {
			variants = append(variants, text.JoinVersions(a))
		}
	}
	var (
		rankings []ranking
		lexScore = map[int]float64{}
		denseSim = map[int]float64{}
	)
	// keep adds variant vi's rankings (those its mode runs), the first
	// variant's lexical scores, and each paragraph's best dense similarity.
	keep := func(vi int, lex, dense []scored) {
		if opts.Mode != Dense {
			rankings = append(rankings, ranking{docs: lex, lex: true})
			if vi == 0 {
				for _, s := range lex {
					lexScore[s.doc] = s.score
				}
			}
		}
		if opts.Mode != Lexical {
			rankings = append(rankings, ranking{docs: dense})
			for _, s := range dense {
				denseSim[s.doc] = max(denseSim[s.doc], s.score)
			}
		}
	}
	var views []queryView
	for vi, v := range variants {
		if ix.multilingual() {
			qv := ix.view(v)
			views = append(views, qv)
			lex, dense, err := ix.searchMulti(qv, opts.Mode, depth, func(q string) ([]scored, error) { return ix.dense(ctx, q, depth) })
			if err != nil {
				return res, err
			}
			keep(vi, lex, dense)
			continue
		}
		v0 := v
		v = ix.analyse(v)
		terms := Tokens(v)
		extra, extraText := ix.thesaurus.expand(terms)
		// The two sides are independent: BM25 runs on its own goroutine
		// while the query is embedded and chromem-go scans the vectors.
		var (
			lex []scored
			wg  sync.WaitGroup
		)
		groups := ix.termGroups(v0, terms)
		if opts.Mode != Dense {
			wg.Go(func() {
				if groups != nil {
					lex = ix.bm25.searchGrouped(groups, extra, depth)
				} else {
					lex = ix.bm25.search(terms, extra, depth)
				}
			})
		}
		var (
			dense []scored
			err   error
		)
		if opts.Mode != Lexical {
			dense, err = ix.dense(ctx, strings.TrimSpace(v+" "+extraText), depth)
		}
		wg.Wait()
		if err != nil {
			return res, err
		}
		keep(vi, lex, dense)
	}
	fused := ix.fuse(rankings)
	sq := ix.standardize(query)
	asked := ix.askedOf(query)
	if !ix.multilingual() && opts.Mode == Fused {
		ix.rerank(fused, sq, asked)
		ix.preferReason(fused, sq, asked)
		ix.preferSequel(fused, sq)
		ix.preferStance(fused, sq)
		ix.preferSpeaker(fused, sq)
		ix.preferBoth(fused, sq)
	}
	if ix.multilingual() && opts.Mode == Fused {
		ix.preferActor(fused, views[0], query)
		ix.preferPair(fused, views[0])
		ix.preferAnchor(fused, query)
		ix.preferDay(fused, views[0], query)
		ix.preferLanguage(fused, query)
		ix.preferChange(fused, query)
		ix.preferCount(fused, views[0], query)
		ix.preferAge(fused, views[0])
		ix.preferRole(fused, views[0], query)
		ix.preferGrowth(fused, query)
	}
	ix.preferAsked(fused, asked)
	if len(fused) > k {
		fused = fused[:k]
	}
	for _, f := range fused {
		res.Hits = append(res.Hits, Hit{
			Paragraph: ix.paras[f.doc],
			Score:     f.score,
			Lexical:   lexScore[f.doc],
			Dense:     denseSim[f.doc],
		})
	}
	var std []standardQuery
	for _, v := range variants {
		std = append(std, ix.standardize(v))
	}
	conf, related, sig := ix.judge(std, variants, res.Hits)
	res.Confidence, res.Related = conf, related
	if ix.multilingual() {
		// The standard judge reads an Arabic corpus's words; across
		// languages the share of the question's units in the best
		// paragraphs, in whichever language they are, decides.
		conf = ix.unitConfidence(views, std, res.Hits)
		res.Confidence, res.Related = conf, conf >= DefaultThreshold
	}
	res.Answerable = ix.threshold < 0 || res.Confidence >= ix.threshold
	res.Asked = asked
	res.Foreign = std[0].foreign
	res.Unknown = sig.unknown
	return res, nil
}

// termGroups returns, for an English question over an Arabic corpus, the
// analysed terms of the query grouped by the question word each was read
// as (see bm25Index.searchGrouped), so that a word the glossary translates
// several ways counts once; terms of no word stand alone. nil for other
// questions, whose words are read one term each.
func (ix *Index) termGroups(query string, terms []string) [][]string {
	if ix.lang != "ar" || text.Language(query) != "en" {
		return nil
	}
	of := map[string]int{}
	var groups [][]string
	for _, u := range ix.standardize(query).units {
		gi := -1
		for _, t := range u.terms {
			if g, ok := of[t]; ok {
				gi = g
				break
			}
		}
		if gi < 0 {
			gi = len(groups)
			groups = append(groups, nil)
		}
		for _, t := range u.terms {
			if _, ok := of[t]; !ok {
				of[t] = gi
			}
		}
	}
	out := make([][]string, len(groups))
	for _, t := range terms {
		if g, ok := of[t]; ok {
			out[g] = append(out[g], t)
			continue
		}
		out = append(out, []string{t})
	}
	return out
}

// restoreHamza rewrites the query's Arabic words that match nothing in the
// corpus into a spelling that does, when one of a few common variants does:
//   - "ال…" typed without hamza for a name spelt "أل…" (التمان → ألتمان),
//     which the stemmer would otherwise read as the article "ال" + تمان;
//   - a one-letter preposition or conjunction the light stemmer keeps
//     (بتونر, لصندوق, فالشركة);
//   - the alef of tanween written without its mark (صراعا → صراع);
//   - the feminine past ending (أقالت → أقال);
//   - a Latin name the corpus writes with an elided letter and an
//     apostrophe, typed without it (dangelo → d'angelo).
//
// Words that match as they are, and words no variant matches, are left
// alone, so the rewrite can only turn a dead word into a live one.
func (ix *Index) restoreHamza(q string) string {
	ws := strings.Fields(q)
	changed := false
	for i, w := range ws {
		core := strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		if core == "" {
			continue
		}
		if a, ok := ix.vocab.elided[text.Fold(core)]; ok && !ix.known(term(core)) {
			ws[i] = strings.Replace(w, core, a, 1)
			changed = true
			continue
		}
		if !text.IsArabicWord(core) {
			continue
		}
		if arabicStop[unifyAlef(core)] {
			continue // a function word, not a misspelling
		}
		if t := term(core); t != "" && ix.known(t) {
			continue
		}
		for _, alt := range spellingVariants(core) {
			if t := term(alt); t != "" && ix.known(t) {
				ws[i] = strings.Replace(w, core, alt, 1)
				changed = true
				break
			}
		}
	}
	if !changed {
		return q
	}
	return strings.Join(ws, " ")
}

// known reports whether some paragraph has the term.
func (ix *Index) known(t string) bool { return len(ix.bm25.postings[t]) > 0 }

// spellingVariants lists the respellings restoreHamza tries, in order.
func spellingVariants(w string) []string {
	var out []string
	r := []rune(w)
	if rest, ok := strings.CutPrefix(w, "ال"); ok {
		out = append(out, "أل"+rest)
	}
	var bases []string
	bases = append(bases, w)
	if len(r) >= 4 && strings.ContainsRune("وبلكف", r[0]) {
		bases = append(bases, string(r[1:]))
		out = append(out, string(r[1:]))
		// A name whose alef carries a hamza (ألتمان), typed without it
		// after a one-letter proclitic (لالتمان، والتمان، بالتمان), reads
		// as the article ال: the light stemmer cuts it, and the name with
		// it. The hamza restored, the name is read whole.
		if rest, ok := strings.CutPrefix(string(r[1:]), "ال"); ok && len([]rune(rest)) >= 3 {
			out = append(out, "أل"+rest)
		}
	}
	for _, b := range bases {
		br := []rune(b)
		if len(br) >= 4 && (br[len(br)-1] == 'ا' || br[len(br)-1] == 'ت') {
			out = append(out, string(br[:len(br)-1]))
		}
	}
	return out
}

// crossLanguage rewrites an English query over an Arabic corpus word by word
// through the glossary, so both the lexical and the dense side can match it.
func (ix *Index) crossLanguage(q string) string {
	if ix.lang == "ar" && text.Language(q) == "en" {
		return ix.glossary.translate(q)
	}
	return q
}

func (ix *Index) dense(ctx context.Context, q string, depth int) ([]scored, error) {
	vec, err := ix.embedQuery(ctx, q)
	if err != nil {
		return nil, err
	}
	ns, err := ix.Nearest(ctx, vec, depth)
	if err != nil {
		return nil, err
	}
	out := make([]scored, len(ns))
	for i, n := range ns {
		out[i] = scored{doc: n.Doc, score: float64(n.Similarity)}
	}
	return out, nil
}

// embedQuery returns the unit vector of the query text q.
func (ix *Index) embedQuery(ctx context.Context, q string) ([]float32, error) {
	vec, err := ix.embedder.EmbedQuery(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("retrieval: embedding the query with %s: %w", ix.embedder.Model(), err)
	}
	vec, bad := unitCopy(vec)
	if bad != "" {
		return nil, badQueryVectorError{fmt.Errorf("retrieval: embedder %s returned %s as the query vector", ix.embedder.Model(), bad)}
	}
	return vec, nil
}

// unitCopy returns v scaled to unit length in a new slice: the embedder's
// slice is left alone, since a cache may hand the same one to every caller.
// bad describes a vector that cannot be scaled (all zero, NaN or infinite).
func unitCopy(v []float32) (u []float32, bad string) {
	u = make([]float32, len(v))
	if bad := unitInto(u, v); bad != "" {
		return nil, bad
	}
	return u, ""
}

// unitInto writes v scaled to unit length into dst (as long as v), or says
// why v cannot be scaled, as unitCopy does.
func unitInto(dst, v []float32) (bad string) {
	for _, x := range v {
		if math.IsNaN(float64(x)) || math.IsInf(float64(x), 0) {
			return "a vector with NaN or infinite components"
		}
	}
	copy(dst, v)
	if normalize(dst) == 0 {
		return "an all-zero vector"
	}
	return ""
}

// rrfK is reciprocal rank fusion's constant, as in Cormack et al. (2009).
const rrfK = 60

// fuse combines rankings into one list with scores in [0, 1], best first.
func (ix *Index) fuse(rs []ranking) []scored {
	acc := map[int]float64{}
	var maxTotal float64
	for _, r := range rs {
		switch ix.fusion {
		case FusionWeighted:
			if len(r.docs) == 0 {
				continue
			}
			// Min-max scaling puts both rankings on [0, 1]: raw cosines
			// of hashed n-grams are small and would let BM25 decide alone.
			top, bottom := r.docs[0].score, r.docs[len(r.docs)-1].score
			if r.lex || len(r.docs) == 1 {
				bottom = 0 // BM25 scores start at 0 for unmatched paragraphs
			}
			w := 1 - ix.denseWeight
			if !r.lex {
				w = ix.denseWeight
			}
			maxTotal += w
			for _, s := range r.docs {
				v := 1.0
				if top > bottom {
					v = (s.score - bottom) / (top - bottom)
				}
				acc[s.doc] += w * math.Max(v, 0)
			}
		default:
			maxTotal += 1.0 / (rrfK + 1)
			for rank, s := range r.docs {
				acc[s.doc] += 1.0 / float64(rrfK+rank+1)
			}
		}
	}
	out := make([]scored, 0, len(acc))
	for d, s := range acc {
		if maxTotal > 0 {
			s /= maxTotal
		}
		out = append(out, scored{doc: d, score: s})
	}
	sortScored(out)
	return out
}

// skeletonCredit is how much of a query term's weight a paragraph earns by
// having a word of the same consonant skeleton but not the same stem.
const skeletonCredit = 0.75

// termSet returns the analysed terms of text and their skeletons.
func termSet(text string) map[string]bool {
	have := map[string]bool{}
	for _, t := range Tokens(text) {
		have[t] = true
		have["K:"+skeleton(t)] = true
	}
	return have
}

// coverage is the IDF-weighted share of terms found in have (see termSet).
func (ix *Index) coverage(terms []string, have map[string]bool) float64 {
	uniq := map[string]bool{}
	var total, got float64
	for _, t := range terms {
		if uniq[t] {
			continue
		}
		uniq[t] = true
		w := ix.bm25.idf(t)
		total += w
		got += ix.termCredit(t, have, false) * w
	}
	if total == 0 {
		return 0
	}
	return got / total
}

// termCredit is how much of term t the terms have (see termSet) carry: 1
// for t itself, synonymCredit for a synonym of it, skeletonCredit for a
// word of its consonant skeleton and, with roots, rootCredit for one of
// its rough root (have holding "R:" keys); 0 for none.
func (ix *Index) termCredit(t string, have map[string]bool, roots bool) float64 {
	switch {
	case have[t]:
		return 1
	case ix.hasSynonym(t, have):
		return synonymCredit
	case have["K:"+skeleton(t)]:
		return skeletonCredit
	case roots && have["R:"+rootKey(t)]:
		return rootCredit
	}
	return 0
}

func (ix *Index) hasSynonym(t string, have map[string]bool) bool {
	for _, s := range ix.thesaurus.terms[t] {
		if have[s] {
			return true
		}
	}
	return false
}

// Match scores, in [0, 1], how much of the query's information text
// carries, with the analysis, cross-language glossary and term weights that
// Search uses to judge whether a paragraph answers. Answerers use it to pick
// the sentences to quote.
func (ix *Index) Match(query, text string) float64 {
	q := ix.memos.queries.get(query, ix.matchQuery)
	have := ix.memos.texts.get(text, termSet)
	if ix.multilingual() {
		return ix.unitCoverage(q.units, have)
	}
	return ix.coverage(q.terms, have)
}

// matchQuery analyses query for Match.
func (ix *Index) matchQuery(query string) matchQuery {
	if ix.multilingual() {
		return matchQuery{units: ix.view(query).units}
	}
	return matchQuery{terms: Tokens(ix.analyse(query))}
}
