package retrieval

import (
	"strings"

	"casebot/text"
)

// possessiveHaqq reports whether ws[i] is the Gulf and Yemeni possessive
// «حق» ("of", as «البيان حق المجلس»: the board's statement), which carries
// nothing to look for: bare «حق» standing between two words written with
// the article ال. Elsewhere it is the noun "right" («من حق المجلس»، «حق
// التصويت») and is read as written.
func possessiveHaqq(ws []qword, i int) bool {
	if i == 0 || i+1 >= len(ws) || text.Fold(ws[i].w) != "حق" {
		return false
	}
	return definite(ws[i-1].w) && definite(ws[i+1].w)
}

// definite reports whether Arabic word w starts with the article ال and
// has a stem after it.
func definite(w string) bool {
	f := text.Fold(w)
	return strings.HasPrefix(f, "ال") && len([]rune(f)) > 3
}
