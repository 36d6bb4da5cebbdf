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
		{"top k", func(c *Config) { c.TopK = 0 }, "top k"},
		{"context paragraphs", func(c *Config) { c.ContextParagraphs = 99 }, "context paragraphs"},
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
