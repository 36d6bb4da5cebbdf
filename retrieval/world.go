package retrieval

import (
	_ "embed"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

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
	for _, line := range listLines(src) {
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
			if in := indefinite(ws); in != nil {
				wd.phrases[in[0]] = append(wd.phrases[in[0]], in)
			}
		}
	}
	return wd
}

// indefinite returns an Arabic phrase of the world list without the
// article ال on its words («السيرة الذاتية» → «سيرة ذاتية», «كرة القدم» →
// «كرة قدم»), as a question writes it indefinite, or nil when no word
// has the article. Single words keep it: without it, «الذهب» (gold)
// would read as «ذهب» (he went). Folded words in, folded words out.
func indefinite(ws []string) []string {
	out := make([]string, len(ws))
	changed := false
	for i, w := range ws {
		rest, ok := strings.CutPrefix(w, "ال")
		if ok && text.IsArabicWord(w) && len([]rune(rest)) >= 2 {
			out[i], changed = rest, true
			continue
		}
		out[i] = w
	}
	if !changed {
		return nil
	}
	return out
}

// foreignAt returns how many words starting at ws[i] name something of
// the world list that the corpus never mentions, or 0. A Latin name from
// the list matches a word written with a capital, or any word of a
// question typed without capitals.
func (ix *Index) foreignAt(ws []qword, i int, lowercase bool) int {
	f := text.Fold(ws[i].w)
	if text.IsArabicWord(f) && !ix.world.words[f] && len(ix.world.phrases[f]) == 0 {
		// A conjunction, preposition or the article before the name
		// (لجوجل، والبيتكوين، Maghrebi فالمغرب: in Morocco), a possessive
		// pronoun after it (اغانيه: his songs).
	affixes:
		for i, rest := range append([]string{f}, text.CliticCuts(f, 1)...) {
			for _, suf := range []string{"", "ه", "ها", "هم"} {
				core, ok := strings.CutSuffix(rest, suf)
				if ok && core != "" && (i > 0 || suf != "") && (ix.world.words[core] || len(ix.world.phrases[core]) > 0) {
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
		if ix.world.proper[f] && !ws[i].capital && !lowercase && !text.IsArabicWord(f) {
			return 0
		}
		best = 1
	}
	if best == 0 {
		return 0
	}
	if best == 1 && !text.IsArabicWord(f) && !ix.world.proper[f] && i > 0 && auxBefore[text.Fold(ws[i-1].w)] {
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
			if ix.vocab.words[s] || ix.known(term(s)) && !text.IsArabicWord(s) {
				return 0
			}
		}
	}
	for _, w := range ws[i : i+best] {
		if best > 1 && term(w.w) == "" {
			continue // a function word of a name («علي بابا»: علي is also على)
		}
		if ix.vocab.words[text.Fold(w.w)] || ix.known(term(w.w)) && !text.IsArabicWord(w.w) {
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
	" كيف اتعلم ", " ازاي اتعلم ", " شلون اتعلم ", " كيف ممكن اتعلم ",
	" how to learn ", " how do you learn ",
}

// generalCues mark a question of general knowledge, about how things
// are everywhere rather than in the case: what the law says, what holds
// in general or usually ("what may a board do under the law?", «ما
// واجبات المدير التنفيذي عمومًا؟»). Folded, padded with spaces.
var generalCues = []string{
	" وفق القانون ", " وفقا للقانون ", " طبقا للقانون ", " حسب القانون ", " بحسب القانون ", " بموجب القانون ",
	" في القانون ", " قانونا ", " قانونيا ", " بشكل عام ", " بصفه عامه ", " عموما ", " عاده ما ", " في العاده ",
	" عالميا ", " in general ", " generally ", " by law ", " under the law ", " according to the law ",
	" legally ", " typically ", " usually ", " in most countries ", " in most companies ",
	" of a company ", " in a company ", " of any company ", " in any company ", " at a company ",
	" في اي شركه ", " لاي شركه ", " باي شركه ",
}

// isGeneral reports whether question q asks about things in general (see
// generalCues) rather than about one case.
func isGeneral(q string) bool {
	f := " " + strings.Join(strings.FieldsFunc(text.Fold(q), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ") + " "
	for _, c := range generalCues {
		if strings.Contains(f, c) {
			return true
		}
	}
	return false
}

// existCues ask whether something exists ("is there", «هل يوجد», Maghrebi
// «واش كاين», Levantine and Egyptian «فيه», Iraqi «اكو»), whichCues which
// members of a class; categoryNouns are the classes a world question asks
// about. Folded, padded with spaces.
var (
	existCues = []string{" is there ", " are there ", " exist ", " exists ",
		" هل توجد ", " هل يوجد ", " هل هناك ", " هل ثمه ", " هل من ", " فيه ", " فيش ", " كاين ", " كاينه ", " كاينين ",
		" اكو ", " شي ", " موجود ", " موجوده "}
	whichCues     = []string{" which ", " what ", " any ", " اي ", " ايه ", " ما ", " ما هي ", " شو ", " وش ", " ايش ", " شنو ", " اشنو ", " منو "}
	categoryNouns = map[string]bool{"company": true, "companies": true, "firm": true, "firms": true, "startup": true,
		"startups": true, "business": true, "businesses": true, "شركه": true, "شركات": true, "الشركات": true}
)

// isCategory reports whether question q asks about a whole category in
// the world: whether a company or companies exist that do something, or
// which ones ("are there startups that…", "which companies make…", «واش
// كاين شي شركة…», «ما الشركات التي…»). The category noun is indefinite or
// plural: "the company" and «الشركة» point at the case's own.
func isCategory(q string) bool {
	ws := strings.FieldsFunc(text.Fold(q), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	f := " " + strings.Join(ws, " ") + " "
	for i, w := range ws {
		if !categoryNouns[w] || i > 0 && ws[i-1] == "the" {
			continue
		}
		for _, c := range existCues {
			if strings.Contains(f, c) {
				return true
			}
		}
		before := " " + strings.Join(ws[:i], " ") + " "
		plural := w == "companies" || w == "firms" || w == "startups" || w == "businesses" || w == "شركات" || w == "الشركات"
		for _, c := range whichCues {
			if (plural || c == " any " || c == " اي ") && strings.HasSuffix(before, c) {
				return true
			}
		}
	}
	return false
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
	if ix.howForMe(f) {
		return true
	}
	for _, w := range ws {
		r := []rune(text.Fold(w.w))
		n := len(r)
		if n < 5 || !text.IsArabicWord(w.w) || ix.vocab.words[string(r)] {
			continue
		}
		// يشرحلي، تحكيلي: a verb of telling the lexicon reads as the
		// asker's frame asks about the case, not for something done for them.
		if e, ok := ix.dialect.words[string(r)]; ok && e.function && len(e.std) == 0 {
			continue
		}
		// يكتبلي، يعملي: a verb (starting with ي or ت) + لي; not a verb
		// whose own last letter is ى, which the fold makes ي (يتولى).
		if strings.ContainsRune("يت", r[0]) && r[n-2] == 'ل' && r[n-1] == 'ي' && !strings.Contains(q, string(r[:n-1])+"ى") {
			return true
		}
		// لمشروعي، بحسابي: "for/in my …", a preposition, a noun and ي
		// (my); not a verb (بيحكي: ب + an imperfect in ي/ت/ن/ا), not a
		// colloquial word the lexicon reads.
		if n >= 5 && strings.ContainsRune("لب", r[0]) && r[n-1] == 'ي' && !strings.ContainsRune("يتنال", r[1]) {
			// Nor a word the corpus writes, ending in ي itself, after the
			// preposition (بموراتي: with Murati).
			if _, ok := ix.dialect.words[string(r)]; !ok && !ix.known(term(string(r))) && !ix.vocab.words[string(r[1:])] {
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

// howOpeners ask how, folded; purposeWords say "so that" or "in order
// to" before a verb, folded.
var (
	howOpeners   = map[string]bool{"كيف": true, "وكيف": true, "ازاي": true, "شلون": true, "كيفاش": true, "كيفية": true}
	purposeWords = map[string]bool{"عشان": true, "علشان": true, "لكي": true, "كي": true, "حتي": true, "لاجل": true,
		"مشان": true, "منشان": true, "باش": true}
)

// howForMe reports whether the folded, padded question f asks how to do
// something for the asker: it opens with how, and a purpose word is
// followed by a verb in the first person — أفعل, four letters from alef,
// a form the corpus never writes («كيف أرتب مكتبي عشان أنجز أكثر؟»: how do
// I … so that I get more done). "How did the board act so that…" goes on
// with a verb of the third person (يقيل), or a past one the corpus has.
// A how-question about the asker's own thing («كيف أنظم وقتي في
// دراستي؟») counts too.
func (ix *Index) howForMe(f string) bool {
	ws := strings.Fields(f)
	if len(ws) < 3 || !howOpeners[ws[0]] {
		return false
	}
	for _, w := range ws[1:] {
		// «في دراستي», «لمشروعتي»: a noun in ة with ي (my) after it, a
		// form the corpus never writes — how to do something in the
		// asker's own life. No article: a possessed noun has none
		// («الكويتي» is an adjective).
		r := []rune(w)
		if len(r) >= 5 && r[len(r)-2] == 'ت' && r[len(r)-1] == 'ي' && !strings.HasPrefix(w, "ال") && !ix.vocab.words[w] {
			if _, ok := ix.dialect.words[w]; !ok {
				return true
			}
		}
	}
	for i, w := range ws[1 : len(ws)-1] {
		if !purposeWords[w] {
			continue
		}
		v := []rune(ws[i+2])
		if len(v) == 4 && v[0] == 'ا' && v[1] != 'ل' && !ix.vocab.words[ws[i+2]] {
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
	if f == "" || text.IsArabicWord(f) {
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

// NamesThing reports whether the word w, as a quote writes it, names a
// company, a product, a place or someone: a Latin-script name (see
// IsName, or any word written with a capital) or an Arabic spelling of
// the world list (مايكروسوفت، جوجل). A one-letter prefix (و، ب، ل، ف) is
// taken off an Arabic word first: «لمايكروسوفت» names Microsoft. The
// corpus's own Arabic words do not count: what the anchor reads as a name
// (isName) takes in words such as «قبل» and «تبادل».
func (ix *Index) NamesThing(w string) bool {
	if r := []rune(w); len(r) > 1 && r[0] < 0x80 && unicode.IsUpper(r[0]) {
		return true
	}
	f := text.Fold(w)
	if f == "" {
		return false
	}
	if !text.IsArabicWord(f) {
		return ix.IsName(f)
	}
	forms := []string{f}
	for _, p := range []string{"و", "ب", "ل", "ف"} {
		if rest, ok := strings.CutPrefix(f, p); ok && len([]rune(rest)) >= 3 {
			forms = append(forms, rest)
		}
	}
	for _, x := range forms {
		if strings.HasPrefix(x, "ال") {
			continue
		}
		if ix.world.words[x] {
			return true
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
		if text.IsArabicWord(f) {
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
			if ix.vocab.words[s] || ix.known(term(s)) && !text.IsArabicWord(s) {
				return true
			}
		}
	}
	return false
}

// caseNames holds the case's people as the corpus writes them in Arabic:
// the words the glossary renders by sound (ألتمان for Altman, سام for
// Sam), and, for each that opens a full name somewhere in the corpus, the
// words that follow it there (سام → ألتمان). A question that joins such a
// given name to a surname the corpus never writes names someone else.
type caseNames struct {
	// keys maps the transliteration key (translitKey) of every name word
	// to the word as the glossary writes it, so that a misspelt surname (التمن, Altmann)
	// still reads as the case's.
	keys map[string]string
	// given maps a given name, folded, to the folded words that follow
	// it in the corpus.
	given map[string][]string
	// persons maps the transliteration key of every word of a full name
	// in the corpus (given names and the words after them) to the word
	// as the glossary writes it: the people of the case, not the other
	// words the glossary renders by sound (dollar, November).
	persons map[string]string
	// people maps the key of every word of a full name in the corpus —
	// persons', and those of a full name written in Latin letters ("Ilya
	// Sutskever", "Larry Summers": a capitalised word, then a name word of
	// the glossary), which the Arabic texts may not write in full — to the
	// key of the person's surname (sm → ltmn for Sam Altman): the people of
	// the case, for questions naming two of them (rerank_pair.go).
	people map[string]string
	// roots holds the consonant skeleton (see skeleton) of every Arabic
	// term of the corpus: a word built on one of them (كداب, liar, on
	// the corpus's كذب once said the colloquial way) is a word of the
	// case's language, not a surname.
	roots map[string]bool
}

// newCaseNames reads the name words out of the glossary's lines (an
// English word and an Arabic one that sound alike: "altman = ألتمان",
// not "board = مجلس"), the given names out of the corpus texts and the
// roots out of their analysed terms (docs).
func newCaseNames(glossaryLines string, texts []string, docs [][]string) caseNames {
	names := map[string]string{} // folded → as written
	cn := caseNames{keys: map[string]string{}, given: map[string][]string{}, persons: map[string]string{}, people: map[string]string{}, roots: map[string]bool{}}
	for _, line := range listLines(glossaryLines) {
		en, ar, ok := strings.Cut(line, "=")
		en = strings.TrimSpace(en)
		if !ok || strings.ContainsRune(en, ' ') {
			continue
		}
		k := translitKey(en)
		if len([]rune(k)) < 2 {
			continue
		}
		for _, w := range strings.Fields(ar) {
			if text.IsArabicWord(w) && translitKey(w) == k {
				names[text.Fold(w)] = w
				if _, ok := cn.keys[k]; !ok {
					cn.keys[k] = w
				}
			}
		}
	}
	for _, doc := range docs {
		for _, t := range doc {
			if text.IsArabicWord(t) && len([]rune(skeleton(t))) >= 3 {
				cn.roots[skeleton(t)] = true
			}
		}
	}
	for _, s := range texts {
		ws := text.Words(s)
		for i := 0; i+1 < len(ws); i++ {
			a, b := text.Fold(ws[i]), text.Fold(ws[i+1])
			if names[a] != "" && names[b] != "" && !slices.Contains(cn.given[a], b) {
				cn.given[a] = append(cn.given[a], b)
				cn.persons[translitKey(a)] = names[a]
				cn.persons[translitKey(b)] = names[b]
				cn.namePair(translitKey(a), translitKey(b))
			}
		}
		// Words split at spaces only: "Helen Toner, Tasha McCauley" joins
		// no Toner to Tasha.
		ls := strings.Fields(s)
		for i := 0; i+1 < len(ls); i++ {
			if !latinName(ls[i]) || !latinCapital(ls[i+1]) {
				continue
			}
			ka, kb := translitKey(ls[i]), translitKey(ls[i+1])
			if cn.keys[kb] == "" {
				continue
			}
			if cn.keys[ka] == "" {
				// "Chief scientist Ilya Sutskever": the given name is no
				// name word of the glossary; the surname is a person's.
				ka = kb
			}
			cn.namePair(ka, kb)
		}
	}
	return cn
}

// soundsLike reports whether the Arabic word w sounds like a name of the
// case that may follow the given name g (ألتمن، التمان for ألتمان after
// سام): its transliteration key is a name word's, or differs by one
// letter from that of a word following g in the corpus. Any name word's
// key with a letter changed would take in other people (بانكمان is one
// letter from بروكمان).
func (cn caseNames) soundsLike(w, g string) bool {
	k := translitKey(w)
	if _, ok := cn.keys[k]; ok {
		return true
	}
	if len([]rune(k)) < 4 {
		return false
	}
	for _, s := range cn.given[g] {
		if text.EditDistance([]rune(k), []rune(translitKey(s))) <= 1 {
			return true
		}
	}
	return false
}

// spelt returns the corpus's Arabic spelling of the case's person the
// Latin-script word w sounds like — the same consonants, as in Altmann,
// Altmen or Brokman, which the glossary lacks and transliterate does not
// match (a name that opens with a vowel, a doubled letter) — or "". Only
// people (Delaware has the consonants of dollar, which is no one), and
// keys of three consonants or more: "Sam" alone is the glossary's.
func (cn caseNames) spelt(w string) string {
	if text.IsArabicWord(w) {
		return ""
	}
	k := translitKey(w)
	if len([]rune(k)) < 3 {
		return ""
	}
	return cn.persons[k]
}

// givenAt returns the case's given name the question word w stands for —
// as written, or after a one-letter preposition or conjunction the corpus
// does not write it with (لسام: to Sam) — or "".
func (ix *Index) givenAt(w string) string {
	f := text.Fold(w)
	if !text.IsArabicWord(f) {
		return ""
	}
	if len(ix.names.given[f]) > 0 {
		return f
	}
	if ix.vocab.words[f] {
		return ""
	}
	for _, p := range []string{"و", "ب", "ل", "ف", "ك"} {
		if rest, ok := strings.CutPrefix(f, p); ok && len(ix.names.given[rest]) > 0 {
			return rest
		}
	}
	return ""
}

// latinGivenName reports whether the Latin-script word w is a given name of
// the case ("sam" for سام): one of its glossary readings is.
func (ix *Index) latinGivenName(w string) bool {
	if text.IsArabicWord(text.Fold(w)) {
		return false
	}
	for _, ar := range ix.glossary[term(w)] {
		if len(ix.names.given[text.Fold(ar)]) > 0 {
			return true
		}
	}
	return false
}

// otherPersonAt returns how many words starting at ws[i] name a person
// other than the case's namesake, or 0: a given name of the case (سام)
// followed by one to three Arabic words that nothing reads — not the
// corpus, its lexicons, the colloquial lexicon or the spelling rules — and
// that do not sound like a name of the case: «سام سميث» (the singer),
// «سام بانكمان فريد». «سام ألتمان», «سام التمن» (misspelt) and «سام»
// alone, or before a word the lexicons read («سام انطرد»), are the case's.
// A Latin surname after a Latin given name is read by joinedToForeign.
func (ix *Index) otherPersonAt(ws []qword, i int) int {
	g := ix.givenAt(ws[i].w)
	if g == "" {
		return 0
	}
	j := i + 1
	for j < len(ws) && j-i <= 3 && ix.unreadName(ws[j].w, g) {
		j++
	}
	if j == i+1 {
		return 0
	}
	return j - i
}

// unreadName reports whether the Arabic question word w, after the given
// name g, is one nothing reads and that does not sound like a name of the
// case (see otherPersonAt). A word with the article ال is no surname
// («سام سميث المغني»: the singer), nor a thing of the world list (أفلام):
// foreignAt reads those.
func (ix *Index) unreadName(w, g string) bool {
	f := text.Fold(w)
	if !text.IsArabicWord(f) || len([]rune(f)) < 3 || term(f) == "" || text.HasArticle(f, 2) || ix.vocab.words[f] || ix.recognised(f) || ix.world.words[f] {
		return false
	}
	if _, ok := ix.dialect.words[f]; ok {
		return false
	}
	if _, ok := ix.dialect.lookupArabic(f); ok {
		return false
	}
	if len(ix.dialect.phrases[f]) > 0 || ix.names.soundsLike(f, g) {
		return false
	}
	for _, v := range append([]string{f}, phonologyForms(f)...) {
		if t := term(v); t != "" && ix.names.roots[skeleton(t)] {
			return false
		}
	}
	return ix.respell(f) == ""
}

// foreignLetters are letters Arabic script borrows to write sounds of
// other languages (p, zh), found in names and loanwords only. چ, گ and ڤ
// are not among them: Gulf, Iraqi and Maghrebi speech writes its own
// sounds with them (چيف، گال، ڤال).
const foreignLetters = "پژ"

// foreignLettered reports whether w is typed with one of foreignLetters.
// The fold writes them as ب and ز, so they are looked for in the word as
// typed.
func foreignLettered(w string) bool {
	return strings.ContainsAny(text.ForMatch(w), foreignLetters)
}

// transliterated reports whether the Arabic word w has a shape only
// foreign names take in Arabic script: a letter Arabic borrows for a sound
// it lacks (foreignLetters), or a final «نغ» writing "-ng" (تشانغبينغ،
// هوانغ، سامسونغ), which no Arabic word ends in. It is meant for words no
// reading of the question reached: most such words are colloquial or
// misspelt Arabic, which this shape never matches.
func transliterated(w string) bool {
	if foreignLettered(w) {
		return true
	}
	f := text.Fold(w)
	return utf8.RuneCountInString(f) >= 4 && strings.HasSuffix(f, "نغ")
}

// orgRoles are English nouns (folded) of a post in, or a part of, an
// organisation: the word they are "of" names the organisation.
var orgRoles = map[string]bool{
	"ceo": true, "cto": true, "cfo": true, "boss": true, "board": true, "founder": true, "cofounder": true,
	"chairman": true, "chair": true, "president": true, "owner": true, "investors": true, "employees": true,
	"staff": true, "shares": true, "stock": true, "executives": true, "directors": true,
}

// orgSlot reports whether the Latin word ws[i] stands where a question
// names an organisation: after a post and "of" or "at", with "the" or
// without ("the ceo of boeing", "the board at wework", "the chairman of
// the fed"), or before a post ("the wework board",
// "boeing's ceo"). A question typed without capitals names so a company
// the corpus may never mention.
func orgSlot(ws []qword, i int) bool {
	at := func(j int) string {
		if j < 0 || j >= len(ws) {
			return ""
		}
		return text.Fold(ws[j].w)
	}
	if utf8.RuneCountInString(at(i)) < 4 {
		return false // "co-founder", "vp": a prefix or an abbreviation
	}
	if p := at(i - 1); (p == "of" || p == "at") && orgRoles[at(i-2)] {
		return true
	}
	if at(i-1) == "the" && (at(i-2) == "of" || at(i-2) == "at") && orgRoles[at(i-3)] {
		return true // "the chairman of the fed"
	}
	next := at(i + 1)
	if next == "s" {
		next = at(i + 2)
	}
	return orgRoles[next] && at(i-1) != "" && !orgRoles[at(i-1)]
}

// commonEnglish are everyday English words (folded) — verbs, adverbs and
// fillers of chat — that the glossary may not translate but that name no
// one: after a lower-case given name of the case ("did sam put out
// chatgpt", "voting on firing sam, like what…") they are the question's
// own words, not another Sam's surname as "bankman-fried" is.
var commonEnglish = map[string]bool{
	"put": true, "get": true, "got": true, "go": true, "went": true, "gone": true, "make": true, "made": true,
	"take": true, "took": true, "come": true, "came": true, "give": true, "gave": true, "like": true, "use": true,
	"used": true, "want": true, "wanted": true, "need": true, "know": true, "knew": true, "think": true, "thought": true,
	"see": true, "saw": true, "look": true, "find": true, "found": true, "tell": true, "told": true, "ask": true,
	"asked": true, "try": true, "tried": true, "call": true, "called": true, "keep": true, "kept": true, "let": true,
	"begin": true, "began": true, "show": true, "hear": true, "heard": true, "run": true, "ran": true, "move": true,
	"bring": true, "brought": true, "happen": true, "happened": true, "write": true, "wrote": true, "lose": true,
	"lost": true, "pay": true, "paid": true, "meet": true, "met": true, "set": true, "learn": true, "change": true,
	"changed": true, "lead": true, "led": true, "understand": true, "stop": true, "stopped": true, "speak": true,
	"spoke": true, "read": true, "allow": true, "add": true, "spend": true, "open": true, "win": true, "won": true,
	"offer": true, "buy": true, "bought": true, "wait": true, "send": true, "sent": true, "stay": true, "stayed": true,
	"fall": true, "fell": true, "reach": true, "pass": true, "sell": true, "sold": true, "decide": true, "pull": true,
	"push": true, "pushed": true, "really": true, "actually": true, "even": true, "just": true, "also": true,
	"still": true, "ever": true, "never": true, "always": true, "then": true, "now": true, "again": true, "too": true,
	"very": true, "so": true, "basically": true, "literally": true, "lol": true, "tho": true, "though": true,
	"himself": true, "him": true, "his": true, "he": true, "and": true, "or": true, "but": true, "because": true, "bc": true,
	"did": true, "do": true, "does": true, "was": true, "is": true, "be": true, "been": true, "being": true, "had": true,
	"has": true, "have": true, "will": true, "would": true, "could": true, "should": true, "can": true, "might": true,
	"must": true, "say": true, "said": true, "post": true, "posted": true, "tweet": true, "tweeted": true,
}

// latinCapital reports whether w is a Latin word written with a capital.
func latinCapital(w string) bool {
	return w != "" && w[0] >= 'A' && w[0] <= 'Z'
}

// latinName reports whether w is a capitalised Latin word of letters
// only, no punctuation closing it ("Toner," ends a name).
func latinName(w string) bool {
	if !latinCapital(w) {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// namePair records a full name's given-name key ka and surname key kb in
// people: the surname stands for the person, and a given name for its
// surname (a surname of two words is not split: kb keeps its own key).
func (cn caseNames) namePair(ka, kb string) {
	if cn.people[kb] == "" {
		cn.people[kb] = kb
	}
	if ka != kb {
		cn.people[ka] = cn.people[kb]
	}
}
