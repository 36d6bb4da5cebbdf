package answer

import "strings"

// A question asking how much money ("how much money was in the fund",
// «كم دفعت الشركة») is answered by a sum: a figure with its currency. A
// quote whose only figures are a date or a vote count carries a number, so
// the number check passes it; the money check does not.

// moneyWords are the words that make a how-much question ask for a sum.
var moneyWords = []string{
	"money", "cash", "cost", "costs", "paid", "pay", "pays", "price", "worth", "funding", "funded", "invest",
	"invested", "investment", "salary", "salaries", "dollars", "fee", "fees", "budget", "spent", "spend", "raised",
	"مال", "اموال", "الاموال", "فلوس", "مصاري", "مصارى", "تكلفه", "كلف", "كلفه", "سعر", "ثمن", "دفع", "دفعت",
	"استثمار", "استثمرت", "استثمر", "راتب", "رواتب", "تمويل", "ميزانيه", "انفقت", "انفق",
}

// currencyWords name a currency; a sum carries one (or a sign).
var currencyWords = []string{
	"dollar", "dollars", "usd", "euro", "euros", "pound", "pounds", "yen", "yuan",
	"دولار", "دولارات", "يورو", "جنيه", "ريال", "درهم", "دينار", "ليره", "ين",
}

// moneyAsked reports whether question asks how much money: a how-much cue
// with a money word (compared as topic cues are: folded and analysed, see
// cueSet).
func moneyAsked(question string) bool {
	return askedKind(question) == numberFact && hasCue(question, cueSet(moneyWords))
}

// carriesMoney reports whether s states a sum: a currency sign, or a
// currency word.
func carriesMoney(s string) bool {
	return strings.ContainsAny(s, "$€£¥") || hasCue(s, cueSet(currencyWords))
}
