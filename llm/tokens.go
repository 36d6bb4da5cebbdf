package llm

import (
	"sync/atomic"
	"unicode"
)

// Usage is the token count of one chat call.
type Usage struct {
	// PromptTokens is the size of the prompt in tokens.
	PromptTokens int
	// CompletionTokens is the size of the reply in tokens.
	CompletionTokens int
	// Estimated is true when the server reported no usage and the counts
	// come from EstimateTokens.
	Estimated bool
}

// Stats totals what a Client has done since it was made.
type Stats struct {
	// Requests counts HTTP attempts, retries included.
	Requests int64
	// InFlight is how many attempts are running now.
	InFlight int64
	// Failures counts calls that failed for good.
	Failures int64
	// Chats counts successful chat calls.
	Chats int64
	// PromptTokens and CompletionTokens total the successful chat calls.
	PromptTokens, CompletionTokens int64
	// LastPromptTokens is the prompt size of the latest successful chat.
	LastPromptTokens int64
	// EmbedRequests counts successful embedding requests; EmbedTexts the
	// texts they carried.
	EmbedRequests, EmbedTexts int64
}

// stats holds the live counters behind Stats.
type stats struct {
	requests, inFlight, failures, chats        atomic.Int64
	promptTokens, completionTokens, lastPrompt atomic.Int64
	embedRequests, embedTexts                  atomic.Int64
}

func (s *stats) recordChat(u Usage) {
	s.chats.Add(1)
	s.promptTokens.Add(int64(u.PromptTokens))
	s.completionTokens.Add(int64(u.CompletionTokens))
	s.lastPrompt.Store(int64(u.PromptTokens))
}

// Stats returns the client's counters.
func (c *Client) Stats() Stats {
	s := &c.stats
	return Stats{
		Requests:         s.requests.Load(),
		InFlight:         s.inFlight.Load(),
		Failures:         s.failures.Load(),
		Chats:            s.chats.Load(),
		PromptTokens:     s.promptTokens.Load(),
		CompletionTokens: s.completionTokens.Load(),
		LastPromptTokens: s.lastPrompt.Load(),
		EmbedRequests:    s.embedRequests.Load(),
		EmbedTexts:       s.embedTexts.Load(),
	}
}

// EstimateTokens estimates the prompt tokens of msgs for a GPT-4o-class
// tokenizer (o200k) without loading one: about four characters per token
// for Latin text, three for Arabic, one per digit group and punctuation
// mark, plus the chat format's few tokens per message. It is meant for
// budgets and cost notes, within roughly ±25% of the real count; servers
// that report usage are believed instead.
//
// Any message type of Role and Content strings will do (Message,
// answer.Message...).
func EstimateTokens[M ~struct{ Role, Content string }](msgs []M) int {
	n := 3 // every reply is primed with a few tokens
	for _, m := range msgs {
		m := Message(m)
		n += 4 + estimateText(m.Role) + estimateText(m.Content)
	}
	return n
}

// estimateText estimates the tokens of one text.
func estimateText(s string) int {
	n := 0
	word, arabic := 0, false
	flush := func() {
		if word == 0 {
			return
		}
		if arabic {
			n += (word + 2) / 3 // o200k: about two tokens per Arabic word
		} else {
			n += 1 + (word-1)/8 // most English words are one token
		}
		word, arabic = 0, false
	}
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.Is(unicode.Mn, r):
			word++
			if unicode.Is(unicode.Arabic, r) {
				arabic = true
			}
		case unicode.IsDigit(r):
			word++
		case unicode.IsSpace(r):
			flush()
		default:
			flush()
			n++
		}
	}
	flush()
	return n
}
