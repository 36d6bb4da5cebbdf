package answer_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"casebot/answer"
	"casebot/casefile"
	"casebot/llm/llmtest"
)

// promptNumbers numbers the paragraphs of a timeline as WriteTimeline's
// prompt does: in the order the events cite them.
func promptNumbers(tl casefile.Timeline) map[string]int {
	num := map[string]int{}
	for _, e := range append(append([]casefile.Event(nil), tl.Events...), tl.Undated...) {
		for _, c := range e.Citations {
			if _, ok := num[c.Ref]; !ok {
				num[c.Ref] = len(num) + 1
			}
		}
	}
	return num
}

func TestWriteTimelineChecksEveryLine(t *testing.T) {
	r := newRig(t, nil)
	cf := casefile.Analyze(r.corpus)
	tl := cf.Timeline("", nil)
	all := append(append([]casefile.Event(nil), tl.Events...), tl.Undated...)
	num := promptNumbers(tl)
	// Find events by the paragraph they cite first.
	idx := func(ref string) int {
		for i, e := range all {
			if e.Citations[0].Ref == ref {
				return i + 1
			}
		}
		t.Fatalf("no event cites %s", ref)
		return 0
	}
	summer, later, vote, hagey, call := idx("openai-altman-ouster-2023#3"), idx("openai-altman-ouster-2023#6"), idx("openai-altman-ouster-2023#7"), idx("openai-altman-ouster-2023#2"), idx("openai-altman-ouster-2023#4")
	p := func(n int) int { return num["openai-altman-ouster-2023#"+fmt.Sprint(n)] }
	reply := strings.Join([]string{
		// good: its own paragraph, a verbatim quote
		fmt.Sprintf("%d | اكتشف عضو في المجلس أن الصندوق «يملكه فعليًا سام ألتمان» [%d]", summer, p(3)),
		fmt.Sprintf("%d | اتُّهم ألتمان «بالكذب على المجلس بشأن تقييمات السلامة» [%d]", later, p(6)),
		// bad: cites another event's paragraph
		fmt.Sprintf("%d | صوّت «أربعة من أصل ستة أعضاء» على الإقالة [%d]", vote, p(6)),
		// bad: a quote the paragraph does not hold
		fmt.Sprintf("%d | نشرت هيغي «كتابًا عن طفولة ألتمان في شيكاغو» [%d]", hagey, p(2)),
		// bad: no quote at all
		fmt.Sprintf("%d | اتصل سوتسكيفر بتونر [%d]", call, p(4)),
	}, "\n")
	r.srv.Enqueue(llmtest.Text(reply))
	got, w, err := r.eng.WriteTimeline(context.Background(), tl, "ar")
	if err != nil {
		t.Fatal(err)
	}
	if w.Kept != 2 || w.Rejected != 3 || w.Model != "test-chat" {
		t.Fatalf("written %+v, want 2 kept and 3 rejected", w)
	}
	written := map[string]string{}
	for _, e := range append(append([]casefile.Event(nil), got.Events...), got.Undated...) {
		written[e.Citations[0].Ref] = e.Written
	}
	if !strings.Contains(written["openai-altman-ouster-2023#3"], "«يملكه فعليًا سام ألتمان»") || strings.Contains(written["openai-altman-ouster-2023#3"], "[") {
		t.Errorf("kept line: %q", written["openai-altman-ouster-2023#3"])
	}
	for _, ref := range []string{"openai-altman-ouster-2023#7", "openai-altman-ouster-2023#2", "openai-altman-ouster-2023#4"} {
		if written[ref] != "" {
			t.Errorf("%s: a line that fails the check was kept: %q", ref, written[ref])
		}
	}
	// The events, their dates and citations are the offline ones: the
	// precision and recall against the gold do not change.
	if len(got.Events) != len(tl.Events) || len(got.Undated) != len(tl.Undated) {
		t.Fatal("the model changed the set of events")
	}
	for _, err := range casefile.CheckTimeline(r.corpus, got) {
		t.Error(err)
	}
	// Cached per corpus version, topic and language: no second call.
	before := len(r.srv.Chats())
	if _, w2, _ := r.eng.WriteTimeline(context.Background(), tl, "ar"); w2.Kept != 2 || len(r.srv.Chats()) != before {
		t.Errorf("second call: %+v, %d model calls (was %d)", w2, len(r.srv.Chats()), before)
	}
	// The check the verifier applies can fail too.
	bad := got
	bad.Events = append([]casefile.Event(nil), got.Events...)
	bad.Events[0].Written = "«كلام لم يقله أحد» [1]"
	if len(casefile.CheckTimeline(r.corpus, bad)) == 0 {
		t.Error("a written line with an invented quote passed CheckTimeline")
	}
}

func TestWriteTimelineModelDown(t *testing.T) {
	r := newRig(t, nil)
	r.srv.Enqueue(rep(3, llmtest.Reply{Status: 503, Text: "down"})...)
	tl := casefile.Analyze(r.corpus).Timeline("", nil)
	got, w, err := r.eng.WriteTimeline(context.Background(), tl, "ar")
	if err != nil {
		t.Fatal(err)
	}
	if w.Notice == "" || w.Kept != 0 {
		t.Errorf("written %+v", w)
	}
	for _, e := range got.Events {
		if e.Written != "" {
			t.Errorf("a line was written while the model was down: %q", e.Written)
		}
	}
}

func TestWritePeople(t *testing.T) {
	r := newRig(t, nil)
	cf := casefile.Analyze(r.corpus)
	people := cf.FindPeople("ميرا موراتي")
	if len(people) != 1 {
		t.Fatalf("people %+v", people)
	}
	// Murati's facts are #4 then #5: they are [1] and [2] in the prompt.
	r.srv.Enqueue(llmtest.Text("1 | مديرة التكنولوجيا التي كشفت أن ألتمان «كان يحاول تقييدها إداريًا» [2]"))
	got, w, err := r.eng.WritePeople(context.Background(), people, "ar")
	if err != nil || w.Kept != 1 || !strings.Contains(got[0].Written, "تقييدها") {
		t.Fatalf("written %+v %v: %q", w, err, got[0].Written)
	}
	if off, _, _ := answer.New(r.corpus, r.search, answer.Options{}).WritePeople(context.Background(), people, "ar"); off[0].Written != "" {
		t.Error("offline, a line was written")
	}
}
