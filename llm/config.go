package llm

import (
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"regexp"
	"strings"
	"time"
	"unicode"
)

// DefaultBaseURL is OpenAI's API, used when Config.BaseURL is empty.
const DefaultBaseURL = "https://api.openai.com/v1"

// Defaults applied by Config.WithDefaults for fields left at their zero value.
const (
	DefaultTimeout        = 60 * time.Second
	DefaultMaxConcurrent  = 4
	DefaultContextRunes   = 6000
	DefaultMaxRetries     = 3
	DefaultRetryBaseDelay = 500 * time.Millisecond
	DefaultRetryMaxDelay  = 20 * time.Second
	DefaultEmbedBatchSize = 64
	DefaultMaxAnswerToken = 800
)

// Bounds enforced by Config.Validate (and by the config package, which
// names the environment variable or flag that broke them).
const (
	MinTimeout         = 100 * time.Millisecond
	MaxTimeout         = time.Hour
	MaxConcurrentLimit = 256
	MinContextRunes    = 200
	MaxContextRunes    = 1_000_000
	MaxEmbedDimensions = 1 << 16
	MaxAnswerTokens    = 1 << 20
	MaxRetriesLimit    = 20
)

// Config says which OpenAI-compatible server to use and how. The config
// package fills it from the environment (OPENAI_API_KEY, OPENAI_BASE_URL,
// CASEBOT_CHAT_MODEL, CASEBOT_EMBED_MODEL...) and flags.
//
// It never prints its API key: String, GoString and LogValue redact it, and
// it is excluded from JSON.
type Config struct {
	// BaseURL is the API root including the version path, e.g.
	// "https://api.openai.com/v1" or "http://127.0.0.1:11434/v1" for Ollama.
	// Empty means DefaultBaseURL.
	BaseURL string `json:"base_url"`
	// APIKey is sent as a bearer token. It may be empty for a local server
	// (a non-default BaseURL); OpenAI itself requires one.
	APIKey string `json:"-"`
	// ChatModel names the chat model, e.g. "gpt-4o-mini" or "llama3.1".
	ChatModel string `json:"chat_model"`
	// EmbedModel names the embedding model, e.g. "text-embedding-3-small".
	// Empty keeps the offline embedder.
	EmbedModel string `json:"embed_model,omitempty"`
	// EmbedDimensions, if positive, asks the embedding API for vectors of
	// this length (text-embedding-3 models only).
	EmbedDimensions int `json:"embed_dimensions,omitempty"`
	// Timeout bounds every HTTP attempt, streamed replies included (default 60s).
	Timeout time.Duration `json:"timeout"`
	// MaxConcurrent is how many requests may be in flight at once (default 4).
	MaxConcurrent int `json:"max_concurrent"`
	// ContextRunes is the context budget: how many characters of paragraph
	// text go into one prompt (default 6000). Pass it to
	// answer.Options.ContextRunes.
	ContextRunes int `json:"context_runes"`
	// MaxAnswerTokens caps the length of a reply, in tokens (default 800).
	MaxAnswerTokens int `json:"max_answer_tokens"`
	// MaxRetries is how many times a 429 or 5xx reply is retried (default 3;
	// negative means never).
	MaxRetries int `json:"max_retries"`
	// RetryBaseDelay is the first backoff delay; each retry doubles it, with
	// jitter (default 500ms).
	RetryBaseDelay time.Duration `json:"retry_base_delay"`
	// RetryMaxDelay caps one backoff delay. A Retry-After longer than this
	// ends the retries instead of keeping the user waiting (default 20s).
	RetryMaxDelay time.Duration `json:"retry_max_delay"`
	// EmbedBatchSize is how many texts go into one embedding request (default 64).
	EmbedBatchSize int `json:"embed_batch_size"`
}

// WithDefaults returns a copy of c with every zero field set to its default.
func (c Config) WithDefaults() Config {
	c.BaseURL = strings.TrimSpace(c.BaseURL)
	if c.BaseURL == "" {
		c.BaseURL = DefaultBaseURL
	}
	c.BaseURL = strings.TrimRight(c.BaseURL, "/")
	c.ChatModel = strings.TrimSpace(c.ChatModel)
	c.EmbedModel = strings.TrimSpace(c.EmbedModel)
	if c.Timeout == 0 {
		c.Timeout = DefaultTimeout
	}
	if c.MaxConcurrent == 0 {
		c.MaxConcurrent = DefaultMaxConcurrent
	}
	if c.ContextRunes == 0 {
		c.ContextRunes = DefaultContextRunes
	}
	if c.MaxAnswerTokens == 0 {
		c.MaxAnswerTokens = DefaultMaxAnswerToken
	}
	if c.MaxRetries == 0 {
		c.MaxRetries = DefaultMaxRetries
	}
	if c.MaxRetries < 0 {
		c.MaxRetries = 0
	}
	if c.RetryBaseDelay == 0 {
		c.RetryBaseDelay = DefaultRetryBaseDelay
	}
	if c.RetryMaxDelay == 0 {
		c.RetryMaxDelay = DefaultRetryMaxDelay
	}
	if c.EmbedBatchSize == 0 {
		c.EmbedBatchSize = DefaultEmbedBatchSize
	}
	return c
}

// Validate reports everything wrong with c (after defaults), each problem
// with how to fix it. It never includes the API key in its message.
func (c Config) Validate() error {
	c = c.WithDefaults()
	var errs []error
	bad := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }

	u, err := url.Parse(c.BaseURL)
	switch {
	case err != nil:
		bad("llm: the base URL %q is not a URL: set OPENAI_BASE_URL to e.g. http://127.0.0.1:11434/v1", RedactURL(c.BaseURL))
	case u.Scheme != "http" && u.Scheme != "https":
		bad("llm: the base URL %q must start with http:// or https:// (set OPENAI_BASE_URL to e.g. http://127.0.0.1:11434/v1)", RedactURL(c.BaseURL))
	case u.Host == "":
		bad("llm: the base URL %q has no host (set OPENAI_BASE_URL to e.g. http://127.0.0.1:11434/v1)", RedactURL(c.BaseURL))
	case u.User != nil:
		bad("llm: the base URL must not carry a user name or password; put the key in OPENAI_API_KEY instead")
	case u.RawQuery != "" || u.ForceQuery || u.Fragment != "":
		bad("llm: the base URL %q must not carry a query (?...) or fragment (#...): API paths such as /chat/completions are appended to it; put the key in OPENAI_API_KEY instead", RedactURL(c.BaseURL))
	}
	if err == nil && u.Host == "api.openai.com" && c.APIKey == "" {
		bad("llm: OpenAI needs an API key: set OPENAI_API_KEY, or set OPENAI_BASE_URL to a local server such as Ollama")
	}
	if strings.IndexFunc(c.APIKey, unicode.IsSpace) >= 0 {
		bad("llm: the API key contains a space or line break (a copy-paste slip?): check OPENAI_API_KEY")
	}
	if c.ChatModel == "" && c.EmbedModel == "" {
		bad("llm: no model named: set CASEBOT_CHAT_MODEL (e.g. gpt-4o-mini, or llama3.1 on Ollama) and/or CASEBOT_EMBED_MODEL")
	}
	if c.Timeout < MinTimeout || c.Timeout > MaxTimeout {
		bad("llm: the request timeout %s is out of range: use %s to %s (default %s)", c.Timeout, MinTimeout, MaxTimeout, DefaultTimeout)
	}
	if c.MaxConcurrent < 1 || c.MaxConcurrent > MaxConcurrentLimit {
		bad("llm: max concurrent requests is %d: use 1 to %d (default %d)", c.MaxConcurrent, MaxConcurrentLimit, DefaultMaxConcurrent)
	}
	if c.ContextRunes < MinContextRunes || c.ContextRunes > MaxContextRunes {
		bad("llm: the context budget of %d characters is out of range: use %d to %d (default %d)", c.ContextRunes, MinContextRunes, MaxContextRunes, DefaultContextRunes)
	}
	if c.MaxAnswerTokens < 1 || c.MaxAnswerTokens > MaxAnswerTokens {
		bad("llm: max answer tokens is %d: use 1 to %d (default %d)", c.MaxAnswerTokens, MaxAnswerTokens, DefaultMaxAnswerToken)
	}
	if c.MaxRetries > MaxRetriesLimit {
		bad("llm: %d retries is too many: use at most %d (default %d)", c.MaxRetries, MaxRetriesLimit, DefaultMaxRetries)
	}
	if c.RetryBaseDelay < 0 || c.RetryMaxDelay < 0 {
		bad("llm: retry delays must not be negative")
	}
	if c.EmbedBatchSize < 0 || c.EmbedBatchSize > 2048 {
		bad("llm: the embedding batch size %d is out of range: use 1 to 2048 (default %d)", c.EmbedBatchSize, DefaultEmbedBatchSize)
	}
	if c.EmbedDimensions < 0 || c.EmbedDimensions > MaxEmbedDimensions {
		bad("llm: embedding dimensions %d is out of range: use 1 to %d, or 0 for the model's default", c.EmbedDimensions, MaxEmbedDimensions)
	}
	return errors.Join(errs...)
}

// keyState describes the API key without revealing it.
func (c Config) keyState() string {
	if c.APIKey == "" {
		return "unset"
	}
	return "set (redacted)"
}

// String describes c with the API key redacted.
func (c Config) String() string {
	return fmt.Sprintf("llm.Config{BaseURL: %q, APIKey: %s, ChatModel: %q, EmbedModel: %q, Timeout: %s, MaxConcurrent: %d, ContextRunes: %d, MaxRetries: %d}",
		RedactURL(c.BaseURL), c.keyState(), c.ChatModel, c.EmbedModel, c.Timeout, c.MaxConcurrent, c.ContextRunes, c.MaxRetries)
}

// GoString is String, so that %#v redacts the key too.
func (c Config) GoString() string { return c.String() }

// Format makes every fmt verb (%v, %+v, %#v, %s, %q...) print the redacted
// String, never the raw fields.
func (c Config) Format(f fmt.State, verb rune) {
	if verb == 'q' {
		fmt.Fprintf(f, "%q", c.String())
		return
	}
	fmt.Fprint(f, c.String())
}

// LogValue makes log/slog print c with the API key redacted.
func (c Config) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("base_url", RedactURL(c.BaseURL)),
		slog.String("api_key", c.keyState()),
		slog.String("chat_model", c.ChatModel),
		slog.String("embed_model", c.EmbedModel),
		slog.Duration("timeout", c.Timeout),
		slog.Int("max_concurrent", c.MaxConcurrent),
		slog.Int("context_runes", c.ContextRunes),
		slog.Int("max_retries", c.MaxRetries),
	)
}

// MarshalJSON encodes c without the API key and with the base URL redacted.
func (c Config) MarshalJSON() ([]byte, error) {
	type plain Config // no methods: no recursion
	p := plain(c)
	p.APIKey = ""
	p.BaseURL = RedactURL(c.BaseURL)
	return json.Marshal(p)
}

// pathSecret matches key=value parameters inside a URL's path, as some
// gateways take them (";api-key=...", "/token=.../").
var pathSecret = regexp.MustCompile(`(?i)((?:api[-_]?)?key|token|secret|passw(?:or)?d|sig(?:nature)?|auth)=[^/;&]*`)

// RedactURL returns the URL s with everything that could carry a credential
// hidden: the user name and password, every query value (names are kept,
// so "?api-key=redacted" still says what was set), the fragment, and
// key=value parameters in the path. Use it wherever a base URL is printed:
// --help defaults, logs, errors.
func RedactURL(s string) string {
	if s == "" {
		return ""
	}
	u, err := url.Parse(s)
	if err != nil {
		return "(unparsable URL)"
	}
	if u.User != nil {
		u.User = url.User("redacted")
	}
	if u.RawQuery != "" || u.ForceQuery {
		parts := strings.FieldsFunc(u.RawQuery, func(r rune) bool { return r == '&' || r == ';' })
		for i, p := range parts {
			name, _, ok := strings.Cut(p, "=")
			if !ok {
				name = "redacted"
			}
			parts[i] = name
			if ok {
				parts[i] += "=redacted"
			}
		}
		u.RawQuery = strings.Join(parts, "&")
	}
	if u.Fragment != "" {
		u.Fragment, u.RawFragment = "redacted", ""
	}
	if pathSecret.MatchString(u.Path) {
		u.Path = pathSecret.ReplaceAllString(u.Path, "${1}=redacted")
		u.RawPath = ""
	}
	if u.Opaque != "" {
		u.Opaque = "redacted"
	}
	return u.String()
}
