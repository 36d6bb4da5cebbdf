package retrieval

import "testing"

func TestTellsChange(t *testing.T) {
	cases := []struct {
		p    string
		want bool
	}{
		{"Sam Altman is back as chief executive of OpenAI.", true},
		{"Helen Toner, Tasha McCauley and chief scientist Ilya Sutskever are no longer on the board.", true},
		{"وبعد خروج ألتمان وبروكمان، بات مجلس الإدارة يضم أربعة أعضاء.", true},
		{"قبل أن تعيده إلى منصبه بعد أيام.", true},
		// An appointment tells the post changed hands.
		{"وعيّن المجلس ميرا موراتي، مديرة التكنولوجيا في الشركة، رئيسة تنفيذية مؤقتة بأثر فوري.", true},
		{"The board appointed an interim chief executive.", true},
		// Rejected: an older state told as it stood, and a return only
		// inside a longer word.
		{"وإن رئيسها التنفيذي ساتيا ناديلا لا يزال ملتزمًا بالشراكة.", false},
		{"Altman and Brockman would join Microsoft to lead a new advanced AI research team.", false},
		{"The returnees were welcomed.", false},
		// Rejected: an appointment still to come, and the same letters
		// inside a longer word.
		{"فقال في رسالة إنه سيعيّن محققًا مستقلًا لمراجعة العملية.", false},
		{"وتشمل القائمة عينة من الموظفين.", false},
	}
	for _, c := range cases {
		if got := tellsChange(c.p); got != c.want {
			t.Errorf("tellsChange(%q) = %v, want %v", c.p, got, c.want)
		}
	}
}

func TestAsksStateWord(t *testing.T) {
	cases := []struct {
		q    string
		want bool
	}{
		{"مين الرئيس التنفيذي لـ OpenAI حاليًا؟", true},
		{"is ilya still on the openai board", true},
		{"who's running openai right now?", true},
		// Rejected: a cause asked about the board, and no state named.
		{"do we still not know the real reason the board fired him?", false},
		{"لحد هلأ ما في سبب واضح ليش طردوا ألتمان؟", false},
		{"is the crisis still going on?", false},
	}
	for _, c := range cases {
		if got := asksStateWord(c.q); got != c.want {
			t.Errorf("asksStateWord(%q) = %v, want %v", c.q, got, c.want)
		}
	}
}
