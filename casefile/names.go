package casefile

import (
	"strings"
	"unicode"

	"casebot/text"
)

// soundKey maps a name written in Arabic or Latin letters to a skeleton of
// consonant classes, so that the spellings of one name in two scripts meet:
// "Sutskever" and "سوتسكيفر" both give "STSKFR", "Greg" and "غريغ" and
// "جريج" give "GRG", "D'Angelo" and "دانجيلو" give "DNGL". Vowels, the
// letters that write long vowels (ا و ي), hamza, ʿayn and h are dropped,
// doubled consonants collapse.
func soundKey(name string) string {
	f := text.Fold(name)
	var b strings.Builder
	last := ""
	emit := func(c string) {
		if c != "" && c != last {
			b.WriteString(c)
		}
		last = c
	}
	rs := []rune(f)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		next := rune(0)
		if i+1 < len(rs) {
			next = rs[i+1]
		}
		switch r {
		// Latin
		case 'b', 'p':
			emit("B")
		case 'c':
			switch {
			case next == 'h':
				emit("T")
				emit("X")
				i++
			case next == 'k':
				emit("K")
				i++
			case next == 'e' || next == 'i' || next == 'y':
				emit("S")
			default:
				emit("K")
			}
		case 's':
			if next == 'h' {
				emit("X")
				i++
			} else {
				emit("S")
			}
		case 't':
			if next == 'h' {
				i++
			}
			emit("T")
		case 'f', 'v':
			emit("F")
		case 'g', 'j':
			emit("G")
		case 'k', 'q':
			emit("K")
		case 'x':
			emit("K")
			emit("S")
		case 'z':
			emit("S")
		case 'd':
			emit("D")
		case 'l':
			emit("L")
		case 'm':
			emit("M")
		case 'n':
			emit("N")
		case 'r':
			emit("R")
		// Arabic
		case 'ب', 'پ':
			emit("B")
		case 'ت', 'ط', 'ث':
			emit("T")
		case 'ج', 'غ', 'گ':
			emit("G")
		case 'خ', 'ق', 'ك':
			emit("K")
		case 'د', 'ض', 'ذ':
			emit("D")
		case 'ر':
			emit("R")
		case 'ز', 'س', 'ص', 'ظ':
			emit("S")
		case 'ش':
			emit("X")
		case 'ف', 'ڤ':
			emit("F")
		case 'ل':
			emit("L")
		case 'م':
			emit("M")
		case 'ن':
			emit("N")
		default:
			if unicode.IsSpace(r) {
				last = ""
				b.WriteByte(' ')
			}
			// vowels, ا و ي ى ء ع ه ح h w y and the rest are dropped
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// arabicClitics are the one-letter conjunctions and prepositions that may be
// written onto a name: وهيلين، لميرا، بروكمان stays whole.
var arabicClitics = []string{"و", "ف", "ل", "ب", "ك"}

// nameForms returns the folded forms under which a word of a sentence may
// be a name word: itself, without a possessive "'s", and without one
// Arabic clitic letter.
func nameForms(w string) []string {
	f := text.Fold(w)
	out := []string{f}
	if s, ok := strings.CutSuffix(f, "'s"); ok {
		out = append(out, s)
	}
	if s, ok := strings.CutSuffix(f, "’s"); ok {
		out = append(out, s)
	}
	for _, c := range arabicClitics {
		if s, ok := strings.CutPrefix(f, c); ok && len([]rune(s)) >= 3 {
			out = append(out, s)
			if s2, ok := strings.CutPrefix(s, "ل"); ok && c == "و" && len([]rune(s2)) >= 3 {
				out = append(out, s2) // ولميرا
			}
		}
	}
	return out
}
