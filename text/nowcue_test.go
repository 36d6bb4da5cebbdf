package text

import "testing"

func TestHasNowCue(t *testing.T) {
	cases := []struct {
		q    string
		want bool
	}{
		{"Who runs OpenAI now?", true},
		{"is ilya still on the openai board", true},
		{"مين الرئيس التنفيذي لـ OpenAI حاليًا؟", true},
		{"مايكروسوفت حاليا لسه داعمة اوبن ايه اي ولا لا", true},
		{"مين ماسك OpenAI هلأ كرئيس تنفيذي؟", true},
		// Gulf «للحين» (لـ + الحين: still, until now).
		{"مايكروسوفت للحين ملتزمة بشراكتها مع اوبن اي اي؟", true},
		// Chat shorthand for "right now" and "at the moment".
		{"whos running openai rn", true},
		{"is sam still ceo atm", true},
		{"who's ceo atm?", true},
		// Rejected: a cue only inside a longer word, or no cue at all.
		{"who is running openai", false},
		{"the return of altman", false},
		{"what did the rna study find", false},
		{"Who knows why the board fired Altman?", false},
		{"stillness at the board meeting", false},
		{"متى أقيل ألتمان؟", false},
		{"حينها قرر المجلس إقالته", false},
	}
	for _, c := range cases {
		if got := HasNowCue(c.q); got != c.want {
			t.Errorf("HasNowCue(%q) = %v, want %v", c.q, got, c.want)
		}
	}
}
