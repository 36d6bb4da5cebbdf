package retrieval

import "testing"

// TestAskedForChatContractions: a question word typed without its
// apostrophe ("whos", "wheres", "whens") asks what the full word asks;
// words that only contain those letters do not.
func TestAskedForChatContractions(t *testing.T) {
	tests := []struct {
		q    string
		want Asked
	}{
		{"whos running openai rn", AskedPerson},
		{"wheres brockman working now", AskedPlace},
		{"whens the report due", AskedTime},
		{"what yr did altman cofound openai", AskedTime},
		{"which yrs was he on the board", AskedTime},
		// Must reject: no question word, or one inside another word;
		// "yr" without one asks no year.
		{"his 2nd yr at the company, what happened", AskedAny},
		{"running openai rn, whoso knows", AskedAny},
		{"is altman running openai rn", AskedAny},
	}
	for _, tc := range tests {
		if got := AskedFor(tc.q); got != tc.want {
			t.Errorf("AskedFor(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}

// TestChatReadInView: the dense side's text and the frame of a unit read
// a chat form as the word it stands for ("rn" as "now", framed like it);
// an ordinary word, or a chat filler, is kept as written.
func TestChatReadInView(t *testing.T) {
	tests := []struct{ w, want string }{
		{"rn", "now"},
		{"whos", "who"},
		{"Running", "Running"},
		{"lol", "lol"},
	}
	for _, tc := range tests {
		if got := chatRead(tc.w); got != tc.want {
			t.Errorf("chatRead(%q) = %q, want %q", tc.w, got, tc.want)
		}
	}
	ix := multiIndex(t)
	for _, q := range []string{"whos running openai rn", "whos running openai now"} {
		v := ix.view(q)
		if v.texts["en"] != "running openai now" {
			t.Errorf("view(%q) embeds %q, want %q", q, v.texts["en"], "running openai now")
		}
		last := v.units[len(v.units)-1]
		if !last.frame {
			t.Errorf("view(%q): %q is not framed like \"now\"", q, last.word)
		}
		if v.units[0].frame {
			t.Errorf("view(%q): %q is framed", q, v.units[0].word)
		}
	}
}

// TestAskedForWhenClause: a question opening with a when-clause asks what
// its main clause asks; "When did…" and a when-clause before no question
// stay when-questions.
func TestAskedForWhenClause(t *testing.T) {
	tests := []struct {
		q    string
		want Asked
	}{
		{"When the board first pushed Altman out, what was supposed to happen to Greg Brockman's job?", AskedAny},
		{"When Altman was fired, was Brockman originally meant to keep a job at OpenAI?", AskedAny},
		{"when altman got fired, who took over?", AskedPerson},
		{"When the board fired him, how many members voted?", AskedNumber},
		// Must stay when-questions.
		{"When did Emmett Shear leave Twitch, and how long did he end up running OpenAI?", AskedTime},
		{"When was OpenAI founded, and when did ChatGPT come out?", AskedTime},
		{"When the board fired Altman, the staff revolted?", AskedTime},
		{"When exactly, did they fire him?", AskedTime},
		{"when", AskedTime},
	}
	for _, tc := range tests {
		if got := AskedFor(tc.q); got != tc.want {
			t.Errorf("AskedFor(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}

// TestAskedForPostHolder: "which CEO", "which board member" ask a person
// as "who" does; "which company" or "which year" do not.
func TestAskedForPostHolder(t *testing.T) {
	tests := []struct {
		q    string
		want Asked
	}{
		{"Which CEO did Nadella say Microsoft would work with?", AskedPerson},
		{"Which board member kept his seat?", AskedPerson},
		// Must reject: a thing or a time, not a person.
		{"Which company did Altman join?", AskedAny},
		{"Which year was OpenAI founded?", AskedTime},
	}
	for _, tc := range tests {
		if got := AskedFor(tc.q); got != tc.want {
			t.Errorf("AskedFor(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}
