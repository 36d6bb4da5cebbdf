package corpus

import (
	"strings"
	"time"
)

// dateLayouts are the front-matter date forms ParseDate reads.
var dateLayouts = []string{
	"2006-01-02", time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02 15:04",
	"2006/01/02", "02/01/2006", "2 January 2006", "2 Jan 2006", "January 2, 2006", "Jan 2, 2006",
	"2006-01",
}

// ParseDate reads a front-matter date ("2023-11-24", an RFC 3339 time,
// "24 November 2023", "November 24, 2023"...). ok is false for an empty
// or unreadable date.
func ParseDate(s string) (t time.Time, ok bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, false
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// Time returns the article's publication date; ok is false when the
// article is undated or its date cannot be read.
func (a Article) Time() (time.Time, bool) { return ParseDate(a.Date) }
