package bot

import (
	"github.com/bwmarrin/discordgo"

	"casebot/answer"
)

// Command names.
const (
	cmdAsk     = "ask"
	cmdSummary = "summary"
	cmdSource  = "source"
	cmdAbout   = "about"
	cmdReindex = "reindex"
)

// Commands returns the application commands the bot registers, in the
// shape ApplicationCommandBulkOverwrite takes.
func Commands() []*discordgo.ApplicationCommand {
	manageGuild := int64(discordgo.PermissionManageGuild)
	minOne := 1
	guildOnly := []discordgo.InteractionContextType{discordgo.InteractionContextGuild}
	everywhere := []discordgo.InteractionContextType{discordgo.InteractionContextGuild, discordgo.InteractionContextBotDM}
	return append([]*discordgo.ApplicationCommand{
		{
			Name:        cmdAsk,
			Description: "Ask a question about the case; the answer cites its sources.",
			Contexts:    &everywhere,
			Options: []*discordgo.ApplicationCommandOption{
				{
					Type: discordgo.ApplicationCommandOptionString, Name: "question",
					Description: "Your question, in Arabic or English", Required: true,
					MinLength: &minOne, MaxLength: answer.MaxQuestionRunes,
				},
				{
					Type: discordgo.ApplicationCommandOptionBoolean, Name: "private",
					Description: "Show the answer only to you",
				},
			},
		},
		{
			Name:        cmdSummary,
			Description: "A cited summary of the case, or of one topic in it.",
			Contexts:    &everywhere,
			Options: []*discordgo.ApplicationCommandOption{
				{
					Type: discordgo.ApplicationCommandOptionString, Name: "topic",
					Description: "Only summarise this topic", MaxLength: answer.MaxQuestionRunes,
				},
			},
		},
		{
			Name:        cmdSource,
			Description: "Show a source paragraph as written, with its section and article.",
			Contexts:    &everywhere,
			Options: []*discordgo.ApplicationCommandOption{
				{
					Type: discordgo.ApplicationCommandOptionString, Name: "ref",
					Description: "Paragraph reference, e.g. openai-altman-ouster-2023#4", Required: true,
					Autocomplete: true, MaxLength: 200,
				},
			},
		},
		{
			Name:        cmdAbout,
			Description: "What the bot answers from: articles, paragraphs, answer mode and models.",
			Contexts:    &everywhere,
		},
		sourcesCommand(),
		{
			Name:                     cmdReindex,
			Description:              "Reload the corpus without restarting (server managers only).",
			DefaultMemberPermissions: &manageGuild,
			Contexts:                 &guildOnly,
		},
	}, casetoolsCommands()...)
}
