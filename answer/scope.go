package answer

import (
	"casebot/text"
)

// A date or a figure often opens a paragraph and scopes the sentences after
// it: «في 16 نوفمبر، اجتمع أعضاء المجلس… وقرّر أربعة من أصل ستة…». A
// question asking when the board decided matches the second sentence best,
// and quoting it alone drops the date that answers it. So when the quoted
// sentences of a paragraph carry none of the kind of fact asked for, the
// sentence just before the first of them is quoted too when it carries
// one.

// scopeSentence returns the sentence just before the first of sents (the
// quoted sentences of one paragraph, text t, in any order) when the
// question asks for kind, none of sents carries it and that sentence does.
func scopeSentence(kind factKind, t string, sents []sentenceCandidate) (sentenceCandidate, bool) {
	if kind == anyFact || len(sents) == 0 {
		return sentenceCandidate{}, false
	}
	first := sents[0]
	for _, s := range sents {
		if carries(s.text, kind) {
			return sentenceCandidate{}, false
		}
		if s.pos < first.pos {
			first = s
		}
	}
	if first.pos == 0 {
		return sentenceCandidate{}, false
	}
	all := text.Sentences(t)
	if first.pos > len(all) {
		return sentenceCandidate{}, false
	}
	prev := all[first.pos-1]
	if !carries(prev, kind) {
		return sentenceCandidate{}, false
	}
	return sentenceCandidate{hit: first.hit, pos: first.pos - 1, text: prev, score: first.score}, true
}
