package evaluate

import (
	"os"
	"path/filepath"
	"testing"

	"casebot/answer"
	"casebot/corpus"
)

// datedCorpus writes three dated articles (the first two of one date) and
// a fourth, older one, and loads them.
func datedCorpus(t *testing.T) *corpus.Corpus {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"old.txt":   "---\ntitle: Old story\ndate: 2024-03-01\nlanguage: en\n---\nThe pier is open to ships this week.\n\nThe ferries run on time.\n",
		"new.txt":   "---\ntitle: New story\ndate: 2024-03-09\nlanguage: en\n---\nThe pier is now closed to ships for repairs.\n\nThe ferries were moved to the east dock.\n",
		"twin.txt":  "---\ntitle: Same-day story\ndate: 2024-03-09\nlanguage: en\n---\nThe council closed the pier this week.\n\nA bakery won a prize.\n",
		"older.txt": "---\ntitle: Older story\ndate: 2024-02-01\nlanguage: en\n---\nThe council will vote on the pier next month.\n\nThe weather stayed mild.\n",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	c, err := corpus.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestJudgeAnswer: each check of an answer over several dated articles
// fails on the answer it must reject.
func TestJudgeAnswer(t *testing.T) {
	c := datedCorpus(t)
	cit := func(ref string, older bool) answer.Citation {
		p, ok := c.Lookup(ref)
		if !ok {
			t.Fatalf("no paragraph %s", ref)
		}
		return answer.Citation{Ref: p.Ref, Article: p.ArticleID, Date: p.Date, Older: older}
	}
	it := Item{ID: "q", Kind: "now", Question: "Is the pier still open?", Refs: []string{"old#1", "new#1", "twin#1"}, Newest: "new#1"}
	both := "Newest, 9 March 2024: … [1]\nAs of 1 March 2024 (an older account): … [2]"
	tests := []struct {
		name           string
		a              answer.Answer
		newestFirst    bool
		olderAsCurrent bool
		datesShown     bool
	}{
		{"newest first, older marked", answer.Answer{Answer: both, Citations: []answer.Citation{cit("new#1", false), cit("old#1", true)}}, true, false, true},
		{"same-day article first", answer.Answer{Answer: both, Citations: []answer.Citation{cit("twin#1", false), cit("old#1", true)}}, true, false, true},
		{"older account leads", answer.Answer{Answer: both, Citations: []answer.Citation{cit("old#1", false), cit("new#1", false)}}, false, true, true},
		{"older account not marked", answer.Answer{Answer: both, Citations: []answer.Citation{cit("new#1", false), cit("old#1", false)}}, true, true, true},
		{"an even older one not marked", answer.Answer{Answer: both + "\n1 February 2024 … [3]", Citations: []answer.Citation{cit("new#1", false), cit("old#1", true), cit("older#1", false)}}, true, true, true},
		{"newest first without its date", answer.Answer{Answer: "«…» [1]", Citations: []answer.Citation{cit("new#1", false)}}, false, false, false},
		{"abstained", answer.Answer{Abstained: true, Answer: "The sources do not answer this.", Citations: []answer.Citation{cit("new#1", false)}}, false, false, false},
		{"no citations", answer.Answer{Answer: "Nothing."}, false, false, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := judgeAnswer(it, tc.a, c)
			if r.NewestFirst == nil {
				t.Fatalf("NewestFirst not judged for a question with a newest account")
			}
			if *r.NewestFirst != tc.newestFirst {
				t.Errorf("NewestFirst = %v, want %v", *r.NewestFirst, tc.newestFirst)
			}
			if r.OlderAsCurrent != tc.olderAsCurrent {
				t.Errorf("OlderAsCurrent = %v, want %v", r.OlderAsCurrent, tc.olderAsCurrent)
			}
			if r.DatesShown != tc.datesShown {
				t.Errorf("DatesShown = %v, want %v", r.DatesShown, tc.datesShown)
			}
		})
	}
}

// TestAggregateAnswers: an abstention on a question with a newest account
// counts against the newest-first share; an answered near miss is not an
// answered answerable question.
func TestAggregateAnswers(t *testing.T) {
	yes, no := true, false
	row := aggregateAnswers("all", []AnswerResult{
		{ID: "a", Kind: "now", Cited: []string{"new#1"}, NewestFirst: &yes, RightArticleFirst: true, DatesShown: true},
		{ID: "b", Kind: "now", Abstained: true, Cited: []string{}, NewestFirst: &no},
		{ID: "c", Kind: NearMiss, Cited: []string{"old#1"}},
	})
	if row.WithNewest != 2 || row.NewestFirst == nil || *row.NewestFirst != 0.5 {
		t.Errorf("newest first = %v over %d, want 0.5 over 2", deref(row.NewestFirst), row.WithNewest)
	}
	if row.Answered != 1 || row.RightArticleFirst == nil || *row.RightArticleFirst != 1 {
		t.Errorf("answered %d, right article first %v; want 1 and 1.0", row.Answered, deref(row.RightArticleFirst))
	}
}
