package retrieval

import (
	"slices"
	"strings"
	"testing"
)

// TestReaderLexiconReadings: the standard and colloquial words a reader
// uses are read as the article's: «التخلص من» (get rid of) is dismissal,
// not the colloquial «تخلص» (it finishes); Egyptian «الست» (the lady) is
// no «ست» (six); «المسألة» (the matter) is a word of its own, not respelt
// as «المثأله» (→ مثال, an example). Each case that must hold has one that
// must be left as it was.
func TestReaderLexiconReadings(t *testing.T) {
	ix := defaultTestIndex(t)
	tests := []struct {
		q          string
		wantSearch []string // words the search text must contain
		notSearch  []string // words it must not contain
	}{
		{"بأي أغلبية حسم قرار التخلص من الرئيس التنفيذي؟", []string{"أقال"}, []string{"انتهى", "التخلص"}},
		{"ليش تخلصوا منه؟", []string{"أقال"}, []string{"انتهى"}},
		// must be left as it was: «خلصت» alone is the colloquial "ended".
		{"الأزمة خلصت ولا لسه؟", []string{"انتهى"}, []string{"أقال"}},
		{"مين الست اللي كتبت الكتاب؟", []string{"السيدة"}, []string{"الست"}},
		// must be left as it was: a number before a counted noun.
		{"هل استمرت الأزمة ست سنوات؟", []string{"ست"}, []string{"السيدة"}},
		{"ما المسألة المالية التي أثارت الشك؟", []string{"المسأله"}, []string{"المثأله"}},
	}
	for _, tc := range tests {
		sq := ix.standardize(tc.q)
		ws := strings.Fields(sq.search)
		for _, w := range tc.wantSearch {
			if !slices.Contains(ws, w) {
				t.Errorf("standardize(%q).search = %q, want the word %q", tc.q, sq.search, w)
			}
		}
		for _, w := range tc.notSearch {
			if slices.Contains(ws, w) {
				t.Errorf("standardize(%q).search = %q, must not contain %q", tc.q, sq.search, w)
			}
		}
	}
}

// TestReaderLexiconSynonyms: «أطلع» (informed, let know) is a verb of
// disclosure like «كشف», and «المسألة» (the matter) meets «القضية»;
// neither reaches an unrelated word.
func TestReaderLexiconSynonyms(t *testing.T) {
	ix := defaultTestIndex(t)
	tests := []struct {
		word      string
		want, not string // analysed terms of words
	}{
		{"أطلع", "كشف", "اجتماع"},
		{"المسألة", "القضية", "مثال"},
	}
	for _, tc := range tests {
		syn := ix.thesaurus.terms[Tokens(tc.word)[0]]
		if want := Tokens(tc.want)[0]; !slices.Contains(syn, want) {
			t.Errorf("synonyms of %q = %q, want %q", tc.word, syn, want)
		}
		if not := Tokens(tc.not)[0]; slices.Contains(syn, not) {
			t.Errorf("synonyms of %q = %q, must not contain %q", tc.word, syn, not)
		}
	}
}
