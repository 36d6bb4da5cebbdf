package bot_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"casebot/answer"
	"casebot/bot"
	"casebot/bot/discordtest"
	"casebot/corpus"
)

// ---- a fake backend ----

type fakeBackend struct {
	mu      sync.Mutex
	reqs    []answer.Request
	started chan struct{} // receives once per Ask, if not nil
	release chan struct{} // Ask waits for it, if not nil
	answer  func(answer.Request) answer.Answer
	paras   map[string]corpus.Paragraph
	info    answer.Info
}

func newFake() *fakeBackend {
	f := &fakeBackend{paras: map[string]corpus.Paragraph{}, info: answer.Info{
		Articles: 1, Paragraphs: 11, Version: "v1", Language: "ar", Mode: answer.ModeExtractive, Embedder: "hash",
	}}
	for i := 1; i <= 11; i++ {
		ref := fmt.Sprintf("openai-altman-ouster-2023#%d", i)
		f.paras[ref] = corpus.Paragraph{
			Ref: ref, ArticleID: "openai-altman-ouster-2023", Title: "كواليس إقالة سام ألتمان", N: i,
			Section: "خلفية", Text: fmt.Sprintf("الفقرة %d كما كُتبت في المقال.", i), Language: "ar",
		}
	}
	return f
}

func (f *fakeBackend) cite(ns ...int) []answer.Citation {
	var cs []answer.Citation
	for k, n := range ns {
		p := f.paras[fmt.Sprintf("openai-altman-ouster-2023#%d", n)]
		cs = append(cs, answer.Citation{N: k + 1, Ref: p.Ref, Paragraph: p.N, Title: p.Title, Section: p.Section, Quote: p.Text, Text: p.Text, Verified: true})
	}
	return cs
}

func (f *fakeBackend) Ask(ctx context.Context, req answer.Request) (answer.Answer, error) {
	if _, err := answer.CheckQuestion(req.Question); err != nil {
		return answer.Answer{}, err
	}
	f.mu.Lock()
	f.reqs = append(f.reqs, req)
	started, release, fn := f.started, f.release, f.answer
	f.mu.Unlock()
	if started != nil {
		started <- struct{}{}
	}
	if release != nil {
		select {
		case <-release:
		case <-ctx.Done():
			return answer.Answer{}, ctx.Err()
		}
	}
	if fn != nil {
		return fn(req), nil
	}
	return answer.Answer{
		Question: req.Question, Answer: "The board removed Altman [1]. He returned days later [2].",
		Mode: answer.ModeExtractive, Language: "en", Citations: f.cite(4, 9),
	}, nil
}

func (f *fakeBackend) Summarize(ctx context.Context, topic, lang string) (answer.Summary, error) {
	return answer.Summary{Topic: topic, Summary: "- Removed [1]\n- Returned [2]", Mode: answer.ModeExtractive, Language: "en", Citations: f.cite(1, 2)}, nil
}

func (f *fakeBackend) Source(ref string) (corpus.Paragraph, bool) {
	p, ok := f.paras[ref]
	return p, ok
}

func (f *fakeBackend) Info() answer.Info { return f.info }

func (f *fakeBackend) requests() []answer.Request {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]answer.Request(nil), f.reqs...)
}

// ---- harness ----

// syncBuffer collects log lines from many goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

type harness struct {
	t      *testing.T
	srv    *discordtest.Server
	bot    *bot.Bot
	logs   *syncBuffer
	cancel context.CancelFunc
	done   chan error
}

func testConfig() bot.Config {
	return bot.Config{
		Token: "test-token", GuildID: discordtest.GuildID, HealthAddr: "-",
		ReadyTimeout: 5 * time.Second, ShutdownGrace: 3 * time.Second, ReconnectDelay: 10 * time.Millisecond,
		UserEvery: time.Millisecond, UserBurst: 1000, MaxConcurrent: 4, QueueSize: 64,
	}
}

// start runs a bot against a fresh double and waits until it is ready.
// Cleanup stops it and checks every message it sent against Discord's rules.
func start(t *testing.T, cfg bot.Config, be bot.Backend, reload bot.ReloadFunc, opts discordtest.Options) *harness {
	t.Helper()
	return startWith(t, cfg, be, reload, opts, setup{})
}

// setup adjusts a harness before the bot runs.
type setup struct {
	// client wraps the HTTP client the bot talks to the double with.
	client func(*http.Client) *http.Client
	// before runs after New and before Run.
	before func(*discordtest.Server, *bot.Bot)
	// optsExtra are more options for New.
	optsExtra []bot.Option
}

func startWith(t *testing.T, cfg bot.Config, be bot.Backend, reload bot.ReloadFunc, opts discordtest.Options, su setup) *harness {
	t.Helper()
	srv := discordtest.New(opts)
	logs := &syncBuffer{}
	log := slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	client := srv.Client()
	if su.client != nil {
		client = su.client(client)
	}
	b, err := bot.New(cfg, be, reload, log, append([]bot.Option{bot.WithHTTPClient(client)}, su.optsExtra...)...)
	if err != nil {
		srv.Close()
		t.Fatalf("New: %v", err)
	}
	if su.before != nil {
		su.before(srv, b)
	}
	ctx, cancel := context.WithCancel(context.Background())
	h := &harness{t: t, srv: srv, bot: b, logs: logs, cancel: cancel, done: make(chan error, 1)}
	go func() { h.done <- b.Run(ctx) }()
	select {
	case <-b.Ready():
	case err := <-h.done:
		cancel()
		srv.Close()
		t.Fatalf("Run ended before ready: %v\nlogs:\n%s", err, logs.String())
	case <-time.After(10 * time.Second):
		cancel()
		srv.Close()
		t.Fatalf("bot not ready\nlogs:\n%s", logs.String())
	}
	t.Cleanup(func() {
		h.stop()
		srv.Close()
		for _, v := range srv.AllowedMentionViolations() {
			t.Errorf("allowed mentions: %s", v)
		}
		for _, v := range srv.LimitViolations() {
			t.Errorf("limits: %s", v)
		}
		if strings.Contains(logs.String(), "panic in event handler") {
			t.Errorf("a handler panicked:\n%s", logs.String())
		}
		if t.Failed() {
			t.Logf("bot logs:\n%s", logs.String())
		}
	})
	return h
}

// stop cancels Run and returns its error.
func (h *harness) stop() error {
	h.cancel()
	select {
	case err := <-h.done:
		h.done <- err
		return err
	case <-time.After(15 * time.Second):
		h.t.Error("Run did not return after cancel")
		return errors.New("timeout")
	}
}

// wait waits for cond or fails the test.
func (h *harness) wait(what string, cond func() bool) {
	h.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	if err := h.srv.Wait(ctx, cond); err != nil {
		h.t.Fatalf("waiting for %s: %v", what, err)
	}
}

// waitFor waits for cond and reports whether it came true in time; unlike
// wait it may be called from any goroutine.
func (h *harness) waitFor(cond func() bool) bool {
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	return h.srv.Wait(ctx, cond) == nil
}

func (h *harness) interaction(token string) discordtest.Interaction {
	in, ok := h.srv.Interaction(token)
	if !ok {
		h.t.Fatalf("no interaction %s", token)
	}
	return in
}

// answered waits for the deferred response of an interaction to be edited.
func (h *harness) answered(token string) discordtest.Interaction {
	h.t.Helper()
	h.wait("answer to "+token, func() bool {
		in, _ := h.srv.Interaction(token)
		return in.Original != nil && in.Edits > 0
	})
	return h.interaction(token)
}

// responded waits for the first interaction response.
func (h *harness) responded(token string) discordtest.Callback {
	h.t.Helper()
	h.wait("response to "+token, func() bool {
		in, _ := h.srv.Interaction(token)
		return len(in.Callbacks) > 0
	})
	return h.interaction(token).Callbacks[0]
}

func botMessages(srv *discordtest.Server, channelID string) []*discordgo.Message {
	var out []*discordgo.Message
	for _, m := range srv.Messages(channelID) {
		if m.Author != nil && m.Author.ID == discordtest.BotID {
			out = append(out, m)
		}
	}
	return out
}

func buttonIDs(m *discordgo.Message) []string {
	var ids []string
	for _, c := range m.Components {
		if row, ok := c.(*discordgo.ActionsRow); ok {
			for _, b := range row.Components {
				if btn, ok := b.(*discordgo.Button); ok {
					ids = append(ids, btn.CustomID)
				}
			}
		}
	}
	return ids
}

func metricsText(t *testing.T, b *bot.Bot) string {
	rec := httptest.NewRecorder()
	b.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	body, _ := io.ReadAll(rec.Body)
	return string(body)
}

// ---- tests ----

func TestAskIsDeferredThenEditedWithCitations(t *testing.T) {
	t.Parallel()
	be := newFake()
	h := start(t, testConfig(), be, nil, discordtest.Options{})

	tok := h.srv.SlashCommand(discordtest.Command{Name: "ask", Options: map[string]any{"question": "Why was Altman removed?"}, UserID: "7"})
	in := h.answered(tok)
	cb := in.Callbacks[0]
	if cb.Type != discordgo.InteractionResponseDeferredChannelMessageWithSource {
		t.Fatalf("first response type %d, want deferred (5)", cb.Type)
	}
	if ack := cb.At.Sub(in.Sent); ack > 2*time.Second {
		t.Fatalf("acknowledged after %s", ack)
	}
	if cb.Data != nil && cb.Data.Flags&discordgo.MessageFlagsEphemeral != 0 {
		t.Fatal("public question deferred as ephemeral")
	}
	orig := in.Original
	if !strings.Contains(orig.Content, "[1]") || !strings.Contains(orig.Content, "removed Altman") {
		t.Fatalf("answer content %q", orig.Content)
	}
	if len(orig.Embeds) != 1 || !strings.Contains(orig.Embeds[0].Description, "`openai-altman-ouster-2023#4`") ||
		!strings.Contains(orig.Embeds[0].Description, "خلفية") {
		t.Fatalf("sources embed: %+v", orig.Embeds)
	}
	if ids := buttonIDs(orig); strings.Join(ids, ",") != "casebot:sources,casebot:fb:up,casebot:fb:down" {
		t.Fatalf("buttons %v", ids)
	}

	// The sources button shows the full cited paragraphs, privately.
	src := h.responded(h.srv.Click(orig, "casebot:sources", "8"))
	if src.Type != discordgo.InteractionResponseChannelMessageWithSource || src.Data.Flags&discordgo.MessageFlagsEphemeral == 0 {
		t.Fatalf("sources response type %d flags %d", src.Type, src.Data.Flags)
	}
	if len(src.Data.Embeds) != 2 || src.Data.Embeds[0].Description != be.paras["openai-altman-ouster-2023#4"].Text ||
		!strings.Contains(src.Data.Embeds[1].Title, "#9") {
		t.Fatalf("sources embeds: %+v", src.Data.Embeds)
	}

	// Feedback is acknowledged privately and counted.
	fb := h.responded(h.srv.Click(orig, "casebot:fb:down", "8"))
	if fb.Data.Flags&discordgo.MessageFlagsEphemeral == 0 {
		t.Fatal("feedback notice is public")
	}
	if m := metricsText(t, h.bot); !strings.Contains(m, `casebot_feedback_total{vote="down"} 1`) ||
		!strings.Contains(m, `casebot_questions_total{source="slash"} 1`) {
		t.Fatalf("metrics:\n%s", m)
	}

	// A private question is deferred as ephemeral.
	tok = h.srv.SlashCommand(discordtest.Command{Name: "ask", Options: map[string]any{"question": "Who returned?", "private": true}, UserID: "7"})
	in = h.answered(tok)
	if in.Callbacks[0].Data == nil || in.Callbacks[0].Data.Flags&discordgo.MessageFlagsEphemeral == 0 {
		t.Fatal("private question not deferred as ephemeral")
	}
}

func TestStreamingAnswerShowsProgress(t *testing.T) {
	t.Parallel()
	cfg := testConfig()
	cfg.ProgressEvery = time.Nanosecond
	var h *harness
	be := &streamingBackend{fakeBackend: newFake(), between: func(i int) {
		if i == 0 { // the first part is shown before the model goes on
			h.waitFor(func() bool { return len(progressEdits(h.srv, "")) > 0 })
		}
	}}
	h = start(t, cfg, be, nil, discordtest.Options{})
	tok := h.srv.SlashCommand(discordtest.Command{Name: "ask", Options: map[string]any{"question": "stream?"}})
	h.answered(tok)
	if err := h.stop(); err != nil {
		t.Fatal(err)
	}
	in := h.interaction(tok)
	if in.Original.Content != "Part one [1]. Part two [2]. Part three." || len(in.Original.Embeds) != 1 {
		t.Fatalf("final answer %q with %d embeds", in.Original.Content, len(in.Original.Embeds))
	}
	if p := progressEdits(h.srv, tok); len(p) == 0 || !strings.HasPrefix(p[0], "Part one [1].") {
		t.Fatalf("progress edits %q", p)
	}
	assertNoEditAfterFinal(t, h.srv, tok)
}

// edits returns the contents of the edits of an interaction's response
// (of any interaction for token ""), in the order the double received them.
func edits(srv *discordtest.Server, token string) []string {
	var out []string
	for _, r := range srv.Requests() {
		if r.Method == "PATCH" && strings.Contains(r.Path, "/"+token) && strings.HasSuffix(r.Path, "/messages/@original") {
			var body struct {
				Content string `json:"content"`
			}
			_ = json.Unmarshal(r.Body, &body)
			out = append(out, body.Content)
		}
	}
	return out
}

// progressEdits are the edits that show an answer still being written.
func progressEdits(srv *discordtest.Server, token string) []string {
	var out []string
	for _, e := range edits(srv, token) {
		if strings.HasSuffix(e, "⏳") {
			out = append(out, e)
		}
	}
	return out
}

// assertNoEditAfterFinal checks that the edits of an interaction's
// response are progress edits followed by one final answer.
func assertNoEditAfterFinal(t *testing.T, srv *discordtest.Server, token string) {
	t.Helper()
	es := edits(srv, token)
	finals := 0
	for _, e := range es {
		if !strings.HasSuffix(e, "⏳") {
			finals++
		}
	}
	if len(es) == 0 || strings.HasSuffix(es[len(es)-1], "⏳") || finals != 1 {
		t.Fatalf("edits of the response, in order: %q; want progress edits, then one final answer", es)
	}
}

// streamingBackend writes its answer in pieces through OnDelta, calling
// between (if set) after each piece, and closing done (if set) when over.
type streamingBackend struct {
	*fakeBackend
	between func(i int)
	done    chan struct{}
}

func (s *streamingBackend) Ask(ctx context.Context, req answer.Request) (answer.Answer, error) {
	parts := []string{"Part one [1].", " Part two [2].", " Part three."}
	for i, p := range parts {
		if req.OnDelta != nil {
			req.OnDelta(p)
		}
		if s.between != nil {
			s.between(i)
		}
	}
	if s.done != nil {
		close(s.done)
	}
	return answer.Answer{Question: req.Question, Answer: strings.Join(parts, ""), Mode: answer.ModeLLM, Language: "en", Citations: s.cite(1, 2)}, nil
}

func TestCommandsRegisteredInOneBulkOverwrite(t *testing.T) {
	t.Parallel()
	for _, guild := range []string{discordtest.GuildID, ""} {
		cfg := testConfig()
		cfg.GuildID = guild
		h := start(t, cfg, newFake(), nil, discordtest.Options{})
		var puts []discordtest.Request
		for _, r := range h.srv.Requests() {
			if r.Method == "PUT" {
				puts = append(puts, r)
			}
		}
		want := "/applications/900/commands"
		if guild != "" {
			want = "/applications/900/guilds/100/commands"
		}
		if len(puts) != 1 || puts[0].Path != want {
			t.Fatalf("guild %q: command registrations %+v, want one PUT %s", guild, puts, want)
		}
		var cmds []map[string]any
		if err := json.Unmarshal(puts[0].Body, &cmds); err != nil {
			t.Fatal(err)
		}
		names := map[string]map[string]any{}
		for _, c := range cmds {
			names[c["name"].(string)] = c
		}
		for _, n := range []string{"ask", "summary", "source", "about", "reindex"} {
			if names[n] == nil {
				t.Fatalf("command %s not registered", n)
			}
		}
		if p := names["reindex"]["default_member_permissions"]; p != "32" {
			t.Fatalf("reindex permissions %v, want Manage Server (32)", p)
		}
		// Only the intents needed: no privileged message content by default.
		if in := h.srv.Intents(); in&(1<<15) != 0 || in&(1<<9) == 0 || in&(1<<12) == 0 {
			t.Fatalf("intents %b", in)
		}
		h.stop()
	}
}

func TestMentionAnswersInThreadAndFollowUpKeepsContext(t *testing.T) {
	t.Parallel()
	be := newFake()
	var n atomic.Int32
	be.answer = func(req answer.Request) answer.Answer {
		return answer.Answer{Question: req.Question, Answer: fmt.Sprintf("Answer number %d [1].", n.Add(1)), Mode: answer.ModeExtractive, Language: "en", Citations: be.cite(3)}
	}
	cfg := testConfig()
	cfg.MessageContent = true
	h := start(t, cfg, be, nil, discordtest.Options{})

	q := h.srv.Say(discordtest.ChannelID, "7", "<@900> why was Altman removed?")
	h.wait("answer in the thread", func() bool { return len(botMessages(h.srv, q.ID)) == 1 })
	th, ok := h.srv.Channel(q.ID)
	if !ok || th.ParentID != discordtest.ChannelID || th.OwnerID != discordtest.BotID {
		t.Fatalf("thread %+v", th)
	}
	first := botMessages(h.srv, q.ID)[0]
	if first.Content != "Answer number 1 [1]." {
		t.Fatalf("first answer %q", first.Content)
	}
	if len(botMessages(h.srv, discordtest.ChannelID)) != 0 {
		t.Fatal("the bot also answered in the channel")
	}
	typed := false
	for _, r := range h.srv.Requests() {
		typed = typed || (r.Method == "POST" && r.Path == "/channels/"+q.ID+"/typing")
	}
	if !typed {
		t.Fatal("no typing indicator in the thread")
	}
	if reqs := be.requests(); len(reqs) != 1 || reqs[0].Question != "why was Altman removed?" || len(reqs[0].History) != 0 {
		t.Fatalf("first request %+v", reqs)
	}

	// A follow-up in the bot's thread needs no mention and carries the earlier turn.
	h.srv.Say(q.ID, "7", "and when did he return?")
	h.wait("follow-up answer", func() bool { return len(botMessages(h.srv, q.ID)) == 2 })
	reqs := be.requests()
	if len(reqs) != 2 {
		t.Fatalf("%d requests", len(reqs))
	}
	hist := reqs[1].History
	if reqs[1].Question != "and when did he return?" || len(hist) != 1 ||
		hist[0].Question != "why was Altman removed?" || hist[0].Answer != "Answer number 1 [1]." {
		t.Fatalf("follow-up request %+v", reqs[1])
	}
	if m := metricsText(t, h.bot); !strings.Contains(m, `casebot_questions_total{source="thread"} 1`) ||
		!strings.Contains(m, `casebot_questions_total{source="mention"} 1`) {
		t.Fatalf("metrics:\n%s", m)
	}
}

func TestThreadFollowUpWithoutContentIntentIsNotGuessed(t *testing.T) {
	t.Parallel()
	be := newFake()
	h := start(t, testConfig(), be, nil, discordtest.Options{})
	q := h.srv.Say(discordtest.ChannelID, "7", "<@900> why was Altman removed?")
	h.wait("answer in the thread", func() bool { return len(botMessages(h.srv, q.ID)) == 1 })
	// Without the privileged intent Discord withholds the content: nothing to answer.
	h.srv.Say(q.ID, "7", "and then?")
	// A mention in the thread still works, with the history read back.
	h.srv.Say(q.ID, "7", "<@900> when did he return?")
	h.wait("mention in thread answered", func() bool { return len(botMessages(h.srv, q.ID)) == 2 })
	reqs := be.requests()
	if len(reqs) != 2 || reqs[1].Question != "when did he return?" || len(reqs[1].History) != 1 {
		t.Fatalf("requests %+v", reqs)
	}
}

func TestMentionFallsBackToReplyWhereThreadsAreNotAllowed(t *testing.T) {
	t.Parallel()
	h := start(t, testConfig(), newFake(), nil, discordtest.Options{})
	q := h.srv.Say(discordtest.NoThreadChannel, "7", "<@!900> who is on the board?")
	h.wait("reply", func() bool { return len(botMessages(h.srv, discordtest.NoThreadChannel)) == 1 })
	m := botMessages(h.srv, discordtest.NoThreadChannel)[0]
	if m.Type != discordgo.MessageTypeReply || m.MessageReference == nil || m.MessageReference.MessageID != q.ID {
		t.Fatalf("not a reply to the question: %+v", m)
	}
	if !strings.Contains(m.Content, "[1]") {
		t.Fatalf("reply %q", m.Content)
	}
}

func TestDirectMessage(t *testing.T) {
	t.Parallel()
	be := newFake()
	h := start(t, testConfig(), be, nil, discordtest.Options{})
	h.srv.Say(discordtest.DMChannelID, "7", "لماذا أقيل ألتمان؟")
	h.wait("DM answer", func() bool { return len(botMessages(h.srv, discordtest.DMChannelID)) == 1 })
	h.srv.Say(discordtest.DMChannelID, "7", "ومتى عاد؟")
	h.wait("DM follow-up", func() bool { return len(botMessages(h.srv, discordtest.DMChannelID)) == 2 })
	reqs := be.requests()
	if len(reqs) != 2 || len(reqs[1].History) != 1 || reqs[1].History[0].Question != "لماذا أقيل ألتمان؟" {
		t.Fatalf("requests %+v", reqs)
	}
}

func longAnswer(be *fakeBackend) func(answer.Request) answer.Answer {
	return func(req answer.Request) answer.Answer {
		var b strings.Builder
		for i := 0; b.Len() < 5000; i++ {
			fmt.Fprintf(&b, "قال المجلس إن ألتمان لم يكن صريحًا في تواصله مع المجلس [%d]. ", 1+i%2)
		}
		return answer.Answer{Question: req.Question, Answer: b.String(), Mode: answer.ModeExtractive, Language: "ar", Citations: be.cite(1, 2)}
	}
}

func TestLongAnswerArrivesInValidPieces(t *testing.T) {
	t.Parallel()
	be := newFake()
	be.answer = longAnswer(be)
	h := start(t, testConfig(), be, nil, discordtest.Options{})
	full := longAnswer(be)(answer.Request{}).Answer
	if len(full) < 5000 {
		t.Fatalf("answer only %d bytes", len(full))
	}

	tok := h.srv.SlashCommand(discordtest.Command{Name: "ask", Options: map[string]any{"question": "ماذا قال المجلس؟"}})
	h.wait("all pieces", func() bool {
		in, _ := h.srv.Interaction(tok)
		return in.Original != nil && len(in.Followups) > 0 && len(in.Followups[len(in.Followups)-1].Embeds) > 0
	})
	in := h.interaction(tok)
	pieces := []*discordgo.Message{in.Original}
	pieces = append(pieces, in.Followups...)
	if len(pieces) < 2 {
		t.Fatalf("%d messages", len(pieces))
	}
	var got []string
	for i, p := range pieces {
		if n := len([]rune(p.Content)); n >= 2000 || n == 0 {
			t.Fatalf("piece %d has %d characters", i, n)
		}
		if !strings.HasSuffix(p.Content, ".") {
			t.Errorf("piece %d does not end at a sentence: …%q", i, p.Content[len(p.Content)-30:])
		}
		got = append(got, p.Content)
	}
	if strings.Join(strings.Fields(strings.Join(got, " ")), " ") != strings.Join(strings.Fields(full), " ") {
		t.Fatal("the pieces do not add up to the answer")
	}

	// The same through a mention: several messages in the thread.
	q := h.srv.Say(discordtest.ChannelID, "7", "<@900> ماذا قال المجلس؟")
	h.wait("threaded pieces", func() bool {
		ms := botMessages(h.srv, q.ID)
		return len(ms) > 0 && len(ms[len(ms)-1].Embeds) > 0
	})
	if ms := botMessages(h.srv, q.ID); len(ms) != len(pieces) {
		t.Fatalf("%d messages in the thread, %d for the slash command", len(ms), len(pieces))
	}
}

func TestRateLimitGivesPrivateNotice(t *testing.T) {
	t.Parallel()
	cfg := testConfig()
	cfg.UserEvery, cfg.UserBurst = time.Hour, 1
	h := start(t, cfg, newFake(), nil, discordtest.Options{})
	first := h.srv.SlashCommand(discordtest.Command{Name: "ask", Options: map[string]any{"question": "one?"}, UserID: "7"})
	h.answered(first)
	second := h.srv.SlashCommand(discordtest.Command{Name: "ask", Options: map[string]any{"question": "two?"}, UserID: "7"})
	cb := h.responded(second)
	if cb.Type != discordgo.InteractionResponseChannelMessageWithSource || cb.Data.Flags&discordgo.MessageFlagsEphemeral == 0 ||
		!strings.HasPrefix(cb.Data.Content, "⏳") {
		t.Fatalf("over the limit: type %d flags %d %q", cb.Type, cb.Data.Flags, cb.Data.Content)
	}
	// Another user is not affected.
	h.answered(h.srv.SlashCommand(discordtest.Command{Name: "ask", Options: map[string]any{"question": "three?"}, UserID: "8"}))
	// A mention over the limit gets a reply saying so, not silence.
	h.srv.Say(discordtest.NoThreadChannel, "7", "<@900> four?")
	h.wait("notice reply", func() bool { return len(botMessages(h.srv, discordtest.NoThreadChannel)) == 1 })
	if m := botMessages(h.srv, discordtest.NoThreadChannel)[0]; !strings.HasPrefix(m.Content, "⏳") {
		t.Fatalf("mention notice %q", m.Content)
	}
	if m := metricsText(t, h.bot); !strings.Contains(m, `casebot_rate_limited_total{reason="user"} 2`) {
		t.Fatalf("metrics:\n%s", m)
	}
}

func TestQueueBoundGivesPrivateNotice(t *testing.T) {
	t.Parallel()
	be := newFake()
	be.started = make(chan struct{}, 10)
	be.release = make(chan struct{})
	cfg := testConfig()
	cfg.MaxConcurrent, cfg.QueueSize = 1, 1
	h := start(t, cfg, be, nil, discordtest.Options{})

	ask := func(user string) string {
		return h.srv.SlashCommand(discordtest.Command{Name: "ask", Options: map[string]any{"question": "q" + user + "?"}, UserID: user})
	}
	running := ask("1")
	<-be.started // the only slot is taken
	queued := ask("2")
	if cb := h.responded(queued); cb.Type != discordgo.InteractionResponseDeferredChannelMessageWithSource {
		t.Fatalf("queued question not deferred: %d", cb.Type)
	}
	refused := ask("3")
	cb := h.responded(refused)
	if cb.Type != discordgo.InteractionResponseChannelMessageWithSource || cb.Data.Flags&discordgo.MessageFlagsEphemeral == 0 ||
		!strings.HasPrefix(cb.Data.Content, "⏳") {
		t.Fatalf("over the queue: type %d %+v", cb.Type, cb.Data)
	}
	close(be.release)
	h.answered(running)
	h.answered(queued)
	if m := metricsText(t, h.bot); !strings.Contains(m, `casebot_rate_limited_total{reason="queue"} 1`) {
		t.Fatalf("metrics:\n%s", m)
	}
}

func TestFiftyQuestionsAtOnce(t *testing.T) {
	t.Parallel()
	be := newFake()
	be.answer = func(req answer.Request) answer.Answer {
		time.Sleep(5 * time.Millisecond) // some work, so the slots fill up
		return answer.Answer{Question: req.Question, Answer: "Answer to " + req.Question + " [1].", Mode: answer.ModeExtractive, Language: "en", Citations: be.cite(1)}
	}
	cfg := testConfig()
	cfg.MaxConcurrent, cfg.QueueSize = 4, 64
	h := start(t, cfg, be, nil, discordtest.Options{})
	var toks []string
	for i := range 50 {
		toks = append(toks, h.srv.SlashCommand(discordtest.Command{
			Name: "ask", Options: map[string]any{"question": fmt.Sprintf("question %d?", i)}, UserID: fmt.Sprint(1000 + i),
		}))
	}
	for i, tok := range toks {
		in := h.answered(tok)
		if ack := in.Callbacks[0].At.Sub(in.Sent); in.Callbacks[0].Type != discordgo.InteractionResponseDeferredChannelMessageWithSource || ack > 3*time.Second {
			t.Errorf("question %d: response type %d after %s", i, in.Callbacks[0].Type, ack)
		}
		if want := fmt.Sprintf("Answer to question %d? [1].", i); in.Original.Content != want {
			t.Errorf("question %d answered %q", i, in.Original.Content)
		}
	}
}

func TestRejectedTokenExitsWithClearError(t *testing.T) {
	t.Parallel()
	srv := discordtest.New(discordtest.Options{Token: "the-right-token"})
	defer srv.Close()
	cfg := testConfig()
	cfg.Token = "a-wrong-token"
	start := time.Now()
	err := bot.Run(context.Background(), cfg, newFake(), nil, nil, bot.WithHTTPClient(srv.Client()))
	if !errors.Is(err, bot.ErrTokenRejected) || !strings.Contains(err.Error(), "DISCORD_TOKEN") || !strings.Contains(err.Error(), "4004") {
		t.Fatalf("Run = %v, want ErrTokenRejected naming DISCORD_TOKEN and 4004", err)
	}
	if strings.Contains(err.Error(), "a-wrong-token") {
		t.Fatal("the error shows the token")
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Fatalf("took %s", d)
	}

	// A missing token fails before anything connects.
	cfg.Token = ""
	before := len(srv.Requests())
	if err := bot.Run(context.Background(), cfg, newFake(), nil, nil, bot.WithHTTPClient(srv.Client())); !errors.Is(err, bot.ErrNoToken) {
		t.Fatalf("no token: %v", err)
	}
	if len(srv.Requests()) != before {
		t.Fatal("a request went out without a token")
	}
}

func TestReadyTimeout(t *testing.T) {
	t.Parallel()
	srv := discordtest.New(discordtest.Options{NoReady: true})
	defer srv.Close()
	cfg := testConfig()
	cfg.ReadyTimeout = 300 * time.Millisecond
	start := time.Now()
	err := bot.Run(context.Background(), cfg, newFake(), nil, nil, bot.WithHTTPClient(srv.Client()))
	if !errors.Is(err, bot.ErrReadyTimeout) {
		t.Fatalf("Run = %v, want ErrReadyTimeout", err)
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Fatalf("took %s", d)
	}
}

func TestDroppedGatewayResumes(t *testing.T) {
	t.Parallel()
	h := start(t, testConfig(), newFake(), nil, discordtest.Options{})
	if h.srv.Identifies() != 1 {
		t.Fatalf("%d identifies", h.srv.Identifies())
	}
	h.srv.Drop()
	// Sent while the connection is down: replayed on resume.
	missed := h.srv.SlashCommand(discordtest.Command{Name: "ask", Options: map[string]any{"question": "did you miss me?"}})
	h.wait("resume", func() bool { return h.srv.Resumes() == 1 && h.srv.Connected() })
	if h.srv.Identifies() != 1 {
		t.Fatalf("identified again (%d) instead of resuming", h.srv.Identifies())
	}
	h.answered(missed)
	h.answered(h.srv.SlashCommand(discordtest.Command{Name: "ask", Options: map[string]any{"question": "still there?"}}))
}

func TestMalformedEventsAreIgnored(t *testing.T) {
	t.Parallel()
	h := start(t, testConfig(), newFake(), nil, discordtest.Options{})
	h.srv.DispatchRaw("MESSAGE_CREATE", `{"id":"5","channel_id":"200","guild_id":"100","content":"<@900> no author","mentions":[{"id":"900"}]}`)
	h.srv.DispatchRaw("MESSAGE_CREATE", `null`)
	h.srv.DispatchRaw("MESSAGE_CREATE", `{"id":"6","author":{"id":"7"},"content":"<@900> no channel"}`)
	h.srv.DispatchRaw("MESSAGE_CREATE", `{"id":"7","channel_id":"200","author":{"id":"7"},"content":"<@900>","mentions":[null]}`)
	h.srv.DispatchRaw("INTERACTION_CREATE", `null`)
	h.srv.DispatchRaw("INTERACTION_CREATE", `{"id":"8","type":2,"token":"t8","application_id":"900","data":{"name":"ask"}}`)
	h.srv.DispatchRaw("INTERACTION_CREATE", `{"id":"9","type":2,"token":"t9","application_id":"900","member":{"user":{"id":"7"}},"data":{"name":"ask","options":[{"name":"question","type":3,"value":17}]}}`)
	h.srv.DispatchRaw("INTERACTION_CREATE", `{"id":"10","type":3,"token":"t10","application_id":"900","user":{"id":"7"},"data":{"custom_id":"casebot:sources"}}`)
	h.srv.DispatchRaw("INTERACTION_CREATE", `{"id":"11","type":99,"token":"t11","member":{"user":{"id":"7"}}}`)
	h.srv.DispatchRaw("SOMETHING_NEW", `{"x":1}`)
	noUser := h.srv.SlashCommand(discordtest.Command{Name: "ask", Options: map[string]any{"question": "hi?"}, NoUser: true})
	unknown := h.srv.SlashCommand(discordtest.Command{Name: "frobnicate"})

	// The bot still answers afterwards.
	h.answered(h.srv.SlashCommand(discordtest.Command{Name: "ask", Options: map[string]any{"question": "after the noise?"}}))
	// The unknown command got a private notice; the one without a user was ignored.
	if cb := h.responded(unknown); cb.Data == nil || cb.Data.Flags&discordgo.MessageFlagsEphemeral == 0 {
		t.Fatalf("unknown command response %+v", cb)
	}
	if in := h.interaction(noUser); len(in.Callbacks) != 0 {
		t.Fatalf("interaction without a user was answered: %+v", in.Callbacks)
	}
	// Handlers run concurrently: wait until every malformed event was logged.
	reasons := []string{"message_without_author", "malformed_message", "malformed_interaction",
		"interaction_without_user", "unknown_command", "unknown_interaction_type"}
	h.wait("every malformed event logged", func() bool {
		logs := h.logs.String()
		for _, r := range reasons {
			if !strings.Contains(logs, "reason="+r) {
				return false
			}
		}
		return true
	})
}

func TestSourceAboutSummaryAndReindex(t *testing.T) {
	t.Parallel()
	be := newFake()
	reloaded := newFake()
	reloaded.info.Paragraphs = 12
	reloaded.info.Version = "v2"
	var calls atomic.Int32
	reload := func(ctx context.Context) (bot.Backend, error) {
		calls.Add(1)
		return reloaded, nil
	}
	h := start(t, testConfig(), be, reload, discordtest.Options{})

	cb := h.responded(h.srv.SlashCommand(discordtest.Command{Name: "source", Options: map[string]any{"ref": "openai-altman-ouster-2023#4"}}))
	if cb.Data == nil || len(cb.Data.Embeds) != 1 || cb.Data.Embeds[0].Description != be.paras["openai-altman-ouster-2023#4"].Text {
		t.Fatalf("/source: %+v", cb.Data)
	}
	cb = h.responded(h.srv.SlashCommand(discordtest.Command{Name: "source", Options: map[string]any{"ref": "nope#99"}}))
	if cb.Data.Flags&discordgo.MessageFlagsEphemeral == 0 || !strings.Contains(cb.Data.Content, "nope#99") {
		t.Fatalf("/source unknown: %+v", cb.Data)
	}
	cb = h.responded(h.srv.SlashCommand(discordtest.Command{Name: "about"}))
	if len(cb.Data.Embeds) != 1 || !strings.Contains(fmt.Sprint(fieldValues(cb.Data.Embeds[0])), "11") {
		t.Fatalf("/about: %+v", cb.Data.Embeds)
	}
	sum := h.answered(h.srv.SlashCommand(discordtest.Command{Name: "summary", Options: map[string]any{"topic": "the return"}}))
	if !strings.Contains(sum.Original.Content, "Returned [2]") || len(sum.Original.Embeds) != 1 {
		t.Fatalf("/summary: %+v", sum.Original)
	}

	// /reindex: refused without Manage Server, done with it.
	cb = h.responded(h.srv.SlashCommand(discordtest.Command{Name: "reindex"}))
	if cb.Data.Flags&discordgo.MessageFlagsEphemeral == 0 || calls.Load() != 0 {
		t.Fatalf("reindex without permission: %+v, %d reloads", cb.Data, calls.Load())
	}
	in := h.answered(h.srv.SlashCommand(discordtest.Command{Name: "reindex", Permissions: discordgo.PermissionManageGuild}))
	if calls.Load() != 1 || !strings.Contains(in.Original.Content, "12") || !strings.Contains(in.Original.Content, "v2") {
		t.Fatalf("reindex: %q, %d reloads", in.Original.Content, calls.Load())
	}
	cb = h.responded(h.srv.SlashCommand(discordtest.Command{Name: "about"}))
	if !strings.Contains(fmt.Sprint(fieldValues(cb.Data.Embeds[0])), "v2") {
		t.Fatalf("/about after reindex: %v", fieldValues(cb.Data.Embeds[0]))
	}
}

func fieldValues(e *discordgo.MessageEmbed) []string {
	var out []string
	for _, f := range e.Fields {
		out = append(out, f.Value)
	}
	return out
}

func TestGracefulShutdownFinishesInFlight(t *testing.T) {
	t.Parallel()
	be := newFake()
	be.started = make(chan struct{}, 10)
	be.release = make(chan struct{})
	h := start(t, testConfig(), be, nil, discordtest.Options{})
	tok := h.srv.SlashCommand(discordtest.Command{Name: "ask", Options: map[string]any{"question": "slow?"}})
	<-be.started
	h.cancel()
	// Sent once the bot has begun to shut down (not merely after cancel):
	// turned away with a notice.
	<-bot.Stopping(h.bot)
	late := h.srv.SlashCommand(discordtest.Command{Name: "ask", Options: map[string]any{"question": "late?"}, UserID: "9"})
	cb := h.responded(late)
	if cb.Data == nil || !strings.HasPrefix(cb.Data.Content, "⏳") {
		t.Fatalf("late question: %+v", cb)
	}
	close(be.release)
	if err := h.stop(); err != nil {
		t.Fatalf("Run = %v after a clean shutdown", err)
	}
	if in := h.interaction(tok); in.Original == nil || !strings.Contains(in.Original.Content, "[1]") {
		t.Fatalf("in-flight answer lost: %+v", in.Original)
	}
}

func TestAllowedMentionsCheckCatchesViolations(t *testing.T) {
	t.Parallel()
	// The check the other tests rely on must be able to fail.
	srv := discordtest.New(discordtest.Options{})
	defer srv.Close()
	s, _ := discordgo.New("Bot test-token")
	s.Client = srv.Client()
	if _, err := s.ChannelMessageSend(discordtest.ChannelID, "hello @everyone"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.ChannelMessageSendComplex(discordtest.ChannelID, &discordgo.MessageSend{
		Content: "reply", AllowedMentions: &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}, RepliedUser: true},
	}); err != nil {
		t.Fatal(err)
	}
	if v := srv.AllowedMentionViolations(); len(v) != 2 {
		t.Fatalf("violations %q, want 2", v)
	}
	if _, err := s.ChannelMessageSend(discordtest.ChannelID, strings.Repeat("x", 2001)); err != nil {
		t.Fatal(err)
	}
	if v := srv.LimitViolations(); len(v) != 1 {
		t.Fatalf("limit violations %q, want 1", v)
	}
}

func TestHealthAndMetrics(t *testing.T) {
	t.Parallel()
	cfg := testConfig()
	cfg.HealthAddr = freeAddr(t)
	cfg.ShardID, cfg.ShardCount = 1, 2
	h := start(t, cfg, newFake(), nil, discordtest.Options{})
	if sh := h.srv.Shard(); len(sh) != 2 || sh[0] != 1 || sh[1] != 2 {
		t.Fatalf("identified as shard %v, want [1 2]", sh)
	}
	get := func(path string) (int, string) {
		resp, err := http.Get("http://" + cfg.HealthAddr + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	h.wait("healthy", func() bool { code, _ := get("/healthz"); return code == 200 })
	h.answered(h.srv.SlashCommand(discordtest.Command{Name: "ask", Options: map[string]any{"question": "metrics?"}}))
	_, m := get("/metrics")
	for _, name := range []string{`casebot_questions_total{source="slash"} 1`, `casebot_answer_seconds_count{kind="ask"} 1`,
		"casebot_abstentions_total 0", "casebot_model_fallbacks_total 0", "casebot_rate_limited_total", "casebot_feedback_total",
		"casebot_gateway_connected 1", "go_goroutines"} {
		if !strings.Contains(m, name) {
			t.Errorf("metrics lack %s", name)
		}
	}
	h.srv.Drop()
	h.wait("resumed", func() bool { return h.srv.Resumes() == 1 && h.srv.Connected() })
	h.stop()
	if _, err := http.Get("http://" + cfg.HealthAddr + "/healthz"); err == nil {
		t.Fatal("health server still up after Run returned")
	}
}

// freeAddr returns a local address with a free port.
func freeAddr(t *testing.T) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

func TestAllowLists(t *testing.T) {
	t.Parallel()
	cfg := testConfig()
	cfg.AllowedGuilds = []string{discordtest.GuildID}
	cfg.AllowedChannels = []string{discordtest.NoThreadChannel}
	be := newFake()
	h := start(t, cfg, be, nil, discordtest.Options{})

	cb := h.responded(h.srv.SlashCommand(discordtest.Command{Name: "ask", Options: map[string]any{"question": "here?"}}))
	if cb.Data == nil || cb.Data.Flags&discordgo.MessageFlagsEphemeral == 0 || !strings.HasPrefix(cb.Data.Content, "ℹ️") {
		t.Fatalf("/ask outside the allowed channels: %+v", cb.Data)
	}
	h.srv.Say(discordtest.ChannelID, "7", "<@900> ignored here?")
	h.srv.Say(discordtest.DMChannelID, "7", "ignored in DMs when guilds are listed?")
	h.srv.Say(discordtest.NoThreadChannel, "7", "<@900> answered here?")
	h.wait("answer in the allowed channel", func() bool { return len(botMessages(h.srv, discordtest.NoThreadChannel)) == 1 })
	h.answered(h.srv.SlashCommand(discordtest.Command{Name: "ask", Options: map[string]any{"question": "and here?"}, ChannelID: discordtest.NoThreadChannel}))
	h.wait("the three others turned away", func() bool {
		return strings.Contains(metricsText(t, h.bot), `casebot_ignored_events_total{reason="not_allowed"} 3`)
	})
	if len(botMessages(h.srv, discordtest.ChannelID)) != 0 || len(botMessages(h.srv, discordtest.DMChannelID)) != 0 {
		t.Fatal("answered outside the allow-lists")
	}
	if n := len(be.requests()); n != 2 {
		t.Fatalf("%d questions reached the backend, want 2", n)
	}
}

func TestTokenRevokedWhileRunningStopsTheBot(t *testing.T) {
	t.Parallel()
	h := start(t, testConfig(), newFake(), nil, discordtest.Options{})
	h.srv.RevokeToken()
	h.srv.Drop()
	select {
	case err := <-h.done:
		h.done <- err
		if !errors.Is(err, bot.ErrTokenRejected) {
			t.Fatalf("Run = %v, want ErrTokenRejected", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the bot kept reconnecting with a revoked token")
	}
}

func TestDisallowedIntentIsAClearError(t *testing.T) {
	t.Parallel()
	srv := discordtest.New(discordtest.Options{RefuseMessageContent: true})
	defer srv.Close()
	cfg := testConfig()
	cfg.MessageContent = true
	err := bot.Run(context.Background(), cfg, newFake(), nil, nil, bot.WithHTTPClient(srv.Client()))
	if !errors.Is(err, bot.ErrGatewayRefused) || !strings.Contains(err.Error(), "4014") || !strings.Contains(err.Error(), bot.EnvMessageContent) {
		t.Fatalf("Run = %v", err)
	}
}

// panickyBackend panics on the questions it is told to.
type panickyBackend struct {
	*fakeBackend
	panics map[string]bool
}

func (p *panickyBackend) Ask(ctx context.Context, req answer.Request) (answer.Answer, error) {
	if p.panics[req.Question] {
		panic("backend bug")
	}
	return p.fakeBackend.Ask(ctx, req)
}

// TestBackendPanicFreesTheSlot: with one answer slot, a backend that panics
// must neither crash the bot nor keep the slot: the asker is told it failed,
// and the next question is answered.
func TestBackendPanicFreesTheSlot(t *testing.T) {
	t.Parallel()
	cfg := testConfig()
	cfg.MaxConcurrent = 1
	be := &panickyBackend{fakeBackend: newFake(), panics: map[string]bool{"boom one": true, "boom two": true}}
	h := start(t, cfg, be, nil, discordtest.Options{})
	for _, q := range []string{"boom one", "boom two"} {
		in := h.answered(h.srv.SlashCommand(discordtest.Command{Name: "ask", Options: map[string]any{"question": q}, UserID: "7"}))
		if strings.Contains(in.Original.Content, "[1]") {
			t.Fatalf("%q: a panicking backend produced an answer: %q", q, in.Original.Content)
		}
	}
	in := h.answered(h.srv.SlashCommand(discordtest.Command{Name: "ask", Options: map[string]any{"question": "Who returned?"}, UserID: "7"}))
	if !strings.Contains(in.Original.Content, "[1]") {
		t.Fatalf("after two panics the next question got %q, want an answer", in.Original.Content)
	}
}
