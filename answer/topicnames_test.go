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

// TestFullNameWordsWeighAlike: a name the topic gives in full («سام
// التمان») is two units weighed alike, at the mean of their own weights, so
// the rare first name does not outweigh the surname the sentences use;
// words that are not one person's name keep their own weights.
func TestFullNameWordsWeighAlike(t *testing.T) {
	altman := casefile.Person{Name: "سام ألتمان", Latin: "Sam Altman", Spellings: []string{"سام ألتمان", "ألتمان", "Sam Altman", "Altman"}}
	murati := casefile.Person{Name: "ميرا موراتي", Latin: "Mira Murati", Spellings: []string{"ميرا موراتي", "موراتي"}}
	paras := []corpus.Paragraph{{Text: "أقال المجلس سام ألتمان."}}
	tests := []struct {
		name  string
		units []topicUnit
		want  []float64
	}{
		{"first name and surname", []topicUnit{{word: "سام", weight: 1.6, top: 1}, {word: "ألتمان", weight: 0.4, top: 1}}, []float64{1, 1}},
		{"two people's names are not averaged", []topicUnit{{word: "سام", weight: 1.6, top: 1}, {word: "موراتي", weight: 0.4, top: 1}}, []float64{-1, -1}},
		{"a word that names no one keeps its weight", []topicUnit{{word: "ألتمان", weight: 0.4, top: 1}, {word: "book", weight: 2, top: 1}, {word: "سام", weight: 1.6, top: 1}}, []float64{1, 2, 1}},
	}
	for _, tt := range tests {
		before := make([]float64, len(tt.units))
		for i, u := range tt.units {
			before[i] = u.weight
		}
		withNames(tt.units, paras, []casefile.Person{altman, murati}, overlap)
		for i, u := range tt.units {
			if tt.want[i] < 0 {
				// a lone name is reweighed on its paragraphs: only check it was not averaged with the other
				if u.weight == (before[0]+before[1])/2 {
					t.Errorf("%s: unit %q averaged to %.2f", tt.name, u.word, u.weight)
				}
				continue
			}
			if d := u.weight - tt.want[i]; d > 1e-9 || d < -1e-9 {
				t.Errorf("%s: unit %q weighs %.2f, want %.2f", tt.name, u.word, u.weight, tt.want[i])
			}
		}
	}
}
