package retrieval

import "testing"

// TestReadChair: رئيس before the board is read as its chair (chair,
// رئاسة, none of the chief executive's words); رئيس before anything else
// (the company, تنفيذي) keeps its own unit.
func TestReadChair(t *testing.T) {
	ix := multiIndex(t)
	for _, tc := range []struct {
		q     string
		chair bool
	}{
		{"مين رئيس مجلس إدارة OpenAI حاليًا؟", true},
		{"مين رئيس مجلس الاداره هلق", true},
		{"مين رئيس المجلس الجديد؟", true},
		{"مين الرئيس التنفيذي لـOpenAI هلأ؟", false},
		{"مين رئيس الشركة؟", false},
		{"مين رئيس مايكروسوفت؟", false},
	} {
		found := false
		for _, u := range ix.view(tc.q).units {
			if u.head != headTerm {
				continue
			}
			found = true
			_, chair := u.members["chair"]
			_, ceo := u.members["تنفيذ"]
			if chair && u.members["chair"] < fullMember {
				chair = false
			}
			if chair != tc.chair || (tc.chair && ceo) {
				t.Errorf("%q: unit %q read as chair %v (CEO words %v), want %v: %v", tc.q, u.head, chair, ceo, tc.chair, u.members)
			}
		}
		if !found && tc.chair {
			t.Errorf("%q: no unit %q", tc.q, headTerm)
		}
	}
}

// TestReadChairEnglish: an English noun for the chair keeps رئاسة and the
// chair words and drops bare رئيس (any head); a word for the chief
// executive, or "chairs" (never rendered as bare رئيس), is left as it is.
func TestReadChairEnglish(t *testing.T) {
	ix := multiIndex(t)
	for _, tc := range []struct {
		q, head  string
		wantHead bool // bare رئيس still in the unit
	}{
		{"Who is the chairman of the OpenAI board?", "chairman", false},
		{"Who's the board chairman at OpenAI these days?", "chairman", false},
		{"Who is the president of OpenAI?", "presid", true},
	} {
		found := false
		for _, u := range ix.view(tc.q).units {
			if u.head != tc.head {
				continue
			}
			found = true
			_, head := u.members[headTerm]
			if head != tc.wantHead {
				t.Errorf("%q: unit %q has bare %s %v, want %v: %v", tc.q, u.head, headTerm, head, tc.wantHead, u.members)
			}
			if !tc.wantHead && u.members["رياس"] < fullMember {
				t.Errorf("%q: unit %q lost رئاسة: %v", tc.q, u.head, u.members)
			}
		}
		if !found {
			t.Errorf("%q: no unit %q", tc.q, tc.head)
		}
	}
}

// TestRegretSynonyms: "sorry" searches for regret (the wire's "deeply
// regretted"); a word of no such group ("happy") does not.
func TestRegretSynonyms(t *testing.T) {
	ix := multiIndex(t)
	for _, tc := range []struct {
		q, head string
		regret  bool
	}{
		{"Was Ilya Sutskever sorry about his part in firing Altman?", "sorri", true},
		{"Was Ilya Sutskever happy about his part in firing Altman?", "happi", false},
	} {
		found := false
		for _, u := range ix.view(tc.q).units {
			if u.head != tc.head {
				continue
			}
			found = true
			if got := u.members["regret"] > 0; got != tc.regret {
				t.Errorf("%q: unit %q searches regret %v, want %v: %v", tc.q, u.head, got, tc.regret, u.members)
			}
		}
		if !found {
			t.Errorf("%q: no unit %q", tc.q, tc.head)
		}
	}
}
