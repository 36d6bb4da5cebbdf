package answer

import (
	"strings"

	"casebot/text"
)

// A question asking how much money ("how much money was in the fund",
// «كم دفعت الشركة») is answered by a sum: a figure with its currency. A
// quote whose only figures are a date or a vote count carries a number, so
// the number check passes it; the money check does not.

// moneyWords are the words that make a how-much question ask for a sum,
// folded (text.Fold) and compared as whole words or, in Arabic, with a
// leading clitic (بالمال، والتمويل).
var moneyWords = []string{
	"money", "cash", "cost", "costs", "paid", "pay", "pays", "price", "worth", "funding", "funded", "invest",
	"invested", "investment", "salary", "salaries", "dollars", "fee", "fees", "budget", "spent", "spend", "raised",
	"مال", "اموال", "الاموال", "فلوس", "مصاري", "مصارى", "تكلفه", "كلف", "كلفه", "سعر", "ثمن", "دفع", "دفعت",
	"استثمار", "استثمرت", "استثمر", "راتب", "رواتب", "تمويل", "ميزانيه", "انفقت", "انفق",
}

// currencyWords name a currency, folded; a sum carries one (or a sign).
var currencyWords = []string{
	"dollar", "dollars", "usd", "euro", "euros", "pound", "pounds", "yen", "yuan",
	"دولار", "دولارات", "يورو", "جنيه", "ريال", "درهم", "دينار", "ليره", "ين",
}

// moneyAsked reports whether question asks how much money: a how-much cue
// with a money word.
func moneyAsked(question string) bool {
	if askedKind(question) != numberFact {
		return false
	}
	for _, w := range foldedWords(question) {
		if matchesWordList(w, moneyWords) {
			return true
		}
	}
	return false
}

// carriesMoney reports whether s states a sum: a currency sign, or a
// currency word.
func carriesMoney(s string) bool {
	if strings.ContainsAny(s, "$€£¥") {
		return true
	}
	for _, w := range foldedWords(s) {
		if matchesWordList(w, currencyWords) {
			return true
		}
	}
	return false
}

// matchesWordList reports whether w is one of list, or, for an Arabic
// entry of three letters or more, the entry behind one or two clitic
// letters (و، ف، ب، ل، ال).
func matchesWordList(w string, list []string) bool {
	for _, x := range list {
		x = text.Fold(x)
		if w == x {
			return true
		}
		if x[0] < 0x80 || len([]rune(x)) < 3 {
			continue
		}
		for _, p := range []string{"و", "ف", "ب", "ل", "ال", "وال", "بال", "لل", "فال"} {
			if w == p+x {
				return true
			}
		}
	}
	return false
}
