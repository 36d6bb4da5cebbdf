package answer

import "testing"

func TestAskedFact(t *testing.T) {
	tests := []struct {
		q    string
		want factKind
	}{
		{"كم عضوًا صوّت لإقالة ألتمان؟", numberFact},
		{"ما عدد أعضاء المجلس؟", numberFact},
		{"How much money was in the fund?", numberFact},
		{"How many employees threatened to quit?", numberFact},
		{"متى اجتمع المجلس؟", timeFact},
		{"في أي عام أُقيل ألتمان؟", timeFact},
		{"When did the board meet?", timeFact},
		{"What year was OpenAI founded?", timeFact},
		{"من هي ميرا موراتي؟", anyFact},
		{"Why was Altman fired?", anyFact},
		{"Who knew how it would end?", anyFact}, // "how" alone asks for no number
	}
	for _, tt := range tests {
		if got := askedKind(tt.q); got != tt.want {
			t.Errorf("askedKind(%q) = %d, want %d", tt.q, got, tt.want)
		}
	}
}

func TestCarries(t *testing.T) {
	tests := []struct {
		text string
		kind factKind
		want bool
	}{
		{"وقرّر أربعة من أصل ستة أعضاء التصويت", numberFact, true},
		{"هدّد مئات الموظفين بالاستقالة", numberFact, true},
		{"اشترى قصرًا بقيمة 55 مليون دولار", numberFact, true},
		{"تبدأ جذور الأزمة في صيف 2023", numberFact, false}, // a year is not an amount
		{"تبدأ جذور الأزمة في صيف 2023", timeFact, true},
		{"في 16 نوفمبر، اجتمع أعضاء المجلس", timeFact, true},
		{"قبل أن تعيده إلى منصبه بعد أيام", timeFact, true},
		{"بل يملكه فعليًا سام ألتمان", numberFact, false},
		{"بل يملكه فعليًا سام ألتمان", timeFact, false},
		{"The board met on a Friday, three days later", numberFact, true},
		{"anything at all", anyFact, true},
	}
	for _, tt := range tests {
		if got := carries(tt.text, tt.kind); got != tt.want {
			t.Errorf("carries(%q, %d) = %v, want %v", tt.text, tt.kind, got, tt.want)
		}
	}
}

// TestTagQuestion: a statement closed by a tag ("…, right?", «…، صح؟»,
// «… مش كده؟») asks whether it holds, like one opened by "Did" or «هل»; a
// question asking which or who, or a statement without a tag, does not.
func TestTagQuestion(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"So Altman went to work at Microsoft after OpenAI fired him, right?", true},
		{"Altman joined Microsoft, didn't he?", true},
		{"ألتمان راح على مايكروسوفت بعد ما طردوه، صح؟", true},
		{"ألتمان رجع على OpenAI مش كده؟", true},
		{"Did Altman join Microsoft?", true},
		// Not tag questions.
		{"Which article is right?", false},
		{"Who chairs OpenAI's board right now?", false},
		{"Altman joined Microsoft.", false},
		{"مين كان على حق؟ صح", false},
	}
	for _, tc := range tests {
		if got := questionShape(tc.q).yesNo; got != tc.want {
			t.Errorf("questionShape(%q).yesNo = %v, want %v", tc.q, got, tc.want)
		}
	}
}
