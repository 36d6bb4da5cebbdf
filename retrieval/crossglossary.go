package retrieval

import (
	_ "embed"
	"strings"
)

// glossaryCrossText holds English ↔ Arabic lines written from the words of
// a multi-article case's other articles (see the file's header). Only the
// cross-language path reads it: the Arabic path keeps the lists it was
// tuned on.
//
//go:embed glossary_cross_en_ar.txt
var glossaryCrossText string

// arabicOnly marks a line read from Arabic to English only ("fired <=
// شال"): a colloquial or less usual Arabic word for what an article says
// reaches the English word, while an English question keeps the Arabic
// words the articles use (the extra ones would only dilute its Arabic
// rendering on the dense side).
const arabicOnly = "<="

// englishOnly marks a line read from English to Arabic only ("consult =>
// الرجوع"): the Arabic word says the English one only in a phrase the
// articles use (دون الرجوع إلى المجلس, without consulting the board),
// while alone it means something else (رجوع, a return), so an Arabic
// question saying it must not reach the English word. The general
// glossaries may use it; their Arabic-path reader drops the marker
// (parseGlossary).
const englishOnly = "=>"

// englishOnlyLine reports whether the glossary line split at its first "="
// into en and ar was written with englishOnly.
func englishOnlyLine(ar string) bool {
	return strings.HasPrefix(ar, englishOnly[1:])
}

// crossGlossaryLines returns the lines of glossaryCrossText whose English
// side is one word (phrases false) or a phrase of two words or more
// (phrases true), comments dropped. A phrase's line must not reach the
// glossary read word by word, where "step down" would give "down" the
// translations of the whole. Lines read from Arabic only are left out
// unless arToEn is set, and are then given as plain "=" lines.
func crossGlossaryLines(phrases, arToEn bool) string {
	var out []string
	for _, line := range listLines(glossaryCrossText) {
		if strings.Contains(line, arabicOnly) {
			if !arToEn {
				continue
			}
			line = strings.Replace(line, arabicOnly, "=", 1)
		}
		en, _, ok := strings.Cut(line, "=")
		if !ok {
			continue
		}
		if (len(Tokens(en)) > 1) == phrases {
			out = append(out, line)
		}
	}
	return strings.Join(out, "\n")
}

// lexiconGlossaryText is every English → Arabic list the cross-language
// path reads word by word: the general glossaries and the cross lines.
func lexiconGlossaryText() string {
	return baseGlossaryText() + "\n" + crossGlossaryLines(false, false)
}

// arabicEnglishGlossaryText is what the cross-language path reads from
// Arabic to English: lexiconGlossaryText and the Arabic-only lines.
func arabicEnglishGlossaryText() string {
	return baseGlossaryText() + "\n" + crossGlossaryLines(false, true)
}

// parseCrossPhrases maps an English phrase's analysed terms, joined by a
// space ("step down"), to its Arabic words as written.
func parseCrossPhrases(text string) map[string][]string {
	m := map[string][]string{}
	for _, line := range listLines(text) {
		en, ar, ok := strings.Cut(line, "=")
		if !ok {
			continue
		}
		ts := Tokens(en)
		if len(ts) < 2 {
			continue
		}
		k := strings.Join(ts, " ")
		m[k] = append(m[k], strings.Fields(ar)...)
	}
	return m
}

// phraseAt returns the length of the longest glossary phrase terms start
// with (0 when none) and its Arabic words.
func (lx lexicon) phraseAt(terms []string) (int, []string) {
	for n := min(len(terms), 4); n > 1; n-- {
		if tr, ok := lx.phrases[strings.Join(terms[:n], " ")]; ok {
			return n, tr
		}
	}
	return 0, nil
}

// addArabic adds to members, at translationWeight, the terms of the Arabic
// words tr (and their tanween forms), and gives add the words as written.
func (lx lexicon) addArabic(members map[string]float64, tr []string, add func(lang string, w ...string)) {
	for _, x := range tr {
		for _, xt := range Tokens(x) {
			if members[xt] < translationWeight {
				members[xt] = translationWeight
			}
			lx.withForms(members, xt, translationWeight)
		}
	}
	add("ar", tr...)
}

// roundTripWeight is the weight of an English word reached back through
// an Arabic translation (see roundTrip). Measured on the eleven
// multi-article sets (answerable R@1): 0 gives i11_dev6 0.88; 0.15 gives
// 0.90, no set lower; 0.3 also lifts i11_final4 0.80 → 0.83 but drops
// i11_dev4's cross-en-ar R@3 to 0.83. A frame word ("say") is not
// expanded: its round trip ("said") pulled every English "said on X".
const roundTripWeight = 0.15

// roundTrip adds to members, at roundTripWeight, the English words that
// share an Arabic translation with the English word t: "back" → عودة →
// "return", so an English question saying one reaches an English paragraph
// saying the other, as it reaches an Arabic one. Members already there
// keep their weight; none reaches fullMember, so coverage never counts
// them.
func (lx lexicon) roundTrip(members map[string]float64, t string) {
	for _, ar := range lx.enToAr[t] {
		for _, at := range Tokens(ar) {
			for _, en := range lx.arToEn[at] {
				for _, et := range Tokens(en) {
					if _, ok := members[et]; !ok {
						members[et] = roundTripWeight
					}
				}
			}
		}
	}
}
