package cli

import (
	"context"
	"errors"
)

func serve(ctx context.Context, r *runner) error { return errors.New("serve: not wired yet") }
