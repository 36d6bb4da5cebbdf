package cli

import (
	"context"
	"fmt"

	"casebot/evaluate"
)

func runEval(ctx context.Context, r *runner, args []string) error {
	if len(args) != 1 {
		return usagef("give one QA file (JSON lines), e.g. testdata/eval/qa.jsonl")
	}
	st, err := r.build(ctx)
	if err != nil {
		return err
	}
	if ds := st.index.DenseStatus(); !ds.Available {
		// Figures of a lexical-only index under the fused label would mislead.
		return fmt.Errorf("the dense side is unavailable, so the figures would be those of keyword search alone; retry when the embedding service answers (%s)", ds.Reason)
	}
	items, err := evaluate.LoadFile(args[0], st.corpus)
	if err != nil {
		return err
	}
	rep, err := evaluate.Run(ctx, st.index, items)
	if err != nil {
		return err
	}
	if r.opts.json {
		return rep.WriteJSON(r.env.Stdout)
	}
	if err := rep.WriteTable(r.env.Stdout); err != nil {
		return err
	}
	if r.opts.verbose {
		if err := rep.WriteMisses(r.env.Stdout); err != nil {
			return err
		}
	}
	return evalAnswers(ctx, r, st, items)
}
