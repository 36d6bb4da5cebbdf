// Package config gathers casebot's settings from environment variables and
// command-line flags, in that order of precedence: a flag beats the
// environment, which beats the default.
//
// It holds the settings of every part (the corpus folder and caches, the
// model API in llm.Config, the Discord bot in bot.Config) so that main can
// hand each part its own piece, and so that --help and the README list one
// spelling of each name. Secrets (the API key, the bot token) are read from
// the environment only: a flag would leave them in shell history and in the
// process list. Config's String and LogValue never show them.
package config

import (
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"strconv"
	"strings"
	"time"

	"casebot/bot"
	"casebot/llm"
	"casebot/text"
)

// Environment variables read by FromEnv, besides the Discord ones named in
// package bot (bot.EnvToken and its neighbours).
const (
	EnvCorpus            = "CASEBOT_CORPUS"
	EnvCacheDir          = "CASEBOT_CACHE_DIR"
	EnvLogFormat         = "CASEBOT_LOG_FORMAT"
	EnvLogLevel          = "CASEBOT_LOG_LEVEL"
	EnvAPIKey            = "CASEBOT_API_KEY"
	EnvOpenAIKey         = "OPENAI_API_KEY"
	EnvBaseURL           = "CASEBOT_BASE_URL"
	EnvOpenAIBaseURL     = "OPENAI_BASE_URL"
	EnvChatModel         = "CASEBOT_CHAT_MODEL"
	EnvEmbedModel        = "CASEBOT_EMBED_MODEL"
	EnvEmbedDimensions   = "CASEBOT_EMBED_DIMENSIONS"
	EnvLLMTimeout        = "CASEBOT_LLM_TIMEOUT"
	EnvLLMMaxConcurrent  = "CASEBOT_LLM_MAX_CONCURRENT"
	EnvContextParagraphs = "CASEBOT_CONTEXT_PARAGRAPHS"
	EnvContextChars      = "CASEBOT_CONTEXT_CHARS"
	EnvTopK              = "CASEBOT_TOP_K"
)

// Config is every setting of casebot.
type Config struct {
	// CorpusDir is the folder of articles; empty means the embedded default corpus.
	CorpusDir string
	// CacheDir keeps embedding vectors between runs; empty means no disk cache.
	CacheDir string
	// LogFormat is "text" or "json".
	LogFormat string
	// LogLevel is "debug", "info", "warn" or "error"; empty means the
	// command's own default (warn for one-shot commands, info for serve).
	LogLevel string
	// TopK is how many paragraphs retrieval hands the answerer.
	TopK int
	// ContextParagraphs is how many retrieved paragraphs go into a model prompt.
	ContextParagraphs int
	// LLM configures the model API; it is in use when ChatModel is set.
	LLM llm.Config
	// Discord configures `casebot serve`.
	Discord bot.Config
}

// Default returns the settings in force when nothing is set.
func Default() Config {
	return Config{LogFormat: "text", TopK: 5, ContextParagraphs: 5}
}

// ModelEnabled reports whether answers should go through the model API.
func (c Config) ModelEnabled() bool { return c.LLM.ChatModel != "" }

// FromEnv reads the environment through getenv (os.Getenv in main, a map
// in tests) on top of Default. Malformed numbers and durations are errors
// that name the variable.
func FromEnv(getenv func(string) string) (Config, error) {
	c := Default()
	var errs []error
	str := func(dst *string, names ...string) {
		for _, n := range names {
			if v := strings.TrimSpace(getenv(n)); v != "" {
				*dst = v
				return
			}
		}
	}
	num := func(dst *int, name string) {
		if v := strings.TrimSpace(getenv(name)); v != "" {
			n, err := strconv.Atoi(v)
			if err != nil {
				errs = append(errs, fmt.Errorf("%s=%s is not a whole number", name, quote(v)))
				return
			}
			*dst = n
		}
	}
	dur := func(dst *time.Duration, name string) {
		if v := strings.TrimSpace(getenv(name)); v != "" {
			d, err := time.ParseDuration(v)
			if err != nil {
				errs = append(errs, fmt.Errorf("%s=%s is not a duration (write it like 30s or 2m)", name, quote(v)))
				return
			}
			*dst = d
		}
	}
	list := func(dst *[]string, name string) {
		if v := strings.TrimSpace(getenv(name)); v != "" {
			*dst = append(*dst, strings.FieldsFunc(v, func(r rune) bool { return r == ',' || r == ' ' || r == ';' })...)
		}
	}
	boolean := func(dst *bool, name string) {
		if v := strings.TrimSpace(getenv(name)); v != "" {
			b, err := strconv.ParseBool(v)
			if err != nil {
				errs = append(errs, fmt.Errorf("%s=%s is not true or false", name, quote(v)))
				return
			}
			*dst = b
		}
	}

	str(&c.CorpusDir, EnvCorpus)
	str(&c.CacheDir, EnvCacheDir)
	str(&c.LogFormat, EnvLogFormat)
	str(&c.LogLevel, EnvLogLevel)
	num(&c.TopK, EnvTopK)
	num(&c.ContextParagraphs, EnvContextParagraphs)

	str(&c.LLM.APIKey, EnvAPIKey, EnvOpenAIKey)
	str(&c.LLM.BaseURL, EnvBaseURL, EnvOpenAIBaseURL)
	str(&c.LLM.ChatModel, EnvChatModel)
	str(&c.LLM.EmbedModel, EnvEmbedModel)
	num(&c.LLM.EmbedDimensions, EnvEmbedDimensions)
	dur(&c.LLM.Timeout, EnvLLMTimeout)
	num(&c.LLM.MaxConcurrent, EnvLLMMaxConcurrent)
	num(&c.LLM.ContextRunes, EnvContextChars)

	d := &c.Discord
	str(&d.Token, bot.EnvToken)
	str(&d.AppID, bot.EnvAppID)
	str(&d.GuildID, bot.EnvGuildID)
	num(&d.ShardID, bot.EnvShardID)
	num(&d.ShardCount, bot.EnvShardCount)
	list(&d.AllowedGuilds, bot.EnvAllowedGuilds)
	list(&d.AllowedChannels, bot.EnvAllowedChannels)
	boolean(&d.MessageContent, bot.EnvMessageContent)
	dur(&d.UserEvery, bot.EnvUserEvery)
	num(&d.UserBurst, bot.EnvUserBurst)
	num(&d.MaxConcurrent, bot.EnvMaxConcurrent)
	num(&d.QueueSize, bot.EnvQueueSize)
	str(&d.HealthAddr, bot.EnvHealthAddr)
	dur(&d.ShutdownGrace, bot.EnvShutdownGrace)
	dur(&d.ReadyTimeout, bot.EnvReadyTimeout)
	dur(&d.AnswerTimeout, bot.EnvAnswerTimeout)
	num(&d.HistoryTurns, bot.EnvHistoryTurns)
	dur(&d.ProgressEvery, bot.EnvProgressEvery)
	dur(&d.QueueWait, bot.EnvQueueWait)
	dur(&d.RegisterRetry, bot.EnvRegisterRetry)

	return c, errors.Join(errs...)
}

// quote quotes a value for an error message, cut to 200 characters: a
// setting pasted by mistake is not repeated whole.
func quote(v string) string { return strconv.Quote(text.TruncateRunes(v, 200)) }

// Flags says which groups of flags a command takes.
type Flags int

// Flag groups for BindFlags.
const (
	// CorpusFlags: --corpus, --cache-dir, --log-format, --log-level.
	CorpusFlags Flags = 1 << iota
	// ModelFlags: --base-url, --chat-model, --embed-model, --llm-timeout, --context-paragraphs, --context-chars.
	ModelFlags
	// DiscordFlags: --guild, --shard-id, --shard-count.
	DiscordFlags
	// HealthFlags: --health-addr (serve listens there, healthcheck asks it).
	HealthFlags
)

// BindFlags defines the flags of the given groups on fs, with the values
// already in c (from FromEnv) as their defaults, writing into c when parsed.
func (c *Config) BindFlags(fs *flag.FlagSet, groups Flags) {
	if groups&CorpusFlags != 0 {
		fs.StringVar(&c.CorpusDir, "corpus", c.CorpusDir, "folder of .txt/.md articles to answer from (env "+EnvCorpus+"; default: the embedded article)")
		fs.StringVar(&c.CacheDir, "cache-dir", c.CacheDir, "folder that keeps embedding vectors between runs (env "+EnvCacheDir+")")
		fs.StringVar(&c.LogFormat, "log-format", c.LogFormat, "log format: text or json (env "+EnvLogFormat+")")
		fs.StringVar(&c.LogLevel, "log-level", c.LogLevel, "log level: debug, info, warn or error (env "+EnvLogLevel+"; default warn, info for serve)")
	}
	if groups&ModelFlags != 0 {
		fs.Var(urlFlag{&c.LLM.BaseURL}, "base-url", "OpenAI-compatible API root `URL`, e.g. http://127.0.0.1:11434/v1 for Ollama (env "+EnvBaseURL+" or "+EnvOpenAIBaseURL+"); the key is read from "+EnvAPIKey+" or "+EnvOpenAIKey+" only")
		fs.StringVar(&c.LLM.ChatModel, "chat-model", c.LLM.ChatModel, "chat model that writes answers; empty means offline extractive answers (env "+EnvChatModel+")")
		fs.StringVar(&c.LLM.EmbedModel, "embed-model", c.LLM.EmbedModel, "embedding model for the dense index; empty means the offline embedder (env "+EnvEmbedModel+")")
		fs.DurationVar(&c.LLM.Timeout, "llm-timeout", c.LLM.Timeout, "deadline of one model request (env "+EnvLLMTimeout+"; default 60s)")
		fs.IntVar(&c.ContextParagraphs, "context-paragraphs", c.ContextParagraphs, "paragraphs given to the model per question (env "+EnvContextParagraphs+")")
		fs.IntVar(&c.LLM.ContextRunes, "context-chars", c.LLM.ContextRunes, "characters of paragraph text given to the model per question (env "+EnvContextChars+"; default 6000)")
	}
	if groups&DiscordFlags != 0 {
		d := &c.Discord
		fs.StringVar(&d.GuildID, "guild", d.GuildID, "register commands in this guild only, instantly (env "+bot.EnvGuildID+"; default: global); the token is read from "+bot.EnvToken+" only")
		fs.IntVar(&d.ShardID, "shard-id", d.ShardID, "this process's shard (env "+bot.EnvShardID+")")
		fs.IntVar(&d.ShardCount, "shard-count", d.ShardCount, "number of shards (env "+bot.EnvShardCount+")")
	}
	if groups&HealthFlags != 0 {
		d := &c.Discord
		fs.StringVar(&d.HealthAddr, "health-addr", d.HealthAddr, "address of /healthz and /metrics, - to disable (env "+bot.EnvHealthAddr+"; default "+bot.DefaultHealthAddr+")")
	}
}

// urlFlag is a flag.Value for a URL that may carry credentials: --help
// prints its default (from the environment) redacted.
type urlFlag struct{ p *string }

// String returns the URL redacted.
func (u urlFlag) String() string {
	if u.p == nil {
		return ""
	}
	return llm.RedactURL(*u.p)
}

// Set stores the URL as given.
func (u urlFlag) Set(s string) error {
	*u.p = s
	return nil
}

// Bounds of the settings that are not the model's (llm.MaxTimeout and its
// neighbours bound those).
const (
	MaxTopK              = 50
	MaxContextParagraphs = 50
	MaxShards            = 1 << 16
	MaxUserBurst         = 1000
	MaxAnswerSlots       = 1024
	MaxQueueSize         = 100_000
	MaxHistoryTurns      = 50
)

// rangeCheck collects the settings out of their bounds, each error naming
// the environment variable (and flag) that sets it.
type rangeCheck struct{ errs []error }

// ints checks lo <= v <= hi; with zeroDefault, 0 (unset) passes too.
func (r *rangeCheck) ints(name string, v, lo, hi int, zeroDefault bool) {
	if (zeroDefault && v == 0) || (v >= lo && v <= hi) {
		return
	}
	hint := ""
	if zeroDefault {
		hint = ", or leave it unset for the default"
	}
	r.errs = append(r.errs, fmt.Errorf("%s is %d: use %d to %d%s", name, v, lo, hi, hint))
}

// durations checks lo <= d <= hi, 0 (unset, the default) passing; with
// negativeOff, a negative duration (which turns the feature off) passes too.
func (r *rangeCheck) durations(name string, d, lo, hi time.Duration, negativeOff bool) {
	if d == 0 || (negativeOff && d < 0) || (d >= lo && d <= hi) {
		return
	}
	hint := ", or leave it unset for the default"
	if negativeOff {
		hint = ", a negative value to turn it off" + hint
	}
	r.errs = append(r.errs, fmt.Errorf("%s is %s: use %s to %s%s", name, d, lo, hi, hint))
}

// checkRanges bounds every numeric setting, whether or not the command uses
// it: a value far out of range is a mistake wherever it is read.
func (c Config) checkRanges() (general, model []error) {
	var r rangeCheck
	r.ints(EnvTopK, c.TopK, 1, MaxTopK, false)
	r.ints(EnvContextParagraphs+" (--context-paragraphs)", c.ContextParagraphs, 1, MaxContextParagraphs, false)
	d := c.Discord
	r.ints(bot.EnvShardID+" (--shard-id)", d.ShardID, 0, MaxShards-1, false)
	r.ints(bot.EnvShardCount+" (--shard-count)", d.ShardCount, 0, MaxShards, false)
	r.ints(bot.EnvUserBurst, d.UserBurst, 1, MaxUserBurst, true)
	r.ints(bot.EnvMaxConcurrent, d.MaxConcurrent, 1, MaxAnswerSlots, true)
	r.ints(bot.EnvQueueSize, d.QueueSize, 1, MaxQueueSize, true)
	r.ints(bot.EnvHistoryTurns, d.HistoryTurns, 1, MaxHistoryTurns, true)
	r.durations(bot.EnvUserEvery, d.UserEvery, time.Millisecond, 24*time.Hour, false)
	r.durations(bot.EnvShutdownGrace, d.ShutdownGrace, time.Millisecond, time.Hour, false)
	r.durations(bot.EnvReadyTimeout, d.ReadyTimeout, time.Second, time.Hour, false)
	// A slash command's token lives 15 minutes: an answer and its wait in
	// the queue must fit in it (bot.Config.Validate checks the sum).
	r.durations(bot.EnvAnswerTimeout, d.AnswerTimeout, time.Second, 14*time.Minute, false)
	r.durations(bot.EnvQueueWait, d.QueueWait, time.Second, 14*time.Minute, false)
	r.durations(bot.EnvRegisterRetry, d.RegisterRetry, 100*time.Millisecond, time.Hour, false)
	r.durations(bot.EnvProgressEvery, d.ProgressEvery, 100*time.Millisecond, time.Hour, true)
	general = r.errs

	r = rangeCheck{}
	l := c.LLM
	r.ints(EnvEmbedDimensions, l.EmbedDimensions, 1, llm.MaxEmbedDimensions, true)
	r.durations(EnvLLMTimeout+" (--llm-timeout)", l.Timeout, llm.MinTimeout, llm.MaxTimeout, false)
	r.ints(EnvLLMMaxConcurrent, l.MaxConcurrent, 1, llm.MaxConcurrentLimit, true)
	r.ints(EnvContextChars+" (--context-chars)", l.ContextRunes, llm.MinContextRunes, llm.MaxContextRunes, true)
	return general, r.errs
}

// Validate checks every setting's range, whatever the command, then the
// other settings every command uses, and the model settings when a model
// is configured. Each error names the variable or flag to fix and never
// repeats a secret.
func (c Config) Validate() error {
	var errs []error
	switch c.LogFormat {
	case "text", "json":
	default:
		errs = append(errs, fmt.Errorf("log format %s: use text or json (--log-format, %s)", quote(c.LogFormat), EnvLogFormat))
	}
	if c.LogLevel != "" {
		if _, err := ParseLevel(c.LogLevel); err != nil {
			errs = append(errs, err)
		}
	}
	general, model := c.checkRanges()
	errs = append(append(errs, general...), model...)
	// The model's own checks repeat its ranges without the variable names:
	// they run once those pass.
	if len(model) == 0 && (c.ModelEnabled() || c.LLM.EmbedModel != "") {
		if err := c.LLM.Validate(); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// ParseLevel turns a level name into a slog.Level.
func ParseLevel(s string) (slog.Level, error) {
	var l slog.Level
	if err := l.UnmarshalText([]byte(s)); err != nil {
		return l, fmt.Errorf("log level %s: use debug, info, warn or error (--log-level, %s)", quote(s), EnvLogLevel)
	}
	return l, nil
}

// String describes the settings with every secret redacted.
func (c Config) String() string {
	corpusDir := c.CorpusDir
	if corpusDir == "" {
		corpusDir = "(embedded)"
	}
	return fmt.Sprintf("corpus=%s cache=%q top_k=%d model={%v} discord={%v}", corpusDir, c.CacheDir, c.TopK, c.LLM, c.Discord)
}

// LogValue logs the settings with every secret redacted.
func (c Config) LogValue() slog.Value { return slog.StringValue(c.String()) }
