package retrieval

import (
	"context"
	"testing"
)

// TestTitleNear: a title within roleReach terms of the person's name
// titles them; a title beside another person, or far from the name, does
// not.
func TestTitleNear(t *testing.T) {
	murati := map[string]bool{term("mira"): true, term("murati"): true, term("ميرا"): true, term("موراتي"): true}
	cases := []struct {
		p    string
		want bool
	}{
		{"The signatories included Sutskever and Mira Murati, the chief technology officer.", true},
		{"حيث حثّها على التواصل مع ميرا موراتي، مديرة التكنولوجيا بالشركة.", true},
		{"Murati had been named interim chief executive when Altman was fired.", true},
		// Must reject: Nadella's title, then working with Murati.
		{"وإن رئيسها التنفيذي ساتيا ناديلا لا يزال ملتزمًا بالشراكة وبالعمل مع ميرا موراتي وفريقها.", false},
		{"Murati was told of the plan, the company said on Friday, and its chief executive agreed.", false},
	}
	for _, c := range cases {
		if got := titleNear(Tokens(c.p), murati); got != c.want {
			t.Errorf("titleNear(%q) = %v, want %v", c.p, got, c.want)
		}
	}
}

// TestPreferRole: asked for one person's post, the leading paragraph titles
// them; a question asking no post is left as ranked.
func TestPreferRole(t *testing.T) {
	ix := multiIndex(t)
	for _, tc := range []struct {
		q      string
		titled bool // the first hit puts a title beside the person
	}{
		{"What is Mira Murati's job at OpenAI?", true},
		{"ما منصب ميرا موراتي؟", true},
	} {
		res, err := ix.Search(context.Background(), tc.q, SearchOptions{})
		if err != nil || len(res.Hits) == 0 {
			t.Fatalf("%q: no hits (%v)", tc.q, err)
		}
		murati := map[string]bool{term("mira"): true, term("murati"): true, term("ميرا"): true, term("موراتي"): true}
		if got := titleNear(Tokens(res.Hits[0].Paragraph.Text), murati); got != tc.titled {
			t.Errorf("%q: first hit %s titles Murati %v, want %v", tc.q, res.Hits[0].Paragraph.Ref, got, tc.titled)
		}
	}
	// Must reject: no post asked, no nudge (roleQuestionCue is empty).
	if roleQuestionCue("What did Mira Murati tell the board?") != "" {
		t.Error("a question on what Murati said read as asking her post")
	}
}
