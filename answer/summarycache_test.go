package answer

import (
	"context"
	"testing"
)

func TestSummaryCachePanicIsAnErrorNotABlock(t *testing.T) {
	c := newSummaryCache()
	ctx := context.Background()
	_, err := c.do(ctx, "k", func() (Summary, bool, error) { panic("model client bug") })
	if err == nil {
		t.Fatal("a panicking build should be an error")
	}
	s, err := c.do(ctx, "k", func() (Summary, bool, error) { return Summary{Summary: "ok"}, true, nil })
	if err != nil || s.Summary != "ok" {
		t.Fatalf("after a panic the summary should be made again, got %+v, %v", s, err)
	}
}

// TestSummaryCacheWaiterOutlivesMaker: the asker whose request is making a
// summary leaves (its context ends); another asker waiting for the same
// summary gets one instead of the first asker's cancellation.
func TestSummaryCacheWaiterOutlivesMaker(t *testing.T) {
	c := newSummaryCache()
	waiting := make(chan struct{}, 1)
	c.waiting = func(string) { waiting <- struct{}{} }
	started, release := make(chan struct{}), make(chan struct{})
	makerErr := make(chan error, 1)
	go func() {
		_, err := c.do(context.Background(), "k", func() (Summary, bool, error) {
			close(started)
			<-release
			return Summary{}, false, context.Canceled
		})
		makerErr <- err
	}()
	<-started
	waiter := make(chan Summary, 1)
	go func() {
		s, err := c.do(context.Background(), "k", func() (Summary, bool, error) {
			return Summary{Summary: "made by the waiter"}, true, nil
		})
		if err != nil {
			t.Errorf("waiter: %v", err)
		}
		waiter <- s
	}()
	<-waiting // the waiter waits on the maker's call: the path under test
	close(release)
	if err := <-makerErr; err == nil {
		t.Error("the maker should see its own cancellation")
	}
	if s := <-waiter; s.Summary != "made by the waiter" {
		t.Fatalf("waiter got %+v", s)
	}
}
