package text

import (
	"strings"
	"testing"
)

// numeralOf reads each word of s with Numeral, joining what it makes of
// them ("-" for a word it leaves alone).
func numeralOf(s string) string {
	var out []string
	for _, w := range Words(s) {
		if n, ok := Numeral(w); ok {
			out = append(out, n)
		} else {
			out = append(out, "-")
		}
	}
	return strings.Join(out, " ")
}

func TestNumeral(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"Western digits", "30 days", "30 -"},
		{"Eastern Arabic digits", "٣٠ يوم", "30 -"},
		{"Persian digits", "۳۰", "30"},
		{"year kept as written", "2023 ٢٠٢٣", "2023 2023"},
		{"digits behind a clitic", "بـ30 و٤", "30 4"},
		{"Arabic tens, oblique", "ثلاثين يومًا", "30 -"},
		{"Arabic tens, nominative", "ثلاثون", "30"},
		{"Arabic tens with clitics", "بثلاثين والعشرين", "30 20"},
		{"Arabic units, both genders", "ثلاث ثلاثة أربع أربعة خمسة", "3 3 4 4 5"},
		{"of six", "أربعة من أصل ستة", "4 - - 6"},
		{"unit with article and preposition", "للستة بالأربعة", "6 4"},
		{"hundred spellings", "مئة مائة مئات", "100 100 100"},
		{"thousand forms", "ألف آلاف ألفًا", "1000 1000 1000"},
		{"two hundred", "مئتين مائتان", "200 200"},
		{"million and billion", "مليون ملايين مليار مليارات", "1000000 1000000 1000000000 1000000000"},
		{"colloquial three", "تلات تلاتين", "3 30"},
		{"English units and tens", "five days thirty", "5 - 30"},
		{"English teens", "fourteen", "14"},
		{"English large units", "hundred thousands million billion", "100 1000 1000000 1000000000"},
		{"English case folded", "Five", "5"},
		// forms it must leave alone
		{"the lady is not six", "الست", "-"},
		{"I am not is not six", "لست", "-"},
		{"the lion is not seven", "السبع", "-"},
		{"Monday is not two", "يوم الاثنين", "- -"},
		{"Sunday is not one", "الأحد", "-"},
		{"and someone is not one", "وأحد وإحدى", "- -"},
		{"Thursday is not five", "الخميس", "-"},
		{"Tuesday is not three", "الثلاثاء", "-"},
		{"Wednesday is not four", "الأربعاء", "-"},
		{"English one never read", "no one one", "- - -"},
		{"ordinal left", "third الثالث", "- -"},
		{"a word that merely starts like one", "ستيفن خمسينات", "- -"},
		{"ordinary words", "Altman board سام", "- - -"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := numeralOf(tc.in); got != tc.want {
				t.Errorf("numeralOf(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestArabicTeen(t *testing.T) {
	tests := []struct {
		unit, ten, want string
		ok              bool
	}{
		{"ثلاثة", "عشر", "13", true},
		{"أحد", "عشر", "11", true},
		{"إحدى", "عشرة", "11", true},
		{"اثنا", "عشر", "12", true},
		{"وخمسة", "عشر", "15", true},
		{"ثلاثة", "أيام", "", false},
		{"مجلس", "عشر", "", false},
		{"عشرين", "عشر", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.unit+" "+tc.ten, func(t *testing.T) {
			got, ok := ArabicTeen(Words(tc.unit)[0], Words(tc.ten)[0])
			if got != tc.want || ok != tc.ok {
				t.Errorf("ArabicTeen(%q, %q) = %q, %v, want %q, %v", tc.unit, tc.ten, got, ok, tc.want, tc.ok)
			}
		})
	}
}

func TestIsYear(t *testing.T) {
	for digits, want := range map[string]bool{
		"2023": true, "1999": true,
		"700": false, "2100": false, "17": false, "20233": false, "1899": false,
	} {
		if got := IsYear(digits); got != want {
			t.Errorf("IsYear(%q) = %v, want %v", digits, got, want)
		}
	}
}

// TestIsDigits: one or more ASCII digits; not an empty word, a word with
// a letter or sign, nor Arabic-Indic digits (normalised before).
func TestIsDigits(t *testing.T) {
	tests := []struct {
		w    string
		want bool
	}{
		{"2023", true},
		{"7", true},
		{"", false},
		{"17th", false},
		{"-3", false},
		{"٢٠٢٣", false},
	}
	for _, tc := range tests {
		if got := IsDigits(tc.w); got != tc.want {
			t.Errorf("IsDigits(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
}
