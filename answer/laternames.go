package answer

import "strings"

// laterNames reports whether a quote after the first (the sentence that
// answers best, which unnamedRole judges) names a person of the corpus
// whom question does not name and carries the question's matter
// (carriesMatter): the caveat that the sources give no name is judged
// over every quote the answer shows. "Who will lead the independent
// investigation?" led by the newest line ("an independent investigation …
// has been agreed") and followed by the 20 November one (Shear «سيعيّن
// محققًا مستقلًا») is answered by its later quote: the answer must not say
// no source names anyone. A later quote naming people on another matter
// (the vote to fire Altman, for who ordered the inquiry) does not answer,
// nor does one naming people only in a partial list after "including"
// («من ضمنهم سوتسكيفر وهيلين تونر» names two of the six members asked
// for by name).
func (e *Engine) laterNames(question string, quotes []string) bool {
	if len(quotes) < 2 {
		return false
	}
	mt := e.matterOf(question, e.standardReading(askingPart(question)))
	// The matter as the first quote tells it, when that names one
	// (toldIn): a later line on the inquiry need not carry the asking
	// verb ("set up", «يفتح»).
	if told := mt.toldIn(quotes[0]); told.named() {
		mt = told
	}
	for _, q := range quotes[1:] {
		// The people the first quote names were judged not the one
		// asked about (unnamedRole): naming them again answers nothing.
		if e.namesOutsideList(question+" "+quotes[0], q) && mt.carriedBy(q) {
			return true
		}
	}
	return false
}

// namesOutsideList reports whether quote names a person of the corpus whom
// known (the question, and what else is already judged) does not name, not after an inclusion marker ("including",
// «من ضمنهم», «بينهم»).
func (e *Engine) namesOutsideList(known, quote string) bool {
	ws := strings.Fields(wordsOf(quote))
	listed := len(ws)
	for k, w := range ws {
		if inclusionMarkers[w] || inclusionMarkers[unprefixed(w)] {
			listed = k
			break
		}
	}
	for _, sp := range e.newPersonAt(known, ws) {
		if sp[0] < listed {
			return true
		}
	}
	return false
}
