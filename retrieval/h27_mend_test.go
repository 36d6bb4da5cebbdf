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
		{"ليش بعدوا بروكمان", "بعدوا", true},
		{"ليش بعّدوه", "بعدوه", true},
		{"ليش ابعدوه", "ابعدوه", true},
		{"ليش أبعدوه", "ابعدوه", true},
		{"مين بعدوها", "بعدوها", true},
		// Must reject.
		{"شو صار بعد الاجتماع", "بعد", false},
		{"بعدو ألتمان بالشركة؟", "بعدو", false},
		{"بعدين شو صار لبروكمان", "بعدين", false},
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

// TestGivesAge: an age as news gives one, in both languages; a year, a
// count or a day is none.
func TestGivesAge(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"Altman, 38, co-founded OpenAI in 2015.", true},
		{"قال ألتمان (38 عامًا) إنه سيعود.", true},
		{"ألتمان البالغ من العمر 38 عامًا", true},
		{"the 38-year-old chief executive", true},
		// Must reject.
		{"Altman co-founded OpenAI in 2015.", false},
		{"وقّع 700 من أصل 770 موظفًا الرسالة", false},
		{"On Friday, Nov. 17, the board fired him.", false},
	}
	for _, tc := range tests {
		if got := GivesAge(tc.s); got != tc.want {
			t.Errorf("GivesAge(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// TestPreferAge: of leading candidates, the one giving an age gains
// ageWeight for a question asking an age, and none does for another.
func TestPreferAge(t *testing.T) {
	ix := multiIndex(t)
	age, other := -1, -1
	for i, p := range ix.paras {
		switch {
		case age < 0 && GivesAge(p.Text):
			age = i
		case other < 0 && !GivesAge(p.Text):
			other = i
		}
	}
	if age < 0 || other < 0 {
		t.Fatal("corpus lacks a paragraph giving an age or one giving none")
	}
	tests := []struct {
		q        string
		ageFirst bool
	}{
		{"what age is sam altman", true},
		{"سام التمان قديش عمرو", true},
		// Must reject: no age asked, the order stays.
		{"who fired sam altman", false},
		{"شو كان المجلس القديم", false},
	}
	for _, tc := range tests {
		fused := []scored{{doc: other, score: 1}, {doc: age, score: 0.9}}
		ix.preferAge(fused, ix.view(tc.q))
		if got := fused[0].doc == age; got != tc.ageFirst {
			t.Errorf("preferAge(%q): age paragraph first = %v, want %v", tc.q, got, tc.ageFirst)
		}
	}
}
