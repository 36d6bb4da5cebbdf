package text

import (
	"strings"
	"time"
)

// The calendar words casebot reads, in one place: months, days of the week
// and seasons, in English and in the Arabic of every region (standard
// names as written in Egypt and the Gulf, the Levantine and Iraqi names,
// the Algerian, Tunisian and Moroccan ones). Packages that read dates, show them or weigh a
// sentence for carrying a time all ask here.

// monthForms holds each month's names (index 0 is January). The first
// Arabic name is the one shown; other holds the other names by region,
// Levantine ones in two words; short holds the English abbreviations, the
// first being the one shown ("Sept" for September).
var monthForms = [12]struct {
	arabic string
	other  []string
	short  []string
}{
	{"يناير", []string{"كانون الثاني", "جانفي"}, []string{"Jan"}},
	{"فبراير", []string{"شباط", "فيفري"}, []string{"Feb"}},
	{"مارس", []string{"آذار"}, []string{"Mar"}},
	{"أبريل", []string{"نيسان", "أفريل"}, []string{"Apr"}},
	{"مايو", []string{"أيار", "ماي"}, nil},
	{"يونيو", []string{"يونيه", "حزيران", "جوان"}, []string{"Jun"}},
	{"يوليو", []string{"يوليه", "تموز", "جويلية", "يوليوز"}, []string{"Jul"}},
	{"أغسطس", []string{"آب", "أوت", "غشت"}, []string{"Aug"}},
	{"سبتمبر", []string{"أيلول", "شتنبر"}, []string{"Sept", "Sep"}},
	{"أكتوبر", []string{"تشرين الأول"}, []string{"Oct"}},
	{"نوفمبر", []string{"تشرين الثاني", "نونبر"}, []string{"Nov"}},
	{"ديسمبر", []string{"كانون الأول", "دجنبر"}, []string{"Dec"}},
}

// ambiguousMonths are month names (folded) that are also everyday words:
// "may", "march", «آب» (father), «ماي», and short forms such as "jan",
// "mar", "sep". A reader takes them for a month only next to a day or a
// year.
var ambiguousMonths = map[string]bool{"may": true, "march": true, "اب": true, "ماي": true, "jan": true, "mar": true, "sep": true}

// monthIndex maps every month name, folded (Fold), to its month: one-word
// names and the two-word Levantine names alike.
var monthIndex = func() map[string]time.Month {
	out := map[string]time.Month{}
	for i, f := range monthForms {
		m := time.Month(i + 1)
		out[Fold(m.String())] = m
		out[Fold(f.arabic)] = m
		for _, n := range f.other {
			out[Fold(n)] = m
		}
		for _, n := range f.short {
			out[Fold(n)] = m
		}
	}
	return out
}()

// MonthOf returns the month a word names, in any of the languages and
// regional names casebot reads: "November", "Nov", "Nov.", «نوفمبر»,
// «تشرين الثاني», Moroccan «نونبر». w may be written in any case and
// with hamzas or without; it is the whole name (one or two words), with
// no prefix attached. Ambiguous names (AmbiguousMonth) are months here:
// the caller weighs their neighbours.
func MonthOf(w string) (time.Month, bool) {
	m, ok := monthIndex[Fold(strings.TrimSuffix(strings.TrimSpace(w), "."))]
	return m, ok
}

// AmbiguousMonth reports whether w, a month name, is also an everyday word
// ("may", "march", «آب»): a month only next to a day or a year.
func AmbiguousMonth(w string) bool {
	return ambiguousMonths[Fold(w)]
}

// MonthWords returns every one-word month name, folded, and the first
// word of each two-word Levantine name («كانون», «تشرين»): the words that
// tell a text names a month. The slice is new on every call.
func MonthWords() []string {
	seen := map[string]bool{}
	var out []string
	add := func(w string) {
		if w = Fold(strings.Fields(w)[0]); !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	for i, f := range monthForms {
		add(time.Month(i + 1).String())
		for _, n := range f.short {
			add(n)
		}
		add(f.arabic)
		for _, n := range f.other {
			add(n)
		}
	}
	return out
}

// ArabicMonth is a month's standard Arabic name, as shown in answers
// ("24 نوفمبر 2023").
func ArabicMonth(m time.Month) string {
	if m < time.January || m > time.December {
		return ""
	}
	return monthForms[m-1].arabic
}

// ShortMonth is a month's English abbreviation as news copy writes it
// ("Nov", "Sept"); a month written short in no style guide ("May",
// "June", "July") is its full name.
func ShortMonth(m time.Month) string {
	if m < time.January || m > time.December {
		return ""
	}
	if s := monthForms[m-1].short; len(s) > 0 {
		if m == time.June || m == time.July {
			return m.String()
		}
		return s[0]
	}
	return m.String()
}

// weekdayNames are the days of the week (index: time.Weekday) in Arabic,
// with the article, as a date writes them («يوم الجمعة»).
var weekdayNames = [7]string{"الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"}

// WeekdayOf returns the day of the week a word names ("Friday", «الجمعة»),
// in any case, with hamzas or without.
func WeekdayOf(w string) (time.Weekday, bool) {
	f := Fold(strings.TrimSpace(w))
	for d := time.Sunday; d <= time.Saturday; d++ {
		if f == Fold(d.String()) || f == Fold(weekdayNames[d]) {
			return d, true
		}
	}
	return 0, false
}

// WeekdayWords returns every weekday name, folded: English, then Arabic
// with its article. The slice is new on every call.
func WeekdayWords() []string {
	var out []string
	for d := time.Sunday; d <= time.Saturday; d++ {
		out = append(out, Fold(d.String()))
	}
	for _, n := range weekdayNames {
		out = append(out, Fold(n))
	}
	return out
}

// Season is a season of the year, named by its English name.
type Season string

// The four seasons.
const (
	Spring Season = "spring"
	Summer Season = "summer"
	Autumn Season = "autumn"
	Winter Season = "winter"
)

// seasonNames are the seasons' names (English, Arabic without the
// article), in the order of Season's constants.
var seasonNames = []struct {
	season Season
	names  []string
}{
	{Spring, []string{"spring", "ربيع"}},
	{Summer, []string{"summer", "صيف"}},
	{Autumn, []string{"autumn", "fall", "خريف"}},
	{Winter, []string{"winter", "شتاء"}},
}

// SeasonOf returns the season a word names ("summer", «صيف», «الصيف»), in
// any case; the Arabic article is allowed. ("fall" is autumn: the caller
// reading English verbs weighs it.)
func SeasonOf(w string) (Season, bool) {
	f := Fold(strings.TrimSpace(w))
	rest, _ := strings.CutPrefix(f, "ال")
	for _, s := range seasonNames {
		for _, n := range s.names {
			if n = Fold(n); f == n || rest == n {
				return s.season, true
			}
		}
	}
	return "", false
}

// Months returns the first and last month of a season in the northern
// hemisphere; winter runs from December (12) to February, given as 14.
func (s Season) Months() (first, last int) {
	switch s {
	case Spring:
		return 3, 5
	case Summer:
		return 6, 8
	case Autumn:
		return 9, 11
	case Winter:
		return 12, 14
	}
	return 0, 0
}

// SeasonWords returns the seasons' names, folded, without the article,
// except "fall", a verb as often as a season. The slice is new on every
// call.
func SeasonWords() []string {
	var out []string
	for _, s := range seasonNames {
		for _, n := range s.names {
			if n != "fall" {
				out = append(out, Fold(n))
			}
		}
	}
	return out
}
