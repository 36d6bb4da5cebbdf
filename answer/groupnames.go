package answer

import (
	"strconv"
	"strings"

	"casebot/text"
)

// A who-question may ask for a counted group by name («من هم أعضاء مجلس
// الإدارة الستة بالأسماء؟», "name all four directors who voted"): quotes
// that name two of the six answer part of it, and the answer must not
// sound as if they were all of it.

// askedGroupSize returns the count of the group a who- or name-question
// asks for (ستة in «أعضاء المجلس الستة», four in "the four directors"), or
// 0: numbers other than years, from two to a hundred.
func askedGroupSize(question string) int {
	sh := questionShape(question)
	if !sh.who && !sh.name && !sh.person {
		return 0
	}
	for _, w := range text.Words(question) {
		d, ok := text.Numeral(w)
		if !ok || text.IsYear(d) {
			continue
		}
		if n, err := strconv.Atoi(d); err == nil && n >= 2 && n <= 100 {
			return n
		}
	}
	return 0
}

// namesFewerThanAsked reports whether question asks for a counted group
// by name (askedGroupSize) and the quotes name fewer people the question
// does not name already than it counts.
func (e *Engine) namesFewerThanAsked(question string, quotes []string) bool {
	n := askedGroupSize(question)
	if n == 0 {
		return false
	}
	named := map[string]bool{}
	for _, q := range quotes {
		ws := strings.Fields(wordsOf(q))
		for _, sp := range e.newPersonAt(question, ws) {
			named[unprefixed(ws[sp[1]])] = true
		}
	}
	return len(named) < n
}
