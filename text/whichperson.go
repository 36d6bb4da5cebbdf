package text

// Which-person words, folded: whichWords ask which one; personNouns name
// people by what they are or do ("member", "director", «عضو», «موظف»);
// headNouns the one who heads something ("chief", «رئيس»).
var (
	whichWords  = map[string]bool{"which": true, "what": true, "اي": true, "انهي": true, "ايا": true, "باي": true}
	personNouns = map[string]bool{"member": true, "members": true, "director": true, "directors": true,
		"executive": true, "executives": true, "researcher": true, "researchers": true, "scientist": true,
		"employee": true, "employees": true, "person": true, "people": true, "official": true, "officials": true,
		"investor": true, "investors": true, "founder": true, "cofounder": true, "journalist": true, "reporter": true,
		"ceo": true, "chairman": true,
		"عضو": true, "عضوه": true, "اعضاء": true, "مدير": true, "مديره": true, "باحث": true, "باحثه": true, "موظف": true,
		"موظفه": true, "شخص": true, "مسؤول": true, "مسؤوله": true, "مستثمر": true, "مؤسس": true, "صحفي": true, "صحفيه": true}
	headNouns = map[string]bool{"رييس": true, "رييسه": true, "قايد": true, "قايده": true, "زعيم": true,
		"head": true, "leader": true, "chief": true, "ceo": true, "chair": true, "chairman": true}
)

// WhichWord reports whether the folded word w asks which one: "which",
// "what", «أي», «انهي».
func WhichWord(w string) bool { return whichWords[w] }

// PersonNoun reports whether the folded word w names people by what they
// are or do: "member", "directors", "ceo", «عضو», «موظف».
func PersonNoun(w string) bool { return personNouns[w] }

// HeadNoun reports whether the folded word w names the one who heads
// something: "chief", "leader", «رئيس», «قائد».
func HeadNoun(w string) bool { return headNouns[w] }

// personCompounds are person nouns of two words, folded: the first word
// qualifies the second ("board member", "chief executive").
var personCompounds = map[string]bool{"board": true, "chief": true}

// WhichPersonAt returns the index of the first of the folded words ws
// that asks which of some people, and so who: a which-word (WhichWord)
// right before a person noun (PersonNoun: "which CEO", «أي عضو») or a
// person noun of two words ("which board member", "which chief
// executive"); with loose, also one word before a person noun ("which
// new directors"). -1 when none does.
func WhichPersonAt(ws []string, loose bool) int {
	for i, w := range ws {
		if !whichWords[w] || i+1 >= len(ws) {
			continue
		}
		next := ws[i+1]
		if personNouns[next] {
			return i
		}
		if i+2 < len(ws) && personNouns[ws[i+2]] && (loose || personCompounds[next]) {
			return i
		}
	}
	return -1
}
