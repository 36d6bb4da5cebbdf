package retrieval

import (
	"context"
	"maps"
	"slices"
	"testing"
)

// TestSpeakerTerms: the speaker is the name next to the speech word; a
// name after "about" is what was said about, and a question with no speech
// word names no speaker.
func TestSpeakerTerms(t *testing.T) {
	ix := defaultIndex(t)
	for _, tc := range []struct {
		q    string
		want []string
	}{
		{"ميرا موراتي قالت ايه عن التمان بالظبط", []string{"ميرا", "موراتي"}},
		{"شو قالت موراتي عن ألتمان", []string{"موراتي"}},
		{"what did mira murati say about altman", []string{"ميرا", "موراتي"}},
		// Altman is far from the speech word: the board spoke.
		{"هو المجلس ماقالش للموظفين ليه مشوا ألتمان؟؟", nil},
		{"من هي ميرا موراتي؟", nil},
	} {
		got := slices.Sorted(maps.Keys(ix.speakerTerms(ix.standardize(tc.q))))
		var want []string
		for _, w := range tc.want {
			want = append(want, Tokens(w)...) // as analysed (موراتي → مورات)
		}
		slices.Sort(want)
		if !slices.Equal(got, want) && !(len(got) == 0 && len(want) == 0) {
			t.Errorf("speakerTerms(%q) = %q, want %q", tc.q, got, want)
		}
	}
}

// TestPreferSpeaker: asked what Murati said, the paragraph where she speaks
// («كشفت موراتي…», #5) comes before the one that introduces her (#4);
// asked who she is, the introduction stays first.
func TestPreferSpeaker(t *testing.T) {
	ix := defaultIndex(t)
	for _, tc := range []struct {
		q, first string
	}{
		{"ميرا موراتي قالت ايه عن التمان في المكالمات دي", "openai-altman-ouster-2023#5"},
		{"What did ميرا موراتي tell the board about Sam?", "openai-altman-ouster-2023#5"},
		{"What did ميرا موراتي reveal during those calls?", "openai-altman-ouster-2023#5"},
		{"وش كان شغل ميرا موراتي بالشركه", "openai-altman-ouster-2023#4"},
	} {
		res, err := ix.Search(context.Background(), tc.q, SearchOptions{K: 3})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Hits) == 0 || res.Hits[0].Paragraph.Ref != tc.first {
			t.Errorf("%q: first %v, want %s", tc.q, refsOf(res.Hits), tc.first)
		}
		if res.Hits[0].Score > 1 {
			t.Errorf("%q: score %.3f over 1", tc.q, res.Hits[0].Score)
		}
	}
}

// refsOf lists the hits' paragraph references.
func refsOf(hits []Hit) []string {
	var out []string
	for _, h := range hits {
		out = append(out, h.Paragraph.Ref)
	}
	return out
}
