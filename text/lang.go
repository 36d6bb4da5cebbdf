package text

import (
	"unicode"
	"unicode/utf8"
)

// Language returns "ar" when s has more words in Arabic script than in
// Latin script, else "en". It counts words, not letters, so an Arabic
// question that names a product ("متى أطلقت OpenAI منتج ChatGPT؟") stays
// Arabic although its Latin names are long. A word's script is that of its
// first letter.
func Language(s string) string {
	if ar, lat := ScriptWords(s); ar > lat {
		return "ar"
	}
	return "en"
}

// ScriptWords counts the words of s in Arabic script and in Latin script,
// as [Language] does: a word's script is that of its first letter.
// Presentation forms count as Arabic.
func ScriptWords(s string) (arabic, latin int) {
	counted := false // the current word's script is known
	for _, r := range s {
		if IsFormat(r) {
			continue // a ZWNJ inside a word does not end it
		}
		if !unicode.IsLetter(r) && !unicode.IsMark(r) && !unicode.IsDigit(r) && r != '\u0640' {
			counted = false // between words
			continue
		}
		if counted || !unicode.IsLetter(r) {
			continue
		}
		counted = true
		switch {
		case unicode.Is(unicode.Arabic, r):
			arabic++
		case r < 0x250, r >= 0xFF21 && r <= 0xFF5A: // Latin, full-width Latin
			latin++
		}
	}
	return arabic, latin
}

// IsArabicLetter reports whether r is a letter of the Arabic block
// (U+0600–U+06FF) or of its presentation forms.
func IsArabicLetter(r rune) bool {
	return (r >= 0x0600 && r <= 0x06FF || r >= 0xFB50 && r <= 0xFDFF || r >= 0xFE70 && r <= 0xFEFF) && unicode.IsLetter(r)
}

// InArabicBlock reports whether r is in the Arabic block (U+0600–U+06FF):
// an Arabic letter, digit, mark or punctuation sign. Folded text has no
// presentation forms, so this is the test it needs.
func InArabicBlock(r rune) bool { return r >= 0x0600 && r <= 0x06FF }

// IsArabicWord reports whether w opens with a rune of the Arabic block
// (see [InArabicBlock]); false for "".
func IsArabicWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return InArabicBlock(r)
}
