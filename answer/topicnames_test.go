package answer

import (
	"testing"

	"casebot/casefile"
	"casebot/corpus"
)

// TestTopicNames: a topic unit that is one name of a person the corpus
// names is carried by a sentence that gives another of their names; a word
// that names no one, a name two people share, and a name the topic gives
// in full are left as they are.
func TestTopicNames(t *testing.T) {
	altman := casefile.Person{Name: "سام ألتمان", Latin: "Sam Altman", Spellings: []string{"سام ألتمان", "ألتمان", "Sam Altman", "Altman"}}
	murati := casefile.Person{Name: "ميرا موراتي", Latin: "Mira Murati", Spellings: []string{"ميرا موراتي", "موراتي"}}
	samB := casefile.Person{Name: "Sam Bankman-Fried", Spellings: []string{"Sam Bankman-Fried"}}
	paras := []corpus.Paragraph{{Text: "كشفت موراتي أن ألتمان كان يحاول تقييدها."}, {Text: "أقال المجلس سام ألتمان."}, {Text: "The board met."}}
	sentence := "كشفت موراتي أن ألتمان كان يحاول تقييدها."
	tests := []struct {
		name   string
		units  []string
		people []casefile.Person
		want   []bool // whether each unit is carried by sentence
	}{
		{"a first name is carried by the surname", []string{"sam", "board"}, []casefile.Person{altman, murati}, []bool{true, false}},
		{"an Arabic first name too", []string{"سام"}, []casefile.Person{altman, murati}, []bool{true}},
		{"a name two people share says whom of neither", []string{"sam"}, []casefile.Person{altman, samB}, []bool{false}},
		{"a name given in full is left to its words", []string{"mira", "murati"}, []casefile.Person{altman, murati}, []bool{false, false}},
	}
	for _, tt := range tests {
		var units []topicUnit
		for _, w := range tt.units {
			units = append(units, topicUnit{word: w, weight: 1, top: 1})
		}
		withNames(units, paras, tt.people, overlap)
		for i, u := range units {
			if got := u.carried(sentence, overlap) == 1; got != tt.want[i] {
				t.Errorf("%s: unit %q carried %v, want %v", tt.name, u.word, got, tt.want[i])
			}
		}
	}
}
