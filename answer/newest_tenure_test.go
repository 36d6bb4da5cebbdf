package answer

import "testing"

// TestSameTenure: a question about who holds an interim post is told by a
// line naming an interim post, not by the permanent chief's firing; a
// question asking for no interim post accepts either.
func TestSameTenure(t *testing.T) {
	tests := []struct {
		q, s string
		want bool
	}{
		{"مين الرئيس التنفيذي المؤقت لاوبن اي اي", "وعيّن المجلس إيميت شير رئيسًا تنفيذيًا مؤقتًا.", true},
		{"who is the interim CEO", "Murati had been named interim chief executive.", true},
		{"مين الرئيس التنفيذي المؤقت لاوبن اي اي", "في نوفمبر 2023، فجّرت شركة OpenAI مفاجأة مدوية بإقالة مديرها التنفيذي سام ألتمان.", false},
		{"who is the acting CEO now", "Altman is back as chief executive of OpenAI.", false},
		{"who is the CEO now", "Altman is back as chief executive of OpenAI.", true},
	}
	for _, tc := range tests {
		if got := sameTenure(tc.q, tc.s); got != tc.want {
			t.Errorf("sameTenure(%q, %q) = %v, want %v", tc.q, tc.s, got, tc.want)
		}
	}
}

// TestAsksInterimHolder: a who-question naming an interim post asks who
// held it; a question on the permanent post, or one not asking who, does not.
func TestAsksInterimHolder(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"مين مسك مكان التمان كرئيس تنفيذي مؤقت", true},
		{"who was interim ceo after altman got fired", true},
		{"مين الرئيس التنفيذي لاوبن اي اي", false},   // no interim post
		{"when was murati named interim ceo", false}, // not who
	}
	for _, tc := range tests {
		if got := asksInterimHolder(tc.q); got != tc.want {
			t.Errorf("asksInterimHolder(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
}

// TestNewerInterimHolderLeads: who held the interim post is answered first
// from the newest article that names an interim holder (the 24 November
// wire, in English), not from the 20 November line marked as the newest.
func TestNewerInterimHolderLeads(t *testing.T) {
	e := multiEngine(t)
	for _, q := range []string{"مين مسك مكان التمان كرئيس تنفيذي مؤقت", "who was interim ceo after altman got fired"} {
		t.Run(q, func(t *testing.T) {
			a := askMulti(t, e, q)
			if len(a.Citations) == 0 {
				t.Fatalf("no citations:\n%s", a.Answer)
			}
			if first := a.Citations[0]; first.Article != "en-wire-2023-11-24" || first.Older {
				t.Errorf("led by %s (older %v), want the 24 November wire:\n%s", first.Ref, first.Older, a.Answer)
			}
		})
	}
}
