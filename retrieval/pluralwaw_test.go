package retrieval

import "testing"

// A verb written with the colloquial plural ending «ـو» is read as its
// standard «ـوا» when that form reaches the glossary or the corpus; a
// short word, a word the corpus writes so, a word already spelt «ـوا» and
// a word whose standard form reaches nothing keep their readings.
func TestPluralWawRest(t *testing.T) {
	ix := multiIndex(t)
	cases := []struct {
		w, want string
	}{
		{"يكبرو", "يكبروا"},   // they grow: the glossary's يكبر (expand)
		{"ويكبرو", "ويكبروا"}, // and behind a proclitic
		{"يكبروا", ""},        // already standard
		{"يكبر", ""},          // no plural ending
		{"عضو", ""},           // too short: member, not a plural verb
		{"يبدو", ""},          // a verb ending in its root و
		{"بقلقلو", ""},        // the standard form reaches nothing either
		{"board", ""},         // not Arabic
	}
	for _, c := range cases {
		if got := ix.pluralWawRest(c.w); got != c.want {
			t.Errorf("pluralWawRest(%q) = %q, want %q", c.w, got, c.want)
		}
	}
}
