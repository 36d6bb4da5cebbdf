package retrieval

import (
	"context"
	"slices"
	"testing"

	"casebot/corpus"
)

// multiIndex builds the index of the four-article, two-language test corpus.
func multiIndex(t testing.TB) *Index {
	t.Helper()
	c, err := corpus.Load("../testdata/multi")
	if err != nil {
		t.Fatal(err)
	}
	ix, err := Build(context.Background(), c, Options{})
	if err != nil {
		t.Fatalf("Build: %v", err)
	}
	return ix
}

// TestTanweenless: a word ending in a tanween alef gives the term of the
// word without it; a short word, one with no final alef, and a Latin word
// give nothing.
func TestTanweenless(t *testing.T) {
	for _, tc := range []struct{ w, want string }{
		{"اتفاقًا", "اتفاق"},
		{"اتفاقا", "اتفاق"}, // written without the mark
		{"تنفيذيًا", "تنفيذ"},
		{"مجلسا", "مجلس"},
		{"كذا", ""},    // too short to carry one
		{"هذا", ""},    // a stop word's alef
		{"اتفاق", ""},  // no final alef
		{"مجلس", ""},   // no final alef
		{"agenda", ""}, // Latin
		{"", ""},
	} {
		if got := tanweenless(tc.w); got != tc.want {
			t.Errorf("tanweenless(%q) = %q, want %q", tc.w, got, tc.want)
		}
	}
}

// TestSecondClitic: a conjunction before a preposition and the article is
// read off; one clitic, a conjunction alone and a too-short rest are not.
func TestSecondClitic(t *testing.T) {
	for _, tc := range []struct{ w, want string }{
		{"وبالعمل", "عمل"},
		{"وللشركة", "شرك"},
		{"فللشركة", "شرك"},
		{"فكالبرق", "برق"},
		{"بالعمل", ""}, // one clitic: the stemmer's own work
		{"والعمل", ""}, // و + the article: the stemmer's own work
		{"وهذا", ""},   // no preposition after the conjunction
		{"وبال", ""},   // nothing after the clitics
		{"ولل", ""},
		{"board", ""},
	} {
		if got := secondClitic(tc.w); got != tc.want {
			t.Errorf("secondClitic(%q) = %q, want %q", tc.w, got, tc.want)
		}
	}
}

// TestSentenceStart: a capital opens a sentence at the start of a text,
// after a full stop, a question mark, a colon or a line break, with quotes
// and spaces between; after any other word it does not.
func TestSentenceStart(t *testing.T) {
	for _, tc := range []struct {
		s    string
		word string
		want bool
	}{
		{"Summer began early.", "Summer", true},
		{"It rained. Summer began.", "Summer", true},
		{"He asked: “Summer?”", "Summer", true},
		{"Why? \"Summer\" he said.", "Summer", true},
		{"line one\nSummer", "Summer", true},
		{"Larry Summers joined the board.", "Summers", false},
		{"the board, Summers said", "Summers", false},
		{"Former Treasury Secretary (Summers)", "Summers", false},
	} {
		i := indexOfWord(tc.s, tc.word)
		if i < 0 {
			t.Fatalf("%q not in %q", tc.word, tc.s)
		}
		if got := sentenceStart(tc.s, i); got != tc.want {
			t.Errorf("sentenceStart(%q, %q) = %v, want %v", tc.s, tc.word, got, tc.want)
		}
	}
}

func indexOfWord(s, w string) int {
	for i := 0; i+len(w) <= len(s); i++ {
		if s[i:i+len(w)] == w {
			return i
		}
	}
	return -1
}

// TestColloquialStem: a colloquial passive (ات…) or present (ب…) prefix is
// dropped when the corpus or the glossary knows the rest; an unknown rest,
// a short word and a word with no such prefix give nothing.
func TestColloquialStem(t *testing.T) {
	ix := multiIndex(t)
	for _, tc := range []struct {
		w    string
		want []string
	}{
		{"اتأسست", []string{"تاسست"}},
		{"بيقود", []string{"يقود"}},
		{"بتعمل", []string{"تعمل"}},
		{"بتقرقز", nil}, // the rest is no word the case or the glossary knows
		{"اتقرقز", nil},
		{"بنك", nil},   // too short
		{"بقود", nil},  // ب before no present prefix
		{"ابتعد", nil}, // no dialect prefix
		{"استقال", nil},
		{"ينعلن", []string{"اعلن"}},   // the ن passive: is announced → أعلن
		{"انعلن", []string{"اعلن"}},   // was announced
		{"بينعلن", []string{"اعلن"}},  // ب before the ن passive
		{"ينقرقز", nil},               // the rest is no word anything knows
		{"انأسست", []string{"تاسست"}}, // a hamza root's ن passive: تأسست
		{"تأسسات", []string{"تاسست"}}, // the Maghrebi feminine past ـات
		{"تقرقزات", nil},              // ـات on a rest nothing knows
	} {
		if got := ix.colloquialStem(tc.w); !slices.Equal(got, tc.want) {
			t.Errorf("colloquialStem(%q) = %q, want %q", tc.w, got, tc.want)
		}
	}
}

// TestStandardReadings: an Arabic question's colloquial question words map
// to nil and its colloquial forms to their standard terms; an English
// question and a question in standard Arabic give no reading.
func TestStandardReadings(t *testing.T) {
	ix := multiIndex(t)
	for _, tc := range []struct {
		q    string
		want map[string][]string
	}{
		{"مين بيقود OpenAI؟", map[string][]string{"مين": nil, "بيقود": {"يقود"}}},
		{"ليش انطرد التمان", map[string][]string{"ليش": nil, "انطرد": {"طرد"}}},
		{"Who runs OpenAI?", nil},
		{"من يقود الشركة؟", map[string][]string{}},
	} {
		got := ix.standardReadings(tc.q)
		if len(got) != len(tc.want) {
			t.Errorf("standardReadings(%q) = %q, want %q", tc.q, got, tc.want)
			continue
		}
		for k, v := range tc.want {
			g, ok := got[k]
			if !ok || !slices.Equal(g, v) {
				t.Errorf("standardReadings(%q)[%q] = %q, want %q", tc.q, k, g, v)
			}
		}
	}
}

func TestNearCount(t *testing.T) {
	unit := func(ts ...string) xunit {
		u := xunit{head: ts[0], members: map[string]float64{}}
		for _, t := range ts {
			u.members[t] = 1
		}
		return u
	}
	wrote := unit("كتب", "wrote")
	altman := unit("التم", "altman")
	weak := xunit{head: "كتب", members: map[string]float64{"كتب": 1, "نشر": synonymWeight}}
	for _, tc := range []struct {
		name string
		seq  []string
		a, b xunit
		want int
	}{
		{"side by side", []string{"كتب", "التم", "منص", "اكس"}, wrote, altman, 1},
		{"across languages, either order", []string{"altman", "wrote", "x"}, wrote, altman, 1},
		{"within the window", []string{"كتب", "a", "b", "التم"}, wrote, altman, 1},
		{"each place of a once", []string{"كتب", "التم", "كتب"}, wrote, altman, 2},
		// Inputs it must reject.
		{"beyond the window", []string{"كتب", "a", "b", "c", "التم"}, wrote, altman, 0},
		{"only one unit", []string{"كتب", "منص", "اكس"}, wrote, altman, 0},
		{"a synonym is no member", []string{"نشر", "التم"}, weak, altman, 0},
		{"a term in both units pairs with nothing", []string{"التم"}, unit("التم"), altman, 0},
		{"empty paragraph", nil, wrote, altman, 0},
	} {
		if got := nearCount(tc.seq, tc.a, tc.b, proximityWindow); got != tc.want {
			t.Errorf("%s: nearCount(%v) = %d, want %d", tc.name, tc.seq, got, tc.want)
		}
	}
}

func TestProximityRanksNearPairFirst(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"a.txt": "Board story\n\nAltman was silent all day. Sutskever wrote on X.\n",
		"b.txt": "Altman story\n\nAltman wrote on X that he loved his time at the company and its people.\n",
		"c.txt": "قصة عربية\n\nقال المجلس إن الشركة ستواصل عملها.\n",
	}
	ix := indexOfFiles(t, dir, files)
	for _, tc := range []struct {
		q, want string
	}{
		{"What Altman wrote on X", "b#1"},
		{"ماذا كتب ألتمان على إكس؟", "b#1"},
		{"What did Sutskever write on X?", "a#1"},
	} {
		wantFirst(t, ix, tc.q, tc.want)
	}
}

// TestNPassive: the colloquial ن passive (انفعل, ينفعل, تنفعل) gives the
// standard active forms; a word without the ن after its first letter,
// another first letter, and a word too short for a root give nothing.
func TestNPassive(t *testing.T) {
	for _, tc := range []struct {
		w    string
		want []string
	}{
		{"انعلن", []string{"اعلن"}},
		{"ينعلن", []string{"يعلن", "اعلن"}},
		{"تنعلن", []string{"تعلن", "اعلن"}},
		{"يعلن", nil},  // too short, and no ن
		{"ينشر", nil},  // ن of the root, too short to be the passive
		{"مناقش", nil}, // another first letter
		{"استقال", nil},
		{"اناسست", []string{"ااسست", "تاسست"}}, // a hamza root (folded انأسست): also تفعّل
	} {
		if got := nPassive([]rune(tc.w)); !slices.Equal(got, tc.want) {
			t.Errorf("nPassive(%q) = %q, want %q", tc.w, got, tc.want)
		}
	}
}

// TestGlossaryWordIsNotMisspelt: an Arabic word the glossary translates
// keeps its own reading and translation on the cross-language path
// instead of being respelt as a corpus word (التغييرات is not تقرير).
func TestGlossaryWordIsNotMisspelt(t *testing.T) {
	ix := multiIndex(t)
	unitOf := func(q, head string) xunit {
		for _, u := range ix.view(q).units {
			if u.head == head {
				return u
			}
		}
		t.Fatalf("view(%q) has no unit %q", q, head)
		return xunit{}
	}
	u := unitOf("ما التغييرات في المجلس؟", "تغيير")
	if _, ok := u.members["تقرير"]; ok {
		t.Errorf("التغييرات read as تقرير: %v", u.members)
	}
	if u.members["chang"] < fullMember {
		t.Errorf("التغييرات not translated to change: %v", u.members)
	}
}

// TestQuestionParticlesDropped: "before", "after" and the adverb makers
// of an Arabic question are no units on the cross-language path (English
// drops before and after as stop words); the content words around them
// stay.
func TestQuestionParticlesDropped(t *testing.T) {
	ix := multiIndex(t)
	for _, tc := range []struct {
		q          string
		gone, kept []string
	}{
		{"ماذا حدث بعد الإقالة؟", []string{"بعد"}, []string{"اقال"}},
		{"هل عرفت مايكروسوفت قبل الإعلان؟", []string{"قبل"}, []string{"مايكروسوفت", "اعل"}},
		{"من أدار الشركة بشكل مؤقت؟", []string{"بشكل"}, []string{"موقت"}},
		{"من أدار الشركة بصورة مؤقتة؟", []string{"بصور"}, []string{"موقت"}},
		{"ما هي الشروط المسبقة؟", nil, []string{"شروط"}}, // nothing to drop
	} {
		heads := map[string]bool{}
		for _, u := range ix.view(tc.q).units {
			heads[u.head] = true
		}
		for _, h := range tc.gone {
			if heads[h] {
				t.Errorf("view(%q) keeps %q as a unit", tc.q, h)
			}
		}
		for _, h := range tc.kept {
			if !heads[h] {
				t.Errorf("view(%q) lost %q: %v", tc.q, h, heads)
			}
		}
	}
}

// TestTimeClauses: the words after a time marker, to the end of their
// comma-separated part, are a time clause; a question word "When" opening
// the question, a yes/no question and a question with no marker have none.
func TestTimeClauses(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want []string // the words in a time clause, in order
	}{
		{"What did Altman post on X right after he got fired?", []string{"he", "got", "fired"}},
		{"مين كانوا أعضاء المجلس بعد طرد ألتمان، ومين بقي؟", []string{"طرد", "ألتمان"}},
		{"من تولى الإدارة عقب رحيل ألتمان؟", []string{"رحيل", "ألتمان"}},
		{"When did Altman return?", nil},                     // a question word, no clause
		{"Did Microsoft know before it was announced?", nil}, // yes/no: the time is asked
		{"هل عرفت مايكروسوفت قبل الإعلان؟", nil},             // yes/no in Arabic
		{"What did Shear say once the deal was reached?", []string{"the", "deal", "was", "reached"}},
		{"Who was once chief executive of Twitch?", nil},                           // "once" the adverb
		{"what did nadella say once sam was back", []string{"sam", "was", "back"}}, // a name, then its verb
		{"Was Shear once a rival of Altman?", nil},                                 // the adverb before a noun
		{"Who chairs the new board?", nil},                                         // no marker
		{"شو قال شير لما رجع ألتمان؟", []string{"رجع", "ألتمان"}},                  // colloquial "when"
		{"لما انطرد ألتمان شو صار؟", nil},                                          // first word: no clause
		// A relative clause after a determiner and its noun identifies
		// what is asked about, as a time clause says when.
		{"who's chairing the board in the deal that brought altman back", []string{"brought", "altman", "back"}},
		{"how did the board hold the meeting where they voted sam out", []string{"they", "voted", "sam", "out"}},
		{"did the board say that it lost confidence", nil},    // yes/no
		{"what did nadella say that microsoft would do", nil}, // "that" after a verb
		{"who said that", nil}, // no noun phrase before it
	} {
		words, in := timeClauses(tc.q)
		if len(words) != len(in) {
			t.Fatalf("timeClauses(%q): %d words, %d flags", tc.q, len(words), len(in))
		}
		var got []string
		for i, w := range words {
			if in[i] {
				got = append(got, w)
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("timeClauses(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}

// TestClauseUnitsWeighLess: a unit from a time clause weighs clauseWeight,
// the question's other units their own weight.
func TestClauseUnitsWeighLess(t *testing.T) {
	ix := multiIndex(t)
	v := ix.view("What did Altman post on X right after he got fired?")
	for _, u := range v.units {
		want := 0.0
		if u.head == "fire" {
			want = clauseWeight
		}
		if u.head == "altman" || u.head == "post" || u.head == "fire" {
			if u.weight != want {
				t.Errorf("unit %q weight %v, want %v", u.head, u.weight, want)
			}
		}
	}
}

// TestAskerKnows: the asker's "know" is dropped; someone of the case's is
// kept, and so is any other word after "we".
func TestAskerKnows(t *testing.T) {
	for _, tc := range []struct {
		prev, w string
		want    bool
	}{
		{"we", "know", true},
		{"anyone", "knows", true},
		{"You", "Know", true},
		{"Microsoft", "know", false}, // did Microsoft know beforehand
		{"board", "knew", false},
		{"we", "fired", false},
		{"", "know", false},
	} {
		if got := askerKnows(tc.prev, tc.w); got != tc.want {
			t.Errorf("askerKnows(%q, %q) = %v, want %v", tc.prev, tc.w, got, tc.want)
		}
	}
}

// TestEverydayVerbsReachEnglish: an Arabic question's everyday verbs reach
// the English words a wire story uses (released, returning, told), and a
// word keeps to its own sense (رجوع is not "release").
func TestEverydayVerbsReachEnglish(t *testing.T) {
	ix := multiIndex(t)
	for _, tc := range []struct {
		q, head, want, not string
	}{
		{"متى أصدرت الشركة برنامجها؟", "اصدرت", "releas", "return"},
		{"شو كتب بعد رجوعه؟", "رجوع", "return", "releas"},
		{"هل كانت الشركة على علم بالقرار؟", "علم", "awar", "releas"},
	} {
		v := ix.view(tc.q)
		found := false
		for _, u := range v.units {
			if u.head != tc.head {
				continue
			}
			found = true
			if u.members[tc.want] < fullMember {
				t.Errorf("%q: unit %q lacks %q as a translation: %v", tc.q, u.head, tc.want, u.members)
			}
			if _, ok := u.members[tc.not]; ok {
				t.Errorf("%q: unit %q has %q, another sense", tc.q, u.head, tc.not)
			}
		}
		if !found {
			t.Errorf("%q: no unit %q", tc.q, tc.head)
		}
	}
}

// TestPastFeminineBase: the ت of a feminine past goes; a short word or one
// without it has no base.
func TestPastFeminineBase(t *testing.T) {
	for _, tc := range []struct{ w, want string }{
		{"أصدرت", "اصدر"},
		{"وقت", ""},
		{"أصدر", ""},
		{"الشركة", ""},
	} {
		if got := pastFeminineBase(tc.w); got != tc.want {
			t.Errorf("pastFeminineBase(%q) = %q, want %q", tc.w, got, tc.want)
		}
	}
}

// TestSurnameOf: a given name of the case reaches the surname the corpus
// writes after it, in both scripts; a word that is no given name of the
// case, or a given name the corpus never writes with a surname, reaches
// nothing.
func TestSurnameOf(t *testing.T) {
	ix := multiIndex(t)
	for _, tc := range []struct {
		w    string
		want []string
	}{
		{"sam", []string{term("ألتمان"), "altman"}},
		{"mira", []string{term("موراتي"), "murati"}},
		// An Arabic given name alone, as written or after a one-letter
		// preposition (لسام), reaches the same surname.
		{"سام", []string{term("ألتمان"), "altman"}},
		{"لسام", []string{term("ألتمان"), "altman"}},
		{"ميرا", []string{term("موراتي"), "murati"}},
		{"board", nil},
		{"مجلس", nil},
		{"larry", nil}, // the corpus writes no Arabic full name for him
	} {
		if got := ix.surnameOf(tc.w); !slices.Equal(got, tc.want) {
			t.Errorf("surnameOf(%q) = %q, want %q", tc.w, got, tc.want)
		}
	}
}

// TestGivenNameReachesSurname: "what did sam post" searches for Altman
// too, while a question that writes the surname itself keeps "sam" as it
// is.
func TestGivenNameReachesSurname(t *testing.T) {
	ix := multiIndex(t)
	unit := func(q, head string) xunit {
		for _, u := range ix.view(q).units {
			if u.head == head {
				return u
			}
		}
		t.Fatalf("view(%q) has no unit %q", q, head)
		return xunit{}
	}
	if u := unit("what did sam post on x", "sam"); u.members["altman"] < fullMember {
		t.Errorf("sam alone: no altman in %v", u.members)
	}
	if u := unit("what did sam altman post on x", "sam"); u.members["altman"] != 0 {
		t.Errorf("sam altman: sam's unit took altman: %v", u.members)
	}
}

// TestColloquialReadingSynonyms: a colloquial word read as a standard one
// that reaches English (يطردوه → طرد → "fire") brings the standard word's
// synonyms (إقالة), so an Arabic paragraph saying أقال counts as an English
// one saying "fired" does; a reading that reaches no English word (حيدوه →
// أبعد) brings none, or the Arabic paragraphs alone would gain; and a
// standard word keeps only its own synonyms. (استلم and مسك → تولى brought
// none until تولى reached "held" (a post held): now it brings عيّن, and
// the English line saying "held the job" gains with the Arabic ones.)
func TestColloquialReadingSynonyms(t *testing.T) {
	ix := multiIndex(t)
	for _, tc := range []struct {
		q, head, syn string
		want         bool
	}{
		{"التمان كان وين قبل ما يطردوه بيوم", "يطردو", "اقال", true},
		{"مين استلم إدارة OpenAI بشكل مؤقت؟", "استلم", "عين", true},
		{"مين مسك الشركة بعدها؟", "مسك", "عين", true},
		{"مين حيدوه؟", "حيدو", "عزل", false},
	} {
		found := false
		for _, u := range ix.view(tc.q).units {
			if u.head != tc.head {
				continue
			}
			found = true
			w, ok := u.members[tc.syn]
			if ok != tc.want {
				t.Errorf("%q: unit %q has %q: %v, want %v (%v)", tc.q, u.head, tc.syn, ok, tc.want, u.members)
			}
			if ok && w >= fullMember {
				t.Errorf("%q: synonym %q weighs %v, as much as the word itself", tc.q, tc.syn, w)
			}
		}
		if !found {
			t.Errorf("%q: no unit %q", tc.q, tc.head)
		}
	}
}

// TestCliticBases: a possessive after a feminine noun (its ة written ت), a
// plural or a dual, and a preposition before a word without the article
// are read off; a word without them, the article's own clitics and a word
// too short to hold one give nothing.
func TestCliticBases(t *testing.T) {
	for _, tc := range []struct {
		w    string
		want []string
	}{
		{"استقالته", []string{"استقال"}},
		{"استقالاتهم", []string{"استقال"}},
		{"رئاستها", Tokens("رئاسة")},
		{"مشاركته", Tokens("مشاركة")},
		{"منصبيهما", []string{"منصب"}},
		{"باستثمار", []string{term("استثمار")}},
		{"لمشاركته", []string{"مشاركت", "لمشارك", "مشارك"}},
		{"استقالة", nil},  // no clitic
		{"بالمجلس", nil},  // the article: the stemmer's own work
		{"منه", nil},      // a stop word
		{"وقته", nil},     // too short a core for a ة
		{"resigned", nil}, // Latin
	} {
		got := cliticBases(tc.w)
		if !slices.Equal(got, tc.want) {
			t.Errorf("cliticBases(%q) = %q, want %q", tc.w, got, tc.want)
		}
	}
}
