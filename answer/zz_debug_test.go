package answer

import (
	"fmt"
	"testing"
)

func TestZZDebug(t *testing.T) {
	e := multiEngine(t)
	m := e.search.(matcher)
	q := "هل كان مجلس الإدارة ناوي يدوّر على رئيس تنفيذي دائم بعد ما عيّن موراتي مؤقتًا؟"
	a := "وعيّن المجلس ميرا موراتي، مديرة التكنولوجيا في الشركة، رئيسة تنفيذية مؤقتة بأثر فوري، على أن يبدأ البحث عن رئيس تنفيذي دائم."
	for _, w := range questionWords(q) {
		fmt.Print(w, ":", e.paragraphsMatching(m, w), ":", m.Match(w, a), " ")
	}
	fmt.Println(e.focusWords(q, a))
}
