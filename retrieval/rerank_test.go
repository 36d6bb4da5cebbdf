package retrieval

import (
	"slices"
	"strings"
	"testing"
)

func TestRootKey(t *testing.T) {
	same := [][2]string{
		{"عضو", "اعضاء"},      // broken plural
		{"صوت", "تصويت"},      // verbal noun
		{"طرد", "مطرود"},      // participle
		{"كذب", "كذاب"},       // intensive
		{"كدب", "كذب"},        // ذ said as د
		{"موظف", "موظفون"},    // sound plural
		{"اجتماع", "اجتمع"},   // verb and noun
		{"كتيبه", "كتيب"},     // teh marbuta
		{"استقاله", "استقال"}, // noun and verb
	}
	for _, p := range same {
		a, b := rootKey(term(p[0])), rootKey(term(p[1]))
		if a == "" || a != b {
			t.Errorf("rootKey(%s) = %q, rootKey(%s) = %q: want one root", p[0], a, p[1], b)
		}
	}
	differ := [][2]string{{"عضو", "صوت"}, {"طرد", "كذب"}, {"مجلس", "سلم"}}
	for _, p := range differ {
		if a, b := rootKey(term(p[0])), rootKey(term(p[1])); a == b {
			t.Errorf("rootKey(%s) = rootKey(%s) = %q: want different roots", p[0], p[1], a)
		}
	}
	for _, w := range []string{"board", "2023", "ب", ""} {
		if k := rootKey(w); k != "" {
			t.Errorf("rootKey(%q) = %q, want none", w, k)
		}
	}
}

func TestPhonologyForms(t *testing.T) {
	cases := []struct {
		w, want string
	}{
		{"كدب", "كذب"},
		{"تلات", "ثلات"},
		{"طريأه", "طريقه"},
		{"جال", "قال"},
	}
	for _, tc := range cases {
		if got := phonologyForms(tc.w); !slices.Contains(got, tc.want) {
			t.Errorf("phonologyForms(%s) = %v, want %s among them", tc.w, got, tc.want)
		}
	}
	// An alef opening a word is a hamza seat, never a qaf.
	for _, f := range phonologyForms("اكل") {
		if strings.HasPrefix(f, "ق") {
			t.Errorf("phonologyForms(اكل) gives %s", f)
		}
	}
	if got := phonologyForms("في"); len(got) != 0 {
		t.Errorf("phonologyForms(في) = %v, want none for a two-letter word", got)
	}
}

func TestDialectReading(t *testing.T) {
	ix := buildDefault(t, Options{})
	cases := []struct {
		q       string
		want    []string // analysed terms the search must have
		notWant []string // and must not
	}{
		// كدب is كذب said the Levantine/Egyptian way.
		{"هما ليه بيقولو ان سام كداب؟ كدب في ايه؟", []string{"كذب"}, nil},
		// "كم واحد" asks how many; it is not the "أحد" of the article.
		{"كم واحد من الاعضاء صوتوا؟", []string{"اعضاء"}, []string{"احد"}},
		// كانو is the function word كانوا, not a name to match.
		{"شحال من عضو كانو فالمجلس؟", []string{"عضو"}, []string{"كانو"}},
		// إيليا is the article's إليا with one long vowel more.
		{"شو كان شغل إيليا بالشركة؟", []string{"اليا"}, []string{"ايليا"}},
	}
	for _, tc := range cases {
		terms := Tokens(ix.analyse(tc.q))
		for _, w := range tc.want {
			if !slices.Contains(terms, w) {
				t.Errorf("%s: terms %v lack %s", tc.q, terms, w)
			}
		}
		for _, w := range tc.notWant {
			if slices.Contains(terms, w) {
				t.Errorf("%s: terms %v have %s", tc.q, terms, w)
			}
		}
	}
	if got := ix.standardize("شحال من عضو؟"); AskedFor(got.question) != AskedNumber {
		t.Errorf("شحال من عضو: asked %q, want a number", AskedFor(got.question))
	}
}

func TestExtraVowel(t *testing.T) {
	ix := buildDefault(t, Options{})
	if got := ix.vocab.extraVowel(term("إيليا")); got != "إليا" {
		t.Errorf("extraVowel(إيليا) = %q, want إليا", got)
	}
	// A common word (the corpus writes it with ال) is never matched so,
	// nor is a short word.
	for _, w := range []string{"الشركات", "شريكة", "ليا"} {
		if got := ix.vocab.extraVowel(term(w)); got != "" {
			t.Errorf("extraVowel(%s) = %q, want none", w, got)
		}
	}
}

// rerankCorpus has two paragraphs sharing the question's words: the first
// scatters them over two sentences, the second holds them in one.
func rerankCorpus(t *testing.T) *Index {
	t.Helper()
	a := mustArticle(t, "r", "عنوان\n"+
		"تحدث الموظفون عن الشركة طويلا. وفي يوم آخر ناقش المجلس الميزانية السنوية.\n\n"+
		"هدد الموظفون بالاستقالة إذا لم يتراجع المجلس. ثم عاد الهدوء إلى الشركة.\n\n"+
		"قصة أخرى عن الطقس والمطر في الشتاء.\n")
	return indexOfArticle(t, a)
}

func TestSentenceFit(t *testing.T) {
	ix := rerankCorpus(t)
	units := ix.rerankUnits(ix.standardize("هل هدد الموظفون المجلس؟"))
	if len(units) == 0 {
		t.Fatal("no units")
	}
	scattered, together, none := ix.sentenceFit(units, AskedAny, 0), ix.sentenceFit(units, AskedAny, 1), ix.sentenceFit(units, AskedAny, 2)
	if together <= scattered {
		t.Errorf("fit of the one-sentence paragraph %.2f, of the scattered one %.2f: want it higher", together, scattered)
	}
	if none != 0 {
		t.Errorf("fit of an unrelated paragraph = %.2f, want 0", none)
	}
	if together > 1 || scattered < 0 {
		t.Errorf("fits %.2f, %.2f outside [0, 1]", together, scattered)
	}
	// A rough root counts a little: استقالة for يستقيلون.
	units = ix.rerankUnits(ix.standardize("هل استقال الموظفون؟"))
	if f := ix.sentenceFit(units, AskedAny, 1); f <= ix.sentenceFit(units, AskedAny, 2) {
		t.Errorf("root match gives fit %.2f, want more than an unrelated paragraph", f)
	}

	// Re-ranking puts the one-sentence paragraph first when fused scores tie.
	fused := []scored{{doc: 0, score: 0.9}, {doc: 1, score: 0.9}, {doc: 2, score: 0.1}}
	ix.rerank(fused, ix.standardize("هل هدد الموظفون المجلس؟"), AskedAny)
	if fused[0].doc != 1 {
		t.Errorf("re-ranked order %v, want paragraph 1 first", fused)
	}
	for _, f := range fused {
		if f.score < 0 || f.score > 1 {
			t.Errorf("re-ranked score %.2f outside [0, 1]", f.score)
		}
	}
}

func TestExcludedWords(t *testing.T) {
	got := excludedWords("Apart from the chief executive, who else got pushed aside?")
	for _, w := range []string{"chief", "executive"} {
		if !got[w] {
			t.Errorf("excludedWords lacks %q: %v", w, got)
		}
	}
	for _, w := range []string{"pushed", "aside", "apart"} {
		if got[w] {
			t.Errorf("excludedWords has %q: %v", w, got)
		}
	}
	if got := excludedWords("من صوّت باستثناء تونر؟"); !got["تونر"] {
		t.Errorf("excludedWords(باستثناء تونر) = %v", got)
	}
	if got := excludedWords("Who fired the chief executive?"); len(got) != 0 {
		t.Errorf("excludedWords without a cue = %v, want none", got)
	}
}

// BenchmarkRerank times the re-ranking stage alone on the default corpus,
// to set against BenchmarkQuery's whole fused search.
func BenchmarkRerank(b *testing.B) {
	ix := buildDefault(b, Options{})
	sq := ix.standardize("مين من الأعضاء صوّت ضد ألتمان في الاجتماع؟")
	fused := make([]scored, len(ix.paras))
	b.ReportAllocs()
	for b.Loop() {
		for i := range fused {
			fused[i] = scored{doc: i, score: 1 - float64(i)*0.01}
		}
		ix.rerank(fused, sq, AskedAny)
	}
}

// TestFitParticles: «بعد» and «قبل» place a question in time and are no
// word for a sentence to carry; a content word next to them still is.
func TestFitParticles(t *testing.T) {
	a := mustArticle(t, "p", "عنوان\n"+
		"عاد المدير بعد أيام من الإقالة.\n\n"+
		"قبل الاجتماع هدد الموظفون بالاستقالة.\n")
	ix := indexOfArticle(t, a)
	tests := []struct {
		q    string
		term string
		want bool
	}{
		{"ماذا فعل الموظفون بعد الإقالة؟", "بعد", false},
		{"ماذا فعل الموظفون قبل الاجتماع؟", "قبل", false},
		{"ماذا فعل الموظفون بعد الإقالة؟", "موظف", true},
		{"ماذا فعل الموظفون قبل الاجتماع؟", "اجتماع", true},
		// How long after: «بعد» is then what the answer carries.
		{"عاد المدير بعد كم يوم؟", "بعد", true},
	}
	for _, tc := range tests {
		got := false
		for _, u := range ix.rerankUnits(ix.standardize(tc.q)) {
			if slices.Contains(u.terms, term(tc.term)) {
				got = true
			}
		}
		if got != tc.want {
			t.Errorf("%q: unit %q present = %v, want %v", tc.q, tc.term, got, tc.want)
		}
	}
}
