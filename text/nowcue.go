package text

import (
	"strings"
	"unicode"
)

// NowCues mark a question about the present state ("now", "still",
// «حاليا», «هلأ», «لسه»), matched as whole words after Fold and with
// punctuation read as a space (see HasNowCue). The answer layer orders
// its citations by them; retrieval prefers the account of a change.
var NowCues = []string{
	" now ", " currently ", " current ", " still ", " today ", " at present ", " presently ", " anymore ", " any more ", " these days ", " at the moment ", " latest ",
	" الان ", " الآن ", " حاليا ", " حاليًا ", " هلا ", " هلق ", " هلأ ", " هسه ", " دلوقتي ", " اليوم ",
	" ما زال ", " مازال ", " لا يزال ", " لازال ", " ما يزال ", " مازالت ", " لا تزال ", " ما زالت ", " بعده ", " حتى الان ", " الحالي ", " الحاليه ",
	// Dialect "still" (Egyptian, Levantine, Gulf): «لسه ملتزمة؟» is «ما زالت ملتزمة؟».
	" لسه ", " لسا ", " لساته ", " لسع ",
	// Dialect "now" and "still" that retrieval's dialect lexicon reads as
	// «الآن» and «ما زال» (Gulf, Hejazi, Egyptian, Maghrebi): «مين الرئيس
	// الحين؟», «دابا شكون اللي كيسير الشركة؟», «مزال فالمجلس؟».
	" الحين ", " الحينه ", " هالحين ", " دحين ", " دلوقت ", " توا ", " دابا ", " دروك ", " دوك ", " مزال ", " مازالو ",
	// Gulf "still", "until now": «للحين ملتزمة؟» (لـ + الحين), «لين الحين».
	" للحين ", " لحين ", " لين الحين ", " الى الحين ", " إلى الحين ",
	// Chat shorthand for "right now" and "at the moment" (retrieval's
	// chat_en.go reads them as "now"): "whos running openai rn".
	" rn ", " atm ",
	// How things turned out asks for the latest state too.
	" end up ", " ended up ", " ends up ", " eventually ",
	// Whether someone kept a post to the end: "did she stay on as CEO?".
	" stay on ", " stayed on ", " stays on ", " in the end ", " ultimately ", " في النهايه ", " في الاخير ", " انتهي المطاف ", " انتهى المطاف ",
	// What became of someone asks where they ended: "What happened to
	// Brockman?", «شو صار مع بروكمان؟».
	" what happened to ", " what happened with ", " what became of ", " whatever happened to ",
	" شو صار مع ", " ايش صار مع ", " وش صار مع ", " ايه اللي حصل مع ", " ماذا حدث مع ", " ما الذي حدث مع ", " ماذا جرى مع ",
	// After everything that happened: the state the case left.
	" after all this ", " after all that ", " after all the ", " after everything ", " بعد كل ",
}

// HasNowCue reports whether question holds one of NowCues as whole words:
// "Who runs OpenAI now?", «مين الرئيس حاليًا؟»; "Who knows?" and «الآنسة» do not.
func HasNowCue(question string) bool {
	q := " " + strings.Join(strings.Fields(strings.Map(func(r rune) rune {
		if unicode.IsPunct(r) {
			return ' '
		}
		return r
	}, Fold(question))), " ") + " "
	for _, c := range NowCues {
		if strings.Contains(q, " "+Fold(c)+" ") {
			return true
		}
	}
	return false
}
