package bot

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/bwmarrin/discordgo"
)

// regState is where the slash-command registration stands.
type regState struct {
	state    string // regPending, regDone or regRetrying
	err      string // why the last attempt failed
	attempts int
}

// Registration states, as /healthz shows them.
const (
	regPending  = "registering"
	regDone     = "registered"
	regRetrying = "retrying"
)

// maxRegisterRetry caps the wait between two registration attempts.
const maxRegisterRetry = 10 * time.Minute

// identifySelf remembers the bot's own user id from READY, which mentions,
// threads and direct messages need; commands do not.
func (b *Bot) identifySelf() {
	b.s.State.RLock()
	var self string
	if b.s.State.User != nil {
		self = b.s.State.User.ID
	}
	if self == "" {
		self = b.appID()
	}
	b.s.State.RUnlock()
	b.self.Store(&self)
}

// appID is the configured application id, or the one READY carried.
// Call with the state lock held for reading.
func (b *Bot) appID() string {
	if b.cfg.AppID != "" {
		return b.cfg.AppID
	}
	if b.s.State.Application != nil {
		return b.s.State.Application.ID
	}
	return ""
}

// startRegistration makes the first attempt to register the commands. When
// it fails, the bot serves without them: a goroutine retries with backoff
// until it succeeds or ctx ends, and done is closed when that goroutine
// is over. Only a rejected token is returned (at once) or sent on fatal
// (later), since nothing else the bot does can work then.
func (b *Bot) startRegistration(ctx context.Context, fatal chan<- error) (done <-chan struct{}, err error) {
	ch := make(chan struct{})
	err = b.registerOnce(ctx)
	switch {
	case err == nil:
		close(ch)
		return ch, nil
	case errors.Is(err, ErrTokenRejected):
		close(ch)
		return ch, err
	}
	b.log.Error("registering the slash commands failed; answering mentions, threads and direct messages meanwhile",
		"err", err, "retry_in", b.cfg.RegisterRetry)
	go func() {
		defer close(ch)
		if err := b.retryRegistration(ctx); err != nil {
			fatal <- err
		}
	}()
	return ch, nil
}

// retryRegistration retries the registration with exponential backoff
// until it succeeds, the token is rejected (returned), or ctx ends (nil).
func (b *Bot) retryRegistration(ctx context.Context) error {
	return retry(ctx, b.cfg.RegisterRetry, maxRegisterRetry, b.registerOnce, func(err error) bool {
		return errors.Is(err, ErrTokenRejected)
	}, func(err error, next time.Duration) {
		b.log.Warn("registering the slash commands failed again", "err", err, "retry_in", next)
	})
}

// retry calls attempt after first, then after twice as long each time up
// to most, until it succeeds or fails for good (fatal reports which errors
// do; that error is returned). It returns nil when ctx ends first. failed
// is told of every other failure and the wait before the next attempt.
func retry(ctx context.Context, first, most time.Duration, attempt func(context.Context) error,
	fatal func(error) bool, failed func(err error, next time.Duration)) error {
	delay := first
	for {
		t := time.NewTimer(delay)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil
		case <-t.C:
		}
		err := attempt(ctx)
		switch {
		case err == nil, ctx.Err() != nil:
			return nil
		case fatal(err):
			return err
		}
		delay = min(delay*2, most)
		failed(err, delay)
	}
}

// registerOnce overwrites the application commands in one call: in the
// configured guild, or globally. It records the outcome for /healthz.
func (b *Bot) registerOnce(ctx context.Context) error {
	b.s.State.RLock()
	appID := b.appID()
	b.s.State.RUnlock()
	prev := b.reg.Load()
	attempts := prev.attempts + 1
	fail := func(err error) error {
		b.reg.Store(&regState{state: regRetrying, err: err.Error(), attempts: attempts})
		return err
	}
	if appID == "" {
		return fail(fmt.Errorf("bot: READY carried no application id, so the commands cannot be registered; set %s", EnvAppID))
	}
	rctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	cmds, err := b.s.ApplicationCommandBulkOverwrite(appID, b.cfg.GuildID, Commands(), discordgo.WithContext(rctx))
	if err != nil {
		var re *discordgo.RESTError
		if errors.As(err, &re) && re.Response != nil && re.Response.StatusCode == http.StatusUnauthorized {
			return fail(fmt.Errorf("%w (HTTP 401 registering commands)", ErrTokenRejected))
		}
		return fail(fmt.Errorf("bot: registering slash commands: %w", err))
	}
	b.reg.Store(&regState{state: regDone, attempts: attempts})
	scope := "global"
	if b.cfg.GuildID != "" {
		scope = "guild " + b.cfg.GuildID
	}
	b.log.Info("connected", "user_id", b.selfID(), "app_id", appID, "commands", len(cmds), "scope", scope,
		"attempt", attempts, "shard", fmt.Sprintf("%d/%d", b.s.ShardID, b.s.ShardCount))
	return nil
}
