package answer

import (
	"reflect"
	"testing"

	"casebot/corpus"
	"casebot/retrieval"
)

// TestTopicAspectsOf: a topic word asking for causes or accusations, in
// English or Arabic, with or without clitics, is found; a topic naming only
// things asks for no aspect.
func TestTopicAspectsOf(t *testing.T) {
	tests := []struct {
		topic string
		want  []string // the topic words that ask for an aspect
	}{
		{"why the plant closed", []string{"why"}},
		{"the reasons for the strike", []string{"reasons"}},
		{"أسباب انهيار السد", []string{"أسباب"}},
		{"لماذا أغلق المصنع", []string{"لماذا"}},
		{"the allegations against the mayor", []string{"allegations"}},
		{"أسباب الاستقالة والاتهامات", []string{"أسباب", "والاتهامات"}},
		{"how the fans reacted", []string{"reacted"}},
		{"ردود الفعل على القرار", []string{"ردود"}},
		{"the consequences of the flood", []string{"consequences"}},
		{"تداعيات الفيضان", []string{"تداعيات"}},
		{"what led to the ceasefire", []string{"led"}},
		{"ما الذي أدى إلى عودة الرئيس", []string{"أدي"}}, // as text.Words spells it
		{"ليش سكّروا المصنع", []string{"ليش"}},
		{"علاش تسد المصنع", []string{"علاش"}},
		// what something means for the rest, its future: consequences
		{"what does the strike mean for the port going forward", []string{"mean"}},
		{"the future of the port after the strike", []string{"future"}},
		{"مستقبل الميناء بعد الإضراب", []string{"مستقبل"}},
		{"what the mayor meant by his speech", nil}, // must reject: "meant by" asks what was said
		// someone's stance: what they said of it
		{"the union's stance on the deal", []string{"stance"}},
		{"موقف الوزارة من القرار", []string{"موقف"}},
		{"who held the position after the firing", nil}, // must reject: a post, not a stance
		{"who led the team", nil},                       // must reject: "led" without "to" asks for no antecedent
		// a reaction named by its kind: a revolt, a protest
		{"ليش الموظفين ثارو على المجلس", []string{"ليش", "ثارو"}},
		{"why did the staff revolt", []string{"why", "revolt"}},
		{"تمرد الموظفين على المجلس", []string{"تمرد"}},
		{"the fans' protest at the final", []string{"protest"}},
		{"ثورة الذكاء الاصطناعي", nil}, // must reject: a revolution in a field, no one reacting
		// what came out: a revelation
		{"what did the inquiry reveal", []string{"reveal"}},
		{"ماذا كشف التقرير عن الوزير", []string{"كشف"}},
		{"شو كشفت الصحفية", []string{"كشفت"}},
		{"the inquiry into the crash", nil}, // must reject: an inquiry, no revelation asked for
		{"the board vote", nil},             // must reject: no aspect
		{"تصويت مجلس الإدارة", nil},         // must reject: no aspect
	}
	for _, tt := range tests {
		var got []string
		for _, a := range topicAspectsOf(tt.topic) {
			got = append(got, a.word)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("topicAspectsOf(%q) = %v, want %v", tt.topic, got, tt.want)
		}
	}
}

// TestHasCue: a sentence carries an aspect by a cue word in any of its
// forms (واتهم، بالكذب, "accused"); a sentence without one does not.
func TestHasCue(t *testing.T) {
	cause := topicAspectsOf("why it closed")[0].cues
	accusation := topicAspectsOf("the accusations")[0].cues
	tests := []struct {
		s    string
		cues map[string]bool
		want bool
	}{
		{"The plant closed because the river flooded.", cause, true},
		{"أغلق المصنع بسبب الفيضان.", cause, true},
		{"The inspectors discovered the losses in May.", cause, true},
		{"The plant closed on a Monday.", cause, false}, // must reject
		{"واتهم الوزير بالكذب على البرلمان.", accusation, true},
		{"The mayor was accused of hiding the report.", accusation, true},
		{"The mayor opened the new bridge.", accusation, false}, // must reject
		{"The mayor opened the new bridge.", nil, false},
	}
	for _, tt := range tests {
		if got := hasCue(tt.s, tt.cues); got != tt.want {
			t.Errorf("hasCue(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestMissesAspect: when a topic asks for an aspect, a sentence that names
// only the event misses it and one that gives the cause does not; a topic
// asking for no aspect never marks a sentence.
func TestMissesAspect(t *testing.T) {
	match := overlap
	paras := []string{"The plant closed because the river flooded.", "The plant closed on a Monday.", "Workers protested.",
		"The manager had lied to the inspectors.", "واتهم المدير لاحقا بالكذب على المفتشين."}
	tests := []struct {
		topic, s string
		want     bool
	}{
		{"why the plant closed", paras[0], false},
		{"why the plant closed", paras[1], true},
		{"the plant closure", paras[1], false},
		// A charge of dishonesty gives the reason without a causal
		// word: spared the cut, in English and Arabic; an event is not.
		{"why was the manager sacked", paras[3], false},
		{"لماذا أقيل المدير", paras[4], false},
		{"why was the manager sacked", paras[1], true},
		// What an inquiry revealed: a finding carries it, an event
		// does not.
		{"what did the inquiry reveal about the manager", paras[3], false},
		{"what did the inquiry reveal about the plant", paras[1], true},
		// "and" joins a part that asks for no aspect: a sentence that
		// carries that part does not miss, one carrying neither does.
		{"why the plant closed and the workers protested", paras[2], false},
		{"why the plant closed and the workers protested", paras[1], true},
	}
	for _, tt := range tests {
		units := topicUnits(tt.topic, aspectParagraphs(paras), match)
		have := make([]float64, len(units))
		for i, u := range units {
			have[i] = u.carried(tt.s, match)
		}
		if got := missesAspect(units, have, tt.s, match); got != tt.want {
			t.Errorf("missesAspect(%q, %q) = %v, want %v", tt.topic, tt.s, got, tt.want)
		}
	}
}

// aspectParagraphs makes one paragraph of each text.
func aspectParagraphs(texts []string) []corpus.Paragraph {
	var out []corpus.Paragraph
	for i, s := range texts {
		out = append(out, corpus.Paragraph{ArticleID: "a", N: i + 1, Text: s, Language: "en"})
	}
	return out
}

// TestTopicConjuncts: "and", "&" and a later Arabic word with و start a
// new part; a topic without them is one part.
func TestTopicConjuncts(t *testing.T) {
	tests := []struct {
		topic string
		want  map[string]int
	}{
		{"the reaction and the return", map[string]int{"the": 0, "reaction": 0, "return": 1}},
		{"رد فعل الموظفين وعودة المدير", map[string]int{"رد": 0, "فعل": 0, "الموظفين": 0, "وعوده": 1, "المدير": 1}},
		{"the board vote", map[string]int{"the": 0, "board": 0, "vote": 0}}, // must reject: one part
	}
	for _, tt := range tests {
		if got := topicConjuncts(tt.topic); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("topicConjuncts(%q) = %v, want %v", tt.topic, got, tt.want)
		}
	}
}

// TestWeakAspectWordLeftToCues: an aspect word no paragraph carries by
// half (a weak, noisy match everywhere) is carried by its cues only, not
// by the noise that its best match would otherwise make whole.
func TestWeakAspectWordLeftToCues(t *testing.T) {
	paras := aspectParagraphs([]string{"The fans protested loudly.", "The match ended late."})
	noisy := func(q, s string) float64 {
		if q == "reactions" {
			return 0.4 // a spelling neighbour in every sentence
		}
		return overlap(q, s)
	}
	units := topicUnits("reactions", paras, noisy)
	if len(units) != 1 {
		t.Fatalf("units = %+v, want one", units)
	}
	if got := units[0].carried(paras[0].Text, noisy); got != aspectCue {
		t.Errorf("the cue sentence carries %.2f, want %.2f", got, aspectCue)
	}
	if got := units[0].carried(paras[1].Text, noisy); got != 0 {
		t.Errorf("the sentence without a cue carries %.2f, want 0 (must reject the noise)", got)
	}
}

// TestBackReferenceSparesTheSentenceBefore: in a reaction topic, the
// sentence that the next one goes on from («ما أثار…», "That silence…")
// is spared the aspect cut, as the reaction is told of it; the same
// sentence before one that opens on its own is not.
func TestBackReferenceSparesTheSentenceBefore(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"ما أثار موجة من التمرد الداخلي.", true},
		{"That silence set off a revolt.", true},
		{"مما دفع الموظفين إلى الاحتجاج.", true},
		{"Hundreds of employees threatened to resign.", false}, // must reject: opens on its own
		{"هدّد مئات الموظفين بالاستقالة.", false},
	} {
		if got := opensWithBackReference(tc.s); got != tc.want {
			t.Errorf("opensWithBackReference(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
	first := "The board gave the staff no explanation."
	for _, tc := range []struct {
		topic, next string
		miss        bool // whether the first sentence still misses the aspect
	}{
		{"the staff reaction", "That silence set off a revolt: hundreds threatened to resign.", false},
		{"the staff reaction", "Hundreds of employees threatened to resign.", true},
		// must reject: a consequence told so is not of what the
		// sentence before says
		{"the consequences for the staff", "This showed how fragile the staff's trust was.", true},
	} {
		p := corpus.Paragraph{Ref: "a#1", N: 2, Text: first + " " + tc.next}
		paras := []corpus.Paragraph{p, {Ref: "a#2", N: 3, Text: "The company was founded in 2015."}}
		topic := tc.topic
		units := topicUnits(topic, paras, overlap)
		sents := topicSentences(topic, units, []retrieval.Hit{{Paragraph: p, Score: 1}}, overlap, defaultTopicParams())
		if len(sents) < 2 || sents[0].text != first {
			t.Fatalf("sentences %v", sents)
		}
		if sents[0].miss != tc.miss {
			t.Errorf("%q, before %q: miss = %v, want %v", tc.topic, tc.next, sents[0].miss, tc.miss)
		}
	}
}

// TestChargesCarryASanctionsWhy: in a topic asking why someone was
// sanctioned, a sentence stating a charge against them carries the why as
// a causal cue does; in a why-topic about no sanction it is only spared
// the aspect cut, and does not carry it.
func TestChargesCarryASanctionsWhy(t *testing.T) {
	charge := "The mayor had lied to the council."
	paras := aspectParagraphs([]string{charge, "The mayor was sacked on Monday.", "Workers protested because pay fell."})
	for _, tc := range []struct {
		topic string
		carry bool
	}{
		{"why was the mayor sacked", true},
		{"لماذا أقيل العمدة", true},
		{"why did the workers protest", false}, // must reject: no one sanctioned
	} {
		units := topicUnits(tc.topic, paras, overlap)
		got := false
		for _, u := range units {
			if u.cues != nil && u.carried(charge, overlap) >= aspectCue {
				got = true
			}
		}
		if got != tc.carry {
			t.Errorf("%q: the charge carries the why = %v, want %v", tc.topic, got, tc.carry)
		}
	}
}

// TestChargesAnswerASanctionsWhyInFull: in a topic asking why someone was
// sanctioned, a sentence stating the charge (a lie, or a want of candour:
// "not consistently candid", «لم يكن صريحًا») answers the why in full, as
// much as a sentence saying "why" or "because"; a causal cue that only
// may lead to the reason ("a review", «مراجعة») carries it in part, and a
// sentence that only retells the sanction carries none of it.
func TestChargesAnswerASanctionsWhyInFull(t *testing.T) {
	sents := []string{"The mayor had lied to the council.", "He was not consistently candid with the council.",
		"وقال المجلس إن العمدة لم يكن صريحًا في تواصله.", "A review of the accounts began.", "The mayor was sacked on Monday."}
	paras := aspectParagraphs(sents)
	for _, tc := range []struct {
		topic, sentence string
		full            bool
	}{
		{"why was the mayor sacked", sents[0], true},
		{"why was the mayor sacked", sents[1], true},
		{"لماذا أقيل العمدة", sents[2], true},
		{"why was the mayor sacked", sents[3], false},    // must reject: a cue, not the charge
		{"why was the mayor sacked", sents[4], false},    // must reject: the sanction retold
		{"why did the workers protest", sents[0], false}, // must reject: no one sanctioned
	} {
		units := topicUnits(tc.topic, paras, overlap)
		got := false
		for _, u := range units {
			if u.cues != nil && u.carried(tc.sentence, overlap) >= 1 {
				got = true
			}
		}
		if got != tc.full {
			t.Errorf("%q, %q: carries the why in full = %v, want %v", tc.topic, tc.sentence, got, tc.full)
		}
	}
}
