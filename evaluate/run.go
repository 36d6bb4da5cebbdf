package evaluate

import (
	"context"
	"fmt"
	"slices"

	"casebot/retrieval"
)

// Searcher is what the evaluation needs from retrieval; *retrieval.Index
// satisfies it.
type Searcher interface {
	Search(ctx context.Context, query string, opts retrieval.SearchOptions) (retrieval.Result, error)
}

// K is how many hits Run asks for per question. MRR counts a gold
// paragraph ranked below K as not found (reciprocal rank 0).
const K = 10

// Modes returns the retrieval modes Run evaluates, in report order.
func Modes() []retrieval.Mode {
	return []retrieval.Mode{retrieval.Fused, retrieval.Lexical, retrieval.Dense}
}

// ModeName returns the report name of a retrieval mode.
func ModeName(m retrieval.Mode) string {
	switch m {
	case retrieval.Fused:
		return "fused"
	case retrieval.Lexical:
		return "lexical"
	case retrieval.Dense:
		return "dense"
	}
	return fmt.Sprintf("mode(%d)", int(m))
}

// Report is the outcome of one evaluation run.
type Report struct {
	// Questions is the number of questions asked in each mode.
	Questions int `json:"questions"`
	// K is how many hits were requested per question.
	K int `json:"k"`
	// Modes holds one report per retrieval mode, in the order of Modes().
	Modes []ModeReport `json:"modes"`
}

// ModeReport holds the figures of one retrieval mode.
type ModeReport struct {
	// Mode is "fused", "lexical" or "dense".
	Mode string `json:"mode"`
	// Kinds has one row per question kind, in order of first appearance.
	Kinds []Row `json:"kinds"`
	// Overall aggregates every question.
	Overall Row `json:"overall"`
	// Results has one entry per question, in input order.
	Results []ItemResult `json:"results"`
	// Misses lists the questions the mode got wrong, in input order.
	Misses []Miss `json:"misses"`
}

// ItemResult is what one search returned for one question.
type ItemResult struct {
	// ID and Kind are the question's.
	ID   string `json:"id"`
	Kind string `json:"kind"`
	// Expected are the gold refs (empty when unanswerable).
	Expected []string `json:"expected"`
	// Got are the refs of the hits returned, best first.
	Got []string `json:"got"`
	// Rank is the 1-based rank of the best-ranked gold ref in Got, 0 if none.
	Rank int `json:"rank"`
	// Abstained is true when the result was not Answerable.
	Abstained bool `json:"abstained"`
	// Confidence is the result's Confidence.
	Confidence float64 `json:"confidence"`
}

// Answerable reports whether the question had gold refs.
func (r ItemResult) Answerable() bool { return len(r.Expected) > 0 }

// Row aggregates a group of questions. A figure is nil (JSON null, "-" in
// the table) when it is undefined for the group: the retrieval figures when
// the group has no answerable question, abstention precision when nothing
// was abstained on, and abstention recall when no question is unanswerable.
type Row struct {
	// Kind is the question kind, or "all".
	Kind string `json:"kind"`
	// Questions counts the questions in the group.
	Questions int `json:"questions"`
	// Answerable counts those with gold refs.
	Answerable int `json:"answerable"`
	// Abstained counts the questions retrieval abstained on.
	Abstained int `json:"abstained"`
	// RecallAt1 is the share of answerable questions with a gold ref at rank 1.
	RecallAt1 *float64 `json:"recall_at_1"`
	// RecallAt3 is the share of answerable questions with a gold ref in the top 3.
	RecallAt3 *float64 `json:"recall_at_3"`
	// MRR is the mean reciprocal rank of the first gold ref over answerable questions.
	MRR *float64 `json:"mrr"`
	// AbstainPrecision is the share of abstentions that were on unanswerable questions.
	AbstainPrecision *float64 `json:"abstain_precision"`
	// AbstainRecall is the share of unanswerable questions abstained on.
	AbstainRecall *float64 `json:"abstain_recall"`
}

// Miss is a question a mode got wrong: an answerable question whose gold
// paragraph was not ranked first, an answerable question abstained on, or
// an unanswerable question answered.
type Miss struct {
	// ID, Kind and Question are the question's.
	ID       string `json:"id"`
	Kind     string `json:"kind"`
	Question string `json:"question"`
	// Expected are the gold refs; Got the refs returned, best first.
	Expected []string `json:"expected"`
	Got      []string `json:"got"`
	// Reason says what went wrong, in English.
	Reason string `json:"reason"`
}

// Run asks every item in every mode of Modes(), K hits each, and aggregates
// the results. Recall and MRR judge the ranking whether or not the result
// abstained; abstention is judged separately. A search error stops the run
// with an error naming the question and the mode.
func Run(ctx context.Context, s Searcher, items []Item) (Report, error) {
	rep := Report{Questions: len(items), K: K}
	for _, m := range Modes() {
		mr := ModeReport{Mode: ModeName(m), Results: make([]ItemResult, 0, len(items))}
		for _, it := range items {
			if err := ctx.Err(); err != nil {
				return Report{}, fmt.Errorf("evaluate: %w", err)
			}
			res, err := s.Search(ctx, it.Question, retrieval.SearchOptions{K: K, Mode: m})
			if err != nil {
				return Report{}, fmt.Errorf("evaluate: %s (%s): %w", it.ID, mr.Mode, err)
			}
			ir := score(it, res)
			mr.Results = append(mr.Results, ir)
			if reason := missReason(ir); reason != "" {
				mr.Misses = append(mr.Misses, Miss{
					ID: it.ID, Kind: it.Kind, Question: it.Question,
					Expected: ir.Expected, Got: ir.Got, Reason: reason,
				})
			}
		}
		var kinds []string
		for _, r := range mr.Results {
			if !slices.Contains(kinds, r.Kind) {
				kinds = append(kinds, r.Kind)
			}
		}
		for _, k := range kinds {
			mr.Kinds = append(mr.Kinds, Aggregate(k, filter(mr.Results, func(r ItemResult) bool { return r.Kind == k })))
		}
		mr.Overall = Aggregate("all", mr.Results)
		rep.Modes = append(rep.Modes, mr)
	}
	return rep, nil
}

// Mode returns the report of mode m, if Run evaluated it.
func (r Report) Mode(m retrieval.Mode) (ModeReport, bool) {
	name := ModeName(m)
	for _, mr := range r.Modes {
		if mr.Mode == name {
			return mr, true
		}
	}
	return ModeReport{}, false
}

// Kind returns the row of one question kind ("all" for the overall row).
func (mr ModeReport) Kind(kind string) (Row, bool) {
	if kind == "all" {
		return mr.Overall, true
	}
	for _, r := range mr.Kinds {
		if r.Kind == kind {
			return r, true
		}
	}
	return Row{}, false
}

// score compares one search result with the item's gold refs.
func score(it Item, res retrieval.Result) ItemResult {
	ir := ItemResult{
		ID: it.ID, Kind: it.Kind, Expected: it.Refs,
		Got:        make([]string, 0, len(res.Hits)),
		Abstained:  !res.Answerable,
		Confidence: res.Confidence,
	}
	for i, h := range res.Hits {
		ir.Got = append(ir.Got, h.Paragraph.Ref)
		if ir.Rank == 0 && slices.Contains(it.Refs, h.Paragraph.Ref) {
			ir.Rank = i + 1
		}
	}
	return ir
}

// missReason explains what a result got wrong, or returns "" if nothing.
func missReason(r ItemResult) string {
	switch {
	case !r.Answerable() && !r.Abstained:
		return fmt.Sprintf("answered an unanswerable question (confidence %.2f)", r.Confidence)
	case !r.Answerable():
		return ""
	case r.Rank != 1 && r.Abstained:
		return fmt.Sprintf("%s; and abstained (confidence %.2f)", rankText(r.Rank), r.Confidence)
	case r.Rank != 1:
		return rankText(r.Rank)
	case r.Abstained:
		return fmt.Sprintf("abstained (confidence %.2f) though ranked right", r.Confidence)
	}
	return ""
}

func rankText(rank int) string {
	if rank == 0 {
		return fmt.Sprintf("gold not in top %d", K)
	}
	return fmt.Sprintf("gold at rank %d", rank)
}

func filter(rs []ItemResult, keep func(ItemResult) bool) []ItemResult {
	var out []ItemResult
	for _, r := range rs {
		if keep(r) {
			out = append(out, r)
		}
	}
	return out
}

// Aggregate computes the figures of a group of results under the label kind.
func Aggregate(kind string, results []ItemResult) Row {
	row := Row{Kind: kind, Questions: len(results)}
	var at1, at3, unans, tp int
	var rr float64
	for _, r := range results {
		if r.Abstained {
			row.Abstained++
		}
		if !r.Answerable() {
			unans++
			if r.Abstained {
				tp++
			}
			continue
		}
		row.Answerable++
		if r.Rank == 1 {
			at1++
		}
		if r.Rank >= 1 && r.Rank <= 3 {
			at3++
		}
		if r.Rank > 0 {
			rr += 1 / float64(r.Rank)
		}
	}
	ratio := func(num float64, den int) *float64 {
		if den == 0 {
			return nil
		}
		v := num / float64(den)
		return &v
	}
	row.RecallAt1 = ratio(float64(at1), row.Answerable)
	row.RecallAt3 = ratio(float64(at3), row.Answerable)
	row.MRR = ratio(rr, row.Answerable)
	row.AbstainPrecision = ratio(float64(tp), row.Abstained)
	row.AbstainRecall = ratio(float64(tp), unans)
	return row
}
