package evaluate

import (
	"os"
	"path/filepath"
	"strings"
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

// TestConfidentUnanswerable: a question no source answers counts as a
// failure when its answer is confident, and only then: a hedge, an answer
// that says what the sources do not give (in either language, for one
// article or several) and an abstention do not count; a confident answer
// to an answerable question is no failure.
func TestConfidentUnanswerable(t *testing.T) {
	c := datedCorpus(t)
	p, _ := c.Lookup("new#1")
	cits := []answer.Citation{{N: 1, Ref: p.Ref, Article: p.ArticleID, Date: p.Date}}
	near := Item{ID: "q-nearmiss-1", Kind: NearMiss, Question: "What is the harbour master's salary?"}
	ans := Item{ID: "q-now-1", Kind: "now", Question: "Is the pier still open?", Refs: []string{"new#1"}}
	tests := []struct {
		name  string
		it    Item
		a     answer.Answer
		frame string
		fails bool
	}{
		{"confident over several sources", near, answer.Answer{Answer: "According to the sources — “New story” (9 March 2024):\n«…» [1]", Citations: cits}, answer.FrameConfident, true},
		{"confident over one article", near, answer.Answer{Answer: "بحسب المقال:\n«…» [1]", Citations: cits}, answer.FrameConfident, true},
		{"hedged", near, answer.Answer{Answer: "The sources may not answer exactly this; this is the closest they come — “New story” (9 March 2024):\n«…» [1]", Citations: cits}, answer.FrameHedged, false},
		{"no figure, several sources", near, answer.Answer{Answer: "The sources give no figure for this; they say only — “New story” (9 March 2024):\n«…» [1]", Citations: cits}, answer.FrameNotGiven, false},
		{"no name, Arabic", near, answer.Answer{Answer: "لا تذكر المصادر اسمًا لما تسأل عنه؛ تقول فقط (مقتبسة بالإنجليزية) — «New story» (9 مارس 2024):\n«…» [1]", Citations: cits}, answer.FrameNotGiven, false},
		{"not mentioned, one article", near, answer.Answer{Answer: "The article does not mention “salary”; the closest it comes is:\n«…» [1]", Citations: cits}, answer.FrameNotGiven, false},
		{"abstained", near, answer.Answer{Abstained: true, Answer: "The sources do not answer this question.", Citations: cits}, answer.FrameAbstained, false},
		{"answerable, confident", ans, answer.Answer{Answer: "According to the sources — “New story” (9 March 2024):\n«…» [1]", Citations: cits}, answer.FrameConfident, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := judgeAnswer(tc.it, tc.a, c)
			if r.Frame != tc.frame {
				t.Errorf("frame %q, want %q", r.Frame, tc.frame)
			}
			row := aggregateAnswers("all", []AnswerResult{r})
			if got := row.ConfidentUnanswerable == 1; got != tc.fails {
				t.Errorf("unanswerable answered confidently = %d, want failure %v", row.ConfidentUnanswerable, tc.fails)
			}
			var b strings.Builder
			if err := (AnswerReport{Results: []AnswerResult{r}}).WriteMisses(&b); err != nil {
				t.Fatal(err)
			}
			if got := strings.Contains(b.String(), "answered confidently"); got != tc.fails {
				t.Errorf("misses list it as answered confidently = %v, want %v:\n%s", got, tc.fails, b.String())
			}
		})
	}
}
