package bot

import (
	"context"
	"errors"
	"slices"
	"testing"
	"testing/synctest"
	"time"
)

// TestRetryBacksOff: attempts come after the first wait, then twice as
// long each time up to the cap; a fatal error ends the retries, and so
// does the context, even in the middle of a wait.
func TestRetryBacksOff(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		start := time.Now()
		var at []time.Duration
		fatal := errors.New("fatal")
		attempt := func(context.Context) error {
			at = append(at, time.Since(start))
			if len(at) == 6 {
				return fatal
			}
			return errors.New("refused")
		}
		var waits []time.Duration
		err := retry(context.Background(), time.Second, 10*time.Second, attempt,
			func(err error) bool { return err == fatal }, func(_ error, next time.Duration) { waits = append(waits, next) })
		if err != fatal {
			t.Fatalf("retry = %v, want the fatal error", err)
		}
		want := []time.Duration{1, 3, 7, 15, 25, 35} // waits 1, 2, 4, 8, 10, 10 seconds
		for i := range want {
			want[i] *= time.Second
		}
		if !slices.Equal(at, want) || !slices.Equal(waits, []time.Duration{2 * time.Second, 4 * time.Second, 8 * time.Second, 10 * time.Second, 10 * time.Second}) {
			t.Fatalf("attempts at %v, waits %v", at, waits)
		}

		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error)
		go func() {
			done <- retry(ctx, time.Hour, time.Hour, func(context.Context) error { return errors.New("refused") },
				func(error) bool { return false }, func(error, time.Duration) {})
		}()
		time.Sleep(time.Minute)
		cancel()
		if err := <-done; err != nil {
			t.Fatalf("cancelled retry = %v", err)
		}
		if d := time.Since(start); d != 35*time.Second+time.Minute {
			t.Fatalf("the cancelled retry returned at %s", d)
		}
	})
}
