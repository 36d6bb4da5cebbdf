package cli

import (
	"context"
	"errors"
)

func serve(ctx context.Context, r *runner) error { return errors.New("serve: not wired yet") }

func runEval(ctx context.Context, r *runner, args []string) error {
	return errors.New("eval: not wired yet")
}

func runBench(ctx context.Context, r *runner, args []string) error {
	return errors.New("bench: not wired yet")
}
