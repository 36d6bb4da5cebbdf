package cli

import (
	"strings"
	"testing"
)

// TestAskShowsRemovedSentences: a sentence the claim check removed is not
// part of the answer, and the text output lists it as removed, with why.
func TestAskShowsRemovedSentences(t *testing.T) {
	srv := newModelDouble(t, "ميرا موراتي هي مديرة التكنولوجيا في الشركة [1]. وقد صوّت مجلس الإدارة بالإجماع على إقالتها [1].")
	code, out, errs := run(t, srv, "ask", "من هي ميرا موراتي؟")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	body, removed, ok := strings.Cut(out, "Removed from the language model's reply:")
	if !ok {
		body, removed, ok = strings.Cut(out, "جمل أُزيلت من رد النموذج اللغوي:")
	}
	if !ok || strings.Contains(body, "بالإجماع") || !strings.Contains(removed, "بالإجماع") {
		t.Fatalf("want the unanimous claim listed as removed, not in the answer:\n%s", out)
	}
}
