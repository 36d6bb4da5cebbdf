package llm

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"casebot/llm/llmtest"
)

// TestNoRetryPastTheDeadline: when the caller's deadline falls before the
// server's Retry-After has passed, the client gives up at once with a
// clear error instead of sleeping past the deadline and retrying.
func TestNoRetryPastTheDeadline(t *testing.T) {
	tc := newTestClient(t, nil)
	tc.srv.Enqueue(llmtest.RateLimited("3"), llmtest.Text("too late [1]"))
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	_, err := tc.Chat(ctx, question, nil)
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("Chat() error = %v, want an *Error", err)
	}
	if !strings.Contains(err.Error(), "no time left to retry before the deadline") {
		t.Errorf("error %q does not say the deadline stopped the retry", err)
	}
	if sl := tc.slept(); len(sl) != 0 {
		t.Errorf("slept %v before giving up, want no sleep", sl)
	}
	if n := len(tc.srv.Chats()); n != 1 {
		t.Errorf("%d requests, want 1 (no retry)", n)
	}
}

// TestRetryWithinTheDeadline is the other side: the same Retry-After with
// time to spare is honoured.
func TestRetryWithinTheDeadline(t *testing.T) {
	tc := newTestClient(t, nil)
	tc.srv.Enqueue(llmtest.RateLimited("3"), llmtest.Text("ok [1]"))
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if got, err := tc.Chat(ctx, question, nil); err != nil || got != "ok [1]" {
		t.Fatalf("Chat() = %q, %v", got, err)
	}
	if sl := tc.slept(); len(sl) != 1 || sl[0] != 3*time.Second {
		t.Errorf("slept %v, want [3s]", sl)
	}
}
