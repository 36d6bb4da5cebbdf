package retrieval

import "testing"

// TestSpanOrReactionCues checks which English questions ask for a span of
// time, a reaction or an activity, and that others (and Arabic كم يوم, a how-many
// question) get no such cue.
func TestSpanOrReactionCues(t *testing.T) {
	tests := []struct {
		q    string
		want string // "span", "reaction" or ""
	}{
		{"how long did the whole openai meltdown last start to finish", "span"},
		{"How long was he out?", "span"},
		{"how did nadella react to the new openai board?", "reaction"},
		{"What was Satya Nadella's take on the shake-up?", "reaction"},
		{"what was sam doing the day before he got canned", "activity"},
		{"What was he up to right before the board fired him?", "activity"},
		{"شو كان عم يعمل ألتمان قبل يوم من إقالته؟", "activity"},
		{"ماذا كان يفعل ألتمان قبل إقالته؟", "activity"},
		// Must reject: a longer word, a how without long, Arabic.
		{"Did the board get along with Altman?", ""},
		{"How did the board remove him?", ""},
		{"What did it take to bring him back?", ""},
		{"خلال كم يوم يخلص التقرير؟", ""},
		// Must reject: "doing" of a statement, "up to" of a count, working at a job.
		{"Is the board doing an investigation?", ""},
		{"Up to how many employees signed?", ""},
		{"وين كان يعمل شير قبل OpenAI؟", ""},
	}
	for _, tc := range tests {
		got := ""
		switch c := spanOrReactionCues(tc.q); {
		case c == nil:
		case c[term("days")]:
			got = "span"
		case c[term("encouraged")]:
			got = "reaction"
		case c[term("summit")]:
			got = "activity"
		}
		if got != tc.want {
			t.Errorf("spanOrReactionCues(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}

// TestConcealingKeep checks that keep is read as the light verb of an
// idiom of secrecy only when a secrecy word follows it closely.
func TestConcealingKeep(t *testing.T) {
	tests := []struct {
		q    string
		i    int
		want bool
	}{
		{"How did the directors keep their deliberations under wraps", 4, true},
		{"they kept the meeting secret", 1, true},
		{"how did they keep their plotting meeting under wraps", 3, true},
		// Must reject: no secrecy word, one too far, another verb.
		{"did Brockman keep his seat", 2, false},
		{"they kept one two three four five six secret", 1, false},
		{"they held the meeting in secret", 1, false},
	}
	for _, tc := range tests {
		if got := concealingKeep(queryWords(tc.q), tc.i); got != tc.want {
			t.Errorf("concealingKeep(%q, %d) = %v, want %v", tc.q, tc.i, got, tc.want)
		}
	}
}

// TestUnderIsStop checks that the preposition under is a stop word while
// words that merely start with it keep their stems.
func TestUnderIsStop(t *testing.T) {
	if got := term("under"); got != "" {
		t.Errorf(`term("under") = %q, want ""`, got)
	}
	for _, w := range []string{"underlying", "undermine"} {
		if term(w) == "" {
			t.Errorf("term(%q) is empty, want a stem", w)
		}
	}
}

// TestGroupAtContextSense: a word of two thesaurus groups takes the sense
// its neighbour sets ("board shakeup" is a change to the board, "post on
// X" is writing); without that neighbour, or too far from it, it keeps its
// own group.
func TestGroupAtContextSense(t *testing.T) {
	th := parseEnThesaurus(thesaurusEnText)
	changes, write := th.word[term("changes")], th.word[term("wrote")]
	for _, tc := range []struct {
		q    string
		i    int // the word's position among the terms
		want int
	}{
		{"board shakeup", 1, changes},
		{"shake-up of OpenAI's board", 0, changes},
		{"the shakeup at OpenAI", 0, th.word[term("shakeup")]},       // the turmoil
		{"shakeup one two three board", 0, th.word[term("shakeup")]}, // too far
		{"post on X", 0, write},                                      // writing on a platform
		{"Brockman's post at OpenAI", 1, th.word[term("post")]},
		{"how many people actually work at OpenAI", 0, th.word[term("staff")]}, // a frame word between
		{"people familiar with the matter", -1, 0},                             // no group: see below      // a job
	} {
		terms := Tokens(tc.q)
		if tc.i < 0 {
			if _, ok := th.groupAt(terms, 0); ok {
				t.Errorf("groupAt(%q, 0): a group for people who do not work", tc.q)
			}
			continue
		}
		g, ok := th.groupAt(terms, tc.i)
		if !ok || g != tc.want {
			t.Errorf("groupAt(%q, %d) = %d, %v; want %d", tc.q, tc.i, g, ok, tc.want)
		}
	}
}

// TestAsksSpeech: a question about what someone said, wrote or posted on a
// platform asks for speech; one about someone's post (a job) or about an
// event does not.
func TestAsksSpeech(t *testing.T) {
	ix := multiIndex(t)
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"what did nadella say abt the board shakeup", true},
		{"what did sam post on x right after getting fired", true},
		{"what did mira murati complain about to the board", true},
		{"what did altman tweet when he got his job back", true},
		{"what was Brockman's post at OpenAI", false},
		{"when did emmett shear quit as twitch ceo", false},
	} {
		if got := asksSpeech(ix.view(tc.q)); got != tc.want {
			t.Errorf("asksSpeech(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
}
