package bot

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// userLimiter is a token bucket per user: a burst of questions, then one
// per interval. Idle users are forgotten so the map stays small.
type userLimiter struct {
	every time.Duration
	burst int

	mu    sync.Mutex
	users map[string]*rate.Limiter
}

// maxTrackedUsers is how many users the limiter keeps before sweeping out
// those whose bucket has refilled.
const maxTrackedUsers = 10000

func newUserLimiter(every time.Duration, burst int) *userLimiter {
	if burst < 1 {
		burst = 1
	}
	return &userLimiter{every: every, burst: burst, users: map[string]*rate.Limiter{}}
}

// allow reports whether user may ask now; when not, it says how long until
// they may. An interval of 0 disables the limit.
func (l *userLimiter) allow(user string, now time.Time) (bool, time.Duration) {
	if l.every <= 0 {
		return true, 0
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	lim, ok := l.users[user]
	if !ok {
		if len(l.users) >= maxTrackedUsers {
			l.sweep(now)
		}
		lim = rate.NewLimiter(rate.Every(l.every), l.burst)
		l.users[user] = lim
	}
	r := lim.ReserveN(now, 1)
	if !r.OK() {
		return false, l.every
	}
	if d := r.DelayFrom(now); d > 0 {
		r.CancelAt(now)
		return false, d
	}
	return true, 0
}

// sweep forgets users whose bucket is full again (they lose nothing).
func (l *userLimiter) sweep(now time.Time) {
	for u, lim := range l.users {
		if lim.TokensAt(now) >= float64(l.burst) {
			delete(l.users, u)
		}
	}
}

// Errors of admission.
var (
	errBusy   = errors.New("bot: too many questions waiting")
	errWaited = errors.New("bot: waited too long for a free answer slot")
)

// admission caps the answers prepared at once and bounds the questions
// waiting for a slot. A question is first admitted (a place in the queue or
// a slot, without waiting), which fails at once when both are full, then
// waits for a slot.
type admission struct {
	admitted chan struct{} // capacity: slots + queue
	running  chan struct{} // capacity: slots
}

func newAdmission(slots, queue int) *admission {
	if slots < 1 {
		slots = 1
	}
	if queue < 0 {
		queue = 0
	}
	return &admission{admitted: make(chan struct{}, slots+queue), running: make(chan struct{}, slots)}
}

// admit takes a place without waiting, or returns errBusy.
func (a *admission) admit() error {
	select {
	case a.admitted <- struct{}{}:
		return nil
	default:
		return errBusy
	}
}

// run waits for a slot for an admitted question. On error the place is
// given back.
func (a *admission) run(ctx context.Context) error {
	select {
	case a.running <- struct{}{}:
		return nil
	case <-ctx.Done():
		<-a.admitted
		return ctx.Err()
	}
}

// leave gives back the place of an admitted question that will not run.
func (a *admission) leave() { <-a.admitted }

// done gives back the slot and the place of a question that ran.
func (a *admission) done() {
	<-a.running
	<-a.admitted
}

// waiting is how many admitted questions have no slot yet.
func (a *admission) waiting() int { return len(a.admitted) - len(a.running) }

// inFlight is how many answers are being prepared.
func (a *admission) inFlight() int { return len(a.running) }

// withSlot runs f, which prepares an answer in a slot taken with adm.run,
// and gives the slot back however f ends: a panic in the backend becomes an
// error for the asker instead of a slot lost for good.
func (b *Bot) withSlot(f func() error) (err error) {
	defer b.adm.done()
	defer func() {
		if r := recover(); r != nil {
			b.metrics.failures.WithLabelValues("panic").Inc()
			b.log.Error("the backend panicked while preparing an answer", "panic", fmt.Sprint(r), "stack", string(debug.Stack()))
			err = fmt.Errorf("bot: the backend panicked while preparing the answer: %v", r)
		}
	}()
	return f()
}

// waitSlot waits for an answer slot for an admitted question, at most
// QueueWait: a deferred interaction must be answered within its token's
// life, and a mention within a reasonable time. It returns errWaited when
// the bound is hit and the work context's error when the bot is stopping;
// either way the place is given back.
func (b *Bot) waitSlot() error {
	ctx, cancel := context.WithTimeout(b.workCtx, b.cfg.QueueWait)
	defer cancel()
	err := b.adm.run(ctx)
	if err != nil && b.workCtx.Err() == nil {
		return errWaited
	}
	return err
}

// noticeGate lets each user have one notice about being turned away per
// window. Messages turned away within the window get a reaction instead,
// so a user who keeps asking does not fill a channel with notices.
type noticeGate struct {
	mu    sync.Mutex
	until map[string]time.Time
}

func newNoticeGate() *noticeGate { return &noticeGate{until: map[string]time.Time{}} }

// allow reports whether user may be sent a notice now; if so, the next
// window starts.
func (g *noticeGate) allow(user string, now time.Time, window time.Duration) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	if u, ok := g.until[user]; ok && now.Before(u) {
		return false
	}
	if len(g.until) >= maxTrackedUsers {
		for k, u := range g.until {
			if !now.Before(u) {
				delete(g.until, k)
			}
		}
		if len(g.until) >= maxTrackedUsers {
			clear(g.until) // worst case: someone gets one notice more
		}
	}
	g.until[user] = now.Add(window)
	return true
}
