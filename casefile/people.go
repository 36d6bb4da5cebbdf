package casefile

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"casebot/text"
)

// Person is one person the corpus names, with what it says about them.
type Person struct {
	// ID is a stable key for the person ("sam-altman" or the folded name).
	ID string `json:"id"`
	// Name is the person's fullest spelling in the corpus, in the corpus's
	// main language when the corpus spells it in more than one script.
	Name string `json:"name"`
	// Spellings lists every way the corpus writes the name (full names and
	// surnames, every script), most used first.
	Spellings []string `json:"spellings"`
	// Latin is the name in Latin letters: as an English article of the
	// corpus writes it, or through the transliteration glossary; "" when
	// neither gives it.
	Latin string `json:"latin,omitempty"`
	// LatinFrom says where Latin comes from: "corpus" or "glossary".
	LatinFrom string `json:"latin_from,omitempty"`
	// Roles are the roles the corpus gives the person, each as written
	// next to the name, with its paragraph.
	Roles []Fact `json:"roles"`
	// Facts are the sentences that name the person, in corpus order.
	Facts []Fact `json:"facts"`
	// Refs lists every paragraph that names the person.
	Refs []string `json:"refs"`
	// Written is a model's short line on the person, which passed the
	// citation check (see answer.Engine.WritePeople); "" offline.
	Written string `json:"written,omitempty"`
	// WrittenCites are the paragraphs the written line's marks named
	// (among the ones it was given).
	WrittenCites []string `json:"written_cites,omitempty"`

	key      string   // sound keys of first and last name, for clustering
	surnames []string // folded surname spellings
	forms    []nameForm
	first    int // order of first mention
}

// Fact is one thing the corpus says, quoted, with the paragraph it is in.
type Fact struct {
	// Text is the statement as quoted: a verbatim substring of the paragraph.
	Text string `json:"text"`
	// Citation is the paragraph that says it.
	Citation Citation `json:"citation"`
}

// nameForm is one spelling of a person's name as folded words.
type nameForm struct {
	words   []string // folded
	written string
	latin   bool
}

// arabicRoles are role phrases, folded, that stand next to a name in news
// Arabic ("كبير العلماء إيليا سوتسكيفر"، "ميرا موراتي، مديرة التكنولوجيا").
// Longer phrases come first.
var arabicRoles = splitAll(
	"عضو مجلس الاداره", "رئيس مجلس الاداره", "رئيسه مجلس الاداره", "الشريك المؤسس",
	"الرئيس التنفيذي", "رئيسها التنفيذي", "رئيسه التنفيذي", "رئيسا تنفيذيا", "رئيسه تنفيذيه",
	"المدير التنفيذي", "مديرها التنفيذي", "مديره التنفيذي", "مديره التكنولوجيا", "مدير التكنولوجيا",
	"كبير العلماء", "كبيره العلماء", "عضو المجلس", "عضوه المجلس", "احد مؤسسي", "احد مؤسسيها",
	"احد مؤسسيه", "احد المؤسسين", "رئيس الشركه", "رئيسه الشركه", "رائده الاعمال", "رائد الاعمال",
	"المؤسس", "مؤسس", "الصحفيه", "الصحفي", "الكاتب", "الكاتبه", "الباحث", "الباحثه", "وزير",
	"وزيره", "المتحدث", "المتحدثه", "المستثمر", "المحلل", "المحامي", "القاضي", "الرئيس",
)

// englishRoleWords mark a phrase next to a name as a role.
var englishRoleWords = map[string]bool{
	"ceo": true, "cto": true, "cfo": true, "coo": true, "chief": true, "executive": true, "president": true,
	"co-founder": true, "cofounder": true, "founder": true, "chair": true, "chairman": true, "chairwoman": true,
	"director": true, "journalist": true, "reporter": true, "author": true, "investor": true, "secretary": true,
	"minister": true, "researcher": true, "scientist": true, "entrepreneur": true, "analyst": true,
	"spokesperson": true, "spokesman": true, "spokeswoman": true, "professor": true, "member": true, "officer": true,
	"co-chief": true, "lawyer": true, "judge": true, "senator": true,
}

// englishTitles stand before a name without being part of it.
var englishTitles = map[string]bool{
	"former": true, "treasury": true, "secretary": true, "president": true, "chief": true, "executive": true,
	"ceo": true, "chair": true, "chairman": true, "director": true, "minister": true, "senator": true, "governor": true,
	"mr": true, "mrs": true, "ms": true, "dr": true, "professor": true, "judge": true, "founder": true,
	"co-founder": true, "scientist": true, "officer": true, "the": true, "a": true, "an": true, "and": true,
	"but": true, "when": true, "while": true, "after": true, "before": true, "under": true, "with": true,
	"read": true, "its": true, "his": true, "her": true, "their": true, "u": true, "s": true, "first": true, "lady": true,
	"board": true, "member": true, "members": true, "investor": true, "journalist": true, "author": true,
}

// arabicNotNames are folded words that are never part of a name found
// next to a role: function words, common verbs and nouns of the frame.
// It is built once, at package initialisation, and only read after.
var arabicNotNames = buildArabicNotNames()

// buildArabicNotNames folds the word list and adds the month and weekday
// names.
func buildArabicNotNames() map[string]bool {
	notNames := map[string]bool{}
	for _, w := range strings.Fields(`في من على الى عن ان إن ما لا لم لن هل هو هي هم هذا هذه ذلك تلك التي الذي الذين كان كانت
		قد لقد و او ثم حتى مع عند كل بين اي اذا لكن بل كما خلال وقد فيه فيها منه منها عليه عليها له لها به بها
		الا ايضا هناك هنا انه انها لان فقط حيث مثل ضمن منذ نحو لدى غير ليس تم احد قال وقال اعلن واعلن كتب وكتب
		شركه مجلس بشكل بعد قبل اكثر اقل نهائيا مؤقته مؤقتا دائم يوم اليوم مساء ليله فجر عام سنه وفق بحسب اكد واكد
		عين وعين ابعاد اقاله تعيين استقاله التواصل حثها حث بيان رساله منصه موقع`) {
		notNames[text.Fold(w)] = true
	}
	for _, w := range append(text.MonthWords(), text.WeekdayWords()...) {
		notNames[w] = true
	}
	return notNames
}

func splitAll(phrases ...string) [][]string {
	out := make([][]string, len(phrases))
	for i, p := range phrases {
		out[i] = strings.Fields(text.Fold(p))
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i]) > len(out[j]) })
	return out
}

// roleAt matches an Arabic role phrase at toks[i]; it returns its length in
// tokens, 0 when none starts there. The first word may carry a clitic ("وأحد").
func roleAt(toks []token, i int) int {
	for _, r := range arabicRoles {
		if i+len(r) > len(toks) {
			continue
		}
		ok := true
		for k, w := range r {
			f := toks[i+k].fold
			if f != w && !(k == 0 && stripClitic(f) == w) {
				ok = false
				break
			}
		}
		if ok {
			return len(r)
		}
	}
	return 0
}

// arabicNameWord reports whether a token can be part of an Arabic name:
// Arabic letters only, not a word with the article (hamza-alef names such
// as ألتمان keep their hamza and pass), not a function or frame word.
func arabicNameWord(t token) bool {
	if !t.word || utf8.RuneCountInString(t.fold) < 2 {
		return false
	}
	for _, r := range t.fold {
		if !text.IsArabicLetter(r) {
			return false
		}
	}
	keep := strings.Map(text.FoldRuneKeepAlef, text.ForMatch(t.raw))
	if text.HasArticle(keep, 0) {
		return false
	}
	return !arabicNotNames[t.fold] && !arabicNotNames[stripClitic(t.fold)]
}

// arabicNameCandidates finds full names (two words) next to a role phrase.
func arabicNameCandidates(toks []token) [][2]int {
	var out [][2]int
	for i := 0; i < len(toks); i++ {
		n := roleAt(toks, i)
		if n == 0 {
			continue
		}
		// Forward: role [adjectives with ال] NAME NAME.
		j := i + n
		for k := 0; k < 2 && j < len(toks) && toks[j].word && !arabicNameWord(toks[j]) && strings.HasPrefix(toks[j].fold, "ال"); k++ {
			j++
		}
		if j+1 < len(toks) && arabicNameWord(toks[j]) && arabicNameWord(toks[j+1]) &&
			(j+2 >= len(toks) || !arabicNameWord(toks[j+2])) {
			out = append(out, [2]int{j, j + 2})
		}
		// Backward: NAME NAME [،] role.
		k := i - 1
		if k >= 0 && (toks[k].raw == "،" || toks[k].raw == ",") {
			k--
		}
		if k >= 1 && arabicNameWord(toks[k]) && arabicNameWord(toks[k-1]) {
			out = append(out, [2]int{k - 1, k + 1})
		}
		i += n - 1
	}
	return out
}

// englishNameCandidates finds runs of two or three capitalised words that
// are not titles, months, weekdays or all-capital words.
func englishNameCandidates(toks []token) [][2]int {
	var out [][2]int
	isCap := func(t token) bool {
		if !t.word {
			return false
		}
		r, _ := utf8.DecodeRuneInString(t.raw)
		if !unicode.IsUpper(r) || !unicode.Is(unicode.Latin, r) {
			return false
		}
		lower := false
		for _, c := range t.raw[1:] {
			lower = lower || unicode.IsLower(c)
		}
		f := strings.TrimSuffix(strings.TrimSuffix(t.fold, "'s"), "’s")
		_, isMonth := text.MonthOf(f)
		_, isDay := text.WeekdayOf(f)
		return lower && !isMonth && !isDay && !englishTitles[f]
	}
	for i := 0; i < len(toks); {
		if !isCap(toks[i]) {
			i++
			continue
		}
		j := i
		for j < len(toks) && isCap(toks[j]) && j-i < 3 {
			j++
			if strings.HasSuffix(toks[j-1].fold, "'s") || strings.HasSuffix(toks[j-1].fold, "’s") {
				break
			}
		}
		if j-i >= 2 {
			out = append(out, [2]int{i, j})
		}
		i = j
	}
	return out
}

// cleanWord drops a possessive from a folded name word.
func cleanWord(f string) string {
	return strings.TrimSuffix(strings.TrimSuffix(f, "'s"), "’s")
}

// castBuilder gathers the people of a corpus.
type castBuilder struct {
	people []*Person
	latin  map[string]string // glossary: folded Arabic word -> English
	lang   string            // the corpus's main language
}

// add records a full name found at toks[a:b] of a sentence.
func (cb *castBuilder) add(toks []token, a, b int, order int) {
	var words []string
	var written []string
	latin := true
	for _, t := range toks[a:b] {
		w := cleanWord(t.fold)
		if text.Language(t.raw) == "ar" {
			latin = false
			w = stripNameClitic(w)
		}
		words = append(words, w)
		written = append(written, strings.TrimSuffix(strings.TrimSuffix(t.raw, "'s"), "’s"))
	}
	if !latin && len(written) > 0 {
		// A clitic on the first word (وهيلين) is not part of the name.
		if f := text.Fold(written[0]); f != words[0] {
			written[0] = trimRunes(written[0], utf8.RuneCountInString(written[0])-utf8.RuneCountInString(words[0]))
		}
	}
	form := nameForm{words: words, written: strings.Join(written, " "), latin: latin}
	first, last := soundKey(words[0]), soundKey(words[len(words)-1])
	for _, p := range cb.people {
		pf, pl, _ := strings.Cut(p.key, "|")
		if pl == last && (pf == first || pf == "" || first == "") {
			p.addForm(form)
			return
		}
	}
	p := &Person{key: first + "|" + last, first: order}
	p.addForm(form)
	cb.people = append(cb.people, p)
}

// stripNameClitic drops a one-letter conjunction or preposition from an
// Arabic name word, when what is left still looks like a name word.
func stripNameClitic(f string) string {
	// Only the conjunction: names in lists are joined by it (وهيلين تونر،
	// وآدم دانجيلو). A name that itself starts with و loses it too, which
	// the surname (kept whole) makes up for when people are matched.
	if s, ok := strings.CutPrefix(f, "و"); ok && utf8.RuneCountInString(s) >= 3 {
		return s
	}
	return f
}

// trimRunes drops the first n runes of s.
func trimRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[i:]
		}
		n--
	}
	return ""
}

func (p *Person) addForm(f nameForm) {
	for _, g := range p.forms {
		if strings.Join(g.words, " ") == strings.Join(f.words, " ") {
			return
		}
	}
	p.forms = append(p.forms, f)
	last := f.words[len(f.words)-1]
	if !contains(p.surnames, last) {
		p.surnames = append(p.surnames, last)
	}
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// mention is one place a sentence names a person.
type mention struct {
	person     *Person
	start, end int // token span
	written    string
}

// findMentions returns the people a sentence names, by full name or
// surname alone, in every spelling the cast knows.
func (cb *castBuilder) findMentions(toks []token) []mention {
	var out []mention
	taken := make([]bool, len(toks))
	// The folded forms the sentence's words can take: a name whose first
	// word is not among them cannot be there.
	present := map[string]bool{}
	for _, t := range toks {
		if t.word {
			present[cleanWord(t.fold)] = true
			for _, f := range nameForms(t.raw) {
				present[f] = true
			}
		}
	}
	// Full names first, then surnames.
	for pass := 0; pass < 2; pass++ {
		for _, p := range cb.people {
			for _, f := range p.forms {
				words := f.words
				if pass == 1 {
					words = words[len(words)-1:]
				}
				if !present[words[0]] {
					continue
				}
				for i := 0; i+len(words) <= len(toks); i++ {
					if taken[i] || !matchWords(toks[i:i+len(words)], words, f.latin) {
						continue
					}
					w := make([]string, len(words))
					for k := range words {
						w[k] = toks[i+k].raw
						taken[i+k] = true
					}
					out = append(out, mention{person: p, start: i, end: i + len(words), written: strings.Join(w, " ")})
				}
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out
}

// matchWords reports whether tokens spell the folded words; a Latin name
// must be capitalised, an Arabic one may carry a clitic on its first word.
func matchWords(toks []token, words []string, latin bool) bool {
	for k, w := range words {
		t := toks[k]
		if !t.word {
			return false
		}
		if latin {
			r, _ := utf8.DecodeRuneInString(t.raw)
			if !unicode.IsUpper(r) || cleanWord(t.fold) != w {
				return false
			}
			continue
		}
		ok := false
		for _, f := range nameForms(t.raw) {
			if f == w {
				ok = true
				break
			}
		}
		if !ok || (k == 0 && len(words) == 1 && !arabicNameWord(token{raw: w, fold: w, word: true}) && t.fold != w) {
			return false
		}
	}
	return true
}

// roleNear returns the role phrase written next to a mention, as a byte
// span of the sentence, or ok false.
func roleNear(s string, toks []token, m mention, latin bool) (int, int, bool) {
	if latin {
		return englishRoleNear(s, toks, m)
	}
	// After: NAME [،] ROLE … up to punctuation or a relative pronoun.
	j := m.end
	if j < len(toks) && (toks[j].raw == "،" || toks[j].raw == ",") {
		j++
	}
	if n := roleAt(toks, j); n > 0 {
		k := j + n
		for k < len(toks) && toks[k].word && k-j < 10 {
			f := toks[k].fold
			if f == "الذي" || f == "التي" || f == "الذين" || f == "حيث" {
				break
			}
			k++
		}
		start := toks[j].start
		if toks[j].fold != stripClitic(toks[j].fold) && toks[j].fold == "و"+stripClitic(toks[j].fold) {
			start += len("و")
		}
		return start, toks[k-1].end, true
	}
	// Before: ROLE [ال-adjectives] NAME.
	for back := 1; back <= 4 && m.start-back >= 0; back++ {
		i := m.start - back
		if n := roleAt(toks, i); n > 0 && i+n <= m.start {
			ok := true
			for k := i + n; k < m.start; k++ {
				if !toks[k].word || !strings.HasPrefix(toks[k].fold, "ال") {
					ok = false
				}
			}
			if ok {
				start := toks[i].start
				if f := toks[i].fold; strings.HasPrefix(f, "و") && roleAtWord(strings.TrimPrefix(f, "و")) {
					start += len("و") // ورائدة الأعمال: the conjunction is not the role
				}
				return start, toks[m.start-1].end, true
			}
		}
	}
	return 0, 0, false
}

// englishRoleNear finds an apposition with a role word: "Mira Murati, the
// chief technology officer", "chief scientist Ilya Sutskever", "Its chief
// executive, Satya Nadella".
func englishRoleNear(s string, toks []token, m mention) (int, int, bool) {
	hasRole := func(a, b int) bool {
		for k := a; k < b; k++ {
			if englishRoleWords[cleanWord(toks[k].fold)] {
				return true
			}
		}
		return false
	}
	// After, between commas.
	if m.end+1 < len(toks) && toks[m.end].raw == "," && appositionStart(toks[m.end+1]) {
		k := m.end + 1
		words := 0
		for k < len(toks) && toks[k].raw != "," && toks[k].raw != "." && toks[k].raw != ";" && toks[k].fold != "who" && words < 12 {
			if toks[k].fold == "and" && k+1 < len(toks) && (toks[k+1].fold == "the" || toks[k+1].fold == "a" || toks[k+1].fold == "an") {
				break // "…site Quora and the only member…": a second apposition
			}
			if toks[k].word && (k == 0 || toks[k-1].raw != "-") {
				words++
			}
			k++
		}
		if k > m.end+1 && hasRole(m.end+1, k) {
			return toks[m.end+1].start, toks[k-1].end, true
		}
	}
	// Before, lower-case words (and titles) back to a boundary.
	k := m.start
	comma := false
	if k > 0 && toks[k-1].raw == "," {
		k--
		comma = true
	}
	i := k
	for i > 0 && toks[i-1].word && i > k-5 {
		f := toks[i-1].fold
		if f == "by" || f == "and" || f == "with" || f == "of" || f == "to" || f == "when" {
			break
		}
		i--
	}
	if i < k && hasRole(i, k) {
		_ = comma
		return toks[i].start, toks[k-1].end, true
	}
	return 0, 0, false
}

// appositionStart reports whether a word can open an apposition after a
// name: a lower-case word ("the chief technology officer") or a possessive
// ("OpenAI's president"), not the next name of a list.
func appositionStart(t token) bool {
	r, _ := utf8.DecodeRuneInString(t.raw)
	return t.word && (unicode.IsLower(r) || strings.HasSuffix(t.raw, "'s") || strings.HasSuffix(t.raw, "’s"))
}

// roleAtWord reports whether a folded word starts some Arabic role phrase.
func roleAtWord(f string) bool {
	for _, r := range arabicRoles {
		if r[0] == f {
			return true
		}
	}
	return false
}
