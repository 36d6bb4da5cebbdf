package answer

import "testing"

// Sentences of the default article for the cases below.
const (
	sentLied   = "واتهم ألتمان لاحقًا بالكذب على المجلس بشأن تقييمات السلامة الخاصة بمنتج ChatGPT، كما أطلق هذا المنتج للعامة دون الرجوع إلى مجلس الإدارة، في مخالفة صريحة للهياكل التنظيمية."
	sentThreat = "ما أثار موجة من التمرد الداخلي، حيث هدّد مئات الموظفين بالاستقالة إذا لم يُعَد ألتمان إلى منصبه."
	sentReturn = "أمام الضغط المتصاعد، استجابت الشركة بسرعة وأعادت ألتمان إلى منصبه التنفيذي."
)

// TestNearMissFiner holds the near-miss rules for a finer date than the
// quotes give, a response nobody is quoted giving and a fate the article
// leaves untold, each with a question it must leave alone.
func TestNearMissFiner(t *testing.T) {
	e, ix := decideEngine(t)
	checkDecisions(t, e, ix, []decisionCase{
		// Which month, and the quote gives a season: not given.
		{"month asked, a season quoted", "In which month did a board member discover the truth about the startup fund?", sentFund, "no-exact-time"},
		{"month asked (Arabic), a season quoted", "في أي شهر اكتشف عضو المجلس حقيقة الصندوق؟", sentFund, "no-exact-time"},
		// Which day, and the quote gives the day: left alone.
		{"day asked, the day quoted", "On what day did the board members meet in secret?", sentMeeting, "according"},
		// When, with no grain named, takes a season.
		{"when asked, a season quoted", "When did a director find out about the fund?", sentFund, "according"},
		// How someone responded, and the quote tells what was said of him.
		{"response asked, only the accusation", "How did Altman react when the board said he had misled it about product launches?", sentLied, "not-said"},
		{"response asked (Arabic), only the accusation", "كيف رد ألتمان على اتهامه بإطلاق المنتج دون الرجوع للمجلس؟", sentLied, "not-said"},
		// A response quoted (a threat, a reply) is left alone.
		{"response asked, the reply quoted", "How did the staff react to Altman's removal?", sentThreat, "according"},
		// What became of someone after an event the article tells after
		// all it says of them: not said.
		{"fate after the return, person told before", "What happened to Helen Toner after Altman came back? Did she keep her seat?", sentVote, "not-said"},
		// Someone told in the event's own paragraph: left alone.
		{"fate after the vote, person told with it", "What happened to Greg Brockman after the vote?", sentBrockman, "according"},
	})
}

func TestFinerDateAsked(t *testing.T) {
	cases := []struct {
		q    string
		want int
	}{
		{"Which month did the merger close?", grainMonth},
		{"في أي شهر أُعلن الاندماج؟", grainMonth},
		{"الاندماج صار شهر ايه؟", grainMonth},
		{"What date was the vote?", grainDay},
		{"When was the vote?", grainNone},
		{"How many days did it last?", grainNone},
		{"قديش يوم ضل برا؟", grainNone},
	}
	for _, tc := range cases {
		if got := finerDateAsked(tc.q); got != tc.want {
			t.Errorf("finerDateAsked(%q) = %d, want %d", tc.q, got, tc.want)
		}
	}
}

func TestDateGrain(t *testing.T) {
	cases := []struct {
		s    string
		want int
	}{
		{"في صيف 2023 اكتشف العضو", grainNone},
		{"in 2023", grainNone},
		{"في نوفمبر 2023", grainMonth},
		{"وفي حزيران الماضي", grainMonth},
		{"في 16 نوفمبر اجتمع", grainDay},
		{"on March 3, 2024", grainDay},
	}
	for _, tc := range cases {
		if got := dateGrain(tc.s); got != tc.want {
			t.Errorf("dateGrain(%q) = %d, want %d", tc.s, got, tc.want)
		}
	}
}

func TestResponseAndFateAsked(t *testing.T) {
	resp := []struct {
		q    string
		want bool
	}{
		{"How did the minister respond to the report?", true},
		{"شو كان رده على الاتهام؟", true},
		{"كيف تفاعلت الشركة مع الضغط؟", true},
		{"Why did the board respond so slowly?", false},
		{"How did the board find out?", false},
	}
	for _, tc := range resp {
		if got := responseAsked(tc.q); got != tc.want {
			t.Errorf("responseAsked(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
	fate := []struct {
		q, event string
		want     bool
	}{
		{"What happened to the CFO after the merger? Did she stay?", "the merger", true},
		{"شو صار بالمديرة بعد الاندماج؟", "الاندماج", true},
		{"What happened after the merger?", "the merger", true},
		{"What happened to the CFO?", "", false},
		{"Who chaired the board after the merger?", "", false},
	}
	for _, tc := range fate {
		event, got := fateAsked(tc.q)
		if got != tc.want || event != tc.event {
			t.Errorf("fateAsked(%q) = %q, %v, want %q, %v", tc.q, event, got, tc.event, tc.want)
		}
	}
}

func TestDateGrainWeekdaysAndShortMonths(t *testing.T) {
	cases := []struct {
		s    string
		want int
	}{
		{"who held the job from Sunday, Nov. 19, until his return", grainDay},
		{"التي شغلت المنصب منذ يوم الجمعة", grainDay},
		{"in Nov. 2023", grainMonth},
		{"في ربيع 2024", grainNone},
	}
	for _, tc := range cases {
		if got := dateGrain(tc.s); got != tc.want {
			t.Errorf("dateGrain(%q) = %d, want %d", tc.s, got, tc.want)
		}
	}
}
