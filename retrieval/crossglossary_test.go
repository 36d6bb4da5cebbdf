package retrieval

import (
	"slices"
	"strings"
	"testing"
)

// TestCrossPhrase: an English phrase of the cross glossary is one unit
// translated as a whole ("step down" → تنحى, not "step" → خطوة); a text
// with the phrase's words apart makes no phrase unit.
func TestCrossPhrase(t *testing.T) {
	ix := multiIndex(t)
	for _, tc := range []struct {
		q, head string
		want    []string // Arabic words that must be members
		reject  []string // members that must not be there
		unit    bool     // whether the phrase unit must exist
	}{
		{"When did he step down as chairman?", "step down", []string{"تنحى", "ترك"}, []string{"الخطوة"}, true},
		{"Did he step back down?", "step down", nil, nil, false},
	} {
		var found *xunit
		for _, u := range ix.view(tc.q).units {
			if u.head == tc.head {
				found = &u
			}
		}
		if (found != nil) != tc.unit {
			t.Errorf("%q: phrase unit %q found %v, want %v", tc.q, tc.head, found != nil, tc.unit)
			continue
		}
		if found == nil {
			continue
		}
		for _, w := range tc.want {
			if found.members[Tokens(w)[0]] < translationWeight {
				t.Errorf("%q: %s missing from %q", tc.q, w, tc.head)
			}
		}
		for _, w := range tc.reject {
			if _, ok := found.members[Tokens(w)[0]]; ok {
				t.Errorf("%q: %s (a word's own translation) joined %q", tc.q, w, tc.head)
			}
		}
	}
}

// TestArabicOnlyLines: a "<=" line reaches English from Arabic, never
// Arabic from English; a plain line goes both ways.
func TestArabicOnlyLines(t *testing.T) {
	ix := multiIndex(t)
	for _, tc := range []struct {
		ar, en      string
		arToEn      bool
		enToArHasAr bool
	}{
		{"شال", "fired", true, false}, // colloquial: Arabic → English only
		{"توسيع", "expand", true, true},
		{"مبسوط", "stock", false, false}, // no such line
	} {
		at := Tokens(tc.ar)[0]
		got := false
		for _, e := range ix.lex.arToEn[at] {
			if strings.EqualFold(e, tc.en) {
				got = true
			}
		}
		if got != tc.arToEn {
			t.Errorf("%s → %s: %v, want %v", tc.ar, tc.en, got, tc.arToEn)
		}
		back := false
		for _, a := range ix.lex.enToAr[Tokens(tc.en)[0]] {
			if a == tc.ar {
				back = true
			}
		}
		if back != tc.enToArHasAr {
			t.Errorf("%s → %s: %v, want %v", tc.en, tc.ar, back, tc.enToArHasAr)
		}
	}
	if strings.Contains(crossGlossaryLines(false, false), arabicOnly) || strings.Contains(crossGlossaryLines(false, true), arabicOnly) {
		t.Error("crossGlossaryLines gave a line still marked " + arabicOnly)
	}
}

// TestRoundTrip: an English word reaches, below full weight, the English
// words that share an Arabic translation with it; unrelated words and the
// word's own weight are untouched, and a frame word is not expanded.
func TestRoundTrip(t *testing.T) {
	ix := multiIndex(t)
	unit := func(q, head string) xunit {
		t.Helper()
		for _, u := range ix.view(q).units {
			if u.head == head {
				return u
			}
		}
		t.Fatalf("%q: no unit %q", q, head)
		return xunit{}
	}
	for _, tc := range []struct {
		q, head, reach string
		want           bool
	}{
		{"Is he back?", "back", "return", true},      // back → عودة → return
		{"Is he back?", "back", "board", false},      // nothing shared
		{"What did he say?", "say", "reveal", false}, // a frame word (its own form "said": TestFrameForms)
	} {
		u := unit(tc.q, term(tc.head))
		w, ok := u.members[term(tc.reach)]
		if ok != tc.want {
			t.Errorf("%q: %s reaches %s: %v, want %v", tc.q, tc.head, tc.reach, ok, tc.want)
		}
		if ok && w >= fullMember {
			t.Errorf("%q: %s weighs %.2f, a round trip must stay under %.2f", tc.q, tc.reach, w, fullMember)
		}
		if u.members[term(tc.head)] != 1 {
			t.Errorf("%q: the word %s itself weighs %.2f, want 1", tc.q, tc.head, u.members[term(tc.head)])
		}
	}
}

// TestEnglishOnlyLine: a line written "=>" is read from English to Arabic
// only; "=" and "<=" lines are not.
func TestEnglishOnlyLine(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"consult => الرجوع", true},
		{"return = رجوع رجع", false},
		{"fire <= فصل طرد", false},
	} {
		_, ar, _ := strings.Cut(c.line, "=")
		if got := englishOnlyLine(ar); got != c.want {
			t.Errorf("englishOnlyLine(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

// TestEnglishOnlyLinesOneWay: "consult => الرجوع" gives the English word
// its Arabic translation, but the Arabic رجوع (a return) does not reach
// "consult", while "return" still does.
func TestEnglishOnlyLinesOneWay(t *testing.T) {
	ix := multiIndex(t)
	if !slices.Contains(ix.lex.enToAr["consult"], "الرجوع") {
		t.Errorf("enToAr[consult] = %v, want الرجوع", ix.lex.enToAr["consult"])
	}
	if ens := ix.lex.arToEn["رجوع"]; slices.Contains(ens, "consult") || !slices.Contains(ens, "return") {
		t.Errorf("arToEn[رجوع] = %v, want return and not consult", ens)
	}
	if g := parseGlossary("consult => الرجوع"); !slices.Equal(g["consult"], []string{"الرجوع"}) {
		t.Errorf("parseGlossary kept the marker: %v", g["consult"])
	}
}

// TestCommonQuestionWords: common words of English questions reach the
// Arabic the articles say them in ("first" → أول),
// and a reaction question's cue unit hears a feeling told as love («أحبّ»);
// a word of another meaning ("firstly" is no line, "last" not "first") gains
// none of them.
func TestCommonQuestionWords(t *testing.T) {
	ix := multiIndex(t)
	for _, tc := range []struct {
		q, head string
		want    []string
		reject  []string
	}{
		{"When did OpenAI first announce the deal?", "first", []string{"أول"}, nil},
		{"How did Altman react on X?", "\x00asked", []string{"أحبّ", "loved"}, nil},
		// Must reject.
		{"Who spoke last?", "last", nil, []string{"أول"}},
		{"Who was fired?", "fire", nil, []string{"أحبّ", "أول"}},
	} {
		var found *xunit
		for _, u := range ix.view(tc.q).units {
			if u.head == tc.head {
				found = &u
			}
		}
		if found == nil {
			t.Errorf("%q: no unit %q", tc.q, tc.head)
			continue
		}
		for _, w := range tc.want {
			if found.members[Tokens(w)[0]] < looseWeight {
				t.Errorf("%q: %s missing from %q", tc.q, w, tc.head)
			}
		}
		for _, w := range tc.reject {
			if _, ok := found.members[Tokens(w)[0]]; ok {
				t.Errorf("%q: %s joined %q", tc.q, w, tc.head)
			}
		}
	}
}
