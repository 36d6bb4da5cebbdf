package answer

import (
	"slices"
	"testing"

	"casebot/casefile"
)

// TestPersonNameParts: the words isPersonName looks for are the folded
// words of three letters or more of every spelling, each once.
func TestPersonNameParts(t *testing.T) {
	people := []casefile.Person{
		{Name: "سام ألتمان", Latin: "Sam Altman", Spellings: []string{"ألتمان", "التمان"}},
		{Name: "Mira Murati", Spellings: []string{"Murati"}},
		{Name: "Al Li"}, // no word of three letters
	}
	got := personNameParts(people)
	want := []string{"سام", "التمان", "sam", "altman", "mira", "murati"}
	if !slices.Equal(got, want) {
		t.Errorf("personNameParts = %q, want %q", got, want)
	}
}

// TestIsPersonNameReadsTheCorpusPeople: a word of a person's name is a
// person's name, alone or with a one-letter prefix; another word is not.
func TestIsPersonNameReadsTheCorpusPeople(t *testing.T) {
	e := multiEngine(t)
	for _, tt := range []struct {
		w    string
		want bool
	}{
		{"Altman", true},
		{"ألتمان", true},
		{"وألتمان", true},
		{"Brockman", true},
		{"board", false},
		{"مايكروسوفت", false},
	} {
		if got := e.isPersonName(tt.w); got != tt.want {
			t.Errorf("isPersonName(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}
