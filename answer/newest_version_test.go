package answer

import "testing"

// TestTellsVersion: a line telling either version a question offers
// (quit, or fired — «إبعاد» is a firing) tells one; a line naming only
// the person, or another matter, does not.
func TestTellsVersion(t *testing.T) {
	e := multiEngine(t)
	q := "بروكمان استقال من نفسه ولا هما اللي طردوه"
	read := e.standardReading(askingPart(q))
	tests := []struct {
		s    string
		want bool
	}{
		{"كما تم إبعاد غريغ بروكمان، أحد مؤسسي الشركة.", true},
		{"Greg Brockman, OpenAI's president and co-founder, who quit in protest on the day Altman was fired, is also returning.", true},
		{"وأكد ناديلا أن مايكروسوفت لا تزال ملتزمة بشراكتها مع OpenAI.", false},
	}
	for _, tc := range tests {
		if got := e.tellsVersion(q, read, tc.s); got != tc.want {
			t.Errorf("tellsVersion(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}
