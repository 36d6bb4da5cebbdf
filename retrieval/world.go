package retrieval

import (
	_ "embed"
	"strings"
	"unicode"

	"casebot/text"
)

//go:embed world_ar_en.txt
var worldText string

// world holds the spellings of things a question may name that lie outside
// a case (see world_ar_en.txt): single words and phrases, folded.
type world struct {
	words   map[string]bool
	proper  map[string]bool // Latin forms written with a capital: names
	phrases map[string][][]string
	// spellings maps a one-word spelling to every one-word spelling of
	// its thing (its line): the corpus that writes "shares" mentions the
	// stock a question calls «أسهم».
	spellings map[string][]string
}

func parseWorld(src string) world {
	wd := world{words: map[string]bool{}, proper: map[string]bool{}, phrases: map[string][][]string{}, spellings: map[string][]string{}}
	for _, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		var one []string
		for _, form := range strings.Fields(line) {
			if !strings.Contains(form, "_") {
				one = append(one, text.Fold(form))
			}
		}
		for _, w := range one {
			wd.spellings[w] = append(wd.spellings[w], one...)
		}
		for _, form := range strings.Fields(line) {
			ws := strings.Split(form, "_")
			for i := range ws {
				if r := []rune(ws[i]); len(r) > 0 && unicode.IsUpper(r[0]) {
					wd.proper[text.Fold(ws[i])] = true
				}
				ws[i] = text.Fold(ws[i])
			}
			if len(ws) == 1 {
				wd.words[ws[0]] = true
				continue
			}
			wd.phrases[ws[0]] = append(wd.phrases[ws[0]], ws)
		}
	}
	return wd
}

// foreignAt returns how many words starting at ws[i] name something of
// the world list that the corpus never mentions, or 0. A Latin name from
// the list matches a word written with a capital, or any word of a
// question typed without capitals.
func (ix *Index) foreignAt(ws []qword, i int, lowercase bool) int {
	f := text.Fold(ws[i].w)
	if isArabicWord(f) && !ix.world.words[f] && len(ix.world.phrases[f]) == 0 {
		// A conjunction, preposition or the article before the name
		// (لجوجل، والبيتكوين), a possessive pronoun after it (اغانيه:
		// his songs).
	affixes:
		for _, p := range []string{"", "وال", "بال", "لل", "ال", "و", "ب", "ل"} {
			rest, ok := strings.CutPrefix(f, p)
			if !ok {
				continue
			}
			for _, suf := range []string{"", "ه", "ها", "هم"} {
				core, ok := strings.CutSuffix(rest, suf)
				if ok && core != "" && (p != "" || suf != "") && (ix.world.words[core] || len(ix.world.phrases[core]) > 0) {
					f = core
					break affixes
				}
			}
		}
	}
	best := 0
	for _, p := range ix.world.phrases[f] {
		if i+len(p) > len(ws) || len(p) <= best {
			continue
		}
		ok := true
		for j, pw := range p {
			if w := text.Fold(ws[i+j].w); w != pw && (j > 0 || f != pw) {
				ok = false
				break
			}
		}
		if ok {
			best = len(p)
		}
	}
	if best == 0 && ix.world.words[f] {
		if ix.world.proper[f] && !ws[i].capital && !lowercase && !isArabicWord(f) {
			return 0
		}
		best = 1
	}
	if best == 0 {
		return 0
	}
	if best == 1 && !isArabicWord(f) && !ix.world.proper[f] && i > 0 && auxBefore[text.Fold(ws[i-1].w)] {
		// "The articles don't match", "to stock": after an auxiliary,
		// a negation or "to" the word is a verb, not the thing.
		return 0
	}
	if best == 1 && ix.partOfCaseThing(ws, i) {
		return 0
	}
	if best == 1 {
		// The corpus mentions the thing in another of its spellings, or
		// in this one with a prefix or a suffix taken off (بمايكروسوفت).
		for _, s := range append([]string{f}, ix.world.spellings[f]...) {
			if ix.vocab.words[s] || ix.known(term(s)) && !isArabicWord(s) {
				return 0
			}
		}
	}
	for _, w := range ws[i : i+best] {
		if ix.vocab.words[text.Fold(w.w)] || ix.known(term(w.w)) && !isArabicWord(w.w) {
			return 0 // the corpus mentions it: part of the case
		}
	}
	return best
}

// adviceCues mark a question about the asker rather than the case: asking
// for advice or a recommendation, or for something done for them. They are
// matched on the folded question padded with spaces.
var adviceCues = []string{
	" how do i ", " how can i ", " how should i ", " should i ", " can i ", " what should i ", " for me ", " my ",
	" recommend ", " the best ", " the most secure ", " the safest ", " the cheapest ", " which is better ",
	" ازاي اعمل ", " ازاي ا", " كيف اعمل ", " كيف يمكنني ", " هل يمكنني ", " ممكن تساعدني ", " ساعدني ", " انصحني ",
	" تنصحني ", " افضل ", " احسن ", " شو بتنصح ", " وش تنصح ",
}

// tellCues are polite frames that say "me" without being about the asker.
var tellCues = []string{" tell me ", " show me ", " explain to me ", " remind me ", " قل لي ", " قولي ", " احكيلي ", " خبرني ", " اشرح لي "}

// isAdvice reports whether a question asks about the asker (see
// adviceCues): "how do I…", "the best … for my company", "write me a CV".
// Arabic verbs with "لي" (for me) attached and nouns with "my" attached to
// a word the corpus has (لشركتي: my company) count too.
func (ix *Index) isAdvice(q string, ws []qword) bool {
	f := " " + strings.Join(strings.FieldsFunc(text.Fold(q), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ") + " "
	for _, c := range tellCues {
		f = strings.ReplaceAll(f, c, " ")
	}
	for _, c := range adviceCues {
		if strings.Contains(f, c) {
			return true
		}
	}
	for _, w := range ws {
		r := []rune(text.Fold(w.w))
		n := len(r)
		if n < 5 || !isArabicWord(w.w) || ix.vocab.words[string(r)] {
			continue
		}
		// يكتبلي، يعملي: a verb (starting with ي or ت) + لي.
		if strings.ContainsRune("يت", r[0]) && r[n-2] == 'ل' && r[n-1] == 'ي' {
			return true
		}
		// لمشروعي، بحسابي: "for/in my …", a preposition, a noun and ي
		// (my); not a verb (بيحكي: ب + an imperfect in ي/ت/ن/ا), not a
		// colloquial word the lexicon reads.
		if n >= 5 && strings.ContainsRune("لب", r[0]) && r[n-1] == 'ي' && !strings.ContainsRune("يتنال", r[1]) {
			if _, ok := ix.dialect.words[string(r)]; !ok && !ix.known(term(string(r))) {
				return true
			}
		}
		// شركتي: a noun in ة + ي (my), the noun known to the corpus.
		core := strings.TrimLeft(string(r[:n-2]), "لبو")
		if r[n-2] == 'ت' && r[n-1] == 'ي' && core != "" && ix.known(term(core+"ه")) {
			return true
		}
	}
	return false
}

// IsName reports whether the Latin-script word w is known to be a name (a
// person, company, product or place) rather than an everyday word: the
// world list writes it with a capital, or the glossary renders it in
// Arabic by its sound (Microsoft = مايكروسوفت, Altman = ألتمان) rather
// than by a translation (more = أكثر, board = مجلس). A capital that opens
// a sentence says nothing either way; this does.
func (ix *Index) IsName(w string) bool {
	f := text.Fold(w)
	if f == "" || isArabicWord(f) {
		return false
	}
	if ix.world.proper[f] {
		return true
	}
	k := translitKey(f)
	if len([]rune(k)) < 2 {
		return false
	}
	for _, t := range Tokens(f) {
		for _, ar := range ix.glossary[t] {
			if translitKey(ar) == k {
				return true
			}
		}
	}
	return false
}

// auxBefore, folded, make the English word after them a verb: an
// auxiliary, a modal, a negation or "to".
var auxBefore = map[string]bool{"do": true, "does": true, "did": true, "dont": true, "doesnt": true, "didnt": true,
	"t": true, "not": true, "to": true, "will": true, "would": true, "can": true, "could": true, "might": true,
	"must": true, "should": true, "wont": true, "cant": true}

// partOfCaseThing reports whether the world-list word ws[i] is joined to
// a neighbour that is itself a world-list thing the corpus mentions: in
// "share price" or «سعر السهم» the price is the shares', which the case
// speaks of, not a thing of everyday questions. A neighbour the corpus
// does not mention ("bitcoin price") leaves it foreign.
func (ix *Index) partOfCaseThing(ws []qword, i int) bool {
	for _, j := range []int{i - 1, i + 1} {
		if j < 0 || j >= len(ws) {
			continue
		}
		f := text.Fold(ws[j].w)
		if isArabicWord(f) {
			f = strings.TrimPrefix(f, "ال")
		}
		if !ix.world.words[f] && ix.world.words[f+"s"] {
			// "share price": the list writes the plural, "shares".
			f += "s"
		}
		if !ix.world.words[f] {
			continue
		}
		for _, s := range append([]string{f}, ix.world.spellings[f]...) {
			if ix.vocab.words[s] || ix.known(term(s)) && !isArabicWord(s) {
				return true
			}
		}
	}
	return false
}
