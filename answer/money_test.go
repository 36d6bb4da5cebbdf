package answer

import "testing"

// TestMoneyAsked: a how-much question with a money word asks for a sum; a
// how-much question about anything else, or a money word without a number
// cue, does not.
func TestMoneyAsked(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"how much money was in the fund?", true},
		{"How much did the club pay for the striker?", true},
		{"كم فلوس استثمرت الشركة؟", true},
		{"كم بلغت تكلفة المشروع", true},
		{"how many members voted?", false},       // must reject: a count, not a sum
		{"بكم بالمية ارتفع السهم؟", false},       // must reject: a percentage
		{"who paid for the new stadium?", false}, // must reject: no number cue
	}
	for _, tt := range tests {
		if got := moneyAsked(tt.q); got != tt.want {
			t.Errorf("moneyAsked(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

// TestCarriesMoney: a sum carries a currency sign or word (with Arabic
// clitics); a date or a vote count does not.
func TestCarriesMoney(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"Microsoft has committed about $13 billion to OpenAI.", true},
		{"تعهدت باستثمار نحو 13 مليار دولار في الشركة.", true},
		{"دفعت مليوني جنيه", true},
		{"بالدولار الأمريكي", true},
		{"وقرّر أربعة من أصل ستة أعضاء التصويت.", false}, // must reject: a vote count
		{"in the summer of 2023", false},                 // must reject: a date
	}
	for _, tt := range tests {
		if got := carriesMoney(tt.s); got != tt.want {
			t.Errorf("carriesMoney(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}
