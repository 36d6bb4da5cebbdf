package llm

import (
	"context"
	"testing"

	"casebot/llm/llmtest"
)

// TestChatFinishReportsTheFinishReason holds ChatFinish to the server's
// finish_reason, streamed or not: "length" must reach the caller, so that
// a reply cut at the token limit is not shown as complete.
func TestChatFinishReportsTheFinishReason(t *testing.T) {
	for _, stream := range []bool{false, true} {
		for _, reason := range []string{"stop", "length", "content_filter"} {
			tc := newTestClient(t, nil)
			tc.srv.Enqueue(llmtest.Reply{Text: "Altman was removed [1].", FinishReason: reason})
			var onDelta func(string)
			if stream {
				onDelta = func(string) {}
			}
			text, got, err := tc.ChatFinish(context.Background(), []Message{{Role: "user", Content: "q"}}, onDelta)
			if err != nil || text != "Altman was removed [1]." || got != reason {
				t.Errorf("stream %v, finish %q: ChatFinish = %q, %q, %v", stream, reason, text, got, err)
			}
		}
	}
}
