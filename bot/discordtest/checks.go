package discordtest

import (
	"encoding/json"
	"fmt"
	"regexp"
	"unicode/utf16"
)

// sent is one message the bot sent, as found in a recorded request.
type sent struct {
	where string
	body  json.RawMessage
}

var (
	reChannelMessage = regexp.MustCompile(`^/channels/\d+/messages$`)
	reWebhookEdit    = regexp.MustCompile(`^/webhooks/\d+/[^/]+/messages/[^/]+$`)
	reWebhookExec    = regexp.MustCompile(`^/webhooks/\d+/[^/]+$`)
	reCallback       = regexp.MustCompile(`^/interactions/\d+/[^/]+/callback$`)
)

// sentMessages finds every message-carrying request body: channel
// messages, webhook edits and follow-ups, and interaction responses of the
// message kinds (4 message, 5 deferred message, 7 update).
func (s *Server) sentMessages() []sent {
	var out []sent
	for _, r := range s.Requests() {
		where := r.Method + " " + r.Path
		switch {
		case r.Method == "POST" && reChannelMessage.MatchString(r.Path),
			r.Method == "PATCH" && reWebhookEdit.MatchString(r.Path),
			r.Method == "POST" && reWebhookExec.MatchString(r.Path):
			out = append(out, sent{where, r.Body})
		case r.Method == "POST" && reCallback.MatchString(r.Path):
			var cb struct {
				Type int             `json:"type"`
				Data json.RawMessage `json:"data"`
			}
			if err := json.Unmarshal(r.Body, &cb); err != nil {
				out = append(out, sent{where, r.Body})
				continue
			}
			switch cb.Type {
			case 4, 5, 7:
				out = append(out, sent{fmt.Sprintf("%s (type %d)", where, cb.Type), cb.Data})
			}
		}
	}
	return out
}

// SentCount is how many message-carrying requests the bot made.
func (s *Server) SentCount() int { return len(s.sentMessages()) }

// AllowedMentionViolations lists every message the bot sent without
// allowed_mentions set to none: "parse" present and empty, no users or
// roles, and no ping of a replied-to author.
func (s *Server) AllowedMentionViolations() []string {
	var bad []string
	for _, m := range s.sentMessages() {
		var body struct {
			AM *struct {
				Parse       *[]string `json:"parse"`
				Users       []string  `json:"users"`
				Roles       []string  `json:"roles"`
				RepliedUser bool      `json:"replied_user"`
			} `json:"allowed_mentions"`
		}
		if len(m.body) == 0 || string(m.body) == "null" {
			bad = append(bad, m.where+": no body, so no allowed_mentions")
			continue
		}
		if err := json.Unmarshal(m.body, &body); err != nil {
			bad = append(bad, m.where+": "+err.Error())
			continue
		}
		switch {
		case body.AM == nil:
			bad = append(bad, m.where+": allowed_mentions missing: "+string(m.body))
		case body.AM.Parse == nil:
			bad = append(bad, m.where+": allowed_mentions.parse missing or null")
		case len(*body.AM.Parse) > 0:
			bad = append(bad, fmt.Sprintf("%s: allowed_mentions.parse = %v", m.where, *body.AM.Parse))
		case len(body.AM.Users) > 0 || len(body.AM.Roles) > 0:
			bad = append(bad, m.where+": allowed_mentions lists users or roles")
		case body.AM.RepliedUser:
			bad = append(bad, m.where+": replied_user is true")
		}
	}
	return bad
}

func discordLen(s string) int { return len(utf16.Encode([]rune(s))) }

// LimitViolations lists every message the bot sent that breaks one of
// Discord's limits: content 2000; 10 embeds; embed title 256, description
// 4096, 25 fields, field name 256 and value 1024, footer 2048, 6000 in all;
// 5 rows of 5 components; custom ids 100; labels 80.
func (s *Server) LimitViolations() []string {
	var bad []string
	for _, m := range s.sentMessages() {
		var body struct {
			Content string `json:"content"`
			Embeds  []struct {
				Title       string `json:"title"`
				Description string `json:"description"`
				Footer      *struct {
					Text string `json:"text"`
				} `json:"footer"`
				Fields []struct {
					Name  string `json:"name"`
					Value string `json:"value"`
				} `json:"fields"`
			} `json:"embeds"`
			Components []struct {
				Components []struct {
					CustomID string `json:"custom_id"`
					Label    string `json:"label"`
				} `json:"components"`
			} `json:"components"`
		}
		if len(m.body) == 0 || string(m.body) == "null" {
			continue
		}
		if err := json.Unmarshal(m.body, &body); err != nil {
			bad = append(bad, m.where+": "+err.Error())
			continue
		}
		add := func(format string, args ...any) { bad = append(bad, m.where+": "+fmt.Sprintf(format, args...)) }
		if n := discordLen(body.Content); n > 2000 {
			add("content has %d characters", n)
		}
		if len(body.Embeds) > 10 {
			add("%d embeds", len(body.Embeds))
		}
		total := 0
		for _, e := range body.Embeds {
			if n := discordLen(e.Title); n > 256 {
				add("embed title has %d characters", n)
			}
			if n := discordLen(e.Description); n > 4096 {
				add("embed description has %d characters", n)
			}
			if len(e.Fields) > 25 {
				add("embed has %d fields", len(e.Fields))
			}
			total += discordLen(e.Title) + discordLen(e.Description)
			if e.Footer != nil {
				if n := discordLen(e.Footer.Text); n > 2048 {
					add("embed footer has %d characters", n)
				}
				total += discordLen(e.Footer.Text)
			}
			for _, f := range e.Fields {
				if n := discordLen(f.Name); n > 256 || n == 0 {
					add("field name has %d characters", n)
				}
				if n := discordLen(f.Value); n > 1024 || n == 0 {
					add("field value has %d characters", n)
				}
				total += discordLen(f.Name) + discordLen(f.Value)
			}
		}
		if total > 6000 {
			add("embeds have %d characters in all", total)
		}
		if len(body.Components) > 5 {
			add("%d component rows", len(body.Components))
		}
		for _, row := range body.Components {
			if len(row.Components) > 5 {
				add("%d components in a row", len(row.Components))
			}
			for _, c := range row.Components {
				if len(c.CustomID) > 100 {
					add("custom_id %q is too long", c.CustomID)
				}
				if discordLen(c.Label) > 80 {
					add("label %q is too long", c.Label)
				}
			}
		}
	}
	return bad
}
