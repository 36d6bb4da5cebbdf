package answer

import (
	"strings"

	"casebot/text"
)

// A recap topic ("quick recap of the whole saga", «ملخص سريع للأزمة»,
// "tl;dr of the drama") asks for the story in brief rather than for one
// part of it: the beats in order, each told once. Its recap word and the
// words that qualify the recap (quick, brief, سريع) say how to tell it,
// not what: as units "quick" matched «بسرعة» (the quick return) and left
// the firing and the revolt out. So they are no topic units, an article's
// first paragraph (what the story leads with) is preferred as in a stance
// topic. (Quoting at most one sentence a paragraph, so that six sentences
// reach six beats, was tried and lost key sentences; it is not done.)

// recapWords (folded) ask for a recap of what follows them.
var recapWords = foldedSet("recap", "rundown", "overview", "summary", "summarize", "summarise", "tldr", "tl;dr",
	"gist", "ملخص", "تلخيص", "لخص", "لخصلي", "خلاصة", "باختصار", "نبذة")

// recapQualifiers (folded) say how short a recap is to be.
var recapQualifiers = foldedSet("quick", "brief", "short", "fast", "سريع", "سريعة", "مختصر", "مختصرة", "موجز", "موجزة")

// foldedSet returns the folded words as a set.
func foldedSet(words ...string) map[string]bool {
	m := map[string]bool{}
	for _, w := range words {
		m[text.Fold(w)] = true
	}
	return m
}

// recapTopic reports whether a topic asks for a recap (see recapWords).
func recapTopic(topic string) bool {
	for _, w := range text.Words(topic) {
		if recapWords[text.Fold(w)] {
			return true
		}
	}
	return strings.Contains(text.Fold(topic), "tl;dr")
}
