package retrieval

import (
	"slices"
	"strings"
	"testing"
)

// TestDialectFrames: the asker's frames ("I want to know", "I think",
// "tell me"), story frames and the four dialects' question words, negation
// and verbs are read into standard Arabic; words that are standard Arabic
// or ambiguous with a third person are not turned into frames.
func TestDialectFrames(t *testing.T) {
	ix := defaultTestIndex(t)
	tests := []struct {
		q          string
		wantSearch []string // words the search text must contain
		notSearch  []string // words it must not contain
		wantAsked  Asked
	}{
		// The asker's frame carries nothing to find.
		{"بدي اعرف مين اتصل بهيلين تونر", []string{"هيلين"}, []string{"بدي", "اعرف", "يريد"}, AskedPerson},
		{"بظن انو التمان كذب، صح؟", []string{"كذب"}, []string{"بظن", "صح"}, AskedAny},
		{"قولي شو عملت موراتي", []string{"موراتي"}, []string{"قولي"}, AskedAny},
		{"وش سالفة الكتاب؟", []string{"الكتاب"}, []string{"قصة", "سالفة"}, AskedAny},
		// Question words of the four dialects.
		{"شوكت اجتمع المجلس؟", []string{"اجتمع"}, []string{"شوكت"}, AskedTime},
		{"قداش من عضو صوت؟", []string{"عضو"}, []string{"قداش"}, AskedNumber},
		{"علاه طردوه؟", nil, []string{"علاه"}, AskedReason},
		// Verbs of news.
		{"جراو عليه من الشركة؟", []string{"طرد"}, []string{"جراو"}, AskedAny},
		{"الخدامة ديال الشركة تمردو؟", []string{"موظفون"}, []string{"الخدامة", "ديال"}, AskedAny},
		// Maghrebi days and weeks are time, not أمان or أم.
		{"رجعات الخدمة من بعد شي يامات؟", []string{"أيام"}, []string{"يامات", "امات"}, AskedAny},
		{"شحال من سيمانة دام الاضراب؟", []string{"أسبوع"}, []string{"سيمانة"}, AskedNumber},
		// «يكبروه» (they will enlarge it) asks of the board's expansion;
		// «أكبر» (largest) is no verb of it.
		{"المجلس الجديد رح يضل ٣ اعضاء بس ولا رح يكبروه", []string{"وسع"}, []string{"يكبروه"}, AskedAny},
		{"مين أكبر مستثمر في الشركة؟", []string{"أكبر"}, []string{"وسع"}, AskedPerson},
		// Maghrebi «سالات» (it is over) is «انتهت»; a form that may be
		// «سألت» (she asked) elsewhere is not read so.
		{"واش الأزمة ديال الشركة سالات ولا مازال", []string{"انتهت"}, []string{"سالات"}, AskedAny},
		{"سالت موراتي عن السبب؟", nil, []string{"انتهت", "انتهى"}, AskedAny},
		// Must not become frames: "تعرف" may be "she knows".
		{"هل كانت موراتي تعرف بالقرار؟", []string{"تعرف"}, nil, AskedAny},
		// A standard word the article writes is read as written.
		{"متى اجتمع أعضاء المجلس؟", []string{"اجتمع", "أعضاء"}, nil, AskedTime},
		// "startup" typed in Arabic script, with ب, with پ (folded to ب)
		// or as two words, is the article's «الشركات الناشئة».
		{"الصندوق ديال الستارتاپ كان ديال شكون", []string{"الناشئة"}, []string{"ستارتاپ", "ستارتاب"}, AskedAny},
		{"شو قصة صندوق الستارتابس؟", []string{"الناشئة"}, []string{"ستارتابس"}, AskedAny},
		{"مين عمل صندوق ستارت اب؟", []string{"الناشئة"}, []string{"ستارت"}, AskedPerson},
		// A word that merely begins like it is not read so.
		{"متى بدأت الستارة؟", nil, []string{"الناشئة"}, AskedTime},
	}
	for _, tc := range tests {
		checkReadingAsked(t, ix, tc.q, tc.wantSearch, tc.notSearch, tc.wantAsked)
	}
}

// TestDialectMorphology: Maghrebi present markers (كـ، تـ، كا), past
// endings (-او، -ات) and the Egyptian/Levantine passive (اتـ، انـ، ينـ)
// are undone; standard words that merely look so are not cut.
func TestDialectMorphology(t *testing.T) {
	ix := defaultTestIndex(t)
	tests := []struct {
		w, want string // want "" means no respelling
	}{
		{"كيقول", "يقول"}, // a function word, read as it
		{"كتشتكي", "اشتكي"},
		{"اتطرد", "طرد"},
		{"ينطرد", "طرد"},
		// Must reject: standard words (the passive rule only cuts into a
		// known verb, the ك rule needs a present marker after it).
		{"اتفاق", ""},
		{"كتيبة", ""},
		{"انتخابات", ""},
	}
	for _, tc := range tests {
		if got := ix.respell(tc.w); got != tc.want {
			// A want of "" also accepts nothing; a want may be
			// reached through a respelling the corpus knows.
			t.Errorf("respell(%q) = %q, want %q", tc.w, got, tc.want)
		}
	}
	for w, want := range map[string]string{"تلاقاو": "تلاقى", "جراو": "جروا", "كشفات": "كشفت", "دارات": "دارت"} {
		if fs := colloquialForms(w); !slices.Contains(fs, want) {
			t.Errorf("colloquialForms(%q) = %q, want %q among them", w, fs, want)
		}
	}
	if fs := colloquialForms("كتاب"); slices.Contains(fs, "تاب") {
		t.Errorf("colloquialForms(كتاب) = %q: a standard noun lost its first letter", fs)
	}
	if fs := passiveForms("اتهم"); len(fs) > 0 {
		t.Errorf("passiveForms(اتهم) = %q, want none (four letters, a standard verb)", fs)
	}
}

// TestCountedTerm: a how-many question's counted word is found after its
// cue; "كم واحد" (how many people) names none.
func TestCountedTerm(t *testing.T) {
	tests := []struct{ q, want string }{
		{"كم عضو كان في المجلس", "عضو"},
		{"كم عدد أعضاء المجلس", term("أعضاء")},
		{"كم من الموظفين هددوا", term("الموظفين")},
		{"how many members voted", term("members")},
		{"كم واحد صوت", ""},
		{"متى اجتمع المجلس", ""},
	}
	for _, tc := range tests {
		if got := countedTerm(tc.q); got != tc.want {
			t.Errorf("countedTerm(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}

// TestCountedNear: a sentence counts what stands next to its number, not a
// word far from it, and a year counts nothing.
func TestCountedNear(t *testing.T) {
	ix := defaultTestIndex(t)
	tests := []struct {
		sent, counted string
		want          bool
	}{
		{"وقرّر أربعة من أصل ستة أعضاء التصويت لإقالة ألتمان.", "عضو", true},
		{"وقّع أكثر من 500 موظف رسالة.", term("موظف"), true},
		{"في صيف 2023 اكتشف أحد أعضاء المجلس أمرًا.", "عضو", false}, // a year
		{"هدد أربعة بالاستقالة بعد أن اجتمع المجلس في لقاء سري طويل مع الأعضاء", "عضو", false},
	}
	for _, tc := range tests {
		have := map[string]bool{}
		markCounted(tc.sent, have)
		if got := ix.countedNear(tc.counted, have); got != tc.want {
			t.Errorf("countedNear(%q in %q) = %v, want %v", tc.counted, tc.sent, got, tc.want)
		}
	}
}

// TestAsksRole: "what is X's post" asks for a title; a post named as where
// someone returned does not.
func TestAsksRole(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"ماذا كان منصب إليا سوتسكيفر", true},
		{"ما هو منصب موراتي في الشركة", true},
		{"ما وظيفة هيلين تونر", true},
		{"what position did Murati hold", true},
		{"متى عاد ألتمان إلى منصبه", false},
		{"هل رجع سام إلى منصبه", false},
		{"why did he lose his job", false},
	}
	for _, tc := range tests {
		if got := asksRole(tc.q) != ""; got != tc.want {
			t.Errorf("asksRole(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
	for _, tc := range []struct {
		sent string
		want bool
	}{
		{"إليا سوتسكيفر، كبير العلماء في OpenAI", true},
		{"ميرا موراتي، مديرة التكنولوجيا بالشركة", true},
		{"أعادت الشركة ألتمان إلى منصبه بسرعة", false},
	} {
		if got := carriesTitle(tc.sent); got != tc.want {
			t.Errorf("carriesTitle(%q) = %v, want %v", tc.sent, got, tc.want)
		}
	}
}

// TestFuturePrefix: the future prefix سـ before an imperfect verb is
// undone when the corpus knows the verb (سيجتمع → اجتمع، ستعيد → تعيد);
// nouns that start so (سيارة، سنوات، سياسة) are never cut.
func TestFuturePrefix(t *testing.T) {
	ix := defaultTestIndex(t)
	tests := []struct{ w, want string }{
		{"سيجتمع", "اجتمع"},
		{"ستعيد", "تعيد"},
		{"سيعيد", "تعيد"},
		{"وسيعيد", "تعيد"},
		{"سيتهم", "اتهم"},
		{"سيارة", ""},
		{"سنوات", ""},
		{"سياسة", ""},
		{"ستانفورد", ""},
	}
	for _, tc := range tests {
		if got := ix.respell(tc.w); got != tc.want {
			t.Errorf("respell(%q) = %q, want %q", tc.w, got, tc.want)
		}
	}
}

// TestMaghrebiReading: Maghrebi words and verb markers reach the lexicon
// (كيدير، تيقولو, negation ما…ش around a marked verb), a second-person
// verb of knowing before a question word is the asker's frame, and the
// same verb as a question's own word is kept.
func TestMaghrebiReading(t *testing.T) {
	ix := defaultTestIndex(t)
	tests := []struct {
		q          string
		wantSearch []string
		notSearch  []string
		wantAsked  Asked
	}{
		{"شنو كان كيدير ألتمان؟", []string{"ألتمان"}, []string{"كيدير", "فعل"}, AskedAny},
		{"واش تعرف شكون اتصل بهيلين تونر؟", []string{"هيلين"}, []string{"تعرف"}, AskedPerson},
		{"تعرف علاش طردوه؟", nil, []string{"تعرف"}, AskedReason},
		{"فاش تلاقاو أعضاء المجلس؟", []string{"أعضاء"}, []string{"فاش"}, AskedAny},
		{"شكون لي صوتو باش يخرجو ألتمان؟", []string{"أخرج", "ألتمان"}, []string{"لي", "خرقوا"}, AskedPerson},
		{"ايمتى بلشت الأزمة؟", []string{"بدأ"}, []string{"بلشت"}, AskedTime},
		// Must keep: the verb is the question's ("how did the board learn").
		{"كيف تعرف المجلس على الصندوق؟", []string{"تعرف"}, nil, AskedAny},
	}
	for _, tc := range tests {
		sq := ix.standardize(tc.q)
		ws := strings.Fields(sq.search)
		for _, w := range tc.wantSearch {
			if !slices.Contains(ws, w) {
				t.Errorf("standardize(%q).search = %q, want the word %q", tc.q, sq.search, w)
			}
		}
		for _, w := range tc.notSearch {
			if slices.Contains(ws, w) {
				t.Errorf("standardize(%q).search = %q, must not keep %q", tc.q, sq.search, w)
			}
		}
		if got := AskedFor(sq.question); got != tc.wantAsked {
			t.Errorf("AskedFor(%q) = %q, want %q", sq.question, got, tc.wantAsked)
		}
	}
	lx := ix.dialect
	for _, w := range []string{"كيدير", "تيقولو", "ماكيشوفش", "كنعرف", "غيدير", "طيروا"} {
		if _, ok := lx.lookupArabic(w); !ok {
			t.Errorf("lookupArabic(%q): not found, want its verb's entry", w)
		}
	}
	// Standard words that start like a marker are not cut into lexicon forms.
	for _, w := range []string{"كتيبة", "بيان", "تيار", "كتاب", "حيث"} {
		if e, ok := lx.lookupArabic(w); ok {
			t.Errorf("lookupArabic(%q) = %v, want no entry", w, e)
		}
	}
}

// TestColloquialVerbForms: an object pronoun after the plural "-و"
// (يطردوه), the negation ـش with ما written apart (ما قالش) and a
// standard third-person imperfect (يرجع) reach the verb the corpus or the
// thesaurus knows; a Maghrebi feminine past in "-ات" keeps its كـ, and
// nouns are not cut.
func TestColloquialVerbForms(t *testing.T) {
	ix := defaultTestIndex(t)
	tests := []struct{ w, want string }{
		{"يطردوه", "طردوا"},
		{"قالش", "قال"},
		{"يرجع", "رجع"},
		{"يشرح", "شرح"},
		// Must reject.
		{"يناير", ""},
		{"نقاش", ""},
	}
	for _, tc := range tests {
		if got := ix.respell(tc.w); got != tc.want {
			t.Errorf("respell(%q) = %q, want %q", tc.w, got, tc.want)
		}
	}
	if fs := colloquialForms("كتبات"); slices.Contains(fs, "تبات") {
		t.Errorf("colloquialForms(كتبات) = %q: a feminine past lost its first letter", fs)
	}
	if fs := colloquialForms("كتبات"); !slices.Contains(fs, "كتبت") {
		t.Errorf("colloquialForms(كتبات) = %q, want كتبت among them", fs)
	}
}

// TestColloquialClitics: a function verb with an object pronoun (يقولهم,
// and under the negation: مقالهمش) is read as the function word; a
// colloquial possessive "-و" on a noun in ة reaches it (قوتو → قوة); a
// one-letter preposition is not cut off a word whose rest stems to two
// letters (كتبات is no ك + تبات).
func TestColloquialClitics(t *testing.T) {
	ix := defaultTestIndex(t)
	tests := []struct{ w, want string }{
		{"يقولهم", "يقول"},
		{"مقالهمش", "قال"},
		{"قوتو", "قوه"},
	}
	for _, tc := range tests {
		if got := ix.respell(tc.w); got != tc.want {
			t.Errorf("respell(%q) = %q, want %q", tc.w, got, tc.want)
		}
	}
	if got := ix.respell("كتبات"); got == "تبات" {
		t.Errorf("respell(كتبات) = %q: a Maghrebi past lost its first letter", got)
	}
}
