package llm

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log/slog"
	"strings"
	"testing"
	"time"
)

const secret = "sk-test-secret-0123456789"

func TestValidate(t *testing.T) {
	tests := []struct {
		name string
		cfg  Config
		want string // substring of the error; "" means valid
	}{
		{"openai with key", Config{APIKey: secret, ChatModel: "gpt-4o-mini"}, ""},
		{"openai without key", Config{ChatModel: "gpt-4o-mini"}, "OPENAI_API_KEY"},
		{"local server without key", Config{BaseURL: "http://127.0.0.1:11434/v1", ChatModel: "llama3.1"}, ""},
		{"embeddings only", Config{BaseURL: "http://127.0.0.1:8080/v1", EmbedModel: "nomic-embed-text"}, ""},
		{"no model", Config{BaseURL: "http://127.0.0.1:11434/v1"}, "CASEBOT_CHAT_MODEL"},
		{"no scheme", Config{BaseURL: "127.0.0.1:11434/v1", ChatModel: "m"}, "http://"},
		{"ftp scheme", Config{BaseURL: "ftp://example.com/v1", ChatModel: "m"}, "http://"},
		{"credentials in URL", Config{BaseURL: "http://user:" + secret + "@127.0.0.1/v1", ChatModel: "m"}, "user name or password"},
		{"key in the query", Config{BaseURL: "http://127.0.0.1/v1?api-key=" + secret, ChatModel: "m"}, "?api-key=redacted"},
		{"fragment", Config{BaseURL: "http://127.0.0.1/v1#" + secret, ChatModel: "m"}, "fragment"},
		{"key with newline", Config{APIKey: secret + "\n", ChatModel: "m"}, "line break"},
		{"negative timeout", Config{BaseURL: "http://127.0.0.1/v1", ChatModel: "m", Timeout: -time.Second}, "timeout"},
		{"tiny context", Config{BaseURL: "http://127.0.0.1/v1", ChatModel: "m", ContextRunes: 10}, "context budget"},
		{"huge batch", Config{BaseURL: "http://127.0.0.1/v1", EmbedModel: "e", EmbedBatchSize: 5000}, "batch size"},
		{"huge timeout", Config{BaseURL: "http://127.0.0.1/v1", ChatModel: "m", Timeout: 1<<63 - 1}, "timeout"},
		{"huge concurrency", Config{BaseURL: "http://127.0.0.1/v1", ChatModel: "m", MaxConcurrent: 1<<63 - 1}, "max concurrent"},
		{"huge context", Config{BaseURL: "http://127.0.0.1/v1", ChatModel: "m", ContextRunes: 1<<63 - 1}, "context budget"},
		{"huge dimensions", Config{BaseURL: "http://127.0.0.1/v1", EmbedModel: "e", EmbedDimensions: 1 << 40}, "dimensions"},
		{"huge answer", Config{BaseURL: "http://127.0.0.1/v1", ChatModel: "m", MaxAnswerTokens: 1 << 40}, "answer tokens"},
		{"many retries", Config{BaseURL: "http://127.0.0.1/v1", ChatModel: "m", MaxRetries: 1000}, "retries"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.cfg.Validate()
			if tt.want == "" {
				if err != nil {
					t.Fatalf("Validate() = %v, want nil", err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Validate() = %v, want an error mentioning %q", err, tt.want)
			}
			if strings.Contains(err.Error(), secret) {
				t.Fatalf("Validate() error echoes the key: %v", err)
			}
		})
	}
}

func TestConfigNeverPrintsKey(t *testing.T) {
	cfg := Config{BaseURL: "http://127.0.0.1:1/v1?key=" + secret, APIKey: secret, ChatModel: "m"}
	var logBuf bytes.Buffer
	slog.New(slog.NewJSONHandler(&logBuf, nil)).Info("cfg", "config", cfg, "ptr", &cfg)
	js, err := json.Marshal(cfg)
	if err != nil {
		t.Fatal(err)
	}
	outputs := map[string]string{
		"String": cfg.String(),
		"%v":     fmt.Sprintf("%v", cfg),
		"%+v":    fmt.Sprintf("%+v", cfg),
		"%#v":    fmt.Sprintf("%#v", cfg),
		"%s ptr": fmt.Sprintf("%s", &cfg),
		"%q":     fmt.Sprintf("%q", cfg),
		"slog":   logBuf.String(),
		"json":   string(js),
		"error":  fmt.Errorf("wrapped: %v", cfg).Error(),
	}
	for name, out := range outputs {
		if strings.Contains(out, secret) {
			t.Errorf("%s output contains the key: %s", name, out)
		}
	}
	if !strings.Contains(cfg.String(), "set (redacted)") {
		t.Errorf("String() = %s, want it to say the key is set", cfg.String())
	}
	if !strings.Contains(logBuf.String(), `"chat_model":"m"`) {
		t.Errorf("slog output lacks the model: %s", logBuf.String())
	}
}

func TestWithDefaults(t *testing.T) {
	c := Config{BaseURL: " http://127.0.0.1:11434/v1/ ", ChatModel: "m", MaxRetries: -1}.WithDefaults()
	if c.BaseURL != "http://127.0.0.1:11434/v1" || c.Timeout != DefaultTimeout || c.MaxConcurrent != DefaultMaxConcurrent ||
		c.ContextRunes != DefaultContextRunes || c.MaxRetries != 0 || c.EmbedBatchSize != DefaultEmbedBatchSize {
		t.Fatalf("WithDefaults() = %+v", c)
	}
	if got := (Config{ChatModel: "m"}).WithDefaults().BaseURL; got != DefaultBaseURL {
		t.Fatalf("default base URL = %q", got)
	}
}

func TestRedactURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"http://127.0.0.1:11434/v1", "http://127.0.0.1:11434/v1"},
		{"http://user:" + secret + "@host/v1", "http://redacted@host/v1"},
		{"http://" + secret + "@host/v1", "http://redacted@host/v1"},
		{"https://host/v1?api-key=" + secret, "https://host/v1?api-key=redacted"},
		{"https://host/v1?key=" + secret + "&x=1", "https://host/v1?key=redacted&x=redacted"},
		{"https://host/v1?token=" + secret, "https://host/v1?token=redacted"},
		{"https://host/v1?" + secret, "https://host/v1?redacted"},
		{"https://host/v1#" + secret, "https://host/v1#redacted"},
		{"https://host/token=" + secret + "/v1", "https://host/token=redacted/v1"},
		{"https://host/v1;api_key=" + secret, "https://host/v1;api_key=redacted"},
		{"http://[::1:bad", "(unparsable URL)"},
	}
	for _, tt := range tests {
		if got := RedactURL(tt.in); got != tt.want {
			t.Errorf("RedactURL(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestRedactURLsInMessages(t *testing.T) {
	msg := `Post "http://127.0.0.1:1/v1/chat/completions?api-key=` + secret + `": dial tcp 127.0.0.1:1: connect: connection refused; see https://platform.openai.com/docs.`
	got := RedactURLs(msg)
	if strings.Contains(got, secret) {
		t.Fatalf("RedactURLs kept the key: %s", got)
	}
	for _, keep := range []string{"?api-key=redacted", "connection refused", "https://platform.openai.com/docs."} {
		if !strings.Contains(got, keep) {
			t.Errorf("RedactURLs(%q) = %q, lost %q", msg, got, keep)
		}
	}
}
