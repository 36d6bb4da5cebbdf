package retrieval

import (
	"context"
	"strings"
	"testing"
)

func TestStanceOf(t *testing.T) {
	for _, tc := range []struct {
		q      string
		kind   stanceKind
		strong bool
	}{
		{"ما رأي الكاتب في قرار الحكومة؟", stanceView, false},
		{"What does the writer think of the merger?", stanceView, false},
		{"الكاتب كيشوف الصفقة؟", stanceView, false},
		{"ما الدرس الذي يخرج به القارئ من الفضيحة؟", stanceView, true},
		{"What is the takeaway of the whole affair?", stanceView, true},
		{"هل الإضراب مجرد خلاف على الأجور أم شيء أكبر؟", stanceBigger, true},
		{"Is the strike just about pay or part of a broader trend?", stanceBigger, true},
		{"هل انتهت الأزمة فعلا؟", stanceOver, true},
		{"Is the standoff really over?", stanceOver, true},
		// inputs it must reject: questions about events, even naming the
		// article, and words that only look like the cues
		{"ماذا يقول المقال عن الاجتماع؟", stanceNone, false},
		{"According to the article, who chaired the meeting?", stanceNone, false},
		{"كيف تبادل الأعضاء الوثائق عبر الإنترنت؟", stanceNone, false},
		{"Who is the biggest shareholder?", stanceNone, false},
		{"When did the meeting end?", stanceNone, false},
	} {
		kind, strong := stanceOf(tc.q)
		if kind != tc.kind || strong != tc.strong {
			t.Errorf("stanceOf(%q) = %v, %v; want %v, %v", tc.q, kind, strong, tc.kind, tc.strong)
		}
	}
}

func TestStanceShare(t *testing.T) {
	for _, tc := range []struct {
		p    string
		kind stanceKind
		want float64
	}{
		// two markers make the share whole: a rhetorical question and «يشير إلى»
		{"الواقع يشير إلى أزمة ثقة. فهل تتكرر؟", stanceView, 1},
		{"This is not just a pay dispute; it reflects a broader malaise.", stanceBigger, 1},
		{"The truce apparently holds, but it remains to be seen for how long.", stanceOver, 1},
		// one marker of another kind than the one asked
		{"ويبدو أن المجلس تسرع.", stanceBigger, 0.3},
		// inputs it must reject: sentences that report
		{"اجتمع المجلس يوم الخميس وصوّت على القرار.", stanceView, 0},
		{"The board met on Thursday and voted to dismiss him.", stanceBigger, 0},
	} {
		if got := stanceShare(tc.p, tc.kind); got < tc.want-1e-9 || got > tc.want+1e-9 {
			t.Errorf("stanceShare(%q, %v) = %v, want %v", tc.p, tc.kind, got, tc.want)
		}
	}
}

// TestStancePrefersInterpretation checks, on the embedded article, that
// stance questions written for this test (not from an evaluation set) rank
// the closing paragraphs that interpret the events (#10, #11) first, and
// that questions about events keep the paragraph that tells them.
func TestStancePrefersInterpretation(t *testing.T) {
	ix := defaultIndex(t)
	ctx := context.Background()
	closing := map[string]bool{"#10": true, "#11": true}
	for _, q := range []string{
		"ما العبرة التي يخرج بها الكاتب من إقالة ألتمان؟",
		"What is the takeaway of the article about the board and its CEO?",
		"هل كان طرد ألتمان مجرد قرار إداري أم يدل على شيء أكبر؟",
		"المقال شايف إنو المشكلة خلصت بجد؟",
	} {
		res, err := ix.Search(ctx, q, SearchOptions{K: 3})
		if err != nil {
			t.Fatal(err)
		}
		if ref := res.Hits[0].Paragraph.Ref; !closing[ref[strings.Index(ref, "#"):]] {
			t.Errorf("%s: first hit %s, want a closing paragraph", q, ref)
		}
	}
	for _, tc := range []struct{ q, want string }{
		{"ماذا يقول المقال عن تصويت أعضاء المجلس؟", "#7"},
		{"According to the article, who did Sutskever call?", "#4"},
	} {
		res, err := ix.Search(ctx, tc.q, SearchOptions{K: 3})
		if err != nil {
			t.Fatal(err)
		}
		if ref := res.Hits[0].Paragraph.Ref; !strings.HasSuffix(ref, tc.want) {
			t.Errorf("%s: first hit %s, want %s", tc.q, ref, tc.want)
		}
	}
}
