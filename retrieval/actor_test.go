package retrieval

import (
	"slices"
	"strings"
	"testing"
)

// TestActorBound: an anchor is bound to the question's name when that name
// stands nearest to it; another name standing closer, or the name too far
// away, leaves it unbound.
func TestActorBound(t *testing.T) {
	entities := map[string]bool{"smith": true, "jones": true, "acme": true}
	names := map[string]bool{"smith": true}
	anchors := []xunit{{head: "tweet", members: map[string]float64{"tweet": 1}}}
	for _, tc := range []struct {
		seq  string
		want bool
	}{
		{"smith tweet long", true},
		{"yesterday smith wrote tweet", true},
		{"jones tweet about smith", false},             // Jones tweets, about Smith
		{"acme said tweet smith return", false},        // Acme posts first
		{"smith one two three four five tweet", false}, // too far
		{"jones tweet smith", true},                    // a tie counts as bound
		{"smith wrote letter", false},                  // no anchor at all
	} {
		if got := actorBound(strings.Fields(tc.seq), names, entities, anchors); got != tc.want {
			t.Errorf("actorBound(%q) = %v, want %v", tc.seq, got, tc.want)
		}
	}
}

// TestPossessive: an English possessive ending marks its word; the word
// alone, or inside a longer word, does not.
func TestPossessive(t *testing.T) {
	for _, tc := range []struct {
		q, w string
		want bool
	}{
		{"Who is Acme's boss?", "acme", true},
		{"Who is Acme’s boss?", "acme", true},
		{"Who runs Acme now?", "acme", false},
		{"Who is Acme'sson?", "acme", false},
		{"anything", "", false},
	} {
		if got := possessive(tc.q, tc.w); got != tc.want {
			t.Errorf("possessive(%q, %q) = %v, want %v", tc.q, tc.w, got, tc.want)
		}
	}
}

// TestActorRanking: on the two-language corpus, a question about what one
// person posted on X ranks the paragraph where that person posts above
// those where someone else posts on X about them; the actor is the
// question's first name, not one inside a time clause or after it.
func TestActorRanking(t *testing.T) {
	ix := multiIndex(t)
	for _, tc := range []struct {
		q    string
		want []string // paragraphs where the person posts
	}{
		{"What did Altman put out on X after the board removed him?", []string{"ar-board-2023-11-18#5", "en-wire-2023-11-24#7"}},
	} {
		res, err := ix.Search(t.Context(), tc.q, SearchOptions{K: 3})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Hits) == 0 || !slices.Contains(tc.want, res.Hits[0].Paragraph.Ref) {
			t.Errorf("%q: top %v, want one of %v first", tc.q, refsOf(res.Hits), tc.want)
		}
	}
	v := ix.view("How did Emmett Shear react to the deal that brought Altman back?")
	names, _ := ix.actorParts(v, "How did Emmett Shear react to the deal that brought Altman back?")
	if names["altman"] || !names["shear"] {
		t.Errorf("actor of the Shear question: %v, want Shear's terms and not Altman's", names)
	}
	v = ix.view("Has OpenAI's board ever explained why it fired Altman?")
	_, anchors := ix.actorParts(v, "Has OpenAI's board ever explained why it fired Altman?")
	if len(anchors) != 1 || anchors[0].head != "board" {
		t.Errorf("anchors of a possessor: %v, want the board alone", anchors)
	}
}
