package retrieval

import (
	"strings"
	"testing"
)

// TestReading: an Arabic question is read whole in the corpus's standard
// words (colloquial forms, clitics), function words kept; an English
// question, and an Arabic one in the corpus's own words, are returned as
// given.
func TestReading(t *testing.T) {
	ix := multiIndex(t)
	tests := []struct {
		q      string
		want   []string // words the reading must have
		reject []string // words it must not have
	}{
		{"كم موظف وقع عالرسالة اللي بيهددوا فيها يستقيلو", []string{"الرساله", "يهددوا", "كم"}, []string{"عالرسالة", "بيهددوا"}},
		{"ليش انطرد ألتمان", []string{"لماذا"}, []string{"ليش"}},
		// Not Arabic: as given.
		{"how many staff threatened to quit", []string{"how", "threatened"}, nil},
	}
	for _, tc := range tests {
		got := strings.Fields(ix.Reading(tc.q))
		has := map[string]bool{}
		for _, w := range got {
			has[w] = true
		}
		for _, w := range tc.want {
			if !has[w] {
				t.Errorf("Reading(%q) = %q, want %s in it", tc.q, got, w)
			}
		}
		for _, w := range tc.reject {
			if has[w] {
				t.Errorf("Reading(%q) = %q, want no %s", tc.q, got, w)
			}
		}
	}
	if q := "how many staff threatened to quit"; ix.Reading(q) != q {
		t.Errorf("Reading(%q) = %q, want it as given", q, ix.Reading(q))
	}
}
