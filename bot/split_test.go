package bot

import (
	"regexp"
	"strings"
	"testing"
)

var citationRe = regexp.MustCompile(`\[\d+\]`)

// checkPieces verifies the invariants every split must keep.
func checkPieces(t *testing.T, text string, max int, pieces []string) {
	t.Helper()
	if len(pieces) == 0 && strings.TrimSpace(text) != "" {
		t.Fatalf("no pieces for %q", text)
	}
	for i, p := range pieces {
		if n := textLen(p); n > max {
			t.Errorf("piece %d has %d characters, max %d: %q", i, n, max, p)
		}
		if p != strings.TrimSpace(p) || p == "" {
			t.Errorf("piece %d is not trimmed or empty: %q", i, p)
		}
		// A citation is never cut: every "[" that opens a citation in the
		// text closes in the same piece.
		if strings.Count(p, "[") != strings.Count(p, "]") {
			t.Errorf("piece %d cuts a citation: %q", i, p)
		}
		if i > 0 && citationRe.MatchString(p) && strings.HasPrefix(p, "[") {
			t.Errorf("piece %d starts with a citation torn from its sentence: %q", i, p)
		}
	}
	// No word is lost, added or cut.
	if got, want := strings.Fields(strings.Join(pieces, " ")), strings.Fields(text); strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("words changed:\n got %q\nwant %q", got, want)
	}
}

func TestSplit(t *testing.T) {
	arabic := "أعلن مجلس إدارة OpenAI إقالة سام ألتمان [1]. وقال المجلس إنه لم يكن صريحًا في تواصله [2]، ما أعاق قدرته على أداء مسؤولياته؟ ثم عاد ألتمان بعد أيام [3]؛ وتغيّر المجلس."
	tests := []struct {
		name string
		text string
		max  int
		want []string // nil: only check the invariants
	}{
		{name: "short text is one piece", text: "  Hello there.  ", max: 100, want: []string{"Hello there."}},
		{name: "empty", text: "   ", max: 100, want: nil},
		{name: "sentence boundary keeps citation", text: "First sentence here [1]. Second one follows [2].", max: 30,
			want: []string{"First sentence here [1].", "Second one follows [2]."}},
		{name: "citation after the full stop stays", text: "He was removed. [1] Then he came back. [2]", max: 24,
			want: []string{"He was removed. [1]", "Then he came back. [2]"}},
		{name: "paragraph break preferred", text: "Alpha beta gamma.\n\nDelta epsilon zeta eta.", max: 30,
			want: []string{"Alpha beta gamma.", "Delta epsilon zeta eta."}},
		{name: "newline", text: "line one is here\nline two is here", max: 20,
			want: []string{"line one is here", "line two is here"}},
		{name: "arabic question mark", text: "لماذا أقيل ألتمان؟ لأن المجلس فقد الثقة به [1].", max: 30,
			want: []string{"لماذا أقيل ألتمان؟", "لأن المجلس فقد الثقة به [1]."}},
		{name: "arabic comma when no sentence end fits", text: "قال المجلس إن ألتمان، وهو المدير التنفيذي، لم يكن صريحًا", max: 30,
			want: []string{"قال المجلس إن ألتمان،", "وهو المدير التنفيذي،", "لم يكن صريحًا"}},
		{name: "arabic long text", text: strings.Repeat(arabic+" ", 40), max: 500},
		{name: "space before citation is not a cut", text: "aaaa bbbb cccc dddd [12] eeee", max: 22,
			want: []string{"aaaa bbbb cccc", "dddd [12] eeee"}},
		{name: "overlong word is cut hard", text: strings.Repeat("x", 50), max: 20,
			want: []string{strings.Repeat("x", 20), strings.Repeat("x", 20), strings.Repeat("x", 10)}},
		{name: "emoji count double", text: strings.Repeat("😀", 30), max: 20},
		{name: "mixed english arabic", text: strings.Repeat("Sam Altman ("+"سام ألتمان"+") returned [4]. ", 200), max: 1900},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Split(tc.text, tc.max)
			if len(tc.want) > 0 {
				if strings.Join(got, "|") != strings.Join(tc.want, "|") {
					t.Fatalf("Split(%q, %d)\n got %q\nwant %q", tc.text, tc.max, got, tc.want)
				}
			}
			if strings.TrimSpace(tc.text) == "" {
				if len(got) != 0 {
					t.Fatalf("blank text gave %q", got)
				}
				return
			}
			max := tc.max
			if max < 16 {
				max = 16
			}
			if strings.Count(tc.text, " ") == 0 { // one overlong word: cut hard, nothing lost
				if strings.Join(got, "") != tc.text {
					t.Fatalf("pieces %q lose text", got)
				}
				for _, p := range got {
					if textLen(p) > max {
						t.Fatalf("piece %q is %d long", p, textLen(p))
					}
				}
				return
			}
			checkPieces(t, tc.text, max, got)
		})
	}
}

func TestSplitCitationNotCut(t *testing.T) {
	// The limit falls inside "[123]" for every offset: the mark must stay whole.
	for pad := 0; pad < 8; pad++ {
		text := strings.Repeat("a", 14+pad) + "[123]" + strings.Repeat("b", 10)
		for _, p := range Split(text, 20) {
			if strings.Contains(p, "[") != strings.Contains(p, "]") {
				t.Fatalf("pad %d: citation cut: %q", pad, Split(text, 20))
			}
		}
	}
}

func TestSplitFiveThousand(t *testing.T) {
	var b strings.Builder
	for i := 1; b.Len() < 5000; i++ {
		b.WriteString("The board said Altman was not consistently candid in his communications [")
		b.WriteString(strings.Repeat("1", 1+i%2))
		b.WriteString("]. ")
	}
	text := b.String()
	pieces := Split(text, messageBudget)
	if len(pieces) < 3 {
		t.Fatalf("got %d pieces for %d characters", len(pieces), len(text))
	}
	checkPieces(t, text, messageBudget, pieces)
	for _, p := range pieces {
		if !strings.HasSuffix(p, "].") {
			t.Errorf("piece does not end at a sentence: ...%q", p[len(p)-20:])
		}
	}
}

func TestTruncate(t *testing.T) {
	tests := []struct {
		in   string
		max  int
		want string
	}{
		{"short", 10, "short"},
		{"one two three four", 10, "one two…"},
		{"abcdefghijkl", 5, "abcd…"},
		{"سام ألتمان عاد إلى الشركة", 12, "سام ألتمان…"},
		{"x", 0, ""},
	}
	for _, tc := range tests {
		got := truncate(tc.in, tc.max)
		if got != tc.want {
			t.Errorf("truncate(%q, %d) = %q, want %q", tc.in, tc.max, got, tc.want)
		}
		if tc.max > 0 && textLen(got) > tc.max {
			t.Errorf("truncate(%q, %d) is %d long", tc.in, tc.max, textLen(got))
		}
	}
}
