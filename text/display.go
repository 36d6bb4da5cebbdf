package text

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// StripControl removes from s what must not reach a reader from untrusted
// text: C0 and C1 control characters (keeping line feed and tab; a carriage
// return becomes a line feed), the escape sequences they start (ANSI CSI
// and OSC sequences are dropped whole, not just their ESC), format and bidi
// characters (which can make "16" read as "61"), and invalid UTF-8.
func StripControl(s string) string {
	s = strings.ToValidUTF8(s, "")
	s = escapeSequence.ReplaceAllString(s, "")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\t':
			return r
		case r == '\r':
			return '\n'
		case isControl(r), IsFormat(r):
			return -1
		}
		return r
	}, s)
}

// escapeSequence matches the terminal escape sequences a model or an
// article could carry: CSI (ESC [ … final byte, or the C1 CSI), OSC (ESC ]
// … BEL or ST, or the C1 OSC), DCS/SOS/PM/APC strings, and two-character
// ESC sequences.
var escapeSequence = regexp.MustCompile(
	"(?:\x1b\\[|\u009b)[0-?]*[ -/]*[@-~]" + // CSI
		"|(?:\x1b[\\]PX^_]|[\u009d\u0090\u0098\u009e\u009f])[^\x07\x1b\u009c]*(?:\x07|\x1b\\\\|\u009c)?" + // OSC, DCS, SOS, PM, APC
		"|\x1b[ -/]*[0-~]") // two-character sequences

func isControl(r rune) bool {
	return r < 0x20 || r == 0x7F || (r >= 0x80 && r <= 0x9F)
}

// Terminal returns s made safe to print on a terminal: escape sequences and
// control characters other than line feed and tab are shown as visible
// escapes (\x1b, \u202e…) instead of being acted on, and invalid UTF-8 as
// U+FFFD. Printable text, Arabic included, is unchanged. Unlike
// [StripControl] it loses nothing: a reader sees that something was there.
func Terminal(s string) string {
	if isPlain(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			b.WriteRune(utf8.RuneError)
		case r == '\n' || r == '\t':
			b.WriteRune(r)
		case r < 0x80 && isControl(r):
			b.WriteString(`\x`)
			b.WriteString(hex2(byte(r)))
		case isControl(r) || isBidi(r):
			b.WriteString(`\u`)
			b.WriteString(hex4(r))
		default:
			b.WriteRune(r)
		}
		i += n
	}
	return b.String()
}

// isPlain reports whether s is valid UTF-8 with nothing Terminal changes.
func isPlain(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	for _, r := range s {
		if (isControl(r) && r != '\n' && r != '\t') || isBidi(r) {
			return false
		}
	}
	return true
}

// isBidi reports whether r reorders the text that follows it: the bidi
// embeddings, overrides and isolates. The direction marks (LRM, RLM, ALM)
// only nudge neutral characters next to them and are common in Arabic
// text, so Terminal leaves them (StripControl removes them from model text).
func isBidi(r rune) bool {
	switch {
	case r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

const hexDigits = "0123456789abcdef"

func hex2(b byte) string { return string([]byte{hexDigits[b>>4], hexDigits[b&15]}) }

func hex4(r rune) string {
	return string([]byte{hexDigits[r>>12&15], hexDigits[r>>8&15], hexDigits[r>>4&15], hexDigits[r&15]})
}

// mentionSyntax matches what Discord turns into a mention or a ping:
// @everyone, @here, and user, role and channel mentions.
var mentionSyntax = regexp.MustCompile(`@(?:everyone|here)\b|<@[!&]?\d+>|<#\d+>|<a?:\w+:\d+>|</[\w\- ]+:\d+>|<id:\w+>`)

// CleanName returns s fit to be the name of something casebot creates (a
// Discord thread, a file label): mention syntax removed, control, format
// and bidi characters removed, white space collapsed to single spaces,
// trimmed, and cut to max runes (max <= 0 means no limit). An "@" that is
// left is followed by a zero-width space so it can never ping.
func CleanName(s string, max int) string {
	s = StripControl(s)
	// Removing one mention can join its neighbours into another
	// ("@every<@1>one"): remove until nothing changes.
	for {
		t := mentionSyntax.ReplaceAllString(s, "")
		if t == s {
			break
		}
		s = t
	}
	s = strings.Join(strings.FieldsFunc(s, unicode.IsSpace), " ")
	s = strings.ReplaceAll(s, "@", "@\u200b")
	if max > 0 {
		s = TruncateRunes(s, max)
	}
	return s
}
