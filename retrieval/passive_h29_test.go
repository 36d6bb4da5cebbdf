package retrieval

import (
	"slices"
	"testing"
)

// TestPassiveReflexiveForms: a Levantine or Egyptian passive in انـ/اتـ
// (انأسست، اتأسست) also stands for the standard reflexive تفعّل (تأسست)
// and for its verb without the perfect's feminine ending (أسس); the
// imperfect in يـ (ينطرد) gets no تـ form, and a word without the prefix
// or too short to carry one gets nothing.
func TestPassiveReflexiveForms(t *testing.T) {
	for _, tc := range []struct {
		w       string
		want    []string // each among the forms
		notWant []string // none among them
	}{
		{"انأسست", []string{"أسست", "تأسست", "أسس"}, nil},
		{"اتأسست", []string{"تأسست", "أسس"}, nil},
		{"انكتب", []string{"كتب", "تكتب"}, nil},
		{"ينطرد", []string{"طرد"}, []string{"تطرد"}},
		{"انطردت", []string{"طردت", "طرد"}, nil},
	} {
		fs := passiveForms(tc.w)
		for _, w := range tc.want {
			if !slices.Contains(fs, w) {
				t.Errorf("passiveForms(%q) = %q, want %q among them", tc.w, fs, w)
			}
		}
		for _, w := range tc.notWant {
			if slices.Contains(fs, w) {
				t.Errorf("passiveForms(%q) = %q, want no %q", tc.w, fs, w)
			}
		}
	}
	for _, w := range []string{"اتهم", "تأسست", "أسست", "مجلس"} {
		if fs := passiveForms(w); len(fs) > 0 {
			t.Errorf("passiveForms(%q) = %q, want none", w, fs)
		}
	}
}

// TestPassiveReadAcross: a colloquial passive whose standard verb only the
// cross-language glossary writes (انأسست → تأسست, "founded") is read as
// it, so the English paragraph that says when OpenAI was founded ranks
// first and the question is not judged unrelated (it abstained at
// confidence 0.00 when the word was left unknown). Standard words the
// rule must not cut stay as they are.
func TestPassiveReadAcross(t *testing.T) {
	ix := multiIndex(t)
	for _, tc := range []struct{ w, want string }{
		{"انأسست", "تأسست"},
		{"اتأسست", "تأسست"},
		{"انتخابات", ""},
		{"انتهت", ""},
		{"اتصلت", ""},
	} {
		got := ix.respell(tc.w)
		// A standard word is read as written or not at all, never cut.
		if got != tc.want && !(tc.want == "" && got == tc.w) {
			t.Errorf("respell(%q) = %q, want %q", tc.w, got, tc.want)
		}
	}
	for _, q := range []string{"اوبن اي اي انأسست بأي سنه", "امتى انأسست OpenAI"} {
		res, err := ix.Search(t.Context(), q, SearchOptions{K: 3})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Hits) == 0 || res.Hits[0].Paragraph.Ref != "en-wire-2023-11-24#3" {
			t.Errorf("%s: top hit is not en-wire-2023-11-24#3", q)
			continue
		}
		if !res.Answerable || res.Confidence < DefaultThreshold {
			t.Errorf("%s: confidence %.2f, want answerable", q, res.Confidence)
		}
	}
}
