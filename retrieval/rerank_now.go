package retrieval

import (
	"strings"
	"unicode"

	"casebot/text"
)

// The account of a change, for a question about now.
//
// Across articles written on different days, a question about the present
// state ("who is OpenAI's CEO now?", «هل إيليا لسه في المجلس؟») matches the
// words of every account of that state alike: the Monday story that
// Altman is joining Microsoft as well as the Friday wire that he is back.
// The present is told where a paragraph tells that the state changed
// (changeCues: "is back as", "no longer on the board", «عاد», «بات», an
// appointment «عيّن»). Of
// the leading candidates, one that tells a change gains nowWeight: enough
// to settle a near tie, too little to lift a paragraph over one that fits
// the question clearly better.

// changeCues tell that a state changed, folded and matched as whole words
// or phrases: a return, a replacement, a post no longer held, a new state
// reached.
var changeCues = []string{
	"no longer", "is back", "are back", "back as", "back at", "returned", "returning", "reinstated",
	"replaced", "replaces",
	"لم يعد", "لم تعد", "عاد", "عادت", "اعاد", "اعادت", "تعيده", "عودته", "العوده", "بات", "باتت", "اصبح", "اصبحت",
	"ليصبح", "لتصبح", "خلفا",
	// An appointment to a post tells its holder changed: «وعيّن المجلس
	// ميرا موراتي رئيسة تنفيذية مؤقتة» answers who runs the company as
	// much as «بات» does. The future «سيعيّن» tells no change yet.
	"appointed", "عين", "وعين", "عينت", "وعينت",
}

// stateAskWords name, in a question, a state that changes over a case:
// who leads, who holds a post, who sits on a board, folded. A question
// about now without one ("do we still not know why…") asks about
// something other than a state, which a change does not answer.
var stateAskWords = map[string]bool{
	"ceo": true, "chief": true, "executive": true, "board": true, "running": true, "runs": true, "run": true,
	"leads": true, "leading": true, "heads": true, "charge": true, "member": true, "members": true, "sits": true,
	"الرئيس": true, "رئيس": true, "التنفيذي": true, "تنفيذي": true, "المجلس": true, "مجلس": true, "عضو": true,
	"اعضاء": true, "يقود": true, "بيقود": true, "ماسك": true, "يدير": true, "بيدير": true,
}

// causeAskWords ask for a cause, folded: "do we still not know the reason
// the board fired him?" asks why, not who sits on the board.
var causeAskWords = map[string]bool{"why": true, "reason": true, "reasons": true, "cause": true,
	"لماذا": true, "ليش": true, "ليه": true, "سبب": true, "السبب": true, "اسباب": true, "الاسباب": true}

// asksStateWord reports whether q names a state (stateAskWords) and asks
// for no cause (causeAskWords).
func asksStateWord(q string) bool {
	state := false
	for _, w := range strings.FieldsFunc(text.Fold(q), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if causeAskWords[w] {
			return false
		}
		state = state || stateAskWords[w]
	}
	return state
}

// nowWeight is what a leading candidate telling a change adds to its
// fused score (in [0, 1]) for a question about now that names a state.
// Measured on the 20 multi-article sets: 0.15 answers three more
// questions (i11_dev5, i11_final6, i11_final12) and costs none; 0.1
// without the state and cause gates cost i11_final5 one.
const nowWeight = 0.15

// tellsChange reports whether paragraph text s tells a change of state
// (changeCues).
func tellsChange(s string) bool {
	f := " " + strings.Join(strings.Fields(strings.Map(func(r rune) rune {
		if unicode.IsPunct(r) {
			return ' '
		}
		return r
	}, text.Fold(s))), " ") + " "
	for _, c := range changeCues {
		if strings.Contains(f, " "+c+" ") {
			return true
		}
	}
	return false
}

// preferChange adds nowWeight to the leading fused candidates that tell a
// change of state when q asks about now (text.HasNowCue), and re-sorts
// them; scores are scaled back to at most 1.
func (ix *Index) preferChange(fused []scored, q string) {
	if len(fused) < 2 || !text.HasNowCue(q) || !asksStateWord(q) {
		return
	}
	nudge(fused, func(doc int) float64 {
		if tellsChange(ix.paras[doc].Text) {
			return nowWeight
		}
		return 0
	})
}
