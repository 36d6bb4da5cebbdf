package retrieval

import "testing"

// TestHamzaLessNameAfterProclitic: a name whose alef carries a hamza
// (ألتمان), typed without it after a one-letter proclitic (لالتمان،
// والتمان، بالتمان), is read as the name, not as the article ال on «تمان»;
// a word whose ال really is the article (بالشركة، والمجلس), or that the
// corpus already has, is left as typed.
func TestHamzaLessNameAfterProclitic(t *testing.T) {
	ix := buildDefault(t, Options{})
	for _, tc := range []struct{ q, want string }{
		{"لالتمان", "ألتمان"},
		{"والتمان", "ألتمان"},
		{"بالتمان", "ألتمان"},
		{"الصندوق طلع لالتمان", "الصندوق طلع ألتمان"},
		{"بالشركة", "بالشركة"},
		{"والمجلس", "والمجلس"},
		{"بالمجلس", "بالمجلس"},
	} {
		if got := ix.restoreHamza(tc.q); got != tc.want {
			t.Errorf("restoreHamza(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}
