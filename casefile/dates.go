package casefile

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"casebot/text"
)

// token is one word or punctuation mark of a sentence, with its byte span in
// the sentence and its folded form (text.Fold, English lower-cased).
type token struct {
	raw        string
	fold       string
	start, end int
	word       bool // letters or digits
}

// tokenize cuts s into words (letters, digits, marks, an inner apostrophe
// or a full stop that ends an abbreviation such as "Nov.") and single
// punctuation marks. White space is dropped.
func tokenize(s string) []token {
	var out []token
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r) || text.IsFormat(r):
			i += n
		case isWordRune(r):
			j := i + n
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if isWordRune(r2) || text.IsFormat(r2) {
					j += n2
					continue
				}
				// D'Angelo, don't: an apostrophe between letters.
				if (r2 == '\'' || r2 == '’') && j+n2 < len(s) {
					r3, _ := utf8.DecodeRuneInString(s[j+n2:])
					if unicode.IsLetter(r3) {
						j += n2
						continue
					}
				}
				break
			}
			w := s[i:j]
			out = append(out, token{raw: w, fold: text.Fold(w), start: i, end: j, word: true})
			i = j
		default:
			out = append(out, token{raw: s[i : i+n], fold: s[i : i+n], start: i, end: i + n})
			i += n
		}
	}
	return out
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || r == 0x0640
}

// Arabic clitics that may be glued to a month, weekday or order word
// ("وفي", "بنوفمبر"): one conjunction or preposition letter.
func stripClitic(f string) string {
	rest, _ := text.CutProclitic(f, 3)
	return rest
}

// partsOfYear maps folded words naming a part of a year that is not a
// season ("early 2023", «أواخر 2023») to its first and last month. The
// seasons themselves are read by text.SeasonOf.
var partsOfYear = map[string][2]int{
	"مطلع": {1, 3}, "اوائل": {1, 3}, "اواخر": {10, 12}, "نهايه": {10, 12},
	"early": {1, 3}, "late": {10, 12},
}

// seasonMonths returns the first and last month of the season or part of a
// year w names (folded, without a clitic).
func seasonMonths(w string) ([2]int, bool) {
	if s, ok := text.SeasonOf(w); ok {
		first, last := s.Months()
		return [2]int{first, last}, true
	}
	sm, ok := partsOfYear[w]
	return sm, ok
}

// monthNamed reads a folded word, or two, as a month (text.MonthOf).
func monthNamed(f string) (int, bool) {
	m, ok := text.MonthOf(f)
	return int(m), ok
}

// weekdayNamed reads a folded word as a day of the week (text.WeekdayOf).
func weekdayNamed(f string) (time.Weekday, bool) {
	return text.WeekdayOf(f)
}

// Precision says how much of a date is known.
type Precision string

// Precisions of a Date.
const (
	PrecDay    Precision = "day"
	PrecMonth  Precision = "month"
	PrecSeason Precision = "season"
	PrecYear   Precision = "year"
)

// Date is a normalised date or range derived from what an article says.
type Date struct {
	// Start and End are ISO dates ("2023-11-16", "2023-06", "2015"); they
	// are equal for a single day or month, and span a season or a year.
	Start string `json:"start"`
	End   string `json:"end"`
	// Precision is day, month, season or year.
	Precision Precision `json:"precision"`
	// Inferred is true when part of the date is not written next to the
	// event: a year taken from the article's context, a weekday or "today"
	// resolved against the article's date, a day counted from an earlier one.
	Inferred bool `json:"inferred,omitempty"`
	// How names the inference, for labels in any language: "year_from_text"
	// (the article names the year nearby), "year_from_weekday",
	// "year_from_article_date", "weekday", "today", "counted" (from the
	// event before), "during" (the event before's date); "" when not inferred.
	How string `json:"how,omitempty"`
	// Basis says what was inferred and from what, in English.
	Basis string `json:"basis,omitempty"`
}

// dayRange returns the first and last day the date can be, as time values.
func (d Date) dayRange() (time.Time, time.Time) {
	return parseISO(d.Start, false), parseISO(d.End, true)
}

// parseISO reads "2006", "2006-01" or "2006-01-02"; end asks for the last
// day of a year or month.
func parseISO(s string, end bool) time.Time {
	parts := strings.Split(s, "-")
	y, _ := strconv.Atoi(parts[0])
	m, d := 1, 1
	if len(parts) > 1 {
		m, _ = strconv.Atoi(parts[1])
	}
	if len(parts) > 2 {
		d, _ = strconv.Atoi(parts[2])
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if end {
		switch len(parts) {
		case 1:
			t = time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC)
		case 2:
			t = time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC)
		}
	}
	return t
}

func isoDay(t time.Time) string { return t.Format("2006-01-02") }
func isoMonth(y, m int) string  { return fmt.Sprintf("%04d-%02d", y, m) }
func dayDate(t time.Time) Date  { return Date{Start: isoDay(t), End: isoDay(t), Precision: PrecDay} }
func monthDate(y, m int) Date {
	return Date{Start: isoMonth(y, m), End: isoMonth(y, m), Precision: PrecMonth}
}
func yearDate(y int) Date { s := strconv.Itoa(y); return Date{Start: s, End: s, Precision: PrecYear} }
func validDay(y, m, d int) bool {
	return d >= 1 && d <= time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}
func plausibleYear(y int) bool    { return y >= 1900 && y <= 2100 }
func mkDay(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// relKind is how an order word places an event against the one before it.
type relKind int

const (
	relNone    relKind = iota
	relAfter           // later, days later: after the previous event, no date
	relSameDay         // hours later, that day: the previous event's day
	relDays            // the next day, two days later: a counted number of days after
	relDuring          // during those calls, meanwhile: with the previous event
)

// timeExpr is one expression of time found in a sentence.
type timeExpr struct {
	start, end int    // byte span in the sentence
	text       string // as written
	// A date, when the expression gives or implies one.
	date *Date
	// Unresolved parts, completed with the article's context.
	year, month, day int
	needYear         bool
	weekday          *time.Weekday
	today            bool
	lastMonth        bool // "مارس الماضي", "last March"
	// An order word.
	rel     relKind
	relDays int
	// state is true for an expression that dates a state, not the event
	// ("since Friday", "منذ يوم الجمعة", "until Altman's return").
	state bool
}

// orderWords are folded phrases that place an undated event after the one
// before it. Longer phrases come first.
var orderWords = []struct {
	words []string
	rel   relKind
	days  int
}{
	{[]string{"في", "اليوم", "التالي"}, relDays, 1},
	{[]string{"في", "اليوم", "نفسه"}, relSameDay, 0},
	{[]string{"في", "هذه", "الاثناء"}, relDuring, 0},
	{[]string{"في", "الاثناء"}, relDuring, 0},
	{[]string{"بعد", "يوم", "واحد"}, relDays, 1},
	{[]string{"بعد", "يومين"}, relDays, 2},
	{[]string{"بعد", "ايام"}, relAfter, 0},
	{[]string{"بعد", "ساعات"}, relSameDay, 0},
	{[]string{"بعد", "ساعه"}, relSameDay, 0},
	{[]string{"بعد", "ذلك"}, relAfter, 0},
	{[]string{"فيما", "بعد"}, relAfter, 0},
	{[]string{"خلال", "تلك"}, relDuring, 0},
	{[]string{"لاحقا"}, relAfter, 0},
	{[]string{"the", "next", "day"}, relDays, 1},
	{[]string{"the", "same", "day"}, relSameDay, 0},
	{[]string{"that", "day"}, relSameDay, 0},
	{[]string{"two", "days", "later"}, relDays, 2},
	{[]string{"three", "days", "later"}, relDays, 3},
	{[]string{"a", "day", "later"}, relDays, 1},
	{[]string{"days", "later"}, relAfter, 0},
	{[]string{"hours", "later"}, relSameDay, 0},
	{[]string{"weeks", "later"}, relAfter, 0},
	{[]string{"later"}, relAfter, 0},
	{[]string{"afterwards"}, relAfter, 0},
	{[]string{"subsequently"}, relAfter, 0},
	{[]string{"meanwhile"}, relDuring, 0},
}

// stateMarkers before an expression make it date a state rather than the event.
var stateMarkers = map[string]bool{"منذ": true, "حتي": true, "since": true, "until": true}

// dayParts may stand before a weekday: "مساء الجمعة", "late on Tuesday".
var dayParts = map[string]bool{"يوم": true, "مساء": true, "صباح": true, "ليله": true, "فجر": true, "ظهر": true, "on": true, "late": true, "early": true}

// findTimes returns the expressions of time in sentence s, in order.
func findTimes(s string) []timeExpr {
	toks := tokenize(s)
	var out []timeExpr
	for i := 0; i < len(toks); {
		if e, n := matchTime(toks, i); n > 0 {
			e.text = s[e.start:e.end]
			// A state marker just before ("since Friday") or before the day part.
			for k := i - 1; k >= 0 && k >= i-2; k-- {
				f := stripClitic(toks[k].fold)
				if stateMarkers[toks[k].fold] || stateMarkers[f] {
					e.state = true
					break
				}
				if !dayParts[f] && !dayParts[toks[k].fold] {
					break
				}
			}
			out = append(out, e)
			i += n
			continue
		}
		i++
	}
	return out
}

// num reads a token as a whole number (Arabic-Indic digits are folded to
// ASCII), also "17th".
func num(t token) (int, bool) {
	if !t.word {
		return 0, false
	}
	f := strings.TrimRight(t.fold, "stndrh")
	if f == "" || len(f) > 4 {
		return 0, false
	}
	for _, r := range f {
		if r < '0' || r > '9' {
			return 0, false
		}
	}
	n, _ := strconv.Atoi(f)
	return n, true
}

// monthAt reads a month name at toks[i] (one or two words), returning its
// number and how many tokens it spans (a trailing "." of "Nov." included).
func monthAt(toks []token, i int) (int, int) {
	if i >= len(toks) || !toks[i].word {
		return 0, 0
	}
	if i+1 < len(toks) && toks[i+1].word {
		if m, ok := monthNamed(stripClitic(toks[i].fold) + " " + toks[i+1].fold); ok {
			return m, 2
		}
		if m, ok := monthNamed(toks[i].fold + " " + toks[i+1].fold); ok {
			return m, 2
		}
	}
	f := toks[i].fold
	m, ok := monthNamed(f)
	if !ok {
		if m, ok = monthNamed(stripClitic(f)); !ok {
			return 0, 0
		}
	}
	n := 1
	if i+1 < len(toks) && toks[i+1].raw == "." && len(f) <= 4 {
		n = 2
	}
	return m, n
}

// weekdayAt reads a weekday at toks[i], with its day part before it.
func weekdayAt(toks []token, i int) (time.Weekday, bool) {
	if i >= len(toks) || !toks[i].word {
		return 0, false
	}
	w, ok := weekdayNamed(toks[i].fold)
	if !ok {
		w, ok = weekdayNamed(stripClitic(toks[i].fold))
	}
	return w, ok
}

// skipComma steps over one comma at toks[i].
func skipComma(toks []token, i int) int {
	if i < len(toks) && (toks[i].raw == "," || toks[i].raw == "،") {
		return i + 1
	}
	return i
}

// yearAfter reads the year of a day and month ending before toks[k],
// after an optional comma, into e, and returns where the expression
// ends; with none there, e needs a year from elsewhere and ends at k.
func yearAfter(toks []token, k int, e *timeExpr) int {
	if y, ok := num(toksAt(toks, skipComma(toks, k))); ok && plausibleYear(y) {
		e.year = y
		return skipComma(toks, k) + 1
	}
	e.needYear = true
	return k
}

// matchTime tries every expression form at toks[i]; it returns the
// expression and the number of tokens it spans, 0 when none starts there.
func matchTime(toks []token, i int) (timeExpr, int) {
	t := toks[i]
	if !t.word {
		return timeExpr{}, 0
	}
	span := func(j int) (int, int) { return t.start, toks[j-1].end }
	// Order words.
	for _, ow := range orderWords {
		if i+len(ow.words) > len(toks) {
			continue
		}
		ok := true
		for k, w := range ow.words {
			f := toks[i+k].fold
			if k == 0 {
				f = strings.TrimPrefix(f, "و")
			}
			if f != w {
				ok = false
				break
			}
		}
		if ok {
			a, b := span(i + len(ow.words))
			return timeExpr{start: a, end: b, rel: ow.rel, relDays: ow.days}, len(ow.words)
		}
	}
	// ISO date 2023-11-17.
	if y, ok := num(t); ok && plausibleYear(y) && i+4 < len(toks) && toks[i+1].raw == "-" && toks[i+3].raw == "-" {
		if m, ok := num(toks[i+2]); ok && m >= 1 && m <= 12 {
			if d, ok := num(toks[i+4]); ok && validDay(y, m, d) {
				a, b := span(i + 5)
				dd := dayDate(mkDay(y, m, d))
				return timeExpr{start: a, end: b, date: &dd}, 5
			}
		}
	}
	// Weekday, optionally followed by a date: "Friday, Nov. 17", "الجمعة 17 نوفمبر".
	j := i
	var wd *time.Weekday
	if w, ok := weekdayAt(toks, j); ok {
		wd = &w
		j = skipComma(toks, j+1)
	}
	// Day Month [Year].
	if d, ok := num(toksAt(toks, j)); ok && d >= 1 && d <= 31 {
		if m, n := monthAt(toks, j+1); n > 0 {
			k := j + 1 + n
			e := timeExpr{day: d, month: m, weekday: wd}
			k = yearAfter(toks, k, &e)
			e.start, e.end = span(k)
			return e, k - i
		}
	}
	// Month Day [, Year] and Month Year.
	if m, n := monthAt(toks, j); n > 0 {
		k := j + n
		if d, ok := num(toksAt(toks, k)); ok && d >= 1 && d <= 31 && !plausibleYear(d) {
			e := timeExpr{day: d, month: m, weekday: wd}
			k = yearAfter(toks, k+1, &e)
			e.start, e.end = span(k)
			return e, k - i
		}
		if y, ok := num(toksAt(toks, k)); ok && plausibleYear(y) {
			e := timeExpr{month: m, year: y}
			e.start, e.end = span(k + 1)
			return e, k + 1 - i
		}
		if wd == nil && !text.AmbiguousMonth(toks[j].fold) {
			e := timeExpr{month: m, needYear: true}
			if k < len(toks) && (toks[k].fold == "الماضي" || toks[k].fold == "الفايت") {
				e.lastMonth = true
				k++
			} else if j > 0 && toks[j-1].fold == "last" {
				e.lastMonth = true
			}
			e.start, e.end = span(k)
			return e, k - i
		}
	}
	if wd != nil {
		// A weekday alone: resolved against the article's date.
		a, b := span(i + 1)
		return timeExpr{start: a, end: b, weekday: wd}, 1
	}
	// Season Year: "صيف 2023", "summer 2023", "late 2023".
	if sm, ok := seasonMonths(stripClitic(t.fold)); ok {
		k := i + 1
		if k < len(toks) && toks[k].fold == "of" {
			k++
		}
		if y, ok := num(toksAt(toks, k)); ok && plausibleYear(y) {
			end := sm[1]
			ey := y
			if end > 12 {
				end -= 12
				ey++
			}
			dd := Date{Start: isoMonth(y, sm[0]), End: isoMonth(ey, end), Precision: PrecSeason}
			a, b := span(k + 1)
			return timeExpr{start: a, end: b, date: &dd}, k + 1 - i
		}
	}
	// A year after "في", "عام", "in", "during": "co-founded OpenAI in 2015".
	if y, ok := num(t); ok && plausibleYear(y) && i > 0 {
		prev := toks[i-1].fold
		if prev == "في" || prev == "عام" || prev == "سنه" || prev == "in" || prev == "during" || prev == "العام" || prev == "وفي" {
			dd := yearDate(y)
			a, b := span(i + 1)
			return timeExpr{start: a, end: b, date: &dd}, 1
		}
	}
	// "today", "اليوم" as today (not "في اليوم التالي", matched above).
	if t.fold == "today" || stripClitic(t.fold) == "اليوم" && (i+1 >= len(toks) || toks[i+1].fold != "التالي" && toks[i+1].fold != "نفسه") {
		a, b := span(i + 1)
		k := 1
		if i+1 < len(toks) {
			if _, ok := weekdayAt(toks, i+1); ok {
				k = 2
				_, b = span(i + 2)
			}
		}
		return timeExpr{start: a, end: b, today: true}, k
	}
	return timeExpr{}, 0
}

func toksAt(toks []token, i int) token {
	if i < 0 || i >= len(toks) {
		return token{}
	}
	return toks[i]
}

// dateContext is what an article tells about the time of its events.
type dateContext struct {
	published time.Time // zero when the article has no date
	// years are the explicit years of month+year or full dates seen so far
	// in the article, latest first, with their months.
	years []yearSeen
}

type yearSeen struct{ year, month int }

// resolve turns an expression into a date using the context, or nil when
// it gives none (an order word, an unresolvable weekday).
func (c *dateContext) resolve(e timeExpr) *Date {
	if e.rel != relNone {
		return nil
	}
	if e.date != nil {
		d := *e.date
		return &d
	}
	switch {
	case e.today:
		if c.published.IsZero() {
			return nil
		}
		d := dayDate(c.published)
		d.Inferred, d.How, d.Basis = true, "today", "today: the article's date "+isoDay(c.published)
		return &d
	case e.weekday != nil && e.day == 0:
		if c.published.IsZero() {
			return nil
		}
		t := c.published
		for t.Weekday() != *e.weekday {
			t = t.AddDate(0, 0, -1)
		}
		d := dayDate(t)
		d.Inferred, d.How = true, "weekday"
		d.Basis = fmt.Sprintf("%s: the last %s on or before the article's date %s", isoDay(t), e.weekday, isoDay(c.published))
		return &d
	}
	if e.month == 0 {
		return nil
	}
	y, basis, how := e.year, "", ""
	if e.needYear {
		y, how, basis = c.yearFor(e.month, e.day, e.weekday, e.lastMonth)
		if y == 0 {
			return nil
		}
	}
	var d Date
	if e.day > 0 {
		if !validDay(y, e.month, e.day) {
			return nil
		}
		d = dayDate(mkDay(y, e.month, e.day))
	} else {
		d = monthDate(y, e.month)
	}
	if basis != "" {
		d.Inferred, d.How, d.Basis = true, how, basis
	}
	return &d
}

// yearFor picks the year of a day or month named without one. A weekday
// written with the day ("Friday, Nov. 17") settles it when only one of the
// likely years fits. Otherwise: the year of a mention of the same month
// with a year earlier in the article (the one closest to the article's
// date when there are several), else the article's date (the year before
// when the month is later than the publication's, or when the text says
// "last March"), else the latest year the article names before.
func (c *dateContext) yearFor(month, day int, wd *time.Weekday, last bool) (year int, how, basis string) {
	var cands []int
	for _, ys := range c.years {
		if ys.month == month && !containsInt(cands, ys.year) {
			cands = append(cands, ys.year)
		}
	}
	pubYear := 0
	if !c.published.IsZero() {
		pubYear = c.published.Year()
		if month > int(c.published.Month()) || (last && month == int(c.published.Month())) {
			pubYear--
		}
	}
	if wd != nil && day > 0 {
		try := append([]int(nil), cands...)
		for _, y := range []int{pubYear, pubYear - 1} {
			if y > 0 && !containsInt(try, y) {
				try = append(try, y)
			}
		}
		for _, ys := range c.years {
			if !containsInt(try, ys.year) {
				try = append(try, ys.year)
			}
		}
		var fits []int
		for _, y := range try {
			if validDay(y, month, day) && mkDay(y, month, day).Weekday() == *wd {
				fits = append(fits, y)
			}
		}
		if len(fits) == 1 {
			return fits[0], "year_from_weekday", fmt.Sprintf("year %d inferred: the year near the article in which %d %s is a %s", fits[0], day, time.Month(month), *wd)
		}
	}
	if !last && len(cands) > 0 {
		best := cands[0]
		if pubYear > 0 {
			for _, y := range cands {
				if absInt(y-c.published.Year()) < absInt(best-c.published.Year()) {
					best = y
				}
			}
		}
		return best, "year_from_text", fmt.Sprintf("year %d inferred from the article (it names %s %d)", best, time.Month(month), best)
	}
	if pubYear > 0 {
		return pubYear, "year_from_article_date", fmt.Sprintf("year %d inferred from the article's date %s", pubYear, isoDay(c.published))
	}
	if len(c.years) > 0 {
		return c.years[0].year, "year_from_text", fmt.Sprintf("year %d inferred from the article (the latest year it names before)", c.years[0].year)
	}
	return 0, "", ""
}

func containsInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func absInt(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// note records the explicit years an expression gives, for later ones.
func (c *dateContext) note(e timeExpr, d *Date) {
	if d == nil || e.rel != relNone {
		return
	}
	if e.month == 0 && (d.Precision == PrecYear || d.Precision == PrecSeason) {
		y, _ := strconv.Atoi(d.Start[:4])
		c.years = append(c.years, yearSeen{y, 0}) // for the last resort only
		return
	}
	if e.month == 0 {
		return
	}
	if d.Inferred && d.How != "year_from_weekday" {
		return // only written years, and years a weekday settled
	}
	y, _ := strconv.Atoi(d.Start[:4])
	c.years = append([]yearSeen{{y, e.month}}, c.years...)
}

// shiftDays returns d moved by n days, for "the next day"; only a day-precise
// date can be shifted.
func shiftDays(d Date, n int, basis string) *Date {
	if d.Precision != PrecDay {
		return nil
	}
	t := parseISO(d.Start, false).AddDate(0, 0, n)
	out := dayDate(t)
	out.Inferred, out.How, out.Basis = true, "counted", basis
	return &out
}
