package retrieval

import (
	"maps"
	"strings"
	"unicode"

	"casebot/corpus"
	"casebot/text"
)

// vocabulary indexes the corpus's words by a loose spelling key, so that a
// query word the corpus does not have can be matched to the corpus word it
// most likely means: a name spelt another way (جريج for غريغ, تونير for
// تونر), typed in Latin letters (murati, sutskever), or misspelt.
type vocabulary struct {
	// words holds every word of the corpus, folded (see text.Fold).
	words map[string]bool
	// surface maps each analysed term of the corpus to a word that
	// analyses to it, as written (folded, hamza seats kept).
	surface map[string]string
	// inTitle holds the terms of the articles' titles.
	inTitle map[string]bool
	// common holds the terms the corpus also writes with the article ال:
	// nouns and adjectives, not names.
	common map[string]bool
	// loose maps a loose key (see looseKey) to the corpus terms having it,
	// most frequent first.
	loose map[string][]string
	// elided maps a name written with an elided letter and an apostrophe
	// ("D'Angelo"), typed without it and folded ("dangelo"), to its
	// apostrophe spelling ("d'angelo"; see text.Elided).
	elided map[string]string
}

func newVocabulary(texts, titles []string) vocabulary {
	v := vocabulary{words: map[string]bool{}, inTitle: map[string]bool{}, common: map[string]bool{}, surface: map[string]string{}, loose: map[string][]string{}, elided: map[string]string{}}
	freq := map[string]int{}
	for _, s := range texts {
		maps.Copy(v.elided, text.Elided(s))
		for _, w := range text.Words(s) {
			v.words[text.Fold(w)] = true
			t := term(w)
			if t == "" || !text.IsArabicWord(t) {
				continue
			}
			freq[t]++
			if text.HasArticle(w, 2) {
				v.common[t] = true
			}
			if _, ok := v.surface[t]; !ok {
				v.surface[t] = w
			}
		}
	}
	for _, s := range titles {
		for _, t := range Tokens(s) {
			v.inTitle[t] = true
		}
	}
	for t := range v.surface {
		if k := looseKey(t); len([]rune(k)) >= 3 {
			v.loose[k] = append(v.loose[k], t)
		}
	}
	for _, ts := range v.loose {
		// Most frequent first, ties in a fixed order.
		for i := 1; i < len(ts); i++ {
			for j := i; j > 0 && (freq[ts[j]] > freq[ts[j-1]] || freq[ts[j]] == freq[ts[j-1]] && ts[j] < ts[j-1]); j-- {
				ts[j], ts[j-1] = ts[j-1], ts[j]
			}
		}
	}
	return v
}

// titles returns the distinct article titles of paras.
func titles(paras []corpus.Paragraph) []string {
	var out []string
	seen := map[string]bool{}
	for _, p := range paras {
		if !seen[p.Title] {
			seen[p.Title] = true
			out = append(out, p.Title)
		}
	}
	return out
}

// looseClass merges Arabic letters that transliterations and colloquial
// spellings exchange: the g-sounds (ج ق ك غ, Greg is غريغ, جريج or قريق),
// emphatic and plain pairs, ح and ه.
var looseClass = map[rune]rune{
	'ج': 'غ', 'ق': 'غ', 'ك': 'غ',
	'ط': 'ت', 'ض': 'د', 'ص': 'س', 'ث': 'س', 'ظ': 'ز', 'ذ': 'ز',
	'ح': 'ه', 'ة': 'ه', 'ى': 'ي', 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ء': 'ا',
}

// looseKey is an Arabic word's consonants: letters merged by looseClass,
// the long vowels ا و ي dropped after the first letter, doubled letters
// written once.
func looseKey(w string) string {
	var out []rune
	for i, r := range []rune(text.Fold(w)) {
		if c, ok := looseClass[r]; ok {
			r = c
		}
		if i > 0 && (r == 'ا' || r == 'و' || r == 'ي') {
			continue
		}
		if len(out) > 0 && out[len(out)-1] == r {
			continue
		}
		out = append(out, r)
	}
	return string(out)
}

// respell returns a spelling of the Arabic word w (unknown to the corpus)
// that the corpus or the thesaurus knows, or "": colloquial morphology
// undone (طردو → طردوا, بيرجع → يرجع, هالقصص → القصص, ماعرفش → عرف),
// letters typed twice for emphasis written once, and names and misspelt
// words matched to a corpus word that differs from them in a letter or two
// (جريج → غريغ, تونير → تونر). A colloquial spelling of a function word
// is read as it (كانو → كانوا).
func (ix *Index) respell(w string) string {
	forms := append(colloquialForms(w), standardForms(w)...)
	passive := passiveForms(w)
	forms = append(forms, passive...)
	// A colloquial form may still carry what standardForms undoes: قوتو
	// (his power) is قوته, then قوة.
	for _, c := range colloquialForms(w) {
		forms = append(forms, standardForms(c)...)
	}
	for _, v := range forms {
		if ix.recognised(v) {
			return v
		}
	}
	// A passive's standard verb may be one only the cross-language
	// glossary writes (انأسست → تأسست, "founded"): the English articles
	// hold it, the Arabic ones do not.
	for _, v := range passive {
		if ix.translates(term(v)) {
			return v
		}
	}
	for _, v := range append([]string{w}, forms...) {
		for _, p := range phonologyForms(v) {
			if ix.recognised(p) {
				return p
			}
		}
	}
	// A colloquial spelling of a function word (كانو for كانوا) is that
	// function word, not a name to match.
	for _, v := range append([]string{w}, colloquialForms(w)...) {
		if term(v) == "" {
			return v
		}
		// With an object pronoun: يقولهم، مقالهمش.
		for _, suf := range []string{"هم", "ها", "لهم", "لها", "لو", "لي", "ه"} {
			if rest, ok := strings.CutSuffix(v, suf); ok && len([]rune(rest)) >= 3 && term(rest) == "" {
				return rest
			}
		}
	}
	for _, v := range append([]string{w}, forms...) {
		if c := ix.vocab.near(term(v)); c != "" {
			return c
		}
	}
	if c := ix.vocab.extraVowel(term(w)); c != "" {
		return c
	}
	return ""
}

// recognised reports whether the analysed term of the word w is one the
// corpus or the thesaurus has.
func (ix *Index) recognised(w string) bool {
	t := term(w)
	return t != "" && (ix.known(t) || len(ix.thesaurus.terms[t]) > 0)
}

// near returns the corpus word whose term is closest to the Arabic term t
// and close enough to be a spelling of it: the same loose key (see
// looseKey), and at most one letter different (two for terms of seven
// letters or more) once letters are merged as looseKey merges them. Short
// words meet too many others so: a term of fewer than six letters only
// meets a name (a corpus term never written with the article ال).
func (v vocabulary) near(t string) string {
	if len([]rune(t)) < 4 || !text.IsArabicWord(t) {
		return ""
	}
	k := looseKey(t)
	if len([]rune(k)) < 3 {
		return ""
	}
	lt := looseLetters(t)
	for _, c := range v.loose[k] {
		if v.common[c] && len([]rune(t)) < 6 {
			continue
		}
		limit := 1
		if len([]rune(c)) >= 7 {
			limit = 2
		}
		if text.EditDistance(lt, looseLetters(c)) <= limit {
			return v.surface[c]
		}
	}
	return ""
}

// looseLetters is t with letters merged as looseKey merges them, vowels kept.
func looseLetters(t string) []rune {
	r := []rune(text.Fold(t))
	for i, c := range r {
		if m, ok := looseClass[c]; ok {
			r[i] = m
		}
	}
	return r
}

// colloquialForms lists standard spellings a colloquial or mistyped word
// may stand for, most likely first.
func colloquialForms(w string) []string {
	r := []rune(w)
	n := len(r)
	var out []string
	orig := w
	add := func(s string) {
		if s != orig && len([]rune(s)) >= 2 {
			out = append(out, s)
		}
	}
	// Verb prefixes and suffixes of colloquial speech, in combination:
	// present and future markers (بيعرف، بتشتكي، هيرجع، حيرجع), the
	// imperfect for the verb's other forms (يستقيل → استقيل), and the
	// plural "-و" for "-وا" (طردو، صوتو) or the pronoun "-ه".
	heads := []string{w}
	// An object pronoun after the plural "-و" (يطردوه، رجعوها، خبوهم) is
	// colloquial: the verb is read without it.
	for _, suf := range []string{"وهم", "وها", "وه", "وني", "وك"} {
		if rest, ok := strings.CutSuffix(w, suf); ok && len([]rune(rest)) >= 3 {
			w, r, n = rest+"و", []rune(rest+"و"), len([]rune(rest+"و"))
			heads = append(heads, w)
			break
		}
	}
	// A word in "-ات" is a noun's plural or a Maghrebi feminine past
	// (كتبات), never a marked imperfect: كـ is then part of the word.
	past := n >= 5 && r[n-2] == 'ا' && r[n-1] == 'ت'
	switch {
	case past:
	case n >= 4 && strings.ContainsRune("بهح", r[0]) && strings.ContainsRune("يتنا", r[1]):
		heads = append(heads, string(r[1:]))
	case n >= 6 && r[0] == 'ك' && r[1] == 'ا' && strings.ContainsRune("يتن", r[2]):
		// Moroccan كا before the imperfect (كايقول، كانعرف).
		heads = append(heads, string(r[2:]))
	case n >= 5 && r[0] == 'ك' && strings.ContainsRune("يتن", r[1]):
		// Maghrebi كـ before the imperfect (كيقول، كتشتكي). The
		// Casablanca تيـ is left out: it meets names (تيسلا).
		heads = append(heads, string(r[1:]))
	}
	// Only a word marked as colloquial (a marker before, "-و" after)
	// loses its imperfect prefix: standard verbs are left to the stemmer.
	marked := len(heads) > 1 || r[n-1] == 'و'
	for _, h := range heads[:len(heads):len(heads)] {
		hr := []rune(h)
		if marked && len(hr) >= 4 && strings.ContainsRune("يتن", hr[0]) {
			heads = append(heads, string(hr[1:]), "ا"+string(hr[1:]))
		}
	}
	for _, h := range heads {
		hr := []rune(h)
		add(h)
		if len(hr) >= 3 && hr[len(hr)-1] == 'و' {
			add(string(hr[:len(hr)-1]) + "وا")
			add(string(hr[:len(hr)-1]) + "ه")
			add(string(hr[:len(hr)-1]))
		}
	}
	// Maghrebi past endings: the plural "-او" for "-وا" (تلاقاو،
	// جراو) and the feminine "-ات" for "-ت" (كشفات، بدات).
	if n >= 4 && r[n-2] == 'ا' && r[n-1] == 'و' {
		add(string(r[:n-2]) + "وا")
		add(string(r[:n-2]) + "ى")
	}
	if n >= 5 && r[n-2] == 'ا' && r[n-1] == 'ت' {
		add(string(r[:n-2]) + "ت")
		add(string(r[:n-2]))
	}
	// "هال" (this) and "عال" (on the) before a noun.
	for _, p := range []string{"هال", "عال"} {
		if rest, ok := strings.CutPrefix(w, p); ok && len([]rune(rest)) >= 3 {
			add("ال" + rest)
		}
	}
	// Egyptian negation ما…ش / م…ش: ماعرفش، مقالش; and its ـش alone when
	// ما is written apart (ما قالش).
	if n >= 5 && r[n-1] == 'ش' {
		if r[0] == 'م' && r[1] == 'ا' {
			add(string(r[2 : n-1]))
		} else if r[0] == 'م' {
			add(string(r[1 : n-1]))
		}
	}
	if n >= 4 && r[n-1] == 'ش' {
		add(string(r[:n-1]))
	}
	// Letters typed more than once (ليييش، كتيييير).
	var c []rune
	for i, x := range r {
		if i > 0 && x == r[i-1] {
			continue
		}
		c = append(c, x)
	}
	if len(c) < n {
		add(string(c))
	}
	return out
}

// passiveForms lists what an Egyptian or Levantine passive or reflexive
// (اتطرد، انطرد، اتشالو، ينطرد) may stand for: the verb without its "ات"/"ان"
// prefix, with its colloquial endings undone. They are tried after every
// other reading, and only a form the corpus or the thesaurus knows is
// used, so a standard verb in ات (اتهم، اتصل) is never cut.
func passiveForms(w string) []string {
	r := []rune(w)
	if len(r) < 5 || !strings.ContainsRune("ايت", r[0]) || (r[1] != 'ت' && r[1] != 'ن') {
		return nil
	}
	// The perfect (اتطرد، انطرد) or the imperfect (ينطرد، تتشال).
	base := string(r[2:])
	out := append([]string{base}, colloquialForms(base)...)
	// The standard reflexive the colloquial prefix stands for, تفعّل
	// (انأسست، اتأسست → تأسست), and a perfect's feminine ending taken
	// off (أسست → أسس): the prefix marks the word as a verb, so its
	// final ت is the verb's ending, not a noun's letter.
	if r[0] != 'ي' {
		out = append(out, "ت"+base)
	}
	if br := []rune(base); len(br) >= 4 && br[len(br)-1] == 'ت' {
		out = append(out, string(br[:len(br)-1]))
	}
	return out
}

// transliterate returns the corpus word a Latin-script name stands for
// (murati → موراتي, keach → كيتش), matched on consonants, or "". Only
// names are matched: words that start with a capital, or any word when
// likely is set (a Latin word inside an Arabic question).
func (ix *Index) transliterate(w string, likely bool) string {
	if !likely || len([]rune(w)) < 4 {
		return ""
	}
	for _, k := range latinKeys(strings.ToLower(w)) {
		if len([]rune(k)) < 3 {
			continue
		}
		if ts := ix.vocab.loose[k]; len(ts) > 0 {
			return ix.vocab.surface[ts[0]]
		}
	}
	return ""
}

// latinDigraphs and latinLetters give the Arabic letters (already merged
// by looseClass) that Latin letters and Arabizi digits are read as; a
// letter with two readings gives two keys.
var (
	latinDigraphs = map[string][]string{
		"sh": {"ش"}, "ch": {"ش", "تش"}, "kh": {"خ"}, "gh": {"غ"}, "th": {"س", "ت"}, "dh": {"ز", "د"},
		"ph": {"ف"}, "ck": {"غ"}, "ou": {""}, "oo": {""}, "ee": {""},
	}
	latinLetters = map[rune][]string{
		'b': {"ب"}, 'p': {"ب"}, 't': {"ت"}, 'd': {"د"}, 's': {"س"}, 'z': {"ز"}, 'f': {"ف"}, 'v': {"ف"},
		'k': {"غ"}, 'q': {"غ"}, 'g': {"غ"}, 'j': {"غ"}, 'c': {"غ", "س"}, 'x': {"غس"}, 'h': {"ه"},
		'l': {"ل"}, 'm': {"م"}, 'n': {"ن"}, 'r': {"ر"}, 'w': {"و"}, 'y': {"ي"},
		'3': {"ع"}, '7': {"ه"}, '5': {"خ"}, '9': {"غ", "س"}, '2': {"ا"},
		'a': {""}, 'e': {""}, 'i': {""}, 'o': {""}, 'u': {""},
	}
)

// latinKeys returns the loose keys (see looseKey) a Latin-script word may
// have when written in Arabic letters, at most 16.
func latinKeys(w string) []string {
	r := []rune(w)
	keys := []string{""}
	for i := 0; i < len(r); {
		var opts []string
		step := 1
		if i+1 < len(r) {
			if o, ok := latinDigraphs[string(r[i:i+2])]; ok {
				opts, step = o, 2
			}
		}
		if opts == nil {
			o, ok := latinLetters[unicode.ToLower(r[i])]
			if !ok {
				return nil // not a Latin name
			}
			opts = o
		}
		if i == 0 && len(opts) == 1 && opts[0] == "" {
			opts = []string{"ا"} // a word starting with a vowel starts with alef
		}
		var next []string
		for _, k := range keys {
			for _, o := range opts {
				if len(next) < 16 {
					next = append(next, k+o)
				}
			}
		}
		keys = next
		i += step
	}
	for i, k := range keys {
		keys[i] = looseKey(k)
	}
	return keys
}

// standardForms lists forms of a standard Arabic word that the light
// stemmer does not reach: a one-letter preposition or conjunction before
// it (لغريغ، بقرار), the future prefix سـ (سيبقى → يبقى), teh marbuta written ت before a pronoun (إقالته →
// إقالة), an object pronoun after a verb (طردوه).
func standardForms(w string) []string {
	var out []string
	bases := []string{w}
	// The rest must keep a stem of three letters: كتبات is no ك + تبات.
	if r := []rune(w); len(r) >= 4 && strings.ContainsRune("بلفكو", r[0]) && len([]rune(term(string(r[1:])))) >= 3 {
		bases = append(bases, string(r[1:]))
	}
	// The future prefix سـ before an imperfect verb (سيبقى → يبقى,
	// سيجتمع → اجتمع, or the other person's imperfect: سيعيد → تعيد).
	for _, b := range bases[:len(bases):len(bases)] {
		if r := []rune(b); len(r) >= 5 && r[0] == 'س' && strings.ContainsRune("يتن", r[1]) {
			rest := string(r[1:])
			// The imperfect, then the verb's perfect (سيجتمع → اجتمع).
			bases = append(bases, rest, "ا"+string(r[2:]), string(r[2:]))
			switch r[1] {
			case 'ي':
				bases = append(bases, "ت"+string(r[2:]))
			case 'ت':
				bases = append(bases, "ي"+string(r[2:]))
			}
		}
	}
	// A standard imperfect of the third person read as its verb's perfect
	// (يرجع → رجع, يتواصلوا → تواصلوا) when only that is known. The
	// تـ imperfect is left alone: it is also a second person and the
	// first letter of many nouns (تعرف، تواصل).
	for _, b := range bases[:len(bases):len(bases)] {
		if r := []rune(b); len(r) >= 4 && r[0] == 'ي' {
			bases = append(bases, string(r[1:]), "ا"+string(r[1:]))
		}
	}
	for _, b := range bases {
		out = append(out, b)
		for _, suf := range []string{"تهما", "تهم", "تها", "ته", "تي"} {
			if rest, ok := strings.CutSuffix(b, suf); ok && len([]rune(rest)) >= 2 {
				out = append(out, rest+"ه")
			}
		}
		for _, suf := range []string{"وها", "وهم", "وه"} {
			if rest, ok := strings.CutSuffix(b, suf); ok && len([]rune(rest)) >= 2 {
				out = append(out, rest)
			}
		}
	}
	return out[1:]
}

// dialectSounds maps letters as colloquial speech says them to the
// standard letters they may stand for: Levantine and Egyptian د/ز for ذ,
// ت/س for ث, ض/ز for ظ; Egyptian and Levantine hamza for ق; Gulf ج, ك
// and گ for ق (g).
var dialectSounds = map[rune][]rune{
	'د': {'ذ'}, 'ز': {'ذ', 'ظ'}, 'ت': {'ث'}, 'س': {'ث'}, 'ض': {'ظ'},
	'ء': {'ق'}, 'أ': {'ق'}, 'ا': {'ق'}, 'ج': {'ق'}, 'ك': {'ق'}, 'گ': {'ق'},
}

// phonologyForms lists standard spellings of a colloquial word that differ
// from it in one letter said the colloquial way (كدب → كذب, تلاتة →
// ثلاتة, طريأة → طريقة). The first letter of a word is only read so when it
// is not an alef (an alef there is a hamza seat, not a qaf).
func phonologyForms(w string) []string {
	r := []rune(w)
	if len(r) < 3 {
		return nil
	}
	var out []string
	for i, c := range r {
		for _, std := range dialectSounds[c] {
			if i == 0 && (c == 'ا' || c == 'أ') {
				continue
			}
			v := append([]rune(nil), r...)
			v[i] = std
			out = append(out, string(v))
		}
	}
	return out
}

// extraVowel returns the corpus name that the Arabic term t spells with
// one long vowel more (إيليا for إليا, سوتسكيفير for سوتسكيفر), or "".
// Only names (terms the corpus never writes with the article) of four
// letters or more are matched, so a common word never becomes another.
func (v vocabulary) extraVowel(t string) string {
	r := []rune(t)
	if len(r) < 5 || !text.IsArabicWord(t) {
		return ""
	}
	for i := 1; i < len(r); i++ {
		if r[i] != 'ا' && r[i] != 'و' && r[i] != 'ي' {
			continue
		}
		c := string(r[:i]) + string(r[i+1:])
		if w, ok := v.surface[c]; ok && !v.common[c] {
			return w
		}
	}
	return ""
}
