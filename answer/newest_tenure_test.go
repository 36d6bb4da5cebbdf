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
