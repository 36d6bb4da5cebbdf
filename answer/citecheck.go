package answer

import (
	"casebot/text"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The citation check runs on every model reply before anyone sees it:
//
//   - a mark [k] for a paragraph that was not in the prompt is removed;
//   - a quote in «…», “…” or "…" in the corpus language must appear in the
//     paragraph it cites, compared after Arabic normalisation; a quote found
//     in another given paragraph is re-pointed there, and one found nowhere
//     loses its citation and is labelled unverified;
//   - the remaining marks are renumbered 1..m in order of appearance, and
//     each gets a Citation shaped like the extractive path's.
//
// A reply left without any citation is not grounded, and the caller falls
// back to the extractive answer.

// markPattern matches one citation mark, [3] or [٣].
var markPattern = regexp.MustCompile(`\[\s*([0-9٠-٩۰-۹]{1,3})\s*\]`)

// markListPattern matches marks written as a list: [1, 2], [1،2], [1; 3].
var markListPattern = regexp.MustCompile(`\[\s*[0-9٠-٩۰-۹]{1,3}(?:\s*[,،;]\s*[0-9٠-٩۰-۹]{1,3})+\s*\]`)

// quotePattern matches quoted passages in every quotation style models
// write: «…» and »…«, ‹…› and ›…‹, “…”, „…“ and „…”, ”…”, ‘…’ and ‚…‘,
// 「…」, 『…』, 〝…〞, full-width ＂…＂ and straight "…". A paired quote may
// run over lines, a straight one stays on one line. A length cap would let
// a long fabricated quote pass unchecked.
var quotePattern = regexp.MustCompile(`«([^«»]+)»|»([^«»]+)«|‹([^‹›]+)›|›([^‹›]+)‹|“([^“”]+)”|„([^„“”]+)[“”]|”([^”\n]+)”|‘([^‘’]+)’|‚([^‚‘’]+)[‘’]|「([^「」]+)」|『([^『』]+)』|〝([^〝〞]+)[〞〟]|＂([^＂\n]+)＂|"([^"\n]+)"`)

// quoteGroups is the number of capturing groups of quotePattern.
var quoteGroups = quotePattern.NumSubexp()

// translationPattern matches a labelled translation right after a quote.
var translationPattern = regexp.MustCompile(`^\s*\(\s*(?i:translation|ترجمة)\s*[:：]\s*([^()\n]{1,600})\)`)

// checked is a model reply after the citation check.
type checked struct {
	// Text is the reply with marks fixed and renumbered.
	Text string
	// Citations back Text's marks, numbered 1..m.
	Citations []Citation
	// Dropped counts marks removed because they named no given paragraph.
	Dropped int
	// Unverified counts quotes found in no given paragraph.
	Unverified int
	// Repointed counts quotes whose citation was moved to the right paragraph.
	Repointed int
}

// edit replaces text[start:end] with repl.
type edit struct {
	start, end int
	repl       string
}

// quoteInfo is one quote found in a reply.
type quoteInfo struct {
	start, end  int // byte span of the quote with its marks
	inStart     int // byte span of the quoted words, inside the marks
	inEnd       int
	text        string // the quoted words
	translation string
	transEnd    int // end of the translation parenthesis, or end
}

// markInfo is one citation mark found in a reply.
type markInfo struct {
	start, end int
	k          int // number as written
}

// checkCitations checks reply against the paragraphs it was given. lang is
// the reply's language (for labels), corpusLang the sources'.
func checkCitations(reply string, paras []ctxPara, lang string) checked {
	var res checked
	text := expandMarkLists(strings.TrimSpace(reply))
	byN := map[int]ctxPara{}
	for _, p := range paras {
		byN[p.N] = p
	}

	marks := findMarks(text)
	quotes := findQuotes(text)
	var edits []edit
	removed := map[int]bool{} // mark start -> removed by an edit

	// Marks for paragraphs that were not given are removed.
	for _, m := range marks {
		if _, ok := byN[m.k]; !ok {
			edits = append(edits, edit{m.start, m.end, ""})
			removed[m.start] = true
			res.Dropped++
		}
	}

	// verifiedQuote[n] is the first verified quote (and its translation) of
	// paragraph n, to show as the citation's quote.
	type vq struct{ quote, translation string }
	verified := map[int]vq{}
	claimed := map[int]bool{} // mark start -> already backs an earlier quote
	for qi, q := range quotes {
		own := marksFor(text, marks, quotes, qi, claimed)
		var valid []markInfo
		for _, m := range own {
			if !removed[m.start] {
				valid = append(valid, m)
			}
		}
		if !hasLetters(q.text, 2) {
			continue
		}
		found, orig := 0, ""
		for _, m := range valid {
			if o, ok := matchQuote(q.text, byN[m.k].P.Text); ok {
				found, orig = m.k, o
				break
			}
		}
		if found == 0 {
			for _, p := range paras {
				if o, ok := matchQuote(q.text, p.P.Text); ok {
					found, orig = p.N, o
					break
				}
			}
			if found != 0 {
				// Right words, wrong paragraph: point at the one that says them.
				res.Repointed++
				for _, m := range valid {
					edits = append(edits, edit{m.start, m.end, ""})
					removed[m.start] = true
				}
				edits = append(edits, edit{q.transEnd, q.transEnd, " [" + strconv.Itoa(found) + "]"})
			}
		}
		if found == 0 && !quoteChecked(q.text, paras) {
			continue // a term in quotes, not a claim about the sources' wording
		}
		if found == 0 {
			res.Unverified++
			for _, m := range valid {
				edits = append(edits, edit{m.start, m.end, ""})
				removed[m.start] = true
			}
			edits = append(edits, edit{q.end, q.end, " " + unverifiedLabel(lang)})
			continue
		}
		if _, ok := verified[found]; !ok {
			verified[found] = vq{orig, q.translation}
		}
		// Show the paragraph's own words, not the model's spelling of them.
		if q.inStart < q.inEnd && strings.TrimSpace(text[q.inStart:q.inEnd]) != orig {
			edits = append(edits, edit{q.inStart, q.inEnd, orig})
		}
	}
	text = applyEdits(text, edits)
	text = tidy(text)

	// Renumber in order of appearance.
	newN := map[int]int{}
	var order []int
	text = markPattern.ReplaceAllStringFunc(text, func(s string) string {
		k := markNumber(s)
		if _, ok := byN[k]; !ok {
			return ""
		}
		if _, ok := newN[k]; !ok {
			order = append(order, k)
			newN[k] = len(order)
		}
		return "[" + strconv.Itoa(newN[k]) + "]"
	})
	text = dedupeAdjacentMarks(tidy(text))
	for _, k := range order {
		p := byN[k].P
		c := Citation{N: newN[k], Ref: p.Ref, Paragraph: p.N, Title: p.Title, Section: p.Section, Text: p.Text}
		if v, ok := verified[k]; ok {
			c.Quote, c.Translation, c.Verified = v.quote, v.translation, true
		} else {
			// No quote to verify: the closest sentence, shown as such.
			c.Quote = bestSentence(p.Text, sentencesCiting(text, newN[k]))
		}
		res.Citations = append(res.Citations, c)
	}
	res.Text = text
	return res
}

// hasLetters reports whether s has at least n letters.
func hasLetters(s string, n int) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= n
}

// quoteChecked reports whether a quote found in no given paragraph claims
// the sources' exact wording, and so is unverified rather than a term in
// quotes: it is written in the script of one of the paragraphs it could
// come from (compared by the paragraphs' own text, not their language tag,
// which front matter may spell "ar-EG" or "fr"; a quote with as many words
// in each script, «أطلقت OpenAI», counts as both), or it runs to
// quoteWords words or more in any script. A short quote in another script
// ("the so-called “shadow meetings”") is left to the claim check, which
// checks its words like the rest of the sentence.
func quoteChecked(q string, paras []ctxPara) bool {
	if !hasLetters(q, 2) {
		return false
	}
	if len(strings.Fields(q)) >= quoteWords {
		return true
	}
	ar, lat := text.ScriptWords(q)
	for _, p := range paras {
		if text.Language(p.P.Text) == "ar" {
			if ar > 0 && ar >= lat {
				return true
			}
		} else if lat >= ar {
			return true
		}
	}
	return false
}

// quoteWords is the length from which a quote in any script must be found
// verbatim: an English «was arrested for espionage» over Arabic sources is
// a claim about their wording, not a term.
const quoteWords = 4

// expandMarkLists rewrites [1, 2] as [1][2].
func expandMarkLists(s string) string {
	return markListPattern.ReplaceAllStringFunc(s, func(m string) string {
		var b strings.Builder
		for _, f := range strings.FieldsFunc(strings.Trim(m, "[] "), func(r rune) bool { return r == ',' || r == '،' || r == ';' || unicode.IsSpace(r) }) {
			b.WriteString("[" + f + "]")
		}
		return b.String()
	})
}

func findMarks(s string) []markInfo {
	var out []markInfo
	for _, loc := range markPattern.FindAllStringIndex(s, -1) {
		out = append(out, markInfo{start: loc[0], end: loc[1], k: markNumber(s[loc[0]:loc[1]])})
	}
	return out
}

// markNumber reads the number of a mark, in any digits.
func markNumber(mark string) int {
	n := 0
	for _, r := range mark {
		if d := digitValue(r); d >= 0 {
			n = n*10 + d
		}
	}
	return n
}

func digitValue(r rune) int {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0')
	case r >= '٠' && r <= '٩':
		return int(r - '٠')
	case r >= '۰' && r <= '۹':
		return int(r - '۰')
	}
	return -1
}

func findQuotes(s string) []quoteInfo {
	var out []quoteInfo
	for _, loc := range quotePattern.FindAllStringSubmatchIndex(s, -1) {
		q := quoteInfo{start: loc[0], end: loc[1]}
		for g := 1; g <= quoteGroups; g++ {
			if loc[2*g] >= 0 {
				q.inStart, q.inEnd = loc[2*g], loc[2*g+1]
				q.text = strings.TrimSpace(s[q.inStart:q.inEnd])
			}
		}
		q.transEnd = q.end
		if m := translationPattern.FindStringSubmatchIndex(s[q.end:]); m != nil {
			q.translation = strings.TrimSpace(strings.Trim(strings.TrimSpace(s[q.end+m[2]:q.end+m[3]]), `"“”«»`))
			q.transEnd = q.end + m[1]
		}
		out = append(out, q)
	}
	// A quote inside a translation is part of it, not a quote of its own.
	var kept []quoteInfo
	for _, q := range out {
		inside := false
		for _, o := range out {
			if o.end <= q.start && q.start < o.transEnd {
				inside = true
			}
		}
		if !inside {
			kept = append(kept, q)
		}
	}
	return kept
}

// marksFor returns the marks that back quote qi: those right after it (past
// its translation) up to the end of its sentence or the next quote, or else
// the last marks before it in the same sentence.
func marksFor(s string, marks []markInfo, quotes []quoteInfo, qi int, claimed map[int]bool) []markInfo {
	q := quotes[qi]
	limit := len(s)
	if qi+1 < len(quotes) {
		limit = quotes[qi+1].start
	}
	if e := sentenceEnd(s, q.transEnd); e < limit {
		limit = e
	}
	var after []markInfo
	for _, m := range marks {
		if m.start >= q.transEnd && m.start <= limit {
			after = append(after, m)
		}
	}
	if len(after) > 0 {
		for _, m := range after {
			claimed[m.start] = true
		}
		return after
	}
	from := 0
	if qi > 0 {
		from = quotes[qi-1].transEnd
	}
	if b := sentenceStart(s, q.start); b > from {
		from = b
	}
	var before []markInfo
	for _, m := range marks {
		if m.start >= from && m.end <= q.start && !claimed[m.start] {
			before = append(before, m)
		}
	}
	return before
}

// sentenceEnd returns the end of the sentence that goes on at i: past the
// terminator and any marks right after it.
func sentenceEnd(s string, i int) int {
	for j := i; j < len(s); {
		r, size := utf8.DecodeRuneInString(s[j:])
		if r == '\n' {
			return j
		}
		if isTerminator(s, j, r, size) {
			k := j + size
			for {
				rest := strings.TrimLeft(s[k:], " ")
				loc := markPattern.FindStringIndex(rest)
				if loc == nil || loc[0] != 0 {
					break
				}
				k = len(s) - len(rest) + loc[1]
			}
			return k
		}
		j += size
	}
	return len(s)
}

// isTerminator reports whether the rune r of size bytes at s[j:] ends a
// sentence: one of . ! ? ؟ ؛ not followed by a letter or a digit, so that
// "3.5" and "OpenAI.com" are not cut.
func isTerminator(s string, j int, r rune, size int) bool {
	if !strings.ContainsRune(".!?؟؛", r) {
		return false
	}
	next, _ := utf8.DecodeRuneInString(s[j+size:])
	return j+size == len(s) || !(unicode.IsLetter(next) || unicode.IsDigit(next))
}

// sentenceStart returns where the sentence holding i begins.
func sentenceStart(s string, i int) int {
	for j := i; j > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:j])
		if r == '\n' || isTerminator(s, j-size, r, size) {
			return j
		}
		j -= size
	}
	return 0
}

func applyEdits(s string, edits []edit) string {
	sort.SliceStable(edits, func(i, j int) bool { return edits[i].start > edits[j].start })
	last := len(s) + 1
	for _, e := range edits {
		if e.end > last { // overlapping edit: skip
			continue
		}
		s = s[:e.start] + e.repl + s[e.end:]
		last = e.start
	}
	return s
}

var (
	spacesPattern     = regexp.MustCompile(`[ \t]{2,}`)
	spaceBeforePunct  = regexp.MustCompile(`[ \t]+([.,;:!?،؛؟])`)
	adjacentDuplicate = regexp.MustCompile(`(\[\d+\])(\s*\[\d+\])+`)
)

// tidy repairs the spacing left by removed marks.
func tidy(s string) string {
	s = spacesPattern.ReplaceAllString(s, " ")
	s = spaceBeforePunct.ReplaceAllString(s, "$1")
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " \t")
	}
	return strings.TrimSpace(strings.Join(lines, "\n"))
}

// dedupeAdjacentMarks turns "[1][1]" into "[1]".
func dedupeAdjacentMarks(s string) string {
	return adjacentDuplicate.ReplaceAllStringFunc(s, func(run string) string {
		seen := map[string]bool{}
		var b strings.Builder
		for _, m := range markPattern.FindAllString(run, -1) {
			if !seen[m] {
				seen[m] = true
				b.WriteString(m)
			}
		}
		return b.String()
	})
}

// unverifiedLabel marks a quote that was found in no source.
func unverifiedLabel(lang string) string {
	if lang == "ar" {
		return "(اقتباس لم يُعثر عليه في المصادر)"
	}
	return "(quote not found in the sources)"
}

// matchQuote finds quote in paragraph, compared after normalisation, and
// returns the paragraph's own words for it (verbatim, with its spelling and
// vowel marks). An ellipsis in the quote ("…" or "...") may stand for
// omitted words, within bounds, so that it cannot join two real fragments
// into a statement the paragraph does not make: each fragment has at least
// minFragmentWords words, all fragments come in order from one sentence of
// the paragraph, and the words left out hold no negation (it cannot turn
// «ألتمان لم يكن صريحا» into «ألتمان … صريحا»). The fragments are returned
// joined by " … ".
func matchQuote(quote, paragraph string) (string, bool) {
	fp, starts, ends := text.FoldMap(paragraph)
	var parts []string
	for _, part := range strings.FieldsFunc(strings.ReplaceAll(quote, "...", "…"), func(r rune) bool { return r == '…' }) {
		if text.FoldForQuote(part) != "" {
			parts = append(parts, part)
		}
	}
	at := 0
	var found []string
	var spans [][2]int // byte spans in paragraph
	for _, part := range parts {
		f := text.FoldForQuote(part)
		if len(parts) > 1 && len(strings.Fields(f)) < minFragmentWords {
			return "", false
		}
		i := indexAtWords(fp, paragraph, starts, f, at)
		if i < 0 {
			return "", false
		}
		sp := [2]int{starts[i], ends[i+len(f)-1]}
		spans = append(spans, sp)
		found = append(found, strings.TrimSpace(paragraph[sp[0]:sp[1]]))
		at = i + len(f)
	}
	if len(found) > 1 {
		for k := 1; k < len(spans); k++ {
			if negated(paragraph[spans[k-1][1]:spans[k][0]]) {
				return "", false
			}
		}
		if !oneSentence(paragraph, spans[0][0], spans[len(spans)-1][1]) {
			return "", false
		}
	}
	return strings.Join(found, " … "), len(found) > 0
}

// minFragmentWords is the fewest words each part of a quote with an
// ellipsis must have.
const minFragmentWords = 3

// oneSentence reports whether paragraph[from:to] lies within one sentence.
func oneSentence(paragraph string, from, to int) bool {
	for _, sp := range text.SentenceSpans(paragraph) {
		if from >= sp[0] && to <= sp[1] {
			return true
		}
	}
	return false
}

// indexAtWords finds f in fp (paragraph folded, starts mapping each byte
// of fp to its rune in paragraph) at or after from, where it starts and
// ends on word boundaries: a quote «قال» ("said") is not in «أقال»
// ("dismissed"). Arabic writes prepositions, conjunctions and the article
// onto the word and pronouns after it, so a match may begin after such a
// prefix (و ف ب ل ك ال: «الشركة» in «بالشركة») and end before such a
// suffix («مجلس» in «مجلسه»). The paragraph as written settles what folding
// blurs: أل (ألتمان) is no article and ة (العودة) no pronoun. In Latin
// script only a plural s or es may follow.
func indexAtWords(fp, paragraph string, starts []int, f string, from int) int {
	for at := from; at <= len(fp); {
		i := strings.Index(fp[at:], f)
		if i < 0 {
			return -1
		}
		i += at
		if boundaryBefore(fp, paragraph, starts, i, f) && boundaryAfter(fp, paragraph, starts, i+len(f), f) {
			return i
		}
		_, size := utf8.DecodeRuneInString(fp[i:])
		at = i + size
	}
	return -1
}

// arabicProclitics are what may stand before a quoted word inside the same
// written word, after folding.
var arabicProclitics = map[string]bool{
	"و": true, "ف": true, "ب": true, "ل": true, "ك": true, "ال": true, "لل": true,
	"وال": true, "فال": true, "بال": true, "كال": true, "وب": true, "ول": true, "فب": true, "فل": true,
	"وك": true, "وبال": true, "ولل": true, "فلل": true, "س": true, "وس": true, "فس": true,
}

// arabicEnclitics are what may follow a quoted word inside the same word.
var arabicEnclitics = map[string]bool{
	"ه": true, "ها": true, "هم": true, "هما": true, "هن": true, "ك": true, "كم": true, "كما": true,
	"ي": true, "ني": true, "نا": true, "ات": true, "ون": true, "ين": true, "ان": true, "وا": true, "يه": true,
	"تها": true, "ته": true, "تهم": true, "ا": true,
}

func boundaryBefore(fp, paragraph string, starts []int, i int, f string) bool {
	first, _ := utf8.DecodeRuneInString(f)
	if i == 0 || !unicode.IsLetter(first) {
		return true
	}
	start := strings.LastIndexByte(fp[:i], ' ') + 1
	if start == i {
		return true
	}
	if !text.InArabicBlock(first) || !arabicProclitics[fp[start:i]] {
		return false
	}
	// A hamza on the alef makes it part of the word: أل is no article.
	return !strings.ContainsAny(paragraph[starts[start]:starts[i]], "أإآ")
}

func boundaryAfter(fp, paragraph string, starts []int, j int, f string) bool {
	last, _ := utf8.DecodeLastRuneInString(f)
	if j >= len(fp) || !unicode.IsLetter(last) {
		return true
	}
	end := strings.IndexByte(fp[j:], ' ')
	if end < 0 {
		end = len(fp) - j
	}
	if end == 0 {
		return true
	}
	rest := fp[j : j+end]
	if !text.InArabicBlock(last) {
		return rest == "s" || rest == "es"
	}
	if !arabicEnclitics[rest] {
		return false
	}
	// A teh marbuta folds to ه but ends the noun itself: عود is not in العودة.
	r, _ := utf8.DecodeRuneInString(paragraph[starts[j]:])
	return r != 'ة'
}

// sentencesCiting returns the sentences of text that carry mark [n].
func sentencesCiting(text string, n int) string {
	mark := "[" + strconv.Itoa(n) + "]"
	var out []string
	for i := 0; i < len(text); {
		j := strings.Index(text[i:], mark)
		if j < 0 {
			break
		}
		at := i + j
		out = append(out, text[sentenceStart(text, at):at])
		i = at + len(mark)
	}
	return strings.Join(out, " ")
}

// bestSentence returns the sentence of paragraph sharing the most words
// with claim, verbatim; the first sentence when none shares any.
func bestSentence(paragraph, claim string) string {
	sents := text.Sentences(paragraph)
	if len(sents) == 0 {
		return paragraph
	}
	words := map[string]bool{}
	for _, w := range strings.Fields(text.FoldForQuote(claim)) {
		if utf8.RuneCountInString(w) > 2 {
			words[w] = true
		}
	}
	best, bestScore := sents[0], 0
	for _, s := range sents {
		score := 0
		for _, w := range strings.Fields(text.FoldForQuote(s)) {
			if words[w] {
				score++
			}
		}
		if score > bestScore {
			best, bestScore = s, score
		}
	}
	return best
}
