package cli

import (
	"context"
	"fmt"
	"strings"
	"time"

	"casebot/corpus"
	"casebot/retrieval"
)

// benchQueries are searched in turn by `casebot bench`.
var benchQueries = [...]string{
	"لماذا أقال مجلس الإدارة سام ألتمان؟",
	"من هي ميرا موراتي؟",
	"Who did Sutskever call?",
	"ما هي عاصمة فرنسا؟",
}

// runBench times searches on the loaded corpus. The baseline, a plain
// substring scan of every paragraph for every query word, runs in the same
// process right before, so the ratio holds on a busy machine.
func runBench(ctx context.Context, r *runner, _ []string) error {
	n := r.opts.k
	if n < 1 {
		return usagef("-n %d: give a positive number of searches", n)
	}
	c, err := r.loadCorpus()
	if err != nil {
		return err
	}
	t0 := time.Now()
	st, err := r.buildOn(ctx, c)
	if err != nil {
		return err
	}
	build := time.Since(t0)

	paras := c.Paragraphs()
	w := r.env.Stdout
	fmt.Fprintf(w, "corpus: %d paragraphs; index built in %v\n", len(paras), build.Round(time.Microsecond))
	// Every loop honours ctx (SIGINT, SIGTERM): -n can be any size.
	interrupted := func(what string, i int) error {
		return fmt.Errorf("interrupted during the %s after %d of %d searches: %w", what, i, n, ctx.Err())
	}
	sink := 0
	t0 = time.Now()
	for i := range n {
		if i%64 == 0 && ctx.Err() != nil {
			return interrupted("baseline substring scan", i)
		}
		sink += scan(paras, benchQueries[i%len(benchQueries)])
	}
	base := time.Since(t0) / time.Duration(n)

	modes := []struct {
		name string
		mode retrieval.Mode
	}{{"fused", retrieval.Fused}, {"lexical", retrieval.Lexical}, {"dense", retrieval.Dense}}
	fmt.Fprintf(w, "%-22s %12s %8s\n", "method", "per search", "ratio")
	fmt.Fprintf(w, "%-22s %12v %8s\n", "baseline substring scan", base, "1.0x")
	for _, m := range modes {
		t0 = time.Now()
		for i := range n {
			if i%64 == 0 && ctx.Err() != nil {
				return interrupted(m.name+" search", i)
			}
			res, err := st.index.Search(ctx, benchQueries[i%len(benchQueries)], retrieval.SearchOptions{K: 5, Mode: m.mode})
			if err != nil {
				return err
			}
			sink += len(res.Hits)
		}
		per := time.Since(t0) / time.Duration(n)
		fmt.Fprintf(w, "%-22s %12v %7.1fx\n", "search ("+m.name+")", per, float64(per)/float64(max(base, 1)))
	}
	if sink < 0 {
		fmt.Fprintln(w, sink) // keeps the work from being optimised away
	}
	return nil
}

// scan counts paragraph/word matches by plain substring search.
func scan(paras []corpus.Paragraph, q string) int {
	hits := 0
	words := strings.Fields(q)
	for _, p := range paras {
		for _, w := range words {
			if strings.Contains(p.Text, w) {
				hits++
			}
		}
	}
	return hits
}
