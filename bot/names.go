package bot

import (
	"regexp"
	"strings"
	"unicode"
)

// TODO(text): replace cleanName with text.CleanName once casebot/text is on
// main; this is the stand-in the shared text layer's plan names.

// mentionMarkup matches Discord's mention syntax: users (<@id>, <@!id>),
// roles (<@&id>), channels (<#id>), slash commands (</name:id>), and the
// @everyone and @here pings.
var mentionMarkup = regexp.MustCompile(`<(?:@[!&]?|#)\d+>|</[^<>:\s]{1,64}:\d+>|@(?:everyone|here)`)

// cleanName makes s fit to name something casebot creates, such as a
// thread: no mention syntax (which would show as a ping-like @everyone or a
// raw <@&123>), no control, format or bidirectional-override characters
// (which could reorder or hide the rest of a channel list), and runs of
// space collapsed to one.
func cleanName(s string) string {
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\t' || r == '\n' || r == '\r':
			return ' '
		case unicode.Is(unicode.Cc, r), unicode.Is(unicode.Cf, r), r == '\uFFFC', r == '\uFFFD':
			return -1
		}
		return r
	}, s)
	// Controls go first, so that "@every\u200bone" cannot slip through; a
	// mention becomes a space, so that removing one cannot join two halves
	// of another ("@every<@1>one").
	s = mentionMarkup.ReplaceAllString(s, " ")
	return strings.Join(strings.Fields(s), " ")
}
