package bot

import (
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"
)

// Environment variable names, read by package config (the one parser of
// casebot's settings). They are exported so the command line and the
// README can refer to one spelling.
const (
	EnvToken           = "DISCORD_TOKEN"
	EnvAppID           = "DISCORD_APP_ID"
	EnvGuildID         = "DISCORD_GUILD_ID"
	EnvShardID         = "DISCORD_SHARD_ID"
	EnvShardCount      = "DISCORD_SHARD_COUNT"
	EnvAllowedGuilds   = "CASEBOT_ALLOWED_GUILDS"
	EnvAllowedChannels = "CASEBOT_ALLOWED_CHANNELS"
	EnvMessageContent  = "CASEBOT_MESSAGE_CONTENT"
	EnvUserEvery       = "CASEBOT_USER_EVERY"
	EnvUserBurst       = "CASEBOT_USER_BURST"
	EnvMaxConcurrent   = "CASEBOT_MAX_CONCURRENT"
	EnvQueueSize       = "CASEBOT_QUEUE_SIZE"
	EnvHealthAddr      = "CASEBOT_HEALTH_ADDR"
	EnvShutdownGrace   = "CASEBOT_SHUTDOWN_GRACE"
	EnvReadyTimeout    = "CASEBOT_READY_TIMEOUT"
	EnvAnswerTimeout   = "CASEBOT_ANSWER_TIMEOUT"
	EnvHistoryTurns    = "CASEBOT_HISTORY_TURNS"
	EnvProgressEvery   = "CASEBOT_PROGRESS_EVERY"
	EnvQueueWait       = "CASEBOT_QUEUE_WAIT"
	EnvRegisterRetry   = "CASEBOT_REGISTER_RETRY"
)

// Default values applied by Config.WithDefaults to zero fields.
const (
	DefaultUserEvery      = 10 * time.Second
	DefaultUserBurst      = 3
	DefaultMaxConcurrent  = 4
	DefaultQueueSize      = 64
	DefaultHealthAddr     = "127.0.0.1:8080"
	DefaultShutdownGrace  = 20 * time.Second
	DefaultReadyTimeout   = 30 * time.Second
	DefaultAnswerTimeout  = 2 * time.Minute
	DefaultHistoryTurns   = 4
	DefaultReconnectDelay = time.Second
	DefaultProgressEvery  = 1500 * time.Millisecond
	DefaultQueueWait      = 3 * time.Minute
	DefaultRegisterRetry  = 5 * time.Second
	DefaultDenseRetry     = 5 * time.Second
)

// InteractionTokenLife is how long Discord lets a bot answer an
// interaction it has acknowledged: the queue wait and the answer timeout
// together must leave time to deliver within it.
const InteractionTokenLife = 15 * time.Minute

// ErrNoToken is returned by Validate when no bot token is configured.
var ErrNoToken = errors.New("bot: no Discord bot token: set " + EnvToken)

// Config is everything the bot needs to run. The zero value of every field
// but Token means "use the default"; call WithDefaults to see the values in
// force. Config never prints its token: String, GoString and LogValue
// redact it.
type Config struct {
	// Token is the bot token from the Discord developer portal, with or
	// without the "Bot " prefix. Required.
	Token string
	// AppID is the application id. Optional: the READY event carries it.
	AppID string
	// GuildID, when set, registers the commands in that guild only (they
	// appear at once); empty registers them globally.
	GuildID string
	// ShardID and ShardCount shard the gateway connection; ShardCount 0 or 1
	// means no sharding.
	ShardID, ShardCount int
	// AllowedGuilds and AllowedChannels, when not empty, are the only guilds
	// and channels (a thread counts as its parent channel) the bot answers in.
	// Direct messages are answered unless AllowedGuilds is set.
	AllowedGuilds, AllowedChannels []string
	// MessageContent asks for the privileged message-content intent, which
	// lets people follow up in the bot's threads without mentioning it.
	// Mentions and direct messages work without it.
	MessageContent bool
	// UserEvery and UserBurst are the per-user rate limit: a burst of
	// UserBurst questions, then one per UserEvery.
	UserEvery time.Duration
	UserBurst int
	// MaxConcurrent caps the answers being prepared at once.
	MaxConcurrent int
	// QueueSize bounds the questions waiting for a free slot; beyond it
	// people are told the bot is busy.
	QueueSize int
	// HealthAddr is where /healthz and /metrics listen; "-" disables them.
	HealthAddr string
	// ShutdownGrace is how long in-flight answers may take to finish once
	// the bot is asked to stop.
	ShutdownGrace time.Duration
	// ReadyTimeout bounds the wait for the gateway's READY (or RESUMED).
	ReadyTimeout time.Duration
	// AnswerTimeout bounds the preparation of one answer.
	AnswerTimeout time.Duration
	// HistoryTurns is how many earlier turns of a thread are sent as context.
	HistoryTurns int
	// ReconnectDelay is the first wait before reconnecting a dropped gateway
	// connection; it doubles up to a minute.
	ReconnectDelay time.Duration
	// ProgressEvery is how often a slash-command answer that a model is
	// still writing is edited to show its progress; negative disables it.
	ProgressEvery time.Duration
	// QueueWait bounds how long an accepted question waits for a free slot
	// before its asker is told the bot is busy. An interaction token lives
	// 15 minutes, so QueueWait plus AnswerTimeout must stay well under it.
	QueueWait time.Duration
	// RegisterRetry is the first wait before retrying a failed slash-command
	// registration; it doubles up to ten minutes. The bot answers mentions,
	// threads and direct messages meanwhile.
	RegisterRetry time.Duration
	// DenseRetry is how often the bot checks that its search has a dense
	// side and the first wait before retrying to restore one that was lost
	// (embedding service down); the wait doubles up to five minutes. The
	// bot answers from keyword search meanwhile, with a notice.
	DenseRetry time.Duration
}

// WithDefaults returns c with every zero field set to its default.
func (c Config) WithDefaults() Config {
	c.Token = strings.TrimSpace(c.Token)
	if c.UserEvery == 0 {
		c.UserEvery = DefaultUserEvery
	}
	if c.UserBurst == 0 {
		c.UserBurst = DefaultUserBurst
	}
	if c.MaxConcurrent == 0 {
		c.MaxConcurrent = DefaultMaxConcurrent
	}
	if c.QueueSize == 0 {
		c.QueueSize = DefaultQueueSize
	}
	if c.HealthAddr == "" {
		c.HealthAddr = DefaultHealthAddr
	}
	if c.ShutdownGrace == 0 {
		c.ShutdownGrace = DefaultShutdownGrace
	}
	if c.ReadyTimeout == 0 {
		c.ReadyTimeout = DefaultReadyTimeout
	}
	if c.AnswerTimeout == 0 {
		c.AnswerTimeout = DefaultAnswerTimeout
	}
	if c.HistoryTurns == 0 {
		c.HistoryTurns = DefaultHistoryTurns
	}
	if c.ReconnectDelay == 0 {
		c.ReconnectDelay = DefaultReconnectDelay
	}
	if c.ProgressEvery == 0 {
		c.ProgressEvery = DefaultProgressEvery
	}
	if c.QueueWait == 0 {
		c.QueueWait = DefaultQueueWait
	}
	if c.RegisterRetry == 0 {
		c.RegisterRetry = DefaultRegisterRetry
	}
	if c.DenseRetry <= 0 {
		c.DenseRetry = DefaultDenseRetry
	}
	return c
}

// Validate reports the first problem with c (after defaults), or nil. A
// missing token is ErrNoToken.
func (c Config) Validate() error {
	c = c.WithDefaults()
	tok := rawToken(c.Token)
	if tok == "" {
		return ErrNoToken
	}
	if strings.ContainsAny(tok, " \t\r\n") {
		return fmt.Errorf("bot: the Discord token (%s) contains spaces; paste it without quotes or extra text", EnvToken)
	}
	for name, id := range map[string]string{EnvAppID: c.AppID, EnvGuildID: c.GuildID} {
		if id != "" && !isSnowflake(id) {
			return fmt.Errorf("bot: %s=%q is not a Discord id (digits only)", name, id)
		}
	}
	for _, ids := range [][]string{c.AllowedGuilds, c.AllowedChannels} {
		for _, id := range ids {
			if !isSnowflake(id) {
				return fmt.Errorf("bot: allow-list entry %q is not a Discord id (digits only)", id)
			}
		}
	}
	switch {
	case c.ShardCount < 0:
		return fmt.Errorf("bot: shard count %d is negative", c.ShardCount)
	case c.ShardID < 0:
		return fmt.Errorf("bot: shard id %d is negative", c.ShardID)
	case c.ShardCount <= 1 && c.ShardID != 0:
		return fmt.Errorf("bot: shard id %d needs a shard count above it", c.ShardID)
	case c.ShardCount > 1 && c.ShardID >= c.ShardCount:
		return fmt.Errorf("bot: shard id %d must be below the shard count %d", c.ShardID, c.ShardCount)
	}
	for name, d := range map[string]time.Duration{
		"user rate interval": c.UserEvery, "shutdown grace": c.ShutdownGrace,
		"ready timeout": c.ReadyTimeout, "answer timeout": c.AnswerTimeout,
		"reconnect delay": c.ReconnectDelay, "queue wait": c.QueueWait,
		"command registration retry": c.RegisterRetry,
	} {
		if d < 0 {
			return fmt.Errorf("bot: %s %s is negative", name, d)
		}
	}
	if budget := InteractionTokenLife - time.Minute; c.QueueWait > budget || c.AnswerTimeout > budget || c.QueueWait+c.AnswerTimeout > budget {
		return fmt.Errorf("bot: answer timeout %s (%s) plus queue wait %s exceed %s: Discord forgets a slash command's answer slot after %s",
			c.AnswerTimeout, EnvAnswerTimeout, c.QueueWait, budget, InteractionTokenLife)
	}
	for name, n := range map[string]int{
		"user burst": c.UserBurst, "max concurrent answers": c.MaxConcurrent,
		"queue size": c.QueueSize, "history turns": c.HistoryTurns,
	} {
		if n < 0 {
			return fmt.Errorf("bot: %s %d is negative", name, n)
		}
	}
	return nil
}

// rawToken is the token without surrounding space or a "Bot " prefix.
func rawToken(t string) string {
	t = strings.TrimSpace(t)
	if t == "Bot" {
		return ""
	}
	return strings.TrimSpace(strings.TrimPrefix(t, "Bot "))
}

// botToken returns the token as the gateway and REST API want it.
func (c Config) botToken() string { return "Bot " + rawToken(c.Token) }

func (c Config) tokenState() string {
	if rawToken(c.Token) == "" {
		return "missing"
	}
	return "[redacted]"
}

// String describes c without its token.
func (c Config) String() string {
	return fmt.Sprintf("bot.Config{Token:%s AppID:%q GuildID:%q Shard:%d/%d AllowedGuilds:%v AllowedChannels:%v MessageContent:%t UserEvery:%s UserBurst:%d MaxConcurrent:%d QueueSize:%d HealthAddr:%q ShutdownGrace:%s ReadyTimeout:%s AnswerTimeout:%s HistoryTurns:%d ProgressEvery:%s QueueWait:%s RegisterRetry:%s}",
		c.tokenState(), c.AppID, c.GuildID, c.ShardID, c.ShardCount, c.AllowedGuilds, c.AllowedChannels,
		c.MessageContent, c.UserEvery, c.UserBurst, c.MaxConcurrent, c.QueueSize, c.HealthAddr,
		c.ShutdownGrace, c.ReadyTimeout, c.AnswerTimeout, c.HistoryTurns, c.ProgressEvery, c.QueueWait, c.RegisterRetry)
}

// GoString is String, so that %#v does not print the token either.
func (c Config) GoString() string { return c.String() }

// LogValue logs c without its token.
func (c Config) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("token", c.tokenState()),
		slog.String("app_id", c.AppID),
		slog.String("guild_id", c.GuildID),
		slog.Int("shard_id", c.ShardID),
		slog.Int("shard_count", c.ShardCount),
		slog.Any("allowed_guilds", c.AllowedGuilds),
		slog.Any("allowed_channels", c.AllowedChannels),
		slog.Bool("message_content", c.MessageContent),
		slog.Duration("user_every", c.UserEvery),
		slog.Int("user_burst", c.UserBurst),
		slog.Int("max_concurrent", c.MaxConcurrent),
		slog.Int("queue_size", c.QueueSize),
		slog.String("health_addr", c.HealthAddr),
		slog.Duration("shutdown_grace", c.ShutdownGrace),
		slog.Duration("ready_timeout", c.ReadyTimeout),
		slog.Duration("answer_timeout", c.AnswerTimeout),
		slog.Int("history_turns", c.HistoryTurns),
		slog.Duration("progress_every", c.ProgressEvery),
		slog.Duration("queue_wait", c.QueueWait),
		slog.Duration("register_retry", c.RegisterRetry),
	)
}

func isSnowflake(s string) bool {
	if s == "" || len(s) > 20 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
