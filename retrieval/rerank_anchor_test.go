package retrieval

import (
	"maps"
	"slices"
	"testing"
)

// TestAnchoredEvents: a clause before or after a leadership event anchors
// the question only with an immediacy cue next to it or inside it; a
// plain "after the firing", a "before" with no cue, an event word with no
// connective, or an anchored clause naming no leadership event anchors
// nothing.
func TestAnchoredEvents(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want []string
	}{
		{"what was sam doing the day before he got canned", []string{"ouster"}},
		{"right after the firing, what did microsoft say", []string{"ouster"}},
		{"what did the staff do just after they fired him", []string{"ouster"}},
		{"what did Altman write immediately after the deal", []string{"return"}},
		{"ألتمان كان وين قبل ما يقيلوه بيوم؟", []string{"ouster"}},
		{"مايكروسوفت أول ما طار ألتمان شو كان موقفها", []string{"ouster"}},
		{"شو عمل بروكمان بعد ما طردوا ألتمان على طول", []string{"ouster"}},
		{"شو صار فور إقالة ألتمان", []string{"ouster"}},
		{"where did altman go after he was fired", nil},                     // no immediacy cue: any time after
		{"what was ilya's part before the firing", nil},                     // no immediacy cue
		{"what did microsoft say the day he was fired", []string{"ouster"}}, // "the day" + clause: the event's own day
		{"التمان يوم ما طردوه شو كتب على اكس", []string{"ouster"}},          // «يوم ما»: the day that
		{"which day did the board fire altman", nil},                        // asks for the day: no anchor
		{"أي يوم طردوا ألتمان؟", nil},                                       // «يوم» without «ما»/«اللي»
		{"what did the day look like for the staff", nil},                   // no leadership event
		{"what happened right after the shares rose", nil},                  // no leadership event
		{"وين راح ألتمان بعد ما انطرد؟", nil},                               // no immediacy cue
		{"مين أول واحد رجع للشركة", nil},                                    // «أول» without «ما» is "first"
	} {
		got := slices.Sorted(maps.Keys(anchoredEvents(tc.q)))
		if !slices.Equal(got, tc.want) {
			t.Errorf("anchoredEvents(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
}

// TestEventForms: a colloquial verb's plural «و» left by the analysis is
// also tried without it; a word with no such ending, or too short to
// carry it, gains nothing.
func TestEventForms(t *testing.T) {
	for _, tc := range []struct {
		w    string
		want string
		has  bool
	}{
		{"يقيلوه", "يقيل", true},
		{"طردوه", "طرد", true},
		{"fired", "fire", true},
		{"ألتمان", "ألتما", false},
		{"هو", "ه", false},
	} {
		if got := slices.Contains(eventForms(tc.w), tc.want); got != tc.has {
			t.Errorf("eventForms(%q) = %v, contains %q: %v, want %v", tc.w, eventForms(tc.w), tc.want, got, tc.has)
		}
	}
}

// TestAnchorRanking: on the two-language corpus, a question anchored right
// at the firing ranks first the report of the firing, which tells the
// event with what was asked, over a later report that merely says "the
// day" or "fired".
func TestAnchorRanking(t *testing.T) {
	ix := multiIndex(t)
	for _, tc := range []struct {
		q, want string
	}{
		{"where had altman been the day before they fired him", "ar-board-2023-11-18#1"},
		{"Where was Altman right before he was dismissed?", "ar-board-2023-11-18#1"},
		{"وين كان ألتمان قبل ما يطردوه بيوم؟", "ar-board-2023-11-18#1"},
		{"right after he was fired, what was brockman's job supposed to be", "ar-board-2023-11-18#4"},
	} {
		wantFirst(t, ix, tc.q, tc.want)
	}
}
