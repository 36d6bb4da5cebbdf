package retrieval

import "testing"

// TestArabicGivenNameActor: an Arabic question naming the case's person by
// given name alone («شو كتب سام على اكس لما طردوه وشو كتب لما رجع») is
// about the person the paragraphs call by surname: Altman's posts on X
// (en-wire#7, ar-board#5) lead, not Sutskever's (ar-microsoft#5), which
// led when سام reached no paragraph that writes only «ألتمان».
func TestArabicGivenNameActor(t *testing.T) {
	ix := multiIndex(t)
	res, err := ix.Search(t.Context(), "شو كتب سام على اكس لما طردوه وشو كتب لما رجع", SearchOptions{K: 3})
	if err != nil {
		t.Fatal(err)
	}
	gold := map[string]bool{"en-wire-2023-11-24#7": true, "ar-board-2023-11-18#5": true}
	if len(res.Hits) < 2 || !gold[res.Hits[0].Paragraph.Ref] || !gold[res.Hits[1].Paragraph.Ref] {
		var got []string
		for _, h := range res.Hits {
			got = append(got, h.Paragraph.Ref)
		}
		t.Errorf("top hits %q, want en-wire-2023-11-24#7 and ar-board-2023-11-18#5 first", got)
	}
}

// TestPoliteOpening: «من فضلك» (please) opening a question asks nothing by
// itself (its من is "from"); «من» opening any other question asks who.
func TestPoliteOpening(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want Asked
	}{
		{"من فضلكم، ماذا تعني عودة ألتمان السريعة؟", AskedAny},
		{"من فضلك اشرح لي ما حدث", AskedAny},
		{"ومن فضلك، ما الذي حدث؟", AskedAny},
		{"من فضلك، متى أقيل ألتمان؟", AskedTime},
		{"من أقال ألتمان؟", AskedPerson},
		{"من فصل ألتمان؟", AskedPerson},
	} {
		if got := AskedFor(tc.q); got != tc.want {
			t.Errorf("AskedFor(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}

// TestRelativeClauseRanks: "who's chairing the board in the deal that
// brought altman back" asks who chairs the board; the relative clause only
// says which deal, so the paragraph naming the chair (en-wire#4) leads the
// one that shares the clause's words (en-wire#2: negotiations between
// Altman, the board and investors).
func TestRelativeClauseRanks(t *testing.T) {
	ix := multiIndex(t)
	res, err := ix.Search(t.Context(), "who's chairing the board in the deal that brought altman back", SearchOptions{K: 3})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Hits) == 0 || res.Hits[0].Paragraph.Ref != "en-wire-2023-11-24#4" {
		t.Errorf("top hit is not en-wire-2023-11-24#4: %v", res.Hits)
	}
}

// TestSeatQuestion: "who is on the board" asks who holds a seat: the
// answer-kind unit carries the words of membership (members, seat,
// directors, «أعضاء»), so the paragraph naming the new board's members
// (en-wire#4) leads the one that only says whom the board answers to
// (en-wire#6). Other who-questions about a board get no such unit.
func TestSeatQuestion(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"who is on the openai board currently", true},
		{"who's still on the board", true},
		{"who sits on openai's board now", true},
		{"Who are on the new board?", true},
		{"who fired sam from the board", false},
		{"who chairs the board", false},
		{"what is on the board's agenda", false},
	} {
		got := spanOrReactionCues(tc.q)
		if (got != nil && got[term("members")]) != tc.want {
			t.Errorf("spanOrReactionCues(%q) has the seat cues: %v, want %v", tc.q, !tc.want, tc.want)
		}
	}
	ix := multiIndex(t)
	res, err := ix.Search(t.Context(), "who is on the openai board currently", SearchOptions{K: 3})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Hits) == 0 || res.Hits[0].Paragraph.Ref != "en-wire-2023-11-24#4" {
		t.Errorf("top hit is not en-wire-2023-11-24#4")
	}
}

// TestThinkOfAsksReaction: "what did X think of Y" asks how X took Y, as
// "how did X react" does: the reaction cues join the question, so
// Nadella's "encouraged by the changes to the OpenAI board" (en-wire#11)
// leads his earlier word on working with the new team (ar-microsoft#6).
// "think" alone ("do you think", "I think") asks no reaction.
func TestThinkOfAsksReaction(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"what did nadella think of the new openai board", true},
		{"What did Microsoft think about the firing?", true},
		{"what has the board thought of altman since", true},
		{"do you think altman will stay", false},
		{"what did nadella say about the board", false},
	} {
		got := spanOrReactionCues(tc.q)
		if (got != nil && got[term("encouraged")]) != tc.want {
			t.Errorf("spanOrReactionCues(%q) has the reaction cues: %v, want %v", tc.q, !tc.want, tc.want)
		}
	}
	ix := multiIndex(t)
	res, err := ix.Search(t.Context(), "what did nadella think of the new openai board", SearchOptions{K: 3})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Hits) == 0 || res.Hits[0].Paragraph.Ref != "en-wire-2023-11-24#11" {
		t.Errorf("top hit is not en-wire-2023-11-24#11")
	}
}
