package text

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// FoldRune folds one rune of match-form text (see [ForMatch]) the way the
// index and the quote check see it; -1 means the rune is dropped (Arabic
// diacritics, superscript alef, tatweel, format characters). Alef forms
// (أ إ آ ٱ) become ا, ى becomes ي, ة becomes ه, ؤ becomes و, ئ becomes ي,
// Arabic-Indic and Persian digits become ASCII digits, the Persian letters
// for sounds Arabic lacks (پ p, ژ zh) become the Arabic letters that write
// those sounds (ب، ز), and letters are lower-cased. چ, گ and ڤ are left:
// dialects write their own sounds with them, each read several ways
// (گال قال، چيف كيف، ڤال قال), which the spelling variants handle.
func FoldRune(r rune) rune {
	r = FoldRuneKeepAlef(r)
	switch r {
	case 'أ', 'إ', 'آ', 'ٱ':
		return 'ا'
	}
	return r
}

// FoldRuneKeepAlef is [FoldRune] keeping the hamza forms of alef (أ إ آ ٱ),
// which a light stemmer needs: "ألتمان" is a name, "التمان" the article
// ال + تمان.
func FoldRuneKeepAlef(r rune) rune {
	switch {
	case r >= 0x064B && r <= 0x065F, r == 0x0670, r == 0x0640: // harakat, superscript alef, tatweel
		return -1
	case IsFormat(r):
		return -1
	case r >= 0x0660 && r <= 0x0669:
		return '0' + (r - 0x0660)
	case r >= 0x06F0 && r <= 0x06F9:
		return '0' + (r - 0x06F0)
	}
	switch r {
	case 'ى':
		return 'ي'
	case 'ة':
		return 'ه'
	case 'ؤ':
		return 'و'
	case 'ئ':
		return 'ي'
	case 'ک': // Persian kaf
		return 'ك'
	case 'ی': // Persian yeh
		return 'ي'
	case 'پ': // p, which Arabic lacks: typed for ب in loanwords (ستارتاپ)
		return 'ب'
	case 'ژ': // zh, which Arabic lacks: typed for ز in loanwords (ژورنال)
		return 'ز'
	}
	return unicode.ToLower(r)
}

// Fold returns the folded form of s: its match form (see [ForMatch]) with
// every rune passed through [FoldRune] and runs of white space collapsed to
// one space, trimmed. Two spellings of one Arabic word that differ only in
// vowel marks, hamza seats, alef maqsura or teh marbuta, in presentation
// forms or in an invisible joiner fold to the same string.
func Fold(s string) string {
	s = norm.NFKC.String(s)
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		r = FoldRune(r)
		switch {
		case r == -1:
			continue
		case unicode.IsSpace(r):
			if !space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = true
			continue
		}
		space = false
		b.WriteRune(r)
	}
	return strings.TrimRight(b.String(), " ")
}

// JoinVersions returns s without the hyphen that joins a Latin name to
// its version number ("GPT-5" → "GPT5"), so that the number reads as part
// of the name: a model named GPT-5 is no count of five. A hyphen between
// digits (2015-2023), after a digit ("38-year-old") or between letters
// ("co-founded") is kept.
func JoinVersions(s string) string {
	if !strings.Contains(s, "-") {
		return s
	}
	rs := []rune(s)
	out := make([]rune, 0, len(rs))
	for i, r := range rs {
		if r == '-' && i > 0 && i+1 < len(rs) && unicode.In(rs[i-1], unicode.Latin) && unicode.IsDigit(rs[i+1]) {
			continue
		}
		out = append(out, r)
	}
	return string(out)
}

// Words splits s into words of letters and digits (marks inside a word are
// dropped with the fold), each folded by [FoldRuneKeepAlef]. The input is
// put in match form first, so a presentation form or a ZWNJ inside a word
// does not split or change it. A Latin name's version number joined by a
// hyphen stays in the name's word ("GPT-5" is "gpt5"): a model named
// GPT-5 is no count of five. A hyphen between digits (2015-2023) or after
// one ("38-year-old") splits.
func Words(s string) []string {
	s = norm.NFKC.String(s)
	var out []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			out = append(out, string(cur))
			cur = cur[:0]
		}
	}
	for _, r := range JoinVersions(s) {
		f := FoldRuneKeepAlef(r)
		if f == -1 {
			continue
		}
		if unicode.IsLetter(f) || unicode.IsDigit(f) {
			cur = append(cur, f)
			continue
		}
		if unicode.IsMark(f) {
			continue
		}
		flush()
	}
	flush()
	return out
}

// FoldForQuote returns s folded (see [Fold]) with every run of characters
// that are neither letters nor digits turned into one space: the form in
// which a quotation is looked for in a paragraph, so that punctuation and
// quotation marks do not decide a match.
func FoldForQuote(s string) string {
	f, _, _ := FoldMap(s)
	return f
}

// FoldMap is [FoldForQuote] keeping, for every byte of the result, the byte
// offsets in s of the start and end of the text it came from, so that a
// match found in folded text can be cut verbatim out of s. Offsets follow
// normalisation segments: a letter and its combining marks map to the whole
// cluster.
func FoldMap(s string) (folded string, starts, ends []int) {
	var b strings.Builder
	b.Grow(len(s))
	space := true
	var it norm.Iter
	it.InitString(norm.NFKC, s)
	// An expansion can come out in several segments that do not advance
	// the input position; they are gathered until it advances, and all of
	// them map to the input they came from.
	var pending []byte
	start := 0
	for !it.Done() {
		pending = append(pending, it.Next()...)
		end := it.Pos()
		if end == start && !it.Done() {
			continue
		}
		for _, r := range string(pending) {
			f := FoldRune(r)
			switch {
			case f == -1 || unicode.IsMark(f):
				continue
			case unicode.IsLetter(f) || unicode.IsDigit(f):
				n := b.Len()
				b.WriteRune(f)
				for range b.Len() - n {
					starts, ends = append(starts, start), append(ends, end)
				}
				space = false
			default:
				if !space {
					b.WriteByte(' ')
					starts, ends = append(starts, start), append(ends, end)
					space = true
				}
			}
		}
		pending, start = pending[:0], end
	}
	out := b.String()
	if strings.HasSuffix(out, " ") {
		out = out[:len(out)-1]
		starts, ends = starts[:len(out)], ends[:len(out)]
	}
	return out, starts, ends
}

// conjunctions are the one-letter conjunctions Arabic glues to the word
// after them (و، ف), prepositions the one-letter prepositions (ب، ل), and
// proclitics either, folded.
var (
	conjunctions = []string{"و", "ف"}
	prepositions = []string{"ب", "ل"}
	proclitics   = slices.Concat(conjunctions, prepositions)
)

// CutProclitic cuts one leading conjunction or preposition letter (و، ف،
// ب، ل) off a folded Arabic word, when at least min letters remain:
// «وبنوفمبر» → «بنوفمبر», «بنوفمبر» → «نوفمبر». ok is false, and f is
// returned as it is, when there is none to cut or too little would remain
// («بيع» stays whole for min 3).
func CutProclitic(f string, min int) (string, bool) {
	return cutOne(f, min, proclitics)
}

// CutConjunction is CutProclitic for the conjunctions و and ف alone:
// «ومقال» → «مقال», «بمقال» stays whole.
func CutConjunction(f string, min int) (string, bool) {
	return cutOne(f, min, conjunctions)
}

// CutPreposition is CutProclitic for the prepositions ب and ل alone:
// «باستثمار» → «استثمار», «وصل» stays whole.
func CutPreposition(f string, min int) (string, bool) {
	return cutOne(f, min, prepositions)
}

// articles are the article ال as it opens a folded written word: after one
// of the one-letter proclitics و، ب، ف، ك, after ل (which drops the
// article's alef: لل), or alone. No two open alike, so at most one of them
// opens a word.
var articles = []string{"وال", "بال", "فال", "كال", "لل", "ال"}

// CutArticle cuts the article off a folded Arabic word, with the
// one-letter proclitic before it (ال، وال، بال، فال، كال، لل), when at
// least min letters remain: «والاعضاء» → «اعضاء», «للشركه» → «شركه». ok is
// false, and f is returned as it is, when f opens with no article or too
// little would remain («الف» stays whole for min 2). A hamza on the alef
// makes no article («ألتمان»): pass a form that keeps it
// ([FoldRuneKeepAlef]) where that matters.
func CutArticle(f string, min int) (string, bool) {
	return cutOne(f, min, articles)
}

// HasArticle reports whether the folded Arabic word f opens with the
// article, alone or after a one-letter proclitic, followed by at least min
// letters (see [CutArticle]).
func HasArticle(f string, min int) bool {
	_, ok := CutArticle(f, min)
	return ok
}

// CliticCuts returns the readings of the folded Arabic word f without its
// leading clitics, each keeping at least min letters: first without the
// article and the proclitic before it ([CutArticle]), then without one
// conjunction or preposition letter ([CutProclitic]): «والاعضاء» gives
// «اعضاء» and «الاعضاء», «لموظفين» gives «موظفين». It is nil when f opens
// with neither; f itself is never among them.
func CliticCuts(f string, min int) []string {
	var out []string
	if rest, ok := CutArticle(f, min); ok {
		out = append(out, rest)
	}
	if rest, ok := CutProclitic(f, min); ok {
		out = append(out, rest)
	}
	return out
}

// cutOne cuts the first of letters f opens with, when at least min
// letters remain.
func cutOne(f string, min int, letters []string) (string, bool) {
	for _, p := range letters {
		if rest, ok := strings.CutPrefix(f, p); ok && utf8.RuneCountInString(rest) >= min {
			return rest, true
		}
	}
	return f, false
}
