package cli

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"unicode/utf8"
)

// All output of the command line, stdout and stderr, text and JSON, goes
// through a terminalWriter, so that nothing read from an article, a model
// reply, a question or a file name can act on the terminal: terminal is
// the one function that decides what is printed as is.
//
// TODO(text): use text.Terminal here once package text is on main.

// terminal makes s safe to print on a terminal. Invalid UTF-8 becomes
// U+FFFD; C0 controls other than newline and tab (ESC among them), DEL,
// C1 controls and the bidi embedding, override and isolate controls
// (U+202A–U+202E, U+2066–U+2069) are shown as Go escapes (\x1b, \u009b,
// \u202e), so no escape sequence reaches the terminal and nothing is
// hidden or reordered. A carriage return before a newline is dropped.
// Inside JSON strings those escapes are valid JSON for the same character.
func terminal(s string) string {
	if !needsEscape(s) {
		return s
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	var b strings.Builder
	b.Grow(len(s) + 16)
	for i, r := range s {
		switch {
		case r == '\n' || r == '\t':
			b.WriteRune(r)
		case r == '\r' && i+1 < len(s) && s[i+1] == '\n':
			// CRLF text: the newline alone
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		case isEscaped(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// isEscaped reports whether r, not ASCII, is shown escaped: a C1 control
// or a bidi embedding, override or isolate control.
func isEscaped(r rune) bool {
	return (r >= 0x80 && r <= 0x9f) || (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069)
}

// needsEscape reports whether terminal would change s.
func needsEscape(s string) bool {
	if !utf8.ValidString(s) {
		return true
	}
	for _, r := range s {
		if (r < 0x20 && r != '\n' && r != '\t') || r == 0x7f || isEscaped(r) {
			return true
		}
	}
	return false
}

// terminalWriter passes everything written through terminal. A UTF-8
// sequence split between two writes is held until it is complete (or
// Flush). It is safe for concurrent use.
type terminalWriter struct {
	mu      sync.Mutex
	w       io.Writer
	pending []byte
}

func newTerminalWriter(w io.Writer) *terminalWriter { return &terminalWriter{w: w} }

// Write escapes p (see terminal) and writes it on.
func (t *terminalWriter) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	buf := append(t.pending, p...)
	// Hold back an incomplete rune, or a CR that a LF may follow, at the end.
	cut := len(buf)
	for i := len(buf) - 1; i >= 0 && i >= len(buf)-utf8.UTFMax; i-- {
		if utf8.RuneStart(buf[i]) {
			if !utf8.FullRune(buf[i:]) {
				cut = i
			}
			break
		}
	}
	if cut > 0 && cut == len(buf) && buf[cut-1] == '\r' {
		cut--
	}
	t.pending = append([]byte(nil), buf[cut:]...)
	if cut == 0 {
		return len(p), nil
	}
	if _, err := io.WriteString(t.w, terminal(string(buf[:cut]))); err != nil {
		return 0, err
	}
	return len(p), nil
}

// Flush writes out whatever a last write left incomplete.
func (t *terminalWriter) Flush() error {
	t.mu.Lock()
	defer t.mu.Unlock()
	if len(t.pending) == 0 {
		return nil
	}
	_, err := io.WriteString(t.w, terminal(string(t.pending)))
	t.pending = nil
	return err
}

// clip cuts s to at most n runes, adding "…" when it cut: for echoes of
// what the user typed (a 1 MB reference is not repeated whole).
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n]) + "…"
}

// maxEcho is how many characters of a user's input an error message repeats.
const maxEcho = 200

// quoteArg quotes a user's input for an error message, clipped to maxEcho
// characters.
func quoteArg(s string) string { return fmt.Sprintf("%q", clip(s, maxEcho)) }
