package bot

import (
	"context"
	"fmt"
	"strings"

	"github.com/bwmarrin/discordgo"

	"casebot/answer"
)

// cmdSources lists the articles the bot answers from.
const cmdSources = "sources"

// sourceLister is what /sources needs from a Backend; *answer.Engine has it.
// A backend without it gets a notice instead of a list.
type sourceLister interface {
	Sources() []answer.SourceInfo
}

// sourcesCommand is /sources' registration.
func sourcesCommand() *discordgo.ApplicationCommand {
	everywhere := []discordgo.InteractionContextType{discordgo.InteractionContextGuild, discordgo.InteractionContextBotDM}
	return &discordgo.ApplicationCommand{
		Name:        cmdSources,
		Description: "List the articles the bot answers from, with dates, languages and paragraph counts.",
		Contexts:    &everywhere,
	}
}

// maxSourceFields is how many articles one embed lists (Discord allows 25 fields).
const maxSourceFields = 20

// articlesEmbed lists articles oldest first; an undated one says so.
func articlesEmbed(list []answer.SourceInfo, lang string) *discordgo.MessageEmbed {
	title := fmt.Sprintf("Sources — %d article(s), oldest first", len(list))
	if lang == "ar" {
		title = fmt.Sprintf("المصادر — %d مقال، الأقدم أولًا", len(list))
	}
	e := &discordgo.MessageEmbed{Title: title, Color: colourSources}
	total := textLen(title)
	for i, s := range list {
		if i == maxSourceFields || total > embedTotalLen-1500 {
			more := fmt.Sprintf("… and %d more", len(list)-i)
			if lang == "ar" {
				more = fmt.Sprintf("… و%d مقالًا آخر", len(list)-i)
			}
			e.Footer = &discordgo.MessageEmbedFooter{Text: more}
			break
		}
		var v strings.Builder
		fmt.Fprintf(&v, "%s · %s · %d ¶ · `%s`", answer.FormatDate(s.Date, lang), s.Language, s.Paragraphs, cleanInline(s.ID))
		if s.Source != "" {
			fmt.Fprintf(&v, "\n<%s>", cleanInline(s.Source))
		}
		f := &discordgo.MessageEmbedField{
			Name:  truncate(cleanInline(s.Title), embedFieldNameLen),
			Value: truncate(v.String(), 400),
		}
		total += textLen(f.Name) + textLen(f.Value)
		e.Fields = append(e.Fields, f)
	}
	return e
}

// handleSources answers /sources from the current backend.
func (b *Bot) handleSources(ctx context.Context, i *discordgo.Interaction) {
	be := b.current()
	lang := be.Info().Language
	sl, ok := be.(sourceLister)
	if !ok {
		b.notice(ctx, i, "ℹ️ This bot cannot list its sources.")
		return
	}
	b.respond(ctx, i, &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{
			Embeds: []*discordgo.MessageEmbed{articlesEmbed(sl.Sources(), lang)}, AllowedMentions: noMentions(),
		},
	})
}

// citationDate is " · <date>" for a citation of a dated article (marked
// when it is an older account), and "" otherwise.
func citationDate(c answer.Citation) string {
	if c.Date == "" {
		return ""
	}
	s := " · " + answer.FormatDate(c.Date, "en")
	if c.Older {
		s += " (older account)"
	}
	for _, x := range c.AlsoIn {
		s += " · also `" + cleanInline(x.Ref) + "`"
	}
	return s
}
