package answer

import (
	"context"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"casebot/retrieval"
	"casebot/text"
)

// The claim check runs after the citation check on every sentence a model
// writes, in answers and summaries alike. A sentence is shown as grounded
// only when:
//
//   - it cites at least one paragraph the model was given, and not only
//     paragraphs that read like instructions to a model;
//   - every quotation in it was found verbatim (the citation check);
//   - every number and quantity it states (2023, 16, four, أربعة, hundreds,
//     مئات) is stated by the paragraphs it cites;
//   - a negation in it (not, never, لم, ليس, دون…) is borne out by a
//     negated sentence of those paragraphs, and a negated statement of
//     theirs is not turned into a plain one;
//   - an absolute in it (all, only, unanimously, جميع, فقط, بالإجماع…) is
//     borne out by the same kind of word in those paragraphs;
//   - the names it uses (capitalised English words, Latin-script words in
//     an Arabic sentence) are found in those paragraphs, English names
//     through the retrieval glossary's transliterations;
//   - a word that accuses or convicts (arrested, fraud, اعتقال, رشوة…) is
//     found in those paragraphs;
//   - its content words are carried by those paragraphs: enough of them
//     are found there (across languages, through the glossary read both
//     ways), and few are words that other given paragraphs use but the
//     cited ones do not, or that the lexicon translates into the cited
//     paragraphs' language and they lack.
//
// A sentence that fails is removed from what is shown, listed in
// Answer.Claims with the reason, and counted in the notice. An answer with
// no sentence left falls back to the extractive answer.

// Reasons a sentence is not supported, as reported in Claim.Reason.
const (
	ReasonNoCitation  = "no_citation"
	ReasonInstruction = "instruction_only"
	ReasonQuote       = "quote_not_found"
	ReasonNumber      = "number_not_in_source"
	ReasonNegation    = "negation_not_in_source"
	ReasonAbsolute    = "absolute_not_in_source"
	ReasonName        = "name_not_in_source"
	ReasonGrave       = "accusation_not_in_source"
	ReasonContent     = "not_in_cited_paragraphs"
	ReasonAbstained   = "model_said_not_in_sources"
)

// Claim is one sentence of a model's answer or summary with the outcome of
// the claim check.
type Claim struct {
	// Text is the sentence as the model wrote it (made safe to show), with
	// its citation marks.
	Text string `json:"text"`
	// Refs are the references of the paragraphs it cites.
	Refs []string `json:"refs,omitempty"`
	// Supported is true when the cited paragraphs bear the sentence out;
	// unsupported sentences are not part of the answer text.
	Supported bool `json:"supported"`
	// Reason says why a sentence is not supported (one of the Reason
	// constants); empty when it is.
	Reason string `json:"reason,omitempty"`
}

// Thresholds of the content test, measured on the faithful answers of
// testdata/eval/i8_faithful.jsonl and the attack sentences of
// claims_test.go (see TestClaimSupportSeparates).
const (
	// minCoverage is the least share of a sentence's information (its
	// terms weighted as retrieval weighs them) the cited paragraphs must
	// carry.
	minCoverage = 0.2
	// maxAbsentShare is the largest share of a sentence's checkable words
	// that may come from other given paragraphs and not the cited ones.
	maxAbsentShare = 0.5
)

// claimMatcher is the matcher the claim check uses: the searcher's own
// (retrieval.Index, with its glossary) or an index of the corpus built
// once, offline, when the searcher has none.
func (e *Engine) claimMatcher() matcher {
	if m, ok := e.search.(matcher); ok {
		return m
	}
	if ix := e.claimIndex(); ix != nil {
		return ix
	}
	return overlapMatcher{}
}

// claimIndex is the index whose analysis names what a claim mentions that
// the corpus never does: the searcher itself when it is a retrieval.Index,
// else an index of the corpus built once, offline (hash vectors; the
// claim check searches lexically only). Nil when none can be built.
func (e *Engine) claimIndex() *retrieval.Index {
	if ix, ok := e.search.(*retrieval.Index); ok {
		return ix
	}
	e.claimIx.once.Do(func() {
		ix, err := retrieval.Build(context.Background(), e.corpus, retrieval.Options{})
		if err != nil {
			e.logger().Warn("answer: no index for the claim check; claims are checked word by word", "error", err)
			return
		}
		e.claimIx.ix = ix
	})
	return e.claimIx.ix
}

// lazyMatcher holds the index built for the claim check.
type lazyMatcher struct {
	once sync.Once
	ix   *retrieval.Index
}

// foreignNames returns what claim names that the corpus never mentions
// (other companies, people, places: retrieval's list of the world beyond
// a case), found by a lexical search, which waits on nothing.
func (e *Engine) foreignNames(ctx context.Context, claim string) []string {
	ix := e.claimIndex()
	if ix == nil || len(text.Words(claim)) == 0 {
		return nil
	}
	res, err := ix.Search(ctx, claim, retrieval.SearchOptions{K: 1, Mode: retrieval.Lexical})
	if err != nil {
		return nil
	}
	return res.Foreign
}

// overlapMatcher scores by shared terms, without a glossary.
type overlapMatcher struct{}

func (overlapMatcher) Match(query, text string) float64 { return overlap(query, text) }

// support is the outcome of checking one sentence against its sources.
type support struct {
	reason string // "" when supported
	// Diagnostics, for tests and logs.
	coverage                 float64
	present, absent, unknown []string
}

// checkClaim checks one sentence. core is the sentence without its marks,
// cited the paragraphs it cites, given every paragraph the model had.
func (e *Engine) checkClaim(ctx context.Context, m matcher, core string, cited, given []ctxPara) support {
	if len(cited) == 0 {
		return support{reason: ReasonNoCitation}
	}
	var usable []ctxPara
	for _, p := range cited {
		if !e.instructionLike(p.P.Ref) {
			usable = append(usable, p)
		}
	}
	if len(usable) == 0 {
		return support{reason: ReasonInstruction}
	}
	src := sourceText(usable)
	var others []ctxPara
	for _, p := range given {
		if !containsRef(usable, p.P.Ref) && !e.instructionLike(p.P.Ref) {
			others = append(others, p)
		}
	}
	// The dates of the cited articles, which the prompt told the model,
	// are not the model's numbers (claimdates.go).
	core = withoutToldDates(core, articleDays(usable))
	if names := e.foreignNames(ctx, core); len(names) > 0 {
		return support{reason: ReasonName, absent: names}
	}
	return checkAgainst(m, core, src, sourceText(others), titles(usable), languagesOf(usable))
}

// languagesOf returns the languages the paragraphs are written in, as
// their text reads (an article may mix languages).
func languagesOf(ps []ctxPara) []string {
	var out []string
	for _, p := range ps {
		if l := text.Language(p.P.Text); !slices.Contains(out, l) {
			out = append(out, l)
		}
	}
	return out
}

// titles returns the distinct titles of the paragraphs' articles: an
// article names its subject in its title and then says "the company".
func titles(ps []ctxPara) string {
	seen := map[string]bool{}
	var out []string
	for _, p := range ps {
		if !seen[p.P.Title] {
			seen[p.P.Title] = true
			out = append(out, p.P.Title)
		}
	}
	return strings.Join(out, "\n")
}

// checkAgainst is checkClaim on text: src is what the cited paragraphs
// say, other what the rest of the given paragraphs say, title the titles
// of their articles (where names may be found too), srcLangs the languages
// the cited paragraphs are written in.
func checkAgainst(m matcher, core, src, other, title string, srcLangs []string) support {
	var s support
	if strings.Contains(core, NotInSources) {
		s.reason = ReasonAbstained
		return s
	}
	// Numbers and quantities.
	have := quantities(src)
	for q := range quantities(core) {
		if !have[q] {
			s.reason = ReasonNumber
			return s
		}
	}
	// Absolutes.
	srcAbs := absolutes(src)
	for c := range absolutes(core) {
		if !srcAbs[c] {
			s.reason = ReasonAbsolute
			return s
		}
	}
	// Negations, both ways.
	if r := negationAgrees(m, core, src); r != "" {
		s.reason = r
		return s
	}
	// Names and grave words.
	for _, group := range nameWords(m, core) {
		found := false
		for _, w := range group {
			found = found || wordIn(m, w, src+"\n"+title)
			if abbr, ok := monthAbbreviation(w); ok && !found {
				found = wordIn(m, abbr, src)
			}
		}
		if !found {
			s.reason = ReasonName
			s.absent = append(s.absent, group...)
			return s
		}
	}
	for _, w := range graveIn(core) {
		if !wordIn(m, w, src) {
			s.reason = ReasonGrave
			s.absent = append(s.absent, w)
			return s
		}
	}
	// Content.
	s.coverage = m.Match(core, src)
	class := map[string]int{} // word -> 1 present, 2 absent, 3 unknown
	for _, w := range contentWords(core) {
		switch {
		case wordIn(m, w, src):
			s.present = append(s.present, w)
			class[w] = 1
		case other != "" && wordIn(m, w, other), lexiconKnows(m, w, srcLangs):
			s.absent = append(s.absent, w)
			class[w] = 2
		default:
			s.unknown = append(s.unknown, w)
			class[w] = 3
		}
	}
	borrowed := other != "" && borrowedPhrase(m, core, src, other)
	// A clause made only of words the cited paragraphs lack but others
	// have ("…, and he was dismissed in a secret meeting [other
	// paragraph]") is not borne out, however well the rest is.
	for _, clause := range clausePattern.Split(core, -1) {
		present, absent := 0, 0
		for _, w := range contentWords(clause) {
			switch class[w] {
			case 1:
				present++
			case 2:
				absent++
			}
		}
		if present == 0 && absent >= 2 {
			borrowed = true
		}
	}
	checkable := len(s.present) + len(s.absent)
	switch {
	case borrowed:
		s.reason = ReasonContent
	case len(s.present) == 0:
		s.reason = ReasonContent
	case s.coverage < minCoverage:
		s.reason = ReasonContent
	case checkable > 0 && float64(len(s.absent)) > maxAbsentShare*float64(checkable):
		s.reason = ReasonContent
	}
	return s
}

// monthAbbreviation is how an English source may write a month named in
// full ("Nov" for "November", text.ShortMonth); ok is false for any other
// word and for a month never written short.
func monthAbbreviation(w string) (string, bool) {
	m, ok := text.MonthOf(w)
	if !ok || !strings.EqualFold(w, m.String()) || text.ShortMonth(m) == m.String() {
		return "", false
	}
	return text.ShortMonth(m), true
}

// clausePattern splits a sentence into clauses at commas, semicolons,
// colons and dashes.
var clausePattern = regexp.MustCompile(`[,،;؛:—–]\s*`)

// sourceText joins the paragraphs' section headings and text.
func sourceText(ps []ctxPara) string {
	var b strings.Builder
	for _, p := range ps {
		if p.P.Section != "" {
			b.WriteString(p.P.Section)
			b.WriteString("\n")
		}
		b.WriteString(p.P.Text)
		b.WriteString("\n")
	}
	return b.String()
}

func containsRef(ps []ctxPara, ref string) bool {
	for _, p := range ps {
		if p.P.Ref == ref {
			return true
		}
	}
	return false
}

// wordIn reports whether the paragraphs src carry word w: through the
// analysis and glossary of m, or written the same after folding.
func wordIn(m matcher, w, src string) bool {
	if m.Match(w, src) > 0 {
		return true
	}
	if v := cliticVariants(src); v != "" && m.Match(w, v) > 0 {
		return true
	}
	f := text.FoldForQuote(w)
	return f != "" && strings.Contains(" "+text.FoldForQuote(src)+" ", " "+f+" ")
}

// strength is how well src carries the word w: 1 when it has w itself,
// less through a synonym or a related form, 0 when not at all.
func strength(m matcher, w, src string) float64 {
	return max(m.Match(w, src), m.Match(w, cliticVariants(src)))
}

// cliticVariants returns the Arabic words of s that start with a
// one-letter preposition or conjunction (لصراعات, بمنتج, وخارجها) without
// it, which the light stemmer keeps on.
func cliticVariants(s string) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsMark(r) }) {
		r, size := firstRune2(w)
		if strings.ContainsRune(arabicClitics, r) && utf8.RuneCountInString(w) > 3 {
			b.WriteString(w[size:])
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// firstRune2 returns the first rune of s and its size in bytes.
func firstRune2(s string) (rune, int) { return utf8.DecodeRuneInString(s) }

// contentWords returns the words of s that carry content: not stop words
// (as retrieval analyses them), numbers, negations or absolutes, which
// have checks of their own. Words are returned as written.
func contentWords(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsMark(r) && !unicode.IsDigit(r) && !text.IsFormat(r)
	}) {
		if len(retrieval.Tokens(w)) == 0 {
			continue
		}
		f := text.Fold(w)
		if _, ok := lookupFolded(quantityWords, f); ok {
			continue
		}
		if _, ok := lookupFolded(negationWords, f); ok {
			continue
		}
		if _, ok := lookupFolded(absoluteWord, f); ok {
			continue
		}
		if strings.IndexFunc(f, unicode.IsLetter) < 0 {
			continue
		}
		out = append(out, w)
	}
	return out
}

// translator tells whether a word has a translation into a language:
// retrieval.Index, through its bilingual lexicon (the cross-language units
// of a corpus of more than one language read the glossary both ways).
type translator interface {
	Translates(w, lang string) bool
}

// lexiconKnows reports whether the lexicon of m translates w into one of
// langs, the languages of the cited paragraphs: an English word over
// Arabic paragraphs, an Arabic word over English ones. The cited
// paragraphs could then have said it, and not finding it, in any of its
// forms, counts against the sentence; a word nothing translates is one the
// check cannot judge.
func lexiconKnows(m matcher, w string, langs []string) bool {
	t, ok := m.(translator)
	if !ok {
		return false
	}
	for _, l := range langs {
		if t.Translates(w, l) {
			return true
		}
	}
	return false
}

// nameWords returns the names s uses, each a run of words: in Latin
// script, capitalised words that do not open the sentence or follow a
// colon or a quotation mark, all-capitals words of two letters or more,
// and, where a capital says nothing (opening the sentence, after a colon
// or a quotation mark), words with a capital inside (OpenAI, ChatGPT) and
// words known to be names (Microsoft, Brockman: see knownName), never
// everyday words however they are written ("More broadly, …"); in an
// Arabic sentence, every Latin-script word. Words next to each other form
// one name ("Mira Murati"), which one of them found is enough to bear out.
func nameWords(m matcher, s string) [][]string {
	arabic := text.Language(s) == "ar"
	var out [][]string
	var run []string
	flush := func() {
		if len(run) > 0 {
			out = append(out, run)
			run = nil
		}
	}
	first := true
	prev := ' '
	for _, tok := range strings.FieldsFunc(s, unicode.IsSpace) {
		w := strings.TrimFunc(tok, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		opens := first || strings.ContainsRune(":«“\"‹„「(", prev)
		if lead, _ := firstRune(tok); !unicode.IsLetter(lead) && !unicode.IsDigit(lead) {
			opens = opens || strings.ContainsRune("«“\"‹„「(", lead)
		}
		prev, _ = lastRune(tok)
		if w == "" {
			flush()
			continue
		}
		wasFirst := first
		first = false
		r, _ := firstRune(w)
		isName := false
		if isLatinLetter(r) {
			switch {
			case arabic:
				isName = true
			case allCaps(w) && len([]rune(w)) >= 2:
				isName = true
			case unicode.IsUpper(r) && !opens && !wasFirst:
				isName = true
			case unicode.IsUpper(r) && (innerCapital(w) || knownName(m, w)):
				isName = true
			}
		}
		if !isName {
			flush()
			continue
		}
		run = append(run, w)
		if !unicode.IsLetter(prev) && !unicode.IsDigit(prev) {
			flush() // punctuation after the word ends the name
		}
	}
	flush()
	return out
}

// nameKnower tells a name from an everyday word (retrieval.Index does).
type nameKnower interface{ IsName(w string) bool }

// knownName reports whether m knows the Latin word w as a name. A matcher
// that cannot tell knows none: a capital opening a sentence is no evidence.
func knownName(m matcher, w string) bool {
	k, ok := m.(nameKnower)
	return ok && k.IsName(w)
}

// innerCapital reports whether w has a capital after its first letter
// (OpenAI, ChatGPT, iPhone): a name wherever it stands.
func innerCapital(w string) bool {
	for i, r := range w {
		if i > 0 && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// borrowedPhrase reports whether claim carries two words in a row that the
// cited paragraphs lack and another given paragraph has, next to each
// other: a detail taken from a paragraph it does not cite (a name, most
// often: «غريغ بروكمان» under the paragraph about Altman's return). Only
// same-script words are compared; English names have the name check.
func borrowedPhrase(m matcher, claim, src, other string) bool {
	ws := contentWords(claim)
	for i := 0; i+1 < len(ws); i++ {
		a, b := ws[i], ws[i+1]
		if text.Language(a) != "ar" || text.Language(b) != "ar" {
			continue
		}
		if !adjacent(claim, a, b) || wordIn(m, a, src) || wordIn(m, b, src) {
			continue
		}
		if _, ok := matchQuote(a+" "+b, other); ok {
			return true
		}
	}
	return false
}

// adjacent reports whether b follows a in s with only spaces between.
func adjacent(s, a, b string) bool {
	return strings.Contains(s, a+" "+b)
}

func firstRune(s string) (rune, int) {
	for _, r := range s {
		return r, 0
	}
	return 0, 0
}

func lastRune(s string) (rune, int) {
	rs := []rune(s)
	if len(rs) == 0 {
		return 0, 0
	}
	return rs[len(rs)-1], 0
}

func isLatinLetter(r rune) bool { return r < 0x250 && unicode.IsLetter(r) }

func allCaps(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			letters++
			if !unicode.IsUpper(r) {
				return false
			}
		}
	}
	return letters > 0
}

// negationAgrees checks negation both ways. A negated claim must negate
// what a source negates: the words right after the claim's negation are
// compared with the words right after the sources' negations; a word found
// only outside them says the claim negates something the sources state
// plainly. When the claim's words are not found in the sources at all (an
// English paraphrase the glossary does not know), a negated sentence among
// the source sentences that match the claim best is enough. A plain claim
// must not restate a negated source sentence without its negation: the
// word right after the source's negation, found in the claim, says that it
// does.
func negationAgrees(m matcher, core, src string) string {
	best := bestSentences(m, core, src)
	if negated(core) {
		var inside, outside []string
		for _, line := range strings.Split(src, "\n") {
			for _, s := range text.Sentences(line) {
				in, out := splitNegated(s, clauseReach)
				inside = append(inside, in...)
				outside = append(outside, out...)
			}
		}
		inText, outText := strings.Join(inside, " "), strings.Join(outside, " ")
		for _, pred := range negatedPredicates(core, 6) {
			if negatesAbsolute(pred) {
				// "not unanimous", ليس الجميع: borne out by a count.
				if len(quantities(strings.Join(best, " "))) == 0 {
					return ReasonNegation
				}
				continue
			}
			if len(inside) == 0 {
				return ReasonNegation
			}
			match, mismatch := false, false
			for _, w := range pred {
				in, out := wordIn(m, w, inText), wordIn(m, w, outText)
				switch {
				case in && !out:
					match = true
				case out && !in:
					mismatch = true
				}
			}
			switch {
			case match:
			case mismatch:
				return ReasonNegation
			case !anyNegated(best):
				return ReasonNegation
			}
		}
		if len(negatedPredicates(core, 6)) == 0 && (len(inside) == 0 || !anyNegated(best)) {
			return ReasonNegation
		}
		return ""
	}
	for _, s := range best {
		in, out := splitNegated(s, 2)
		outText := strings.Join(out, " ")
		for _, w := range in {
			if strength(m, w, outText) < 1 && claimSays(m, core, w, outText) {
				return ReasonNegation
			}
		}
	}
	return ""
}

func anyNegated(ss []string) bool {
	for _, s := range ss {
		if negated(s) {
			return true
		}
	}
	return false
}

// bestSentences returns the sentences of src that match claim best: the
// best one and those scoring at least 80% of it.
func bestSentences(m matcher, claim, src string) []string {
	type sc struct {
		s     string
		score float64
	}
	var all []sc
	top := 0.0
	for _, line := range strings.Split(src, "\n") {
		for _, s := range text.Sentences(line) {
			v := m.Match(claim, s)
			all = append(all, sc{s, v})
			top = max(top, v)
		}
	}
	if top == 0 {
		return nil
	}
	var out []string
	for _, x := range all {
		if x.score >= 0.8*top {
			out = append(out, x.s)
		}
	}
	return out
}

// clauseEnd reports whether a word ends a clause (its trailing punctuation).
func clauseEnd(w string) bool {
	return strings.ContainsAny(w, ",.،؛;:!?؟")
}

// isNegation reports whether the written word w is a negation.
func isNegation(w string) bool {
	if contractedNot.MatchString(w) {
		return true
	}
	f := strings.Trim(text.Fold(w), ".,،؛:!?؟\"«»“”()")
	_, ok := lookupFolded(negationWords, f)
	return ok
}

// negatedPredicates returns, for each negation in s, the content words
// that follow it in its clause (up to n, a copula skipped): what s says is
// not so.
func negatedPredicates(s string, n int) [][]string {
	ws := strings.Fields(s)
	var out [][]string
	for i, w := range ws {
		if !isNegationAt(ws, i) {
			continue
		}
		pred := predicateAfter(ws[i+1:], n)
		if clauseEnd(w) {
			pred = nil
		}
		if len(pred) > 0 {
			out = append(out, pred)
		}
	}
	return out
}

// predicateAfter returns up to n content words from the start of ws, in
// the clause they open.
func predicateAfter(ws []string, n int) []string {
	var pred []string
	for _, x := range ws {
		if len(pred) == n {
			break
		}
		end := clauseEnd(x)
		core := strings.TrimFunc(x, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if core != "" && len(retrieval.Tokens(core)) > 0 && !isNegation(core) && !copulas[text.Fold(core)] {
			pred = append(pred, core)
		}
		if end {
			break
		}
	}
	return pred
}

// clauseReach is how many content words a negation reaches at most; the
// end of its clause stops it sooner.
const clauseReach = 12

// copulas are the forms of "to be" that a negation stands before, folded:
// in لم يكن مستقلا the negated word is مستقلا.
var copulas = map[string]bool{"يكن": true, "تكن": true, "يكون": true, "تكون": true, "يكونوا": true, "يكونا": true}

// splitNegated splits the content words of s into those inside a negation's
// reach (up to n content words after it, in its clause) and the rest.
func splitNegated(s string, n int) (inside, outside []string) {
	ws := strings.Fields(s)
	reach := 0
	for i, w := range ws {
		core := strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		switch {
		case isNegationAt(ws, i):
			reach = n
		case core != "" && len(retrieval.Tokens(core)) > 0 && !copulas[text.Fold(core)]:
			if reach > 0 {
				inside = append(inside, core)
				reach--
			} else {
				outside = append(outside, core)
			}
		}
		if clauseEnd(w) {
			reach = 0
		}
	}
	return inside, outside
}

// claimSays reports whether claim says the source word w: w is found in
// it better than in elsewhere, or, for an English claim, one of its words translates to w better
// than to anything in elsewhere (the source text outside the negation):
// "dispute" is خلاف, and only a synonym of صراعات.
func claimSays(m matcher, claim, w, elsewhere string) bool {
	if in := strength(m, w, claim); in > 0 && in > strength(m, w, elsewhere) {
		return true
	}
	if text.Language(claim) == "en" && text.Language(w) == "ar" {
		for _, cw := range contentWords(claim) {
			if in := m.Match(cw, w); in > 0 && in > strength(m, cw, elsewhere) {
				return true
			}
		}
	}
	return false
}

// negatesAbsolute reports whether a negated predicate is an absolute
// ("not unanimous", "not all").
func negatesAbsolute(pred []string) bool {
	for _, w := range pred {
		if _, ok := lookupFolded(absoluteWord, trimFold(w)); ok {
			return true
		}
	}
	return false
}

// Why says in lang why the sentence was not shown, for a reader; "" when
// it was.
func (c Claim) Why(lang string) string {
	if c.Supported {
		return ""
	}
	ar := map[string]string{
		ReasonNoCitation:  "لا تستشهد بأي فقرة",
		ReasonInstruction: "لا تستند إلا إلى فقرة تبدو تعليمات لنموذج لغوي",
		ReasonQuote:       "فيها اقتباس لا يرد في المصادر",
		ReasonNumber:      "فيها رقم لا تذكره الفقرات المستشهد بها",
		ReasonNegation:    "نفيها لا يطابق الفقرات المستشهد بها",
		ReasonAbsolute:    "فيها تعميم (كل، فقط، بالإجماع…) لا تقوله الفقرات المستشهد بها",
		ReasonName:        "فيها اسم لا تذكره الفقرات المستشهد بها",
		ReasonGrave:       "فيها اتهام لا تذكره الفقرات المستشهد بها",
		ReasonContent:     "لا تقولها الفقرات المستشهد بها",
		ReasonAbstained:   "قال النموذج إن المصادر لا تجيب",
		reasonLeadIn:      "تمهيد بلا استشهاد",
	}
	en := map[string]string{
		ReasonNoCitation:  "cites no paragraph",
		ReasonInstruction: "rests only on a paragraph that reads like instructions to a language model",
		ReasonQuote:       "quotes words the sources do not contain",
		ReasonNumber:      "states a number the cited paragraphs do not",
		ReasonNegation:    "its negation does not match the cited paragraphs",
		ReasonAbsolute:    "generalises (all, only, unanimously…) beyond the cited paragraphs",
		ReasonName:        "names someone or something the cited paragraphs do not",
		ReasonGrave:       "makes an accusation the cited paragraphs do not",
		ReasonContent:     "the cited paragraphs do not say it",
		ReasonAbstained:   "the model said the sources do not answer",
		reasonLeadIn:      "an uncited lead-in",
	}
	m := en
	if lang == "ar" {
		m = ar
	}
	if w, ok := m[c.Reason]; ok {
		return w
	}
	return c.Reason
}
