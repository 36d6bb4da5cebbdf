package bot

import (
	"context"
	"log/slog"
	"strings"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
)

// progressEditTimeout bounds one progress edit. stop waits for an edit in
// flight, so this is also the most a slow edit can delay the final answer.
const progressEditTimeout = 5 * time.Second

// progress shows an answer that a model is still writing by editing the
// deferred response now and then. add, which the model's stream calls,
// only appends to a buffer and wakes a goroutine of its own that makes the
// edits: at most one per interval, none before the first interval is over,
// each with the latest text. So a slow Discord never slows the stream, and
// stop, which waits for an edit in flight and ends the goroutine, makes
// sure that no progress edit lands after the final answer.
type progress struct {
	every time.Duration
	ctx   context.Context
	now   func() time.Time
	edit  func(ctx context.Context, text string) error
	log   *slog.Logger

	mu      sync.Mutex
	text    strings.Builder
	stopped bool

	kick chan struct{} // a delta arrived; capacity 1
	quit chan struct{} // closed by stop
	done chan struct{} // closed when the goroutine is over
	once sync.Once
}

// startProgress starts the edits of a deferred response; every < 0
// disables them. edit shows a text; ctx bounds every edit.
func startProgress(ctx context.Context, every time.Duration, now func() time.Time, edit func(context.Context, string) error, log *slog.Logger) *progress {
	p := &progress{
		every: every, ctx: ctx, now: now, edit: edit, log: log,
		kick: make(chan struct{}, 1), quit: make(chan struct{}), done: make(chan struct{}),
	}
	if every < 0 {
		close(p.done)
		return p
	}
	go p.run()
	return p
}

// newProgress shows the progress of the answer to interaction i.
func (b *Bot) newProgress(i *discordgo.Interaction) *progress {
	edit := func(ctx context.Context, text string) error {
		empty := []*discordgo.MessageEmbed{}
		_, err := b.s.InteractionResponseEdit(i, &discordgo.WebhookEdit{
			Content: &text, Embeds: &empty, AllowedMentions: noMentions(),
		}, rest(ctx))
		return err
	}
	return startProgress(b.workCtx, b.cfg.ProgressEvery, b.now, edit, b.log.With("interaction_id", i.ID))
}

// add receives a piece of the answer. It never waits for Discord.
func (p *progress) add(delta string) {
	if p.every < 0 {
		return
	}
	p.mu.Lock()
	if p.stopped {
		p.mu.Unlock()
		return
	}
	p.text.WriteString(delta)
	p.mu.Unlock()
	select {
	case p.kick <- struct{}{}:
	default: // the goroutine is already due to look at the text
	}
}

// stop ends the progress edits: later deltas are ignored, and stop returns
// once no edit is in flight or can start.
func (p *progress) stop() {
	p.once.Do(func() {
		p.mu.Lock()
		p.stopped = true
		p.mu.Unlock()
		close(p.quit)
	})
	<-p.done
}

// run makes the edits until stop.
func (p *progress) run() {
	defer close(p.done)
	next := p.now().Add(p.every)
	for {
		select {
		case <-p.quit:
			return
		case <-p.kick:
		}
		if d := next.Sub(p.now()); d > 0 {
			t := time.NewTimer(d)
			select {
			case <-p.quit:
				t.Stop()
				return
			case <-t.C:
			}
		}
		p.mu.Lock()
		text, stopped := p.text.String(), p.stopped
		p.mu.Unlock()
		if stopped {
			return
		}
		ctx, cancel := context.WithTimeout(p.ctx, progressEditTimeout)
		if err := p.edit(ctx, truncate(text, messageBudget-2)+" ⏳"); err != nil {
			p.log.Debug("progress edit", "err", err)
		}
		cancel()
		next = p.now().Add(p.every)
	}
}
