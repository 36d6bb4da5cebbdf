package text

// elisionLetters are the letters a Latin name elides before an apostrophe
// (D'Angelo, O'Neill, L'Oréal), folded.
var elisionLetters = map[string]bool{"d": true, "o": true, "l": true}

// elisionRest is the least length, in letters, of the name part after an
// elided letter: "d'Angelo" is a name, "l'a" is not one.
const elisionRest = 3

// JoinElisions returns folded words (as Words and Fold give them) with an
// elided letter that a name's apostrophe split off ("d", "angelo" of
// "D'Angelo") joined to the word after it ("dangelo"): the name as a user
// types it without the apostrophe. ok is false, and words returned as
// they are, when no word is such a letter followed by a word of
// elisionRest letters or more.
func JoinElisions(words []string) (joined []string, ok bool) {
	for i := 0; i < len(words); i++ {
		if i+1 < len(words) && elisionLetters[words[i]] && len([]rune(words[i+1])) >= elisionRest && latinLetters(words[i+1]) {
			joined = append(joined, words[i]+words[i+1])
			i++
			ok = true
			continue
		}
		joined = append(joined, words[i])
	}
	if !ok {
		return words, false
	}
	return joined, true
}

// latinLetters reports whether w is made of Latin letters a to z only.
func latinLetters(w string) bool {
	for _, r := range w {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return w != ""
}

// isLatinLetter reports whether r is a Latin letter, either case.
func isLatinLetter(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }

// Elided returns the apostrophe spellings s writes for names with an
// elided letter, each keyed by the name typed without the apostrophe and
// folded: "Adam D'Angelo" gives {"dangelo": "d'angelo"}. A possessive
// ("Altman's") elides nothing: its apostrophe follows the name.
func Elided(s string) map[string]string {
	out := map[string]string{}
	rs := []rune(s)
	for i := 1; i+1 < len(rs); i++ {
		if rs[i] != '\'' && rs[i] != '’' {
			continue
		}
		l := Fold(string(rs[i-1]))
		if !elisionLetters[l] || i >= 2 && isLatinLetter(rs[i-2]) {
			continue
		}
		j := i + 1
		for j < len(rs) && isLatinLetter(rs[j]) {
			j++
		}
		rest := Fold(string(rs[i+1 : j]))
		if len([]rune(rest)) < elisionRest || !latinLetters(rest) {
			continue
		}
		out[l+rest] = l + "'" + rest
	}
	return out
}
