package bot_test

import (
	"context"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/bwmarrin/discordgo"

	"casebot/answer"
	"casebot/bot"
	"casebot/bot/discordtest"
	"casebot/corpus"
	"casebot/retrieval"
)

// realEngine builds the extractive answer engine over the embedded corpus.
func realEngine(t *testing.T) *answer.Engine {
	t.Helper()
	c, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	ix, err := retrieval.Build(context.Background(), c, retrieval.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return answer.New(c, ix, answer.Options{EmbedderName: "hash"})
}

// The whole path with the real engine over the default corpus: a question in
// Arabic by slash command and by mention, the sources button, /source with
// autocomplete, /about, /reindex.
func TestRealEngineEndToEnd(t *testing.T) {
	t.Parallel()
	eng := realEngine(t)
	var reloads atomic.Int32
	reload := func(ctx context.Context) (bot.Backend, error) {
		reloads.Add(1)
		return realEngine(t), nil
	}
	h := start(t, testConfig(), eng, reload, discordtest.Options{})

	in := h.answered(h.srv.SlashCommand(discordtest.Command{Name: "ask", Options: map[string]any{"question": "لماذا أقيل سام ألتمان؟"}}))
	orig := in.Original
	t.Logf("answer:\n%s\nsources:\n%s", orig.Content, orig.Embeds[0].Description)
	if !strings.Contains(orig.Content, "[1]") {
		t.Fatalf("answer without citation marks: %q", orig.Content)
	}
	if len(orig.Embeds) != 1 || !strings.Contains(orig.Embeds[0].Description, "`openai-altman-ouster-2023#") {
		t.Fatalf("sources: %+v", orig.Embeds)
	}
	src := h.responded(h.srv.Click(orig, "casebot:sources", "5"))
	if src.Data == nil || len(src.Data.Embeds) == 0 || src.Data.Flags&discordgo.MessageFlagsEphemeral == 0 {
		t.Fatalf("full sources: %+v", src.Data)
	}
	// Each paragraph is shown as written in the corpus.
	for _, e := range src.Data.Embeds {
		ref := e.Title[strings.Index(e.Title, "openai-"):]
		p, ok := eng.Source(ref)
		if !ok || e.Description != p.Text {
			t.Fatalf("embed %q does not show paragraph %q as written", e.Title, ref)
		}
	}

	q := h.srv.Say(discordtest.ChannelID, "7", "<@900> متى عاد ألتمان إلى منصبه؟")
	h.wait("threaded answer", func() bool { return len(botMessages(h.srv, q.ID)) > 0 })
	if m := botMessages(h.srv, q.ID); !strings.Contains(m[len(m)-1].Content+m[0].Content, "[") {
		t.Fatalf("threaded answer %q", m[0].Content)
	}

	ac := h.responded(h.srv.SlashCommand(discordtest.Command{Name: "source", Options: map[string]any{"ref": "عودة"}, Autocomplete: true}))
	if ac.Type != discordgo.InteractionApplicationCommandAutocompleteResult || ac.Data == nil || len(ac.Data.Choices) == 0 {
		t.Fatalf("autocomplete: %+v", ac)
	}
	ref := ac.Data.Choices[0].Value.(string)
	cb := h.responded(h.srv.SlashCommand(discordtest.Command{Name: "source", Options: map[string]any{"ref": ref}}))
	if p, _ := eng.Source(ref); cb.Data == nil || len(cb.Data.Embeds) != 1 || cb.Data.Embeds[0].Description != p.Text {
		t.Fatalf("/source %s: %+v", ref, cb.Data)
	}
	about := h.responded(h.srv.SlashCommand(discordtest.Command{Name: "about"}))
	if vals := strings.Join(fieldValues(about.Data.Embeds[0]), "|"); !strings.Contains(vals, "11") || !strings.Contains(vals, "extractive") {
		t.Fatalf("/about fields %s", vals)
	}
	h.answered(h.srv.SlashCommand(discordtest.Command{Name: "reindex", Permissions: discordgo.PermissionAdministrator}))
	if reloads.Load() != 1 {
		t.Fatalf("%d reloads", reloads.Load())
	}
	sum := h.answered(h.srv.SlashCommand(discordtest.Command{Name: "summary"}))
	if !strings.Contains(sum.Original.Content, "[1]") {
		t.Fatalf("summary %q", sum.Original.Content)
	}
}
