package config

import (
	"flag"
	"fmt"
	"log/slog"
	"strings"
	"testing"
	"time"
)

func env(m map[string]string) func(string) string { return func(k string) string { return m[k] } }

func TestFromEnv(t *testing.T) {
	c, err := FromEnv(env(map[string]string{
		"CASEBOT_CORPUS":         "/articles",
		"OPENAI_API_KEY":         "sk-openai",
		"CASEBOT_API_KEY":        "sk-casebot",
		"OPENAI_BASE_URL":        "http://127.0.0.1:11434/v1",
		"CASEBOT_CHAT_MODEL":     "llama3.1",
		"CASEBOT_LLM_TIMEOUT":    "45s",
		"DISCORD_TOKEN":          "tok",
		"CASEBOT_ALLOWED_GUILDS": "1, 2,3",
		"CASEBOT_TOP_K":          "7",
	}))
	if err != nil {
		t.Fatal(err)
	}
	switch {
	case c.CorpusDir != "/articles":
		t.Errorf("corpus %q", c.CorpusDir)
	case c.LLM.APIKey != "sk-casebot":
		t.Errorf("CASEBOT_API_KEY should win over OPENAI_API_KEY")
	case c.LLM.BaseURL != "http://127.0.0.1:11434/v1" || c.LLM.ChatModel != "llama3.1" || c.LLM.Timeout != 45*time.Second:
		t.Errorf("model settings %v", c.LLM)
	case c.Discord.Token != "tok" || strings.Join(c.Discord.AllowedGuilds, "|") != "1|2|3":
		t.Errorf("discord settings %v", c.Discord)
	case c.TopK != 7 || !c.ModelEnabled():
		t.Errorf("top k %d, model enabled %v", c.TopK, c.ModelEnabled())
	}
}

func TestFromEnvErrorsNameTheVariable(t *testing.T) {
	_, err := FromEnv(env(map[string]string{"CASEBOT_TOP_K": "x", "CASEBOT_LLM_TIMEOUT": "10", "CASEBOT_MESSAGE_CONTENT": "maybe"}))
	if err == nil {
		t.Fatal("want errors")
	}
	for _, name := range []string{"CASEBOT_TOP_K", "CASEBOT_LLM_TIMEOUT", "CASEBOT_MESSAGE_CONTENT"} {
		if !strings.Contains(err.Error(), name) {
			t.Errorf("error %q does not name %s", err, name)
		}
	}
}

func TestFlagsBeatEnv(t *testing.T) {
	c, err := FromEnv(env(map[string]string{"CASEBOT_CORPUS": "/from-env", "CASEBOT_CHAT_MODEL": "a"}))
	if err != nil {
		t.Fatal(err)
	}
	fs := flag.NewFlagSet("x", flag.ContinueOnError)
	c.BindFlags(fs, CorpusFlags|ModelFlags|DiscordFlags)
	if err := fs.Parse([]string{"--corpus", "/from-flag", "--shard-count", "2"}); err != nil {
		t.Fatal(err)
	}
	if c.CorpusDir != "/from-flag" || c.LLM.ChatModel != "a" || c.Discord.ShardCount != 2 {
		t.Errorf("got corpus %q model %q shards %d", c.CorpusDir, c.LLM.ChatModel, c.Discord.ShardCount)
	}
	// No flag may carry a secret: they would show in shell history and ps.
	fs.VisitAll(func(f *flag.Flag) {
		if strings.Contains(f.Name, "key") || strings.Contains(f.Name, "token") {
			t.Errorf("flag --%s would take a secret", f.Name)
		}
	})
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name string
		mod  func(*Config)
		want string // "" means valid
	}{
		{"defaults", func(*Config) {}, ""},
		{"log format", func(c *Config) { c.LogFormat = "xml" }, "log format"},
		{"log level", func(c *Config) { c.LogLevel = "loud" }, "log level"},
		{"top k", func(c *Config) { c.TopK = 0 }, "CASEBOT_TOP_K is 0: use 1 to 50"},
		{"context paragraphs", func(c *Config) { c.ContextParagraphs = 99 }, "CASEBOT_CONTEXT_PARAGRAPHS (--context-paragraphs) is 99"},
		{"model needs an endpoint or key", func(c *Config) { c.LLM.ChatModel = "gpt-4o-mini" }, "OPENAI_API_KEY"},
		{"local model needs no key", func(c *Config) { c.LLM.ChatModel = "llama3.1"; c.LLM.BaseURL = "http://127.0.0.1:11434/v1" }, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Default()
			tt.mod(&c)
			err := c.Validate()
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("unexpected error: %v", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Errorf("error %v, want one mentioning %q", err, tt.want)
			}
		})
	}
}

func TestSecretsRedacted(t *testing.T) {
	c := Default()
	c.LLM.APIKey = "sk-very-secret-123"
	c.LLM.ChatModel = "m"
	c.Discord.Token = "discord.secret.token"
	var b strings.Builder
	slog.New(slog.NewTextHandler(&b, nil)).Info("config", "cfg", c)
	for _, out := range []string{c.String(), fmt.Sprintf("%v %+v %#v", c, c, c), b.String()} {
		if strings.Contains(out, "sk-very-secret-123") || strings.Contains(out, "discord.secret.token") {
			t.Errorf("a secret shows in %q", out)
		}
	}
}

// TestRangesNameTheVariable: every numeric setting is bounded, offline too
// (no model configured), and the error names the variable to fix. Values
// near the maximum int used to pass and panic at start (make(chan) of that
// size).
func TestRangesNameTheVariable(t *testing.T) {
	const huge = "9223372036854775807"
	tests := []struct {
		env  string
		val  string
		want string // "" means valid
	}{
		{"CASEBOT_MAX_CONCURRENT", huge, "CASEBOT_MAX_CONCURRENT is " + huge},
		{"CASEBOT_MAX_CONCURRENT", "-1", "CASEBOT_MAX_CONCURRENT is -1"},
		{"CASEBOT_MAX_CONCURRENT", "8", ""},
		{"CASEBOT_LLM_MAX_CONCURRENT", huge, "CASEBOT_LLM_MAX_CONCURRENT"},
		{"CASEBOT_QUEUE_SIZE", huge, "CASEBOT_QUEUE_SIZE"},
		{"CASEBOT_USER_BURST", huge, "CASEBOT_USER_BURST"},
		{"CASEBOT_HISTORY_TURNS", "-3", "CASEBOT_HISTORY_TURNS"},
		{"DISCORD_SHARD_ID", huge, "DISCORD_SHARD_ID"},
		{"DISCORD_SHARD_COUNT", "-2", "DISCORD_SHARD_COUNT"},
		{"CASEBOT_TOP_K", huge, "CASEBOT_TOP_K"},
		{"CASEBOT_CONTEXT_PARAGRAPHS", "0", "CASEBOT_CONTEXT_PARAGRAPHS"},
		{"CASEBOT_EMBED_DIMENSIONS", huge, "CASEBOT_EMBED_DIMENSIONS"},
		{"CASEBOT_CONTEXT_CHARS", "10", "CASEBOT_CONTEXT_CHARS (--context-chars) is 10"},
		{"CASEBOT_CONTEXT_CHARS", huge, "CASEBOT_CONTEXT_CHARS"},
		{"CASEBOT_CONTEXT_CHARS", "8000", ""},
		{"CASEBOT_LLM_TIMEOUT", "-5s", "CASEBOT_LLM_TIMEOUT (--llm-timeout) is -5s"},
		{"CASEBOT_LLM_TIMEOUT", "2562047h", "CASEBOT_LLM_TIMEOUT"},
		{"CASEBOT_LLM_TIMEOUT", "30s", ""},
		{"CASEBOT_USER_EVERY", "-1s", "CASEBOT_USER_EVERY"},
		{"CASEBOT_SHUTDOWN_GRACE", "1000h", "CASEBOT_SHUTDOWN_GRACE"},
		{"CASEBOT_READY_TIMEOUT", "1ns", "CASEBOT_READY_TIMEOUT"},
		{"CASEBOT_ANSWER_TIMEOUT", "-1m", "CASEBOT_ANSWER_TIMEOUT"},
		{"CASEBOT_ANSWER_TIMEOUT", "20m", "CASEBOT_ANSWER_TIMEOUT"},
		{"CASEBOT_QUEUE_WAIT", "1h", "CASEBOT_QUEUE_WAIT"},
		{"CASEBOT_REGISTER_RETRY", "1ns", "CASEBOT_REGISTER_RETRY"},
		{"CASEBOT_PROGRESS_EVERY", "1ns", "CASEBOT_PROGRESS_EVERY"},
		{"CASEBOT_PROGRESS_EVERY", "-1s", ""}, // negative turns progress edits off
	}
	for _, tt := range tests {
		t.Run(tt.env+"="+tt.val, func(t *testing.T) {
			c, err := FromEnv(env(map[string]string{tt.env: tt.val}))
			if err != nil {
				t.Fatalf("FromEnv: %v", err)
			}
			if c.ModelEnabled() {
				t.Fatal("the test means no model to be configured")
			}
			err = c.Validate()
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("unexpected error: %v", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Errorf("error %v, want one saying %q", err, tt.want)
			}
		})
	}
}

// TestModelRangesOnce: with a model configured, an out-of-range model
// setting is reported once, by its variable name.
func TestModelRangesOnce(t *testing.T) {
	c, err := FromEnv(env(map[string]string{"CASEBOT_CHAT_MODEL": "m", "OPENAI_BASE_URL": "http://127.0.0.1:1/v1", "CASEBOT_LLM_MAX_CONCURRENT": "100000"}))
	if err != nil {
		t.Fatal(err)
	}
	err = c.Validate()
	if err == nil || strings.Count(err.Error(), "100000") != 1 || !strings.Contains(err.Error(), "CASEBOT_LLM_MAX_CONCURRENT") {
		t.Fatalf("Validate() = %v; want one error naming CASEBOT_LLM_MAX_CONCURRENT", err)
	}
}

// TestHelpRedactsBaseURL: the --base-url default comes from the
// environment and is printed by --help; its credentials must not be.
func TestHelpRedactsBaseURL(t *testing.T) {
	for _, base := range []string{
		"http://user:hunter2hunter2@127.0.0.1/v1",
		"http://127.0.0.1/v1?api-key=hunter2hunter2",
		"http://127.0.0.1/v1?key=hunter2hunter2",
		"http://127.0.0.1/token=hunter2hunter2/v1",
	} {
		c, err := FromEnv(env(map[string]string{"OPENAI_BASE_URL": base}))
		if err != nil {
			t.Fatal(err)
		}
		fs := flag.NewFlagSet("x", flag.ContinueOnError)
		var out strings.Builder
		fs.SetOutput(&out)
		c.BindFlags(fs, ModelFlags)
		fs.PrintDefaults()
		if strings.Contains(out.String(), "hunter2") || !strings.Contains(out.String(), "127.0.0.1") {
			t.Errorf("--help for %s:\n%s", base, out.String())
		}
		if err := fs.Parse([]string{"--base-url", "http://a:b@example.com/v1"}); err != nil || c.LLM.BaseURL != "http://a:b@example.com/v1" {
			t.Errorf("--base-url stored %q, %v; want it as given", c.LLM.BaseURL, err)
		}
	}
}

func TestHealthFlagsAlone(t *testing.T) {
	c := Default()
	fs := flag.NewFlagSet("x", flag.ContinueOnError)
	c.BindFlags(fs, HealthFlags)
	var names []string
	fs.VisitAll(func(f *flag.Flag) { names = append(names, f.Name) })
	if strings.Join(names, ",") != "health-addr" {
		t.Fatalf("HealthFlags defines %v, want health-addr alone", names)
	}
}

// TestFromEnvDiscord reads the bot's settings (config is their one parser;
// bot.ConfigFromEnv is gone).
func TestFromEnvDiscord(t *testing.T) {
	c, err := FromEnv(env(map[string]string{
		"DISCORD_TOKEN": " tok ", "DISCORD_GUILD_ID": "42", "CASEBOT_ALLOWED_CHANNELS": "1, 2;3", "CASEBOT_USER_EVERY": "30s",
		"CASEBOT_MAX_CONCURRENT": "8", "CASEBOT_MESSAGE_CONTENT": "true", "DISCORD_SHARD_COUNT": "2", "DISCORD_SHARD_ID": "1",
	}))
	if err != nil {
		t.Fatal(err)
	}
	d := c.Discord
	if d.Token != "tok" || d.GuildID != "42" || strings.Join(d.AllowedChannels, "|") != "1|2|3" || d.UserEvery != 30*time.Second ||
		d.MaxConcurrent != 8 || !d.MessageContent || d.ShardCount != 2 || d.ShardID != 1 {
		t.Fatalf("got %+v", d)
	}
	if err := d.Validate(); err != nil {
		t.Fatal(err)
	}
	_, err = FromEnv(env(map[string]string{"CASEBOT_QUEUE_SIZE": "many", "CASEBOT_ANSWER_TIMEOUT": "soon"}))
	if err == nil || !strings.Contains(err.Error(), "CASEBOT_QUEUE_SIZE") || !strings.Contains(err.Error(), "CASEBOT_ANSWER_TIMEOUT") {
		t.Fatalf("bad values: %v", err)
	}
}
