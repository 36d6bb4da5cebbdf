package answer

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"casebot/retrieval"
	"casebot/text"
)

// The word lists of the claim check: numbers, negations, absolutes and
// words that accuse someone of something. They are general news language in
// English and Arabic, written from the language, not from any answer or
// article: the checker needs them to see what a paraphrase must not add.

// quantityWords maps number words, folded (text.Fold, so Arabic alef forms
// are ا and ة is ه), to the value they state. Plurals of round numbers
// ("hundreds", مئات) state an order of magnitude, written "100s". "one" and
// واحد/أحد are left out: "one of the founders" states no quantity worth
// checking, and أحد is as often a pronoun.
var quantityWords = func() map[string]string {
	m := map[string]string{}
	add := func(v string, ws ...string) {
		for _, w := range ws {
			m[text.Fold(w)] = v
		}
	}
	add("2", "two", "اثنان", "اثنين", "اثنتان", "اثنتين", "اثنا", "اثني")
	add("3", "three", "ثلاث", "ثلاثة")
	add("4", "four", "أربع", "أربعة")
	add("5", "five", "خمس", "خمسة")
	add("6", "six", "ست", "ستة")
	add("7", "seven", "سبع", "سبعة")
	add("8", "eight", "ثمان", "ثماني", "ثمانية")
	add("9", "nine", "تسع", "تسعة")
	add("10", "ten", "عشر", "عشرة")
	add("11", "eleven")
	add("12", "twelve", "dozen")
	add("20", "twenty", "عشرون", "عشرين")
	add("30", "thirty", "ثلاثون", "ثلاثين")
	add("40", "forty", "أربعون", "أربعين")
	add("50", "fifty", "خمسون", "خمسين")
	add("100", "hundred", "مئة", "مائة")
	add("100s", "hundreds", "مئات")
	add("10s", "dozens", "tens", "عشرات")
	add("1000", "thousand", "ألف")
	add("1000s", "thousands", "آلاف", "ألوف")
	add("1000000", "million", "مليون")
	add("1000000s", "millions", "ملايين")
	add("1000000000", "billion", "مليار", "بليون")
	add("1000000000s", "billions", "مليارات")
	add("half", "half", "نصف")
	add("third", "third", "ثلث")
	add("quarter", "quarter", "ربع")
	add("majority", "majority", "أغلبية", "أغلب", "غالبية", "معظم")
	add("minority", "minority", "أقلية")
	// Units of time state a duration's scale: "within hours" is not
	// "after days".
	add("unit:minute", "minute", "minutes", "دقيقة", "دقائق")
	add("unit:hour", "hour", "hours", "ساعة", "ساعات")
	add("unit:day", "day", "days", "يوم", "يومين", "أيام")
	add("unit:week", "week", "weeks", "أسبوع", "أسبوعين", "أسابيع")
	add("unit:month", "month", "months", "شهر", "شهرين", "أشهر", "شهور")
	add("unit:year", "year", "years", "سنة", "سنتين", "سنوات", "عامين", "أعوام")
	return m
}()

// Absolutes: a claim that says "all", "only", "unanimously" or "never"
// says more than one that does not, and the source must say it too. Each
// class lists English and Arabic words (folded); a claim word of a class is
// borne out by a source word of the same class.
var absoluteClasses = map[string][]string{
	"unanimous": {"unanimous", "unanimously", "consensus", "إجماع", "بالإجماع", "الإجماع", "أجمع", "أجمعوا", "أجمعت"},
	"all": {"all", "every", "everyone", "everybody", "everything", "entire", "entirely", "whole", "wholly", "completely",
		"totally", "fully", "كل", "كلها", "كله", "كلهم", "جميع", "الجميع", "جميعهم", "جميعا", "كافة", "كامل", "كاملا", "بأكمله", "بأكملها", "تماما"},
	"always": {"always", "forever", "constantly", "دائما", "دوما", "أبدا", "قط", "مطلقا", "إطلاقا", "باستمرار"},
	"only":   {"only", "sole", "solely", "exclusively", "فقط", "وحده", "وحدها", "وحدهم", "الوحيد", "الوحيدة", "حصرا"},
}

// absoluteWord maps a folded word to its absolute class.
var absoluteWord = func() map[string]string {
	m := map[string]string{}
	for class, ws := range absoluteClasses {
		for _, w := range ws {
			m[text.Fold(w)] = class
		}
	}
	return m
}()

// negationWords are the English and Arabic words (folded) that negate what
// follows them.
var negationWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{
		"not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "without", "cannot", "lack", "lacked", "lacking",
		"failed", "fail", "fails", "refused", "refuse", "denied", "deny", "unable", "absence", "instead", "rather", "unless",
		"لم", "لن", "لا", "ليس", "ليست", "ليسوا", "لسنا", "لست", "غير", "دون", "بدون", "عدم", "بلا", "ولم", "فلم", "ولا",
		"فلا", "ولن", "وليس", "بعدم", "وعدم", "لعدم", "ودون", "بغير", "لولا", "رفض", "رفضت", "فشل", "فشلت",
	} {
		m[text.Fold(w)] = true
	}
	return m
}()

// contractedNot matches English contractions of "not" (didn't, wasn't, can't).
var contractedNot = regexp.MustCompile(`(?i)[a-z]n['’]t\b`)

// graveWords are words that accuse, charge or convict: a claim using one
// must find its meaning in the sources through the glossary or the
// paragraph's own words, however much else of it they support. A model
// that invents "arrested for espionage" around true names is the risk.
var graveWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{
		"arrest", "arrested", "arrests", "jail", "jailed", "prison", "prisoned", "imprisoned", "detained", "custody",
		"charged", "indicted", "indictment", "convicted", "conviction", "sentenced", "guilty", "prosecuted", "prosecution",
		"sued", "lawsuit", "court", "trial", "police", "fbi", "investigated", "investigation", "probe",
		"espionage", "spy", "spied", "spying", "fraud", "fraudulent", "embezzled", "embezzlement", "bribe", "bribed",
		"bribery", "corruption", "corrupt", "steal", "stealing", "stole", "stolen", "theft", "thief", "embezzle", "laundering", "illegal", "illegally", "crime",
		"criminal", "felony", "harassment", "harassed", "abuse", "abused", "assault", "assaulted", "scandal",
		"died", "dead", "death", "killed", "murder", "suicide", "hacked", "hack", "leak", "leaked", "bankrupt",
		"bankruptcy", "fined", "penalty", "sanction", "sanctions", "treason", "terrorism", "drugs", "addiction",
		"اعتقل", "اعتقال", "اعتقلت", "سجن", "السجن", "احتجاز", "احتجز", "اتهام", "محاكمة", "المحكمة", "دعوى", "الشرطة",
		"تجسس", "التجسس", "جاسوس", "احتيال", "الاحتيال", "رشوة", "الرشوة", "فساد", "الفساد", "سرقة", "سرق", "اختلاس",
		"جريمة", "جنائي", "تحرش", "التحرش", "اعتداء", "فضيحة", "توفي", "وفاة", "مات", "قتل", "انتحار", "اختراق", "تسريب",
		"إفلاس", "غرامة", "عقوبات", "خيانة", "إرهاب", "مخدرات",
	} {
		m[text.Fold(w)] = true
	}
	return m
}()

// arabicClitics are the one-letter prefixes stripped before looking a
// folded Arabic word up in the lists above (وأربعة, بالإجماع, لعدم are
// listed or found through them).
const arabicClitics = "وفبلك"

// lookupFolded finds w, or w without one Arabic proclitic letter or the
// article, in m.
func lookupFolded[V any](m map[string]V, w string) (V, bool) {
	if v, ok := m[w]; ok {
		return v, true
	}
	var zero V
	r, size := utf8.DecodeRuneInString(w)
	if !text.InArabicBlock(r) {
		return zero, false
	}
	rest := w
	if strings.ContainsRune(arabicClitics, r) && utf8.RuneCountInString(w) > 3 {
		rest = w[size:]
		if v, ok := m[rest]; ok {
			return v, true
		}
	}
	if a, ok := strings.CutPrefix(rest, "ال"); ok && utf8.RuneCountInString(a) >= 2 {
		if v, ok := m[a]; ok {
			return v, true
		}
	}
	return zero, false
}

// foldedWords returns the words of s folded (text.Fold), split on anything
// that is not a letter or a digit; digits with a decimal point stay one
// word ("3.5").
func foldedWords(s string) []string {
	f := text.Fold(s)
	return strings.FieldsFunc(f, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.' && r != ','
	})
}

// digitsPattern matches a number written in digits after folding, with
// thousands separators or a decimal part.
var digitsPattern = regexp.MustCompile(`[0-9]+(?:[.,٫][0-9]+)*`)

// quantities returns the numbers s states, canonical: digits without
// thousands separators ("1,000" → "1000", "3.5" stays), number words as
// their value (four, أربعة → "4").
func quantities(s string) map[string]bool {
	out := map[string]bool{}
	f := text.Fold(s)
	for _, d := range digitsPattern.FindAllString(f, -1) {
		out[canonicalNumber(d)] = true
	}
	for _, w := range foldedWords(s) {
		w = strings.Trim(w, ".,")
		if v, ok := lookupFolded(quantityWords, w); ok {
			out[v] = true
		}
	}
	return out
}

// canonicalNumber drops thousands separators and keeps a decimal part.
func canonicalNumber(d string) string {
	d = strings.ReplaceAll(d, "٫", ".")
	parts := strings.Split(d, ",")
	if len(parts) > 1 {
		ok := true
		for _, p := range parts[1:] {
			if len(p) != 3 {
				ok = false
			}
		}
		if ok {
			d = strings.Join(parts, "")
		} else {
			d = strings.ReplaceAll(d, ",", ".")
		}
	}
	return strings.TrimRight(strings.TrimRight(d, "."), ",")
}

// negated reports whether s holds a negation.
func negated(s string) bool {
	ws := strings.Fields(s)
	for i, w := range ws {
		if isNegationAt(ws, i) {
			return true
		}
		_ = w
	}
	return false
}

// isNegationAt reports whether ws[i] negates: a negation word, except
// غير and إلا before أن, which join clauses ("however").
func isNegationAt(ws []string, i int) bool {
	if !isNegation(ws[i]) {
		return false
	}
	f := trimFold(ws[i])
	if (f == "غير" || f == "الا") && i+1 < len(ws) {
		if n := trimFold(ws[i+1]); n == "ان" || n == "انه" || n == "انها" {
			return false
		}
	}
	return true
}

// trimFold folds a written word and trims punctuation around it.
func trimFold(w string) string {
	return strings.Trim(text.Fold(w), ".,،؛:!?؟\"«»“”()")
}

// absolutes returns the absolute classes s uses. An absolute under a
// negation ("not unanimous", ليس الجميع) is the negation's business, and
// "only" or فقط next to a quantity ("only four", أربعة فقط, "only days
// later") is the number check's.
func absolutes(s string) map[string]bool {
	out := map[string]bool{}
	ws := strings.Fields(s)
	reach := 0
	for i, w := range ws {
		if isNegationAt(ws, i) {
			reach = 3
			continue
		}
		f := trimFold(w)
		c, ok := lookupFolded(absoluteWord, f)
		if ok && reach == 0 && !(c == "only" && nextToQuantity(ws, i)) {
			out[c] = true
		}
		if reach > 0 {
			reach--
		}
		if clauseEnd(w) {
			reach = 0
		}
	}
	return out
}

// nextToQuantity reports whether the word before or the word after ws[i]
// states a quantity.
func nextToQuantity(ws []string, i int) bool {
	for _, j := range []int{i - 1, i + 1} {
		if j < 0 || j >= len(ws) {
			continue
		}
		if j == i-1 && clauseEnd(ws[j]) {
			continue
		}
		if len(quantities(ws[j])) > 0 {
			return true
		}
	}
	return false
}

// graveStems are the English grave words stemmed as retrieval stems
// them, so that every inflection is caught (steal, stealing, steals).
var graveStems = func() map[string]bool {
	m := map[string]bool{}
	for w := range graveWords {
		r, _ := utf8.DecodeRuneInString(w)
		if r < 0x80 {
			for _, t := range retrieval.Tokens(w) {
				m[t] = true
			}
		}
	}
	return m
}()

// graveIn returns the grave words of s (see graveWords).
func graveIn(s string) []string {
	var out []string
	for _, w := range foldedWords(s) {
		w = strings.Trim(w, ".,")
		if _, ok := lookupFolded(graveWords, w); ok {
			out = append(out, w)
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); r < 0x80 {
			for _, t := range retrieval.Tokens(w) {
				if graveStems[t] {
					out = append(out, w)
				}
			}
		}
	}
	return out
}
