package text

import (
	"strconv"
	"strings"
)

// Numeral reads one word of [Words] as a cardinal number and returns its
// canonical term, the number in ASCII digits ("30"), and true; a word that
// is no number word is returned unchanged with false. It reads digits
// (Arabic-Indic and Persian digits are already ASCII after [Words]),
// digits behind Arabic clitics («بـ30»), Arabic number words with their
// clitics (و ف ب ل ك ال) and case endings (ثلاث، ثلاثة، ثلاثين، ثلاثون،
// مئة، مائة، مئات، ألف، آلاف، مليون، مليار…) and English number words
// (two…ten, eleven…nineteen, twenty…ninety, hundred, thousand, million,
// billion, and their plurals). Digits keep their own spelling, so a year
// (2023) stays itself.
//
// Forms whose short base has another common reading are read only bare:
// «ست» (six, but «الست» the lady, «لست» I am not), «سبع», «تسع», «خمس»,
// «عشر»; «اثنين» is not read behind the article, where it is Monday; and
// English "one" is never read, since "no one", "one of" and "the one who"
// are far more common in prose than the number.
func Numeral(w string) (string, bool) {
	if w == "" {
		return w, false
	}
	if IsDigits(w) {
		return w, true
	}
	if n, ok := englishNumerals[w]; ok {
		return strconv.Itoa(n), true
	}
	f := strings.Map(FoldRune, w)
	if !InArabicBlock([]rune(f)[0]) {
		return w, false
	}
	for _, sp := range arabicClitics(f) {
		base := f[len(sp):]
		if IsDigits(base) {
			return base, true
		}
		if strings.HasPrefix(w[len(sp):], "وأ") || strings.HasPrefix(w[len(sp):], "وإ") {
			// No number word starts so: «وأحد» is و + أحد (Sunday,
			// someone), which folds like «واحد» (one).
			continue
		}
		n, ok := arabicNumerals[base]
		if !ok {
			continue
		}
		if sp != "" && arabicBareOnly[base] {
			continue
		}
		if strings.HasSuffix(sp, "ال") && arabicNoArticle[base] {
			continue
		}
		return strconv.Itoa(n), true
	}
	return w, false
}

// ArabicTeen returns the number 11–19 that the Arabic unit word unit and
// the word ten ("عشر" or "عشرة", as [Words] gives them) make together
// («ثلاثة عشر» 13, «أحد عشر» 11, «اثنا عشر» 12), and true; false when they
// make none.
func ArabicTeen(unit, ten string) (string, bool) {
	t := strings.Map(FoldRune, ten)
	if t != "عشر" && t != "عشره" {
		return "", false
	}
	u := strings.Map(FoldRune, unit)
	for _, sp := range arabicClitics(u) {
		base := u[len(sp):]
		n, ok := arabicNumerals[base]
		if base == "احد" || base == "احدي" {
			n, ok = 1, true
		}
		if ok && n >= 1 && n <= 9 {
			return strconv.Itoa(10 + n), true
		}
	}
	return "", false
}

// arabicClitics returns the proclitic strings w may start with, longest
// first, ending with "": an optional conjunction (و ف), an optional
// preposition (ب ل ك) and an optional article (ال; ل + ال is written لل).
func arabicClitics(w string) []string {
	var out []string
	for _, c := range []string{"", "و", "ف"} {
		for _, p := range []string{"", "ب", "ك", "ل"} {
			for _, a := range []string{"", "ال"} {
				sp := c + p + a
				if p == "ل" && a == "ال" {
					sp = c + "لل"
				}
				if sp != "" && strings.HasPrefix(w, sp) && len(w) > len(sp) {
					out = append(out, sp)
				}
			}
		}
	}
	// longest first: a word that starts with وال is read as و + ال first.
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && len(out[j]) > len(out[j-1]); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return append(out, "")
}

// IsDigits reports whether w is one or more ASCII digits.
func IsDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

// arabicNumerals maps folded Arabic number words (alef unified, ة as ه,
// ى and ئ as ي: «مئة» is ميه), without clitics, to their values: masculine and feminine forms,
// nominative -ون/-ان and oblique -ين/-ين endings, accusative tanween (-ا),
// plurals of the large units (read as the unit: «مئات» hundreds) and a few
// colloquial spellings (تلاتة، تمنية).
var arabicNumerals = map[string]int{
	"واحد": 1, "واحده": 1,
	"اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "اثنا": 2, "اثني": 2, "اتنين": 2,
	"ثلاث": 3, "ثلاثه": 3, "تلات": 3, "تلاته": 3,
	"اربع": 4, "اربعه": 4,
	"خمس": 5, "خمسه": 5,
	"ست": 6, "سته": 6,
	"سبع": 7, "سبعه": 7,
	"ثمان": 8, "ثماني": 8, "ثمانيه": 8, "تمن": 8, "تمانيه": 8, "تمنيه": 8,
	"تسع": 9, "تسعه": 9,
	"عشر": 10, "عشره": 10,
	"عشرون": 20, "عشرين": 20,
	"ثلاثون": 30, "ثلاثين": 30, "تلاتين": 30,
	"اربعون": 40, "اربعين": 40,
	"خمسون": 50, "خمسين": 50,
	"ستون": 60, "ستين": 60,
	"سبعون": 70, "سبعين": 70,
	"ثمانون": 80, "ثمانين": 80, "تمانين": 80,
	"تسعون": 90, "تسعين": 90,
	"ميه": 100, "مايه": 100, "ميات": 100, "ميتان": 200, "ميتين": 200, "مايتان": 200, "مايتين": 200,
	"الف": 1000, "الفا": 1000, "الاف": 1000, "الفان": 2000, "الفين": 2000,
	"مليون": 1000000, "مليونا": 1000000, "ملايين": 1000000, "مليونان": 2000000, "مليونين": 2000000,
	"مليار": 1000000000, "مليارا": 1000000000, "مليارات": 1000000000, "بليون": 1000000000,
}

// arabicBareOnly are the number words read only without clitics: each is
// also a common other word or a clitic plus one («الست» the lady, «لست» I
// am not, «السبع» the lion, «تسع» holds, «الخمس» the fifth, «العشر» the
// tenth).
var arabicBareOnly = map[string]bool{"ست": true, "سبع": true, "تسع": true, "خمس": true, "عشر": true, "تمن": true}

// arabicNoArticle are the number words not read behind the article: «يوم
// الاثنين» is Monday.
var arabicNoArticle = map[string]bool{"اثنين": true, "اثنان": true, "اتنين": true}

// englishNumerals maps English number words to their values. "one" is
// left out (see [Numeral]).
var englishNumerals = map[string]int{
	"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
	"eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19,
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
	"hundred": 100, "hundreds": 100, "thousand": 1000, "thousands": 1000,
	"million": 1000000, "millions": 1000000, "billion": 1000000000, "billions": 1000000000,
}

// IsYear reports whether a run of ASCII digits reads as a year (1900 to
// 2099): "2023" dates a fact, it does not count anything.
func IsYear(digits string) bool {
	return len(digits) == 4 && (strings.HasPrefix(digits, "19") || strings.HasPrefix(digits, "20"))
}
