package answer

import (
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"casebot/text"
)

// Dates casebot itself tells the model. A prompt over dated articles shows
// each paragraph's publication date ("published 2023-11-20") and asks for an
// older account to be given "as of 20 November 2023": a sentence that dates
// what it says by an article it cites states no number the model made up.
// Those dates are taken out of the sentence before its numbers and names
// are checked; every other date (another day, or the day of an article it
// does not cite) is checked as before.

// articleDays returns the publication days of the paragraphs' articles.
func articleDays(ps []ctxPara) []time.Time {
	var out []time.Time
	for _, p := range ps {
		t, ok := articleTime(p.P)
		if !ok {
			continue
		}
		dup := false
		for _, d := range out {
			dup = dup || d.Equal(t)
		}
		if !dup {
			out = append(out, t)
		}
	}
	return out
}

// isoDate matches a date written as the prompt writes it (2023-11-20),
// digits folded.
var isoDate = regexp.MustCompile(`^(\d{4})-(\d{1,2})-(\d{1,2})$`)

// withoutToldDates returns claim with every date that is one of days
// removed, the punctuation around it kept: "20 November 2023", "November
// 20, 2023", "Nov. 20", "20th of November", "20 نوفمبر 2023", "٢٠ نوفمبر",
// "2023-11-20". A date without its year is one of days when its day and
// month are.
func withoutToldDates(claim string, days []time.Time) string {
	if len(days) == 0 {
		return claim
	}
	ws := strings.Fields(claim)
	cores := make([]string, len(ws))
	for i, w := range ws {
		cores[i] = text.Fold(strings.TrimFunc(w, notAlnum))
	}
	told := func(y int, m time.Month, d int) bool {
		for _, t := range days {
			if t.Month() == m && t.Day() == d && (y == 0 || t.Year() == y) {
				return true
			}
		}
		return false
	}
	changed := false
	for i := 0; i < len(ws); {
		n, y, m, d := dateAt(cores, i)
		if n == 0 || !told(y, m, d) {
			i++
			continue
		}
		// The punctuation before the date and after it is kept; what is
		// inside it ("Nov.", "20,") goes with it.
		lead, trail := punctuationAround(ws[i]), punctuationAround(ws[i+n-1])
		for j := i; j < i+n; j++ {
			ws[j] = ""
		}
		ws[i] = lead[0] + trail[1]
		changed = true
		i += n
	}
	if !changed {
		return claim
	}
	var kept []string
	for _, w := range ws {
		if w != "" {
			kept = append(kept, w)
		}
	}
	return strings.Join(kept, " ")
}

// dateAt reads a date that starts at the word cores[i] (folded, without
// the punctuation around it): how many words it takes and its year (0
// when not given), month and day; n is 0 when no date starts there.
func dateAt(cores []string, i int) (n, y int, m time.Month, d int) {
	at := func(j int) string {
		if j < len(cores) {
			return cores[j]
		}
		return ""
	}
	if g := isoDate.FindStringSubmatch(at(i)); g != nil {
		if mo := atoi(g[2]); mo >= 1 && mo <= 12 {
			return 1, atoi(g[1]), time.Month(mo), atoi(g[3])
		}
		return 0, 0, 0, 0
	}
	year := func(j int) int {
		if w := at(j); len(w) == 4 && text.IsDigits(w) {
			return atoi(w)
		}
		return 0
	}
	// 20 November [2023], 20th of November [2023]
	if day := dayNumber(at(i)); day > 0 {
		j := i + 1
		if at(j) == "of" {
			j++
		}
		if mo := monthOf(at(j)); mo != 0 {
			if y := year(j + 1); y > 0 {
				return j + 2 - i, y, mo, day
			}
			return j + 1 - i, 0, mo, day
		}
	}
	// November 20[,] [2023]
	if mo := monthOf(at(i)); mo != 0 {
		if day := dayNumber(at(i + 1)); day > 0 {
			if y := year(i + 2); y > 0 {
				return 3, y, mo, day
			}
			return 2, 0, mo, day
		}
	}
	return 0, 0, 0, 0
}

// dayNumber returns the day of month w writes (20, 20th, ٢٠), or 0.
func dayNumber(w string) int {
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if s, ok := strings.CutSuffix(w, suf); ok && s != "" {
			w = s
			break
		}
	}
	if w == "" || len(w) > 2 || !text.IsDigits(w) {
		return 0
	}
	if d := atoi(w); d >= 1 && d <= 31 {
		return d
	}
	return 0
}

// monthOf returns the month w names (November, Nov, نوفمبر), or 0.
func monthOf(w string) time.Month {
	return monthNum(w)
}

func notAlnum(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// punctuationAround returns what comes before a word's first letter or
// digit and after its last ("(2023-11-20)," gives "(" and "),").
func punctuationAround(w string) [2]string {
	start := strings.IndexFunc(w, func(r rune) bool { return !notAlnum(r) })
	if start < 0 {
		return [2]string{w, ""}
	}
	end := strings.LastIndexFunc(w, func(r rune) bool { return !notAlnum(r) })
	_, size := utf8.DecodeRuneInString(w[end:])
	return [2]string{w[:start], w[end+size:]}
}
