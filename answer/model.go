package answer

import (
	"context"
	"sync"
)

// Message is one chat message sent to a model.
type Message struct {
	// Role is "system", "user" or "assistant".
	Role string
	// Content is the message text.
	Content string
}

// ChatModel is a chat-completion model. The llm package implements it over
// any OpenAI-compatible API.
type ChatModel interface {
	// Name is the model's name, for logs and /about.
	Name() string
	// Chat sends msgs and returns the whole reply. When onDelta is not nil,
	// the reply is streamed and each piece is passed to onDelta as it arrives.
	Chat(ctx context.Context, msgs []Message, onDelta func(string)) (string, error)
}

// askModel answers through the model. PLACEHOLDER until the model path lands:
// it answers extractively.
func (e *Engine) askModel(ctx context.Context, req Request) (Answer, error) {
	return e.askExtractive(ctx, req, nil)
}

// summarizeModel summarises through the model. PLACEHOLDER until the model path lands.
func (e *Engine) summarizeModel(ctx context.Context, topic, lang string) (Summary, error) {
	return e.summarizeExtractive(ctx, topic, lang)
}

// summaryCache keeps model summaries per corpus version, topic and language.
type summaryCache struct {
	mu sync.Mutex
	m  map[string]Summary
}

func newSummaryCache() *summaryCache { return &summaryCache{m: map[string]Summary{}} }
