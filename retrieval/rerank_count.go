package retrieval

import (
	"casebot/text"
)

// The count of the thing asked about, for a how-many question.
//
// Across articles, a how-many question that names the counts it has seen
// ("how many people sit on the board, four or three?") matches every
// paragraph that has one of those numbers, whatever it counts: «ثلاثة من
// كبار الباحثين» (three researchers who resigned) as much as "a board of
// three members", the more so when the paragraph's section heading («مجلس
// من أربعة أعضاء») lends it the other number and the board. The answer is
// a paragraph whose own text puts a number next to the thing counted: the
// word after the count cue (كم عضو → عضو, how many members → member) or,
// when that word is only "people", the first content word after it that
// is no name (how many people sit on the board → board), in any of its
// translations. Of the leading candidates, one that does gains
// countWeight: enough to settle a near tie, too little to lift a
// paragraph over one that fits the question clearly better.

// countWeight is what a leading candidate that counts the asked-about
// thing adds to its fused score (in [0, 1]) for a how-many question.
// Measured on the 21 multi-article sets: 0.15 answers two more questions
// (i11_final4, i11_final6); 0.2 four (also i11_dev4, i11_final8), and
// neither costs any set a question.
const countWeight = 0.2

// genericCounted are counted words that name no thing of their own
// ("how many people", «كم شخص»), as analysed terms: what they count is
// said by the words after them.
var genericCounted = set("peopl", "ppl", "person", "persons", "individu", "شخص", "اشخاص", "واحد", "ناس", "الناس")

// countedUnit returns the members (the word and its translations, not its
// weaker synonyms) of the unit of v that a how-many question q counts, or
// nil when q asks no count or names nothing counted.
func (ix *Index) countedUnit(v queryView, q string) map[string]bool {
	at, generic := countedAt(v.units, q)
	if at < 0 {
		return nil
	}
	if generic {
		next := -1
		for i := at + 1; i < len(v.units); i++ {
			u := v.units[i]
			if u.frame || ix.lex.entities[u.head] || !ix.unitKnown(u) {
				continue
			}
			next = i
			break
		}
		if next < 0 {
			return nil
		}
		at = next
	}
	out := map[string]bool{}
	for m, w := range v.units[at].members {
		if w >= fullMember && !genericCounted[m] {
			out[m] = true
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// countedAt returns the index of the first of units having the term a
// how-many question q counts by (countedTerm), as its head or a member,
// and whether that count is by a generic word (genericCounted: the
// unit's head or the term); -1 when q asks no count or no unit has it.
func countedAt(units []xunit, q string) (at int, generic bool) {
	t := countedTerm(q)
	if t == "" {
		return -1, false
	}
	for i, u := range units {
		if u.head == t || u.members[t] > 0 {
			return i, genericCounted[u.head] || genericCounted[t]
		}
	}
	return -1, false
}

// countReach is how many terms from a number the counted thing may stand
// in a paragraph (stop words left out): «مجلس الإدارة يضم أربعة أعضاء»,
// "a board of three members". countedReach's four reaches past what the
// number counts into the next phrase («500 موظف في OpenAI رسالة إلى مجلس
// الإدارة»: staff, not the board).
const countReach = 3

// durationTerms are analysed units of time that timeWords (asked.go) do
// not reach: "72 hours" is a duration, not a count of a thing.
var durationTerms = set("hour", "minut", "ساع", "ساعه", "دقيق", "دقايق")

// isTimeTerm reports whether the analysed term t names a month, a season
// or a unit of time: a number next to it is a date or a duration ("Nov.
// 19", «16 نوفمبر», «30 يومًا»), which counts nothing.
func isTimeTerm(t string) bool {
	return durationTerms[t] || (!text.IsDigits(t) && Carries(t, AskedTime))
}

// countsNear reports whether paragraph text s, read without its heading,
// has a term of counted within countReach terms of a number that counts
// something: neither a year nor a date or duration. A unit of time
// between them ends the reach: in "72 very intense hours of work" the 72
// counts hours, not work.
func countsNear(s string, counted map[string]bool) bool {
	ts := Tokens(s)
	for i, t := range ts {
		if !text.IsDigits(t) || text.IsYear(t) {
			continue
		}
		for _, step := range []int{-1, 1} {
			for d := 1; d <= countReach; d++ {
				j := i + step*d
				if j < 0 || j >= len(ts) || isTimeTerm(ts[j]) {
					break
				}
				if counted[ts[j]] {
					return true
				}
			}
		}
	}
	return false
}

// preferCount adds countWeight to the leading fused candidates whose own
// text puts a number next to what the how-many question q counts, and
// re-sorts them; scores are scaled back to at most 1.
func (ix *Index) preferCount(fused []scored, v queryView, q string) {
	if len(fused) < 2 {
		return
	}
	counted := ix.countedUnit(v, q)
	if counted == nil {
		return
	}
	nudge(fused, func(doc int) float64 {
		if countsNear(ix.paras[doc].Text, counted) {
			return countWeight
		}
		return 0
	})
}
