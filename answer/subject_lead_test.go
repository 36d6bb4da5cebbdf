package answer

import "testing"

// TestSubjectLeadsPast: asked of the past what someone did or said, a
// quote naming them leads one that does not, however much newer ("what
// did microsoft say right after he was fired" is not led by the look
// back's line on Altman's return); holding a company asked of now is
// answered from the newest article; a remark after the question adds no
// matter a newer line may be heard on; a question whose newest account
// names its subject keeps it leading.
func TestSubjectLeadsPast(t *testing.T) {
	e := multiEngine(t)
	tests := []struct {
		q, lead string // lead: the article that must lead
	}{
		{"what did microsoft say right after sam got fired, and what did they say once he was back", "ar-board-2023-11-18"},
		{"مين اللي ماسك OpenAI دلوقتي؟", "openai-altman-ouster-2023"},
		{"who did the board put in charge after kicking altman out", "en-wire-2023-11-24"},
		// A remark after the question ("how the company is even
		// structured") makes no newer line on its words alone an
		// account of what is asked.
		{"Does OpenAI's board answer to its investors? I'm confused about how the company is even structured", "en-wire-2023-11-24"},
		// Rejected: the newest article names the subject, and leads; a
		// word that is no company ("deal", "platform") is no subject a
		// quote must name.
		{"how many openai employees threatened to quit over the firing", "openai-altman-ouster-2023"},
		{"whats the deal with the startup fund thing and altman", "openai-altman-ouster-2023"},
		{"عبر أي منصة أعلنت OpenAI اتفاق عودة ألتمان؟", "en-wire-2023-11-24"},
	}
	for _, tc := range tests {
		t.Run(tc.q, func(t *testing.T) {
			holdLead(t, e, tc.q, tc.lead)
		})
	}
}
