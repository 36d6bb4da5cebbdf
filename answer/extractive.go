package answer

import (
	"context"
	"fmt"
)

func fmtErr(base error, format string, args ...any) error {
	return fmt.Errorf("%w: %s", base, fmt.Sprintf(format, args...))
}

// askExtractive answers by quoting the best sentences. notice, if not nil, is
// set on the answer (used by the model path when it falls back).
func (e *Engine) askExtractive(ctx context.Context, req Request, notice *string) (Answer, error) {
	panic("TODO")
}

func (e *Engine) summarizeExtractive(ctx context.Context, topic, lang string) (Summary, error) {
	panic("TODO")
}
