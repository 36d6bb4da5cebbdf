package retrieval

import (
	"context"
	"slices"
	"testing"

	"casebot/corpus"
)

func TestPhraseGlossaryAt(t *testing.T) {
	g := parsePhrases(`# a comment
pushed out = إبعاد
back then = -
lone = وحيد
broken line
`)
	tests := []struct {
		q     string
		i     int
		wantN int
		want  []string
	}{
		{"Was Brockman pushed out too", 2, 2, []string{"إبعاد"}},
		// Inflections meet by stem.
		{"they push out the founder", 1, 2, []string{"إبعاد"}},
		// A frame phrase is matched and read as no word.
		{"was it public back then", 3, 2, nil},
		// Must reject: the phrase's words apart, in another order, a
		// one-word line, an Arabic word in the phrase's place.
		{"what did he push her to do", 3, 0, nil},
		{"when did he come back", 4, 0, nil},
		{"then back again", 0, 0, nil},
		{"a lone voice", 1, 0, nil},
		{"pushed بروكمان out", 0, 0, nil},
		{"pushed", 0, 0, nil},
		// An object pronoun between verb and particle is read with the
		// phrase ("pushing him out", "kicked her out"). The near miss
		// "was Brockman chairman when they pushed him out?" that once
		// answered confidently with it is settled by the answer reading
		// only the main clause (answer.withoutWhenClause).
		{"they pushed him out", 1, 3, []string{"إبعاد"}},
		{"they pushed them out", 1, 3, []string{"إبعاد"}},
		// Must reject: a noun in the pronoun's place, two words between,
		// a pronoun with no particle after it.
		{"they pushed Brockman out", 1, 0, nil},
		{"they pushed him right out", 1, 0, nil},
		{"they pushed him", 1, 0, nil},
	}
	for _, tc := range tests {
		n, ar := g.at(queryWords(tc.q), tc.i)
		if n != tc.wantN || !slices.Equal(ar, tc.want) {
			t.Errorf("at(%q, %d) = %d %q, want %d %q", tc.q, tc.i, n, ar, tc.wantN, tc.want)
		}
	}
}

// TestStandardizePhrases checks that a phrase is read as a whole on the
// Arabic corpus, and that its words keep their own readings elsewhere.
func TestStandardizePhrases(t *testing.T) {
	c, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	ix, err := Build(context.Background(), c, Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		q            string
		want, reject []string // words the search text must, must not hold
	}{
		{"Were the reasons made public back then?", []string{"كشف"}, []string{"عودة", "أعادت", "back", "then"}},
		{"How did the board find out about the fund?", []string{"اكتشف"}, []string{"أسس"}},
		{"Which co-founder was pushed out along with Altman?", []string{"إبعاد"}, nil},
		// No phrase: "back" alone still means a return.
		{"Why did the company bring Altman back so fast?", []string{"عودة"}, nil},
		// "How long" asks for a span: the article's words for one.
		{"How long was he out before they brought him back?", []string{"أيام"}, nil},
		// Idioms of secrecy: keep is their light verb, under no word of
		// its own (its stem is underlying's).
		{"How did the directors keep their deliberations under wraps?", []string{"سري", "اجتماع"}, []string{"ظل", "بقي", "الحقيقية"}},
		// Must reject: keep with no secrecy word keeps its own reading.
		{"Did Brockman keep his seat?", []string{"ظل"}, nil},
	}
	for _, tc := range tests {
		checkSearchWords(t, ix, tc.q, tc.want, tc.reject)
	}
}
