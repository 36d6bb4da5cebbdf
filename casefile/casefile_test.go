package casefile

import (
	"strings"
	"testing"
	"time"

	"casebot/corpus"
)

func TestDates(t *testing.T) {
	pub := time.Date(2023, 11, 20, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		name, sentence string
		published      time.Time
		context        string // an earlier sentence of the article
		when           string // expression as written; "" for none
		start, end     string
		inferred       bool
		rel            relKind
	}{
		{"arabic day month year", "اجتمع المجلس في 16 نوفمبر 2023.", time.Time{}, "", "16 نوفمبر 2023", "2023-11-16", "2023-11-16", false, relNone},
		{"arabic-indic digits", "اجتمع المجلس في ١٦ نوفمبر ٢٠٢٣.", time.Time{}, "", "١٦ نوفمبر ٢٠٢٣", "2023-11-16", "2023-11-16", false, relNone},
		{"levantine two words", "وقع ذلك في 3 تشرين الثاني 2023.", time.Time{}, "", "3 تشرين الثاني 2023", "2023-11-03", "2023-11-03", false, relNone},
		{"levantine january", "في كانون الثاني 2024 عاد.", time.Time{}, "", "كانون الثاني 2024", "2024-01", "2024-01", false, relNone},
		{"levantine august", "في آب 2022 اجتمعوا.", time.Time{}, "", "آب 2022", "2022-08", "2022-08", false, relNone},
		{"maghrebi", "في 5 جانفي 2024 أعلن.", time.Time{}, "", "5 جانفي 2024", "2024-01-05", "2024-01-05", false, relNone},
		{"english", "The board met on November 16, 2023.", time.Time{}, "", "November 16, 2023", "2023-11-16", "2023-11-16", false, relNone},
		{"english abbreviation weekday", "He was fired on Friday, Nov. 17.", pub, "", "Friday, Nov. 17", "2023-11-17", "2023-11-17", true, relNone},
		{"season", "تبدأ الأزمة في صيف 2023، عندما…", time.Time{}, "", "صيف 2023", "2023-06", "2023-08", false, relNone},
		{"winter spans the new year", "in winter 2023 it began.", time.Time{}, "", "winter 2023", "2023-12", "2024-02", false, relNone},
		{"year after في", "أسسها في 2015.", time.Time{}, "", "2015", "2015", "2015", false, relNone},
		{"day without year from context", "في 16 نوفمبر، اجتمع المجلس.", time.Time{}, "في نوفمبر 2023، أقيل.", "16 نوفمبر", "2023-11-16", "2023-11-16", true, relNone},
		{"context beats a later publication date", "في 16 نوفمبر، اجتمع المجلس.", time.Date(2025, 5, 20, 0, 0, 0, 0, time.UTC), "في نوفمبر 2023، أقيل.", "16 نوفمبر", "2023-11-16", "2023-11-16", true, relNone},
		{"day without year from publication", "أعلنت مساء الجمعة 17 نوفمبر إقالته.", time.Date(2023, 11, 18, 0, 0, 0, 0, time.UTC), "", "الجمعة 17 نوفمبر", "2023-11-17", "2023-11-17", true, relNone},
		{"weekday alone", "زار المقر يوم الأحد.", pub, "", "الأحد", "2023-11-19", "2023-11-19", true, relNone},
		{"today", "وفي تطور لافت اليوم، وقّع الموظفون.", pub, "", "اليوم", "2023-11-20", "2023-11-20", true, relNone},
		{"last march", "ترك منصبه في مارس الماضي.", pub, "", "مارس الماضي", "2023-03", "2023-03", true, relNone},
		{"later", "واتهم ألتمان لاحقًا بالكذب.", time.Time{}, "", "لاحقًا", "", "", false, relAfter},
		{"days later", "قبل أن تعيده بعد أيام.", time.Time{}, "", "بعد أيام", "", "", false, relAfter},
		{"english later", "He was later accused.", time.Time{}, "", "later", "", "", false, relAfter},
		{"hours later", "أعلن بعد ساعات استقالته.", time.Time{}, "", "بعد ساعات", "", "", false, relSameDay},
		{"no date in an impossible day", "في 31 فبراير 2023 حدث.", time.Time{}, "", "31 فبراير 2023", "", "", false, relNone},
		{"weekday without an article date", "زار المقر يوم الأحد.", time.Time{}, "", "الأحد", "", "", false, relNone},
		{"a bare number is no date", "وقّع 500 موظف رسالة.", time.Time{}, "", "", "", "", false, relNone},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ctx := &dateContext{published: tc.published}
			for _, e := range findTimes(tc.context) {
				ctx.note(e, ctx.resolve(e))
			}
			times := findTimes(tc.sentence)
			if tc.when == "" {
				if len(times) != 0 {
					t.Fatalf("found %q in %q", times[0].text, tc.sentence)
				}
				return
			}
			if len(times) == 0 {
				t.Fatalf("no time found in %q", tc.sentence)
			}
			e := times[0]
			e.text = tc.sentence[e.start:e.end]
			if e.text != tc.when {
				t.Errorf("expression %q, want %q", e.text, tc.when)
			}
			if e.rel != tc.rel {
				t.Errorf("order word kind %d, want %d", e.rel, tc.rel)
			}
			d := ctx.resolve(e)
			if tc.start == "" {
				if d != nil {
					t.Errorf("got date %+v, want none", *d)
				}
				return
			}
			if d == nil {
				t.Fatalf("no date, want %s..%s", tc.start, tc.end)
			}
			if d.Start != tc.start || d.End != tc.end || d.Inferred != tc.inferred {
				t.Errorf("date %+v, want %s..%s inferred=%v", *d, tc.start, tc.end, tc.inferred)
			}
			if d.Inferred && d.Basis == "" {
				t.Error("an inferred date must say what it was inferred from")
			}
		})
	}
}

// TestEveryLineCited: every timeline line and every role and fact of the
// who's who cites a paragraph that says it, on the default article and on
// the four-article corpus.
func TestEveryLineCited(t *testing.T) {
	for _, name := range []string{"default", "multi"} {
		c := loadCorpus(t, name)
		cf := Analyze(c)
		tl := cf.Timeline("", nil)
		if len(tl.Events)+len(tl.Undated) == 0 || len(cf.People()) == 0 {
			t.Fatalf("%s: empty timeline or cast", name)
		}
		for _, err := range CheckTimeline(c, tl) {
			t.Errorf("%s: %v", name, err)
		}
		for _, err := range CheckPeople(c, cf.People()) {
			t.Errorf("%s: %v", name, err)
		}
		for _, e := range tl.Events {
			if e.Placement == PlacedByOrder && e.After == "" {
				t.Errorf("%s: %q is placed by order but after nothing", name, e.Text)
			}
		}
	}
}

// TestChecksReject proves the checks can fail.
func TestChecksReject(t *testing.T) {
	c := loadCorpus(t, "default")
	cf := Analyze(c)
	tl := cf.Timeline("", nil)
	bad := tl
	bad.Events = append([]Event(nil), tl.Events...)
	e := bad.Events[0]
	e.Citations = append([]Citation(nil), e.Citations...)
	e.Citations[0].Ref = "openai-altman-ouster-2023#11" // a paragraph that does not say it
	bad.Events[0] = e
	if len(CheckTimeline(c, bad)) == 0 {
		t.Error("a line cited to the wrong paragraph passed")
	}
	bad.Events[0] = tl.Events[0]
	bad.Events[0].When = "3 آذار 2019"
	if len(CheckTimeline(c, bad)) == 0 {
		t.Error("a date no paragraph writes passed")
	}
	people := cf.People()
	people[0].Roles = append([]Fact(nil), people[0].Roles...)
	people[0].Roles = append(people[0].Roles, Fact{Text: "رئيس الوزراء", Citation: people[0].Roles[0].Citation})
	if len(CheckPeople(c, people)) == 0 {
		t.Error("a role no paragraph gives passed")
	}
}

func TestTimelineOrder(t *testing.T) {
	cf := Analyze(loadCorpus(t, "default"))
	tl := cf.Timeline("", nil)
	pos := map[string]int{}
	for i, e := range tl.Events {
		for _, c := range e.Citations {
			if _, ok := pos[c.Ref]; !ok {
				pos[c.Ref] = i
			}
		}
	}
	ref := func(n int) string { return corpus.MakeRef("openai-altman-ouster-2023", n) }
	// Summer 2023 (#3) before "later" (#6) before 16 November (#7) before the return (#9).
	order := []int{3, 6, 7, 9}
	for i := 1; i < len(order); i++ {
		a, okA := pos[ref(order[i-1])]
		b, okB := pos[ref(order[i])]
		if !okA || !okB || a >= b {
			t.Errorf("#%d (at %d, %v) should come before #%d (at %d, %v)", order[i-1], a, okA, order[i], b, okB)
		}
	}
	for _, e := range tl.Undated {
		if e.Date != nil {
			t.Errorf("an undated event has a date: %+v", e)
		}
	}
	// The 16 November event says its year is inferred, and from what.
	for _, e := range tl.Events {
		if e.Date != nil && e.Date.Start == "2023-11-16" {
			if !e.Date.Inferred || !strings.Contains(e.Date.Basis, "2023") {
				t.Errorf("16 نوفمبر: %+v", *e.Date)
			}
			return
		}
	}
	t.Error("no event on 2023-11-16")
}

func TestMergedAcrossArticles(t *testing.T) {
	cf := Analyze(loadCorpus(t, "multi"))
	tl := cf.Timeline("", nil)
	for _, e := range tl.Events {
		if e.Date == nil || e.Date.Start != "2023-11-17" {
			continue
		}
		arts := map[string]bool{}
		for _, c := range e.Citations {
			arts[c.ArticleID] = true
			if c.Date == "" {
				t.Errorf("citation %s has no article date", c.Ref)
			}
		}
		if arts["ar-board-2023-11-18"] && arts["en-wire-2023-11-24"] {
			return
		}
	}
	t.Error("the firing of 17 November is not one event citing the Arabic and the English report")
}

func TestFindPeople(t *testing.T) {
	cf := Analyze(loadCorpus(t, "multi"))
	cases := map[string]string{
		"إيليا سوتسكيفر": "ilya-sutskever",
		"إليا سوتسكيفر":  "ilya-sutskever",
		"اليا سوتسكيفر":  "ilya-sutskever", // without hamza
		"Sutskever":      "ilya-sutskever",
		"sutskever":      "ilya-sutskever",
		"Sutskiver":      "ilya-sutskever", // misspelt: by sound
		"التمان":         "sam-altman",
		"ألتمان":         "sam-altman",
		"Sam Altman":     "sam-altman",
		"جريج بروكمان":   "greg-brockman",
		"غريغ بروكمان":   "greg-brockman",
		"إيميت شير":      "emmett-shear",
		"Nadella":        "satya-nadella",
	}
	for q, want := range cases {
		got := cf.FindPeople(q)
		if len(got) == 0 || got[0].ID != want {
			var ids []string
			for _, p := range got {
				ids = append(ids, p.ID)
			}
			t.Errorf("FindPeople(%q) = %v, want %s", q, ids, want)
		}
	}
	for _, q := range []string{"Elon Musk", "ماسك", "x"} {
		if got := cf.FindPeople(q); len(got) != 0 {
			t.Errorf("FindPeople(%q) found %s", q, got[0].Name)
		}
	}
}

func TestTopic(t *testing.T) {
	cf := Analyze(loadCorpus(t, "default"))
	tl := cf.Timeline("بروكمان", nil)
	if len(tl.Events)+len(tl.Undated) == 0 {
		t.Fatal("no event about Brockman")
	}
	for _, e := range append(tl.Events, tl.Undated...) {
		if !strings.Contains(strings.Join(e.People, " "), "greg-brockman") {
			t.Errorf("event not about Brockman: %s", e.Text)
		}
	}
	if tl := cf.Timeline("كرة القدم", nil); len(tl.Events)+len(tl.Undated) != 0 {
		t.Errorf("events about football: %+v", tl.Events)
	}
}
