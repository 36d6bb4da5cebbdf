package retrieval

import "testing"

// TestAsksAgeDialect: a question's word asks for an age when it is an age
// word or stands, in its own language, for one: the Levantine «عمرو» (-و
// for the pronoun -ه) is «عمره»; a word translated as "old" (قديم) and a
// word that merely follows a count cue do not, nor does a word the corpus
// has as a name.
func TestAsksAgeDialect(t *testing.T) {
	ix := multiIndex(t)
	tests := []struct {
		q, word string
		want    bool
	}{
		{"سام التمان قديش عمرو", "عمرو", true},
		{"أديش عمره لألتمان", "عمر", true},
		{"كم عمر سام ألتمان", "عمر", true},
		{"how old is altman", "old", true},
		{"what age is altman", "age", true},
		// Must reject.
		{"شو كان المجلس القديم", "قديم", false},
		{"قديش عضو بالمجلس", "عضو", false},
	}
	for _, tc := range tests {
		v := ix.view(tc.q)
		found := false
		for _, u := range v.units {
			if u.word != tc.word && u.head != tc.word {
				continue
			}
			found = true
			if got := u.members[ageTerm] > 0; got != tc.want {
				t.Errorf("view(%q): unit %q asks an age = %v, want %v", tc.q, tc.word, got, tc.want)
			}
		}
		if !found {
			t.Errorf("view(%q): no unit %q", tc.q, tc.word)
		}
	}
	// A name the corpus has is no age, whatever it stands for.
	u := xunit{head: "عمرو", members: map[string]float64{"عمرو": 1, "عمر": 1}}
	if asksAge(u, "عمرو", map[string]bool{"عمرو": true}) {
		t.Errorf("asksAge(عمرو) with عمرو a name of the corpus = true, want false")
	}
	if !asksAge(u, "عمرو", nil) {
		t.Errorf("asksAge(عمرو) = false, want true")
	}
}

// TestAgeQuestionsReachAppositive: age questions in both languages and in
// Levantine put the paragraph giving the age as an apposition ("Altman,
// 38, co-founded…") first.
func TestAgeQuestionsReachAppositive(t *testing.T) {
	ix := multiIndex(t)
	for _, q := range []string{"سام التمان قديش عمرو", "أديش عمره لألتمان", "how old is altman"} {
		res, err := ix.Search(t.Context(), q, SearchOptions{K: 3})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Hits) == 0 || !ageAppositive.MatchString(res.Hits[0].Paragraph.Text) {
			t.Errorf("Search(%q): first hit does not give an age", q)
		}
	}
}

// TestRemovedHamzaless: أبعد (removed him) typed without its hamza
// («بعدوه», «هني اللي بعدو») reads as أبعد / إبعاد; «بعد» (after),
// «بعدين» (later) and «بعدو» alone (still, after him) do not.
func TestRemovedHamzaless(t *testing.T) {
	ix := multiIndex(t)
	tests := []struct {
		q, word string
		want    bool
	}{
		{"بروكمان استقال من حالو ولا هني اللي بعدوه", "بعدوه", true},
		{"مين اللي بعدو بروكمان", "بعدو", true},
		{"ليش بعّدوه", "بعدوه", true},
		{"ليش ابعدوه", "ابعدوه", true},
		{"ليش أبعدوه", "ابعدوه", true},
		{"مين بعدوها", "بعدوها", true},
		// Must reject.
		{"شو صار بعد الاجتماع", "بعد", false},
		{"بعدو ألتمان بالشركة؟", "بعدو", false},
	}
	for _, tc := range tests {
		v := ix.view(tc.q)
		got := false
		for _, u := range v.units {
			if u.members["ابعاد"] >= 1 || u.members["ابعد"] >= 1 {
				got = true
			}
		}
		if got != tc.want {
			t.Errorf("view(%q) reads أبعد = %v, want %v", tc.q, got, tc.want)
		}
	}
}
