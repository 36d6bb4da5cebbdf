package bot

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"casebot/answer"
	"casebot/corpus"
)

func TestUserLimiter(t *testing.T) {
	t0 := time.Unix(1_700_000_000, 0)
	tests := []struct {
		name  string
		every time.Duration
		burst int
		steps []struct {
			user string
			at   time.Duration
			ok   bool
		}
	}{
		{name: "burst then wait", every: 10 * time.Second, burst: 2, steps: []struct {
			user string
			at   time.Duration
			ok   bool
		}{
			{"a", 0, true}, {"a", 0, true}, {"a", time.Second, false},
			{"b", time.Second, true}, // users are independent
			{"a", 10 * time.Second, true}, {"a", 11 * time.Second, false},
			{"a", 20 * time.Second, true},
		}},
		{name: "disabled", every: 0, burst: 1, steps: []struct {
			user string
			at   time.Duration
			ok   bool
		}{{"a", 0, true}, {"a", 0, true}, {"a", 0, true}}},
		{name: "a refused try costs nothing", every: 10 * time.Second, burst: 1, steps: []struct {
			user string
			at   time.Duration
			ok   bool
		}{{"a", 0, true}, {"a", 5 * time.Second, false}, {"a", 9 * time.Second, false}, {"a", 10 * time.Second, true}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l := newUserLimiter(tc.every, tc.burst)
			for i, s := range tc.steps {
				ok, wait := l.allow(s.user, t0.Add(s.at))
				if ok != s.ok {
					t.Fatalf("step %d (%s at %s): allow = %t, want %t", i, s.user, s.at, ok, s.ok)
				}
				if !ok && (wait <= 0 || wait > tc.every) {
					t.Fatalf("step %d: wait %s out of range", i, wait)
				}
			}
		})
	}
}

func TestUserLimiterForgetsIdleUsers(t *testing.T) {
	l := newUserLimiter(time.Second, 1)
	t0 := time.Unix(0, 0)
	for i := range maxTrackedUsers {
		l.allow(fmt.Sprint(i), t0)
	}
	if ok, _ := l.allow("new", t0.Add(time.Minute)); !ok {
		t.Fatal("new user refused")
	}
	if n := len(l.users); n != 1 {
		t.Fatalf("tracking %d users after sweep, want 1", n)
	}
}

func TestAdmission(t *testing.T) {
	a := newAdmission(2, 1)
	for i := range 3 {
		if err := a.admit(); err != nil {
			t.Fatalf("admit %d: %v", i, err)
		}
	}
	if err := a.admit(); !errors.Is(err, errBusy) {
		t.Fatalf("4th admit = %v, want errBusy", err)
	}
	ctx := context.Background()
	if err := a.run(ctx); err != nil {
		t.Fatal(err)
	}
	if err := a.run(ctx); err != nil {
		t.Fatal(err)
	}
	if a.inFlight() != 2 || a.waiting() != 1 {
		t.Fatalf("in flight %d waiting %d", a.inFlight(), a.waiting())
	}
	// The third waits for a slot; cancelling gives its place back.
	cctx, cancel := context.WithTimeout(ctx, 20*time.Millisecond)
	defer cancel()
	if err := a.run(cctx); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("run = %v, want deadline", err)
	}
	if err := a.admit(); err != nil {
		t.Fatalf("place not given back: %v", err)
	}
	a.leave()
	a.done()
	a.done()
	if a.inFlight() != 0 || a.waiting() != 0 {
		t.Fatalf("in flight %d waiting %d after done", a.inFlight(), a.waiting())
	}
}

func TestConfigValidate(t *testing.T) {
	ok := Config{Token: "abc.def"}
	tests := []struct {
		name string
		mod  func(*Config)
		want string // substring of the error, "" for none
	}{
		{"valid", func(*Config) {}, ""},
		{"no token", func(c *Config) { c.Token = "  " }, EnvToken},
		{"Bot prefix only", func(c *Config) { c.Token = "Bot " }, EnvToken},
		{"token with space", func(c *Config) { c.Token = "abc def" }, "spaces"},
		{"bad guild", func(c *Config) { c.GuildID = "guild" }, EnvGuildID},
		{"bad allow-list", func(c *Config) { c.AllowedChannels = []string{"12", "x"} }, "allow-list"},
		{"shard id without count", func(c *Config) { c.ShardID = 1 }, "shard"},
		{"shard id too big", func(c *Config) { c.ShardID, c.ShardCount = 2, 2 }, "below"},
		{"sharded", func(c *Config) { c.ShardID, c.ShardCount = 1, 2 }, ""},
		{"negative grace", func(c *Config) { c.ShutdownGrace = -time.Second }, "negative"},
		{"negative queue", func(c *Config) { c.QueueSize = -1 }, "negative"},
		{"negative queue wait", func(c *Config) { c.QueueWait = -time.Second }, "negative"},
		{"queue wait and answer within a token's life", func(c *Config) { c.QueueWait, c.AnswerTimeout = 10*time.Minute, 4*time.Minute }, ""},
		{"queue wait and answer beyond a token's life", func(c *Config) { c.QueueWait, c.AnswerTimeout = 10*time.Minute, 5*time.Minute }, EnvAnswerTimeout},
		{"overflowing queue wait", func(c *Config) { c.QueueWait, c.AnswerTimeout = math.MaxInt64, math.MaxInt64 }, "15m"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := ok
			tc.mod(&c)
			err := c.Validate()
			if tc.want == "" {
				if err != nil {
					t.Fatalf("Validate = %v", err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("Validate = %v, want it to mention %q", err, tc.want)
			}
		})
	}
	if err := (Config{}).Validate(); !errors.Is(err, ErrNoToken) {
		t.Fatalf("empty config: %v, want ErrNoToken", err)
	}
}

func TestConfigNeverShowsToken(t *testing.T) {
	const secret = "MTIzNDU2.secret-token-value"
	c := Config{Token: secret, GuildID: "42"}
	var logBuf bytes.Buffer
	slog.New(slog.NewJSONHandler(&logBuf, nil)).Info("cfg", "config", c)
	outs := map[string]string{
		"%v": fmt.Sprintf("%v", c), "%+v": fmt.Sprintf("%+v", c), "%#v": fmt.Sprintf("%#v", c),
		//lint:ignore S1025 each verb is what is tested
		"%s": fmt.Sprintf("%s", c), "ptr": fmt.Sprintf("%v", &c), "slog": logBuf.String(),
	}
	for k, out := range outs {
		if strings.Contains(out, secret) || strings.Contains(out, "secret-token") {
			t.Errorf("%s shows the token: %s", k, out)
		}
		if !strings.Contains(out, "42") {
			t.Errorf("%s lost the other fields: %s", k, out)
		}
	}
	if _, err := New(Config{}, nil, nil, nil); !errors.Is(err, ErrNoToken) {
		t.Fatalf("New without token = %v", err)
	}
}

func citations(n int, quoteLen int) []answer.Citation {
	var cs []answer.Citation
	for i := 1; i <= n; i++ {
		cs = append(cs, answer.Citation{
			N: i, Ref: fmt.Sprintf("openai-altman-ouster-2023#%d", i), Paragraph: i, Section: "خلفية القرار",
			Quote: strings.Repeat("كلمة ", quoteLen/5), Text: strings.Repeat("نص الفقرة ", 100), Verified: true,
		})
	}
	return cs
}

func TestRenderAnswerWithinLimits(t *testing.T) {
	for _, n := range []int{1, 5, 40} {
		a := answer.Answer{
			Answer: strings.Repeat("قال المجلس إن ألتمان لم يكن صريحًا [1]. ", 150), Mode: answer.ModeExtractive,
			Language: "ar", Citations: citations(n, 500), Notice: "تعذّر الوصول إلى النموذج.",
		}
		msgs := renderAnswer(a)
		if len(msgs) < 2 {
			t.Fatalf("%d citations: %d messages for a long answer", n, len(msgs))
		}
		for i, m := range msgs {
			if textLen(m.Content) > MaxMessageLen {
				t.Errorf("message %d: %d characters", i, textLen(m.Content))
			}
			for _, e := range m.Embeds {
				if textLen(e.Description) > embedDescriptionLen || textLen(e.Title) > embedTitleLen || embedLen(e) > embedTotalLen {
					t.Errorf("embed over limits: title %d description %d total %d", textLen(e.Title), textLen(e.Description), embedLen(e))
				}
			}
			if (i == len(msgs)-1) != (len(m.Embeds) == 1 && len(m.Components) == 1) {
				t.Errorf("message %d: sources and buttons belong on the last message only", i)
			}
		}
		last := msgs[len(msgs)-1]
		if !strings.Contains(last.Content, "-# تعذّر") {
			t.Errorf("notice missing from the last message: %q", last.Content)
		}
		refs := citedRefs(&discordgo.Message{Embeds: last.Embeds})
		if len(refs) == 0 || refs[0].Ref != "openai-altman-ouster-2023#1" || refs[0].N != 1 {
			t.Fatalf("refs read back: %+v", refs)
		}
		if n <= 5 && len(refs) != n {
			t.Errorf("read back %d refs of %d", len(refs), n)
		}
	}
}

func TestPackEmbeds(t *testing.T) {
	var embeds []*discordgo.MessageEmbed
	for range 23 {
		embeds = append(embeds, &discordgo.MessageEmbed{Title: "t", Description: strings.Repeat("x", 1500)})
	}
	groups := packEmbeds(embeds)
	total := 0
	for _, g := range groups {
		size := 0
		for _, e := range g {
			size += embedLen(e)
		}
		if len(g) > maxEmbedsPerMessage || size > embedTotalLen {
			t.Fatalf("group of %d embeds, %d characters", len(g), size)
		}
		total += len(g)
	}
	if total != 23 {
		t.Fatalf("packed %d of 23", total)
	}
}

// TestParagraphEmbedWithinLimits holds /source and the full-sources button
// under Discord's embed limits, whatever the article's title, heading and
// paragraph lengths.
func TestParagraphEmbedWithinLimits(t *testing.T) {
	tests := []struct {
		name                 string
		title, section, text int // lengths in characters
		wantWholeText        bool
	}{
		{"short", 40, 20, 300, true},
		{"long paragraph", 40, 20, 5000, false},
		{"long title, heading and paragraph", 1500, 1500, 5000, false},
		{"long title and heading, paragraph that fits alone", 1500, 1500, 4000, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := corpus.Paragraph{
				Ref: "article#1", N: 1,
				Title: strings.Repeat("ت", tt.title), Section: strings.Repeat("ق", tt.section), Text: strings.Repeat("ن ", tt.text/2),
			}
			for _, n := range []int{0, 3} {
				e := paragraphEmbed(english, n, p)
				if embedLen(e) > embedTotalLen || textLen(e.Description) > embedDescriptionLen || textLen(e.Title) > embedTitleLen {
					t.Fatalf("embed over limits: total %d, description %d, title %d", embedLen(e), textLen(e.Description), textLen(e.Title))
				}
				for _, f := range e.Fields {
					if textLen(f.Value) > embedFieldValueLen || textLen(f.Name) > embedFieldNameLen {
						t.Fatalf("field %q over limits", f.Name)
					}
				}
				if whole := e.Description == strings.TrimSpace(p.Text); whole != tt.wantWholeText {
					t.Errorf("whole text shown: %v, want %v", whole, tt.wantWholeText)
				}
			}
		})
	}
}

func TestBuildTurns(t *testing.T) {
	const self = "900"
	u := &discordgo.User{ID: "7"}
	me := &discordgo.User{ID: self, Bot: true}
	other := &discordgo.User{ID: "5", Bot: true}
	msgs := []*discordgo.Message{
		{Author: me, Content: "Altman was removed [1]."},
		{Author: me, Content: "More of the same answer [2]."},
		{Author: u, Content: "<@900> and then?"},
		{Author: me, Content: "⏳ You're asking quickly."},
		{Author: u, Content: "and then, really?"},
		{Author: other, Content: "another bot"},
		{Author: nil, Content: "no author"},
		{Author: me, Content: "He returned [3]."},
		{Author: u, Content: "unanswered"},
	}
	got := buildTurns("why was he removed?", msgs, self, 10)
	want := []answer.Turn{
		{Question: "why was he removed?", Answer: "Altman was removed [1].\nMore of the same answer [2]."},
		{Question: "and then, really?", Answer: "He returned [3]."},
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("turns\n got %q\nwant %q", got, want)
	}
	if got := buildTurns("why?", msgs, self, 1); len(got) != 1 || got[0].Answer != "He returned [3]." {
		t.Fatalf("max 1: %q", got)
	}
}

func TestRefChoices(t *testing.T) {
	var paras []corpus.Paragraph
	for i := 1; i <= 40; i++ {
		paras = append(paras, corpus.Paragraph{
			Ref: fmt.Sprintf("a#%d", i), N: i, Section: "القسم", Text: strings.Repeat("نص طويل جدا ", 30),
		})
	}
	paras[6].Text = "Altman returned as chief executive."
	if got := refChoices(paras, ""); len(got) != 25 {
		t.Fatalf("%d choices, want the cap of 25", len(got))
	}
	for _, c := range refChoices(paras, "") {
		if textLen(c.Name) > 100 {
			t.Fatalf("choice name of %d characters", textLen(c.Name))
		}
	}
	got := refChoices(paras, "RETURNED")
	if len(got) != 1 || got[0].Value != "a#7" {
		t.Fatalf("search by text: %+v", got)
	}
	if got := refChoices(paras, "#12"); len(got) != 1 || got[0].Value != "a#12" {
		t.Fatalf("search by number: %+v", got)
	}
}

func TestThreadName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"why was Altman removed?", "why was Altman removed?"},
		{"@everyone why?", "why?"},
		{"@here why?", "why?"},
		{"<@123> <@!456> <@&789> <#200> why?", "why?"},
		{"@every\u200bone why?", "why?"}, // a zero-width space cannot hide a ping
		{"@every<@1>one why?", "why?"},   // what removal joins is removed too
		{"ask @sama", "ask @\u200bsama"},
		{"why\u202e was\u2066 he\u200f removed\x07?", "why was he removed?"},
		{"line one\nline two\ttab", "line one line two tab"},
		{"لماذا\u200f أُقيل ألتمان؟", "لماذا أُقيل ألتمان؟"},
		{"email@here.example", "email.example"},
		{"<@&55>", "casebot"},
		{"\u202e\u202e", "casebot"},
		{strings.Repeat("سؤال ", 60), strings.TrimSpace(truncate(strings.Repeat("سؤال ", 60), 90))},
	}
	for _, tc := range tests {
		got := threadName(tc.in)
		if got != tc.want {
			t.Errorf("threadName(%q) = %q, want %q", tc.in, got, tc.want)
		}
		if textLen(got) > 100 {
			t.Errorf("threadName(%q) has %d characters", tc.in, textLen(got))
		}
	}
}

func TestNoticeGate(t *testing.T) {
	g := newNoticeGate()
	t0 := time.Unix(1_700_000_000, 0)
	steps := []struct {
		user string
		at   time.Duration
		want bool
	}{
		{"a", 0, true}, {"a", time.Second, false}, {"b", time.Second, true},
		{"a", 9 * time.Second, false}, {"a", 10 * time.Second, true}, {"a", 11 * time.Second, false},
	}
	for i, s := range steps {
		if got := g.allow(s.user, t0.Add(s.at), 10*time.Second); got != s.want {
			t.Fatalf("step %d (%s at %s): allow = %t, want %t", i, s.user, s.at, got, s.want)
		}
	}
	g = newNoticeGate()
	for i := range maxTrackedUsers {
		g.allow(fmt.Sprint(i), t0, time.Second)
	}
	if !g.allow("new", t0.Add(time.Minute), time.Second) || len(g.until) != 1 {
		t.Fatalf("expired users not swept: %d tracked", len(g.until))
	}
}

// TestTrackerAdmitsUntilClose: work that began before close is admitted and
// waited for; after close it is refused, but still counted until it ends.
func TestTrackerAdmitsUntilClose(t *testing.T) {
	tr := newTracker()
	if !tr.begin() {
		t.Fatal("refused before close")
	}
	idle := tr.close()
	select {
	case <-tr.stopping:
	default:
		t.Fatal("stopping not closed")
	}
	if tr.begin() {
		t.Fatal("admitted after close")
	}
	tr.end()
	select {
	case <-idle:
		t.Fatal("idle with one handler left")
	default:
	}
	tr.end()
	<-idle
	if tr.close() != idle {
		t.Fatal("a second close made a new idle channel")
	}
}

func TestHealthReport(t *testing.T) {
	b := &Bot{adm: newAdmission(1, 1), work: newTracker()}
	b.reg.Store(&regState{state: regRetrying, err: "403 Missing Access", attempts: 2})
	if h, code := b.health(); code != 503 || h.Status != "disconnected" {
		t.Fatalf("disconnected: %d %+v", code, h)
	}
	b.connected.Store(true)
	if h, code := b.health(); code != 200 || h.Status != "degraded" || h.CommandsError != "403 Missing Access" || h.CommandsAttempts != 2 {
		t.Fatalf("commands failing: %d %+v", code, h)
	}
	b.reg.Store(&regState{state: regDone, attempts: 3})
	if h, code := b.health(); code != 200 || h.Status != "ok" || h.Commands != regDone {
		t.Fatalf("registered: %d %+v", code, h)
	}
	b.work.close()
	if h, code := b.health(); code != 503 || h.Status != "stopping" {
		t.Fatalf("stopping: %d %+v", code, h)
	}
}
