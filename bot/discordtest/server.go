// Package discordtest is a local double of Discord for end-to-end tests: an
// httptest server that speaks the parts of Discord's REST API the bot uses
// and a websocket gateway (HELLO, IDENTIFY, READY, heartbeats, RESUME,
// dispatches, close codes), so a real discordgo Session can be pointed at
// it through Client (which rewrites requests for discord.com).
//
// The double records every REST request, keeps channels, messages and
// threads, and logs each interaction's responses, so tests can assert what
// people would see. It never reaches the network beyond 127.0.0.1.
package discordtest

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
)

// Fixed ids of the world the double starts with.
const (
	GuildID         = "100"
	ChannelID       = "200" // a text channel where threads can be started
	NoThreadChannel = "201" // a text channel where starting a thread fails
	DMChannelID     = "300" // a direct-message channel
	AppID           = "900"
	BotID           = "900"
	BotName         = "casebot"
	messageContent  = 1 << 15
)

// Request is one REST request the double received.
type Request struct {
	Method string
	Path   string // without the /api/v9 prefix
	Query  url.Values
	Body   []byte
	At     time.Time
}

// Interaction is what the bot did with one interaction the double sent.
type Interaction struct {
	ID, Token string
	// Sent is when the double dispatched it.
	Sent time.Time
	// Callbacks are the interaction responses, in order.
	Callbacks []Callback
	// Original is the response message after the last edit (nil before).
	Original *discordgo.Message
	// Edits counts the edits of the original response.
	Edits int
	// Followups are the follow-up messages, in order.
	Followups []*discordgo.Message
}

// Callback is one interaction response.
type Callback struct {
	Type discordgo.InteractionResponseType
	Data *discordgo.InteractionResponseData
	// Message is Data as the message people see (for types 4 and 7).
	Message *discordgo.Message
	At      time.Time
}

// Channel is a channel of the double's world.
type Channel struct {
	ID, GuildID, ParentID, OwnerID string
	// Name is the name a thread was started with.
	Name string
	Type discordgo.ChannelType
	// NoThreads makes starting a thread in the channel fail with 403.
	NoThreads bool
}

// Options configure a Server.
type Options struct {
	// Token is the bot token the double accepts (without "Bot ").
	Token string
	// HeartbeatInterval is sent in HELLO (default 1s).
	HeartbeatInterval time.Duration
	// ReadyDelay holds READY back after IDENTIFY; NoReady never sends it.
	ReadyDelay time.Duration
	NoReady    bool
	// RefuseMessageContent closes the gateway with 4014 (disallowed
	// intents) when IDENTIFY asks for the message-content intent, as
	// Discord does when the intent is not enabled in the developer portal.
	RefuseMessageContent bool
	// Hold, when set, is called for every REST request once it is
	// recorded and before it is answered, with the request's context
	// (done when the client gives up). Tests block in it to play a slow
	// Discord; it must return once the context is done.
	Hold func(ctx context.Context, r Request)
}

// Server is the Discord double. Create it with New and Close it when done.
type Server struct {
	opts  Options
	http  *httptest.Server
	wsURL string

	ids atomic.Int64

	mu           sync.Mutex
	requests     []Request
	channels     map[string]*Channel
	messages     map[string][]*discordgo.Message // by channel, oldest first
	interactions map[string]*Interaction         // by token
	reactions    map[string][]string             // by message id
	failCommands bool
	conns        map[*gwConn]bool
	sessions     map[string]bool
	identifies   int
	resumes      int
	intents      int
	shard        []int
	seq          int64
	events       []event // every dispatch, for replay on RESUME
	changed      chan struct{}
	closed       bool
}

type event struct {
	seq int64
	typ string
	raw json.RawMessage
}

type gwConn struct {
	ws    *websocket.Conn
	wmu   sync.Mutex
	ready bool
}

// New starts a double on 127.0.0.1.
func New(opts Options) *Server {
	if opts.Token == "" {
		opts.Token = "test-token"
	}
	if opts.HeartbeatInterval == 0 {
		opts.HeartbeatInterval = time.Second
	}
	s := &Server{
		opts:         opts,
		channels:     map[string]*Channel{},
		messages:     map[string][]*discordgo.Message{},
		interactions: map[string]*Interaction{},
		reactions:    map[string][]string{},
		conns:        map[*gwConn]bool{},
		sessions:     map[string]bool{},
		changed:      make(chan struct{}),
	}
	s.ids.Store(1_000_000)
	s.AddChannel(Channel{ID: ChannelID, GuildID: GuildID, Type: discordgo.ChannelTypeGuildText})
	s.AddChannel(Channel{ID: NoThreadChannel, GuildID: GuildID, Type: discordgo.ChannelTypeGuildText, NoThreads: true})
	s.AddChannel(Channel{ID: DMChannelID, Type: discordgo.ChannelTypeDM})

	mux := http.NewServeMux()
	mux.HandleFunc("GET /ws", s.serveGateway)
	mux.HandleFunc("GET /ws/", s.serveGateway) // discordgo appends a slash
	api := "/api/v9"
	mux.HandleFunc("GET "+api+"/gateway", s.gateway)
	mux.HandleFunc("GET "+api+"/gateway/bot", s.gateway)
	mux.HandleFunc("GET "+api+"/users/@me", s.auth(s.me))
	mux.HandleFunc("PUT "+api+"/applications/{app}/commands", s.auth(s.commands))
	mux.HandleFunc("PUT "+api+"/applications/{app}/guilds/{guild}/commands", s.auth(s.commands))
	mux.HandleFunc("POST "+api+"/interactions/{id}/{token}/callback", s.callback)
	mux.HandleFunc("PATCH "+api+"/webhooks/{app}/{token}/messages/{mid}", s.editOriginal)
	mux.HandleFunc("POST "+api+"/webhooks/{app}/{token}", s.followup)
	mux.HandleFunc("GET "+api+"/channels/{cid}", s.auth(s.channel))
	mux.HandleFunc("POST "+api+"/channels/{cid}/messages", s.auth(s.createMessage))
	mux.HandleFunc("GET "+api+"/channels/{cid}/messages", s.auth(s.listMessages))
	mux.HandleFunc("GET "+api+"/channels/{cid}/messages/{mid}", s.auth(s.getMessage))
	mux.HandleFunc("POST "+api+"/channels/{cid}/messages/{mid}/threads", s.auth(s.startThread))
	mux.HandleFunc("POST "+api+"/channels/{cid}/typing", s.auth(func(w http.ResponseWriter, r *http.Request, _ []byte) {
		w.WriteHeader(http.StatusNoContent)
	}))
	mux.HandleFunc("PUT "+api+"/channels/{cid}/messages/{mid}/reactions/{emoji}/@me", s.auth(s.react))
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.record(r, nil)
		writeJSON(w, http.StatusNotFound, map[string]any{"message": "404: Not Found (double)", "code": 0})
	})
	s.http = httptest.NewServer(mux)
	s.wsURL = "ws" + strings.TrimPrefix(s.http.URL, "http") + "/ws"
	return s
}

// Close closes every gateway connection and the server.
func (s *Server) Close() {
	s.mu.Lock()
	s.closed = true
	conns := make([]*gwConn, 0, len(s.conns))
	for c := range s.conns {
		conns = append(conns, c)
	}
	s.mu.Unlock()
	for _, c := range conns {
		c.ws.NetConn().Close()
	}
	s.http.Close()
}

// URL is the double's base URL (http://127.0.0.1:port).
func (s *Server) URL() string { return s.http.URL }

// Client returns an HTTP client that sends requests for discord.com (and
// its subdomains) to the double and refuses any other host.
func (s *Server) Client() *http.Client {
	base := s.http.Client().Transport
	target, _ := url.Parse(s.http.URL)
	return &http.Client{
		Timeout: 10 * time.Second,
		Transport: roundTripper(func(r *http.Request) (*http.Response, error) {
			h := r.URL.Hostname()
			if h != "discord.com" && !strings.HasSuffix(h, ".discord.com") && h != "discordapp.com" && h != "127.0.0.1" {
				return nil, fmt.Errorf("discordtest: refusing request to %s", r.URL.Host)
			}
			r2 := r.Clone(r.Context())
			r2.URL.Scheme, r2.URL.Host, r2.Host = target.Scheme, target.Host, target.Host
			return base.RoundTrip(r2)
		}),
	}
}

type roundTripper func(*http.Request) (*http.Response, error)

// RoundTrip implements http.RoundTripper.
func (f roundTripper) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

// AddChannel adds or replaces a channel.
func (s *Server) AddChannel(c Channel) {
	s.mu.Lock()
	defer s.mu.Unlock()
	cc := c
	s.channels[c.ID] = &cc
}

// nextID returns a new snowflake-like id, increasing.
func (s *Server) nextID() string { return strconv.FormatInt(s.ids.Add(1), 10) }

// notify wakes up Wait; call with s.mu held.
func (s *Server) notify() {
	close(s.changed)
	s.changed = make(chan struct{})
}

// Wait blocks until cond (called with no lock held) is true or ctx ends.
func (s *Server) Wait(ctx context.Context, cond func() bool) error {
	for {
		s.mu.Lock()
		ch := s.changed
		s.mu.Unlock()
		if cond() {
			return nil
		}
		select {
		case <-ch:
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// Requests returns a copy of every REST request received so far.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.requests...)
}

// Identifies and Resumes count the IDENTIFY and RESUME the gateway accepted.
func (s *Server) Identifies() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.identifies
}

// Resumes counts the sessions resumed.
func (s *Server) Resumes() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.resumes
}

// RevokeToken makes the double refuse the bot's token from now on, as
// Discord does after the token is reset.
func (s *Server) RevokeToken() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.opts.Token = "revoked-" + s.opts.Token
}

func (s *Server) token() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.opts.Token
}

// Shard returns the shard of the last IDENTIFY ([id, count]), or nil.
func (s *Server) Shard() []int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]int(nil), s.shard...)
}

// Intents returns the intents of the last IDENTIFY.
func (s *Server) Intents() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.intents
}

// Connected reports whether a gateway connection has completed READY or RESUMED.
func (s *Server) Connected() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	for c := range s.conns {
		if c.ready {
			return true
		}
	}
	return false
}

// Messages returns the messages of a channel, oldest first.
func (s *Server) Messages(channelID string) []*discordgo.Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]*discordgo.Message(nil), s.messages[channelID]...)
}

// Channel returns a channel of the double's world.
func (s *Server) Channel(id string) (Channel, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	c, ok := s.channels[id]
	if !ok {
		return Channel{}, false
	}
	return *c, true
}

// Interaction returns a copy of what happened to the interaction with token.
func (s *Server) Interaction(token string) (Interaction, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	in, ok := s.interactions[token]
	if !ok {
		return Interaction{}, false
	}
	cp := *in
	cp.Callbacks = append([]Callback(nil), in.Callbacks...)
	cp.Followups = append([]*discordgo.Message(nil), in.Followups...)
	return cp, true
}

// ---- REST ----

// record keeps a request, then lets Options.Hold hold it.
func (s *Server) record(r *http.Request, body []byte) {
	req := Request{
		Method: r.Method, Path: strings.TrimPrefix(r.URL.Path, "/api/v9"), Query: r.URL.Query(), Body: body, At: time.Now(),
	}
	s.mu.Lock()
	s.requests = append(s.requests, req)
	s.notify()
	s.mu.Unlock()
	if s.opts.Hold != nil {
		s.opts.Hold(r.Context(), req)
	}
}

func readBody(w http.ResponseWriter, r *http.Request) ([]byte, bool) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil {
		writeJSON(w, http.StatusBadRequest, map[string]any{"message": "bad body", "code": 50109})
		return nil, false
	}
	return body, true
}

// auth records the request and checks the bot token.
func (s *Server) auth(h func(http.ResponseWriter, *http.Request, []byte)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		body, ok := readBody(w, r)
		if !ok {
			return
		}
		s.record(r, body)
		if r.Header.Get("Authorization") != "Bot "+s.token() {
			writeJSON(w, http.StatusUnauthorized, map[string]any{"message": "401: Unauthorized", "code": 0})
			return
		}
		h(w, r, body)
	}
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func (s *Server) gateway(w http.ResponseWriter, r *http.Request) {
	s.record(r, nil)
	writeJSON(w, http.StatusOK, map[string]any{
		"url": s.wsURL, "shards": 1,
		"session_start_limit": map[string]any{"total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1},
	})
}

func (s *Server) botUser() *discordgo.User {
	return &discordgo.User{ID: BotID, Username: BotName, Bot: true}
}

func (s *Server) me(w http.ResponseWriter, _ *http.Request, _ []byte) {
	writeJSON(w, http.StatusOK, s.botUser())
}

// FailCommands makes command registration fail (true) with 403 Missing
// Access, as Discord answers when the bot was added to a server without the
// applications.commands scope, or succeed again (false).
func (s *Server) FailCommands(fail bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.failCommands = fail
}

func (s *Server) commands(w http.ResponseWriter, r *http.Request, body []byte) {
	s.mu.Lock()
	fail := s.failCommands
	s.mu.Unlock()
	if fail {
		writeJSON(w, http.StatusForbidden, map[string]any{"message": "Missing Access", "code": 50001})
		return
	}
	var cmds []map[string]any
	if err := json.Unmarshal(body, &cmds); err != nil {
		writeJSON(w, http.StatusBadRequest, map[string]any{"message": "Invalid Form Body", "code": 50035})
		return
	}
	for _, c := range cmds {
		c["id"] = s.nextID()
		c["application_id"] = r.PathValue("app")
		if g := r.PathValue("guild"); g != "" {
			c["guild_id"] = g
		}
		c["version"] = "1"
	}
	writeJSON(w, http.StatusOK, cmds)
}

// msgBody is a message as the bot sends it.
type msgBody struct {
	Content         string                            `json:"content"`
	Embeds          []*discordgo.MessageEmbed         `json:"embeds"`
	Components      json.RawMessage                   `json:"components"`
	AllowedMentions *discordgo.MessageAllowedMentions `json:"allowed_mentions"`
	Reference       *discordgo.MessageReference       `json:"message_reference"`
	Flags           int                               `json:"flags"`
}

// toMessage builds the message people would see from what the bot sent.
func (s *Server) toMessage(b msgBody, channelID, guildID string) (*discordgo.Message, error) {
	m := map[string]any{
		"id": s.nextID(), "channel_id": channelID, "guild_id": guildID, "author": s.botUser(),
		"content": b.Content, "embeds": b.Embeds, "flags": b.Flags, "type": 0,
		"timestamp": time.Now().UTC().Format(time.RFC3339Nano),
	}
	if len(b.Components) > 0 && string(b.Components) != "null" {
		m["components"] = b.Components
	}
	if b.Reference != nil {
		m["type"] = 19
		m["message_reference"] = b.Reference
	}
	raw, err := json.Marshal(m)
	if err != nil {
		return nil, err
	}
	var msg discordgo.Message
	if err := json.Unmarshal(raw, &msg); err != nil {
		return nil, fmt.Errorf("components: %w", err)
	}
	return &msg, nil
}

func (s *Server) callback(w http.ResponseWriter, r *http.Request) {
	body, ok := readBody(w, r)
	if !ok {
		return
	}
	s.record(r, body)
	var resp struct {
		Type discordgo.InteractionResponseType `json:"type"`
		Data json.RawMessage                   `json:"data"`
	}
	if err := json.Unmarshal(body, &resp); err != nil {
		writeJSON(w, http.StatusBadRequest, map[string]any{"message": "Invalid Form Body", "code": 50035})
		return
	}
	token := r.PathValue("token")
	s.mu.Lock()
	in, ok := s.interactions[token]
	if !ok || in.ID != r.PathValue("id") {
		s.mu.Unlock()
		writeJSON(w, http.StatusNotFound, map[string]any{"message": "Unknown interaction", "code": 10062})
		return
	}
	if len(in.Callbacks) > 0 {
		s.mu.Unlock()
		writeJSON(w, http.StatusBadRequest, map[string]any{"message": "Interaction has already been acknowledged.", "code": 40060})
		return
	}
	s.mu.Unlock()
	cb := Callback{Type: resp.Type, At: time.Now()}
	if len(resp.Data) > 0 && string(resp.Data) != "null" {
		var mb msgBody
		_ = json.Unmarshal(resp.Data, &mb)
		var d discordgo.InteractionResponseData
		// Components are interfaces: decode them through a message.
		var noComp map[string]json.RawMessage
		_ = json.Unmarshal(resp.Data, &noComp)
		delete(noComp, "components")
		raw, _ := json.Marshal(noComp)
		if err := json.Unmarshal(raw, &d); err != nil {
			writeJSON(w, http.StatusBadRequest, map[string]any{"message": "Invalid Form Body: " + err.Error(), "code": 50035})
			return
		}
		cb.Data = &d
		if resp.Type == discordgo.InteractionResponseChannelMessageWithSource || resp.Type == discordgo.InteractionResponseUpdateMessage {
			msg, err := s.toMessage(mb, "", "")
			if err != nil {
				writeJSON(w, http.StatusBadRequest, map[string]any{"message": "Invalid Form Body: " + err.Error(), "code": 50035})
				return
			}
			cb.Message = msg
		}
	}
	s.mu.Lock()
	in.Callbacks = append(in.Callbacks, cb)
	if cb.Message != nil {
		in.Original = cb.Message
	}
	s.notify()
	s.mu.Unlock()
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) webhookInteraction(w http.ResponseWriter, r *http.Request) (*Interaction, []byte, bool) {
	body, ok := readBody(w, r)
	if !ok {
		return nil, nil, false
	}
	s.record(r, body)
	s.mu.Lock()
	in, found := s.interactions[r.PathValue("token")]
	acked := found && len(in.Callbacks) > 0
	s.mu.Unlock()
	if !found || r.PathValue("app") != AppID {
		writeJSON(w, http.StatusNotFound, map[string]any{"message": "Unknown Webhook", "code": 10015})
		return nil, nil, false
	}
	if !acked {
		writeJSON(w, http.StatusNotFound, map[string]any{"message": "Unknown Message", "code": 10008})
		return nil, nil, false
	}
	return in, body, true
}

func (s *Server) editOriginal(w http.ResponseWriter, r *http.Request) {
	in, body, ok := s.webhookInteraction(w, r)
	if !ok {
		return
	}
	if r.PathValue("mid") != "@original" {
		writeJSON(w, http.StatusNotFound, map[string]any{"message": "Unknown Message", "code": 10008})
		return
	}
	var mb msgBody
	if err := json.Unmarshal(body, &mb); err != nil {
		writeJSON(w, http.StatusBadRequest, map[string]any{"message": "Invalid Form Body", "code": 50035})
		return
	}
	msg, err := s.toMessage(mb, "", "")
	if err != nil {
		writeJSON(w, http.StatusBadRequest, map[string]any{"message": "Invalid Form Body: " + err.Error(), "code": 50035})
		return
	}
	s.mu.Lock()
	if in.Original != nil {
		msg.ID = in.Original.ID
	}
	in.Original = msg
	in.Edits++
	s.notify()
	s.mu.Unlock()
	writeJSON(w, http.StatusOK, msg)
}

func (s *Server) followup(w http.ResponseWriter, r *http.Request) {
	in, body, ok := s.webhookInteraction(w, r)
	if !ok {
		return
	}
	var mb msgBody
	if err := json.Unmarshal(body, &mb); err != nil {
		writeJSON(w, http.StatusBadRequest, map[string]any{"message": "Invalid Form Body", "code": 50035})
		return
	}
	msg, err := s.toMessage(mb, "", "")
	if err != nil {
		writeJSON(w, http.StatusBadRequest, map[string]any{"message": "Invalid Form Body: " + err.Error(), "code": 50035})
		return
	}
	s.mu.Lock()
	in.Followups = append(in.Followups, msg)
	s.notify()
	s.mu.Unlock()
	writeJSON(w, http.StatusOK, msg)
}

func (s *Server) channel(w http.ResponseWriter, r *http.Request, _ []byte) {
	c, ok := s.Channel(r.PathValue("cid"))
	if !ok {
		writeJSON(w, http.StatusNotFound, map[string]any{"message": "Unknown Channel", "code": 10003})
		return
	}
	writeJSON(w, http.StatusOK, channelJSON(c))
}

func channelJSON(c Channel) map[string]any {
	m := map[string]any{"id": c.ID, "type": c.Type, "name": "channel-" + c.ID}
	if c.GuildID != "" {
		m["guild_id"] = c.GuildID
	}
	if c.ParentID != "" {
		m["parent_id"] = c.ParentID
	}
	if c.OwnerID != "" {
		m["owner_id"] = c.OwnerID
	}
	return m
}

func (s *Server) createMessage(w http.ResponseWriter, r *http.Request, body []byte) {
	cid := r.PathValue("cid")
	c, ok := s.Channel(cid)
	if !ok {
		writeJSON(w, http.StatusNotFound, map[string]any{"message": "Unknown Channel", "code": 10003})
		return
	}
	var mb msgBody
	if err := json.Unmarshal(body, &mb); err != nil {
		writeJSON(w, http.StatusBadRequest, map[string]any{"message": "Invalid Form Body", "code": 50035})
		return
	}
	if strings.TrimSpace(mb.Content) == "" && len(mb.Embeds) == 0 {
		writeJSON(w, http.StatusBadRequest, map[string]any{"message": "Cannot send an empty message", "code": 50006})
		return
	}
	msg, err := s.toMessage(mb, cid, c.GuildID)
	if err != nil {
		writeJSON(w, http.StatusBadRequest, map[string]any{"message": "Invalid Form Body: " + err.Error(), "code": 50035})
		return
	}
	s.mu.Lock()
	s.messages[cid] = append(s.messages[cid], msg)
	s.notify()
	s.mu.Unlock()
	writeJSON(w, http.StatusOK, msg)
	// Discord echoes the bot's own messages on the gateway too.
	s.Dispatch("MESSAGE_CREATE", msg)
}

// withheld returns m as a bot without the message-content intent sees it.
func (s *Server) withheld(m *discordgo.Message) *discordgo.Message {
	s.mu.Lock()
	intents := s.intents
	s.mu.Unlock()
	if intents&messageContent != 0 || m.GuildID == "" || (m.Author != nil && m.Author.ID == BotID) {
		return m
	}
	for _, u := range m.Mentions {
		if u != nil && u.ID == BotID {
			return m
		}
	}
	cp := *m
	cp.Content = ""
	cp.Embeds = nil
	return &cp
}

func (s *Server) listMessages(w http.ResponseWriter, r *http.Request, _ []byte) {
	cid := r.PathValue("cid")
	if _, ok := s.Channel(cid); !ok {
		writeJSON(w, http.StatusNotFound, map[string]any{"message": "Unknown Channel", "code": 10003})
		return
	}
	limit := 50
	if l, err := strconv.Atoi(r.URL.Query().Get("limit")); err == nil && l > 0 && l <= 100 {
		limit = l
	}
	before, _ := strconv.ParseInt(r.URL.Query().Get("before"), 10, 64)
	msgs := s.Messages(cid)
	out := []*discordgo.Message{}
	for k := len(msgs) - 1; k >= 0 && len(out) < limit; k-- { // newest first, as Discord does
		id, _ := strconv.ParseInt(msgs[k].ID, 10, 64)
		if before != 0 && id >= before {
			continue
		}
		out = append(out, s.withheld(msgs[k]))
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) getMessage(w http.ResponseWriter, r *http.Request, _ []byte) {
	for _, m := range s.Messages(r.PathValue("cid")) {
		if m.ID == r.PathValue("mid") {
			writeJSON(w, http.StatusOK, s.withheld(m))
			return
		}
	}
	writeJSON(w, http.StatusNotFound, map[string]any{"message": "Unknown Message", "code": 10008})
}

func (s *Server) startThread(w http.ResponseWriter, r *http.Request, body []byte) {
	cid, mid := r.PathValue("cid"), r.PathValue("mid")
	c, ok := s.Channel(cid)
	if !ok {
		writeJSON(w, http.StatusNotFound, map[string]any{"message": "Unknown Channel", "code": 10003})
		return
	}
	if c.NoThreads {
		writeJSON(w, http.StatusForbidden, map[string]any{"message": "Missing Permissions", "code": 50013})
		return
	}
	if c.Type != discordgo.ChannelTypeGuildText && c.Type != discordgo.ChannelTypeGuildNews {
		writeJSON(w, http.StatusBadRequest, map[string]any{"message": "Cannot execute action on this channel type", "code": 50024})
		return
	}
	var ts discordgo.ThreadStart
	if err := json.Unmarshal(body, &ts); err != nil || ts.Name == "" || len([]rune(ts.Name)) > 100 {
		writeJSON(w, http.StatusBadRequest, map[string]any{"message": "Invalid Form Body", "code": 50035})
		return
	}
	found := false
	for _, m := range s.Messages(cid) {
		found = found || m.ID == mid
	}
	if !found {
		writeJSON(w, http.StatusNotFound, map[string]any{"message": "Unknown Message", "code": 10008})
		return
	}
	s.mu.Lock()
	if _, dup := s.channels[mid]; dup {
		s.mu.Unlock()
		writeJSON(w, http.StatusBadRequest, map[string]any{"message": "A thread has already been created for this message", "code": 160004})
		return
	}
	th := &Channel{ID: mid, GuildID: c.GuildID, ParentID: cid, OwnerID: BotID, Name: ts.Name, Type: discordgo.ChannelTypeGuildPublicThread}
	s.channels[mid] = th
	s.notify()
	s.mu.Unlock()
	writeJSON(w, http.StatusCreated, channelJSON(*th))
}

// Reactions returns the bot's reactions on a message, in order.
func (s *Server) Reactions(messageID string) []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.reactions[messageID]...)
}

func (s *Server) react(w http.ResponseWriter, r *http.Request, _ []byte) {
	cid, mid := r.PathValue("cid"), r.PathValue("mid")
	found := false
	for _, m := range s.Messages(cid) {
		found = found || m.ID == mid
	}
	if !found {
		writeJSON(w, http.StatusNotFound, map[string]any{"message": "Unknown Message", "code": 10008})
		return
	}
	emoji := r.PathValue("emoji")
	if emoji == "" {
		writeJSON(w, http.StatusBadRequest, map[string]any{"message": "Unknown Emoji", "code": 10014})
		return
	}
	s.mu.Lock()
	s.reactions[mid] = append(s.reactions[mid], emoji)
	s.notify()
	s.mu.Unlock()
	w.WriteHeader(http.StatusNoContent)
}

// ---- people ----

// Say posts a message from a person to a channel, as Discord would, and
// dispatches MESSAGE_CREATE. Mentions of the bot ("<@900>") in content are
// recorded as mentions.
func (s *Server) Say(channelID, userID, content string) *discordgo.Message {
	c, _ := s.Channel(channelID)
	m := &discordgo.Message{
		ID: s.nextID(), ChannelID: channelID, GuildID: c.GuildID, Content: content,
		Author: &discordgo.User{ID: userID, Username: "user" + userID}, Timestamp: time.Now().UTC(),
	}
	if strings.Contains(content, "<@"+BotID+">") || strings.Contains(content, "<@!"+BotID+">") {
		m.Mentions = []*discordgo.User{s.botUser()}
	}
	s.mu.Lock()
	s.messages[channelID] = append(s.messages[channelID], m)
	s.notify()
	s.mu.Unlock()
	s.Dispatch("MESSAGE_CREATE", s.withheld(m))
	return m
}

// Command describes a slash command to send.
type Command struct {
	Name    string
	Options map[string]any
	UserID  string
	// GuildID and ChannelID default to the double's guild and channel;
	// DM sends the command from a direct message (user instead of member).
	GuildID, ChannelID string
	DM                 bool
	// Permissions of the member (e.g. discordgo.PermissionManageGuild).
	Permissions int64
	// NoUser leaves out both member and user (a malformed interaction).
	NoUser bool
	// Autocomplete sends an autocomplete interaction instead.
	Autocomplete bool
}

// SlashCommand dispatches an INTERACTION_CREATE for a slash command and
// returns its token.
func (s *Server) SlashCommand(c Command) string {
	var opts []map[string]any
	keys := make([]string, 0, len(c.Options))
	for k := range c.Options {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		v := c.Options[k]
		typ := discordgo.ApplicationCommandOptionString
		if _, ok := v.(bool); ok {
			typ = discordgo.ApplicationCommandOptionBoolean
		}
		o := map[string]any{"name": k, "type": typ, "value": v}
		if c.Autocomplete {
			o["focused"] = true
		}
		opts = append(opts, o)
	}
	typ := discordgo.InteractionApplicationCommand
	if c.Autocomplete {
		typ = discordgo.InteractionApplicationCommandAutocomplete
	}
	return s.interact(typ, map[string]any{"id": "1", "name": c.Name, "type": 1, "options": opts}, nil, c)
}

// Click dispatches a button press on msg and returns the interaction's token.
func (s *Server) Click(msg *discordgo.Message, customID, userID string) string {
	return s.interact(discordgo.InteractionMessageComponent,
		map[string]any{"custom_id": customID, "component_type": discordgo.ButtonComponent}, msg, Command{UserID: userID})
}

func (s *Server) interact(typ discordgo.InteractionType, data map[string]any, msg *discordgo.Message, c Command) string {
	id, token := s.nextID(), "tok-"+s.nextID()
	if c.UserID == "" {
		c.UserID = "1"
	}
	if c.ChannelID == "" {
		c.ChannelID = ChannelID
	}
	if c.GuildID == "" && !c.DM {
		c.GuildID = GuildID
	}
	if c.DM {
		c.ChannelID, c.GuildID = DMChannelID, ""
	}
	in := map[string]any{
		"id": id, "application_id": AppID, "type": typ, "data": data, "channel_id": c.ChannelID,
		"token": token, "version": 1, "locale": "en-US",
	}
	user := map[string]any{"id": c.UserID, "username": "user" + c.UserID}
	switch {
	case c.NoUser:
	case c.DM:
		in["user"] = user
	default:
		in["member"] = map[string]any{"user": user, "permissions": strconv.FormatInt(c.Permissions, 10), "roles": []string{}}
	}
	if c.GuildID != "" {
		in["guild_id"] = c.GuildID
	}
	if msg != nil {
		in["message"] = msg
	}
	s.mu.Lock()
	s.interactions[token] = &Interaction{ID: id, Token: token, Sent: time.Now()}
	s.mu.Unlock()
	s.Dispatch("INTERACTION_CREATE", in)
	return token
}

// ---- gateway ----

var upgrader = websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}

func (s *Server) serveGateway(w http.ResponseWriter, r *http.Request) {
	ws, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	c := &gwConn{ws: ws}
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		ws.Close()
		return
	}
	s.conns[c] = true
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		delete(s.conns, c)
		s.notify()
		s.mu.Unlock()
		ws.Close()
	}()
	if err := c.send(map[string]any{"op": 10, "d": map[string]any{"heartbeat_interval": s.opts.HeartbeatInterval.Milliseconds()}}); err != nil {
		return
	}
	for {
		_, raw, err := ws.ReadMessage()
		if err != nil {
			return
		}
		var p struct {
			Op int             `json:"op"`
			D  json.RawMessage `json:"d"`
		}
		if json.Unmarshal(raw, &p) != nil {
			c.close(4002, "Decode error")
			return
		}
		switch p.Op {
		case 1: // heartbeat
			_ = c.send(map[string]any{"op": 11})
		case 2: // identify
			var id struct {
				Token   string `json:"token"`
				Intents int    `json:"intents"`
				Shard   []int  `json:"shard"`
			}
			_ = json.Unmarshal(p.D, &id)
			if id.Token != "Bot "+s.token() {
				c.close(4004, "Authentication failed.")
				return
			}
			if s.opts.RefuseMessageContent && id.Intents&messageContent != 0 {
				c.close(4014, "Disallowed intent(s).")
				return
			}
			if s.opts.NoReady {
				continue
			}
			if s.opts.ReadyDelay > 0 {
				time.Sleep(s.opts.ReadyDelay)
			}
			session := "sess-" + s.nextID()
			s.mu.Lock()
			s.identifies++
			s.intents = id.Intents
			s.shard = id.Shard
			s.sessions[session] = true
			s.mu.Unlock()
			// Mark the connection ready and send READY under its write
			// lock, so no dispatch can come before READY or be lost.
			c.wmu.Lock()
			s.mu.Lock()
			c.ready = true
			s.seq++
			seq := s.seq
			s.notify()
			s.mu.Unlock()
			_ = c.ws.SetWriteDeadline(time.Now().Add(5 * time.Second))
			err := c.ws.WriteJSON(map[string]any{"op": 0, "t": "READY", "s": seq, "d": map[string]any{
				"v": 10, "user": s.botUser(), "session_id": session, "resume_gateway_url": s.wsURL,
				"application": map[string]any{"id": AppID, "flags": 0}, "guilds": []any{}, "private_channels": []any{},
			}})
			c.wmu.Unlock()
			if err != nil {
				return
			}
		case 6: // resume
			var rs struct {
				Token     string `json:"token"`
				SessionID string `json:"session_id"`
				Seq       int64  `json:"seq"`
			}
			_ = json.Unmarshal(p.D, &rs)
			if rs.Token != "Bot "+s.token() {
				c.close(4004, "Authentication failed.")
				return
			}
			s.mu.Lock()
			known := s.sessions[rs.SessionID]
			if known {
				s.resumes++
			}
			s.mu.Unlock()
			if !known {
				_ = c.send(map[string]any{"op": 9, "d": false})
				continue
			}
			// Mark ready, send RESUMED and replay the missed events under
			// the connection's write lock, so nothing is lost or reordered.
			c.wmu.Lock()
			s.mu.Lock()
			c.ready = true
			var missed []event
			for _, e := range s.events {
				if e.seq > rs.Seq {
					missed = append(missed, e)
				}
			}
			s.seq++
			seq := s.seq
			s.notify()
			s.mu.Unlock()
			_ = c.ws.SetWriteDeadline(time.Now().Add(5 * time.Second))
			err := c.ws.WriteJSON(map[string]any{"op": 0, "t": "RESUMED", "s": seq, "d": map[string]any{}})
			for _, e := range missed {
				if err == nil {
					err = c.ws.WriteJSON(map[string]any{"op": 0, "t": e.typ, "s": e.seq, "d": e.raw})
				}
			}
			c.wmu.Unlock()
			if err != nil {
				return
			}
		default:
			// Presence updates and the like are accepted and ignored.
		}
	}
}

func (c *gwConn) send(v any) error {
	c.wmu.Lock()
	defer c.wmu.Unlock()
	_ = c.ws.SetWriteDeadline(time.Now().Add(5 * time.Second))
	return c.ws.WriteJSON(v)
}

func (c *gwConn) close(code int, text string) {
	c.wmu.Lock()
	defer c.wmu.Unlock()
	_ = c.ws.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(code, text), time.Now().Add(time.Second))
}

// Dispatch sends an event to every ready gateway connection. Events sent
// while no connection is ready are replayed when the session resumes, as
// Discord does.
func (s *Server) Dispatch(typ string, d any) {
	raw, err := json.Marshal(d)
	if err != nil {
		panic(fmt.Sprintf("discordtest: dispatch %s: %v", typ, err))
	}
	s.mu.Lock()
	s.seq++
	e := event{seq: s.seq, typ: typ, raw: raw}
	s.events = append(s.events, e)
	var conns []*gwConn
	for c := range s.conns {
		if c.ready {
			conns = append(conns, c)
		}
	}
	s.mu.Unlock()
	for _, c := range conns {
		_ = c.send(map[string]any{"op": 0, "t": e.typ, "s": e.seq, "d": e.raw})
	}
}

// DispatchRaw sends an event whose data is raw JSON, for malformed events.
func (s *Server) DispatchRaw(typ string, raw string) { s.Dispatch(typ, json.RawMessage(raw)) }

// Drop cuts every gateway connection without a close frame, as a network
// failure would.
func (s *Server) Drop() {
	s.mu.Lock()
	var conns []*gwConn
	for c := range s.conns {
		conns = append(conns, c)
		c.ready = false
	}
	s.mu.Unlock()
	for _, c := range conns {
		c.ws.NetConn().Close()
	}
}
