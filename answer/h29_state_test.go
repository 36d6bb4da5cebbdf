package answer

import "testing"

// TestNamesInElided: a name with an elided letter ("Adam D'Angelo") is
// named by its words typed without the apostrophe ("adam dangelo",
// "dangelo"); a word that only shares letters with it is not.
func TestNamesInElided(t *testing.T) {
	e := multiEngine(t)
	p, ok := e.subjectPerson("Is Adam D'Angelo on the board?")
	if !ok {
		t.Fatal("no person for D'Angelo")
	}
	tests := []struct {
		s    string
		want bool
	}{
		{"adam dangelo still got his board seat", true},
		{"is dangelo on the board", true},
		{"is d angelo on the board", true},
		// Must reject: another word, a part of the name alone that is
		// too short to be a surname.
		{"is angel on the board", false},
		{"is adam on the board", false},
	}
	for _, tc := range tests {
		if got := namesIn(" "+wordsOf(tc.s)+" ", p); got != tc.want {
			t.Errorf("namesIn(%q, D'Angelo) = %v, want %v", tc.s, got, tc.want)
		}
	}
	if _, ok := e.subjectPerson("adam dangelo still got his board seat?"); !ok {
		t.Error("subjectPerson: no person for «adam dangelo»")
	}
}

// TestLastsWordsNoMatter: the words that ask only whether a state lasts
// ("still", «ما زالت» read as «ظلت», "still" read as «يزال») are no
// specific word of a question's matter; the words of what lasts are.
func TestLastsWordsNoMatter(t *testing.T) {
	for _, w := range []string{"still", "remains", "ظلت", "يزال", "تزال", "زالت", "لساته"} {
		if !frameWord(w) {
			t.Errorf("frameWord(%q) = false, want true", w)
		}
	}
	// Must reject: the words of the state itself.
	for _, w := range []string{"board", "seat", "ملتزمة", "عضو", "stayed"} {
		if frameWord(w) {
			t.Errorf("frameWord(%q) = true, want false", w)
		}
	}
	e := multiEngine(t)
	q := "هل ما زالت ماكولي عضوا في المجلس؟"
	mt := e.matterOf(q, e.standardReading(q))
	if mt.carriedBy("وقد ظلت الأسباب الحقيقية وراء هذه الخطوة طي الكتمان حتى كشفت الصحفية كيتش هيغي في كتابها الجديد") {
		t.Errorf("matterOf(%q): a look back's «ظلت الأسباب» carries its matter", q)
	}
}
