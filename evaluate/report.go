package evaluate

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strings"
	"text/tabwriter"

	"casebot/retrieval"
)

// WriteTable writes the figures as an aligned plain-text table: one block
// per mode, one line per question kind and a line for all questions.
func (r Report) WriteTable(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "%d questions, %d hits each\n\n", r.Questions, r.K)
	fmt.Fprintln(tw, "mode\tkind\tn\tR@1\tR@3\tMRR\tabstained\tabst-P\tabst-R")
	for _, mr := range r.Modes {
		for _, row := range append(append([]Row(nil), mr.Kinds...), mr.Overall) {
			fmt.Fprintf(tw, "%s\t%s\t%d\t%s\t%s\t%s\t%d\t%s\t%s\n",
				mr.Mode, row.Kind, row.Questions,
				num(row.RecallAt1), num(row.RecallAt3), num(row.MRR),
				row.Abstained, num(row.AbstainPrecision), num(row.AbstainRecall))
		}
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("evaluate: write table: %w", err)
	}
	if fused, ok := r.Mode(retrieval.Fused); ok && fused.Overall.RecallAt1 != nil && fused.Overall.Answerable > 0 {
		n := fused.Overall.Answerable
		k := int(math.Round(*fused.Overall.RecallAt1 * float64(n)))
		lo, hi := WilsonInterval(k, n)
		if _, err := fmt.Fprintf(w, "\nfused R@1 over the answerable questions: %d/%d = %.2f (95%% interval %.2f–%.2f)\n", k, n, *fused.Overall.RecallAt1, lo, hi); err != nil {
			return fmt.Errorf("evaluate: write table: %w", err)
		}
	}
	return nil
}

// WriteMisses lists, per mode, every question the mode got wrong: its id,
// the refs expected, the refs returned (top 3) and what went wrong.
func (r Report) WriteMisses(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	article := commonArticle(r)
	if article != "" {
		fmt.Fprintf(tw, "refs are paragraphs of %s\n", article)
	}
	for _, mr := range r.Modes {
		fmt.Fprintf(tw, "\n%s: %d miss(es)\n", mr.Mode, len(mr.Misses))
		if len(mr.Misses) == 0 {
			continue
		}
		fmt.Fprintln(tw, "  id\texpected\tgot (top 3)\treason")
		for _, m := range mr.Misses {
			got := m.Got
			if len(got) > 3 {
				got = got[:3]
			}
			fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\n", m.ID, refList(m.Expected, article), refList(got, article), m.Reason)
		}
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("evaluate: write misses: %w", err)
	}
	return nil
}

// WriteJSON writes the whole report, per-question results included, as
// indented JSON.
func (r Report) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(r); err != nil {
		return fmt.Errorf("evaluate: write JSON: %w", err)
	}
	return nil
}

// num formats a figure with two decimals, or "-" when undefined.
func num(v *float64) string {
	if v == nil {
		return "-"
	}
	return fmt.Sprintf("%.2f", *v)
}

// commonArticle returns the article id every ref in the misses belongs
// to, or "" when they belong to several.
func commonArticle(r Report) string {
	article := ""
	for _, mr := range r.Modes {
		for _, m := range mr.Misses {
			for _, ref := range append(append([]string(nil), m.Expected...), m.Got...) {
				id, _, ok := strings.Cut(ref, "#")
				if !ok || (article != "" && id != article) {
					return ""
				}
				article = id
			}
		}
	}
	return article
}

// refList joins refs with commas, shortening them to "#n" when they are
// all paragraphs of article.
func refList(refs []string, article string) string {
	if len(refs) == 0 {
		return "(none)"
	}
	if article == "" {
		return strings.Join(refs, ",")
	}
	short := make([]string, len(refs))
	for i, ref := range refs {
		short[i] = strings.TrimPrefix(ref, article)
	}
	return strings.Join(short, ",")
}
