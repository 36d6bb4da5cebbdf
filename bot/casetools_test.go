package bot_test

import (
	"context"
	"errors"
	"log/slog"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"casebot/answer"
	"casebot/bot"
	"casebot/bot/discordtest"
	"casebot/corpus"
	"casebot/feedback"
	"casebot/llm"
	"casebot/llm/llmtest"
	"casebot/retrieval"
)

func engineOn(t *testing.T, c *corpus.Corpus) *answer.Engine {
	t.Helper()
	ix, err := retrieval.Build(context.Background(), c, retrieval.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return answer.New(c, ix, answer.Options{EmbedderName: "hash"})
}

func startWithStore(t *testing.T, be bot.Backend, store bot.FeedbackStore) *harness {
	t.Helper()
	return startWith(t, testConfig(), be, nil, discordtest.Options{}, setup{optsExtra: []bot.Option{bot.WithFeedbackStore(store)}})
}

func buttonWithPrefix(t *testing.T, m *discordgo.Message, prefix string) string {
	t.Helper()
	for _, id := range buttonIDs(m) {
		if strings.HasPrefix(id, prefix) {
			return id
		}
	}
	t.Fatalf("no button %s* in %v", prefix, buttonIDs(m))
	return ""
}

// Every answer of the real engine carries a trace button; a click shows
// the trace to the one who clicked, privately; votes are kept with the
// question, the answer, its citations and its trace.
func TestTraceButtonAndStoredVotes(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	store, err := feedback.Open(ctx, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	h := startWithStore(t, realEngine(t), store)

	in := h.answered(h.srv.SlashCommand(discordtest.Command{Name: "ask", Options: map[string]any{"question": "Why was Sam Altman fired?"}}))
	orig := in.Original
	ids := buttonIDs(orig)
	if len(ids) != 4 || ids[0] != "casebot:sources" || !strings.HasPrefix(ids[1], "casebot:fb:up:") || !strings.HasPrefix(ids[2], "casebot:fb:down:") || !strings.HasPrefix(ids[3], "casebot:trace:") {
		t.Fatalf("buttons %v", ids)
	}
	answerID := strings.TrimPrefix(ids[3], "casebot:trace:")

	cb := h.responded(h.srv.Click(orig, ids[3], "42"))
	if cb.Type != discordgo.InteractionResponseChannelMessageWithSource || cb.Data == nil || cb.Data.Flags&discordgo.MessageFlagsEphemeral == 0 || len(cb.Data.Embeds) != 1 {
		t.Fatalf("trace response %+v", cb.Data)
	}
	e := cb.Data.Embeds[0]
	all := e.Description
	for _, f := range e.Fields {
		all += "\n" + f.Name + "\n" + f.Value
	}
	for _, s := range []string{"searched as →", "`openai-altman-ouster-2023#", "confidence", "✅", "extractive"} {
		if !strings.Contains(all, s) {
			t.Errorf("trace embed lacks %q:\n%s", s, all)
		}
	}
	if cb.Data.AllowedMentions == nil || len(cb.Data.AllowedMentions.Parse) != 0 {
		t.Errorf("trace response allows mentions: %+v", cb.Data.AllowedMentions)
	}

	fb := h.responded(h.srv.Click(orig, ids[2], "8"))
	if fb.Data == nil || fb.Data.Flags&discordgo.MessageFlagsEphemeral == 0 {
		t.Fatalf("vote response %+v", fb.Data)
	}
	h.responded(h.srv.Click(orig, ids[1], "9"))
	entries, err := store.List(ctx, feedback.Filter{DownOnly: true})
	if err != nil || len(entries) != 1 {
		t.Fatalf("stored down votes: %+v %v", entries, err)
	}
	got := entries[0]
	if got.ID != answerID || got.Down != 1 || got.Up != 1 || got.Answer.Question != "Why was Sam Altman fired?" || len(got.Answer.Citations) == 0 || got.Answer.Trace == nil || len(got.Answer.Trace.Candidates) == 0 || got.Source != "slash" {
		t.Fatalf("stored entry %+v", got)
	}

	// An answer by mention gets the buttons too.
	q := h.srv.Say(discordtest.ChannelID, "7", "<@900> من هي ميرا موراتي؟")
	h.wait("threaded answer", func() bool { return len(botMessages(h.srv, q.ID)) > 0 })
	ms := botMessages(h.srv, q.ID)
	buttonWithPrefix(t, ms[len(ms)-1], "casebot:trace:")

	// A trace nobody has any more.
	gone := h.responded(h.srv.Click(orig, "casebot:trace:0000000000000000", "42"))
	if gone.Data == nil || !strings.HasPrefix(gone.Data.Content, "ℹ️") || len(gone.Data.Embeds) != 0 || gone.Data.Flags&discordgo.MessageFlagsEphemeral == 0 {
		t.Fatalf("expired trace: %+v", gone.Data)
	}
}

// brokenStore fails every write, as a full disk would.
type brokenStore struct {
	mu     sync.Mutex
	writes int
}

var errDiskFull = errors.New("database or disk is full")

func (s *brokenStore) SaveAnswer(context.Context, feedback.Record) error {
	s.mu.Lock()
	s.writes++
	s.mu.Unlock()
	return errDiskFull
}
func (s *brokenStore) Vote(context.Context, string, string, string, time.Time) error {
	s.mu.Lock()
	s.writes++
	s.mu.Unlock()
	return errDiskFull
}
func (s *brokenStore) Answer(context.Context, string) (feedback.Record, bool, error) {
	return feedback.Record{}, false, errDiskFull
}

// A full disk is an error in the log, never a lost answer.
func TestFullDiskNeverLosesTheAnswer(t *testing.T) {
	t.Parallel()
	store := &brokenStore{}
	h := startWithStore(t, realEngine(t), store)
	in := h.answered(h.srv.SlashCommand(discordtest.Command{Name: "ask", Options: map[string]any{"question": "لماذا أقيل سام ألتمان؟"}}))
	if !strings.Contains(in.Original.Content, "[1]") {
		t.Fatalf("no answer: %q", in.Original.Content)
	}
	up := buttonWithPrefix(t, in.Original, "casebot:fb:up:")
	tr := buttonWithPrefix(t, in.Original, "casebot:trace:")
	if cb := h.responded(h.srv.Click(in.Original, up, "3")); cb.Data == nil || cb.Data.Flags&discordgo.MessageFlagsEphemeral == 0 {
		t.Fatalf("vote: %+v", cb.Data)
	}
	// The trace is still served from memory.
	if cb := h.responded(h.srv.Click(in.Original, tr, "3")); cb.Data == nil || len(cb.Data.Embeds) != 1 {
		t.Fatalf("trace: %+v", cb.Data)
	}
	logs := h.logs.String()
	if !strings.Contains(logs, "keeping the answer failed") || !strings.Contains(logs, "keeping the vote failed") || !strings.Contains(logs, "disk is full") {
		t.Errorf("the failed writes are not logged:\n%s", logs)
	}
	store.mu.Lock()
	defer store.mu.Unlock()
	if store.writes < 2 {
		t.Errorf("%d writes attempted", store.writes)
	}
}

func TestTimelineAndPeopleCommands(t *testing.T) {
	t.Parallel()
	multi, err := corpus.Load(filepath.Join("..", "testdata", "multi"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		be   *answer.Engine
	}{{"default", realEngine(t)}, {"multi", engineOn(t, multi)}} {
		t.Run(tc.name, func(t *testing.T) {
			h := start(t, testConfig(), tc.be, nil, discordtest.Options{})
			tok := h.srv.SlashCommand(discordtest.Command{Name: "timeline"})
			h.answered(tok)
			// The last message carries the sources; wait for all pieces.
			h.wait("the whole timeline", func() bool {
				in, _ := h.srv.Interaction(tok)
				ms := append([]*discordgo.Message{in.Original}, in.Followups...)
				return len(ms[len(ms)-1].Embeds) > 0
			})
			in := h.interaction(tok)
			msgs := append([]*discordgo.Message{in.Original}, in.Followups...)
			last := msgs[len(msgs)-1]
			if !strings.Contains(in.Original.Content, "2023-11-16") || !strings.Contains(in.Original.Content, "[1]") {
				t.Errorf("timeline:\n%s", in.Original.Content)
			}
			if len(last.Embeds) != 1 || !strings.Contains(last.Embeds[0].Description, "`openai-altman-ouster-2023#") {
				for k, m := range msgs {
					t.Logf("message %d: %d runes, %d embeds, %d components", k, len([]rune(m.Content)), len(m.Embeds), len(m.Components))
				}
				t.Fatalf("timeline sources: %+v", last.Embeds)
			}
			// Every [n] in the text has its paragraph in the sources.
			var text strings.Builder
			for _, m := range msgs {
				text.WriteString(m.Content)
			}
			for n := 1; strings.Contains(text.String(), "["+strconv.Itoa(n)+"]"); n++ {
				if !strings.Contains(last.Embeds[0].Description, "**["+strconv.Itoa(n)+"]**") && !strings.Contains(last.Embeds[0].Description, "… +") {
					t.Errorf("[%d] is not among the sources", n)
				}
			}

			p := h.answered(h.srv.SlashCommand(discordtest.Command{Name: "people", Options: map[string]any{"name": "اليا سوتسكيفر"}}))
			if !strings.Contains(p.Original.Content, "سوتسكيفر") || !strings.Contains(p.Original.Content, "Ilya Sutskever") || !strings.Contains(p.Original.Content, "[1]") {
				t.Errorf("people name:\n%s", p.Original.Content)
			}
			all := h.answered(h.srv.SlashCommand(discordtest.Command{Name: "people"}))
			if !strings.Contains(all.Original.Content, "Sam Altman") {
				t.Errorf("who's who:\n%s", all.Original.Content)
			}
			nobody := h.answered(h.srv.SlashCommand(discordtest.Command{Name: "people", Options: map[string]any{"name": "@everyone Elon"}}))
			if !strings.Contains(nobody.Original.Content, "No one") && !strings.Contains(nobody.Original.Content, "لا أحد") {
				t.Errorf("no match: %q", nobody.Original.Content)
			}
			ac := h.responded(h.srv.SlashCommand(discordtest.Command{Name: "people", Options: map[string]any{"name": "Sutsk"}, Autocomplete: true}))
			if ac.Data == nil || len(ac.Data.Choices) == 0 || !strings.Contains(ac.Data.Choices[0].Name, "Sutskever") {
				t.Errorf("autocomplete: %+v", ac.Data)
			}
			if tc.name == "multi" {
				br := h.answered(h.srv.SlashCommand(discordtest.Command{Name: "people", Options: map[string]any{"name": "Brockman"}}))
				for _, s := range []string{"جريج بروكمان", "Greg Brockman", "غريغ بروكمان"} {
					if !strings.Contains(br.Original.Content, s) {
						t.Errorf("Brockman across articles lacks %q:\n%s", s, br.Original.Content)
					}
				}
			}
		})
	}
}

// With a model, /timeline shows the lines it wrote that passed the check
// and the article's own sentences for the others.
func TestTimelineWrittenByModel(t *testing.T) {
	t.Parallel()
	c, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	srv := llmtest.NewServer(t)
	client, err := llm.New(llm.Config{BaseURL: srv.URL(), APIKey: "k", ChatModel: "test-chat", Timeout: 5 * time.Second, MaxRetries: 0}, llm.WithLogger(slog.New(slog.DiscardHandler)))
	if err != nil {
		t.Fatal(err)
	}
	ix, err := retrieval.Build(context.Background(), c, retrieval.Options{})
	if err != nil {
		t.Fatal(err)
	}
	eng := answer.New(c, ix, answer.Options{Model: llm.Adapter[answer.Message]{Client: client}, EmbedderName: "hash"})
	srv.Enqueue(llmtest.Text("1 | اكتشف عضو في المجلس أن الصندوق «يملكه فعليًا سام ألتمان» [1]\n2 | «كلام مخترع» [2]"))
	h := start(t, testConfig(), eng, nil, discordtest.Options{})
	in := h.answered(h.srv.SlashCommand(discordtest.Command{Name: "timeline"}))
	if !strings.Contains(in.Original.Content, "اكتشف عضو في المجلس أن الصندوق «يملكه فعليًا سام ألتمان» [1]") || strings.Contains(in.Original.Content, "مخترع") {
		t.Errorf("timeline:\n%s", in.Original.Content)
	}
}
