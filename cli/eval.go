package cli

import (
	"context"

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
