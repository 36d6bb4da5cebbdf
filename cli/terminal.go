package cli

import (
	"fmt"
	"io"
	"sync"
	"unicode/utf8"

	"casebot/text"
)

// All output of the command line, stdout and stderr, text and JSON, goes
// through a terminalWriter, so that nothing read from an article, a model
// reply, a question or a file name can act on the terminal: text.Terminal
// is the one function that decides what is printed as is. Its escapes
// (\x1b, \u009b, \u202e...) are valid JSON inside JSON strings, where they
// stand for the same characters, so --json output stays faithful.

// terminalWriter passes everything written through text.Terminal. A UTF-8
// sequence split between two writes is held until it is complete (or
// Flush). It is safe for concurrent use.
type terminalWriter struct {
	mu      sync.Mutex
	w       io.Writer
	pending []byte
}

func newTerminalWriter(w io.Writer) *terminalWriter { return &terminalWriter{w: w} }

// Write escapes p (see text.Terminal) and writes it on.
func (t *terminalWriter) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	buf := append(t.pending, p...)
	// Hold back an incomplete rune at the end.
	cut := len(buf)
	for i := len(buf) - 1; i >= 0 && i >= len(buf)-utf8.UTFMax; i-- {
		if utf8.RuneStart(buf[i]) {
			if !utf8.FullRune(buf[i:]) {
				cut = i
			}
			break
		}
	}
	t.pending = append([]byte(nil), buf[cut:]...)
	if cut == 0 {
		return len(p), nil
	}
	if _, err := t.w.Write([]byte(text.Terminal(string(buf[:cut])))); err != nil {
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
	_, err := t.w.Write([]byte(text.Terminal(string(t.pending))))
	t.pending = nil
	return err
}

// maxEcho is how many characters of a user's input an error message repeats.
const maxEcho = 200

// quoteArg quotes a user's input for an error message, cut to maxEcho
// characters: a 1 MB reference is not repeated whole.
func quoteArg(s string) string { return fmt.Sprintf("%q", text.TruncateRunes(s, maxEcho)) }
