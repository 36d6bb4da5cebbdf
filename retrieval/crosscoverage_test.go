package retrieval

import (
	"slices"
	"sort"
	"strings"
	"testing"

	"casebot/corpus"
	"casebot/text"
)

// crossGaps lists the content terms of paras that no cross-language entry
// reaches, each with a word that has it: an Arabic term that no English
// word's translation gives (nor a name the English side writes with the
// same consonants), and a term of an English paragraph that no Arabic
// word's translation gives. A question in the other language cannot reach
// such a word except through a name or a number. Terms of skip are left
// out.
func crossGaps(lx *lexicon, paras []corpus.Paragraph, skip map[string]bool) map[string]string {
	arReach := map[string]bool{}
	arKeys := map[string]bool{} // consonant keys of the Arabic translations
	reach := func(ars []string) {
		for _, a := range ars {
			if k := translitKey(a); len([]rune(k)) >= 3 {
				arKeys[k] = true
			}
			for _, at := range Tokens(a) {
				arReach[at] = true
				for _, f := range lx.arForms[at] {
					arReach[f] = true
				}
			}
		}
	}
	for _, ars := range lx.enToAr {
		reach(ars)
	}
	for _, ars := range lx.phrases {
		reach(ars)
	}
	enReach := map[string]bool{}
	for _, ens := range lx.arToEn {
		for _, e := range ens {
			for _, et := range Tokens(e) {
				enReach[et] = true
			}
		}
	}
	gaps := map[string]string{}
	for _, p := range paras {
		for _, w := range text.Words(p.Section + " " + p.Text) {
			t := term(w)
			if t == "" || text.IsDigits(t) || skip[t] || gaps[t] != "" {
				continue
			}
			switch {
			case text.IsArabicWord(w):
				k := translitKey(w)
				if arReach[t] || len([]rune(k)) >= 3 && (arKeys[k] || len(lx.names["en"][k]) > 0) {
					continue
				}
				// A clitic form (استقالته) counts through its bare word.
				// TODO: the index does not yet give a corpus word's
				// clitic forms to the bare word's translations (done in
				// newLexicon's arForms, it put an older Arabic account
				// first on i11_final7 and i11_final16); only an Arabic
				// question reads them off (view).
				if slices.ContainsFunc(cliticBases(w), func(b string) bool { return arReach[b] }) {
					continue
				}
			case p.Language == "en":
				if enReach[t] || lx.entities[t] {
					continue
				}
			default:
				continue // a Latin name inside an Arabic paragraph
			}
			gaps[t] = w
		}
	}
	return gaps
}

// crossNoContent are the analysed terms of the multi-article corpus that
// say no content of their own, which the stop lists keep: function words
// (إذ, حول, رغم, until, unless), verb forms of "be" and "say" (ستكون,
// ليقوله), parts of contractions and abbreviations ('ve, U.S., Nov.), and
// the case's Latin names that an Arabic question writes in Latin letters
// too (OpenAI, ChatGPT); idioms whose words alone say something else
// (طي الكتمان, فجّرت مفاجأة, بمفاصل الحياة, الاضطلاع بمسؤولياته); and a
// light verb whose English is mostly a question's frame: a use → استخدموا
// line made "what wording did the board use" meet the encrypted tools of
// openai-altman-ouster-2023#7 (i11_final5 lost a two-article question),
// and a put → يضع line made "what did Altman put out on X" meet the
// move that puts him under Microsoft's umbrella (TestActorRanking); the
// idiom طويل الأمد (long-term), whose "long" would answer every "how
// long"; يُقدم (lines for offer, provide pulled «لم يُقدم تفسيرًا» into
// the topic of Microsoft's offer: TestTopicSummaryKeySentences); and
// يستقل, said only after «ما لم» (unless), where a resign → يستقل line
// made a claim that the staff threatened to resign read as negated
// (TestClaimCheckAcrossLanguages); the wire's "actions", "followed",
// "extraordinary", whose lines (خطوة, تلا, استثنائي) put the wire's staff
// revolt first for a question on Murati's complaints (i11_final6's right
// article first fell under its floor);
// and the words for "result" and "adding" (نتيجة, مضيفًا: said further),
// which a question uses to frame what it asks («ما نتيجة التحقيق؟», "who
// got added to the board"): lines for them made such questions, which
// the corpus cannot answer, look answered (i11_dev3, i11_dev5,
// i11_final11).
var crossNoContent = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`actions followed extraordinary between chatgpt co d done give nov openai u unless until ve well
		أدت إذ الأسماء أصل الاضطلاع أمام الأمد بعد بعدم بمفاصل تحت تزال جاء حول حي رغم ستكون سيعين سيكون طوال طي عندما فجرت الفعل فقال فهل قبل لديه ليقوله معهم استخدموا مضيفا result يضع طويل يستقل يقدم تتحكم المقابل مما نفسها وراء وهل يكن`) {
		for _, t := range Tokens(w) {
			m[t] = true
		}
	}
	return m
}()

// TestCrossLexiconCoverage: every content word of the multi-article
// corpus is reachable from the other language (glossary lines both ways,
// the clitic forms of cliticBases, names by their consonants). A new
// article's words that no line reaches show up here, to be given the
// dictionary's translations in glossary_cross_en_ar.txt.
func TestCrossLexiconCoverage(t *testing.T) {
	ix := multiIndex(t)
	gaps := crossGaps(ix.lex, ix.paras, crossNoContent)
	var ts []string
	for k := range gaps {
		ts = append(ts, k)
	}
	sort.Strings(ts)
	for _, k := range ts {
		t.Errorf("no cross-language entry reaches %q (term %q)", gaps[k], k)
	}
}

// TestCrossGapsReports: the checker reports a word no line translates,
// in either language, and passes one that a line, a clitic form or a
// name's consonants reach.
func TestCrossGapsReports(t *testing.T) {
	ix := multiIndex(t)
	paras := []corpus.Paragraph{
		{Language: "ar", Text: "شاهد الزرافة استقالته مع ألتمان جريج"},
		{Language: "en", Text: "The giraffe resigned."},
	}
	gaps := crossGaps(ix.lex, paras, nil)
	key := func(w string) string { return Tokens(w)[0] }
	for _, w := range []string{"الزرافة", "giraffe", "شاهد"} {
		if gaps[key(w)] == "" {
			t.Errorf("%q not reported (gaps %v)", w, gaps)
		}
	}
	for _, w := range []string{"استقالته", "ألتمان", "جريج", "resigned"} {
		if gaps[key(w)] != "" {
			t.Errorf("%q reported, but a line reaches it", w)
		}
	}
	if got := crossGaps(ix.lex, paras, set(key("الزرافة"), key("giraffe"), key("شاهد"))); len(got) != 0 {
		t.Errorf("skipped terms still reported: %v", got)
	}
}
