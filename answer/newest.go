package answer

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"casebot/casefile"
	"casebot/corpus"
	"casebot/retrieval"
	"casebot/text"
)

// The newest article's own account. Retrieval ranks paragraphs by how many
// of the question's words they share, and a look back written long after
// the events tells them in fewer of the question's words than the news of
// the day: its account may rank below every older one, or only its less
// relevant sentences may be found. So, for a question whose answer may have
// changed between articles, the newest article that no quote answers from
// is read in full, and its best sentence that answers the question in its
// own words is heard — only when it plainly does (see ownAnswers).

// ownMatch is the least share of the question's information a newer
// article's sentence must carry to be heard as its account of a figure.
const ownMatch = 0.3

// reasonCues mark a sentence that speaks of a reason or an explanation,
// after text.Fold; Arabic cues match with a one-letter prefix too.
var reasonCues = []string{"because", "reason", "reasons", "why", "explanation", "explained", "motive",
	"سبب", "اسباب", "الاسباب", "السبب", "تفسير", "تفسيرا", "دوافع", "الدوافع"}

// carriesCue reports whether s carries one of cues, each a word or phrase
// matched whole after text.Fold, an Arabic one with a one-letter prefix
// too (see containsWordAffixed).
func carriesCue(s string, cues []string) bool {
	fs := " " + wordsOf(s) + " "
	for _, c := range cues {
		if containsWordAffixed(fs, text.Fold(c)) {
			return true
		}
	}
	return false
}

// carriesReason reports whether s speaks of a reason.
func carriesReason(s string) bool {
	return carriesCue(s, reasonCues)
}

// leadWords name who leads a company or holds its top post, in both
// languages (folded; matched as whole words or phrases, Arabic with a
// one-letter prefix): "who leads OpenAI?", «مين بيقود الشركة؟» and "who is
// the CEO?" ask the same thing, and a sentence saying the company
// reinstated its chief executive answers it.
var leadWords = []string{"ceo", "chief executive", "leads", "lead", "leading", "runs", "running", "in charge", "heads", "at the helm",
	"التنفيذي", "تنفيذي", "تنفيذيا", "التنفيذيه", "يقود", "بيقود", "تقود", "يدير", "بيدير", "قياده"}

// holdWords hold something (colloquial «ماسك», standard «تولى»), folded:
// holding a company is leading it («مين ماسك الشركة؟»), holding an
// inquiry or a file is not (holdsCompany).
var holdWords = map[string]bool{"ماسك": true, "يمسك": true, "بيمسك": true, "مسك": true, "تولى": true, "يتولى": true}

// companyWords name a company as a question holding it does (folded).
var companyWords = map[string]bool{"الشركه": true, "شركه": true, "openai": true, "اوبن": true}

// holdsCompany reports whether s says someone holds a company: a hold
// word (holdWords) right before a word naming a company (companyWords).
func holdsCompany(s string) bool {
	ws := strings.Fields(wordsOf(s))
	for i := 0; i+1 < len(ws); i++ {
		if holdWords[ws[i]] && companyWords[ws[i+1]] {
			return true
		}
	}
	return false
}

// runWords are the English forms of "run" (folded): running a company is
// leading it ("is Shear currently running OpenAI?"), running an inquiry or
// a race is not (leadForRun).
var runWords = map[string]bool{"run": true, "runs": true, "running": true, "ran": true}

// runCompanyNouns name a company after "the" ("running the company",
// "ran the firm"), folded.
var runCompanyNouns = map[string]bool{"company": true, "firm": true, "startup": true}

// leadForRun is s (as wordsOf reads it) with a form of "run" whose object
// is a company — a company's name (companyWords: "running OpenAI") or
// "the company", "the firm" — read as "leading": who runs a company leads
// it, as its chief executive does. Running anything else ("which law firm
// ran the investigation", "ran the board's review") is left as it is.
func leadForRun(s string) string {
	ws := strings.Fields(wordsOf(s))
	for i := 0; i+1 < len(ws); i++ {
		if !runWords[ws[i]] {
			continue
		}
		next := ws[i+1]
		if companyWords[next] || next == "the" && i+2 < len(ws) && (runCompanyNouns[ws[i+2]] || companyWords[ws[i+2]]) {
			ws[i] = "leading"
		}
	}
	return strings.Join(ws, " ")
}

// carriesLead reports whether s names the top post or leading a company.
func carriesLead(s string) bool {
	return carriesCue(s, leadWords) || holdsCompany(s)
}

// subjectWords is how far into a question (in words) the person it is
// about must be named: right after its opening words ("Did Altman…",
// «هل يعمل سام ألتمان…»), not deep in a phrase about something else.
const subjectWords = 4

// subjectPerson is the person a question is about: the corpus person it
// names first, within its first subjectWords words, provided no other
// name (a Latin-script name such as "Microsoft") comes before and the
// name is not a possessive ("Altman's firing" is about a firing). ok is
// false when the question is about no one ("Is Microsoft still going to
// have Altman lead…" is about Microsoft's plan, not Altman's state).
func (e *Engine) subjectPerson(question string) (casefile.Person, bool) {
	people := e.people()
	ws := strings.FieldsFunc(question, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’'
	})
	if whoDoes(ws) {
		// "Who replaced Altman?" asks about the one who did it: the
		// person named is what was done to, not whose state is asked.
		return casefile.Person{}, false
	}
	for i, w := range ws {
		if i >= subjectWords {
			break
		}
		possessive := strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		fw := " " + wordsOf(w) + " "
		for _, p := range people {
			if namesIn(fw, p) {
				return p, !possessive
			}
		}
		if i+1 < len(ws) && e.isPersonName(w) {
			// A given name and its surname: "Did Mira Murati stay…" is
			// about Murati, though "Mira" alone names no one.
			next := ws[i+1]
			possessive := strings.HasSuffix(next, "'s") || strings.HasSuffix(next, "’s")
			next = strings.TrimSuffix(strings.TrimSuffix(next, "'s"), "’s")
			fw := " " + wordsOf(w+" "+next) + " "
			for _, p := range people {
				if namesIn(fw, p) {
					return p, !possessive
				}
			}
		}
		if i > 0 && text.Language(w) == "en" && unicode.IsUpper([]rune(w)[0]) {
			return casefile.Person{}, false
		}
	}
	return casefile.Person{}, false
}

// mattersShare is the least share of a question's specific words (see
// carriesMatter) a newer sentence must carry to speak of the same matter.
const mattersShare = 0.5

// carriesMatter reports whether s carries at least mattersShare of the
// question's specific words: those that few paragraphs of the corpus
// carry (at most focusShare of them), a person's name excepted. "How many
// staff signed the letter threatening to quit?" is about a letter and a
// threat to quit; a sentence giving another figure (a board of six, a
// report within thirty days) speaks of another matter. The words are
// those of the question as typed and of read, the standard reading of
// its asking part (askingPart, matterForms). False when the question has
// no specific word. To weigh several sentences, take matterOf once.
func (e *Engine) carriesMatter(question, read, s string) bool {
	return e.matterOf(question, read).carriedBy(s)
}

// matter is a question's specific words (see carriesMatter), found in the
// corpus once (matterOf): each sentence is then weighed by the words it
// carries, without reading the corpus again.
type matter struct {
	m     matcher
	forms []matterForm // the specific words, each in its forms
}

// matterOf is the matter of question, as typed and as read (see
// carriesMatter). It has no word when the search matches no words.
func (e *Engine) matterOf(question, read string) matter {
	m, ok := e.search.(matcher)
	if !ok {
		return matter{}
	}
	n := e.paragraphCount()
	figures := askedKind(question) == numberFact
	skip := func(w string) bool {
		// A figure a "how many" question offers ("I saw 500, and
		// elsewhere 700") is what the accounts differ on, not the
		// matter they speak of.
		return e.isPersonName(w) || figures && text.IsDigits(w)
	}
	mt := matter{m: m}
	for _, f := range e.matterForms(m, question, read, skip) {
		if float64(f.df) <= focusShare*float64(n) {
			mt.forms = append(mt.forms, f)
		}
	}
	return mt
}

// carried is how many of the matter's words s carries: a word read in
// two forms (as typed and as read) counts once, and is carried when
// either form is.
func (mt matter) carried(s string) int {
	carried := 0
	for _, f := range mt.forms {
		for _, w := range f.words {
			if mt.m.Match(w, s) > 0 {
				carried++
				break
			}
		}
	}
	return carried
}

// carriedBy reports whether s carries at least mattersShare of the
// matter's words; false when it has none (see carriesMatter).
func (mt matter) carriedBy(s string) bool {
	return len(mt.forms) > 0 && float64(mt.carried(s)) >= mattersShare*float64(len(mt.forms))
}

// rare reports whether the matter has words and each is one a single
// paragraph of the corpus uses: such a word pins what is asked to that
// paragraph («صندوق» of the startup fund), where a word several use
// («الأزمة») may be a stray one.
func (mt matter) rare() bool {
	for _, f := range mt.forms {
		if f.df > 1 {
			return false
		}
	}
	return len(mt.forms) > 0
}

// paragraphCount is how many paragraphs the corpus has.
func (e *Engine) paragraphCount() int {
	n := 0
	for _, a := range e.corpus.Articles {
		n += len(a.Paragraphs)
	}
	return n
}

// matterForm is one word of a question, in the forms it was written and
// read in (the typed «بيهددوا», the standard «يهددوا») and the past and
// verbal-noun stems of an imperfect verb among them (imperfectForms:
// «هدد»), with how many paragraphs of the corpus carry it as written or
// read: a sentence carries the word when it carries any of its forms.
type matterForm struct {
	words []string
	df    int
}

// matterForms are the words of question, then those of its standard
// reading read (retrieval's, see standardReading) that the question as
// typed does not have, each once, skip's excepted, and only those some
// paragraph of the corpus carries. A word of the reading carried by
// exactly the paragraphs a word before it is carried by is that word in
// another form: it joins it, and does not count as one more word. A
// colloquial word that no paragraph carries as typed («يستقيلو») is
// weighed in its standard form.
func (e *Engine) matterForms(m matcher, question, read string, skip func(string) bool) []matterForm {
	var forms []matterForm
	var keys []string
	joined := map[int]bool{} // forms a word of the reading joined
	last := 0                // the form the last such word joined
	seen := map[string]bool{}
	add := func(w string, reading bool) {
		if seen[w] || skip(w) || frameWord(w) {
			return
		}
		seen[w] = true
		key, df := e.paragraphsKey(m, w)
		if df == 0 && !reading {
			// A misspelt word no paragraph carries is weighed as the
			// one corpus word it stands for (respelt).
			if r := e.respelt(w); r != "" {
				w = r
				key, df = e.paragraphsKey(m, w)
			}
		}
		if df == 0 {
			return
		}
		if reading {
			// The reading keeps the question's order: a word joins the
			// first word after the last one joined that no word of the
			// reading has joined yet, else any it matches.
			at := -1
			for _, free := range []func(int) bool{
				func(i int) bool { return i >= last && !joined[i] },
				func(i int) bool { return !joined[i] },
				func(int) bool { return true },
			} {
				for i := range keys {
					if at < 0 && keys[i] == key && free(i) {
						at = i
					}
				}
			}
			if at >= 0 {
				forms[at].words = append(forms[at].words, w)
				forms[at].words = append(forms[at].words, imperfectForms(w)...)
				joined[at], last = true, at
				return
			}
		}
		forms = append(forms, matterForm{words: append([]string{w}, imperfectForms(w)...), df: df})
		keys = append(keys, key)
	}
	for _, w := range questionWords(question) {
		add(w, false)
	}
	if read != question {
		for _, w := range questionWords(read) {
			add(w, true)
		}
	}
	return forms
}

// readMatch is how much of the question's asking part s carries
// (askingPart, also with its misspelt words respelt: respeltQuestion),
// or of its standard reading read with each imperfect verb
// in the stem s carries it in (imperfectForms: «يهددوا» read as «هدد»
// against «هدّد مئات الموظفين»), whichever is more.
func (e *Engine) readMatch(question, read, s string) float64 {
	best := e.match(askingPart(question), s)
	if r := e.respeltQuestion(askingPart(question)); r != askingPart(question) {
		best = max(best, e.match(r, s))
	}
	if read != askingPart(question) {
		best = max(best, e.match(read, s))
	}
	ws := questionWords(read)
	changed := false
	for i, w := range ws {
		for _, f := range imperfectForms(w) {
			if e.match(f, s) > 0 {
				ws[i], changed = f, true
				break
			}
		}
	}
	if changed {
		best = max(best, e.match(strings.Join(ws, " "), s))
	}
	return best
}

// imperfectForms are the other stems of an Arabic verb written in the
// imperfect (four letters or more, opening with ي, or with ت or ن and
// ending in the plural ون، وا or و), which the analysis does not meet with its past
// or its verbal noun: the stem without the prefix («يهددوا» → «هدد»,
// which «هدّد» and «تهديد» carry), a hollow verb's long vowel as the
// past writes it («يستقيل» → «ستقال»), and the ا of a derived form before
// ست، ن or ت («استقال», which «الاستقالة» carries). Any other word has
// none.
func imperfectForms(w string) []string {
	f := []rune(text.Fold(w))
	if len(f) < 4 || !strings.ContainsRune("يتن", f[0]) {
		return nil
	}
	plural := false
	for _, suf := range []string{"ون", "وا", "و"} {
		if r := []rune(suf); len(f)-len(r) >= 4 && string(f[len(f)-len(r):]) == suf {
			f, plural = f[:len(f)-len(r)], true
			break
		}
	}
	if f[0] != 'ي' && !plural {
		// ت and ن open nouns too (تقرير، نتيجة): only a plural ending
		// makes such a word a verb.
		return nil
	}
	stem := f[1:]
	if len(stem) < 3 {
		return nil
	}
	out := []string{string(stem)}
	if k := len(stem) - 2; k >= 1 && (stem[k] == 'ي' || stem[k] == 'و') {
		hollow := append(append(append([]rune(nil), stem[:k]...), 'ا'), stem[k+1:]...)
		out = append(out, string(hollow))
	}
	if len(stem) >= 4 && (strings.HasPrefix(string(stem), "ست") || strings.ContainsRune("نت", stem[0])) {
		for _, x := range append([]string(nil), out...) {
			out = append(out, "ا"+x)
		}
	}
	return out
}

// paragraphsKey names the corpus paragraphs (with their section heading)
// in which m finds the word w, and counts them.
func (e *Engine) paragraphsKey(m matcher, w string) (string, int) {
	var b strings.Builder
	df := 0
	for _, a := range e.corpus.Articles {
		for _, p := range a.Paragraphs {
			if m.Match(w, p.Section+" "+p.Text) > 0 {
				b.WriteString(p.Ref)
				b.WriteByte(' ')
				df++
			}
		}
	}
	return b.String(), df
}

// datesEvent reports whether paragraph p of a newer article dates the
// event a "when" question asks about: one of its sentences gives a day
// (namesDay) and the paragraph, with its heading, carries ownMatch of the
// question (readMatch). «في 16 نوفمبر، اجتمع أعضاء المجلس… وقرّر أربعة من
// أصل ستة أعضاء التصويت لإقالة ألتمان» dates the firing for «اي يوم
// بالضبط قرر المجلس يقيل التمان»; a line giving only a month and a year
// («في نوفمبر 2023») gives no day, and a dated line on another event
// carries too little of the question.
func (e *Engine) datesEvent(question, read string, p corpus.Paragraph) bool {
	if carriesCue(question, ageCues) {
		return false
	}
	day := false
	for _, s := range text.Sentences(p.Text) {
		day = day || namesDay(s)
	}
	return day && e.readMatch(question, read, p.Section+" "+p.Text) >= ownMatch
}

// ageCues mark a question asking someone's age ("how old was he when…",
// «كم عمره», Levantine «قديش عمرو» with -و for -ه), which the analysis reads as asking a time: no line dating
// an event answers it.
var ageCues = []string{"how old", "age", "aged", "عمر", "عمره", "عمرها", "عمرو", "عمرهم"}

// settledWords is how many of a question's specific words (see
// carriesMatter) a newer line telling a settled outcome (settles) must
// carry to be that matter's account: "an independent investigation … has
// been agreed" carries two of "the independent inquiry… a full report
// within thirty days"; it need not retell the older account's details
// (the report's deadline), which the newer outcome may have replaced.
const settledWords = 2

// settledOn reports whether s, a newer sentence under heading section,
// tells a settled outcome (settles) of the question's matter mt (matterOf,
// read once for the question): it carries settledWords of the question's
// specific words, the word naming what the question is about
// (subjectThing) among them when it has one. A line agreeing on something
// else ("a new board has been agreed", for the inquiry) does not.
func (e *Engine) settledOn(question string, mt matter, section, s string) bool {
	if !settles(s) {
		return false
	}
	t := section + " " + s
	if w, ok := e.subjectThing(question); ok && e.match(w, t) == 0 {
		return false
	}
	return mt.carried(t) >= settledWords
}

// askingPart is the sentence of a question that asks, up to its first
// question mark, without the remarks that follow it ("…? I saw 500, and
// elsewhere 700", "…? The articles don't match"): those weigh on how much
// of the question a sentence carries, and no source answers them.
func askingPart(question string) string {
	q := strings.TrimSpace(question)
	i := strings.IndexAny(q, "?؟")
	if i < 0 {
		return q
	}
	_, size := utf8.DecodeRuneInString(q[i:])
	if rest := strings.TrimSpace(q[i+size:]); rest == "" || spellsOutcomes(rest) {
		return q
	}
	return q[:i+size]
}

// spellsOutcomes reports whether rest, what follows a question's first
// question mark, is a question of its own that offers outcomes to choose
// from: it ends with a question mark and joins words on both sides of an
// alternative marker ("What happened to Altman? Did he return or go to
// Microsoft?", «وش صار على ألتمان؟ رجع للشركة ولا راح مايكروسوفت؟»). It
// spells out what the first, vaguer question asks, so it is part of the
// asking. A remark ("I saw 500 and 700", "getting mixed messages"), a
// follow-up offering nothing ("وشو كتب معها؟") or «ولا» read as "nor"
// («ولا حدا») is not.
func spellsOutcomes(rest string) bool {
	if !strings.HasSuffix(rest, "?") && !strings.HasSuffix(rest, "؟") {
		return false
	}
	ws := strings.Fields(wordsOf(rest))
	for i, w := range ws {
		if i >= 1 && i+1 < len(ws) && alternativeMarkers[w] && !choiceNot[ws[i+1]] {
			return true
		}
	}
	return false
}

// questionWords splits a question into its words, keeping the marks an
// Arabic word may be written with (a shadda in «وقّعوا») inside the word
// and leaving out an English contraction's ending ("there'd": no word "d");
// see text.SplitWords.
func questionWords(question string) []string {
	return text.SplitWords(question)
}

// namesAnyone reports whether question names a person of the corpus
// outside a clause that only dates it (withoutDating): "Who sat on the
// board after Altman's firing?" asks of no one in particular.
func (e *Engine) namesAnyone(question string) bool {
	fq := " " + wordsOf(withoutDating(question)) + " "
	for _, p := range e.people() {
		if namesIn(fq, p) {
			return true
		}
	}
	return false
}

// ownAnswers reports whether sentence s of a newer article answers the
// question in its own words: for "how many", a figure on the matter (it
// carries ownMatch of the question); for "why", a sentence speaking of the
// reason and of the matter; for a question about a state or how things
// ended, a change of state of the person the question is about, or, when
// it names nobody, of who leads (for a question about who leads). Any
// other question is not answered this way. mt is the question's matter
// (matterOf), read once for the question, not for each sentence.
func (e *Engine) ownAnswers(question, read string, mt matter, section, s string, kind factKind, asked retrieval.Asked, state bool) bool {
	outcomes := kind == anyFact && offersOutcomes(question)
	if outcomes {
		// Whether a claim holds ("was safety the reason, or not?"): a
		// sentence on the claim's rarest words is an account of it,
		// whichever way it tells it; else a later change of its
		// subject's state on the claim's matter (below) tells it, worded
		// otherwise or in the other language ("Did he move to Microsoft
		// or not?" is told by "Microsoft's role: that plan has been
		// dropped").
		if rare := e.rareWords(question, read); len(rare) > 0 {
			if e.carriesAll(section+" "+s, rare) && e.namesSubject(question, s) && e.namesThing(question, section+" "+s) {
				return true
			}
			if state && statesChange(s) && e.changesOnClaim(question, section, s) {
				return true
			}
			// Whether a company still holds to something, offered with
			// its denial («مايكروسوفت لسه ملتزمة بشراكتها … ولا لا»): a
			// reversal told of the company is its later account, as for
			// the question asked without "or not" (below).
			_, person := e.subjectPerson(question)
			return state && !person && e.reversalOfThing(question, section, s)
		}
	}
	if kind == anyFact && claimTagged(question) {
		// A claim put for confirmation ("So he went to Microsoft,
		// right?"): an account on its rarest words, or a later change
		// of its subject's state (below), tells whether it holds.
		if rare := e.rareWords(question, read); len(rare) > 0 && e.carriesAll(section+" "+s, rare) && e.namesSubject(question, s) && e.onClaim(question, section+" "+s) {
			return true
		}
	}
	switch {
	case kind == numberFact:
		if carries(s, numberFact) && state && changesMembership(question, section, s) {
			// How many sit on a board: a newer account of its make-up
			// ("a new board of three members") answers, whatever it
			// calls the people counted.
			return true
		}
		return carries(s, numberFact) && e.readMatch(question, read, s) >= ownMatch && mt.carriedBy(s)
	case kind == timeFact:
		// "When" asks when an event happened, not a state that changes.
		return false
	case asked == retrieval.AskedReason || carriesReason(question):
		return carriesReason(s) && e.match(question, section+" "+s) > 0
	case state && e.settledOn(question, mt, section, s):
		// A newer line on the question's own matter telling what was
		// agreed, decided or planned of it ("an independent
		// investigation … has been agreed" for «سيعيّن محققًا مستقلًا…»)
		// is that matter's newer account, whoever is named.
		return true
	case !state || !statesChange(s):
		return false
	}
	if p, ok := e.subjectPerson(question); ok {
		// A claim put for confirmation names its matter too: a change
		// of its subject's state on another matter does not tell it.
		// Whether they sit on a board ("X on the board or not?"): a change
		// of the board's make-up naming them tells it, however the claim
		// words the board («مجلس الإدارة» is "the board").
		named := namesIn(" "+wordsOf(s)+" ", p)
		if named && changesMembership(question, section, s) {
			return true
		}
		return named && (!claimTagged(question) || e.onClaim(question, section+" "+s))
	}
	if e.planFateTold(question, section, s) {
		// Whether a plan to go somewhere stands, asked of several people
		// or of none: its reversal told under the place's name ("that
		// plan has been dropped", under "Microsoft's role").
		return true
	}
	if e.reversalOfThing(question, section, s) {
		// What became of a company or its plan: a reversal told of it
		// ("Microsoft's role: …that plan has been dropped").
		return true
	}
	if !e.namesAnyone(question) && changesMembership(question, section, s) {
		// Who sits on a board, asked of no one in particular: a change of
		// its make-up answers ("a new board of three members", "X and Y
		// are no longer on the board").
		return true
	}
	return !e.namesAnyone(question) && carriesLead(question) && carriesLead(s) && sameTenure(question, s)
}

// reversalOfThing reports whether s, under heading section, tells a
// reversal (reverses) of the thing a question about no person is about
// (subjectThing), named in s or its heading.
func (e *Engine) reversalOfThing(question, section, s string) bool {
	w, ok := e.subjectThing(question)
	return ok && reverses(s) && e.match(w, section+" "+s) > 0
}

// interimCues mark a post held for the time being ("interim CEO",
// «رئيس تنفيذي مؤقت»), folded; Arabic with a one-letter prefix too.
var interimCues = []string{"interim", "acting", "temporary", "temporarily", "caretaker",
	"مؤقت", "مؤقتا", "مؤقته", "المؤقت", "المؤقته", "بالوكاله"}

// sameTenure reports whether s speaks of the post a question about who
// leads asks for: who is the interim chief executive is told by a line
// naming an interim one, not by one telling the permanent chief's firing.
// A question asking for no interim post accepts any line.
func sameTenure(question, s string) bool {
	return !carriesCue(question, interimCues) || carriesCue(s, interimCues)
}

// membershipAsked mark a question about who sits on a body or how many
// do (folded; Arabic with a one-letter prefix too).
var membershipAsked = []string{"members", "member", "sit on", "sits on", "seat", "seats", "on the board", "make up", "made up",
	"اعضاء", "اعضاؤه", "عضو", "عضوا", "عضويه", "مكون", "يتكون", "يضم", "تشكيله"}

// asksMembership reports whether a question asks who sits on a board or
// how many do: it asks who or how many, and names the board and its
// members or seats (membershipAsked) or asks who or how many are "on" it
// ("How many are on the firm's board?"). "What did the board decide?"
// and "What did a board member find?" do not.
func asksMembership(question string) bool {
	q := withoutCourtesy(question)
	if askedSeat(q) {
		return true
	}
	if !questionShape(q).who && askedKind(q) != numberFact {
		// What a board member found, how members met: not who sits.
		return false
	}
	if carriesCue(question, membershipAsked) && carriesCue(question, bodyWords) {
		return true
	}
	ws := strings.Fields(wordsOf(question))
	for i, w := range ws {
		if w != "on" {
			continue
		}
		for _, x := range ws[i+1 : min(len(ws), i+5)] {
			if x == "board" {
				return true
			}
		}
	}
	return false
}

// seatAsked say that someone is a member of a body, in a yes/no question
// asking whether they sit on it (folded; Arabic with a one-letter prefix).
var seatAsked = []string{"a member", "member of", "still on", "sit on", "sits on", "still sit", "still sits", "a seat",
	"his seat", "her seat", "their seat", "board seat", "his board seat", "her board seat",
	"عضو", "عضوا", "عضويه", "مقعد"}

// askedSeat reports whether a yes/no question in the present asks whether
// someone sits on a body («هل لا تزال تونر عضوا في المجلس؟», "Is D'Angelo
// still on the board?"): it opens as a yes/no question or offers the
// claim's denial ("…or not?", «…ولا لا؟»), names the body
// (bodyWords) and a seat on it (seatAsked), and has no past-tense word
// (pastWords: "Did a board member find…?" asks of an act, not a seat).
func askedSeat(question string) bool {
	// «سوتسكيفر عضو في المجلس ولا لا؟» asks it too, without «هل»: a claim
	// offered with its denial (offersOutcomes) is a yes/no question.
	yesNo := questionShape(question).yesNo || offersOutcomes(question)
	if !yesNo || !carriesCue(question, bodyWords) || !carriesCue(question, seatAsked) && !onBody(question) && !seatThingAsked(question) {
		return false
	}
	return !carriesCue(question, pastWords)
}

// onBodyReach is how many words may follow "on" up to the body it
// places someone on ("on OpenAI's board", "on the company's board").
const onBodyReach = 4

// onBody reports whether a question places someone on or in a body, with
// no word of seat: "Is Sutskever on OpenAI's board or not?", «هل تونر في
// مجلس الإدارة؟», «دانجيلو لسه بمجلس الإدارة؟». A question asking whether
// something is there ("Is there a rift on the board?", «هل في خلاف
// بالمجلس؟») places no one.
func onBody(question string) bool {
	ws := strings.Fields(wordsOf(askingPart(question)))
	body := func(w string) bool {
		for _, b := range bodyWords {
			if w == text.Fold(b) || w == "ال"+text.Fold(b) {
				return true
			}
		}
		return false
	}
	for i, w := range ws {
		if w == "there" || (i == 0 || i == 1 && ws[0] == "هل") && (w == "في" || w == "فيه" || w == "فى") {
			return false
		}
	}
	for i, w := range ws {
		switch {
		case w == "on":
			for _, x := range ws[i+1 : min(len(ws), i+1+onBodyReach)] {
				if body(x) {
					return true
				}
			}
		case w == "في" && i+1 < len(ws) && body(ws[i+1]):
			return true
		case strings.HasPrefix(w, "ب") && body(strings.TrimPrefix(w, "ب")):
			return true
		}
	}
	return false
}

// courtesyOpeners open a question with a courtesy, not with what it
// asks (folded): «من فضلكم، ما هي…» asks what, not who.
var courtesyOpeners = []string{"من فضلك", "من فضلكم", "من فضلكما", "لو سمحت", "لو سمحتوا", "لو سمحتم", "please"}

// withoutCourtesy is question without a courtesy it opens with, the rest
// as written.
func withoutCourtesy(question string) string {
	raw := strings.Fields(question)
	ws := make([]string, len(raw))
	for i, w := range raw {
		ws[i] = wordsOf(w)
	}
	for _, c := range courtesyOpeners {
		cw := strings.Fields(wordsOf(c))
		if len(ws) > len(cw) && slices.Equal(ws[:len(cw)], cw) {
			return strings.Join(raw[len(cw):], " ")
		}
	}
	return question
}

// bodyWords name a body whose members change: a board, its directors.
var bodyWords = []string{"board", "directors", "مجلس", "المجلس"}

// changesMembership reports whether a question asks who sits on a body,
// or how many do (membershipAsked and bodyWords), and sentence s, with
// its heading, tells a change of the body's make-up: it names the body
// and a change of state (statesChange: "will have a new board of three",
// «بات المجلس يضم أربعة أعضاء», "are no longer on the board"). "Four of
// six members voted to fire him" tells a vote, not a make-up.
func changesMembership(question, section, s string) bool {
	return asksMembership(question) && carriesCue(section+" "+s, bodyWords) && carriesCue(s, membershipTold) && statesChange(s)
}

// membershipTold mark a sentence telling who sits on a body or how many
// do, beside naming it: "Altman is back… the board fired him" names the
// board, not its make-up.
var membershipTold = []string{"members", "member", "on the board", "new board", "seat", "seats", "directors",
	"اعضاء", "عضو", "عضوا", "يضم", "تضم", "مقعد"}

// changesOnClaim reports whether s, a change of state, tells it of the
// person a claim is about and on the claim's matter (onClaim): "With
// Altman's return, that plan has been dropped", under "Microsoft's role",
// tells whether Altman moved to Microsoft; "Brockman quit in protest"
// does not. A claim about a named thing (namedThing) is told alike by a
// change naming it, in the sentence or its heading: whether Microsoft
// still backs OpenAI, by "that plan has been dropped" under "Microsoft's
// role".
func (e *Engine) changesOnClaim(question, section, s string) bool {
	if p, ok := e.subjectPerson(question); ok {
		return namesIn(" "+wordsOf(s)+" ", p) && e.onClaim(question, section+" "+s)
	}
	w, ok := e.namedThing(question)
	return ok && e.match(w, section+" "+s) > 0 && e.onClaim(question, section+" "+s)
}

// thingShare is the largest share of the corpus's paragraphs a word may be
// carried by and still name what a question is about: a word half the
// paragraphs carry (the company at the heart of the case) names the case.
const thingShare = 0.5

// subjectThing is what a question about no person is about: its first
// word, within its first subjectWords words, that the corpus carries in
// fewer than thingShare of its paragraphs, skipping the words that ask
// about time or state ("still", «ما زالت»). "Is Microsoft still backing
// OpenAI?" and «هل ما زالت مايكروسوفت ملتزمة…» are about Microsoft. ok
// is false when the question is about a person (subjectPerson), names one
// before any such word, or has no such word early enough.
func (e *Engine) subjectThing(question string) (string, bool) {
	if _, ok := e.subjectPerson(question); ok {
		return "", false
	}
	m, ok := e.search.(matcher)
	if !ok {
		return "", false
	}
	n := 0
	for _, a := range e.corpus.Articles {
		n += len(a.Paragraphs)
	}
	for i, w := range questionWords(askingPart(question)) {
		if i >= subjectWords {
			break
		}
		if e.isPersonName(w) {
			return "", false
		}
		if timeWord(w) || indefinite[text.Fold(w)] {
			continue
		}
		if df := e.paragraphsMatching(m, w); df > 0 && float64(df) < thingShare*float64(n) {
			return w, true
		}
	}
	return "", false
}

// indefinite, folded, are the words for anyone, no one or anything
// («حدا», «أحد», "nobody"): «لسه ما حدا بيعرف ليش…» is about no one and
// nothing («حدا» read as «أحد» would even name a Sunday).
var indefinite = map[string]bool{"حدا": true, "حد": true, "احد": true, "ماحدا": true, "شي": true, "اشي": true,
	"حاجه": true, "anyone": true, "anybody": true, "someone": true, "somebody": true, "nobody": true, "noone": true,
	"everyone": true, "everybody": true, "anything": true, "something": true, "nothing": true}

// timeWord reports whether w is part of a phrase asking about time or
// state (text.NowCues, pastWords, stateCues) or names a post (stateWords,
// leadWords): such a word names no subject.
func timeWord(w string) bool {
	fw := " " + wordsOf(w) + " "
	for _, list := range [][]string{text.NowCues, pastWords, stateCues, stateWords, leadWords} {
		for _, c := range list {
			if strings.Contains(" "+wordsOf(c)+" ", fw) {
				return true
			}
		}
	}
	return false
}

// namesMatter reports whether quote q speaks of what the question is
// about: it names its subject (subjectPerson or subjectThing), in a
// sentence or its heading; for a question about who sits on a board and
// names no one, it tells who sits on one (membershipTold). True when the
// question has no subject.
func (e *Engine) namesMatter(question string, q *multiQuote) bool {
	if asksMembership(question) && !e.namesAnyone(question) {
		// Who sits on a board: a quote that tells nothing of who sits
		// on one (the firing, a new chief executive) is of another matter.
		for _, s := range q.sents {
			if carriesCue(s.text, membershipTold) {
				return true
			}
		}
		return false
	}
	p, person := e.subjectPerson(question)
	w, thing := e.subjectThing(question)
	if !person && !thing {
		return true
	}
	for _, s := range q.sents {
		t := q.p.Section + " " + s.text
		if person && namesIn(" "+wordsOf(t)+" ", p) || thing && e.match(w, t) > 0 {
			return true
		}
	}
	return false
}

// newerThanAccount reports whether article paragraph p was published after
// the time quote q's account holds (accountDate): a look back quoted for
// the events it tells (July 2023, told in 2025) is older, about now, than a
// story of November 2023, though published later.
func (e *Engine) newerThanAccount(p corpus.Paragraph, q *multiQuote, now bool) bool {
	pub, ok := articleTime(p)
	return accountTime{when: pub, ok: ok}.after(e.accountDate(q, now))
}

// newestOwnAccount returns, for a question whose answer may have changed
// (state), or that asks for a figure or a reason, the best sentence of the
// newest article newer than every quote's account (newerThanAccount) that answers it in its own
// words (ownAnswers), preferring, for a question about now (now), one
// that speaks from its article's own time, as a hit and a candidate whose hit is n (the index
// the caller gives it). ok is false when no such article or sentence
// exists, or when a quote of that article already answers.
//
// A quote that does not speak of what the question is about (namesMatter:
// a look back's line on a book, for a question about Microsoft) does not
// make an article less new: off lists such quotes newer than the account
// returned, which the caller drops, lest they lead the answer.
func (e *Engine) newestOwnAccount(question, read string, quotes []*multiQuote, kind factKind, asked retrieval.Asked, state, now bool, n int) (ownAccount, bool) {
	// A claim put for confirmation is about a state the newer articles
	// may have changed, whatever its tense.
	state = state || claimTagged(question) || offersOutcomes(question)
	if kind != numberFact && kind != timeFact && asked != retrieval.AskedReason && !carriesReason(question) && !state {
		return ownAccount{}, false
	}
	if e.planReversed(question, quotes) {
		return ownAccount{}, false
	}
	plan := asksPlan(question)
	mt := e.matterOf(question, read)
	var arts []corpus.Article
	for _, a := range e.corpus.Articles {
		if len(a.Paragraphs) > 0 {
			arts = append(arts, a)
		}
	}
	sort.SliceStable(arts, func(i, j int) bool { return newer(arts[i].Paragraphs[0], arts[j].Paragraphs[0]) })
	for _, a := range arts {
		newest := true
		quoted := map[int]bool{}
		answered := false
		var off []*multiQuote
		for _, q := range quotes {
			switch {
			case q.p.ArticleID == a.ID:
				quoted[q.p.N] = true
				if now && kind != numberFact && e.accountDate(q, now).history {
					// A look back's line on earlier events holds as of
					// them (accountDate): it is not this article's
					// account of now, which may be elsewhere in it, or
					// in an older article newer than the events. (A
					// figure it gives — four of six voted — is still
					// its answer to "how many".)
					break
				}
				for _, s := range q.sents {
					if e.ownAnswers(question, read, mt, q.p.Section, s.text, kind, asked, state) {
						answered = true
					}
				}
				if kind == timeFact && e.datesEvent(question, read, q.p) {
					answered = true
				}
			case e.newerThanAccount(a.Paragraphs[0], q, now):
			case state && (!e.namesMatter(question, q) || plan && !e.namesPlanPlace(question, q)):
				off = append(off, q)
			default:
				newest = false
			}
		}
		if !newest {
			return ownAccount{}, false
		}
		if answered {
			return ownAccount{}, false
		}
		var best sentenceCandidate
		var bestHit retrieval.Hit
		found, bestRestated := false, false
		for _, p := range a.Paragraphs {
			if quoted[p.N] {
				continue
			}
			dated := kind == timeFact && e.datesEvent(question, read, p)
			for pos, s := range text.Sentences(p.Text) {
				restated := kind == numberFact && e.restatesFigure(s, quotes)
				if !restated && !dated && !e.ownAnswers(question, read, mt, p.Section, s, kind, asked, state) {
					continue
				}
				if plan && !(reverses(s) && e.changesOnClaim(question, p.Section, s) || e.planFateTold(question, p.Section, s)) {
					// Whether a plan stands is told by its reversal, not
					// by another change of its subject's state.
					continue
				}
				score := e.match(question, p.Section+" "+s)
				if dated {
					// The paragraph's line telling the event; the line
					// dating it is quoted with it (scopeSentence).
					score = e.readMatch(question, read, p.Section+" "+s)
				}

				if now && (statesChange(s) || tellsPresent(s)) {
					// About now, an account from the article's own time
					// comes before one of the events it looks back on.
					score++
				}
				if (claimTagged(question) || offersOutcomes(question)) && reverses(s) {
					// A claim checked, or offered with its denial: the
					// account telling it was reversed ("that plan has
					// been dropped") says most.
					score++
				}
				if !found || score > best.score {
					best = sentenceCandidate{hit: n, pos: pos, text: s, score: score}
					bestHit = retrieval.Hit{Paragraph: p}
					found = true
					bestRestated = restated
				}
			}
		}
		if found {
			changed := state && (statesChange(best.text) || settles(best.text))
			return ownAccount{hit: bestHit, cand: best, off: off, changed: changed, restated: bestRestated}, true
		}
		// The newest article does not answer: an older one newer than
		// every quote may.
	}
	return ownAccount{}, false
}

// ownAccount is the newest article's own account of a question: a
// sentence of it to hear (hit, cand); off lists the quotes newer than it
// that speak of another matter; changed tells that it is a change of the
// state asked about, which leads a question about now; restated, that it
// is a newer telling of a figure a quote gives (restatesFigure), which
// leads as that figure's newest account.
type ownAccount struct {
	hit      retrieval.Hit
	cand     sentenceCandidate
	off      []*multiQuote
	changed  bool
	restated bool
}

// presentCues mark a sentence of a look back that speaks from its own
// time: its source (a new book, a recent report) or what is known so far
// (folded; Arabic with a one-letter prefix too).
var presentCues = []string{"new book", "recently", "so far", "to date", "until now",
	"كتابها الجديد", "كتابه الجديد", "الكتاب", "كتاب", "مؤخرا", "حتى الان", "حتى اليوم"}

// tellsPresent reports whether s, in a look back, speaks from the time it
// was written rather than of the events it tells: "the real reasons stayed
// secret until the journalist revealed them in her new book" is what is
// known as of publication.
func tellsPresent(s string) bool {
	return carriesCue(s, presentCues)
}

// paragraphsMatching counts the corpus paragraphs (with their section
// heading) in which m finds the word w.
func (e *Engine) paragraphsMatching(m matcher, w string) int {
	df := 0
	for _, a := range e.corpus.Articles {
		for _, p := range a.Paragraphs {
			if m.Match(w, p.Section+" "+p.Text) > 0 {
				df++
			}
		}
	}
	return df
}

// rareWords are the question's rarest words, relative to one another: the
// words of the asking part (askingPart) that are no person's name and that
// the fewest paragraphs of the corpus carry, every word within rareSpread
// paragraphs of the rarest. A question made only of words many
// paragraphs carry still has its rarest ("work" in "did Altman go to work
// at Microsoft?"). The asking part is weighed in its standard reading
// read too (matterForms): a colloquial word no paragraph carries as
// typed counts in its standard form. nil when no
// word of the question is in the corpus, or when the engine has no
// analysis to weigh words with.
func (e *Engine) rareWords(question, read string) []string {
	m, ok := e.search.(matcher)
	if !ok {
		return nil
	}
	n := e.paragraphCount()
	var ws []matterForm
	for _, f := range e.matterForms(m, askingPart(question), read, e.isPersonName) {
		if float64(f.df) <= rareCeiling*float64(n) {
			ws = append(ws, f)
		}
	}
	if len(ws) == 0 {
		return nil
	}
	least := ws[0].df
	for _, x := range ws {
		least = min(least, x.df)
	}
	var rare []string
	for _, x := range ws {
		if x.df <= least+rareSpread {
			rare = append(rare, x.words[0])
		}
	}
	return rare
}

// rareSpread is how many more paragraphs than the question's rarest word
// another word may be carried by and still count among its rarest.
const rareSpread = 0

// rareCeiling is the largest share of the corpus's paragraphs a word may
// be carried by and count as rare at all: a word most paragraphs carry
// (the company's name) names the case, not a matter of it.
const rareCeiling = 0.25

// namesSubject reports whether s names the person the question is about
// (subjectPerson), or the question is about no one.
func (e *Engine) namesSubject(question, s string) bool {
	p, ok := e.subjectPerson(question)
	return !ok || namesIn(" "+wordsOf(s)+" ", p)
}

// namesThing reports whether s names the thing a question about no person
// is about (subjectThing), or the question is about no thing: whether
// Microsoft still backs OpenAI is not told by a line on a startup fund
// («صندوق دعم») that never names Microsoft, however it shares the
// claim's rarest word («داعمة»).
func (e *Engine) namesThing(question, s string) bool {
	w, ok := e.namedThing(question)
	return !ok || e.match(w, s) > 0
}

// namedThing is what a question about no person is about (subjectThing)
// when it names a company, a product or a place (retrieval's NamesThing:
// Microsoft, «مايكروسوفت»), not an event or a deed ("firing").
func (e *Engine) namedThing(question string) (string, bool) {
	w, ok := e.subjectThing(question)
	k, known := e.search.(thingKnower)
	if !ok || !known || !k.NamesThing(w) {
		return "", false
	}
	return w, true
}

// outcomeCues mark a question that offers two outcomes, the claim and its
// denial ("…or not?", «…أم لا؟», «…ولا لا؟»), folded, as whole words at
// the end of the asking part; "or nah", "or nope" as chat types the
// denial.
var outcomeCues = []string{"or not", "or no", "or nah", "or nope", "ام لا", "او لا", "ولا لا", "ولا لأ"}

// offersOutcomes reports whether a question asks whether a claim holds
// and offers its denial as the other outcome: every dated account of the
// claim, whichever way it tells it, answers it.
func offersOutcomes(question string) bool {
	q := " " + wordsOf(askingPart(question)) + " "
	for _, c := range outcomeCues {
		if strings.HasSuffix(q, " "+wordsOf(c)+" ") {
			return true
		}
	}
	return false
}

// onClaim reports whether s speaks of a claim's matter: it carries the
// word of the claim's main clause (up to a clause that only dates it:
// "after OpenAI fired him", «بعد ما طردوه») that names its matter — of
// those fewer than thingShare of the corpus's paragraphs carry, a
// person's name excepted, the one most of them carry: a company or a post
// is named alike in every article, where the claim's verb is worded many
// ways. "So Altman went to work at Microsoft after OpenAI fired him,
// right?" is told by "Microsoft's role: that plan has been dropped", not
// by a line on his firing. False when the claim has no such word.
func (e *Engine) onClaim(question, s string) bool {
	m, ok := e.search.(matcher)
	if !ok {
		return false
	}
	n := 0
	for _, a := range e.corpus.Articles {
		n += len(a.Paragraphs)
	}
	matter, most := "", 0
	for i, w := range questionWords(askingPart(question)) {
		if i > 0 && datingOpeners[text.Fold(w)] {
			break
		}
		if e.isPersonName(w) {
			continue
		}
		if df := e.paragraphsMatching(m, w); df > most && float64(df) < thingShare*float64(n) {
			matter, most = w, df
		}
	}
	return matter != "" && m.Match(matter, s) > 0
}

// datingOpeners open a clause that dates a claim rather than states it
// (folded).
var datingOpeners = map[string]bool{"after": true, "before": true, "when": true, "since": true, "once": true,
	"بعد": true, "قبل": true, "عندما": true, "حين": true, "لما": true, "بعدما": true, "وقت": true}

// claimTagged reports whether a question is a statement closed by a tag
// asking whether it holds ("So he joined Microsoft, right?", «راح على
// مايكروسوفت، صح؟», «… مش كده؟», «… أليس كذلك؟»): a claim to check
// against every dated account, like one offering its denial
// (offersOutcomes).
func claimTagged(question string) bool {
	return tagQuestion(strings.Fields(wordsOf(askingPart(question))))
}

// versionCues are pairs of words that report two versions of a matter
// («مرة بيقولوا … ومرة …», "some say … others say"), folded: the first
// opens the first version, the second, later in the question, the other.
var versionCues = [][2]string{
	{"مره", "ومره"}, {"مره", "مره"}, {"بعضهم", "وبعضهم"}, {"ناس", "وناس"}, {"في ناس", "وفي ناس"},
	{"فيه ناس", "وفيه ناس"}, {"البعض", "واخرون"}, {"البعض", "والبعض"}, {"مصدر", "ومصدر"}, {"مقال", "ومقال"},
	{"some say", "others say"}, {"some say", "others"}, {"some reports", "others"}, {"one article", "another"},
	{"one source", "another"}, {"one report", "another"}, {"one says", "another"}, {"some sources", "others"},
}

// reportsVersions reports whether a question reports two versions of its
// matter (see versionCues): it asks which holds, and the newest account
// answers it, as for a question about now.
func reportsVersions(question string) bool {
	q := " " + wordsOf(question) + " "
	for _, c := range versionCues {
		i := strings.Index(q, " "+wordsOf(c[0])+" ")
		if i < 0 {
			continue
		}
		rest := q[i+len(wordsOf(c[0]))+1:]
		if strings.Contains(rest, " "+wordsOf(c[1])+" ") {
			return true
		}
	}
	return false
}

// dropQuotes removes the quotes of off from quotes and from byHit.
func dropQuotes(quotes []*multiQuote, byHit map[int]*multiQuote, off []*multiQuote) []*multiQuote {
	if len(off) == 0 {
		return quotes
	}
	drop := map[*multiQuote]bool{}
	for _, q := range off {
		drop[q] = true
	}
	kept := quotes[:0:0]
	for _, q := range quotes {
		if drop[q] {
			delete(byHit, q.hit)
			continue
		}
		kept = append(kept, q)
	}
	return kept
}

// reversalCues mark a sentence telling that a plan or a decision was
// reversed: "that plan has been dropped", «تراجعت الشركة عن قرارها»
// (folded, matched at a word's start, Arabic after «و» or «ف» too).
var reversalCues = []string{"dropped", "abandoned", "scrapped", "called off", "reversed", "تراجع", "الغي", "الغت", "الغاء", "تخلت عن", "تخلى عن"}

// settledCues mark a sentence telling that an outcome was agreed,
// decided, approved or planned, in the passive or impersonally ("an
// independent investigation has been agreed", «تم الاتفاق على», «تقرر»,
// «من المقرر»), folded, matched as whole words or phrases (Arabic with a
// one-letter prefix). Who decided what on a past day ("the board decided
// to fire him", «قرر المجلس») tells an event, not a settled outcome.
var settledCues = []string{"has been agreed", "have been agreed", "was agreed", "were agreed", "been agreed", "agreed upon",
	"has been decided", "was decided", "has been approved", "was approved", "is planned", "are planned", "is scheduled", "are scheduled",
	"تم الاتفاق", "جرى الاتفاق", "اتفق على", "تقرر", "تمت الموافقه", "جرت الموافقه", "من المقرر", "من المزمع"}

// settles reports whether s tells that an outcome was agreed, decided or
// planned (settledCues).
func settles(s string) bool {
	return carriesCue(s, settledCues)
}

// reverses reports whether s tells that a plan or a decision was reversed.
func reverses(s string) bool {
	f := " " + text.Fold(s) + " "
	for _, c := range reversalCues {
		c = text.Fold(c)
		// An Arabic word may carry a conjunction: «وأُلغيت», «فتراجعت».
		if strings.Contains(f, " "+c) || strings.Contains(f, " و"+c) || strings.Contains(f, " ف"+c) {
			return true
		}
	}
	return false
}

// whichHoldsCues ask which of two accounts the question reports holds
// ("He said X, but I read Y — which is it?", «أي رواية الصح؟»), or remark
// that the accounts differ ("the reports contradict each other",
// «المصادر مختلفة»), folded, matched as whole words or phrases.
var whichHoldsCues = []string{
	"which is it", "which one is it", "which is true", "which one is true", "which is right", "which one is right",
	"which is correct", "which one is correct", "who is right", "who s right", "which version", "which account",
	"sources differ", "sources disagree", "sources don t agree", "reports differ", "reports contradict", "contradict each other",
	"conflicting reports", "mixed messages", "mixed reports",
	"اي روايه الصح", "اي روايه صحيحه", "ايهما الصحيح", "ايهما الصح", "ايهما اصح", "مين الصح", "شو الصح", "ايش الصح",
	"اي واحد الصح", "انهي الصح", "اي الروايتين", "المصادر مختلفه", "المصادر متضاربه", "الروايات مختلفه", "روايات متضاربه",
	"الاخبار متضاربه", "المقالات مختلفه",
}

// weighsAccounts reports whether a question sets accounts against one
// another and asks which holds, or says that they differ: its answer is
// the newest account, heard even when an older one matches the
// question's words better, the older ones marked older — as for a
// question about a state, though it may ask of a past event ("why was he
// fired?"), which the latest telling, not the events' date, settles.
// "Which board member called Toner?" weighs nothing.
func weighsAccounts(question string) bool {
	return carriesCue(question, whichHoldsCues)
}

// restatedRelated is the least share of information (related) a newer
// sentence must share with a quote's sentence that gives the same figure
// to be a newer telling of it.
const restatedRelated = 0.4

// figures are the numbers s gives, in digits, other than a date's (a day
// with its month, a year: four digits from 1900 to 2099): "$13 billion"
// gives 13; "in 2015" and "Friday, Nov. 17" give none.
func figures(s string) map[string]bool {
	out := map[string]bool{}
	f := text.Fold(s)
	f = enDate.ReplaceAllString(f, " ")
	f = arDate.ReplaceAllString(f, " ")
	for k := range numbers(f) {
		if len(k) == 4 && (strings.HasPrefix(k, "19") || strings.HasPrefix(k, "20")) {
			continue
		}
		out[k] = true
	}
	return out
}

// restatesFigure reports whether s, a newer article's sentence, gives a
// figure that a quoted sentence gives too, on the same matter (they share
// restatedRelated of their information, in either language): "Microsoft,
// which has committed about $13 billion to OpenAI" restates «تعهدت
// مايكروسوفت باستثمار نحو 13 مليار دولار». For "how much", the newest
// telling of the figure is its newest account, though it words the
// question otherwise ("put in" for "committed"). A sentence giving 13
// days, or 13 billion of another matter, does not.
func (e *Engine) restatesFigure(s string, quotes []*multiQuote) bool {
	fs := figures(s)
	if len(fs) == 0 {
		return false
	}
	for _, q := range quotes {
		for _, qs := range q.sents {
			shared := false
			for k := range figures(qs.text) {
				shared = shared || fs[k]
			}
			if shared && e.related(s, qs.text) >= restatedRelated {
				return true
			}
		}
	}
	return false
}

// planCues mark a question about a plan or an intention, the future of a
// move rather than a state ("Is she going to join Google?", «رح ينتقل؟»,
// «رايح يشتغل هناك؟», «ناوية تبيع؟»), folded, as whole words or phrases.
// ("going to" is left out: "going to Microsoft" is a move, not a plan;
// its chat form "gonna" only ever comes before a verb.)
var planCues = []string{"plans to", "planning to", "plan to", "intends to", "intend to", "set to", "about to", "gonna",
	"رح", "ناوي", "ناويه", "ناويين", "سوف", "بصدد", "يعتزم", "تعتزم", "يخطط", "تخطط"}

// goingWords are the dialect "going", folded: before a verb in the
// present («رايح يشتغل», "going to work") they tell a plan; before a
// place («رايح على مايكروسوفت») a move.
var goingWords = map[string]bool{"رايح": true, "رايحه": true, "رايحين": true}

// stillGoingCues ask whether a move is still to come: "still" before
// "going" is a plan that stands or fell ("is he still going to
// Microsoft?", «لسا رايح على مايكروسوفت؟»), folded, whole words. "Did
// he go to Microsoft?" and «رايح على مايكروسوفت؟» without it ask of a
// move.
var stillGoingCues = []string{"still going to", "still headed to", "still heading to", "still moving to",
	"still joining", "still gonna join", "still gonna go to"}

// goingVerbs, folded, go somewhere or on to something: after "still"
// they ask whether a move is still to come ("still heading over to
// Microsoft"); "still going on" asks whether something lasts.
var goingVerbs = map[string]bool{"going": true, "headed": true, "heading": true, "moving": true, "joining": true,
	"gonna": true, "planning": true, "set": true, "slated": true, "due": true, "supposed": true, "expected": true}

// stillGoingReach is how many words after "still" a verb of going may
// come ("still heading", "still actually heading").
const stillGoingReach = 2

// stillWords are the dialect and standard "still", folded (text.NowCues
// has them among its cues of now).
var stillWords = map[string]bool{"لسه": true, "لسا": true, "لساته": true, "لسع": true, "مازال": true, "زال": true, "لازال": true, "يزال": true, "بعده": true, "مزال": true}

// asksPlan reports whether a question asks about a plan or an intention
// (planCues; a dialect "going" before a verb in the present, which
// opens with ي، ت or ن; or a "going" after "still", stillGoingCues).
// "Did he go to Microsoft?" and «رايح على مايكروسوفت؟» ask of a move.
func asksPlan(question string) bool {
	part := askingPart(question)
	if carriesCue(part, planCues) || carriesCue(part, stillGoingCues) {
		return true
	}
	ws := strings.Fields(wordsOf(part))
	for i, w := range ws {
		// "still" a word or two before a verb of going: "are they
		// still heading over to Microsoft", "still actually joining".
		if w != "still" {
			continue
		}
		for j := i + 1; j < min(len(ws), i+1+stillGoingReach); j++ {
			if goingVerbs[ws[j]] && (j+1 == len(ws) || ws[j+1] != "on") {
				return true
			}
		}
	}
	still := false
	for i := 0; i < len(ws); i++ {
		if goingWords[ws[i]] && (still || i+1 < len(ws) && strings.ContainsAny(string([]rune(ws[i+1])[:1]), "يتن")) {
			return true
		}
		still = still || stillWords[ws[i]]
	}
	return false
}

// planPlace is where the plan a question asks about leads: the first
// word of its asking part, after the person named, that names a company,
// a product or a place (retrieval's NamesThing) and that fewer than
// thingShare of the corpus's paragraphs carry — Microsoft in "are Sam
// and Greg still heading over to Microsoft to run that AI lab". ok is
// false when the question names none.
func (e *Engine) planPlace(question string) (string, bool) {
	m, ok := e.search.(matcher)
	k, known := e.search.(thingKnower)
	if !ok || !known {
		return "", false
	}
	n := float64(e.paragraphCount())
	for _, w := range questionWords(askingPart(question)) {
		if e.isPersonName(w) || timeWord(w) || !k.NamesThing(w) {
			continue
		}
		if df := e.paragraphsMatching(m, w); df > 0 && float64(df) < thingShare*n {
			return w, true
		}
	}
	return "", false
}

// planFateTold reports whether s, under heading section, tells the fate
// of the plan a question asks about (asksPlan): a reversal (reverses)
// named with the place the plan leads to (planPlace), in s or its
// heading — "With Altman's return, that plan has been dropped" under
// "Microsoft's role", for "are Sam and Greg still heading over to
// Microsoft?". A reversal of something else, or one that names no place
// of the plan, does not.
func (e *Engine) planFateTold(question, section, s string) bool {
	if !asksPlan(question) || !reverses(s) {
		return false
	}
	w, ok := e.planPlace(question)
	return ok && e.match(w, section+" "+s) > 0
}

// namesPlanPlace reports whether quote q, with its heading, names where
// the plan a question asks about leads (planPlace), or the question names
// no such place. A line on its subject that does not ("he was taken back
// days later", in a look back) tells nothing of whether the plan to go
// there stands, and does not keep the line telling its fate ("that plan
// has been dropped") from being the newest account.
func (e *Engine) namesPlanPlace(question string, q *multiQuote) bool {
	w, ok := e.planPlace(question)
	if !ok {
		return true
	}
	for _, s := range q.sents {
		if e.match(w, q.p.Section+" "+s.text) > 0 {
			return true
		}
	}
	return false
}

// planReversed reports whether a quote already tells that the plan a
// question asks about was dropped: a sentence telling a reversal
// (reverses: "that plan has been dropped") in a quote on the question's
// subject (namesMatter). That is the newest account of the plan; the
// newest article's own line on another change of its subject ("he was
// taken back days later") does not answer whether the plan stands.
func (e *Engine) planReversed(question string, quotes []*multiQuote) bool {
	if !asksPlan(question) {
		return false
	}
	for _, q := range quotes {
		for _, s := range q.sents {
			if reverses(s.text) && e.namesMatter(question, q) {
				return true
			}
		}
	}
	return false
}

// withoutDating is question without a clause that only dates what it asks
// (from a dating opener, not its first word, to the next comma or
// question mark: "after Altman was fired", «بعد إقالة ألتمان»), the rest
// as written. "When did Altman return?" and "After he returned, who…"
// keep every word.
func withoutDating(question string) string {
	var out []rune
	word, skipping, seen := []rune{}, false, 0
	flush := func() {
		if len(word) == 0 {
			return
		}
		w := string(word)
		if !skipping && seen > 0 && datingOpeners[text.Fold(w)] {
			skipping = true
		}
		if !skipping {
			out = append(out, word...)
		}
		seen++
		word = word[:0]
	}
	for _, r := range question {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || r == '\'' || r == '’' {
			word = append(word, r)
			continue
		}
		flush()
		if strings.ContainsRune(",،?؟.;", r) {
			skipping = false
		}
		if !skipping {
			out = append(out, r)
		}
	}
	flush()
	return string(out)
}

// whoAux, folded, are the words after "who" that make the person named
// next the subject: "Who is Altman?", "Who did Altman hire?", "who's".
var whoAux = map[string]bool{"is": true, "was": true, "are": true, "were": true, "s": true, "did": true, "does": true,
	"do": true, "has": true, "have": true, "had": true, "will": true, "would": true, "can": true, "could": true,
	"should": true, "might": true, "may": true, "exactly": true}

// whoAdverbs, folded, may stand between "who" and its verb ("who actually
// replaced…", "who finally took over…").
var whoAdverbs = map[string]bool{"actually": true, "really": true, "finally": true, "eventually": true,
	"then": true, "first": true, "later": true, "ultimately": true}

// whoRelative, folded, follow an Arabic who and open the deed it asks of:
// «مين اللي خلف ألتمان؟», «من الذي أقال ألتمان؟».
var whoRelative = map[string]bool{"اللي": true, "الذي": true, "التي": true, "الي": true}

// whoDoes reports whether the question's words ws open by asking who did
// something ("Who replaced Altman?", «مين اللي خلف ألتمان؟»): the person
// it then names is the one it was done to. "Who is Altman?" and "Who did
// Altman hire?" ask of Altman; "Is Altman still CEO?" asks no who.
func whoDoes(ws []string) bool {
	if len(ws) < 2 {
		return false
	}
	switch wordsOf(ws[0]) {
	case "who":
		for _, w := range ws[1:] {
			f := wordsOf(w)
			if whoAdverbs[f] {
				continue
			}
			// A capitalised word is a name: "Who Altman hired" asks of Altman.
			return !whoAux[f] && text.Language(w) == "en" && !unicode.IsUpper([]rune(w)[0])
		}
	case "من", "مين", "منو":
		return whoRelative[wordsOf(ws[1])]
	}
	return false
}

// reader is implemented by searchers that read a question in the
// corpus's standard words (*retrieval.Index does).
type reader interface {
	Reading(query string) string
}

// standardReading is question read in the corpus's standard words by the
// searcher (retrieval.Index.Reading: «بيهددوا» → «يهددوا»), or question
// itself when the searcher reads no such thing.
func (e *Engine) standardReading(question string) string {
	if r, ok := e.search.(reader); ok {
		return r.Reading(question)
	}
	return question
}
