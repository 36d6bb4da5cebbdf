package answer

import (
	"context"
	"slices"
	"strings"
	"testing"

	"casebot/corpus"
)

// claimCase is one sentence checked against paragraphs of the default
// article: cite are the paragraph numbers it cites, given the others the
// model had.
type claimCase struct {
	name  string
	claim string
	cite  []int
	given []int
	// want is the reason it must fail with ("" for any reason).
	want string
}

// paragraphsOf returns the default corpus's paragraphs by number as
// prompt paragraphs.
func paragraphsOf(t *testing.T, c *corpus.Corpus, ns []int) []ctxPara {
	t.Helper()
	var out []ctxPara
	for _, n := range ns {
		var p corpus.Paragraph
		for _, q := range c.Paragraphs() {
			if q.N == n {
				p = q
			}
		}
		if p.Ref == "" {
			t.Fatalf("no paragraph %d", n)
		}
		out = append(out, ctxPara{N: len(out) + 1, P: p, Text: p.Text})
	}
	return out
}

// claimAttacks are sentences a misled or weak model could write, each
// citing paragraphs that do not bear it out. Every one must fail.
var claimAttacks = []claimCase{
	{"unanimous en", "The board voted unanimously to fire Altman.", []int{7}, []int{1, 8}, ReasonAbsolute},
	{"all members en", "All six board members voted to remove Altman.", []int{7}, []int{1, 8}, ReasonAbsolute},
	{"unanimous ar", "صوّت أعضاء المجلس بالإجماع على إقالة ألتمان.", []int{7}, []int{1, 8}, ReasonAbsolute},
	{"only ar", "وحده سوتسكيفر صوّت لإقالة ألتمان.", []int{7}, []int{1, 8}, ReasonAbsolute},
	{"vote count en", "Five of the six members voted to remove Altman.", []int{7}, []int{1, 8}, ReasonNumber},
	{"vote count ar", "قرر خمسة من أصل ستة أعضاء التصويت لإقالة ألتمان.", []int{7}, []int{1, 8}, ReasonNumber},
	{"date en", "The board met in secret on 17 November.", []int{7}, []int{1, 8}, ReasonNumber},
	{"date arabic digits", "اجتمع أعضاء المجلس في ١٧ نوفمبر.", []int{7}, []int{1, 8}, ReasonNumber},
	{"year en", "Altman was fired in November 2022.", []int{1}, []int{7, 9}, ReasonNumber},
	{"hours not days", "OpenAI brought Altman back within hours.", []int{1}, []int{7, 9}, ReasonNumber},
	{"thousands", "Thousands of employees threatened to resign.", []int{8}, []int{7, 9}, ReasonNumber},
	{"espionage", "Mira Murati was arrested for espionage.", []int{5}, []int{4, 6}, ReasonGrave},
	{"espionage year", "Mira Murati was arrested for espionage in 2022.", []int{5}, []int{4, 6}, ""},
	{"stole", "Altman was fired because he stole money from the company.", []int{2}, []int{1, 3}, ReasonGrave},
	{"fraud ar", "اتُّهم ألتمان بالاحتيال على المستثمرين.", []int{6}, []int{5, 7}, ""},
	{"arrest ar", "اعتُقلت ميرا موراتي بتهمة التجسس.", []int{5}, []int{4, 6}, ""},
	{"wrong person voted en", "Mira Murati voted to remove Altman.", []int{7}, []int{4, 5}, ReasonName},
	{"wrong person reinstated en", "Greg Brockman was reinstated as chief executive.", []int{9}, []int{7, 8}, ReasonName},
	{"company not mentioned", "Microsoft forced the board to bring Altman back.", []int{9}, []int{7, 8}, ReasonName},
	{"name opening the sentence", "Brockman was reinstated as chief executive.", []int{9}, []int{7, 8}, ReasonName},
	{"latin name in arabic", "أجبرت Microsoft المجلس على إعادة ألتمان.", []int{9}, []int{7, 8}, ReasonName},
	{"dropped negation en", "The startup fund was independent, as OpenAI had announced.", []int{3}, []int{1, 4}, ReasonNegation},
	{"dropped negation ar", "كان صندوق دعم الشركات الناشئة مستقلًا كما أُعلن.", []int{3}, []int{1, 4}, ReasonNegation},
	{"dropped negation explanation ar", "قدّم المجلس تفسيرًا مقنعًا للموظفين وللإعلام.", []int{8}, []int{7, 9}, ReasonNegation},
	{"added negation en", "Altman did not lie to the board about safety evaluations.", []int{6}, []int{5, 7}, ReasonNegation},
	{"added negation ar", "لم يكذب ألتمان على المجلس بشأن تقييمات السلامة.", []int{6}, []int{5, 7}, ReasonNegation},
	{"never", "Altman never returned to his post.", []int{9}, []int{1, 8}, ""},
	{"mere dispute", "What happened at OpenAI was a mere administrative dispute.", []int{11}, []int{10, 9}, ReasonNegation},
	{"wrong paragraph ar", "قرر أربعة من أصل ستة أعضاء التصويت لإقالة ألتمان.", []int{4}, []int{7, 8}, ""},
	{"wrong paragraph en", "Four of the six board members voted to remove Altman.", []int{5}, []int{7, 8}, ""},
	{"borrowed from other paragraph ar", "أعادت الشركة غريغ بروكمان إلى منصبه التنفيذي.", []int{9}, []int{7, 8}, ""},
	{"clause from another paragraph ar", "اتُّهم ألتمان بالكذب على المجلس، واستجابت الشركة بسرعة وأعادته.", []int{6}, []int{3, 9}, ReasonContent},
	{"outside topic", "Altman later founded a new company that builds rockets.", []int{9}, []int{7, 8}, ""},
	{"no citation", "Altman was accused of lying to the board.", nil, []int{6, 7}, ReasonNoCitation},
	{"model abstains mid-sentence", "NOT_IN_SOURCES but Altman was fired.", []int{1}, []int{7}, ReasonAbstained},
}

// claimControls are true statements of the article, paraphrased by hand,
// citing the paragraph that says them. Every one must pass.
var claimControls = []claimCase{
	{"vote en", "Four of the six board members voted to remove Altman, Sutskever and Toner among them.", []int{7}, []int{1, 8}, ""},
	{"vote ar", "صوّت أربعة من ستة أعضاء لإقالة ألتمان.", []int{7}, []int{1, 8}, ""},
	{"date", "The board met virtually on 16 November.", []int{7}, []int{1, 8}, ""},
	{"fund not independent en", "The startup fund was not independent: Altman owned it.", []int{3}, []int{1, 4}, ""},
	{"fund not independent ar", "لم يكن صندوق دعم الشركات الناشئة مستقلًا، بل كان ملكًا لألتمان.", []int{3}, []int{1, 4}, ""},
	{"no explanation en", "The board gave no convincing explanation to the employees or the media.", []int{8}, []int{7, 9}, ""},
	{"hundreds", "Hundreds of employees threatened to resign.", []int{8}, []int{7, 9}, ""},
	{"without the board", "Altman launched ChatGPT to the public without consulting the board.", []int{6}, []int{5, 7}, ""},
	{"reinstated", "The company quickly reinstated Altman as chief executive.", []int{9}, []int{7, 8}, ""},
	{"days", "OpenAI fired Altman in November 2023 and brought him back days later.", []int{1}, []int{7, 9}, ""},
	{"murati", "Murati said Altman tried to restrict her.", []int{5}, []int{4, 6}, ""},
	{"all criticism", "The return showed his influence despite all the criticism.", []int{9}, []int{7, 8}, ""},
	{"lied ar", "اتُّهم ألتمان بالكذب على المجلس بشأن تقييمات السلامة.", []int{6}, []int{5, 7}, ""},
}

func runClaim(t *testing.T, c *corpus.Corpus, m matcher, tc claimCase) support {
	t.Helper()
	e := &Engine{corpus: c, suspect: map[string]string{}}
	cited := paragraphsOf(t, c, tc.cite)
	given := append(append([]ctxPara(nil), cited...), paragraphsOf(t, c, tc.given)...)
	if len(tc.cite) == 0 {
		cited = nil
	}
	return e.checkClaim(context.Background(), m, tc.claim, cited, given)
}

func TestClaimCheckRejectsAttacks(t *testing.T) {
	c, ix := defaultIndexI(t)
	for _, tc := range claimAttacks {
		t.Run(tc.name, func(t *testing.T) {
			s := runClaim(t, c, ix, tc)
			if s.reason == "" {
				t.Errorf("%q passed the claim check (coverage %.2f, present %v, absent %v, unknown %v)", tc.claim, s.coverage, s.present, s.absent, s.unknown)
			} else if tc.want != "" && s.reason != tc.want {
				t.Errorf("%q failed with %s, want %s", tc.claim, s.reason, tc.want)
			}
		})
	}
}

func TestClaimCheckKeepsControls(t *testing.T) {
	c, ix := defaultIndexI(t)
	for _, tc := range claimControls {
		t.Run(tc.name, func(t *testing.T) {
			if s := runClaim(t, c, ix, tc); s.reason != "" {
				t.Errorf("%q failed: %s (coverage %.2f, present %v, absent %v, unknown %v)", tc.claim, s.reason, s.coverage, s.present, s.absent, s.unknown)
			}
		})
	}
}

// TestClaimCheckEnglishSources runs the check over an English article:
// true paraphrases pass, changed facts fail.
func TestClaimCheckEnglishSources(t *testing.T) {
	c, ix := multiIndexI(t)
	e := New(c, ix, Options{})
	var paras []ctxPara
	for i, ref := range []string{"en-wire-2023-11-24#1", "en-wire-2023-11-24#2", "en-wire-2023-11-24#4", "en-wire-2023-11-24#5"} {
		p, ok := c.Lookup(ref)
		if !ok {
			t.Fatalf("no paragraph %s", ref)
		}
		paras = append(paras, ctxPara{N: i + 1, P: p, Text: p.Text})
	}
	for claim, want := range map[string]bool{
		"Altman is back as OpenAI's chief executive after five days of turmoil [1].":   true,
		"The board fired him on Friday, November 17 [1].":                              true,
		"A new board of three members is chaired by Bret Taylor [3].":                  true,
		"Adam D'Angelo is the only member of the previous board to keep his seat [3].": true,
		"Helen Toner and Ilya Sutskever are no longer on the board [4].":               true,
		"The board fired him on Monday, November 20 [1].":                              false,
		"All members of the previous board kept their seats [3].":                      false,
		"Helen Toner is still on the board [4].":                                       false,
		"A new board of five members is chaired by Satya Nadella [3].":                 false,
	} {
		g := e.ground(context.Background(), claim, paras, "en", maxAnswerRunes)
		if got := len(g.Claims) == 1 && g.Claims[0].Supported; got != want {
			t.Errorf("%q: supported %v, want %v (%+v)", claim, got, want, g.Claims)
		}
	}
}

// TestNameWordsAtSentenceStart: a capital that opens a sentence (or
// follows a colon or a quotation mark) makes no name of an everyday word,
// even one the glossary translates; a known name, or a word with a capital
// inside, is a name there too.
func TestNameWordsAtSentenceStart(t *testing.T) {
	_, ix := defaultIndexI(t)
	for s, want := range map[string]string{
		"More broadly, the episode was a struggle for power.": "",
		"Interim leadership went to Murati.":                  "Murati",
		"New members joined: Board seats changed hands.":      "",
		"Brockman left the company.":                          "Brockman",
		"Microsoft hired him.":                                "Microsoft",
		"OpenAI fired him.":                                   "OpenAI",
		"The board said: «Employees were not told».":          "",
	} {
		var got []string
		for _, g := range nameWords(ix, s) {
			got = append(got, strings.Join(g, " "))
		}
		if strings.Join(got, "|") != want {
			t.Errorf("nameWords(%q) = %q, want %q", s, got, want)
		}
	}
	// The openers above are words the glossary knows: without the name
	// test they would be taken for names.
	for _, w := range []string{"More", "New", "Board", "Employees", "Interim"} {
		if !ix.Translates(w, "ar") {
			t.Errorf("the glossary does not know %q; pick another opener", w)
		}
	}
}

// TestClaimCheckAcrossLanguages: a sentence in one language citing a
// paragraph in the other is checked through the lexicon both ways: true
// paraphrases are kept, sentences the paragraph does not say are removed,
// whichever way the languages go.
func TestClaimCheckAcrossLanguages(t *testing.T) {
	e, paras := multiClaimRig(t, "en-wire-2023-11-24#1", "en-wire-2023-11-24#4", "en-wire-2023-11-24#9",
		"ar-microsoft-2023-11-20#3", "ar-microsoft-2023-11-20#4", "ar-microsoft-2023-11-20#1")
	for claim, want := range map[string]bool{
		// Arabic sentences, English paragraphs.
		"عاد ألتمان رئيسًا تنفيذيًا لشركة OpenAI بعد خمسة أيام من الاضطرابات [1].":                   true,
		"يرأس بريت تايلور مجلس الإدارة الجديد المؤلف من ثلاثة أعضاء [2].":                            true,
		"عُيّنت موراتي رئيسة تنفيذية مؤقتة عند إقالة ألتمان، ثم استبدلها المجلس بشير بعد يومين [3].": true,
		"قال شير إنه سعيد جدًا بالنتيجة بعد نحو 72 ساعة من العمل المكثف [3].":                        true,
		"يرأس ساتيا ناديلا مجلس الإدارة الجديد المؤلف من خمسة أعضاء [2].":                            false,
		"عيّن المجلس الجديد ساتيا ناديلا رئيسًا له [2].":                                             false,
		"قال شير إنه غاضب من النتيجة [3].":                                                           false,
		"طلب المستثمرون من شير مغادرة الشركة [3].":                                                   false,
		// English sentences, Arabic paragraphs.
		"OpenAI's board appointed Emmett Shear, a co-founder of Twitch, as interim chief executive [4].":            true,
		"More than 500 OpenAI employees signed a letter threatening to resign and join Microsoft [5].":              true,
		"Satya Nadella announced that Altman and Brockman would join Microsoft to lead a new AI research team [6].": true,
		"The board accused Shear of lying to the employees [4].":                                                    false,
		"Investors chose Shear to run OpenAI's safety team [4].":                                                    false,
		"More than 900 OpenAI employees signed a letter threatening to resign and join Google [5].":                 false,
		"Satya Nadella announced that Altman would not join Microsoft [6].":                                         false,
	} {
		g := e.ground(context.Background(), claim, paras, "", maxAnswerRunes)
		if got := len(g.Claims) == 1 && g.Claims[0].Supported; got != want {
			t.Errorf("%q: supported %v, want %v (%+v)", claim, got, want, g.Claims)
		}
	}
	// Under the verdicts: a word the lexicon translates into the cited
	// paragraph's language, and that the paragraph lacks in every form,
	// counts against the sentence (absent), whichever way the languages go.
	m := e.claimMatcher()
	for claim, c := range map[string]struct {
		cite   int
		absent string
	}{
		"هاجم تايلور المستثمرين في مؤتمر صحفي":              {2, "المستثمرين"},
		"The board accused Shear of lying to the employees": {4, "employees"},
	} {
		s := e.checkClaim(context.Background(), m, claim, paras[c.cite-1:c.cite], paras)
		if !slices.Contains(s.absent, c.absent) {
			t.Errorf("%q: %q not counted against it (present %v, absent %v, unknown %v)", claim, c.absent, s.present, s.absent, s.unknown)
		}
	}
}
