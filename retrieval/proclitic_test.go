package retrieval

import (
	"slices"
	"testing"
)

// A one-letter proclitic on a noun the corpus or the glossary knows is
// taken off; a word with none, a dialect form and a short particle keep
// their readings.
func TestProcliticRest(t *testing.T) {
	ix := multiIndex(t)
	cases := []struct {
		w, want string
	}{
		{"بسهم", "سهم"},    // ب + سهم (shares), not بس + هم
		{"لسهم", "سهم"},    // ل + سهم
		{"لازم", ""},       // not ل + ازم: ازم is only the stem of أزمة
		{"لأنه", ""},       // ل + a particle
		{"سهم", ""},        // no proclitic
		{"ولازم", ""},      // و + لازم: the dialect lexicon's word
		{"بس", ""},         // too short to carry one
		{"مايكروسوفت", ""}, // the corpus writes it so
		{"بقلقلقل", ""},    // the rest is no word either
	}
	for _, c := range cases {
		if got := ix.procliticRest(c.w); got != c.want {
			t.Errorf("procliticRest(%q) = %q, want %q", c.w, got, c.want)
		}
	}
}

// A colloquial phrase of the dialect lexicon is read with a proclitic on
// its first word (باوبن اي اي: with OpenAI), and not when the first word
// is another one.
func TestDialectPhraseWithProclitic(t *testing.T) {
	ix := multiIndex(t)
	cases := []struct {
		q    string
		want bool
	}{
		{"مايكروسوفت رح تشتغل مع مين باوبن اي اي", true},
		{"مين الرئيس التنفيذي لاوبن اي اي", true},
		{"مين الرئيس التنفيذي اوبن اي اي", true},
		{"مين الرئيس التنفيذي باوبنن اي اي", false},
	}
	for _, c := range cases {
		sq := ix.standardize(c.q)
		got := slices.ContainsFunc(sq.units, func(u unit) bool { return slices.Contains(u.terms, "openai") })
		if got != c.want {
			t.Errorf("standardize(%q) reads OpenAI: %v, want %v (units %v)", c.q, got, c.want, sq.units)
		}
	}
}
