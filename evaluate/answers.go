package evaluate

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"casebot/answer"
	"casebot/corpus"
)

// Asker answers questions; *answer.Engine satisfies it.
type Asker interface {
	Ask(ctx context.Context, req answer.Request) (answer.Answer, error)
}

// AnswerResult is how one answer treated its sources.
type AnswerResult struct {
	// ID and Kind are the question's.
	ID   string `json:"id"`
	Kind string `json:"kind"`
	// Cited are the refs of the answer's citations, in order.
	Cited []string `json:"cited"`
	// Abstained is true when the answer abstained.
	Abstained bool `json:"abstained"`
	// RightArticleFirst: the first citation is a paragraph of an article
	// that holds a gold ref.
	RightArticleFirst bool `json:"right_article_first"`
	// NewestFirst: the first citation is of the newest account's article,
	// or one of the same date, not marked older, its date shown (questions with a
	// newest ref only; an abstention or an answer without citations is false).
	NewestFirst *bool `json:"newest_first,omitempty"`
	// DatesShown: the answer text shows the date of every dated article it cites.
	DatesShown bool `json:"dates_shown"`
	// OlderAsCurrent: an article older than the newest account is quoted
	// without being marked older (questions with a newest ref only).
	OlderAsCurrent bool `json:"older_as_current"`
	// Frame is how the answer presents its quotes (answer.FrameOf):
	// abstained, hedged, not-given (it says what the sources do not give)
	// or confident.
	Frame string `json:"frame"`
}

// AnswerRow aggregates answers of one kind. Shares are over the answers
// that did not abstain on answerable questions; NewestFirst and
// OlderAsCurrent over every question with a newest ref, abstentions
// included. nil means no such question.
type AnswerRow struct {
	Kind              string   `json:"kind"`
	Questions         int      `json:"questions"`
	Answered          int      `json:"answered"`
	RightArticleFirst *float64 `json:"right_article_first"`
	DatesShown        *float64 `json:"dates_shown"`
	WithNewest        int      `json:"with_newest"`
	NewestFirst       *float64 `json:"newest_first"`
	OlderAsCurrent    int      `json:"older_as_current"`
	// Confident, Hedged and NotGiven count the answers of every question
	// of the row, answerable or not, by frame (answer.FrameOf); abstentions
	// are in none of them.
	Confident int `json:"confident"`
	Hedged    int `json:"hedged"`
	NotGiven  int `json:"not_given"`
	// ConfidentUnanswerable counts the questions no source answers (near
	// misses, off-topic) answered confidently, with no hedge and without
	// saying what the sources do not give: each is a failure.
	ConfidentUnanswerable int `json:"confident_unanswerable"`
}

// AnswerReport is the outcome of RunAnswers.
type AnswerReport struct {
	Kinds   []AnswerRow    `json:"kinds"`
	Overall AnswerRow      `json:"overall"`
	Results []AnswerResult `json:"results"`
}

// Kind returns the row of one kind ("all" for the overall row).
func (r AnswerReport) Kind(kind string) (AnswerRow, bool) {
	if kind == "all" {
		return r.Overall, true
	}
	for _, row := range r.Kinds {
		if row.Kind == kind {
			return row, true
		}
	}
	return AnswerRow{}, false
}

// RunAnswers asks every item through the answerer and checks how the
// answer treats its sources: the right article first, the newest account
// first on questions that carry one, dates shown, and no older account
// presented as the current state. c must be the corpus the answerer uses.
func RunAnswers(ctx context.Context, ask Asker, c *corpus.Corpus, items []Item) (AnswerReport, error) {
	var rep AnswerReport
	for _, it := range items {
		if err := ctx.Err(); err != nil {
			return AnswerReport{}, fmt.Errorf("evaluate: %w", err)
		}
		a, err := ask.Ask(ctx, answer.Request{Question: it.Question})
		if err != nil {
			return AnswerReport{}, fmt.Errorf("evaluate: answering %s: %w", it.ID, err)
		}
		rep.Results = append(rep.Results, judgeAnswer(it, a, c))
	}
	var kinds []string
	for _, r := range rep.Results {
		if !slices.Contains(kinds, r.Kind) {
			kinds = append(kinds, r.Kind)
		}
	}
	for _, k := range kinds {
		var rs []AnswerResult
		for _, r := range rep.Results {
			if r.Kind == k {
				rs = append(rs, r)
			}
		}
		rep.Kinds = append(rep.Kinds, aggregateAnswers(k, rs))
	}
	rep.Overall = aggregateAnswers("all", rep.Results)
	return rep, nil
}

func articleOf(ref string) string {
	id, _, _ := strings.Cut(ref, "#")
	return id
}

// dateOf returns the date of ref's paragraph in c.
func dateOf(c *corpus.Corpus, ref string) (time.Time, bool) {
	p, ok := c.Lookup(ref)
	if !ok {
		return time.Time{}, false
	}
	return corpus.ParseDate(p.Date)
}

// judgeAnswer checks one answer against its item.
func judgeAnswer(it Item, a answer.Answer, c *corpus.Corpus) AnswerResult {
	r := AnswerResult{ID: it.ID, Kind: it.Kind, Abstained: a.Abstained, Cited: []string{}, Frame: answer.FrameOf(a)}
	for _, cit := range a.Citations {
		r.Cited = append(r.Cited, cit.Ref)
	}
	if !it.Answerable() {
		return r
	}
	if a.Abstained || len(a.Citations) == 0 {
		if it.Newest != "" {
			// A question with a newest account that gets no answer does
			// not put the newest account first: it counts against, never
			// drops out of the share.
			no := false
			r.NewestFirst = &no
		}
		return r
	}
	first := a.Citations[0]
	for _, ref := range it.Refs {
		if articleOf(ref) == articleOf(first.Ref) {
			r.RightArticleFirst = true
		}
	}
	r.DatesShown = true
	for _, cit := range a.Citations {
		if _, dated := corpus.ParseDate(cit.Date); dated && !strings.Contains(a.Answer, answer.FormatDate(cit.Date, a.Language)) {
			r.DatesShown = false
		}
	}
	if it.Newest != "" {
		ok := articleOf(first.Ref) == articleOf(it.Newest)
		if !ok {
			// Another article of the same date is as new.
			tn, okn := dateOf(c, it.Newest)
			tf, okf := dateOf(c, first.Ref)
			ok = okn && okf && tn.Equal(tf)
		}
		// First, not marked older, and with its date.
		_, dated := corpus.ParseDate(first.Date)
		ok = ok && !first.Older && (!dated || strings.Contains(a.Answer, answer.FormatDate(first.Date, a.Language)))
		r.NewestFirst = &ok
		tn, okn := dateOf(c, it.Newest)
		for i, cit := range a.Citations {
			tc, okc := dateOf(c, cit.Ref)
			if !okn || !okc || !tc.Before(tn) {
				continue
			}
			// An older account: it must not lead, and must be marked.
			if i == 0 || !cit.Older {
				r.OlderAsCurrent = true
			}
		}
	}
	return r
}

func aggregateAnswers(kind string, rs []AnswerResult) AnswerRow {
	row := AnswerRow{Kind: kind, Questions: len(rs)}
	var right, dated, newest int
	for _, r := range rs {
		if r.OlderAsCurrent {
			row.OlderAsCurrent++
		}
		if r.NewestFirst != nil {
			row.WithNewest++
			if *r.NewestFirst {
				newest++
			}
		}
		if r.Abstained || len(r.Cited) == 0 {
			continue
		}
		switch r.Frame {
		case answer.FrameConfident:
			row.Confident++
			if IsUnanswerable(r.Kind) {
				row.ConfidentUnanswerable++
			}
		case answer.FrameHedged:
			row.Hedged++
		case answer.FrameNotGiven:
			row.NotGiven++
		}
		if IsUnanswerable(r.Kind) {
			continue
		}
		row.Answered++
		if r.RightArticleFirst {
			right++
		}
		if r.DatesShown {
			dated++
		}
	}
	share := func(n, d int) *float64 {
		if d == 0 {
			return nil
		}
		v := float64(n) / float64(d)
		return &v
	}
	row.RightArticleFirst = share(right, row.Answered)
	row.DatesShown = share(dated, row.Answered)
	row.NewestFirst = share(newest, row.WithNewest)
	return row
}

// WriteTable writes the answer figures as an aligned table.
func (r AnswerReport) WriteTable(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "answers: kind\tn\tanswered\tright-article-1st\tdates-shown\tnewest-1st\tolder-as-current\tconfident\thedged\tnot-given\tunanswerable-confident")
	for _, row := range append(append([]AnswerRow(nil), r.Kinds...), r.Overall) {
		newest := "-"
		if row.NewestFirst != nil {
			newest = fmt.Sprintf("%.2f (%d)", *row.NewestFirst, row.WithNewest)
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%s\t%s\t%s\t%d\t%d\t%d\t%d\t%d\n", row.Kind, row.Questions, row.Answered,
			num(row.RightArticleFirst), num(row.DatesShown), newest, row.OlderAsCurrent,
			row.Confident, row.Hedged, row.NotGiven, row.ConfidentUnanswerable)
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("evaluate: write answer table: %w", err)
	}
	return nil
}

// WriteMisses lists the answers that fail a check: a wrong article first,
// the newest account not first, dates not shown, an older account
// presented as current, a question no source answers answered
// confidently, an answerable one said not to be given.
func (r AnswerReport) WriteMisses(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "answer misses: id\tkind\tcited\twhy")
	for _, res := range r.Results {
		var why []string
		if res.NewestFirst != nil && !*res.NewestFirst {
			why = append(why, "newest account not first")
		}
		if res.OlderAsCurrent {
			why = append(why, "older account as current")
		}
		if !res.Abstained && len(res.Cited) > 0 && !IsUnanswerable(res.Kind) {
			if !res.RightArticleFirst {
				why = append(why, "wrong article first")
			}
			if !res.DatesShown {
				why = append(why, "dates not shown")
			}
		}
		if res.Abstained && !IsUnanswerable(res.Kind) {
			why = append(why, "abstained")
		}
		if !res.Abstained && len(res.Cited) > 0 && IsUnanswerable(res.Kind) && res.Frame == answer.FrameConfident {
			why = append(why, "no source answers it, answered confidently")
		}
		if !res.Abstained && len(res.Cited) > 0 && !IsUnanswerable(res.Kind) && res.Frame == answer.FrameNotGiven {
			why = append(why, "answerable, says the sources do not give it")
		}
		if len(why) == 0 {
			continue
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", res.ID, res.Kind, strings.Join(res.Cited, " "), strings.Join(why, "; "))
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("evaluate: write answer misses: %w", err)
	}
	return nil
}
