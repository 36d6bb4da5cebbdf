package answer

import (
	"context"
	"slices"
	"strings"
	"testing"
)

func TestChronologyTopic(t *testing.T) {
	for _, tc := range []struct {
		topic, rest string
		ok          bool
	}{
		{"timeline of altman getting fired and coming back", "altman getting fired and coming back", true},
		{"التسلسل الزمني للأزمة", "", true},
		{"تسلسل الأحداث", "", true},
		{"the whole story day by day", "", true},
		{"sequence of events at the board", "at board", true},
		// Not a chronology: the order of events is not asked for.
		{"who fired altman", "", false},
		{"موقف مايكروسوفت من الأزمة", "", false},
	} {
		rest, ok := chronologyTopic(tc.topic)
		if ok != tc.ok || ok && rest != tc.rest {
			t.Errorf("chronologyTopic(%q) = %q, %v; want %q, %v", tc.topic, rest, ok, tc.rest, tc.ok)
		}
	}
}

// TestChronologySummary: a timeline topic over several articles quotes the
// dated events about it in time order, each point its quote with its date,
// and reaches the return agreement the wire story alone reports.
func TestChronologySummary(t *testing.T) {
	e := multiEngine(t)
	s, err := e.Summarize(context.Background(), "timeline of altman getting fired and coming back", "")
	if err != nil {
		t.Fatal(err)
	}
	var dates []string
	for _, l := range strings.Split(s.Summary, "\n")[1:] {
		when, _, ok := strings.Cut(strings.TrimPrefix(l, "• "), " — ")
		if !ok {
			t.Fatalf("point %q has no date", l)
		}
		dates = append(dates, when)
	}
	if len(dates) < 3 || !slices.IsSorted(dates) {
		t.Errorf("dates %v, want three or more in order", dates)
	}
	var refs []string
	for _, c := range s.Citations {
		refs = append(refs, c.Ref)
	}
	for _, want := range []string{"ar-board-2023-11-18#1", "en-wire-2023-11-24#2"} {
		if !slices.Contains(refs, want) {
			t.Errorf("cites %v, want %s among them", refs, want)
		}
	}
}
