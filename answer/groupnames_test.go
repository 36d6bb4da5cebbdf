package answer

import "testing"

func TestAskedGroupSize(t *testing.T) {
	cases := []struct {
		q    string
		want int
	}{
		{"من هم أعضاء مجلس الإدارة الستة بالأسماء؟", 6},
		{"Name the four board members who voted", 4},
		{"who were the 3 people on the call?", 3},
		{"من أقال ألتمان في نوفمبر 2023؟", 0},     // a year counts no group
		{"كم عضوا صوت لإقالة ألتمان؟", 0},         // no who-question, no number in it
		{"How many of the six members voted?", 0}, // how many, not who
		{"Who was the one who called Toner?", 0},  // "one" is never read
	}
	for _, c := range cases {
		if got := askedGroupSize(c.q); got != c.want {
			t.Errorf("askedGroupSize(%q) = %d, want %d", c.q, got, c.want)
		}
	}
}

func TestWithoutWhenClause(t *testing.T) {
	cases := []struct{ q, want string }{
		{"was Brockman the chairman of the board when they pushed him out?", "was brockman the chairman of the board"},
		{"when did they push him out?", "when did they push him out"}, // opening: asks when
		{"هل كان بروكمان رئيس المجلس لما طردوه؟", wordsOf("هل كان بروكمان رئيس المجلس")},
	}
	for _, c := range cases {
		if got := withoutWhenClause(c.q); got != c.want {
			t.Errorf("withoutWhenClause(%q) = %q, want %q", c.q, got, c.want)
		}
	}
}
