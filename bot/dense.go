package bot

import (
	"context"
	"sync"
	"time"

	"casebot/retrieval"
	"casebot/text"
)

// When the embedding service is down, the backend answers from keyword
// search alone, with a notice on every answer (see retrieval.Index.Search).
// The bot brings the dense side back in the background: it checks the
// current backend's search every Config.DenseRetry and, while the dense
// side is lost, tries to restore it with backoff (doubling up to
// maxDenseRetry). /healthz reports it.

// maxDenseRetry caps the wait between two attempts to restore the dense side.
const maxDenseRetry = 5 * time.Minute

// denseBackend is a Backend whose search can lose its dense side and get
// it back (*answer.Engine).
type denseBackend interface {
	DenseStatus() (retrieval.DenseStatus, bool)
	RestoreDense(ctx context.Context) error
}

// Dense search states, as /healthz shows them.
const (
	denseOK          = "ok"
	denseUnavailable = "unavailable"
	denseRebuilding  = "rebuilding"
)

// searchHealth is the search part of /healthz.
type searchHealth struct {
	// Dense is ok, unavailable (answers come from keyword search alone) or
	// rebuilding (the paragraphs are being embedded again).
	Dense string `json:"dense"`
	// Embedder names the embedder of the dense side.
	Embedder string `json:"embedder"`
	// Reason is why the dense side is not used.
	Reason string `json:"reason,omitempty"`
	// Since is when it stopped being used.
	Since time.Time `json:"since,omitzero"`
	// Retrying is true while the bot tries to restore it in the background.
	Retrying bool `json:"retrying,omitempty"`
	// Attempts counts the bot's attempts to restore it so far.
	Attempts int `json:"retry_attempts,omitempty"`
	// NextRetry is when the bot tries next.
	NextRetry time.Time `json:"next_retry,omitzero"`
}

// denseKeep is what the background restore last did.
type denseKeep struct {
	attempts  int
	nextRetry time.Time
}

// maxHealthReason caps the reason shown on /healthz, in characters.
const maxHealthReason = 300

// searchHealth describes the current backend's dense search, or nil when
// it has none.
func (b *Bot) searchHealth() *searchHealth {
	box := b.backend.Load()
	if box == nil {
		return nil
	}
	d, ok := box.Backend.(denseBackend)
	if !ok {
		return nil
	}
	st, ok := d.DenseStatus()
	if !ok {
		return nil
	}
	h := &searchHealth{Dense: denseOK, Embedder: st.Embedder}
	if !st.Available {
		h.Dense = denseUnavailable
		if st.Rebuilding {
			h.Dense = denseRebuilding
		}
		h.Reason = text.TruncateRunes(text.StripControl(st.Reason), maxHealthReason)
		h.Since = st.Since
		h.Retrying = true
		if k := b.dense.Load(); k != nil {
			h.Attempts, h.NextRetry = k.attempts, k.nextRetry
		}
	}
	return h
}

// keepDense starts the background restore of the dense side; it runs until
// ctx ends. The returned function waits for it to stop (call it after ctx
// is cancelled, or it cancels it itself).
func (b *Bot) keepDense(ctx context.Context) (stop func()) {
	ctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	wg.Go(func() { b.restoreDenseLoop(ctx) })
	return func() {
		cancel()
		wg.Wait()
	}
}

func (b *Bot) restoreDenseLoop(ctx context.Context) {
	first := b.cfg.DenseRetry
	wait, delay, attempts := first, first, 0
	for {
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return
		case <-t.C:
		}
		wait = first
		d, ok := b.current().(denseBackend)
		if !ok {
			continue
		}
		if st, has := d.DenseStatus(); !has || st.Available {
			if attempts > 0 {
				// Restored meanwhile, by a search or a reload.
				b.dense.Store(nil)
				attempts, delay = 0, first
			}
			continue
		}
		attempts++
		err := d.RestoreDense(ctx)
		if ctx.Err() != nil {
			return
		}
		if err == nil {
			b.log.Info("dense search restored", "attempts", attempts)
			b.dense.Store(nil)
			attempts, delay = 0, first
			continue
		}
		wait = delay
		delay = min(delay*2, maxDenseRetry)
		b.dense.Store(&denseKeep{attempts: attempts, nextRetry: time.Now().Add(wait)})
		b.log.Warn("dense search still unavailable; answering from keyword search, retrying in the background",
			"err", err, "attempt", attempts, "retry_in", wait)
	}
}
