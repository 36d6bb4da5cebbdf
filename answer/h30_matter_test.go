package answer

import "testing"

// TestQuoteOnMatterHeading: a quote speaks of a question's matter by its
// own sentences' words, not by its section's heading. The look back's
// title heads its opening lines («كواليس» read as "behind"); a line on the
// startup fund that «لم يكن مستقلًا» carries "independent" too, yet is no
// account of the independent probe. The wire's and Shear's lines on the
// inquiry are, and a heading-free line on the matter still is.
func TestQuoteOnMatterHeading(t *testing.T) {
	e := multiEngine(t)
	tests := []struct {
		q, ref string
		want   bool
	}{
		{"who's behind the independent probe into why altman got axed", "en-wire-2023-11-24#5", true},
		{"مين اللي قرر يعمل التحقيق المستقل بالاقالة", "en-wire-2023-11-24#5", true},
		{"who decided there'd be an independent investigation into the firing", "ar-microsoft-2023-11-20#8", true},
		{"How many staff signed the letter threatening to quit?", "en-wire-2023-11-24#8", true},
		// Must reject: the heading lends the words the line lacks.
		{"who's behind the independent probe into why altman got axed", "openai-altman-ouster-2023#3", false},
		{"who's behind the independent probe into why altman got axed", "openai-altman-ouster-2023#2", false},
		{"How many staff signed the letter threatening to quit?", "en-wire-2023-11-24#7", false},
	}
	for _, tc := range tests {
		mt := e.matterOf(tc.q, e.standardReading(askingPart(tc.q)))
		if got := quoteOnMatter(mt, quoteOfRef(t, e, tc.ref)); got != tc.want {
			t.Errorf("quoteOnMatter(%q, %s) = %v, want %v", tc.q, tc.ref, got, tc.want)
		}
	}
}
