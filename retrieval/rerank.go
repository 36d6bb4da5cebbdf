package retrieval

import (
	"math"
	"slices"
	"strings"
	"unicode"

	"casebot/text"
)

// sentenceIndex holds what the re-ranker reads of every paragraph.
type sentenceIndex struct {
	// sents holds each paragraph's sentences as term sets (see termSet),
	// with their Arabic terms' roots (see rootKey) under "R:".
	sents [][]map[string]bool
	// rootDF counts the paragraphs having each root.
	rootDF map[string]int
	// carries tells, per asked kind (a number, a time), which paragraphs
	// carry one (see Carries): read by preferAsked on every search, so
	// worked out once here.
	carries map[Asked][]bool
	// persons holds, per paragraph and sentence, the persons of the case
	// the sentence names (see sentencePersons); a who-question prefers
	// a sentence naming someone it does not (see namesOther).
	persons [][]map[string]bool
}

// newSentenceIndex reads every paragraph's sentences once, at build time.
func newSentenceIndex(texts []string) sentenceIndex {
	si := sentenceIndex{sents: make([][]map[string]bool, len(texts)), rootDF: map[string]int{}, carries: map[Asked][]bool{}}
	for _, kind := range []Asked{AskedNumber, AskedTime} {
		si.carries[kind] = make([]bool, len(texts))
	}
	for i, s := range texts {
		for _, kind := range []Asked{AskedNumber, AskedTime} {
			si.carries[kind][i] = Carries(s, kind)
		}
		roots := map[string]bool{}
		for _, sent := range text.Sentences(s) {
			have := termSet(sent)
			for _, kind := range []Asked{AskedNumber, AskedTime} {
				if Carries(sent, kind) {
					have["A:"+string(kind)] = true
				}
			}
			markCounted(sent, have)
			if carriesTitle(sent) {
				have["A:"+askedRole] = true
			}
			for _, t := range Tokens(sent) {
				// A verb in the feminine past (أعادت، كشفت) also
				// stands for its plain form, as restoreHamza reads
				// a question's.
				if r := []rune(t); len(r) >= 4 && text.IsArabicWord(t) && r[len(r)-1] == 'ت' {
					b := string(r[:len(r)-1])
					have[b] = true
					have["K:"+skeleton(b)] = true
					if k := rootKey(b); k != "" {
						have["R:"+k] = true
						roots[k] = true
					}
				}
				if r := rootKey(t); r != "" {
					have["R:"+r] = true
					roots[r] = true
				}
			}
			si.sents[i] = append(si.sents[i], have)
		}
		for r := range roots {
			si.rootDF[r]++
		}
	}
	return si
}

// rootMerge merges the letters colloquial speech says otherwise (ذ as د or
// ز, ث as ت or س, ظ as ض or ز): كداب and كذب meet.
var rootMerge = map[rune]rune{'ذ': 'د', 'ث': 'ت', 'ظ': 'ض'}

// rootKey is a rough root of an Arabic term, so that forms of one root on
// different patterns meet as a weak signal: broken plurals (أعضاء/عضو),
// verbal nouns (التصويت/صوّت), participles and intensives (مطرود/طرد،
// كذّاب/كذب). It is the term's letters without the long vowels and hamza,
// with ذ ث ظ merged (rootMerge), a final teh marbuta dropped and a leading
// م or ت (the prefixes of مفعول، تفعيل) dropped from words of four letters
// or more. "" for non-Arabic terms and keys shorter than two letters.
func rootKey(t string) string {
	if !text.IsArabicWord(t) {
		return ""
	}
	var r []rune
	for _, c := range text.Fold(t) {
		switch c {
		case 'ا', 'و', 'ي', 'ء':
			continue
		}
		if m, ok := rootMerge[c]; ok {
			c = m
		}
		r = append(r, c)
	}
	if len(r) >= 4 && r[len(r)-1] == 'ه' {
		r = r[:len(r)-1]
	}
	if len(r) >= 3 && (r[0] == 'م' || r[0] == 'ت') {
		r = r[1:]
	}
	if len(r) < 2 {
		return ""
	}
	return string(r)
}

// askedShare is the share of a sentence's fit that carrying the kind of
// fact asked for (a number, a time) decides.
const askedShare = 0.25

// rootCredit is how much of a word's weight a sentence earns by having a
// word of the same rough root (rootKey) but not the same stem, skeleton or
// synonym.
const rootCredit = 0.5

// rerankWeight is the share of a candidate's final score that its best
// sentence's fit (sentenceFit) decides; the fused score keeps the rest.
const rerankWeight = 0.5

// rerankBand is the share of the best fused score a candidate needs to be
// re-ranked.
const rerankBand = 0.5

// rerankDepth is how many of the best fused candidates are re-ranked.
const rerankDepth = 8

// queryUnit is one content word of a question for the re-ranker: the terms
// it may appear as and its weight.
type queryUnit struct {
	terms []string
	w     float64
}

// fitParticles are words (folded) the sentence fit leaves out: «بعد» and
// «قبل» (after, before) place what is asked in time, and a sentence that
// happens to have one («بعد أيام») carries no more of the answer for it
// (the cross-language path reads them so too, see questionParticles).
var fitParticles = set("بعد", "قبل")

// asksSpan reports whether question asks how long after or before
// something («بعد كم يوم عاد؟», «بعد قديش» read as «بعد كم», "after how
// long"): then «بعد» is what the answer («بعد أيام») carries.
func asksSpan(question string) bool {
	ws := text.Words(question)
	for i := 0; i+1 < len(ws); i++ {
		f := text.Fold(ws[i])
		if (fitParticles[f] || f == "after" || f == "before") && countCues[text.Fold(ws[i+1])] {
			return true
		}
		if (f == "after" || f == "before") && text.Fold(ws[i+1]) == "how" {
			return true
		}
	}
	return false
}

// rerankUnits returns the question's content words the corpus knows, each
// weighted by the IDF of its rarest known term. Words the corpus has
// nowhere weigh on every paragraph alike and are left out.
func (ix *Index) rerankUnits(sq standardQuery) []queryUnit {
	var out []queryUnit
	seen := map[string]bool{}
	excluded := excludedWords(sq.raw)
	for _, u := range sq.units {
		key := u.terms[0]
		if seen[key] {
			continue
		}
		for _, t := range u.terms {
			seen[t] = true
		}
		if frameWords[text.Fold(u.word)] || (fitParticles[text.Fold(u.word)] && !asksSpan(sq.question)) || allExcluded(strings.Fields(u.word), excluded) {
			continue
		}
		terms := u.terms
		w := 0.0
		for _, t := range terms {
			switch {
			case ix.known(t):
				w = math.Max(w, ix.bm25.idf(t))
			case len(ix.thesaurus.terms[t]) > 0:
				// A word the corpus lacks weighs as the paragraphs
				// having any of its synonyms make it weigh.
				w = math.Max(w, ix.synonymIDF(t))
			}
			if r := rootKey(t); r != "" && w == 0 && ix.sx.rootDF[r] > 0 {
				w = ix.rootIDF(r)
			}
		}
		if w > 0 {
			out = append(out, queryUnit{terms: terms, w: w})
		}
	}
	out = ix.joinNames(out)
	// Words the lexical side reads only once hamza seats are restored
	// (التمان → ألتمان, see restoreHamza) count as it counts them.
	for _, t := range Tokens(ix.restoreHamza(sq.search)) {
		if !seen[t] && ix.known(t) {
			seen[t] = true
			out = append(out, queryUnit{terms: []string{t}, w: ix.bm25.idf(t)})
		}
	}
	return out
}

// sentenceFit is the IDF-weighted share of the question's units carried by
// the best single sentence of paragraph d: a paragraph whose one sentence
// holds what was asked beats one that shares scattered words, often only
// the case's common names.
func (ix *Index) sentenceFit(units []queryUnit, asked Asked, d int) float64 {
	return ix.sentenceFitFor(units, fitAsk{asked: asked}, d)
}

// fitAsk is what a question asks for, as the re-ranker reads it.
type fitAsk struct {
	asked Asked
	// counted is the term a how-many question counts (see countedTerm).
	counted string
	// role is set when the question asks for someone's post (asksRole).
	role bool
	// person is set when the question asks who (AskedPerson); named
	// holds the persons of the case it names already (namedPersons).
	person bool
	named  map[string]bool
}

// sentenceFitFor is sentenceFit with what the question counts and whether
// it asks for a post.
func (ix *Index) sentenceFitFor(units []queryUnit, ask fitAsk, d int) float64 {
	asked := ask.asked
	var total float64
	for _, u := range units {
		total += u.w
	}
	if total == 0 {
		return 0
	}
	best := 0.0
	for j, have := range ix.sx.sents[d] {
		got := 0.0
		for _, u := range units {
			credit := 0.0
			for _, t := range u.terms {
				credit = math.Max(credit, ix.termCredit(t, have, true))
				if t == ask.counted && ix.countedNear(t, have) {
					// What a how-many question counts is singular
					// by grammar (كم عضو); the answer counts it in
					// the plural (ستة أعضاء).
					credit = 1
				}
			}
			got += credit * u.w
		}
		fit := got / total
		switch {
		case asked == AskedNumber || asked == AskedTime:
			// A sentence that can answer how many or when; how many
			// of what it counts, best.
			a := 0.0
			if have["A:"+string(asked)] {
				a = 1
				if asked == AskedNumber && ask.counted != "" && !ix.countedNear(ask.counted, have) {
					a = countedShare
				}
			}
			fit = (1-askedShare)*fit + askedShare*a
		case ask.role:
			// A sentence that names a post.
			a := 0.0
			if have["A:"+askedRole] {
				a = 1
			}
			fit = (1-askedShare)*fit + askedShare*a
		case ask.person:
			// A sentence that names someone the question does not.
			a := 0.0
			if ix.namesOther(d, j, ask.named) {
				a = 1
			}
			fit = (1-askedShare)*fit + askedShare*a
		}
		best = math.Max(best, fit)
	}
	return best
}

// countedReach is how many words from a number a word may stand to be
// what the number counts («أربعة من أصل ستة أعضاء», "700 of 770 staff").
const countedReach = 4

// countedShare is the share of the asked-for credit of a how-many question
// that a sentence earns by carrying a number at all; the rest it earns when
// the number stands next to what the question counts (see countedTerm).
const countedShare = 0.5

// markCounted adds to have, under "N:", the terms (and rough roots, "N:R:")
// of the words of sent that stand within countedReach words of a number
// other than a year.
func markCounted(sent string, have map[string]bool) {
	ws := text.Words(sent)
	var at []int
	for i, w := range ws {
		if isCount(w) {
			at = append(at, i)
		}
	}
	for _, i := range at {
		for j := max(0, i-countedReach); j <= min(len(ws)-1, i+countedReach); j++ {
			if j == i {
				continue
			}
			if t := term(ws[j]); t != "" {
				have["N:"+t] = true
				if r := rootKey(t); r != "" {
					have["N:R:"+r] = true
				}
			}
		}
	}
}

// isCount reports whether the word w is a number other than a year or a
// number word (see Carries).
func isCount(w string) bool {
	if text.IsDigits(w) {
		return !text.IsYear(w)
	}
	return !text.IsDigits(w) && Carries(w, AskedNumber) && !strings.ContainsFunc(w, unicode.IsDigit)
}

// countCues open what a how-many question counts, folded.
var countCues = set("كم", "بكم", "عدد", "many", "much", "number")

// countFillers stand between a count cue and what it counts (كم من
// الأعضاء، كم عدد الأعضاء، how many of the staff), folded.
var countFillers = set("من", "عدد", "of", "the")

// countedTerm returns the term of what a how-many question counts: the
// first content word after its count cue (كم عضو → عضو, how many members →
// member), or "" when it names none (كم واحد).
func countedTerm(question string) string {
	ws := text.Words(question)
	for i, w := range ws {
		if !countCues[text.Fold(w)] {
			continue
		}
		for _, x := range ws[i+1:] {
			f := text.Fold(x)
			if f == "واحد" {
				return "" // كم واحد: how many people
			}
			if countFillers[f] {
				continue
			}
			if t := term(x); t != "" {
				return t
			}
			break
		}
		return ""
	}
	return ""
}

// countedNear reports whether a sentence's term set has the counted term
// (or a synonym or rough root of it) next to a number.
func (ix *Index) countedNear(t string, have map[string]bool) bool {
	if have["N:"+t] {
		return true
	}
	for _, s := range ix.thesaurus.terms[t] {
		if have["N:"+s] {
			return true
		}
	}
	r := rootKey(t)
	return r != "" && have["N:R:"+r]
}

// askedRole marks the sentences that carry a role or title ("مديرة
// التكنولوجيا", "chief scientist"); a question asking for someone's post
// (see asksRole) prefers them.
const askedRole = "role"

// titleWords are words that name a post or role, folded; a sentence with
// one carries a title.
var titleWords = set("مدير", "مديره", "مديرها", "مديرة", "رئيس", "رئيسه", "رئيسة", "كبير", "كبيره", "عضو", "اعضاء", "مؤسس", "مؤسسي",
	"مؤسسه", "صحفي", "صحفيه", "الصحفي", "الصحفيه", "مستشار", "مستشاره", "نائب", "مسؤول", "مسؤوله", "وزير", "وزيره", "مهندس",
	"باحث", "باحثه", "المدير", "المديره", "الرئيس", "الرئيسه", "العضو", "المؤسس", "رئيسا", "مديرا",
	"chief", "ceo", "cto", "president", "chairman", "chairwoman", "founder", "cofounder", "director", "member",
	"scientist", "journalist", "officer", "executive", "head", "minister", "reporter", "researcher")

// carriesTitle reports whether sent names a post or role.
func carriesTitle(sent string) bool {
	for _, w := range text.Words(sent) {
		f := text.Fold(w)
		if titleWords[f] {
			return true
		}
		for _, p := range []string{"و", "ب", "ل", "ك"} {
			if rest, ok := strings.CutPrefix(f, p); ok && titleWords[rest] {
				return true
			}
		}
	}
	return false
}

// roleCues name a post; after a what-word (ما منصب، شو كان منصب، what
// position) they ask for one, folded.
var roleCues = set("منصب", "منصبه", "منصبها", "وظيفه", "وظيفته", "وظيفتها", "مهنه", "مهنته", "مهنتها", "صفه", "صفته", "صفتها",
	"لقب", "لقبه", "لقبها", "position", "post", "job", "title", "occupation")

// roleAskers open a question for a role, folded: a what-word or a verb of
// being after one.
var roleAskers = set("ما", "ماذا", "اي", "هو", "هي", "كان", "كانت", "what", "which", "s", "is", "was", "his", "her", "their")

// asksRole returns the role cue of a question that asks for someone's post
// ("ما منصب سوتسكيفر؟", "شو كان منصب…", "what position did … hold"), or
// "". A post named as a place (عاد إلى منصبه, back to his post) is no such
// question: the cue must follow a what-word with only words of being
// between.
func asksRole(question string) string {
	ws := text.Words(question)
	for i, w := range ws {
		f := text.Fold(w)
		if !roleCues[f] {
			continue
		}
		for j := i - 1; j >= 0 && j >= i-3; j-- {
			g := text.Fold(ws[j])
			if g == "ما" || g == "ماذا" || g == "اي" || g == "what" || g == "which" {
				return f
			}
			if !roleAskers[g] {
				break
			}
		}
	}
	return ""
}

// rerank re-scores the best fused candidates by their best sentence's fit
// to the question and re-sorts them; the rest keep their order below.
func (ix *Index) rerank(fused []scored, sq standardQuery, asked Asked) {
	units := ix.rerankUnits(sq)
	ask := fitAsk{asked: asked}
	if asked == AskedNumber {
		ask.counted = countedTerm(sq.question)
	}
	if cue := asksRole(sq.question); cue != "" && asked != AskedNumber && asked != AskedTime {
		// The post asked for is what to find, not a word to match: the
		// article's «عاد إلى منصبه» is no answer to «ما منصبه؟».
		ask.role = true
		units = dropTerm(units, term(cue))
	}
	if asked == AskedPerson && !ask.role {
		ask.person, ask.named = true, ix.names.namedPersons(sq)
	}
	if len(units) == 0 || len(fused) < 2 {
		return
	}
	// Only candidates the fused ranking finds competitive are re-ranked:
	// a sentence fit never lifts a paragraph that shares a word or two.
	n, floor := competitive(fused)
	for i := range fused[:n] {
		fit := ix.sentenceFitFor(units, ask, fused[i].doc)
		// The proximity of the question's words adds its share on top.
		s := min((1-rerankWeight)*fused[i].score+rerankWeight*fit+nearWeight*ix.nearShare(units, fused[i].doc), 1)
		// Re-ranked candidates stay above the ones not re-ranked.
		fused[i].score = math.Max(s, floor)
	}
	sortScored(fused[:n])
}

// rootIDF is the BM25 IDF of a root (see rootKey) over the paragraphs.
func (ix *Index) rootIDF(r string) float64 {
	n := float64(len(ix.paras))
	df := float64(ix.sx.rootDF[r])
	return math.Log(1 + (n-df+0.5)/(df+0.5))
}

// synonymIDF is the BM25 IDF of the paragraphs having any synonym of t, 0
// when none has.
func (ix *Index) synonymIDF(t string) float64 {
	docs := map[int32]bool{}
	for _, syn := range ix.thesaurus.terms[t] {
		for _, p := range ix.bm25.postings[syn] {
			docs[p.doc] = true
		}
	}
	if len(docs) == 0 {
		return 0
	}
	n := float64(len(ix.paras))
	df := float64(len(docs))
	return math.Log(1 + (n-df+0.5)/(df+0.5))
}

// exclusionCues open a part of a question naming what is not asked about
// ("apart from the chief executive, who else…"), folded.
var exclusionCues = []string{"apart from", "aside from", "other than", "besides", "except", "excluding",
	"سوي", "عدا", "ما عدا", "باستثناء", "بخلاف"}

// excludedWords returns the folded words of q that follow an exclusion cue,
// up to the end of its clause: a paragraph is not the answer for carrying
// them.
func excludedWords(q string) map[string]bool {
	out := map[string]bool{}
	for _, clause := range strings.FieldsFunc(text.Fold(q), func(r rune) bool {
		return r == ',' || r == '،' || r == '؟' || r == '?' || r == '.' || r == ';' || r == '؛'
	}) {
		ws := strings.FieldsFunc(clause, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		line := " " + strings.Join(ws, " ") + " "
		for _, cue := range exclusionCues {
			if i := strings.Index(line, " "+cue+" "); i >= 0 {
				for _, w := range strings.Fields(line[i+len(cue)+2:]) {
					out[w] = true
				}
			}
		}
	}
	return out
}

// allExcluded reports whether ws is not empty and every word of it is in set.
func allExcluded(ws []string, set map[string]bool) bool {
	for _, w := range ws {
		if !set[text.Fold(w)] {
			return false
		}
	}
	return len(ws) > 0
}

// dropTerm returns units without those read as the term t.
func dropTerm(units []queryUnit, t string) []queryUnit {
	var out []queryUnit
	for _, u := range units {
		if !slices.Contains(u.terms, t) {
			out = append(out, u)
		}
	}
	return out
}

// nudge adds bonus(doc) to each competitive candidate's score (see
// competitive), keeps each re-ranked candidate above the first one left
// out, re-sorts them and scales the scores back so the best is at most 1:
// the shape of every preference step that lifts a paragraph for what it
// holds (a speaker, the question's language, a change of state).
func nudge(fused []scored, bonus func(doc int) float64) {
	n, floor := competitive(fused)
	for i := range fused[:n] {
		fused[i].score = math.Max(fused[i].score+bonus(fused[i].doc), floor)
	}
	sortScored(fused[:n])
	if m := fused[0].score; m > 1 {
		for i := range fused {
			fused[i].score /= m
		}
	}
}

// competitive returns how many of the leading fused candidates a
// re-ranking step may reorder (at most rerankDepth, each at least
// rerankBand of the best score) and the score of the first one left out,
// under which no re-ranked candidate may fall (0 when none is left out).
func competitive(fused []scored) (n int, floor float64) {
	n = min(rerankDepth, len(fused))
	for i := 1; i < n; i++ {
		if fused[i].score < rerankBand*fused[0].score {
			n = i
			break
		}
	}
	if n < len(fused) {
		floor = fused[n].score
	}
	return n, floor
}
