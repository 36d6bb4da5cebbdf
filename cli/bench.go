package cli

import (
	"context"
	"fmt"
	"time"

	"casebot/retrieval"
)

// benchQueries are searched in turn by `casebot bench`.
var benchQueries = [...]string{
	"لماذا أقال مجلس الإدارة سام ألتمان؟",
	"من هي ميرا موراتي؟",
	"Who did Sutskever call?",
	"ما هي عاصمة فرنسا؟",
}

// benchDepth is how many paragraphs Search's dense side asks for when it
// returns 5 hits.
const benchDepth = 50

// runBench times searches on the loaded corpus. The baseline is a plain
// parallel float32 scan of the index's vectors (retrieval's ScanNearest),
// the limit of an exhaustive search on this machine: the dense query
// through chromem-go is timed against it query by query, interleaved, so
// the ratio holds on a busy machine. Every loop stops when ctx ends.
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
	ix := st.index
	var vecs [len(benchQueries)][]float32
	for i, q := range benchQueries {
		if vecs[i], err = ix.QueryVector(ctx, q); err != nil {
			return err
		}
	}
	w := r.env.Stdout
	fmt.Fprintf(w, "corpus: %d paragraphs; index built in %v\n", ix.Len(), build.Round(time.Microsecond))
	fmt.Fprintf(w, "%-22s %12s %8s\n", "method", "per search", "ratio")

	// stopped says how far a loop got when ctx ended, and passes other errors on.
	stopped := func(done int, err error) error {
		if ctx.Err() == nil {
			return err
		}
		return fmt.Errorf("interrupted after %d of %d searches: %w", done, n, ctx.Err())
	}
	var scan, dense time.Duration
	sink := 0
	for i := range n {
		if err := ctx.Err(); err != nil {
			return stopped(i, err)
		}
		v := vecs[i%len(vecs)]
		t0 := time.Now()
		a, err := ix.ScanNearest(ctx, v, benchDepth)
		if err != nil {
			return stopped(i, err)
		}
		t1 := time.Now()
		b, err := ix.Nearest(ctx, v, benchDepth)
		if err != nil {
			return stopped(i, err)
		}
		dense += time.Since(t1)
		scan += t1.Sub(t0)
		sink += len(a) + len(b)
	}
	base := scan / time.Duration(n)
	ratio := func(d time.Duration) float64 { return float64(d) / float64(max(scan, 1)) }
	fmt.Fprintf(w, "%-22s %12v %8s\n", "plain vector scan", base, "1.0x")
	fmt.Fprintf(w, "%-22s %12v %7.1fx\n", "chromem-go query", dense/time.Duration(n), ratio(dense))

	modes := []struct {
		name string
		mode retrieval.Mode
	}{{"fused", retrieval.Fused}, {"lexical", retrieval.Lexical}, {"dense", retrieval.Dense}}
	for _, m := range modes {
		t0 = time.Now()
		for i := range n {
			if err := ctx.Err(); err != nil {
				return stopped(i, err)
			}
			res, err := ix.Search(ctx, benchQueries[i%len(benchQueries)], retrieval.SearchOptions{K: 5, Mode: m.mode})
			if err != nil {
				return stopped(i, err)
			}
			sink += len(res.Hits)
		}
		spent := time.Since(t0)
		fmt.Fprintf(w, "%-22s %12v %7.1fx\n", "search ("+m.name+")", spent/time.Duration(n), ratio(spent))
	}
	if sink < 0 {
		fmt.Fprintln(w, sink) // keeps the work from being optimised away
	}
	return nil
}
