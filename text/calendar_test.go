package text

import (
	"slices"
	"testing"
	"time"
)

func TestMonthOf(t *testing.T) {
	tests := []struct {
		w    string
		want time.Month
		ok   bool
	}{
		{"November", time.November, true},
		{"Nov.", time.November, true},
		{"sept", time.September, true},
		{"نوفمبر", time.November, true},
		{"تشرين الثاني", time.November, true},
		{"نونبر", time.November, true}, // Moroccan
		{"جويلية", time.July, true},    // Algerian, teh marbuta
		{"أغسطس", time.August, true},
		{"اغسطس", time.August, true}, // without hamza
		// Not months: a word sharing letters, a prefixed name (callers
		// strip clitics), half a two-word name, an empty word.
		{"novel", 0, false},
		{"ونوفمبر", 0, false},
		{"تشرين", 0, false},
		{"", 0, false},
	}
	for _, tc := range tests {
		got, ok := MonthOf(tc.w)
		if ok != tc.ok || got != tc.want {
			t.Errorf("MonthOf(%q) = %v, %v; want %v, %v", tc.w, got, ok, tc.want, tc.ok)
		}
	}
}

func TestMonthNamesShown(t *testing.T) {
	for m, want := range map[time.Month][2]string{
		time.November:  {"نوفمبر", "Nov"},
		time.September: {"سبتمبر", "Sept"},
		time.April:     {"أبريل", "Apr"},
		time.May:       {"مايو", "May"},
		time.July:      {"يوليو", "July"},
	} {
		if got := ArabicMonth(m); got != want[0] {
			t.Errorf("ArabicMonth(%v) = %q, want %q", m, got, want[0])
		}
		if got := ShortMonth(m); got != want[1] {
			t.Errorf("ShortMonth(%v) = %q, want %q", m, got, want[1])
		}
	}
	if ArabicMonth(13) != "" || ShortMonth(0) != "" {
		t.Error("a month out of range has a name")
	}
}

func TestCalendarWords(t *testing.T) {
	months := MonthWords()
	for _, w := range []string{"november", "nov", "sept", Fold("نوفمبر"), Fold("تشرين"), Fold("جانفي")} {
		if !slices.Contains(months, w) {
			t.Errorf("MonthWords lacks %q", w)
		}
	}
	if slices.Contains(months, Fold("الثاني")) {
		t.Error("MonthWords holds the second word of a two-word name («الثاني»)")
	}
	if slices.Contains(SeasonWords(), "fall") {
		t.Error(`SeasonWords holds "fall", a verb as often as a season`)
	}
	for w, want := range map[string]time.Weekday{"Friday": time.Friday, "الجمعة": time.Friday, "الاحد": time.Sunday} {
		if got, ok := WeekdayOf(w); !ok || got != want {
			t.Errorf("WeekdayOf(%q) = %v, %v; want %v", w, got, ok, want)
		}
	}
	if _, ok := WeekdayOf("جمعية"); ok {
		t.Error("WeekdayOf(«جمعية») reads an association as Friday")
	}
	for w, want := range map[string]Season{"summer": Summer, "الصيف": Summer, "fall": Autumn, "شتاء": Winter} {
		if got, ok := SeasonOf(w); !ok || got != want {
			t.Errorf("SeasonOf(%q) = %v, %v; want %v", w, got, ok, want)
		}
	}
	if _, ok := SeasonOf("صيفي"); ok {
		t.Error("SeasonOf(«صيفي») reads an adjective as a season")
	}
	if first, last := Winter.Months(); first != 12 || last != 14 {
		t.Errorf("Winter.Months() = %d, %d; want 12, 14", first, last)
	}
}
