package retrieval

import (
	"slices"
	"testing"
)

// TestAsksDay: "which day", "what date", «أي يوم», «باي يوم» ask for a day;
// "when", "how many days" and «كم يوم» do not.
func TestAsksDay(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"which day did emmett shear start as ceo", true},
		{"On which day was Altman sacked?", true},
		{"what date did the board fire him", true},
		{"اي يوم بالضبط قرر المجلس يقيل التمان", true},
		{"باي يوم اتفقوا يرجعوه؟", true},
		{"when did chatgpt launch", false},
		{"how many days was he out", false},
		{"كم يوم قعد برا الشركة", false},
	} {
		if got := asksDay(tc.q); got != tc.want {
			t.Errorf("asksDay(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
}

// TestDayNear: a weekday, or a day of the month next to its month, within
// dayWindow terms of a content word names the day of it; a month alone, a
// day number with no month, a year, or a day named far from the word does
// not.
func TestDayNear(t *testing.T) {
	fire := []xunit{{head: "fire", members: map[string]float64{"fire": 1}}}
	for _, tc := range []struct {
		seq  []string
		want bool
	}{
		{[]string{"board", "abrupt", "fire", "friday", "nov", "17"}, true},
		{[]string{"fire", "nov", "17"}, true},
		{[]string{"17", "نوفمبر", "اقال", "fire"}, true},
		{[]string{"fire", "quit", "protest", "day"}, false},               // "the day" names no day
		{[]string{"fire", "novemb", "2022"}, false},                       // a month and a year
		{[]string{"fire", "five", "day", "turmoil", "17"}, false},         // a number with no month
		{[]string{"fire", "a", "b", "c", "d", "e", "f", "sunday"}, false}, // too far
	} {
		if got := dayNear(tc.seq, fire); got != tc.want {
			t.Errorf("dayNear(%v) = %v, want %v", tc.seq, got, tc.want)
		}
	}
}

// TestDayRanking: on the two-language corpus, a which-day question about
// the firing ranks first a paragraph naming the day next to the firing,
// not the one that only says Brockman quit "on the day Altman was fired".
func TestDayRanking(t *testing.T) {
	ix := multiIndex(t)
	for _, tc := range []struct {
		q    string
		want []string
	}{
		{"which day exactly did the board fire altman", []string{"ar-board-2023-11-18#1", "en-wire-2023-11-24#1"}},
	} {
		res, err := ix.Search(t.Context(), tc.q, SearchOptions{K: 3})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Hits) == 0 || !slices.Contains(tc.want, res.Hits[0].Paragraph.Ref) {
			t.Errorf("%q: first %v, want one of %v", tc.q, res.Hits, tc.want)
		}
	}
}

// TestNamesDayMonths: a day of the month next to a month's name, in any
// of text.MonthWords' forms (English, standard Arabic, Levantine,
// Maghrebi), names a day; a number next to another word does not.
func TestNamesDayMonths(t *testing.T) {
	cases := []struct {
		s    string
		want bool
	}{
		{"on November 17", true},
		{"في 17 نوفمبر", true},
		{"في 17 تشرين الثاني", true},
		{"يوم 17 نونبر", true},
		{"17 members of staff", false},
		{"قرر 4 أعضاء", false},
	}
	for _, c := range cases {
		seq := Tokens(c.s)
		got := false
		for i := range seq {
			got = got || namesDay(seq, i)
		}
		if got != c.want {
			t.Errorf("namesDay over %q (%v) = %v, want %v", c.s, seq, got, c.want)
		}
	}
}
