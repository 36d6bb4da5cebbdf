package retrieval

import "testing"

// TestAsksGrowth: a question asking whether a size grows ("get bigger",
// «يكبر»), or whether it stays at a count it names ("stay at 3", «يضل بس
// ٣», «سيبقى … بثلاثة»), asks of a growth; whether a person stays, or how
// many members a board has, does not.
func TestAsksGrowth(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"Is the new three-member board going to stay that small?", true},
		{"will the board get bigger", true},
		{"هل سيبقى مجلس الإدارة الجديد بثلاثة أعضاء فقط؟", true},
		{"المجلس الجديد رح يضل بس ٣ اعضاء", true},
		{"رح يوسعوه للمجلس؟", true},
		{"Did Brockman stay at OpenAI?", false},
		{"How many members does the new board have?", false},
		{"هل بقي سوتسكيفر في المجلس؟", false},
	} {
		if got := asksGrowth(tc.q); got != tc.want {
			t.Errorf("asksGrowth(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
}

// TestTellsGrowth: "expected to expand the board", «توسيع المجلس» tell a
// growth; "a new initial board of three members" does not.
func TestTellsGrowth(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"The new directors are expected to expand the board.", true},
		{"ومن المنتظر توسيع المجلس لاحقًا.", true},
		{"OpenAI will have a new initial board of three members.", false},
		{"Revenue grew fast, analysts expanded on it.", true},
	} {
		if got := tellsGrowth(tc.s); got != tc.want {
			t.Errorf("tellsGrowth(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// TestGrowthRanking: on the four-article corpus, whether the new board
// stays at three members or grows is answered first by the paragraph
// saying the directors are expected to expand it, not by the one stating
// the board of three; asked how many members it has, the one stating the
// three stays first.
func TestGrowthRanking(t *testing.T) {
	ix := multiIndex(t)
	for _, tc := range []struct {
		q, want string
	}{
		{"Is the new three-member board going to stay that small?", "en-wire-2023-11-24#5"},
		{"المجلس الجديد رح يضل بس ٣ اعضاء ولا رح يكبر", "en-wire-2023-11-24#5"},
		{"How many members are on the new board?", "en-wire-2023-11-24#4"},
	} {
		res, err := ix.Search(t.Context(), tc.q, SearchOptions{K: 3})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Hits) == 0 || res.Hits[0].Paragraph.Ref != tc.want {
			t.Errorf("%q: first %v, want %s", tc.q, res.Hits, tc.want)
		}
	}
}
