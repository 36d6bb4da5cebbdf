package answer

import (
	"slices"
	"sort"
	"testing"
)

// TestAskedUnit: a "how many" question's unit, in either language; people
// on a body are its members; a question asking no count of a unit has
// none.
func TestAskedUnit(t *testing.T) {
	tests := []struct {
		q      string
		unit   string
		wantOK bool
	}{
		{"how many members does the openai board have", "member", true},
		{"how many ppl were on the openai board", "member", true},
		{"كم عضو بمجلس ادارة اوبن اي اي", "member", true},
		{"المقالات بتعطي أرقام مختلفة لعدد أعضاء مجلس الإدارة، كم العدد الصحيح؟", "member", true},
		{"how many openai employees signed the letter threatening to quit", "staff", true},
		{"كم موظف وقع على الرسالة؟", "staff", true},
		// People counted with no body named: no unit to weigh.
		{"how many people did Altman meet?", "", false},
		{"How much did Microsoft invest?", "", false},
		{"Who sits on the board?", "", false},
	}
	for _, tc := range tests {
		unit, ok := askedUnit(tc.q)
		if unit != tc.unit || ok != tc.wantOK {
			t.Errorf("askedUnit(%q) = %q, %v, want %q, %v", tc.q, unit, ok, tc.unit, tc.wantOK)
		}
	}
}

// TestCountsUnit: a sentence counts a unit when a number or a round
// plural comes a few words before a noun of it; a count of another unit
// (500 employees, three researchers) is none, and neither is a year.
func TestCountsUnit(t *testing.T) {
	tests := []struct {
		s    string
		unit string
		want []string
	}{
		{"OpenAI will have a new initial board of three members chaired by Bret Taylor.", "member", []string{"3"}},
		{"وقرّر أربعة من أصل ستة أعضاء التصويت لإقالة ألتمان", "member", []string{"4", "6"}},
		{"بات مجلس الإدارة يضم أربعة أعضاء هم", "member", []string{"4"}},
		{"حيث هدّد مئات الموظفين بالاستقالة", "staff", []string{"~100"}},
		{"More than 700 of OpenAI's roughly 770 staff signed a letter", "staff", []string{"770"}},
		// Another unit: employees wrote to the board, researchers quit.
		{"وقّع أكثر من 500 موظف في OpenAI رسالة إلى مجلس الإدارة، ما لم يستقل أعضاء المجلس", "member", nil},
		{"وأفادت تقارير صحفية بأن ثلاثة من كبار الباحثين في OpenAI قدّموا استقالاتهم", "member", nil},
		{"The board met in 2023 and its members agreed.", "member", nil},
		// A date's day counts nothing, whatever follows it.
		{"في 16 نوفمبر، اجتمع أعضاء المجلس في لقاء افتراضي سري", "member", nil},
		{"On Nov. 17 board members met in secret.", "member", nil},
	}
	for _, tc := range tests {
		counts, ok := countsUnit(tc.s, tc.unit)
		var got []string
		for k := range counts {
			got = append(got, k)
		}
		sort.Strings(got)
		if ok != (len(tc.want) > 0) || !slices.Equal(got, tc.want) {
			t.Errorf("countsUnit(%q, %s) = %v, %v, want %v", tc.s, tc.unit, got, ok, tc.want)
		}
	}
}

// TestAsksBesides: a "how many" question that asks something more (who
// they are, whether it will grow, a second count) is no counted
// conflict; one that only offers the counts it has seen is.
func TestAsksBesides(t *testing.T) {
	for q, want := range map[string]bool{
		"مجلس إدارة OpenAI مكوّن من كم عضو وهم مين بالضبط؟":                                      true,
		"How many seats does the new OpenAI board start with, and is it supposed to get bigger?": true,
		"كم عضو كان في مجلس الإدارة بعد خروج ألتمان وبروكمان، وكم عضو في المجلس الجديد؟":         true,
		"How many board members voted to remove Altman, and how big is the board?":               true,
		"how many members does the openai board have":                                            false,
		"How many members does the OpenAI board have? I've seen four, six and three mentioned":   false,
		"كم عضو في مجلس إدارة OpenAI؟ كل مقال بيعطي رقم مختلف":                                   false,
	} {
		if got := asksBesides(q); got != want {
			t.Errorf("asksBesides(%q) = %v, want %v", q, got, want)
		}
	}
}

// TestCountedConflict: over the four articles, a board's size asked is
// answered by every dated account of the count, newest article first
// (the 2025 look back's four of six, the wire's three, the 18 November
// board of four), the older ones marked older, and no count of another
// unit (500 employees) among them; asked of now, the look back's vote is
// history and the wire leads. A question on the employees' letter is
// not ordered as accounts of the board's size.
func TestCountedConflict(t *testing.T) {
	e := multiEngine(t)
	tests := []struct {
		q    string
		want []string
	}{
		{"how many ppl were on the openai board", []string{"openai-altman-ouster-2023#7", "en-wire-2023-11-24#4", "ar-board-2023-11-18#6"}},
		{"كم عضو بمجلس ادارة اوبن اي اي", []string{"openai-altman-ouster-2023#7", "en-wire-2023-11-24#4", "ar-board-2023-11-18#6"}},
		{"how many members does the openai board have", []string{"openai-altman-ouster-2023#7", "en-wire-2023-11-24#4", "ar-board-2023-11-18#6"}},
		{"How many members does the OpenAI board have now?", []string{"en-wire-2023-11-24#4", "ar-board-2023-11-18#6", "openai-altman-ouster-2023#7"}},
		{"how many openai employees signed the letter threatening to quit", []string{"openai-altman-ouster-2023#8", "en-wire-2023-11-24#8", "ar-microsoft-2023-11-20#4"}},
	}
	for _, tc := range tests {
		a := askMulti(t, e, tc.q)
		var got []string
		for i, c := range a.Citations {
			got = append(got, c.Ref)
			if _, ok := countsUnit(c.Quote, askedUnitOf(t, tc.q)); !ok {
				t.Errorf("%q: citation %d (%s) quotes no count: %q", tc.q, i+1, c.Ref, c.Quote)
			}
			if c.Older != (i > 0) {
				t.Errorf("%q: citation %d (%s) older = %v, want %v", tc.q, i+1, c.Ref, c.Older, i > 0)
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: cited %v, want %v", tc.q, got, tc.want)
		}
	}
	// The board's size is not told by the employees' letter.
	if accounts, ok := e.countedAccounts("how many ppl were on the openai board", e.standardReading("how many ppl were on the openai board")); ok {
		for _, a := range accounts {
			if a.p.Ref == "ar-microsoft-2023-11-20#4" {
				t.Errorf("the 500 employees' letter counted as an account of the board's size: %q", a.text)
			}
		}
	} else {
		t.Error("no counted conflict found for the board's size")
	}
}

// askedUnitOf is askedUnit's unit for q, which must ask one.
func askedUnitOf(t *testing.T, q string) string {
	t.Helper()
	u, ok := askedUnit(q)
	if !ok {
		t.Fatalf("askedUnit(%q): no unit", q)
	}
	return u
}
