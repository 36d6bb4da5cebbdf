package retrieval

import (
	_ "embed"
	"strings"
	"unicode"

	"casebot/text"
)

//go:embed dialect_ar.txt
var dialectText string

// More synonym groups and glossary lines (paraphrase reach), kept in files
// of their own; Build reads them with thesaurus_ar.txt and glossary_en_ar.txt.
var (
	//go:embed thesaurus_more_ar.txt
	thesaurusMoreText string
	//go:embed glossary_more_en_ar.txt
	glossaryMoreText string
)

// dialectEntry is what a colloquial form stands for in standard Arabic.
type dialectEntry struct {
	// std are the standard words, as written (may be empty: a filler).
	std []string
	// function is true for question words, particles and light verbs:
	// they say what is asked, not what to look for.
	function bool
}

// dialectPhrase is a colloquial form of several words.
type dialectPhrase struct {
	words []string // folded
	entry dialectEntry
}

// dialectLexicon maps colloquial Arabic (and Arabizi) forms to standard
// Arabic. It is built from dialect_ar.txt and never changes after.
type dialectLexicon struct {
	words   map[string]dialectEntry
	phrases map[string][]dialectPhrase // keyed by the phrase's first word
}

func parseDialect(src string) dialectLexicon {
	lx := dialectLexicon{words: map[string]dialectEntry{}, phrases: map[string][]dialectPhrase{}}
	for _, line := range listLines(src) {
		sep := strings.IndexAny(line, "=~")
		if sep < 0 {
			continue
		}
		e := dialectEntry{function: line[sep] == '~'}
		for _, w := range strings.Fields(line[sep+1:]) {
			e.std = append(e.std, strings.Fields(strings.ReplaceAll(w, "_", " "))...)
		}
		for _, form := range strings.Fields(line[:sep]) {
			ws := strings.Split(form, "_")
			for i := range ws {
				ws[i] = text.Fold(ws[i])
			}
			if len(ws) == 1 {
				if _, dup := lx.words[ws[0]]; !dup {
					lx.words[ws[0]] = e
				}
				continue
			}
			lx.phrases[ws[0]] = append(lx.phrases[ws[0]], dialectPhrase{words: ws, entry: e})
		}
	}
	return lx
}

// qword is one word of a query: as written (folded, hamza seats kept, see
// text.Words) and whether it started with a capital letter.
type qword struct {
	w       string
	capital bool
	// lettered is whether the word was typed with one of foreignLetters,
	// which the fold in w no longer shows.
	lettered bool
}

// queryWords splits s into words as text.Words does, and also where a word
// changes script (الHR → ال HR, لـOpenAI → ل OpenAI).
func queryWords(s string) []qword {
	s = text.ForMatch(s)
	var (
		out      []qword
		cur      []rune
		capital  bool
		lettered bool
		script   int // 1 Arabic, 2 other
	)
	flush := func() {
		if len(cur) > 0 {
			out = append(out, qword{w: string(cur), capital: capital, lettered: lettered})
			cur = cur[:0]
		}
	}
	for _, r := range s {
		f := text.FoldRuneKeepAlef(r)
		if f == -1 || unicode.IsMark(f) {
			continue
		}
		if !unicode.IsLetter(f) && !unicode.IsDigit(f) {
			flush()
			continue
		}
		sc := 2
		if text.IsArabicLetter(f) {
			sc = 1
		}
		if len(cur) > 0 && unicode.IsLetter(f) && sc != script {
			flush()
		}
		if len(cur) == 0 {
			capital = unicode.IsUpper(r)
			lettered = false
		}
		if strings.ContainsRune(foreignLetters, r) {
			lettered = true
		}
		if unicode.IsLetter(f) {
			script = sc
		}
		cur = append(cur, f)
	}
	flush()
	return out
}

// standardQuery is a query read into the corpus's standard language.
type standardQuery struct {
	// raw is the question as typed.
	raw string
	// search is the text retrieval analyses: content words in the
	// corpus's spelling, function words left out.
	search string
	// question is the whole question in standard words, function words
	// included, for reading what it asks (when, how many, who...).
	question string
	// units are the question's content words, each with the terms it was
	// read as (a glossary word may give several).
	units []unit
	// dialect counts the colloquial forms recognised.
	dialect int
	// foreign lists, as written, the things the question names that the
	// corpus never mentions (see world.go).
	foreign []string
	// advice is set when the question is about the asker (see isAdvice).
	advice bool
}

// unitClass says how a content word of a question was read.
type unitClass int

const (
	// unitPlain is a word read as written, translated or respelt.
	unitPlain unitClass = iota
	// unitForeign is a word that names something: a Latin-script word
	// no glossary or spelling rule turned into a corpus word, written
	// with a capital or inside an Arabic question (Apple, Tesla in Latin
	// letters), or a number the corpus does not have.
	unitForeign
	// unitLatin is any other Latin-script word left as written.
	unitLatin
)

// unit is one content word of a question.
type unit struct {
	word  string   // as written (folded)
	terms []string // analysed terms it was read as
	class unitClass
}

// standardize reads a question typed as people type it — colloquial Arabic,
// spelling variants, Latin-script names inside Arabic and Arabic names
// inside English — into standard words the corpus uses. Words the corpus
// has are kept as they are; only unknown words are read differently, so
// the rewrite can only turn a dead word into a live one.
func (ix *Index) standardize(q string) standardQuery {
	ws := queryWords(q)
	var search, question []string
	sq := standardQuery{raw: q}
	arabicQuestion := text.Language(q) == "ar"
	lowercase := q == strings.ToLower(q)
	sq.advice = ix.isAdvice(q, ws)
	addUnit := func(w string, std []string, class unitClass) {
		var ts []string
		for _, s := range std {
			ts = append(ts, Tokens(s)...)
		}
		if len(ts) > 0 {
			sq.units = append(sq.units, unit{word: w, terms: ts, class: class})
		}
	}
	emit := func(w string, e dialectEntry) {
		sq.dialect++
		question = append(question, e.std...)
		if !e.function {
			search = append(search, e.std...)
			addUnit(w, e.std, unitPlain)
		}
	}
	keepAs := func(w string, std []string, class unitClass) {
		search = append(search, std...)
		question = append(question, std...)
		addUnit(w, std, class)
	}
	keep := func(w string) { keepAs(w, []string{w}, unitPlain) }
	for i := 0; i < len(ws); i++ {
		w := ws[i].w
		// A lone article or one-letter preposition before a Latin word
		// (الـ board, لـ OpenAI) belongs to it.
		if text.IsArabicWord(w) && i+1 < len(ws) && !text.IsArabicWord(ws[i+1].w) && len([]rune(w)) <= 3 &&
			(w == "ال" || w == "لل" || w == "بال" || w == "وال" || len([]rune(w)) == 1) {
			continue
		}
		if n := ix.otherPersonAt(ws, i); n > 0 {
			// Another person with the case's given name (سام سميث): the
			// whole name is foreign; the given name alone is not looked
			// for as the case's.
			var parts []string
			for _, x := range ws[i : i+n] {
				parts = append(parts, x.w)
			}
			sq.foreign = append(sq.foreign, strings.Join(parts, " "))
			search = append(search, parts...)
			question = append(question, parts...)
			addUnit(strings.Join(parts, " "), parts[1:], unitForeign)
			i += n - 1
			continue
		}
		if n := ix.foreignAt(ws, i, lowercase); n > 0 {
			var parts []string
			for _, x := range ws[i : i+n] {
				parts = append(parts, x.w)
			}
			sq.foreign = append(sq.foreign, strings.Join(parts, " "))
			keepAs(strings.Join(parts, " "), parts, unitForeign)
			i += n - 1
			continue
		}
		if n, e, ok := ix.dialect.phraseAt(ws, i); ok && !ix.knownPhrase(ws[i:i+n]) {
			var parts []string
			for _, x := range ws[i : i+n] {
				parts = append(parts, x.w)
			}
			emit(strings.Join(parts, " "), e)
			i += n - 1
			continue
		}
		if possessiveHaqq(ws, i) {
			emit(w, dialectEntry{function: true})
			continue
		}
		if text.IsArabicWord(w) && ix.dialect.knowFrameAt(ws, i) {
			emit(w, dialectEntry{function: true})
			continue
		}
		if text.IsArabicWord(w) {
			// A word the article writes so is read as the article reads
			// it; then a colloquial form as written; then a word whose
			// stem the article or the thesaurus has; then a colloquial
			// form with a clitic (كلمها، ديالو); then a respelling.
			if ix.vocab.words[text.Fold(w)] {
				keep(w)
				continue
			}
			if e, ok := ix.dialect.words[text.Fold(w)]; ok {
				emit(w, e)
				continue
			}
			if term(w) == "" || ix.recognised(w) {
				keep(w)
				continue
			}
			if rest := ix.procliticRest(w); rest != "" {
				keepAs(w, []string{rest}, unitPlain)
				continue
			}
			if std := ix.pluralWawRest(w); std != "" {
				keepAs(w, []string{std}, unitPlain)
				continue
			}
			if e, ok := ix.dialect.lookupArabic(w); ok {
				emit(w, e)
				continue
			}
			// A frame word ("currently", "exactly") is no misspelling
			// of a corpus word: حاليا is not the name إليا.
			if frameWords[text.Fold(w)] {
				keep(w)
				continue
			}
			// A word typed with a letter Arabic borrows for a foreign
			// sound (پيتر) is a loanword or a name, no misspelt Arabic
			// word: only the readings above reach it.
			if alt := ix.respell(w); alt != "" && !ws[i].lettered {
				keepAs(w, []string{alt}, unitPlain)
				continue
			}
			if ws[i].lettered || transliterated(w) || ix.slotName(ws, i) {
				// A word no reading reaches, shaped as Arabic writes
				// foreign names (تشانغبينغ) or standing where a question
				// names an organisation or a person (مدرب النصر): it
				// names something the corpus never mentions.
				sq.foreign = append(sq.foreign, w)
				keepAs(w, []string{w}, unitForeign)
				continue
			}
			keep(w)
			continue
		}
		if text.IsDigits(w) {
			class := unitPlain
			if !ix.known(w) {
				class = unitForeign
			}
			keepAs(w, []string{w}, class)
			continue
		}
		if ix.lang != "ar" {
			keep(w)
			continue
		}
		// "keep … secret / under wraps": the secrecy word says it all;
		// the light verb would read as its other senses (بقي، ظل).
		if concealingKeep(ws, i) {
			question = append(question, w)
			continue
		}
		// A Latin-script word over an Arabic corpus: a phrase first
		// (pushed out, back then), then the word alone.
		if n, ar := ix.phrases.at(ws, i); n > 0 {
			var parts []string
			for _, x := range ws[i : i+n] {
				parts = append(parts, x.w)
			}
			if ar == nil {
				question = append(question, parts...) // a frame phrase
			} else {
				keepAs(strings.Join(parts, " "), ar, unitPlain)
			}
			i += n - 1
			continue
		}
		t := term(w)
		switch {
		case t == "":
			question = append(question, w) // an English function word
		case ix.known(t):
			keep(w) // the corpus writes it so (OpenAI, ChatGPT)
		case len(ix.glossary[t]) > 0:
			keepAs(w, ix.glossary[t], unitPlain)
		default:
			if e, ok := ix.dialect.words[text.Fold(w)]; ok {
				emit(w, e)
				continue
			}
			// A capital names something, except the question's first
			// word; so does, in a question typed without capitals, a
			// word nothing reads right after a given name of the case
			// ("sam bankman-fried": another Sam).
			name := ws[i].capital && i > 0 || arabicQuestion ||
				lowercase && i > 0 && ix.latinGivenName(ws[i-1].w) && !commonEnglish[text.Fold(w)] ||
				lowercase && orgSlot(ws, i)
			if ar := ix.transliterate(w, name); ar != "" {
				keepAs(w, []string{ar}, unitPlain)
				continue
			}
			if ar := ix.names.spelt(w); name && ar != "" {
				keepAs(w, []string{ar}, unitPlain) // Altmann: the case's Altman
				continue
			}
			class := unitLatin
			if name {
				class = unitForeign
			}
			keepAs(w, []string{w}, class)
		}
	}
	sq.search = strings.Join(search, " ")
	sq.question = strings.Join(question, " ")
	return sq
}

// phraseAt returns the length and entry of the longest colloquial phrase
// starting at word i.
// Its first word may carry a one-letter proclitic (باوبن اي اي: "with
// OpenAI"), which the phrase's reading leaves out.
func (lx dialectLexicon) phraseAt(ws []qword, i int) (int, dialectEntry, bool) {
	best, bestE := 0, dialectEntry{}
	f := text.Fold(ws[i].w)
	var cands []dialectPhrase
	for _, first := range append([]string{f}, procliticCuts(f)...) {
		cands = append(cands, lx.phrases[first]...)
	}
	for _, p := range cands {
		if len(p.words) <= best || i+len(p.words) > len(ws) {
			continue
		}
		ok := true
		for j, pw := range p.words {
			if j == 0 {
				continue // matched above, as written or without its proclitic
			}
			if text.Fold(ws[i+j].w) != pw {
				ok = false
				break
			}
		}
		if ok {
			best, bestE = len(p.words), p.entry
		}
	}
	return best, bestE, best > 0
}

// knownPhrase reports whether every word of ws is one the corpus has
// (then a phrase that looks colloquial is read as the corpus reads it). An
// Arabic word must be written so in the corpus, not only share a stem with
// a corpus word: "واحد" in "كم واحد" is not the "أحد" the stemmer makes
// of it.
func (ix *Index) knownPhrase(ws []qword) bool {
	for _, w := range ws {
		t := term(w.w)
		switch {
		case t == "":
		case text.IsArabicWord(w.w):
			if !ix.vocab.words[text.Fold(w.w)] {
				return false
			}
		case !ix.known(t):
			return false
		}
	}
	return true
}

// Clitics tried, in order, when a colloquial form is looked up: the form
// as written, then without a leading conjunction, preposition or article,
// then also without a trailing pronoun or the Egyptian negation ـش.
var (
	dialectPrefixes = []string{"وال", "بال", "فال", "هال", "عال", "لل", "ال", "و", "ف", "ب", "ل", "ع"}
	dialectSuffixes = []string{"هم", "ها", "لي", "لو", "له", "لها", "ني", "ه", "و", "ك", "ي", "ش"}
)

// lookupArabic finds an Arabic word in the lexicon, as written or with a
// clitic taken off.
func (lx dialectLexicon) lookupArabic(w string) (dialectEntry, bool) {
	f := text.Fold(w)
	if e, ok := lx.words[f]; ok {
		return e, true
	}
	for _, v := range cliticVariants(f) {
		if e, ok := lx.words[v]; ok {
			return e, true
		}
	}
	// A colloquial verb written with the standard plural "-وا" (طيروا
	// for طيرو).
	if rest, ok := strings.CutSuffix(f, "وا"); ok && len([]rune(rest)) >= 2 {
		if e, ok := lx.words[rest+"و"]; ok {
			return e, true
		}
	}
	// A verb with a colloquial marker or negation around it (كيدير،
	// تيقولو، غادي → غيمشي، ماكيعرفش): the verb, then its clitics.
	for _, v := range markerVariants(f) {
		if e, ok := lx.words[v]; ok {
			return e, true
		}
		for _, c := range cliticVariants(v) {
			if e, ok := lx.words[c]; ok {
				return e, true
			}
		}
	}
	return dialectEntry{}, false
}

// markerVariants returns the folded word f without the colloquial marks a
// verb takes, most likely first: the negation ما…ش / م…ش around it
// (ماعرفش، مكيعرفش), then a present or future marker before the
// imperfect — Maghrebi كـ، كا، تا and تـ before ي (كيدير، كايقول، تانعرف،
// تيقولو), Egyptian and Levantine بـ، هـ، حـ (بيقول، هيرجع), Moroccan غـ،
// غا (غيمشي، غانقول). At least three letters stay after a marker, so a
// short standard word is never cut into a lexicon form.
func markerVariants(f string) []string {
	var out []string
	cores := []string{f}
	r := []rune(f)
	if n := len(r); n >= 5 && r[n-1] == 'ش' && r[0] == 'م' {
		if r[1] == 'ا' {
			cores = append(cores, string(r[2:n-1]))
		}
		cores = append(cores, string(r[1:n-1]))
	}
	for i, c := range cores {
		if i > 0 {
			out = append(out, c)
		}
		cr := []rune(c)
		for _, m := range verbMarkers {
			mr := []rune(m.marker)
			if len(cr) < len(mr)+4 || !strings.HasPrefix(c, m.marker) || !strings.ContainsRune(m.before, cr[len(mr)]) {
				continue
			}
			out = append(out, string(cr[len(mr):]))
		}
	}
	return out
}

// verbMarkers are the colloquial present and future markers, each with
// the imperfect prefixes it may stand before.
var verbMarkers = []struct{ marker, before string }{
	{"كا", "يتن"}, {"تا", "يتن"}, {"غا", "يتن"},
	{"ك", "يتن"}, {"ت", "ي"}, {"غ", "يتن"}, {"ب", "يتن"}, {"ه", "يتن"}, {"ح", "يتن"},
}

// knowFrameVerbs are second-person verbs of knowing and thinking
// (تعرف "do you know", تفتكر "do you think"). Alone they may be a third
// person feminine and the question ("هل كانت موراتي تعرف"); before a
// question word or after a yes-no particle they are the asker's frame.
var knowFrameVerbs = set(
	"تعرف", "تعرفي", "تعرفو", "تعرفوا", "بتعرف", "بتعرفي", "كتعرف", "تتعرف", "تدري", "تدرى", "تدرين",
	"تظن", "تظني", "تعتقد", "تعتقدي", "بتعتقد", "تفتكر", "تفتكري", "بتفتكر", "تشوف", "كتشوف",
)

// frameQuestionWords are what a know-frame stands before: standard
// question words and the colloquial ones (folded).
var frameQuestionWords = set(
	"من", "ماذا", "ما", "لماذا", "متى", "أين", "كيف", "كم", "أي", "هل", "إذا", "اذا", "ان", "أن", "إن", "انه", "أنه",
)

// knowFrameAt reports whether word i of ws is a second-person verb of
// knowing or thinking used as the asker's frame: a yes-no particle or
// "you" before it, or a question word (standard or colloquial) after it.
func (lx dialectLexicon) knowFrameAt(ws []qword, i int) bool {
	if !knowFrameVerbs[text.Fold(ws[i].w)] {
		return false
	}
	if i > 0 {
		switch text.Fold(ws[i-1].w) {
		case "هل", "واش", "انت", "انتي", "انتا", "إنت", "وانت", "ياترى", "شي":
			return true
		}
	}
	if i+1 >= len(ws) {
		return false
	}
	next := text.Fold(ws[i+1].w)
	if frameQuestionWords[next] {
		return true
	}
	if e, ok := lx.words[next]; ok && e.function && len(e.std) > 0 {
		return frameQuestionWords[text.Fold(e.std[0])] || e.std[0] == "الذي" || e.std[0] == "أن"
	}
	return false
}

// cliticVariants returns f with one prefix, one suffix, or both taken
// off, keeping at least two letters.
func cliticVariants(f string) []string {
	var out []string
	bases := []string{f}
	for _, p := range dialectPrefixes {
		if rest, ok := strings.CutPrefix(f, p); ok && len([]rune(rest)) >= 2 {
			out = append(out, rest)
			bases = append(bases, rest)
		}
	}
	for _, b := range bases {
		for _, s := range dialectSuffixes {
			if rest, ok := strings.CutSuffix(b, s); ok && len([]rune(rest)) >= 2 {
				out = append(out, rest)
			}
		}
	}
	return out
}

// analyse turns a query into the text retrieval matches: read into
// standard words (standardize), English put into the corpus language
// (crossLanguage) and hamza seats restored (restoreHamza).
func (ix *Index) analyse(q string) string {
	s := ix.standardize(q).search
	if ix.lang != "ar" {
		// standardize puts Latin-script words into an Arabic corpus's
		// words itself; other corpora go through the cross-language step.
		s = ix.crossLanguage(s)
	}
	return ix.restoreHamza(s)
}

// concealWords are the words that, after "keep", make it the light verb of
// an idiom of secrecy ("kept it secret", "keep their talks under wraps",
// "kept the meeting quiet"), as lower-case English.
var concealWords = map[string]bool{"secret": true, "private": true, "quiet": true, "hidden": true,
	"confidential": true, "wraps": true, "lid": true, "covert": true}

// concealingKeep reports whether ws[i] is a form of "keep" that a
// concealWords word follows within four words: the idiom's verb, which
// says nothing by itself.
func concealingKeep(ws []qword, i int) bool {
	switch strings.ToLower(ws[i].w) {
	case "keep", "keeps", "kept", "keeping":
	default:
		return false
	}
	for j := i + 1; j < len(ws) && j <= i+5; j++ {
		if concealWords[strings.ToLower(ws[j].w)] {
			return true
		}
	}
	return false
}
