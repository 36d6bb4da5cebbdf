// Package bot answers questions about the case on Discord, where people
// already talk: by slash command (/ask, /summary, /source, /about,
// /reindex), by mentioning the bot in a channel (the answer goes into a
// thread started from the question, where follow-ups keep their context),
// and in direct messages.
//
// It acknowledges every question at once, answers in messages under
// Discord's limits with the sources a click away, never pings anyone, and
// turns away whoever is over a limit with a short notice: private for a
// slash command; for mentions one reply per window, then a ⏳ reaction, so
// that someone who keeps asking does not fill the channel. A question
// waits for a free slot at most Config.QueueWait. Without its slash
// commands (a server that refuses them) the bot keeps answering mentions,
// threads and direct messages and retries the registration. It shuts down
// gracefully: what arrived before the signal is answered, and what the
// grace period cuts short is told so. /healthz and Prometheus /metrics are
// served on a local address. The package talks to Discord through discordgo; tests point a
// real discordgo session at the local double in bot/discordtest.
package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
	"golang.org/x/sync/singleflight"

	"casebot/answer"
	"casebot/corpus"
)

// Backend answers questions; *answer.Engine satisfies it.
type Backend interface {
	// Ask answers one question.
	Ask(ctx context.Context, req answer.Request) (answer.Answer, error)
	// Summarize summarises the corpus, or one topic of it.
	Summarize(ctx context.Context, topic, lang string) (answer.Summary, error)
	// Source finds a paragraph by reference.
	Source(ref string) (corpus.Paragraph, bool)
	// Info describes what is served.
	Info() answer.Info
}

// ReloadFunc builds a new Backend from the corpus as it is now, for
// /reindex. The bot swaps it in atomically; questions being answered finish
// on the old one.
type ReloadFunc func(ctx context.Context) (Backend, error)

// Errors of Run that an operator must act on.
var (
	// ErrTokenRejected means Discord refused the bot token.
	ErrTokenRejected = errors.New("bot: Discord rejected the bot token; check " + EnvToken + " (reset the token in the developer portal if needed)")
	// ErrReadyTimeout means the gateway did not send READY in time.
	ErrReadyTimeout = errors.New("bot: the Discord gateway did not send READY in time")
	// ErrGatewayRefused means the gateway closed the connection with a code
	// after which reconnecting cannot help (bad shard, disallowed intents...).
	ErrGatewayRefused = errors.New("bot: Discord refused the gateway connection")
)

// Option adjusts how the bot reaches Discord, mainly for tests.
type Option func(*options)

type options struct {
	client *http.Client
	dialer *websocket.Dialer
	store  FeedbackStore
}

// WithHTTPClient makes every REST call (including the gateway URL lookup)
// through c.
func WithHTTPClient(c *http.Client) Option { return func(o *options) { o.client = c } }

// WithDialer dials the gateway websocket with a copy of d.
func WithDialer(d *websocket.Dialer) Option { return func(o *options) { o.dialer = d } }

// Bot is one Discord bot session. Create it with New and start it with Run.
type Bot struct {
	cfg     Config
	log     *slog.Logger
	reload  ReloadFunc
	backend atomic.Pointer[backendBox]

	s       *discordgo.Session
	conns   *connTracker
	metrics *metrics
	users   *userLimiter
	adm     *admission
	work    *tracker
	chans   *channelCache
	tools   *casetools
	gate    *noticeGate
	hooks   hooks

	// chanFlight collapses concurrent lookups of one channel into one call.
	chanFlight singleflight.Group
	// reg is the state of the slash-command registration, for /healthz.
	reg atomic.Pointer[regState]
	// dense is what the background restore of the dense search last did,
	// for /healthz (dense.go).
	dense atomic.Pointer[denseKeep]

	reloadMu  sync.Mutex
	self      atomic.Pointer[string]
	connected atomic.Bool
	ready     chan struct{}
	disc      chan struct{}
	ran       atomic.Bool

	// workCtx outlives Run's context by the shutdown grace, so answers in
	// flight can finish.
	workCtx    context.Context
	cancelWork context.CancelFunc
	now        func() time.Time
}

type backendBox struct{ Backend }

// New prepares a bot; nothing connects until Run. It fails when cfg is
// invalid (a missing token is ErrNoToken) or backend is nil.
func New(cfg Config, backend Backend, reload ReloadFunc, log *slog.Logger, opts ...Option) (*Bot, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if backend == nil {
		return nil, errors.New("bot: no backend to answer with")
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	cfg = cfg.WithDefaults()
	var o options
	for _, opt := range opts {
		opt(&o)
	}
	s, err := discordgo.New(cfg.botToken())
	if err != nil {
		return nil, fmt.Errorf("bot: new session: %w", err)
	}
	b := &Bot{
		cfg: cfg, log: log.With("component", "bot"), reload: reload, s: s,
		conns: &connTracker{}, users: newUserLimiter(cfg.UserEvery, cfg.UserBurst),
		adm: newAdmission(cfg.MaxConcurrent, cfg.QueueSize), work: newTracker(),
		chans: newChannelCache(), gate: newNoticeGate(), ready: make(chan struct{}), disc: make(chan struct{}, 1),
		now: time.Now,
	}
	b.tools = newCasetools(o.store, b.log)
	b.reg.Store(&regState{state: regPending})
	b.metrics = newMetrics(b.adm, &b.connected, func() bool { return b.reg.Load().state == regDone })
	b.backend.Store(&backendBox{backend})

	if o.client != nil {
		s.Client = o.client
	} else {
		s.Client = &http.Client{Timeout: 20 * time.Second}
	}
	s.Dialer = b.conns.dialer(o.dialer)
	// The bot reconnects itself, so it can stop on fatal close codes
	// instead of retrying a rejected token forever.
	s.ShouldReconnectOnError = false
	s.StateEnabled = false
	// Handlers run in the order events arrive, so a question read from the
	// gateway before shutdown began is admitted however the goroutines that
	// answer it are scheduled. They only sort and admit the event, then hand
	// the work to a goroutine of their own (see spawn).
	s.SyncEvents = true
	s.ShardID, s.ShardCount = cfg.ShardID, cfg.ShardCount
	if cfg.ShardCount <= 1 {
		s.ShardID, s.ShardCount = 0, 1
	}
	// Only what the bot reads: messages in guilds (mentions, its threads)
	// and direct messages. Interactions need no intent.
	intents := discordgo.IntentsGuildMessages | discordgo.IntentsDirectMessages
	if cfg.MessageContent {
		intents |= discordgo.IntentMessageContent
	}
	s.Identify.Intents = intents

	s.AddHandler(b.onConnect)
	s.AddHandler(b.onDisconnect)
	s.AddHandler(b.onInteraction)
	s.AddHandler(b.onMessage)
	return b, nil
}

// Run connects the bot (nothing is answered before READY arrives),
// registers the slash commands, answers until ctx is cancelled, then stops
// taking questions, lets those in flight finish within the shutdown grace
// and closes the gateway. A failed command registration is not fatal:
// mentions, threads and direct messages need no commands, so the bot keeps
// serving them, logs the failure, reports it on /healthz and retries with
// backoff. Run returns nil after a clean shutdown, and an error, such as
// ErrTokenRejected or ErrReadyTimeout, when the bot cannot run. A Bot runs
// once.
func (b *Bot) Run(ctx context.Context) error {
	if !b.ran.CompareAndSwap(false, true) {
		return errors.New("bot: Run called twice")
	}
	b.workCtx, b.cancelWork = context.WithCancel(context.WithoutCancel(ctx))
	defer b.cancelWork()
	b.log.Info("starting", "config", b.cfg)

	stopHealth, err := b.serveHealth()
	if err != nil {
		return err
	}
	defer stopHealth()
	stopDense := b.keepDense(ctx)
	defer stopDense()

	if err := b.open(ctx); err != nil {
		return err
	}
	b.identifySelf()
	regCtx, stopReg := context.WithCancel(ctx)
	defer stopReg()
	fatal := make(chan error, 1)
	regDone, err := b.startRegistration(regCtx, fatal)
	if err != nil {
		b.closeGateway()
		return err
	}
	close(b.ready)
	// Questions stop being admitted the moment ctx ends, not once the
	// supervisor has noticed.
	context.AfterFunc(ctx, func() { b.work.close() })

	runErr := b.supervise(ctx, fatal)
	stopReg()
	<-regDone
	b.shutdown()
	return runErr
}

// Ready is closed once the bot is connected and the first attempt to
// register its commands is over, whether it succeeded or not.
func (b *Bot) Ready() <-chan struct{} { return b.ready }

// Handler serves /healthz and /metrics; Run serves it on Config.HealthAddr.
func (b *Bot) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.Handle("/metrics", b.metrics.handler())
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) {
		h, code := b.health()
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(code)
		_ = json.NewEncoder(w).Encode(h)
	})
	return mux
}

// healthReport is the body of /healthz.
type healthReport struct {
	// Status is ok, degraded (answering, but the slash commands are not
	// registered, or search runs on keywords alone while the embedding
	// service is down), disconnected or stopping.
	Status string `json:"status"`
	// Commands is registering, registered or retrying.
	Commands string `json:"commands"`
	// CommandsError is why the last registration attempt failed.
	CommandsError string `json:"commands_error,omitempty"`
	// CommandsAttempts counts the registration attempts so far.
	CommandsAttempts int `json:"commands_attempts"`
	InFlight         int `json:"in_flight"`
	Waiting          int `json:"waiting"`
	// Search describes the dense side of the search, when the backend has one.
	Search *searchHealth `json:"search,omitempty"`
}

// health describes the bot for /healthz, with the HTTP status to send: 200
// while the bot answers (even without its slash commands, so that a
// container health check does not restart a bot that works), 503 when it
// is disconnected or stopping.
func (b *Bot) health() (healthReport, int) {
	reg := b.reg.Load()
	h := healthReport{
		Status: "ok", Commands: reg.state, CommandsError: reg.err, CommandsAttempts: reg.attempts,
		InFlight: b.adm.inFlight(), Waiting: b.adm.waiting(),
	}
	switch {
	case b.work.isClosing():
		h.Status = "stopping"
		return h, http.StatusServiceUnavailable
	case !b.connected.Load():
		h.Status = "disconnected"
		return h, http.StatusServiceUnavailable
	case reg.state != regDone:
		h.Status = "degraded"
	}
	if h.Search = b.searchHealth(); h.Search != nil && h.Search.Dense != denseOK {
		h.Status = "degraded"
	}
	return h, http.StatusOK
}

// Run is New followed by Run: it connects, answers until ctx is cancelled,
// and shuts down gracefully.
func Run(ctx context.Context, cfg Config, backend Backend, reload ReloadFunc, log *slog.Logger, opts ...Option) error {
	b, err := New(cfg, backend, reload, log, opts...)
	if err != nil {
		return err
	}
	return b.Run(ctx)
}

func (b *Bot) serveHealth() (stop func(), err error) {
	addr := b.cfg.HealthAddr
	if addr == "-" || addr == "off" {
		return func() {}, nil
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("bot: health and metrics listener on %s: %w", addr, err)
	}
	srv := &http.Server{Handler: b.Handler(), ReadHeaderTimeout: 5 * time.Second}
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			b.log.Error("health server stopped", "err", err)
		}
	}()
	b.log.Info("serving /healthz and /metrics", "addr", ln.Addr().String())
	return func() {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		_ = srv.Shutdown(ctx)
	}, nil
}

// open connects to the gateway and waits for READY (or RESUMED) within the
// ready timeout.
func (b *Bot) open(ctx context.Context) error {
	b.conns.begin()
	defer b.conns.end()
	done := make(chan error, 1)
	go func() { done <- b.s.Open() }()
	timer := time.NewTimer(b.cfg.ReadyTimeout)
	defer timer.Stop()
	select {
	case err := <-done:
		if errors.Is(err, discordgo.ErrWSAlreadyOpen) {
			return nil
		}
		return classifyOpenError(err)
	case <-timer.C:
		b.conns.abort()
		<-done
		return fmt.Errorf("%w (waited %s)", ErrReadyTimeout, b.cfg.ReadyTimeout)
	case <-ctx.Done():
		b.conns.abort()
		<-done
		return fmt.Errorf("bot: connecting to Discord: %w", ctx.Err())
	}
}

// fatalCloseCodes are gateway close codes after which reconnecting cannot help.
var fatalCloseCodes = map[int]string{
	4004: "authentication failed",
	4010: "invalid shard",
	4011: "sharding required: set " + EnvShardCount,
	4012: "invalid API version",
	4013: "invalid intents",
	4014: "disallowed intents: enable the Message Content intent for the bot in the developer portal, or unset " + EnvMessageContent,
}

// classifyOpenError turns Open's error into one an operator can act on.
func classifyOpenError(err error) error {
	if err == nil {
		return nil
	}
	var ce *websocket.CloseError
	if errors.As(err, &ce) {
		if ce.Code == 4004 {
			return fmt.Errorf("%w (gateway closed the connection: %d %s)", ErrTokenRejected, ce.Code, fatalCloseCodes[ce.Code])
		}
		if why, ok := fatalCloseCodes[ce.Code]; ok {
			return fmt.Errorf("%w: %d %s", ErrGatewayRefused, ce.Code, why)
		}
	}
	var re *discordgo.RESTError
	if errors.As(err, &re) && re.Response != nil && re.Response.StatusCode == http.StatusUnauthorized {
		return fmt.Errorf("%w (HTTP 401 from the REST API)", ErrTokenRejected)
	}
	return fmt.Errorf("bot: connecting to the Discord gateway: %w", err)
}

// isFatal reports whether an open error should stop the bot rather than be retried.
func isFatal(err error) bool {
	return errors.Is(err, ErrTokenRejected) || errors.Is(err, ErrGatewayRefused)
}

// supervise waits for ctx, reconnecting (and resuming) whenever the gateway
// connection drops. It returns nil when ctx ends, or a fatal error (from the
// gateway, or from fatal).
func (b *Bot) supervise(ctx context.Context, fatal <-chan error) error {
	for {
		select {
		case <-ctx.Done():
			return nil
		case err := <-fatal:
			b.log.Error("Discord refused the bot; stopping", "err", err)
			return err
		case <-b.disc:
		}
		if b.work.isClosing() {
			return nil
		}
		delay := b.cfg.ReconnectDelay
		for {
			b.log.Warn("gateway connection lost; reconnecting", "after", delay)
			select {
			case <-ctx.Done():
				return nil
			case err := <-fatal:
				b.log.Error("Discord refused the bot; stopping", "err", err)
				return err
			case <-time.After(delay):
			}
			err := b.open(ctx)
			if err == nil {
				b.log.Info("gateway reconnected")
				break
			}
			if ctx.Err() != nil {
				return nil
			}
			if isFatal(err) {
				b.log.Error("gateway refused the bot; stopping", "err", err)
				return err
			}
			b.log.Warn("reconnect failed", "err", err)
			delay = min(delay*2, time.Minute)
		}
	}
}

// shutdown stops taking questions (those read from the gateway before it
// began are answered), waits for those in flight up to the grace period,
// then cancels what is left, whose askers are told the bot is restarting
// within a fresh delivery deadline, and closes the gateway.
func (b *Bot) shutdown() {
	idle := b.work.close()
	b.log.Info("shutting down; finishing answers in flight", "in_flight", b.work.count(), "grace", b.cfg.ShutdownGrace)
	timer := time.NewTimer(b.cfg.ShutdownGrace)
	select {
	case <-idle:
	case <-timer.C:
		b.log.Warn("shutdown grace over; cancelling answers still in flight", "in_flight", b.work.count())
		b.cancelWork()
		select {
		case <-idle:
		case <-time.After(deliverTimeout + 2*time.Second):
			b.log.Warn("gave up on answers still in flight", "in_flight", b.work.count())
		}
	}
	timer.Stop()
	b.closeGateway()
	b.log.Info("stopped")
}

// closeGateway closes the gateway connection. ShouldReconnectOnError has
// been false since New, so discordgo does not reconnect behind our back.
func (b *Bot) closeGateway() {
	if err := b.s.Close(); err != nil {
		b.log.Warn("closing the gateway", "err", err)
	}
}

func (b *Bot) onConnect(_ *discordgo.Session, _ *discordgo.Connect) {
	b.connected.Store(true)
}

func (b *Bot) onDisconnect(_ *discordgo.Session, _ *discordgo.Disconnect) {
	b.connected.Store(false)
	select {
	case b.disc <- struct{}{}:
	default:
	}
}

// selfID is the bot's user id, or "" before READY.
func (b *Bot) selfID() string {
	if p := b.self.Load(); p != nil {
		return *p
	}
	return ""
}

func (b *Bot) current() Backend { return b.backend.Load().Backend }

// recoverPanic logs a panic in an event handler instead of crashing.
func (b *Bot) recoverPanic(where string) {
	if r := recover(); r != nil {
		b.metrics.failures.WithLabelValues("panic").Inc()
		b.log.Error("panic in event handler", "where", where, "panic", fmt.Sprint(r), "stack", string(debug.Stack()))
	}
}

// ignore counts and logs an event the bot cannot use.
func (b *Bot) ignore(reason string, args ...any) {
	b.metrics.ignored.WithLabelValues(reason).Inc()
	b.log.Warn("ignoring event", append([]any{"reason", reason}, args...)...)
}

// rest returns the request options of a REST call bounded by ctx.
func rest(ctx context.Context) discordgo.RequestOption { return discordgo.WithContext(ctx) }

// restCtx bounds one REST call: it lives as long as in-flight work may.
func (b *Bot) restCtx() (context.Context, context.CancelFunc) {
	return context.WithTimeout(b.workCtx, 20*time.Second)
}

// deliverTimeout bounds the delivery of a final answer or notice.
const deliverTimeout = 10 * time.Second

// deliverCtx bounds the delivery of a question's final message. It does not
// end with the work context: once the shutdown grace is over, answers still
// being prepared are cancelled, and their askers must still be told so
// rather than be left on "thinking…".
func (b *Bot) deliverCtx() (context.Context, context.CancelFunc) {
	return context.WithTimeout(context.WithoutCancel(b.workCtx), deliverTimeout)
}

// allowed applies the guild and channel allow-lists. parent is the parent
// of channelID when it is a thread, if known.
func (b *Bot) allowed(guildID, channelID, parent string) bool {
	if len(b.cfg.AllowedGuilds) > 0 && !contains(b.cfg.AllowedGuilds, guildID) {
		return false
	}
	if guildID == "" || len(b.cfg.AllowedChannels) == 0 {
		return true
	}
	return contains(b.cfg.AllowedChannels, channelID) || (parent != "" && contains(b.cfg.AllowedChannels, parent))
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// connTracker remembers the gateway's network connection while Open runs,
// so a READY that never comes can be given up on.
type connTracker struct {
	mu      sync.Mutex
	opening bool
	aborted bool
	conn    net.Conn
}

func (t *connTracker) dialer(base *websocket.Dialer) *websocket.Dialer {
	var d websocket.Dialer
	if base != nil {
		d = *base
	} else {
		d = websocket.Dialer{Proxy: http.ProxyFromEnvironment, HandshakeTimeout: 45 * time.Second}
	}
	inner := d.NetDialContext
	if inner == nil {
		nd := &net.Dialer{Timeout: 30 * time.Second, KeepAlive: 30 * time.Second}
		inner = nd.DialContext
	}
	d.NetDialContext = func(ctx context.Context, network, addr string) (net.Conn, error) {
		t.mu.Lock()
		aborted := t.aborted
		t.mu.Unlock()
		if aborted {
			return nil, errors.New("bot: connection attempt abandoned")
		}
		c, err := inner(ctx, network, addr)
		if err != nil {
			return nil, err
		}
		t.mu.Lock()
		defer t.mu.Unlock()
		if t.aborted {
			c.Close()
			return nil, errors.New("bot: connection attempt abandoned")
		}
		if t.opening {
			t.conn = c
		}
		return c, nil
	}
	return &d
}

func (t *connTracker) begin() {
	t.mu.Lock()
	t.opening, t.aborted, t.conn = true, false, nil
	t.mu.Unlock()
}

func (t *connTracker) end() {
	t.mu.Lock()
	t.opening, t.aborted, t.conn = false, false, nil
	t.mu.Unlock()
}

// abort makes the Open in progress fail: its connection is closed and no
// new one is dialled.
func (t *connTracker) abort() {
	t.mu.Lock()
	t.aborted = true
	c := t.conn
	t.mu.Unlock()
	if c != nil {
		c.Close()
	}
}

// tracker counts the handler goroutines in flight and, once closing,
// refuses new questions.
type tracker struct {
	mu       sync.Mutex
	closing  bool
	n        int
	idle     chan struct{}
	idleDone bool
	stopping chan struct{}
}

func newTracker() *tracker {
	return &tracker{idle: make(chan struct{}), stopping: make(chan struct{})}
}

// begin registers a handler goroutine and reports whether questions are
// still taken. Every begin is matched by an end, admitted or not, so that
// shutdown also waits for the notices telling late askers to come back.
func (t *tracker) begin() (admitted bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.n++
	return !t.closing
}

func (t *tracker) end() {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.n--
	t.maybeIdle()
}

// maybeIdle closes idle once closing with nothing in flight; call with mu held.
func (t *tracker) maybeIdle() {
	if t.closing && t.n == 0 && !t.idleDone {
		t.idleDone = true
		close(t.idle)
	}
}

// close refuses new questions and returns a channel closed when nothing
// is left in flight.
func (t *tracker) close() <-chan struct{} {
	t.mu.Lock()
	defer t.mu.Unlock()
	if !t.closing {
		t.closing = true
		close(t.stopping)
	}
	t.maybeIdle()
	return t.idle
}

func (t *tracker) isClosing() bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.closing
}

func (t *tracker) count() int {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.n
}

// spawn runs f, the slow part of an event handler, in a goroutine of its
// own. It is called from the gateway's event loop, in the order events
// arrive, so whether a question is admitted depends only on whether it
// arrived before shutdown began; f learns it through admitted.
func (b *Bot) spawn(kind string, f func(admitted bool)) {
	admitted := b.work.begin()
	go func() {
		defer b.work.end()
		defer b.recoverPanic(kind)
		if h := b.hooks.handlerStart; h != nil {
			h(kind)
		}
		f(admitted)
	}()
}

// hooks let tests pace the bot at points that no request to Discord marks.
// They are nil outside tests.
type hooks struct {
	// handlerStart runs first in every handler goroutine.
	handlerStart func(kind string)
	// channelLookup runs before a channel missing from the cache is fetched.
	channelLookup func(id string)
}

// channelCache remembers what kind of channel an id is, so the bot looks
// each one up once.
type channelCache struct {
	mu sync.Mutex
	m  map[string]chanInfo
}

type chanInfo struct {
	typ      discordgo.ChannelType
	guildID  string
	parentID string
	ownerID  string
}

func (c chanInfo) isThread() bool {
	return c.typ == discordgo.ChannelTypeGuildPublicThread || c.typ == discordgo.ChannelTypeGuildPrivateThread ||
		c.typ == discordgo.ChannelTypeGuildNewsThread
}

const maxCachedChannels = 5000

func newChannelCache() *channelCache { return &channelCache{m: map[string]chanInfo{}} }

func (c *channelCache) get(id string) (chanInfo, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	ci, ok := c.m[id]
	return ci, ok
}

func (c *channelCache) put(id string, ci chanInfo) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.m) >= maxCachedChannels {
		clear(c.m)
	}
	c.m[id] = ci
}

// channel returns what the bot knows of a channel, asking Discord once:
// concurrent first questions in one channel share one lookup, which runs on
// its own deadline so that one asker giving up does not fail the others.
func (b *Bot) channel(ctx context.Context, id string) (chanInfo, error) {
	if ci, ok := b.chans.get(id); ok {
		return ci, nil
	}
	if h := b.hooks.channelLookup; h != nil {
		h(id)
	}
	res := b.chanFlight.DoChan(id, func() (any, error) {
		if ci, ok := b.chans.get(id); ok {
			return ci, nil
		}
		lctx, cancel := b.restCtx()
		defer cancel()
		ch, err := b.s.Channel(id, rest(lctx))
		if err != nil {
			return chanInfo{}, fmt.Errorf("bot: looking up channel %s: %w", id, err)
		}
		ci := chanInfo{typ: ch.Type, guildID: ch.GuildID, parentID: ch.ParentID, ownerID: ch.OwnerID}
		b.chans.put(id, ci)
		return ci, nil
	})
	select {
	case r := <-res:
		if r.Err != nil {
			return chanInfo{}, r.Err
		}
		return r.Val.(chanInfo), nil
	case <-ctx.Done():
		return chanInfo{}, fmt.Errorf("bot: looking up channel %s: %w", id, ctx.Err())
	}
}
