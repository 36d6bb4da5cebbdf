package text

import (
	"reflect"
	"testing"
)

// TestJoinElisions: an elided letter split off a name by its apostrophe
// joins the word after it; other one-letter words, and a short or
// non-Latin word after the letter, stay apart.
func TestJoinElisions(t *testing.T) {
	tests := []struct {
		in   []string
		want []string
		ok   bool
	}{
		{[]string{"adam", "d", "angelo"}, []string{"adam", "dangelo"}, true},
		{[]string{"d", "angelo"}, []string{"dangelo"}, true},
		{[]string{"o", "neill", "said"}, []string{"oneill", "said"}, true},
		// Must leave apart: another letter (U.S.), a short rest, a
		// non-Latin rest, a letter at the end.
		{[]string{"u", "s", "treasury"}, []string{"u", "s", "treasury"}, false},
		{[]string{"d", "an"}, []string{"d", "an"}, false},
		{[]string{"d", "انجلو"}, []string{"d", "انجلو"}, false},
		{[]string{"adam", "d"}, []string{"adam", "d"}, false},
	}
	for _, tc := range tests {
		got, ok := JoinElisions(tc.in)
		if ok != tc.ok || !reflect.DeepEqual(got, tc.want) {
			t.Errorf("JoinElisions(%q) = %q, %v, want %q, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

// TestElided: a name's elided letter and apostrophe are found, keyed by
// the name typed without it; a possessive or a contraction is none.
func TestElided(t *testing.T) {
	tests := []struct {
		s    string
		want map[string]string
	}{
		{"by Adam D'Angelo, the CEO", map[string]string{"dangelo": "d'angelo"}},
		{"O’Neill said", map[string]string{"oneill": "o'neill"}},
		// Must find none: a possessive, a contraction, a short rest.
		{"Altman's return", map[string]string{}},
		{"I don't know", map[string]string{}},
		{"l'a", map[string]string{}},
	}
	for _, tc := range tests {
		if got := Elided(tc.s); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Elided(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}
