package bot

import (
	"context"
	"log/slog"
	"slices"
	"sync"
	"testing"
	"testing/synctest"
	"time"
)

// editLog records the progress edits, and can hold them in flight.
type editLog struct {
	mu    sync.Mutex
	lines []string
	hold  chan struct{} // edits wait for it to close, if not nil
}

func (l *editLog) edit(_ context.Context, text string) error {
	l.add("edit " + text)
	if l.hold != nil {
		<-l.hold
	}
	l.add("done")
	return nil
}

func (l *editLog) add(s string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.lines = append(l.lines, s)
}

func (l *editLog) get() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return slices.Clone(l.lines)
}

func quietLog() *slog.Logger { return slog.New(slog.DiscardHandler) }

// TestProgressEditsLatestTextOncePerInterval: no edit before the first
// interval is over, then at most one per interval, each with all the text
// received so far.
func TestProgressEditsLatestTextOncePerInterval(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		l := &editLog{}
		p := startProgress(context.Background(), time.Second, time.Now, l.edit, quietLog())
		defer p.stop()
		p.add("a")
		synctest.Wait()
		if got := l.get(); len(got) != 0 {
			t.Fatalf("edited before the first interval was over: %q", got)
		}
		time.Sleep(time.Second)
		synctest.Wait()
		p.add("b")
		p.add("c")
		synctest.Wait()
		if got := l.get(); !slices.Equal(got, []string{"edit a ⏳", "done"}) {
			t.Fatalf("after one interval: %q", got)
		}
		time.Sleep(time.Second)
		synctest.Wait()
		if got := l.get(); !slices.Equal(got, []string{"edit a ⏳", "done", "edit abc ⏳", "done"}) {
			t.Fatalf("after two intervals: %q", got)
		}
	})
}

// TestProgressAddNeverWaitsForDiscord: while an edit is stuck, the stream
// keeps handing over its pieces without waiting.
func TestProgressAddNeverWaitsForDiscord(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		l := &editLog{hold: make(chan struct{})}
		p := startProgress(context.Background(), time.Nanosecond, time.Now, l.edit, quietLog())
		time.Sleep(time.Millisecond)
		p.add("first")
		synctest.Wait() // the first edit is stuck
		added := make(chan struct{})
		go func() {
			for range 100 {
				p.add(" more")
			}
			close(added)
		}()
		synctest.Wait()
		select {
		case <-added:
		default:
			t.Fatal("add waited for a progress edit")
		}
		close(l.hold)
		p.stop()
	})
}

// TestProgressStopWaitsForTheEditInFlight: stop returns only once the edit
// in flight is over, so the final answer cannot be overwritten by it, and
// nothing is edited after stop.
func TestProgressStopWaitsForTheEditInFlight(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		l := &editLog{hold: make(chan struct{})}
		p := startProgress(context.Background(), time.Nanosecond, time.Now, l.edit, quietLog())
		time.Sleep(time.Millisecond)
		p.add("part one")
		synctest.Wait() // the edit is in flight
		p.add(" part two")
		stopped := make(chan struct{})
		go func() {
			p.stop()
			l.add("final answer")
			close(stopped)
		}()
		synctest.Wait()
		select {
		case <-stopped:
			t.Fatal("stop returned while a progress edit was in flight")
		default:
		}
		close(l.hold)
		<-stopped
		p.add(" late")
		time.Sleep(time.Minute)
		synctest.Wait()
		if got := l.get(); !slices.Equal(got, []string{"edit part one ⏳", "done", "final answer"}) {
			t.Fatalf("edits %q; want the edit in flight, then the final answer, then nothing", got)
		}
	})
}

// TestProgressDisabled: a negative interval makes no edit at all.
func TestProgressDisabled(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		l := &editLog{}
		p := startProgress(context.Background(), -1, time.Now, l.edit, quietLog())
		p.add("a")
		time.Sleep(time.Minute)
		synctest.Wait()
		p.stop()
		if got := l.get(); len(got) != 0 {
			t.Fatalf("edits %q", got)
		}
	})
}

// TestTypingFirstCallNotAwaitedButFinishedBeforeStop: keepTyping returns
// while its first call is still on its way, and stop waits for that call,
// so no indicator can follow the answer.
func TestTypingFirstCallNotAwaitedButFinishedBeforeStop(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		l := &editLog{hold: make(chan struct{})}
		show := func(ctx context.Context) error { return l.edit(ctx, "typing") }
		stop := keepTyping(context.Background(), 8*time.Second, show, quietLog())
		synctest.Wait()
		if got := l.get(); !slices.Equal(got, []string{"edit typing"}) {
			t.Fatalf("calls %q, want the first one in flight", got)
		}
		stopped := make(chan struct{})
		go func() {
			stop()
			l.add("answer")
			close(stopped)
		}()
		synctest.Wait()
		select {
		case <-stopped:
			t.Fatal("stop returned while a typing call was in flight")
		default:
		}
		close(l.hold)
		<-stopped
		time.Sleep(time.Minute)
		synctest.Wait()
		if got := l.get(); !slices.Equal(got, []string{"edit typing", "done", "answer"}) {
			t.Fatalf("calls %q", got)
		}
	})
}

// TestTypingRenewed: the indicator is renewed every interval until stop.
func TestTypingRenewed(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		l := &editLog{}
		stop := keepTyping(context.Background(), 8*time.Second, func(ctx context.Context) error { return l.edit(ctx, "typing") }, quietLog())
		time.Sleep(20 * time.Second)
		stop()
		if n := len(l.get()); n != 6 { // at 0, 8 and 16 seconds
			t.Fatalf("%d log lines %q, want three calls", n, l.get())
		}
	})
}
