package retrieval

import (
	"slices"
	"testing"
)

// TestCountsNear: a number counts the thing that stands within countReach
// terms of it in the paragraph's own words; a number that counts
// something else, a date, a duration and a year count nothing asked.
func TestCountsNear(t *testing.T) {
	board := map[string]bool{term("board"): true, term("مجلس"): true}
	member := map[string]bool{term("member"): true, term("أعضاء"): true, term("عضو"): true}
	cases := []struct {
		p       string
		counted map[string]bool
		want    bool
	}{
		{"OpenAI will have a new initial board of three members chaired by Bret Taylor.", board, true},
		{"OpenAI will have a new initial board of three members chaired by Bret Taylor.", member, true},
		{"وبعد خروج ألتمان وبروكمان، بات مجلس الإدارة يضم أربعة أعضاء هم: كبير العلماء إيليا سوتسكيفر.", board, true},
		{"وقرّر أربعة من أصل ستة أعضاء التصويت لإقالة ألتمان.", member, true},
		// Rejected: a number counting other people, one too far from the
		// board, a date, a duration, and a year.
		{"وأفادت تقارير صحفية بأن ثلاثة من كبار الباحثين في OpenAI قدّموا استقالاتهم ليلة الجمعة.", board, false},
		{"وقّع أكثر من 500 موظف في OpenAI رسالة إلى مجلس الإدارة يهددون فيها بالاستقالة.", board, false},
		{"في 16 نوفمبر، اجتمع أعضاء المجلس في لقاء افتراضي سري.", member, false},
		{"Shear said he was pleased by the result after about 72 very intense hours of board work.", board, false},
		{"The board was set up in 2015.", board, false},
	}
	for _, c := range cases {
		if got := countsNear(c.p, c.counted); got != c.want {
			t.Errorf("countsNear(%q, %v) = %v, want %v", c.p, c.counted, got, c.want)
		}
	}
}

// TestCountedUnit: what a how-many question counts is the word after its
// count cue, or after "people" the first content word that is no name; a
// question that asks no count counts nothing.
func TestCountedUnit(t *testing.T) {
	ix := multiIndex(t)
	for _, tc := range []struct {
		q    string
		want string // a term the counted unit must hold; "" for none
	}{
		{"How many members does the OpenAI board have?", term("أعضاء")},
		{"مجلس إدارة OpenAI مكوّن من كم عضو وهم مين بالضبط؟", term("عضو")},
		{"How many people sit on OpenAI's board after all the shakeups?", term("مجلس")},
		// Rejected: no count asked, and a count of people naming nothing
		// the corpus has after it.
		{"Who sits on OpenAI's board now?", ""},
		{"how many people?", ""},
	} {
		got := ix.countedUnit(ix.view(tc.q), tc.q)
		if tc.want == "" {
			if got != nil {
				t.Errorf("countedUnit(%q) = %v, want none", tc.q, got)
			}
			continue
		}
		if !got[tc.want] || got[term("people")] {
			t.Errorf("countedUnit(%q) = %v, want it to hold %q and not people", tc.q, got, tc.want)
		}
	}
}

// TestPreferCount: a how-many question about the board ranks a paragraph
// that counts the board's members above one whose only numbers count
// resigning researchers (and whose heading lends it "four members"); a
// question that asks no count is left as it was.
func TestPreferCount(t *testing.T) {
	ix := multiIndex(t)
	q := "How many people sit on OpenAI's board after all the shakups, four or three? The articles don't match"
	res, err := ix.Search(t.Context(), q, SearchOptions{K: 3})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"ar-board-2023-11-18#6", "en-wire-2023-11-24#4"}
	if len(res.Hits) == 0 || !slices.Contains(want, res.Hits[0].Paragraph.Ref) {
		t.Errorf("%q: top %v, want one of %v", q, refsOf(res.Hits), want)
	}

	fused := []scored{{doc: 0, score: 1}, {doc: 1, score: 0.9}, {doc: 2, score: 0.8}}
	for i, p := range ix.paras {
		switch p.Ref {
		case "ar-board-2023-11-18#8":
			fused[0].doc = i
		case "ar-board-2023-11-18#6":
			fused[2].doc = i
		}
	}
	before := slices.Clone(fused)
	noCount := "Who sits on OpenAI's board now?"
	ix.preferCount(fused, ix.view(noCount), noCount)
	if !slices.Equal(fused, before) {
		t.Errorf("preferCount(%q) reordered %v into %v", noCount, before, fused)
	}
}

// TestCountedAt: the unit a how-many question counts by is the first
// having its counted term as head or member, generic when that term or
// the unit's head is a generic word (people); a question asking no count,
// or whose counted term no unit has, gives -1.
func TestCountedAt(t *testing.T) {
	staff := xunit{head: term("staff"), members: map[string]float64{term("staff"): 1, term("employees"): 0.8}}
	people := xunit{head: term("people"), members: map[string]float64{term("people"): 1}}
	board := xunit{head: term("board"), members: map[string]float64{term("board"): 1}}
	units := []xunit{board, people, staff}
	cases := []struct {
		q       string
		at      int
		generic bool
	}{
		{"how many people are on the board", 1, true},
		{"how many employees signed", 2, false},
		{"how many staff signed", 2, false},
		{"how many investors left", -1, false},
		{"who is on the board", -1, false},
	}
	for _, c := range cases {
		at, generic := countedAt(units, c.q)
		if at != c.at || generic != c.generic {
			t.Errorf("countedAt(%q) = %d, %v, want %d, %v", c.q, at, generic, c.at, c.generic)
		}
	}
}
