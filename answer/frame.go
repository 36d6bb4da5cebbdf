package answer

import (
	"strings"

	"casebot/corpus"
)

// The frames of an answer, as FrameOf reads them from its opening.
const (
	// FrameAbstained: the answer says the sources do not answer.
	FrameAbstained = "abstained"
	// FrameHedged: "the sources may not answer exactly this".
	FrameHedged = "hedged"
	// FrameNotGiven: the answer says what the sources do not give (a
	// name, a figure, a date, whether it is so) before its closest quote.
	FrameNotGiven = "not-given"
	// FrameConfident: "according to the sources", or a model's answer.
	FrameConfident = "confident"
)

// FrameOf tells how an answer presents what it quotes: abstained, hedged,
// saying what the sources do not give, or confident. It reads the opening
// the offline answerer writes (Engine.phrase, nearMissPhrases), for one
// article or several, in Arabic or English; any other opening, a model's
// answer among them, is confident.
func FrameOf(a Answer) string {
	if a.Abstained {
		return FrameAbstained
	}
	opening := strings.TrimSpace(a.Answer)
	for _, n := range []int{1, 2} {
		e := &Engine{corpus: &corpus.Corpus{Articles: make([]corpus.Article, n)}}
		for _, lang := range []string{"ar", "en"} {
			if strings.HasPrefix(opening, phraseHead(e.phrase(lang, "hedge"))) {
				return FrameHedged
			}
			for key := range nearMissPhrases {
				if strings.HasPrefix(opening, phraseHead(e.phrase(lang, key))) {
					return FrameNotGiven
				}
			}
		}
	}
	return FrameConfident
}

// phraseHead is the fixed start of an opening: the text before what it
// takes in (the things named, "%s") and before its closing colon.
func phraseHead(f string) string {
	f, _, _ = strings.Cut(f, "%s")
	return strings.TrimSuffix(f, ":")
}
