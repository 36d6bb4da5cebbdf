package answer

import (
	"strings"

	"casebot/casefile"
)

// identityWho open a question asking who someone is (folded): "who", «من»,
// «مين», «منو», «شكون».
var identityWho = []string{"who", "من", "مين", "منو", "شكون"}

// whoCopulas may stand between the who-word and the name: "who is",
// «مين هي».
var whoCopulas = []string{"is", "was", "هو", "هي", "ه"}

// askedIdentity returns the person of the corpus a question asks the
// identity of — its first clause is a who-word, a copula at most, and
// that person's name, nothing else ("Who is كيتش هيغي?", «منو غريغ بروكمان
// ووش صار له؟», «مين Keach Hagey») — and whether there is one. "Who
// replaced Altman as interim CEO?" asks for someone else than Altman.
func (e *Engine) askedIdentity(question string) (casefile.Person, bool) {
	ws := strings.Fields(wordsOf(askingPart(question)))
	var clause []string
	for _, w := range ws {
		if w == "and" || strings.HasPrefix(w, "و") {
			break
		}
		clause = append(clause, w)
	}
	if len(clause) < 2 || !oneOf(clause[0], identityWho) {
		return casefile.Person{}, false
	}
	clause = clause[1:]
	if len(clause) > 1 && oneOf(clause[0], whoCopulas) {
		clause = clause[1:]
	}
	name := strings.Join(clause, " ")
	for _, p := range e.people() {
		for _, n := range append([]string{p.Name, p.Latin}, p.Spellings...) {
			if n != "" && wordsOf(n) == name {
				return p, true
			}
		}
	}
	return casefile.Person{}, false
}

// oneOf reports whether w is one of ws.
func oneOf(w string, ws []string) bool {
	for _, x := range ws {
		if w == x {
			return true
		}
	}
	return false
}

// identityQuoted reports whether question asks who someone of the corpus
// is (askedIdentity) and s names them: «الصحفية كيتش هيغي» tells who Keach
// Hagey is though it names no one the question does not.
func (e *Engine) identityQuoted(question, s string) bool {
	p, ok := e.askedIdentity(question)
	return ok && namesIn(" "+wordsOf(s)+" ", p)
}
