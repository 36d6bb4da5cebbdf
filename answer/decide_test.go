package answer

import (
	"context"
	"testing"

	"casebot/retrieval"
	"casebot/text"
)

// Sentences of the default article, quoted by the cases below.
const (
	sentFired    = "في نوفمبر 2023، فجّرت شركة OpenAI مفاجأة مدوية بإقالة مديرها التنفيذي سام ألتمان، أحد أبرز الأسماء في عالم الذكاء الاصطناعي، قبل أن تعيده إلى منصبه بعد أيام."
	sentMeeting  = "في 16 نوفمبر، اجتمع أعضاء المجلس في لقاء افتراضي سري، استخدموا خلاله أدوات مشفّرة لتبادل الوثائق."
	sentVote     = "وقرّر أربعة من أصل ستة أعضاء التصويت لإقالة ألتمان، من ضمنهم سوتسكيفر وهيلين تونر."
	sentCall     = "أحد أبرز فصول الرواية كان المكالمة المفاجئة من إليا سوتسكيفر، كبير العلماء في OpenAI، إلى عضو المجلس هيلين تونر، حيث حثّها على التواصل مع ميرا موراتي، مديرة التكنولوجيا بالشركة."
	sentBook     = "وقد ظلت الأسباب الحقيقية وراء هذه الخطوة طي الكتمان حتى كشفت الصحفية كيتش هيغي في كتابها الجديد عن كواليس درامية تضمنت اتهامات بالتحكم والانفراد بالقرار."
	sentExplain  = "لكن المجلس، رغم اتهامه ألتمان بعدم الشفافية، لم يُقدم تفسيرًا مقنعًا للموظفين أو للإعلام."
	sentBrockman = "كما تم إبعاد غريغ بروكمان، أحد مؤسسي الشركة."
	sentFund     = "تبدأ جذور الأزمة في صيف 2023، عندما اكتشف أحد أعضاء مجلس الإدارة، عن طريق المصادفة، أن \"صندوق دعم الشركات الناشئة\" الذي أنشأته OpenAI لم يكن مستقلًا كما أُعلن، بل يملكه فعليًا سام ألتمان."
	sentWorry    = "وخلال تلك المكالمات، كشفت موراتي أن ألتمان كان يحاول تقييدها إداريًا ويطلب حضور مسؤولي الموارد البشرية في اجتماعاتها الخاصة معه، مما زاد من قلق المجلس بشأن أسلوبه في الإدارة."
)

func decideEngine(t *testing.T) (*Engine, *retrieval.Index) {
	t.Helper()
	c, ix := defaultIndexI(t)
	return New(c, ix, Options{}), ix
}

// decisionCase is a question, the one quote it is answered with and the
// offline decision wanted.
type decisionCase struct {
	name, question, quote, want string
}

// checkDecisions runs decideOffline on every case, each as a subtest, and
// reports a decision other than the one wanted.
func checkDecisions(t *testing.T, e *Engine, ix *retrieval.Index, cases []decisionCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res, err := ix.Search(context.Background(), tc.question, retrieval.SearchOptions{K: 5})
			if err != nil {
				t.Fatal(err)
			}
			got, _ := e.decideOffline(tc.question, res, []string{tc.quote})
			if got != tc.want {
				t.Errorf("%q with quote %.40q…: %s, want %s (confidence %.2f, unknown %v)", tc.question, tc.quote, got, tc.want, res.Confidence, res.Unknown)
			}
		})
	}
}

// TestDecideOffline holds each rule of the offline decision on a pair: a
// quote that gives what the question asks for, and one that does not, so
// that every rule is shown to fail as well as pass.
func TestDecideOffline(t *testing.T) {
	e, ix := decideEngine(t)
	checkDecisions(t, e, ix, []decisionCase{
		// A name or title: a new person (or Latin name, or quoted title) answers.
		{"name missing", "ما عنوان كتاب كيتش هيغي؟", sentBook, "no-name"},
		{"name given", "What is the name of the chief technology officer?", sentCall, "according"},
		// A Latin name or a quoted title counts only when the quote
		// introduces it as the kind of thing asked for: OpenAI follows
		// «شركة» (a company), the quoted fund is not a book.
		{"title asked, a company named", "What's the title of Keach Hagey's book about the Altman firing?", sentFired, "no-name"},
		{"title asked, a fund quoted", "What's the title of Keach Hagey's book about the Altman firing?", sentFund, "no-name"},
		{"company asked, a company named", "What is the name of the company that fired its chief executive in November 2023?", sentFired, "according"},
		// A person of the corpus is a name only next to the kind asked for.
		{"startup asked, scientists named", "What's the name of Mira Murati's new startup?", sentCall, "no-name"},
		{"book asked, its author named", "شو عنوان كتاب الصحفية؟", sentBook, "no-name"},
		// A quoted title opening with the kind asked for names it.
		{"fund asked, the fund quoted", "ما اسم الصندوق الذي اكتشف العضو أن ألتمان يملكه؟", sentFund, "hedge"},
		// Who: a person the question does not name already.
		{"who, only the question's people", "Besides Sutskever and Toner, who voted to fire Altman?", sentVote, "hedge"},
		{"who, a new person", "من هي مديرة التكنولوجيا في OpenAI؟", sentCall, "according"},
		// A figure or date beyond the question's own.
		{"time, only the question's date", "What time of day was the 16 November board meeting?", sentMeeting, "no-time"},
		{"time, a new date", "When did the board members meet in secret?", sentMeeting, "according"},
		// The date must stand in a clause with the question's words: the
		// summer dates the finding, not the fund's creation.
		{"time, the date of another clause", "متى أنشأت OpenAI صندوق دعم الشركات الناشئة؟", sentFund, "no-time"},
		{"time, the date of the clause asked about", "متى اكتشف أحد أعضاء مجلس الإدارة أمر الصندوق؟", sentFund, "according"},
		{"number, none", "How many employees threatened to resign?", sentExplain, "no-number"},
		{"number, given", "كم عضوًا صوّت لإقالة ألتمان؟", sentVote, "according"},
		// Whether someone did something: the quotes must name them.
		{"yes/no, person absent", "هل صارت ميرا موراتي الرئيسة التنفيذية بعد طرد سام؟", sentFired, "not-said"},
		{"yes/no, person present", "Was Brockman pushed out too?", sentBrockman, "according"},
		// …and say something of what the question asks about them.
		{"yes/no, only the name", "هل عاد غريغ بروكمان إلى الشركة لاحقًا؟", sentBrockman, "not-said"},
		// The opposite of something: the quotes must say "not".
		{"negated, quote affirms", "مين العضوين اللي صوتو ضد الاقالة؟", sentVote, "hedge"},
		{"negated, quote negates", "Why didn't the board explain the firing to employees?", sentExplain, "according"},
		// Who, and the quote speaks of the one asked about only as «أحد
		// أعضاء…» or "four of six members", naming no one new next to
		// it or in its "including" list: the name is not given.
		{"who, an unnamed member", "مين من أعضاء مجلس الإدارة اكتشف أمر الصندوق؟", sentFund, "no-name"},
		{"who, a named member", "Who is the board member Sutskever phoned?", sentCall, "according"},
		{"who, the rest of a list", "Apart from Sutskever and Toner, who were the other board members that voted?", sentVote, "no-name"},
		{"who, the list names new members", "من هم أعضاء المجلس الذين صوتوا لإقالة ألتمان؟", sentVote, "according"},
		// Who are the six (a counted group), and the quote names two of
		// them: part of the answer, hedged; naming as many as asked is
		// an answer.
		{"who, fewer names than the group counted", "من هم أعضاء مجلس الإدارة الستة بالأسماء؟", sentVote, "hedge"},
		{"who, fewer names than counted, in English", "Name the four board members who voted to fire Altman", sentVote, "hedge"},
		{"who, as many names as counted", "من هم 2 من أعضاء المجلس الذين صوتوا لإقالة ألتمان؟", sentVote, "according"},
		// «أحد أبرز فصول» is no role; "how … who" asks how.
		{"who, a stray indefinite word", "Who told Helen Toner to reach out to Murati?", sentCall, "according"},
		{"how, not who", "How did one board member learn who owned the fund?", sentFund, "according"},
		// Colloquial refusal verbs are negations too.
		{"negated (رفضو), quote affirms", "مين العضوين اللي رفضو يصوتو على اقالة التمان؟", sentVote, "hedge"},
		{"negated (ماصوتوش), quote affirms", "مين اللي ماصوتوش على اقالة التمان؟", sentVote, "hedge"},
	})
}

// TestDecideUnknownWords: words the corpus never uses no longer force a
// hedge when the quotes carry most of the question, and still hedge when
// they carry little of it.
func TestDecideUnknownWords(t *testing.T) {
	e, ix := decideEngine(t)
	q := "ليش المجلس قلق من أسلوب ألتمان في الإدارة وقتذاك؟"
	res, err := ix.Search(context.Background(), q, retrieval.SearchOptions{K: 5})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Unknown) == 0 {
		t.Skipf("no unknown word in %q any more (%v): pick another question", q, res.Unknown)
	}
	if got, _ := e.decideOffline(q, res, []string{sentWorry}); got != "according" {
		t.Errorf("%q with the quote that answers it: %s, want according (unknown %v, cover %.2f)", q, got, res.Unknown, e.match(q, sentWorry))
	}
	if got, _ := e.decideOffline(q, res, []string{sentBook}); got != "hedge" {
		t.Errorf("%q with an unrelated quote: %s, want hedge", q, got)
	}
}

func TestQuestionShape(t *testing.T) {
	cases := []struct {
		q    string
		want shape
	}{
		{"هل صارت ميرا موراتي الرئيسة التنفيذية؟", shape{yesNo: true}},
		{"Did Sutskever regret his vote?", shape{yesNo: true}},
		{"ما عنوان كتاب كيتش هيغي؟", shape{name: true}},
		{"Which board member found out? whats their name", shape{name: true, person: true, who: true}},
		{"مين العضوين اللي صوتو ضد الاقالة؟", shape{who: true, negated: true}},
		{"لم أقال المجلس ألتمان؟", shape{}}, // لِمَ: why, not a negation
		{"Why didn't the board explain?", shape{negated: true, open: true}},
		{"What did the article say about the board?", shape{open: true}},
		{"ليش الموظفين زعلوا؟", shape{open: true}},
		{"ما الذي دفع الشركة إلى إعادته؟", shape{open: true}},
		// Which app asks for its name (shape.product), not for an account.
		{"What encrypted app did the board use?", shape{product: "app"}},
		{"How many members voted?", shape{}},
		{"How long was he out?", shape{}},
		// Colloquial negation and refusal reach the negation rule…
		{"مين اللي رفضو يصوتو؟", shape{who: true, negated: true}},
		{"مين اللي ما صوتوش؟", shape{who: true, negated: true}},
		{"مين اللي ماصوتوش؟", shape{who: true, negated: true}},
		{"مين اللي كان ضدو؟", shape{who: true, negated: true}},
		{"مين اللي يرفضون رجوعه؟", shape{who: true, negated: true}},
		// …but neither a word that only begins like them nor "or against".
		{"مين اللي صوتو؟", shape{who: true}},
		{"مين اللي رفع القضية؟", shape{who: true}},
		{"هيلين تونر صوتت مع اقالة التمان ولا ضدها؟", shape{}},
		{"Did Toner vote for or against?", shape{yesNo: true}},
		// "What's" (any apostrophe, or none) is "what is" for the name cues.
		{"What's the title of the book?", shape{name: true}},
		{"What’s the title of the book?", shape{name: true}},
		{"whats the title of the book", shape{name: true}},
		{"What the book says about the title holder", shape{}},
		// A courtesy it opens with is not "who" (من فضلكم: please)…
		{"من فضلكم، ما الذي حدث في اجتماع المجلس؟", shape{open: true}},
		// …but a who-question after it still is.
		{"من فضلك، مين اللي صوت؟", shape{who: true}},
		{"من الذي صوت لإقالته؟", shape{who: true}},
	}
	for _, tc := range cases {
		if got := questionShape(tc.q); got != tc.want {
			t.Errorf("questionShape(%q) = %+v, want %+v", tc.q, got, tc.want)
		}
	}
}

func TestNewFact(t *testing.T) {
	cases := []struct {
		q, s string
		kind retrieval.Asked
		want bool
	}{
		{"What happened on 16 November?", sentMeeting, retrieval.AskedTime, false},
		{"ماذا حدث في 16 نوفمبر؟", sentMeeting, retrieval.AskedTime, false},
		{"When did the board meet?", sentMeeting, retrieval.AskedTime, true},
		{"How many of the six members voted?", sentVote, retrieval.AskedNumber, true},
		{"How many of the four of six members voted?", "أربعة من أصل ستة", retrieval.AskedNumber, true}, // words, not the digits
		{"كم من أصل ستة أعضاء؟", "ستة أعضاء", retrieval.AskedNumber, false},
	}
	for _, tc := range cases {
		if got := newFact(tc.q, tc.s, tc.kind); got != tc.want {
			t.Errorf("newFact(%q, %.30q, %s) = %v, want %v", tc.q, tc.s, tc.kind, got, tc.want)
		}
	}
}

// TestDecideOpen: a question asking for an account (how, why, what
// happened) whose words the corpus partly lacks is answered confidently
// from the paragraph retrieval put first by a clear margin, and hedged
// when the quote comes from another paragraph or the question asks for
// one named thing.
func TestDecideOpen(t *testing.T) {
	e, ix := decideEngine(t)
	ctx := context.Background()
	q := "كيف ضغط الموظفون حين بقوا بلا تبرير يقنعهم؟"
	res, err := ix.Search(ctx, q, retrieval.SearchOptions{K: 5})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Unknown) == 0 || res.Confidence >= retrieval.ConfidentAt || len(res.Hits) < 2 {
		t.Skipf("%q no longer has unknown words or a low confidence (%v, %.2f): pick another question", q, res.Unknown, res.Confidence)
	}
	lead := text.Sentences(res.Hits[0].Paragraph.Text)
	if !e.leadQuoted(res, lead[:1]) {
		t.Fatalf("%q: the first paragraph (%s) is not ahead by the margin and the dense side: %.2f vs %.2f", q, res.Hits[0].Paragraph.Ref, res.Hits[0].Score, res.Hits[1].Score)
	}
	if got, _ := e.decideOffline(q, res, lead[:1]); got != "according" {
		t.Errorf("%q quoting the first paragraph: %s, want according (cover %.2f)", q, got, e.match(q, lead[0]))
	}
	other := text.Sentences(res.Hits[1].Paragraph.Text)
	if got, _ := e.decideOffline(q, res, other[:1]); got != "hedge" {
		t.Errorf("%q quoting the second paragraph: %s, want hedge", q, got)
	}
	// One named thing: the same rule must not answer it.
	q = "What encrypted app did the board use on 16 November?"
	if res, err = ix.Search(ctx, q, retrieval.SearchOptions{K: 5}); err != nil {
		t.Fatal(err)
	}
	if got, _ := e.decideOffline(q, res, []string{sentMeeting}); got == "according" {
		t.Errorf("%q with a quote that names no app: %s, want no confident answer", q, got)
	}
}

// TestWithAskedFact: when no sentence chosen holds the date or figure asked
// for, the best one that does is added if it scores within askedRatio of
// the best; a date is no count, and a weak sentence is not added.
func TestWithAskedFact(t *testing.T) {
	e, ix := decideEngine(t)
	cands := []sentenceCandidate{{text: sentVote, score: 1}, {text: sentBrockman, score: 0.8}, {text: sentMeeting, score: 0.7},
		{text: sentFired, score: 0.6}, {text: sentExplain, score: 0.3}}
	cases := []struct {
		q     string
		cands []sentenceCandidate
		want  string // the sentence added, "" for none
	}{
		{"When did the board decide to fire Altman?", cands[:4], sentMeeting},
		{"How many employees threatened to resign?", cands[1:], ""},                                // 16 نوفمبر is a date, 2023 a year
		{"When did the board decide to fire Altman?", []sentenceCandidate{cands[1], cands[4]}, ""}, // too weak
		{"Why was Brockman pushed out?", cands[1:], ""},                                            // asks no date
	}
	for _, tc := range cases {
		res, err := ix.Search(context.Background(), tc.q, retrieval.SearchOptions{K: 5})
		if err != nil {
			t.Fatal(err)
		}
		got := e.withAskedFact(tc.q, res, tc.cands, tc.cands[:1])
		added := ""
		if len(got) > 1 {
			added = got[len(got)-1].text
		}
		if added != tc.want {
			t.Errorf("%q: added %.40q, want %.40q", tc.q, added, tc.want)
		}
	}
}

// TestOnlyNamesReadsTheQuotesNamingThePerson: whether something is so of a
// named person is answered only by a quote that names them. A second quote
// about someone else that shares the question's words («لاحقًا»،
// «الرجوع») must not make the answer sound sure; a quote naming the person
// and saying it does.
func TestOnlyNamesReadsTheQuotesNamingThePerson(t *testing.T) {
	e, ix := decideEngine(t)
	const (
		q         = "هل رجع غريغ بروكمان للشركة بعدين؟"
		sentLater = "واتهم ألتمان لاحقًا بالكذب على المجلس بشأن تقييمات السلامة الخاصة بمنتج ChatGPT، كما أطلق هذا المنتج للعامة دون الرجوع إلى مجلس الإدارة، في مخالفة صريحة للهياكل التنظيمية."
		sentBack  = "وعاد غريغ بروكمان إلى الشركة لاحقًا بعد عودة ألتمان."
	)
	res, err := ix.Search(context.Background(), q, retrieval.SearchOptions{K: 5})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		quotes []string
		want   string
	}{
		{[]string{sentBrockman, sentLater}, "not-said"},
		{[]string{sentBrockman, sentBack}, "according"},
	} {
		if got, _ := e.decideOffline(q, res, tc.quotes); got != tc.want {
			t.Errorf("%q with quotes %.40q…: %s, want %s", q, tc.quotes, got, tc.want)
		}
	}
}

// TestNegatesNear: a question about the opposite of something needs a
// quote that says "not" or "against" in a clause with the question's
// words; a negation about something else («لم يكن مستقلًا», of the fund)
// does not count.
func TestNegatesNear(t *testing.T) {
	e, ix := decideEngine(t)
	cases := []struct {
		question string
		quotes   []string
		want     string
	}{
		{"مين العضو اللي كان ضدو في التصويت؟", []string{sentVote, sentFund}, "hedge"},
		{"Why didn't the board explain the firing to employees?", []string{sentExplain}, "according"},
	}
	for _, tc := range cases {
		res, err := ix.Search(context.Background(), tc.question, retrieval.SearchOptions{K: 5})
		if err != nil {
			t.Fatal(err)
		}
		if got, _ := e.decideOffline(tc.question, res, tc.quotes); got != tc.want {
			t.Errorf("%q: %s, want %s", tc.question, got, tc.want)
		}
	}
}

// TestSpeechAsked: what a named person said is asked only when a verb of
// saying has them, not a thing or a pronoun, as its speaker; it is told
// only by a paragraph naming them beside a verb of saying.
func TestSpeechAsked(t *testing.T) {
	e, _ := decideEngine(t)
	asked := []struct {
		q    string
		want bool
	}{
		{"What did Mira Murati say about Altman?", true},
		{"What did Sutskever write afterwards?", true},
		{"ماذا قالت موراتي عن ألتمان؟", true},
		{"شو كتب ألتمان بعد الإقالة؟", true},
		// The speaker fronted, as colloquial speech does.
		{"هيلين تونر شو قالت بعد ما طلعت من المجلس", true},
		// Must reject: a thing speaking, a pronoun, a passive, who
		// said, two things asked, no saying at all.
		{"What does his quick comeback say about his power?", false},
		{"What did Altman's return say about his influence?", false},
		{"Who phoned Toner and what did they tell her?", false},
		{"In what way was Altman said to have restricted her?", false},
		{"Who said Altman was not candid?", false},
		{"What did Murati tell the board, and what was Altman accused of?", false},
		{"What did Murati reveal about the meetings?", false},
		// Must reject: words before the question word that are not
		// its speaker («منو اللي اتصل على تونر»: who called her).
		{"منو اللي اتصل على تونر وش قال لها؟", false},
	}
	for _, tc := range asked {
		if got := e.speechAsked(tc.q); got != tc.want {
			t.Errorf("speechAsked(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
	told := []struct {
		q, para string
		want    bool
	}{
		{"What did Murati say about Altman?", sentWorry, true},
		{"ماذا كتب ألتمان؟", "وكتب ألتمان على منصة إكس أنه أحبّ الوقت الذي أمضاه في OpenAI.", true},
		// Must reject: named without a word said; a speaker not asked of.
		{"What did Larry Summers say about joining the board?", "He is joined by former Treasury Secretary Larry Summers and by Adam D'Angelo.", false},
		{"What did Sutskever say about the vote?", sentWorry, false},
	}
	for _, tc := range told {
		if got := e.toldSpeech(tc.q, []string{tc.para}); got != tc.want {
			t.Errorf("toldSpeech(%q, %q) = %v, want %v", tc.q, tc.para, got, tc.want)
		}
	}
}
