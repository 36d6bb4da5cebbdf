package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"casebot/answer"
	"casebot/corpus"
)

// onInteraction handles slash commands, autocomplete and button presses.
// It runs in the gateway's event loop: it only sorts the interaction out
// and hands it to a goroutine (spawn).
func (b *Bot) onInteraction(_ *discordgo.Session, ic *discordgo.InteractionCreate) {
	defer b.recoverPanic("interaction")
	if ic == nil || ic.Interaction == nil {
		b.ignore("malformed_interaction")
		return
	}
	i := ic.Interaction
	if i.ID == "" || i.Token == "" {
		b.ignore("malformed_interaction", "interaction_id", i.ID)
		return
	}
	user := interactionUser(i)
	if user == nil || user.ID == "" {
		b.ignore("interaction_without_user", "interaction_id", i.ID, "type", int(i.Type))
		return
	}
	switch i.Type {
	case discordgo.InteractionApplicationCommand:
		d, ok := i.Data.(discordgo.ApplicationCommandInteractionData)
		if !ok {
			b.ignore("malformed_interaction", "interaction_id", i.ID)
			return
		}
		b.spawn("command", func(admitted bool) { b.onCommand(i, user, d, admitted) })
	case discordgo.InteractionApplicationCommandAutocomplete:
		d, ok := i.Data.(discordgo.ApplicationCommandInteractionData)
		if !ok {
			b.ignore("malformed_interaction", "interaction_id", i.ID)
			return
		}
		b.spawn("autocomplete", func(bool) { b.onAutocomplete(i, d) })
	case discordgo.InteractionMessageComponent:
		d, ok := i.Data.(discordgo.MessageComponentInteractionData)
		if !ok {
			b.ignore("malformed_interaction", "interaction_id", i.ID)
			return
		}
		b.spawn("button", func(bool) { b.onButton(i, user, d) })
	default:
		b.ignore("unknown_interaction_type", "interaction_id", i.ID, "type", int(i.Type))
	}
}

func interactionUser(i *discordgo.Interaction) *discordgo.User {
	if i.Member != nil && i.Member.User != nil {
		return i.Member.User
	}
	return i.User
}

// interactionParent returns the parent channel of the interaction's
// channel when it is a thread and the allow-list needs it.
func (b *Bot) interactionAllowed(ctx context.Context, i *discordgo.Interaction) bool {
	if b.allowed(i.GuildID, i.ChannelID, "") {
		return true
	}
	if i.GuildID == "" || len(b.cfg.AllowedChannels) == 0 || (len(b.cfg.AllowedGuilds) > 0 && !contains(b.cfg.AllowedGuilds, i.GuildID)) {
		return false
	}
	ci, err := b.channel(ctx, i.ChannelID)
	return err == nil && ci.isThread() && b.allowed(i.GuildID, i.ChannelID, ci.parentID)
}

// onCommand handles a slash command; admitted is false for a question that
// arrived once the bot had begun to shut down.
func (b *Bot) onCommand(i *discordgo.Interaction, user *discordgo.User, d discordgo.ApplicationCommandInteractionData, admitted bool) {
	log := b.log.With("command", d.Name, "interaction_id", i.ID, "user_id", user.ID, "guild_id", i.GuildID, "channel_id", i.ChannelID)
	ctx, cancel := b.restCtx()
	defer cancel()
	if !b.interactionAllowed(ctx, i) {
		b.metrics.ignored.WithLabelValues("not_allowed").Inc()
		log.Info("command outside the allow-lists")
		b.notice(ctx, i, english.notAllowed)
		return
	}
	switch d.Name {
	case cmdAsk:
		q, _ := optString(d.Options, "question")
		private, _ := optBool(d.Options, "private")
		b.metrics.questions.WithLabelValues(sourceSlash).Inc()
		lang := langOf(q)
		if _, err := answer.CheckQuestion(q); err != nil {
			b.notice(ctx, i, usageText(textsFor(lang), err))
			return
		}
		b.runInteraction(i, user, lang, private, "ask", log, admitted, func(ctx context.Context, be Backend) ([]outMessage, error) {
			p := b.newProgress(i)
			defer p.stop() // also when Ask panics
			a, id, err := b.ask(ctx, be, answer.Request{Question: q, OnDelta: p.add}, sourceSlash)
			p.stop()
			if err != nil {
				return nil, err
			}
			b.countAnswer(a.Abstained, a.Notice)
			log.Info("answered", "mode", a.Mode, "abstained", a.Abstained, "citations", len(a.Citations), "notice", a.Notice != "")
			return withAnswerID(renderAnswer(a), id, a.Language), nil
		})
	case cmdSummary:
		topic, _ := optString(d.Options, "topic")
		b.metrics.questions.WithLabelValues(sourceSummary).Inc()
		lang := ""
		if strings.TrimSpace(topic) != "" {
			lang = langOf(topic)
		}
		b.runInteraction(i, user, lang, false, "summary", log, admitted, func(ctx context.Context, be Backend) ([]outMessage, error) {
			s, err := be.Summarize(ctx, topic, "")
			if err != nil {
				return nil, err
			}
			if s.Notice != "" {
				b.metrics.modelErrors.Inc()
			}
			log.Info("summarised", "mode", s.Mode, "citations", len(s.Citations), "notice", s.Notice != "")
			return renderSummary(s), nil
		})
	case cmdSource:
		ref, _ := optString(d.Options, "ref")
		b.handleSource(ctx, i, ref)
	case cmdAbout:
		b.respond(ctx, i, &discordgo.InteractionResponse{
			Type: discordgo.InteractionResponseChannelMessageWithSource,
			Data: &discordgo.InteractionResponseData{
				Embeds: []*discordgo.MessageEmbed{aboutEmbed(b.current().Info())}, AllowedMentions: noMentions(),
			},
		})
	case cmdSources:
		b.handleSources(ctx, i)
	case cmdReindex:
		b.handleReindex(i, log, admitted)
	case cmdTimeline:
		topic, _ := optString(d.Options, "topic")
		b.handleTimeline(i, user, topic, log, admitted)
	case cmdPeople:
		name, _ := optString(d.Options, "name")
		b.handlePeople(i, user, name, log, admitted)
	default:
		b.ignore("unknown_command", "command", d.Name, "interaction_id", i.ID)
		b.notice(ctx, i, english.unknownCommand)
	}
}

// usageText is the notice for a question the backend would refuse.
func usageText(t texts, err error) string {
	if errors.Is(err, answer.ErrQuestionTooLong) {
		return fmt.Sprintf(t.tooLong, answer.MaxQuestionRunes)
	}
	return t.emptyQuestion
}

// countAnswer updates the answer metrics.
func (b *Bot) countAnswer(abstained bool, notice string) {
	if abstained {
		b.metrics.abstentions.Inc()
	}
	if notice != "" {
		b.metrics.modelErrors.Inc()
	}
}

// runInteraction applies the limits, acknowledges the interaction at once
// (deferred response), prepares the answer when a slot is free and edits it
// in. Whatever happens after the acknowledgement, the asker gets a final
// message: the answer, or why there is none (busy, timed out, restarting).
func (b *Bot) runInteraction(i *discordgo.Interaction, user *discordgo.User, lang string, ephemeral bool, kind string, log *slog.Logger, admitted bool, prepare func(context.Context, Backend) ([]outMessage, error)) {
	t := textsFor(lang)
	ctx, cancel := b.deliverCtx()
	defer cancel()
	if !admitted {
		b.metrics.limited.WithLabelValues(limitShutdown).Inc()
		b.notice(ctx, i, t.restarting)
		return
	}
	if ok, wait := b.users.allow(user.ID, b.now()); !ok {
		b.metrics.limited.WithLabelValues(limitUser).Inc()
		log.Info("rate limited", "retry_in", wait)
		b.notice(ctx, i, fmt.Sprintf(t.rateLimited, roundUp(wait)))
		return
	}
	if err := b.adm.admit(); err != nil {
		b.metrics.limited.WithLabelValues(limitQueue).Inc()
		log.Info("queue full")
		b.notice(ctx, i, t.busy)
		return
	}
	start := b.now()
	var flags discordgo.MessageFlags
	if ephemeral {
		flags = discordgo.MessageFlagsEphemeral
	}
	if err := b.s.InteractionRespond(i, &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseDeferredChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{Flags: flags, AllowedMentions: noMentions()},
	}, rest(ctx)); err != nil {
		b.adm.leave()
		b.metrics.failures.WithLabelValues("discord").Inc()
		log.Error("acknowledging the interaction", "err", err)
		return
	}
	log.Info("acknowledged", "ack_ms", b.now().Sub(start).Milliseconds())

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
		err := b.withSlot(func() error {
			var err error
			msgs, err = prepare(actx, b.current())
			return err
		})
		acancel()
		b.metrics.latency.WithLabelValues(kind).Observe(b.now().Sub(began).Seconds())
		if err != nil {
			msgs = []outMessage{{Content: b.failureText(t, err, log)}}
		}
	}
	dctx, dcancel := b.deliverCtx()
	defer dcancel()
	if err := b.deliverInteraction(dctx, i, msgs, ephemeral); err != nil {
		b.metrics.failures.WithLabelValues("discord").Inc()
		log.Error("sending the answer", "err", err)
	}
}

// failureText is what people see when preparing an answer failed.
func (b *Bot) failureText(t texts, err error, log *slog.Logger) string {
	switch {
	case errors.Is(err, answer.ErrEmptyQuestion), errors.Is(err, answer.ErrQuestionTooLong):
		return usageText(t, err)
	case errors.Is(err, context.DeadlineExceeded):
		b.metrics.failures.WithLabelValues("timeout").Inc()
		log.Error("answer timed out", "err", err)
		return t.timedOut
	case errors.Is(err, context.Canceled):
		return t.restarting
	}
	b.metrics.failures.WithLabelValues("backend").Inc()
	log.Error("preparing the answer", "err", err)
	return t.failed
}

// roundUp shows a wait as whole seconds, at least one.
func roundUp(d time.Duration) time.Duration {
	s := (d + time.Second - 1) / time.Second
	if s < 1 {
		s = 1
	}
	return s * time.Second
}

// deliverInteraction edits the deferred response into the first message
// and sends the rest as follow-ups.
func (b *Bot) deliverInteraction(ctx context.Context, i *discordgo.Interaction, msgs []outMessage, ephemeral bool) error {
	for k, m := range msgs {
		embeds := m.Embeds
		if embeds == nil {
			embeds = []*discordgo.MessageEmbed{}
		}
		comps := m.Components
		if comps == nil {
			comps = []discordgo.MessageComponent{}
		}
		if k == 0 {
			content := m.Content
			if _, err := b.s.InteractionResponseEdit(i, &discordgo.WebhookEdit{
				Content: &content, Embeds: &embeds, Components: &comps, AllowedMentions: noMentions(),
			}, rest(ctx)); err != nil {
				return fmt.Errorf("bot: editing the response: %w", err)
			}
			continue
		}
		var flags discordgo.MessageFlags
		if ephemeral {
			flags = discordgo.MessageFlagsEphemeral
		}
		if _, err := b.s.FollowupMessageCreate(i, true, &discordgo.WebhookParams{
			Content: m.Content, Embeds: embeds, Components: comps, AllowedMentions: noMentions(), Flags: flags,
		}, rest(ctx)); err != nil {
			return fmt.Errorf("bot: sending follow-up %d of %d: %w", k+1, len(msgs), err)
		}
	}
	return nil
}

// respond sends an interaction response, logging failures.
func (b *Bot) respond(ctx context.Context, i *discordgo.Interaction, r *discordgo.InteractionResponse) {
	if err := b.s.InteractionRespond(i, r, rest(ctx)); err != nil {
		b.metrics.failures.WithLabelValues("discord").Inc()
		b.log.Error("responding to interaction", "interaction_id", i.ID, "err", err)
	}
}

// notice answers an interaction with a short message only its user sees.
func (b *Bot) notice(ctx context.Context, i *discordgo.Interaction, text string) {
	b.respond(ctx, i, &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{
			Content: text, Flags: discordgo.MessageFlagsEphemeral, AllowedMentions: noMentions(),
		},
	})
}

// handleSource shows one paragraph as written.
func (b *Bot) handleSource(ctx context.Context, i *discordgo.Interaction, ref string) {
	p, ok := b.current().Source(ref)
	t := textsFor(b.current().Info().Language)
	if !ok {
		b.notice(ctx, i, fmt.Sprintf(t.notFound, truncate(ref, 100)))
		return
	}
	b.respond(ctx, i, &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{
			Embeds: []*discordgo.MessageEmbed{paragraphEmbed(textsFor(p.Language), 0, p)}, AllowedMentions: noMentions(),
		},
	})
}

// corpusHolder is implemented by backends that can list their paragraphs
// (*answer.Engine does), which /source autocomplete uses.
type corpusHolder interface{ Corpus() *corpus.Corpus }

// onAutocomplete suggests paragraph refs for /source.
func (b *Bot) onAutocomplete(i *discordgo.Interaction, d discordgo.ApplicationCommandInteractionData) {
	ctx, cancel := b.restCtx()
	defer cancel()
	var typed string
	for _, o := range d.Options {
		if o != nil && o.Focused {
			typed, _ = o.Value.(string)
		}
	}
	var choices []*discordgo.ApplicationCommandOptionChoice
	if ch, ok := b.current().(corpusHolder); ok && d.Name == cmdSource && ch.Corpus() != nil {
		choices = refChoices(ch.Corpus().Paragraphs(), typed)
	}
	if d.Name == cmdPeople {
		choices = b.peopleChoices(typed)
	}
	b.respond(ctx, i, &discordgo.InteractionResponse{
		Type: discordgo.InteractionApplicationCommandAutocompleteResult,
		Data: &discordgo.InteractionResponseData{Choices: choices},
	})
}

// refChoices lists up to 25 paragraphs matching what was typed.
func refChoices(paras []corpus.Paragraph, typed string) []*discordgo.ApplicationCommandOptionChoice {
	typed = strings.ToLower(strings.TrimSpace(typed))
	typed = strings.TrimPrefix(typed, "#")
	out := []*discordgo.ApplicationCommandOptionChoice{}
	for _, p := range paras {
		if len(out) == 25 {
			break
		}
		hay := strings.ToLower(p.Ref + " " + p.Section + " " + p.Text)
		if typed != "" && !strings.Contains(hay, typed) && fmt.Sprint(p.N) != typed {
			continue
		}
		label := fmt.Sprintf("#%d", p.N)
		if p.Section != "" {
			label += " · " + cleanInline(p.Section)
		}
		label += " — " + cleanInline(p.Text)
		out = append(out, &discordgo.ApplicationCommandOptionChoice{Name: truncate(label, 100), Value: p.Ref})
	}
	return out
}

// handleReindex reloads the corpus for members who can manage the server.
func (b *Bot) handleReindex(i *discordgo.Interaction, log *slog.Logger, admitted bool) {
	ctx, cancel := b.deliverCtx()
	defer cancel()
	t := textsFor(b.current().Info().Language)
	if i.Member == nil || i.Member.Permissions&(discordgo.PermissionManageGuild|discordgo.PermissionAdministrator) == 0 {
		b.notice(ctx, i, t.adminOnly)
		return
	}
	if b.reload == nil {
		b.notice(ctx, i, t.noReload)
		return
	}
	if !admitted {
		b.notice(ctx, i, t.restarting)
		return
	}
	b.respond(ctx, i, &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseDeferredChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{Flags: discordgo.MessageFlagsEphemeral, AllowedMentions: noMentions()},
	})
	b.reloadMu.Lock()
	rctx, rcancel := context.WithTimeout(b.workCtx, 10*time.Minute)
	nb, err := b.reload(rctx)
	rcancel()
	if err == nil && nb == nil {
		err = errors.New("the reload returned no backend")
	}
	var text string
	if err != nil {
		b.metrics.reloads.WithLabelValues("error").Inc()
		log.Error("reindex failed", "err", err)
		text = fmt.Sprintf(t.reloadFailed, truncate(err.Error(), 1500))
	} else {
		b.backend.Store(&backendBox{nb})
		b.metrics.reloads.WithLabelValues("ok").Inc()
		in := nb.Info()
		log.Info("reindexed", "articles", in.Articles, "paragraphs", in.Paragraphs, "version", in.Version)
		text = fmt.Sprintf(t.reloaded, in.Articles, in.Paragraphs, in.Version)
	}
	b.reloadMu.Unlock()
	dctx, dcancel := b.deliverCtx()
	defer dcancel()
	if err := b.deliverInteraction(dctx, i, []outMessage{{Content: text}}, true); err != nil {
		log.Error("sending the reindex result", "err", err)
	}
}

// onButton handles the buttons under answers.
func (b *Bot) onButton(i *discordgo.Interaction, user *discordgo.User, d discordgo.MessageComponentInteractionData) {
	ctx, cancel := b.restCtx()
	defer cancel()
	lang := ""
	if i.Message != nil {
		lang = langOf(i.Message.Content)
	}
	t := textsFor(lang)
	switch d.CustomID {
	case idSources:
		refs := citedRefs(i.Message)
		be := b.current()
		var embeds []*discordgo.MessageEmbed
		for _, r := range refs {
			if p, ok := be.Source(r.Ref); ok {
				embeds = append(embeds, paragraphEmbed(t, r.N, p))
			}
		}
		if len(embeds) == 0 {
			b.notice(ctx, i, t.noSources)
			return
		}
		groups := packEmbeds(embeds)
		b.respond(ctx, i, &discordgo.InteractionResponse{
			Type: discordgo.InteractionResponseChannelMessageWithSource,
			Data: &discordgo.InteractionResponseData{
				Embeds: groups[0], Flags: discordgo.MessageFlagsEphemeral, AllowedMentions: noMentions(),
			},
		})
		for _, g := range groups[1:] {
			if _, err := b.s.FollowupMessageCreate(i, true, &discordgo.WebhookParams{
				Embeds: g, Flags: discordgo.MessageFlagsEphemeral, AllowedMentions: noMentions(),
			}, rest(ctx)); err != nil {
				b.log.Error("sending sources", "err", err)
				return
			}
		}
	case idFeedbackUp, idFeedbackDown:
		vote := "up"
		if d.CustomID == idFeedbackDown {
			vote = "down"
		}
		b.metrics.feedback.WithLabelValues(vote).Inc()
		msgID := ""
		if i.Message != nil {
			msgID = i.Message.ID
		}
		b.log.Info("feedback", "vote", vote, "message_id", msgID, "user_id", user.ID, "guild_id", i.GuildID, "channel_id", i.ChannelID)
		b.notice(ctx, i, t.thanks)
	default:
		if b.onCasetoolsButton(ctx, i, user, d.CustomID, t) {
			return
		}
		b.ignore("unknown_button", "custom_id", d.CustomID, "interaction_id", i.ID)
	}
}

// optString returns a string option's value.
func optString(opts []*discordgo.ApplicationCommandInteractionDataOption, name string) (string, bool) {
	for _, o := range opts {
		if o != nil && o.Name == name {
			s, ok := o.Value.(string)
			return s, ok
		}
	}
	return "", false
}

// optBool returns a boolean option's value.
func optBool(opts []*discordgo.ApplicationCommandInteractionDataOption, name string) (bool, bool) {
	for _, o := range opts {
		if o != nil && o.Name == name {
			v, ok := o.Value.(bool)
			return v, ok
		}
	}
	return false, false
}
