package answer

import (
	"context"
	"strings"
	"testing"
)

// TestGroundKeepsBulletsAndDropsWhatFails: a summary's heading goes
// without counting, a failing bullet goes and is counted, marks are
// renumbered over what is left, and marks to instruction-like paragraphs
// are dropped from sentences that stand on other citations.
func TestGroundKeepsBulletsAndDropsWhatFails(t *testing.T) {
	c, ix := defaultIndexI(t)
	e := New(c, ix, Options{})
	paras := paragraphsOf(t, c, []int{6, 7, 8})
	reply := "## ملخص القضية\n" +
		"- صوّت المجلس بالإجماع على إقالة ألتمان [2]\n" +
		"- قرّر أربعة من أصل ستة أعضاء التصويت لإقالة ألتمان [2]\n" +
		"- هدّد مئات الموظفين بالاستقالة [3]. واتُّهم ألتمان بالكذب على المجلس [1]."
	g := e.ground(context.Background(), reply, paras, "ar", maxSummaryRunes)
	want := "- قرّر أربعة من أصل ستة أعضاء التصويت لإقالة ألتمان [1]\n- هدّد مئات الموظفين بالاستقالة [2]. واتُّهم ألتمان بالكذب على المجلس [3]."
	if g.Text != want {
		t.Errorf("text:\n%s\nwant:\n%s", g.Text, want)
	}
	if g.Removed != 1 || len(g.Claims) != 5 || g.Claims[0].Reason != reasonLeadIn || g.Claims[1].Reason != ReasonAbsolute {
		t.Errorf("removed %d, claims %+v", g.Removed, g.Claims)
	}
	if len(g.Citations) != 3 || g.Citations[0].Ref != paras[1].P.Ref || !g.Citations[2].Supported {
		t.Errorf("citations %+v", g.Citations)
	}
	if n := g.notice("ar", "stop"); !strings.Contains(n, "جملة واحدة") {
		t.Errorf("notice %q", n)
	}

	e.suspect = map[string]string{paras[2].P.Ref: "test"}
	g = e.ground(context.Background(), "هدّد مئات الموظفين بالاستقالة [3]. قرّر أربعة من أصل ستة أعضاء التصويت لإقالة ألتمان [2][3].", paras, "ar", maxAnswerRunes)
	if g.Text != "قرّر أربعة من أصل ستة أعضاء التصويت لإقالة ألتمان [1]." || g.Claims[0].Reason != ReasonInstruction {
		t.Errorf("with paragraph 3 instruction-like: %q, claims %+v", g.Text, g.Claims)
	}
}
