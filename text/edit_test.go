package text

import "testing"

func TestEditDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"", "", 0},
		{"murati", "murati", 0},
		{"murati", "moorati", 2},
		{"singed", "signed", 2}, // a swap is two edits here
		{"غريغ", "جريج", 2},
		{"abc", "", 3},
	}
	for _, tc := range tests {
		if got := EditDistance([]rune(tc.a), []rune(tc.b)); got != tc.want {
			t.Errorf("EditDistance(%q, %q) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestOneEdit(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"threatning", "threatening", true},
		{"threatening", "threatning", true},
		{"billion", "million", true},
		{"singed", "signed", true},
		{"signed", "signed", false},
		{"signd", "singed", false},
		{"letter", "leters", false},
		{"abc", "abcde", false},
	}
	for _, tc := range tests {
		if got := OneEdit(tc.a, tc.b); got != tc.want {
			t.Errorf("OneEdit(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
