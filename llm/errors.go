package llm

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strings"

	openai "github.com/sashabaranov/go-openai"

	"casebot/text"
)

// Kind classifies why a call to the model API failed.
type Kind string

// The kinds of failure a Client reports.
const (
	// KindTimeout: the call or one attempt ran past its deadline.
	KindTimeout Kind = "timeout"
	// KindCanceled: the caller's context was canceled.
	KindCanceled Kind = "canceled"
	// KindUnreachable: no connection could be made (refused, DNS, TLS...).
	KindUnreachable Kind = "unreachable"
	// KindUnauthorized: the server refused the credentials (401 or 403).
	KindUnauthorized Kind = "unauthorized"
	// KindRateLimited: the server kept answering 429.
	KindRateLimited Kind = "rate_limited"
	// KindServer: the server kept answering 5xx.
	KindServer Kind = "server_error"
	// KindBadRequest: the server rejected the request (other 4xx), for
	// example an unknown model name.
	KindBadRequest Kind = "bad_request"
	// KindBadResponse: the reply could not be used (not JSON, an HTML page,
	// no choices, empty text, vectors of the wrong shape).
	KindBadResponse Kind = "bad_response"
	// KindStreamCut: a streamed reply ended before the model finished.
	KindStreamCut Kind = "stream_cut"
	// KindConfig: the client was asked for something it was not configured for.
	KindConfig Kind = "config"
)

// Error is a failed call to the model API. Its message is short, names the
// operation, and never contains the API key or a whole error page.
type Error struct {
	// Op is the operation: "chat" or "embed".
	Op string
	// Kind classifies the failure.
	Kind Kind
	// Status is the last HTTP status received, or 0.
	Status int
	// Attempts is how many HTTP attempts were made.
	Attempts int
	// Err is the underlying error.
	Err error
}

// Error describes the failure in one line.
func (e *Error) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "llm: %s: %s", e.Op, e.Kind)
	if e.Status != 0 {
		fmt.Fprintf(&b, " (HTTP %d)", e.Status)
	}
	if e.Attempts > 1 {
		fmt.Fprintf(&b, " after %d attempts", e.Attempts)
	}
	if e.Err != nil {
		fmt.Fprintf(&b, ": %v", e.Err)
	}
	return b.String()
}

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }

// FailureKind returns Kind as a string, so that consumers can classify the
// error through a small interface without importing this package.
func (e *Error) FailureKind() string { return string(e.Kind) }

// classify turns what go-openai and net/http returned into a Kind, an HTTP
// status and a short, key-free error.
func classify(err error, rec *respRecord, parent context.Context) (Kind, int, error) {
	status := rec.status
	var apiErr *openai.APIError
	var reqErr *openai.RequestError
	var ce *Error
	switch {
	case errors.As(err, &ce):
		return ce.Kind, max(ce.Status, status), ce.Err
	case errors.As(err, &apiErr):
		if apiErr.HTTPStatusCode != 0 {
			status = apiErr.HTTPStatusCode
		}
		msg := fmt.Errorf("%s", snippet(apiErr.Message, 200))
		return kindForStatus(status), status, msg
	case errors.As(err, &reqErr):
		if reqErr.HTTPStatusCode != 0 {
			status = reqErr.HTTPStatusCode
		}
		return kindForStatus(status), status, describeBody(reqErr.Body, rec.contentType)
	}
	if parent.Err() != nil && errors.Is(parent.Err(), context.Canceled) {
		return KindCanceled, status, parent.Err()
	}
	var ne net.Error
	if errors.Is(err, context.DeadlineExceeded) || (errors.As(err, &ne) && ne.Timeout()) {
		return KindTimeout, status, errors.New("no complete reply before the deadline")
	}
	var opErr *net.OpError
	var dnsErr *net.DNSError
	if errors.As(err, &opErr) || errors.As(err, &dnsErr) {
		return KindUnreachable, status, err
	}
	if status >= 200 && status < 300 {
		if isHTML(rec.contentType) {
			return KindBadResponse, status, errors.New("the server sent an HTML page instead of JSON (is the base URL right? it usually ends in /v1)")
		}
		return KindBadResponse, status, fmt.Errorf("unreadable reply: %s", snippet(err.Error(), 200))
	}
	if status != 0 {
		return kindForStatus(status), status, err
	}
	return KindUnreachable, status, err
}

// kindForStatus maps an HTTP error status to a Kind.
func kindForStatus(status int) Kind {
	switch {
	case status == http.StatusUnauthorized || status == http.StatusForbidden:
		return KindUnauthorized
	case status == http.StatusTooManyRequests:
		return KindRateLimited
	case status >= 500:
		return KindServer
	case status == http.StatusRequestTimeout:
		return KindTimeout
	case status >= 400:
		return KindBadRequest
	}
	return KindBadResponse
}

// retryable reports whether a failure with this kind and status is worth
// another attempt: 429 and 5xx only.
func retryable(kind Kind, status int) bool {
	return status == http.StatusTooManyRequests || (status >= 500 && status <= 599 && kind == KindServer)
}

// describeBody summarises an error body without echoing a whole page.
func describeBody(body []byte, contentType string) error {
	s := strings.TrimSpace(string(body))
	if isHTML(contentType) || strings.HasPrefix(s, "<") {
		return errors.New("the server sent an HTML error page")
	}
	if s == "" {
		return errors.New("empty error body")
	}
	return fmt.Errorf("%s", snippet(s, 200))
}

func isHTML(contentType string) bool {
	return strings.Contains(strings.ToLower(contentType), "html")
}

// snippet cuts s to at most n runes, on one line.
func snippet(s string, n int) string {
	return text.TruncateRunes(strings.Join(strings.Fields(s), " "), n)
}
