package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"

	"casebot/answer"
	"casebot/text"
)

// onMessage answers mentions, follow-ups in the bot's own threads, and
// direct messages. It runs in the gateway's event loop: it only sets aside
// messages that are surely not for the bot and hands the rest to a
// goroutine (spawn).
func (b *Bot) onMessage(_ *discordgo.Session, mc *discordgo.MessageCreate) {
	defer b.recoverPanic("message")
	if mc == nil || mc.Message == nil {
		b.ignore("malformed_message")
		return
	}
	m := mc.Message
	if m.Author == nil {
		b.ignore("message_without_author", "message_id", m.ID, "channel_id", m.ChannelID)
		return
	}
	self := b.selfID()
	if self == "" || m.Author.ID == self || m.Author.Bot || m.WebhookID != "" {
		return
	}
	if m.ID == "" || m.ChannelID == "" {
		b.ignore("malformed_message", "message_id", m.ID)
		return
	}
	if m.Type != discordgo.MessageTypeDefault && m.Type != discordgo.MessageTypeReply {
		return
	}
	isDM := m.GuildID == ""
	mentioned := mentions(m, self)
	question := stripMention(m.Content, self)
	if !isDM && !mentioned && question == "" {
		// Not for the bot, or a message whose content Discord withholds
		// (no message-content intent).
		return
	}
	b.spawn("message", func(admitted bool) { b.handleMessage(m, self, isDM, mentioned, question, admitted) })
}

// handleMessage answers a message that may be for the bot; admitted is
// false when it arrived once the bot had begun to shut down.
func (b *Bot) handleMessage(m *discordgo.Message, self string, isDM, mentioned bool, question string, admitted bool) {
	ctx, cancel := b.restCtx()
	defer cancel()
	var ci chanInfo
	if !isDM {
		var err error
		if ci, err = b.channel(ctx, m.ChannelID); err != nil {
			b.log.Warn("channel lookup failed", "channel_id", m.ChannelID, "err", err)
		}
	}
	ownThread := ci.isThread() && ci.ownerID == self
	if !isDM && !mentioned && !ownThread {
		return
	}
	parent := ""
	if ci.isThread() {
		parent = ci.parentID
	}
	log := b.log.With("message_id", m.ID, "user_id", m.Author.ID, "guild_id", m.GuildID, "channel_id", m.ChannelID)
	if !b.allowed(m.GuildID, m.ChannelID, parent) {
		b.metrics.ignored.WithLabelValues("not_allowed").Inc()
		log.Debug("message outside the allow-lists")
		return
	}
	source := sourceMention
	switch {
	case isDM:
		source = sourceDM
	case ownThread:
		source = sourceThread
	}
	b.metrics.questions.WithLabelValues(source).Inc()
	log = log.With("source", source)

	t := textsFor(langOf(question))
	if _, err := answer.CheckQuestion(question); err != nil {
		notice := usageText(t, err)
		if question == "" {
			notice = fmt.Sprintf(t.usage, b.selfName())
		}
		b.reply(ctx, m, notice, log)
		return
	}
	if !admitted {
		b.metrics.limited.WithLabelValues(limitShutdown).Inc()
		dctx, dcancel := b.deliverCtx()
		defer dcancel()
		b.reply(dctx, m, t.restarting, log)
		return
	}
	if ok, wait := b.users.allow(m.Author.ID, b.now()); !ok {
		b.metrics.limited.WithLabelValues(limitUser).Inc()
		log.Info("rate limited", "retry_in", wait)
		b.turnAway(ctx, m, fmt.Sprintf(t.rateLimited, roundUp(wait)), max(wait, b.cfg.UserEvery), log)
		return
	}
	if err := b.adm.admit(); err != nil {
		b.metrics.limited.WithLabelValues(limitQueue).Inc()
		log.Info("queue full")
		b.turnAway(ctx, m, t.busy, busyWindow, log)
		return
	}

	// Where the answer goes: a new thread from the question in a channel,
	// in place in a thread or DM; a reply when no thread can be started.
	target, replyTo := m.ChannelID, m
	var history []answer.Turn
	switch {
	case isDM || ownThread:
		history = b.history(ctx, m, ci, ownThread, log)
	case ci.isThread():
	default:
		th, err := b.s.MessageThreadStartComplex(m.ChannelID, m.ID, &discordgo.ThreadStart{
			Name: threadName(question), AutoArchiveDuration: 1440,
		}, rest(ctx))
		if err != nil {
			log.Info("cannot start a thread; replying in the channel", "err", err)
		} else {
			target, replyTo = th.ID, nil
			b.chans.put(th.ID, chanInfo{typ: discordgo.ChannelTypeGuildPublicThread, guildID: m.GuildID, parentID: m.ChannelID, ownerID: self})
		}
	}
	stopTyping := b.typing(target, log)

	var msgs []outMessage
	switch err := b.waitSlot(); {
	case errors.Is(err, errWaited):
		b.metrics.limited.WithLabelValues(limitWait).Inc()
		log.Info("no free answer slot within the queue wait", "queue_wait", b.cfg.QueueWait)
		msgs = []outMessage{{Content: t.busy}}
	case err != nil:
		msgs = []outMessage{{Content: t.restarting}}
	default:
		actx, acancel := context.WithTimeout(b.workCtx, b.cfg.AnswerTimeout)
		began := b.now()
		var a answer.Answer
		var id string
		err := b.withSlot(func() error {
			var err error
			a, id, err = b.ask(actx, b.current(), answer.Request{Question: question, History: history}, source)
			return err
		})
		acancel()
		b.metrics.latency.WithLabelValues("ask").Observe(b.now().Sub(began).Seconds())
		if err != nil {
			msgs = []outMessage{{Content: b.failureText(t, err, log)}}
		} else {
			b.countAnswer(a.Abstained, a.Notice)
			log.Info("answered", "mode", a.Mode, "abstained", a.Abstained, "citations", len(a.Citations),
				"history_turns", len(history), "notice", a.Notice != "")
			msgs = withAnswerID(renderAnswer(a), id, a.Language)
		}
	}
	stopTyping()
	dctx, dcancel := b.deliverCtx()
	defer dcancel()
	if err := b.sendAll(dctx, target, replyTo, msgs); err != nil {
		b.metrics.failures.WithLabelValues("discord").Inc()
		log.Error("sending the answer", "err", err)
	}
}

// mentions reports whether m mentions the user id.
func mentions(m *discordgo.Message, id string) bool {
	for _, u := range m.Mentions {
		if u != nil && u.ID == id {
			return true
		}
	}
	return strings.Contains(m.Content, "<@"+id+">") || strings.Contains(m.Content, "<@!"+id+">")
}

// stripMention removes mentions of the user id and trims the rest.
func stripMention(content, id string) string {
	content = strings.ReplaceAll(content, "<@!"+id+">", " ")
	content = strings.ReplaceAll(content, "<@"+id+">", " ")
	return strings.TrimSpace(content)
}

// threadName names a thread after its question (Discord allows 100
// characters), without mention syntax or control and bidi characters.
func threadName(q string) string {
	if n := truncate(cleanInline(text.CleanName(q, 0)), 90); n != "" {
		return n
	}
	return "casebot"
}

func (b *Bot) selfName() string {
	b.s.State.RLock()
	defer b.s.State.RUnlock()
	if b.s.State.User != nil && b.s.State.User.Username != "" {
		return b.s.State.User.Username
	}
	return "casebot"
}

// busyWindow is how long a user told the bot is busy is not told again
// (the notice says "in a minute").
const busyWindow = time.Minute

// waitEmoji is the reaction on a question turned away without a notice.
const waitEmoji = "⏳"

// turnAway tells the author of m why their question is not answered: with
// a notice in reply once per window, and with a reaction on every further
// question within that window, where more notices would only spam the
// channel.
func (b *Bot) turnAway(ctx context.Context, m *discordgo.Message, text string, window time.Duration, log *slog.Logger) {
	if b.gate.allow(m.Author.ID, b.now(), window) {
		b.reply(ctx, m, text, log)
		return
	}
	if err := b.s.MessageReactionAdd(m.ChannelID, m.ID, waitEmoji, rest(ctx)); err != nil {
		log.Debug("reacting to a question turned away", "err", err)
	}
}

// reply sends a short notice in reply to m, pinging nobody.
func (b *Bot) reply(ctx context.Context, m *discordgo.Message, text string, log *slog.Logger) {
	if err := b.sendAll(ctx, m.ChannelID, m, []outMessage{{Content: text}}); err != nil {
		b.metrics.failures.WithLabelValues("discord").Inc()
		log.Error("sending a notice", "err", err)
	}
}

// sendAll sends messages to a channel in order; the first replies to
// replyTo when it is not nil.
func (b *Bot) sendAll(ctx context.Context, channelID string, replyTo *discordgo.Message, msgs []outMessage) error {
	noFail := false
	for k, om := range msgs {
		send := &discordgo.MessageSend{
			Content: om.Content, Embeds: om.Embeds, Components: om.Components, AllowedMentions: noMentions(),
		}
		if k == 0 && replyTo != nil {
			send.Reference = &discordgo.MessageReference{
				MessageID: replyTo.ID, ChannelID: replyTo.ChannelID, GuildID: replyTo.GuildID, FailIfNotExists: &noFail,
			}
		}
		if _, err := b.s.ChannelMessageSendComplex(channelID, send, rest(ctx)); err != nil {
			return fmt.Errorf("bot: sending message %d of %d to %s: %w", k+1, len(msgs), channelID, err)
		}
	}
	return nil
}

// typingEvery is how often the typing indicator is renewed (it lasts ten seconds).
const typingEvery = 8 * time.Second

// typingTimeout bounds one typing call.
const typingTimeout = 5 * time.Second

// typing shows the typing indicator in a channel until the returned func
// is called (see keepTyping).
func (b *Bot) typing(channelID string, log *slog.Logger) (stop func()) {
	return keepTyping(b.workCtx, typingEvery, func(ctx context.Context) error {
		rctx, cancel := context.WithTimeout(ctx, typingTimeout)
		defer cancel()
		return b.s.ChannelTyping(channelID, rest(rctx))
	}, log)
}

// keepTyping calls show at once and then every interval until stop is
// called or ctx ends. The first call is not waited for: the answer is
// prepared meanwhile. stop does not cut a call short but waits for it, so
// that no indicator reaches Discord after the answer and shows the bot
// typing with nothing to come.
func keepTyping(ctx context.Context, every time.Duration, show func(context.Context) error, log *slog.Logger) (stop func()) {
	stopped := make(chan struct{})
	done := make(chan struct{})
	call := func() {
		if err := show(ctx); err != nil && ctx.Err() == nil {
			log.Debug("typing indicator", "err", err)
		}
	}
	go func() {
		defer close(done)
		call()
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-stopped:
				return
			case <-ctx.Done():
				return
			case <-t.C:
				select {
				case <-stopped:
					return
				default:
					call()
				}
			}
		}
	}()
	var once sync.Once
	return func() {
		once.Do(func() { close(stopped) })
		<-done
	}
}

// historyMessages is how many earlier messages are read back for context.
const historyMessages = 50

// history reads the conversation before m back from Discord, so nothing is
// lost when the bot restarts. In the bot's own thread the first question is
// the message the thread was started from.
func (b *Bot) history(ctx context.Context, m *discordgo.Message, ci chanInfo, ownThread bool, log *slog.Logger) []answer.Turn {
	msgs, err := b.s.ChannelMessages(m.ChannelID, historyMessages, m.ID, "", "", rest(ctx))
	if err != nil {
		log.Warn("reading earlier messages", "err", err)
		return nil
	}
	self := b.selfID()
	starter := ""
	if ownThread && ci.parentID != "" {
		if sm, err := b.s.ChannelMessage(ci.parentID, m.ChannelID, rest(ctx)); err == nil && sm != nil {
			starter = stripMention(sm.Content, self)
		} else if err != nil {
			log.Debug("reading the thread's starter message", "err", err)
		}
	}
	// Discord lists newest first.
	slices.Reverse(msgs)
	return buildTurns(starter, msgs, self, b.cfg.HistoryTurns)
}

// buildTurns pairs questions with the bot's answers, oldest first, keeping
// the last max turns. Consecutive bot messages are one answer split in
// pieces; notices are skipped.
func buildTurns(starter string, msgs []*discordgo.Message, self string, max int) []answer.Turn {
	var turns []answer.Turn
	q := starter
	var a strings.Builder
	flush := func() {
		if q != "" && a.Len() > 0 {
			turns = append(turns, answer.Turn{Question: q, Answer: strings.TrimSpace(a.String())})
		}
		q = ""
		a.Reset()
	}
	for _, msg := range msgs {
		if msg == nil || msg.Author == nil {
			continue
		}
		if msg.Type != discordgo.MessageTypeDefault && msg.Type != discordgo.MessageTypeReply {
			continue
		}
		if msg.Author.ID == self {
			if msg.Content == "" || isNotice(msg.Content) {
				continue
			}
			if a.Len() > 0 {
				a.WriteString("\n")
			}
			a.WriteString(msg.Content)
			continue
		}
		if msg.Author.Bot {
			continue
		}
		if a.Len() > 0 {
			flush()
		}
		if asked := stripMention(msg.Content, self); asked != "" {
			q = asked
		}
	}
	flush()
	if max > 0 && len(turns) > max {
		turns = turns[len(turns)-max:]
	}
	return turns
}
