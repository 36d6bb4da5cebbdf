package bot_test

// Discord behaviour that a real Discord-compatible server exposed: failed
// command registration, thread names, notices to people who keep asking,
// shutdown, queue waits, slow progress edits, typing and channel lookups.

import (
	"context"
	"encoding/json"
	"fmt"
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
)

// healthz asks the bot's /healthz.
func healthz(t *testing.T, b *bot.Bot) (int, map[string]any) {
	t.Helper()
	rec := httptest.NewRecorder()
	b.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/healthz", nil))
	var body map[string]any
	if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil {
		t.Fatalf("/healthz is not JSON: %v: %q", err, rec.Body.String())
	}
	return rec.Code, body
}

func countRequests(srv *discordtest.Server, method, path string) int {
	n := 0
	for _, r := range srv.Requests() {
		if r.Method == method && r.Path == path {
			n++
		}
	}
	return n
}

// TestFailedCommandRegistrationKeepsServing: a server that refuses the
// commands (403 Missing Access, as for a bot added without the
// applications.commands scope) must not stop the bot. Mentions are
// answered, /healthz says what is wrong, and registration is retried until
// it works.
func TestFailedCommandRegistrationKeepsServing(t *testing.T) {
	t.Parallel()
	cfg := testConfig()
	cfg.RegisterRetry = 5 * time.Millisecond
	h := startWith(t, cfg, newFake(), nil, discordtest.Options{}, setup{
		before: func(srv *discordtest.Server, _ *bot.Bot) { srv.FailCommands(true) },
	})
	const put = "/applications/900/guilds/100/commands"
	code, body := healthz(t, h.bot)
	if code != http.StatusOK || body["status"] != "degraded" || body["commands"] != "retrying" ||
		!strings.Contains(fmt.Sprint(body["commands_error"]), "Missing Access") {
		t.Fatalf("/healthz while the commands are refused: %d %v", code, body)
	}
	if !strings.Contains(metricsText(t, h.bot), "casebot_commands_registered 0") {
		t.Fatal("metrics do not show the commands unregistered")
	}

	q := h.srv.Say(discordtest.ChannelID, "7", "<@900> why was Altman removed?")
	h.wait("a mention answered without commands", func() bool { return len(botMessages(h.srv, q.ID)) == 1 })
	h.wait("registration retried", func() bool { return countRequests(h.srv, "PUT", put) >= 3 })

	h.srv.FailCommands(false)
	h.wait("commands registered", func() bool {
		_, body := healthz(t, h.bot)
		return body["status"] == "ok" && body["commands"] == "registered"
	})
	if !strings.Contains(metricsText(t, h.bot), "casebot_commands_registered 1") {
		t.Fatal("metrics do not show the commands registered")
	}
	if !strings.Contains(h.logs.String(), "registering the slash commands failed") {
		t.Fatal("the failure was not logged")
	}
	h.answered(h.srv.SlashCommand(discordtest.Command{Name: "ask", Options: map[string]any{"question": "and now?"}}))
}

// TestRegistrationRetryEndsWithRun: a bot waiting to retry the registration
// stops as soon as it is asked to.
func TestRegistrationRetryEndsWithRun(t *testing.T) {
	t.Parallel()
	cfg := testConfig()
	cfg.RegisterRetry = time.Hour
	h := startWith(t, cfg, newFake(), nil, discordtest.Options{}, setup{
		before: func(srv *discordtest.Server, _ *bot.Bot) { srv.FailCommands(true) },
	})
	if err := h.stop(); err != nil {
		t.Fatalf("Run = %v", err)
	}
}

// TestThreadNamesCarryNoMentionsOrControls: a thread is named after its
// question, without the mention markup and the control and bidi characters
// that people can type.
func TestThreadNamesCarryNoMentionsOrControls(t *testing.T) {
	t.Parallel()
	h := start(t, testConfig(), newFake(), nil, discordtest.Options{})
	q := h.srv.Say(discordtest.ChannelID, "7",
		"<@900> @everyone <@&55> <@!42> <#200> why was\u202e Altman\u200f removed?\x07 @here")
	h.wait("answer in the thread", func() bool { return len(botMessages(h.srv, q.ID)) == 1 })
	th, _ := h.srv.Channel(q.ID)
	if th.Name != "why was Altman removed?" {
		t.Fatalf("thread name %q", th.Name)
	}
}

// TestRateLimitedMentionsGetOneNotice: someone who keeps mentioning the bot
// past the rate limit gets one notice per window; the other questions get
// a reaction, not a reply each.
func TestRateLimitedMentionsGetOneNotice(t *testing.T) {
	t.Parallel()
	cfg := testConfig()
	cfg.UserEvery, cfg.UserBurst = time.Hour, 1
	be := newFake()
	h := start(t, cfg, be, nil, discordtest.Options{})
	var qs []*discordgo.Message
	for i := range 22 {
		qs = append(qs, h.srv.Say(discordtest.NoThreadChannel, "7", fmt.Sprintf("<@900> question %d?", i)))
	}
	reacted := func() int {
		n := 0
		for _, q := range qs {
			n += len(h.srv.Reactions(q.ID))
		}
		return n
	}
	h.wait("every question handled", func() bool {
		return strings.Contains(metricsText(t, h.bot), `casebot_rate_limited_total{reason="user"} 21`) &&
			len(botMessages(h.srv, discordtest.NoThreadChannel))+reacted() == 22
	})
	notices := 0
	for _, m := range botMessages(h.srv, discordtest.NoThreadChannel) {
		if strings.HasPrefix(m.Content, "⏳") {
			notices++
		}
	}
	if notices != 1 || reacted() != 20 || len(be.requests()) != 1 {
		t.Fatalf("%d notices and %d reactions for 21 extra questions, %d answered; want 1, 20 and 1", notices, reacted(), len(be.requests()))
	}
	for _, q := range qs {
		if r := h.srv.Reactions(q.ID); len(r) > 0 && r[0] != "⏳" {
			t.Fatalf("reaction %q", r)
		}
	}
	// Another user is not affected.
	h.srv.Say(discordtest.NoThreadChannel, "8", "<@900> mine?")
	h.wait("the other user's answer", func() bool { return len(be.requests()) == 2 })
}

// TestQuestionArrivedBeforeShutdownIsAnswered: a question that reached the
// bot before it was asked to stop is answered, however late the goroutine
// handling it gets to run.
func TestQuestionArrivedBeforeShutdownIsAnswered(t *testing.T) {
	t.Parallel()
	entered := make(chan struct{}, 1)
	var stopping <-chan struct{}
	h := startWith(t, testConfig(), newFake(), nil, discordtest.Options{}, setup{
		before: func(_ *discordtest.Server, b *bot.Bot) {
			stopping = bot.Stopping(b)
			bot.SetHooks(b, func(kind string) {
				if kind == "command" {
					entered <- struct{}{}
					<-stopping // run only once shutdown has begun
				}
			}, nil)
		},
	})
	tok := h.srv.SlashCommand(discordtest.Command{Name: "ask", Options: map[string]any{"question": "early?"}})
	<-entered
	h.cancel()
	if err := h.stop(); err != nil {
		t.Fatal(err)
	}
	in := h.interaction(tok)
	if in.Original == nil || !strings.Contains(in.Original.Content, "[1]") {
		t.Fatalf("a question that arrived before the shutdown got %+v", in.Original)
	}
}

// ctxBackend answers only when its context ends, with the context's error.
type ctxBackend struct {
	*fakeBackend
	started chan string
}

func (c *ctxBackend) Ask(ctx context.Context, req answer.Request) (answer.Answer, error) {
	c.started <- req.Question
	<-ctx.Done()
	return answer.Answer{}, ctx.Err()
}

// TestAnswersCutByShutdownAreStillDelivered: when the grace period is over,
// the answers still being prepared are cancelled, and their askers are told
// so on a fresh deadline, not left on "thinking…" by a cancelled one.
func TestAnswersCutByShutdownAreStillDelivered(t *testing.T) {
	t.Parallel()
	cfg := testConfig()
	cfg.ShutdownGrace = 10 * time.Millisecond
	be := &ctxBackend{fakeBackend: newFake(), started: make(chan string, 2)}
	h := start(t, cfg, be, nil, discordtest.Options{})
	tok := h.srv.SlashCommand(discordtest.Command{Name: "ask", Options: map[string]any{"question": "slash?"}})
	h.srv.Say(discordtest.NoThreadChannel, "7", "<@900> mention?")
	<-be.started
	<-be.started
	if err := h.stop(); err != nil {
		t.Fatal(err)
	}
	if in := h.interaction(tok); in.Original == nil || !strings.HasPrefix(in.Original.Content, "⏳") {
		t.Fatalf("slash command left with %+v", in.Original)
	}
	if ms := botMessages(h.srv, discordtest.NoThreadChannel); len(ms) != 1 || !strings.HasPrefix(ms[0].Content, "⏳") {
		t.Fatalf("mention left with %d replies", len(ms))
	}
}

// TestQueueWaitIsBounded: a question that cannot get an answer slot within
// the queue wait is told the bot is busy (an interaction token lives 15
// minutes), by slash command and by mention.
func TestQueueWaitIsBounded(t *testing.T) {
	t.Parallel()
	be := newFake()
	be.started = make(chan struct{}, 10)
	be.release = make(chan struct{})
	cfg := testConfig()
	cfg.MaxConcurrent, cfg.QueueSize, cfg.QueueWait = 1, 4, 20*time.Millisecond
	h := start(t, cfg, be, nil, discordtest.Options{})
	running := h.srv.SlashCommand(discordtest.Command{Name: "ask", Options: map[string]any{"question": "first?"}, UserID: "1"})
	<-be.started
	waiting := h.srv.SlashCommand(discordtest.Command{Name: "ask", Options: map[string]any{"question": "second?"}, UserID: "2"})
	h.srv.Say(discordtest.NoThreadChannel, "3", "<@900> third?")
	in := h.answered(waiting)
	if in.Callbacks[0].Type != discordgo.InteractionResponseDeferredChannelMessageWithSource || !strings.Contains(in.Original.Content, "Too many questions") {
		t.Fatalf("waiting question: type %d, %q", in.Callbacks[0].Type, in.Original.Content)
	}
	h.wait("busy reply to the mention", func() bool { return len(botMessages(h.srv, discordtest.NoThreadChannel)) == 1 })
	if m := botMessages(h.srv, discordtest.NoThreadChannel)[0]; !strings.Contains(m.Content, "Too many questions") {
		t.Fatalf("mention got %q", m.Content)
	}
	if m := metricsText(t, h.bot); !strings.Contains(m, `casebot_rate_limited_total{reason="wait"} 2`) {
		t.Fatalf("metrics:\n%s", m)
	}
	close(be.release)
	if in := h.answered(running); !strings.Contains(in.Original.Content, "[1]") {
		t.Fatalf("running question got %q", in.Original.Content)
	}
}

// TestSlowProgressEditDoesNotSlowTheStream: while Discord sits on a progress
// edit, the model's stream goes on to its end; the final answer comes after
// the edit in flight, and no progress edit comes after it.
func TestSlowProgressEditDoesNotSlowTheStream(t *testing.T) {
	t.Parallel()
	cfg := testConfig()
	cfg.ProgressEvery = time.Nanosecond
	release := make(chan struct{})
	var held atomic.Int32
	var h *harness
	be := &streamingBackend{fakeBackend: newFake(), done: make(chan struct{}), between: func(i int) {
		if i == 0 { // go on once Discord sits on the first progress edit
			h.waitFor(func() bool { return held.Load() == 1 })
		}
	}}
	h = start(t, cfg, be, nil, discordtest.Options{Hold: func(ctx context.Context, r discordtest.Request) {
		if r.Method == "PATCH" && strings.Contains(string(r.Body), "⏳") {
			held.Add(1)
			select {
			case <-release:
			case <-ctx.Done():
			}
		}
	}})
	var once sync.Once
	free := func() { once.Do(func() { close(release) }) }
	t.Cleanup(free)
	tok := h.srv.SlashCommand(discordtest.Command{Name: "ask", Options: map[string]any{"question": "stream?"}})
	select {
	case <-be.done:
	case <-time.After(10 * time.Second):
		t.Fatal("the model stream waited for a progress edit")
	}
	if held.Load() != 1 {
		t.Fatalf("%d progress edits held, want the one in flight", held.Load())
	}
	free()
	h.wait("final answer", func() bool {
		in, _ := h.srv.Interaction(tok)
		return in.Original != nil && len(in.Original.Embeds) == 1
	})
	if err := h.stop(); err != nil {
		t.Fatal(err)
	}
	assertNoEditAfterFinal(t, h.srv, tok)
	if in := h.interaction(tok); in.Original.Content != "Part one [1]. Part two [2]. Part three." {
		t.Fatalf("final answer %q", in.Original.Content)
	}
}

// TestFirstTypingIsNotAwaited: the answer is prepared while the first
// typing indicator is still on its way.
func TestFirstTypingIsNotAwaited(t *testing.T) {
	t.Parallel()
	release := make(chan struct{})
	var once sync.Once
	free := func() { once.Do(func() { close(release) }) }
	var typingHeld, typingInFlight atomic.Int32
	var inFlightAtAsk atomic.Int32
	inFlightAtAsk.Store(-1)
	var h *harness
	be := newFake()
	be.answer = func(req answer.Request) answer.Answer {
		// Once the typing call is held at the double, the bot must still be
		// waiting for it: preparing the answer did not wait for it.
		h.waitFor(func() bool { return typingHeld.Load() == 1 })
		inFlightAtAsk.Store(typingInFlight.Load())
		free()
		return answer.Answer{Question: req.Question, Answer: "Answer [1].", Mode: "extractive", Language: "en", Citations: be.cite(1)}
	}
	h = startWith(t, testConfig(), be, nil, discordtest.Options{Hold: func(ctx context.Context, r discordtest.Request) {
		if strings.HasSuffix(r.Path, "/typing") {
			typingHeld.Add(1)
			select {
			case <-release:
			case <-ctx.Done():
			}
		}
	}}, setup{client: func(c *http.Client) *http.Client {
		cc := *c
		base := c.Transport
		cc.Transport = roundTripFunc(func(r *http.Request) (*http.Response, error) {
			if strings.HasSuffix(r.URL.Path, "/typing") {
				typingInFlight.Add(1)
				defer typingInFlight.Add(-1)
			}
			return base.RoundTrip(r)
		})
		return &cc
	}})
	t.Cleanup(free)
	q := h.srv.Say(discordtest.ChannelID, "7", "<@900> quick?")
	h.wait("the answer", func() bool { return len(botMessages(h.srv, q.ID)) == 1 })
	if n := inFlightAtAsk.Load(); n != 1 {
		t.Fatalf("%d typing calls in flight when the answer was prepared, want 1", n)
	}
	// The typing call ended before the answer was sent, so no indicator can
	// follow the answer.
	var typedAt, answeredAt int
	for k, r := range h.srv.Requests() {
		switch {
		case strings.HasSuffix(r.Path, "/typing"):
			typedAt = k
		case r.Method == "POST" && r.Path == "/channels/"+q.ID+"/messages":
			answeredAt = k
		}
	}
	if typedAt == 0 || answeredAt < typedAt {
		t.Fatalf("typing request %d, answer %d", typedAt, answeredAt)
	}
}

type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

// TestConcurrentFirstQuestionsShareOneChannelLookup: three first questions
// in one channel, all waiting for its lookup, make one request for it.
func TestConcurrentFirstQuestionsShareOneChannelLookup(t *testing.T) {
	t.Parallel()
	all := make(chan struct{})
	var lookups atomic.Int32
	h := startWith(t, testConfig(), newFake(), nil, discordtest.Options{Hold: func(ctx context.Context, r discordtest.Request) {
		if r.Method == "GET" && r.Path == "/channels/"+discordtest.NoThreadChannel {
			select {
			case <-all:
			case <-ctx.Done():
			}
		}
	}}, setup{before: func(_ *discordtest.Server, b *bot.Bot) {
		bot.SetHooks(b, nil, func(id string) {
			if id == discordtest.NoThreadChannel && lookups.Add(1) == 3 {
				close(all)
			}
		})
	}})
	for _, u := range []string{"7", "8", "9"} {
		h.srv.Say(discordtest.NoThreadChannel, u, "<@900> who?")
	}
	h.wait("three answers", func() bool { return len(botMessages(h.srv, discordtest.NoThreadChannel)) == 3 })
	if n := countRequests(h.srv, "GET", "/channels/"+discordtest.NoThreadChannel); n != 1 {
		t.Fatalf("%d lookups of the channel, want 1", n)
	}
}
