package retrieval

import (
	"strings"

	"github.com/kljensen/snowball/english"

	"casebot/text"
)

// Tokens returns the analysed terms of text: words folded, stop words
// removed, Arabic light-stemmed and English stemmed. The same function
// analyses paragraphs and queries, so their terms meet.
func Tokens(s string) []string {
	ws := text.Words(s)
	out := make([]string, 0, len(ws))
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		if i+1 < len(ws) {
			if n, ok := text.ArabicTeen(w, ws[i+1]); ok {
				out = append(out, n)
				i++
				continue
			}
		}
		if committedSum(ws, i) {
			out = append(out, commitSumTerm)
			continue
		}
		if t := term(w); t != "" {
			out = append(out, t)
		}
	}
	return out
}

// commitForms are the forms of the English verb "commit" (and its noun),
// lower case.
var commitForms = set("commit", "commits", "committed", "committing", "commitment", "commitments")

// sumWords mark an amount of money after a verb, lower case: "committed
// about $13 billion" (the $ is no word), "committed funds".
var sumWords = set("billion", "billions", "million", "millions", "bn", "dollars", "money", "cash", "funds", "funding", "investment")

// sumBefore mark, a few words before "commit", a question about money:
// "how much (money) has Microsoft committed".
var sumBefore = set("much", "money", "cash", "funds", "funding")

// sumReach is how many words after "commit" a sum may come ("committed
// about $13 billion": two), and before it a word asking about money ("how
// much money has Microsoft committed": three).
const sumReach = 3

// commitSumTerm is the analysed term of "commit" said of money
// (committedSum): a sense of its own, which the "commit" of a pledge does
// not meet. It translates as "commit" does (senseBase).
const commitSumTerm = "commit$"

// senseBase maps a sense-marked term to the term whose translations it
// shares.
var senseBase = map[string]string{commitSumTerm: "commit"}

// committedSum reports whether ws[i] is a form of "commit" said of money:
// a word of money follows within sumReach words ("Microsoft, which has
// committed about $13 billion to OpenAI"; a bare number may count days,
// "committed to a 30-day review"), or "much"/"money"
// comes within sumReach words before it ("how much money has Microsoft
// committed?"). That "commit" puts money in, and is read as commitSumTerm:
// it no longer meets the "commit" of a pledge ("committed to working with
// Shear", "still committed to the partnership", «ملتزمة» translated), another
// sense. It is not read as "invest" either: "money" and "fund" reach
// "invest" as synonyms, and "how much money is in the startup fund" is not
// told by Microsoft's $13 billion.
func committedSum(ws []string, i int) bool {
	if !commitForms[strings.ToLower(ws[i])] {
		return false
	}
	for j := i + 1; j < len(ws) && j <= i+sumReach; j++ {
		w := strings.ToLower(ws[j])
		if sumWords[w] {
			return true
		}
	}
	for j := max(0, i-sumReach); j < i; j++ {
		if sumBefore[strings.ToLower(ws[j])] {
			return true
		}
	}
	return false
}

// term analyses one word from words; "" means a stop word. A number
// word or numeral becomes its digits (text.Numeral), so «ثلاثين», "thirty",
// "30" and «٣٠» meet.
func term(w string) string {
	if n, ok := text.Numeral(w); ok {
		return n
	}
	if text.IsArabicWord(w) {
		n := unifyAlef(w)
		if arabicStop[n] {
			return ""
		}
		s := unifyAlef(stemArabic(w))
		if arabicStop[s] {
			return ""
		}
		return s
	}
	if c, ok := chatWord(w); ok {
		if c == "" {
			return ""
		}
		w = c
	}
	if englishStop[w] {
		return ""
	}
	w = englishLemma(w)
	if len(w) <= 2 && !text.IsDigits(w) {
		return w
	}
	if text.IsDigits(w) || !isASCII(w) {
		return w
	}
	return english.Stem(w, false)
}

func isASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return false
		}
	}
	return true
}

func unifyAlef(w string) string { return strings.Map(text.FoldRune, w) }

// Prefixes and suffixes of Lucene's ArabicStemmer (after Larkey, Ballesteros
// and Connell's "light8"), in the order Lucene tries them.
var (
	arPrefixes = [][]rune{[]rune("ال"), []rune("وال"), []rune("بال"), []rune("كال"), []rune("فال"), []rune("لل"), []rune("و")}
	arSuffixes = [][]rune{[]rune("ها"), []rune("ان"), []rune("ات"), []rune("ون"), []rune("ين"), []rune("يه"), []rune("ه"), []rune("ي"), []rune("وا")}
)

// stemArabic strips at most one prefix and then each matching suffix, as
// Lucene's ArabicStemmer does, keeping at least two letters (three for the
// one-letter prefix و). Its input still has the hamza forms of alef, and it
// never strips "ال" from a word whose alef carries a hamza: "ألتمان" is a
// name, not the article "ال" + "تمان". Lucene normalises before stemming and
// so loses that distinction.
func stemArabic(w string) string {
	s := []rune(w)
	stripped := false
	for _, p := range arPrefixes {
		if len(p) == 1 && p[0] == 'و' && rootWaw(s) {
			break // واحد is one word, not و + أحد (Sunday, someone)
		}
		if hasPrefixLen(s, p) {
			s = s[len(p):]
			stripped = true
			break
		}
	}
	// A one-letter preposition or conjunction before a hamza-alef word
	// (لإقالة, بأن, فأعادت) is always a prefix: no Arabic word starts so.
	if !stripped && len(s) >= 4 && strings.ContainsRune("لبكف", s[0]) && strings.ContainsRune("أإآ", s[1]) {
		s = s[1:]
	}
	for _, suf := range arSuffixes {
		if len(s) >= len(suf)+2 && hasSuffix(s, suf) {
			s = s[:len(s)-len(suf)]
		}
	}
	return string(s)
}

// rootWawStems are common words whose first letter و belongs to the root
// (واحد، وزير، وقت، وظيفة…), as stemArabic leaves them once their suffixes
// are cut, folded. Lucene's stemmer reads that و as "and" and cuts it, so
// "واحد" met "أحد" (Sunday, someone) and "وزير" missed "الوزير", which keeps
// its و behind the article.
var rootWawStems = set(
	"واحد", "وحيد", "وحده", "وزير", "وزراء", "وزار", "وظيف", "وظائف", "وكال", "وكيل", "ولاي", "ولد",
	"وثيق", "وثائق", "وسائل", "وسيل", "وسط", "وصول", "وضع", "وطن", "وطني", "وعد", "وعود", "وفاء",
	"وفا", "وقائع", "واقع", "وقوع", "وقف", "وقود", "وجود", "وجه", "واجه", "ورق", "وراء", "ورث", "واضح", "وضوح",
	"وافق", "وكالات", "ولايات", "وحد", "واسع", "وزن", "وعي",
)

// rootWaw reports whether the word s (hamza seats kept) is one of the
// rootWawStems, with or without its suffixes: its و is no conjunction.
func rootWaw(s []rune) bool {
	if len(s) < 3 || s[0] != 'و' || strings.ContainsRune("أإآ", s[1]) {
		return false // وأحد is و + أحد
	}
	f := []rune(text.Fold(string(s)))
	if rootWawStems[string(f)] {
		return true
	}
	for _, suf := range arSuffixes {
		if len(f) >= len(suf)+3 && hasSuffix(f, suf) {
			f = f[:len(f)-len(suf)]
			if rootWawStems[string(f)] {
				return true
			}
		}
	}
	return false
}

func hasPrefixLen(s, p []rune) bool {
	if len(p) == 1 && len(s) < 4 || len(s) < len(p)+2 {
		return false
	}
	for i := range p {
		if s[i] != p[i] {
			return false
		}
	}
	return true
}

func hasSuffix(s, suf []rune) bool {
	off := len(s) - len(suf)
	for i := range suf {
		if s[off+i] != suf[i] {
			return false
		}
	}
	return true
}

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[text.Fold(w)] = true
	}
	return m
}

// arabicStop holds Arabic function words and question words, alef-unified.
var arabicStop = set(
	"في", "من", "على", "الى", "إلى", "عن", "ان", "أن", "إن", "ما", "لا", "لم", "لن", "هل", "كيف", "متى", "اين", "أين",
	"لماذا", "ماذا", "ماذ", "هو", "هي", "هم", "هما", "هن", "انا", "نحن", "انت", "هذا", "هذه", "ذلك", "تلك", "هذان", "هؤلاء",
	"التي", "الذي", "الذين", "اللذين", "اللتين", "اللواتي", "كان", "كانت", "كانوا", "يكون", "تكون", "قد", "لقد", "و", "او", "أو", "ثم",
	"حتى", "مع", "عند", "كل", "بين", "اي", "أي", "اذا", "إذا", "لكن", "بل", "كما", "خلال", "وقد", "ف", "ب", "ل", "ك",
	"فيه", "فيها", "منه", "منها", "عليه", "عليها", "اليه", "له", "لها", "لهم", "به", "بها", "وهو", "وهي", "الا", "إلا",
	"ايضا", "أيضا", "هناك", "هنا", "ذا", "انه", "أنه", "انها", "أنها", "لان", "لأن", "يا", "ولم", "وما", "ومن", "وفي", "وعلى",
	"كم", "اي", "أيّ", "مدى", "بعض", "غير", "سوى", "ليس", "ليست", "تم", "عدة", "عن", "منذ", "نحو", "لدى", "لدي", "ضمن",
	"مثل", "حيث", "كذلك", "اما", "أما", "وان", "وأن", "بان", "بأن", "فقط", "ذو", "ذات",
	"انهم", "أنهم", "بانهم", "بأنهم", "لانهم", "لأنهم",
	// أي with a clitic preposition: "by which", "for which"
	"باي", "بأي", "لاي", "لأي",
	// common question verbs
	"قال", "يقول", "عدد",
	// "exactly", "precisely": they ask how precise, not about what
	"بالضبط", "بالتحديد", "تحديدا",
)

// englishStop holds English function and question words.
var englishStop = set(
	"a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with", "about", "as", "into", "over", "after",
	"before", "and", "or", "but", "not", "no", "is", "are", "was", "were", "be", "been", "being", "do", "does", "did",
	"has", "have", "had", "it", "its", "this", "that", "these", "those", "there", "their", "they", "them", "he", "she",
	"his", "her", "him", "we", "you", "i", "me", "my", "our", "your", "what", "which", "who", "whom", "whose", "when",
	"where", "why", "how", "can", "could", "would", "should", "will", "shall", "may", "might", "must", "so", "than",
	"then", "if", "any", "all", "some", "such", "also", "just", "very", "did", "does", "tell", "according", "article",
	"s", "t", "up", "out", "under", "much", "many", "get", "got",
)

// skeleton drops the long vowels ا و ي after an Arabic term's first letter,
// so forms of one root that differ only in them meet: اقال (إقالة, dismissal)
// and اقيل (أقيل, was dismissed) both give اقل. Non-Arabic terms and terms
// whose skeleton would be shorter than three letters are returned unchanged:
// a two-letter skeleton matches too much (ساتيا and ستة both give ست).
func skeleton(t string) string {
	if !text.IsArabicWord(t) {
		return t
	}
	r := []rune(t)
	out := r[:1:1]
	for _, c := range r[1:] {
		if c != 'ا' && c != 'و' && c != 'ي' {
			out = append(out, c)
		}
	}
	if len(out) < 3 {
		return t
	}
	return string(out)
}
