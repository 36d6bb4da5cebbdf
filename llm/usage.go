package llm

import "context"

// usageKey is the context key of a usage report function.
type usageKey struct{}

// WithUsageReport returns a context under which every successful chat call
// passes its token counts to f (after logging them), so that a caller can
// tie them to the answer being made.
func WithUsageReport(ctx context.Context, f func(Usage)) context.Context {
	return context.WithValue(ctx, usageKey{}, f)
}

// reportUsage calls the context's usage report function, if any.
func reportUsage(ctx context.Context, u Usage) {
	if f, ok := ctx.Value(usageKey{}).(func(Usage)); ok && f != nil {
		f(u)
	}
}
