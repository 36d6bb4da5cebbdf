package retrieval

import (
	"strings"

	"casebot/text"
)

// A question asking by what percent something moved ("by what percent did
// the shares jump?", «بكم بالمئة ارتفع السهم؟») is answered only by a
// paragraph that gives a percentage. A paragraph telling the same event
// without one ("shares closed at a record high") is the closest the
// sources come, not the answer: the question is not answered confidently
// from it (see unitConfidence).

// percentAsks are the words asking for a percentage, folded (المئة as
// الميه) and padded with spaces.
var percentAsks = []string{
	" percent ", " percentage ", " per cent ", " pct ", "%", "٪",
	" بالميه ", " بالمايه ", " في الميه ", " في المايه ", " نسبه ميويه ", " بنسبه ", " باي نسبه ", " بكم نسبه ",
}

// percentGiven are the ways a paragraph gives a percentage, folded.
var percentGiven = []string{
	"%", "٪", "percent", "per cent", "بالميه", "بالمايه", "في الميه", "في المايه",
}

// asksPercent reports whether question q asks for a percentage.
func asksPercent(q string) bool {
	f := " " + strings.Join(strings.Fields(strings.ToLower(text.Fold(q))), " ") + " "
	for _, c := range percentAsks {
		if strings.Contains(f, c) {
			return true
		}
	}
	return false
}

// givesPercent reports whether paragraph text s gives a percentage.
func givesPercent(s string) bool {
	f := strings.ToLower(text.Fold(s))
	for _, c := range percentGiven {
		if strings.Contains(f, c) {
			return true
		}
	}
	return false
}
