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

func TestTopicHolder(t *testing.T) {
	for _, tc := range []struct {
		topic string
		want  []string
	}{
		{"موقف مايكروسوفت من ازمة اوبن اي اي", []string{"مايكروسوفت"}},
		{"دور ميرا موراتي في اللي صار", []string{"ميرا", "موراتي"}},
		{"microsoft's stance on the crisis", []string{"microsoft"}},
		{"the role of the board", []string{"board"}},
		{"ردة فعل الموظفين", []string{"الموظفين"}},
		// No one's stance is asked for.
		{"why was altman fired", nil},
	} {
		if got := topicHolder(tc.topic); !slices.Equal(got, tc.want) {
			t.Errorf("topicHolder(%q) = %q, want %q", tc.topic, got, tc.want)
		}
	}
}

// TestTopicHolderKeepsToHolder: a topic on someone's stance quotes only
// sentences that name them; the crisis sentences of the article that
// never names Microsoft are left out, and so is the wire story's paragraph
// on the board's silence, which sits under the heading "Microsoft's role"
// but never names Microsoft (en-wire-2023-11-24#12: a heading speaks for a
// paragraph only when the paragraph names the holder too).
func TestTopicHolderKeepsToHolder(t *testing.T) {
	e := multiEngine(t)
	for _, topic := range []string{"microsoft's stance on the crisis", "موقف مايكروسوفت من الأزمة"} {
		s, err := e.Summarize(context.Background(), topic, "")
		if err != nil {
			t.Fatal(err)
		}
		if len(s.Citations) == 0 {
			t.Fatalf("%q: no summary", topic)
		}
		for _, c := range s.Citations {
			if strings.HasPrefix(c.Ref, "openai-altman-ouster-2023") || c.Ref == "en-wire-2023-11-24#12" {
				t.Errorf("%q quotes %s, which never names Microsoft: %s", topic, c.Ref, c.Quote)
			}
		}
	}
}
