package answer

import (
	"strings"

	"casebot/retrieval"
	"casebot/text"
)

// A topic word can ask for a kind of content rather than name a thing:
// "the reasons for the strike" asks for what caused it, "the accusations
// against the minister" for what he is said to have done. The sentences
// that answer it seldom repeat the word ("he was found to have hidden the
// losses", "أُتهم بالكذب على المساهمين"); they carry it with cue words
// instead. A topic unit for such a word (see topicUnits) is carried by its
// cues as fully as by the word itself, so the sentence that gives the cause
// or states the accusation outweighs one that only names the event.

// topicAspect is one kind of content a topic can ask for: the topic words
// that ask for it and the words a sentence carries it with, written from
// general knowledge of English and Arabic (never from an eval topic).
type topicAspect struct {
	name     string
	triggers []string
	cues     []string
	// spares are words that answer the aspect without saying it: a
	// sentence with one is spared the aspect cut (see missesAspect) but
	// does not carry the aspect's unit, so it does not outrank the
	// sentences that give it in so many words.
	spares []string
}

// topicAspectLexicon returns the aspects topic summaries know.
func topicAspectLexicon() []topicAspect {
	return []topicAspect{
		{
			// "why the plant closed", «أسباب انهيار السد»: causal
			// connectives, findings that led to a decision, concerns.
			name: "cause",
			triggers: []string{"why", "reason", "reasons", "cause", "causes", "motive", "motives", "roots",
				"how come", "what made",
				"لماذا", "سبب", "أسباب", "الأسباب", "دوافع", "دافع", "خلفيات", "جذور",
				// colloquial why: Levantine, Gulf, Egyptian, Maghrebi
				"ليش", "ليه", "ليچ", "علاش", "علاه", "لاش", "ليشن"},
			cues: []string{"because", "due", "prompted", "caused", "discovered", "revealed",
				"concluded", "review", "concern", "concerns", "citing", "reason", "reasons", "why", "motive",
				"بسبب", "لأن", "لأنه", "لأنها", "إثر", "نتيجة", "جراء", "أدى", "أدت", "دفع", "اكتشف",
				"اكتشاف", "كشف", "كشفت", "خلصت", "مراجعة", "قلق", "شكوك", "سبب", "أسباب", "دوافع", "جذور"},
			// A charge of dishonesty is the reason given for acting
			// against someone ("why was the mayor sacked": "he had
			// lied to the council"), though no causal word says so:
			// it spares the cut, and in a topic that names the
			// action (sanctionTopic) it carries the why in full. A
			// want of candour ("not consistently candid", «لم يكن
			// صريحًا») is such a charge.
			spares: []string{"lied", "lying", "misled", "dishonest", "deceived", "candid",
				"كذب", "الكذب", "ضلل", "تضليل", "خداع", "صريحا", "صريحًا"},
		},
		{
			// "what led to the ceasefire", «ما الذي أدى إلى عودته»: what
			// came before an outcome and brought it about — talks,
			// pressure, what it followed.
			name: "antecedent",
			triggers: []string{"led to", "lead to", "leading to", "paved the way", "what brought", "brought about",
				"أدى إلى", "أدت إلى", "مهد", "مهدت", "مهّد", "قاد إلى", "قادت إلى"},
			cues: []string{"followed", "following", "after", "amid", "pressure", "talks", "negotiations", "negotiated",
				"بعد", "عقب", "إثر", "أعقاب", "ضغط", "الضغط", "مفاوضات", "محادثات", "تفاوض"},
		},
		{
			// "the allegations against the mayor", «التهم الموجهة إلى
			// الوزير»: what someone is said to have done wrong.
			name: "accusation",
			triggers: []string{"accusation", "accusations", "allegation", "allegations", "charges", "complaints",
				"grievances", "criticism", "اتهام", "اتهامات", "الاتهامات", "تهمة", "تهم", "التهم", "ادعاءات",
				"مزاعم", "انتقادات", "شكاوى", "مآخذ"},
			cues: []string{"accused", "accuse", "accusation", "alleged", "allegation", "lied", "lying", "misled",
				"deceived", "dishonest", "candid", "concealed", "hid", "complained", "complaint", "criticised",
				"criticized", "undermined", "manipulated",
				"اتهم", "اتهام", "تهمة", "كذب", "الكذب", "ضلل", "تضليل", "خداع", "أخفى", "إخفاء", "الشفافية",
				"شفافية", "صريح", "صريحا", "مخالفة", "انتهاك", "تلاعب", "شكوى", "اشتكى", "انتقد"},
		},
		{
			// "how the fans reacted", «ردود الفعل على القرار»: protest,
			// threats, resignations, open letters, demands.
			name: "reaction",
			triggers: []string{"reaction", "reactions", "reacted", "react", "response", "responded", "backlash",
				"ردة", "رد", "ردود", "تفاعل", "استجابة",
				// a reaction named by its kind: "why did the staff
				// revolt", «ليش الموظفين ثارو» (colloquial ثارو
				// for ثاروا), protest, mutiny, rebellion
				"revolt", "revolted", "rebel", "rebelled", "rebellion", "mutiny", "uprising", "protest",
				"protested", "protests", "ثار", "ثاروا", "ثارو", "تمرد", "تمردوا", "تمردو", "انتفض",
				"انتفضوا", "انتفاضة", "احتج", "احتجوا", "احتجاج", "احتجاجات", "عصيان"},
			cues: []string{"threatened", "threaten", "protest", "protested", "quit", "resign", "resigned", "signed",
				"letter", "demanded", "revolt", "outcry", "outrage", "shock", "shocked", "criticised", "criticized",
				"هدد", "تهديد", "احتجاج", "احتج", "استقالة", "استقال", "رسالة", "وقع", "طالب", "مطالب", "تمرد",
				"غضب", "صدمة", "انتقد", "رفض"},
		},
		{
			// "what did the inquiry reveal", «ماذا كشف التقرير»: what
			// came out — what was discovered, who was found or said
			// to have done what.
			name: "revelation",
			triggers: []string{"reveal", "revealed", "reveals", "revelation", "revelations", "disclose", "disclosed",
				"disclosures", "expose", "exposed", "uncover", "uncovered",
				"كشف", "كشفت", "كشفه", "كشفته", "يكشف", "تكشف", "كشفها", "فضح", "فضحت", "كواليس", "خفايا", "أسرار"},
			cues: []string{"discovered", "revealed", "found", "disclosed", "accused", "alleged", "lied", "uncovered",
				"اكتشف", "اكتشاف", "كشف", "كشفت", "اتهم", "اتهام", "كذب", "الكذب", "تبين", "تبيّن"},
		},
		{
			// "the union's stance on the deal", «موقف الوزارة من
			// القرار»: what they said of it.
			name:     "stance",
			triggers: []string{"stance", "stances", "موقف", "مواقف", "رأي", "تعليق"},
			cues: []string{"said", "says", "stated", "told", "announced", "statement", "welcomed", "committed",
				"قال", "قالت", "أكد", "أكدت", "أعلن", "أعلنت", "بيان", "تدوينة", "رحب", "رحبت", "ملتزمة", "ملتزم"},
		},
		{
			// "the consequences of the flood", «تداعيات القرار»: what
			// followed from it and what it shows; "what does the strike
			// mean for the port going forward", "the future of…",
			// «مستقبل…» ask the same (what it shows for what comes next).
			name: "consequence",
			triggers: []string{"consequences", "consequence", "implications", "impact", "effects", "aftermath",
				"lessons", "future", "mean for", "means for", "going forward", "from now on", "what next",
				"مستقبل", "يعني ايه", "ماذا يعني", "شو يعني", "تداعيات", "عواقب", "آثار", "نتائج", "دلالات", "انعكاسات", "تأثير", "دروس"},
			cues: []string{"resulted", "result", "therefore", "showed", "shows", "highlighted", "means", "future",
				"lesson", "fragile", "indicates", "suggests", "signals", "نتيجة", "يشير", "تشير", "يدل", "تدل", "أدى", "أدت", "دليل", "يعني", "تعني", "مستقبل", "أظهر", "أظهرت",
				"يسلط", "تسلط", "هشاشة", "درس", "دروس"},
		},
	}
}

// cueSet is a list of words as the forms a sentence's words are compared
// in: folded, and analysed as retrieval analyses them (so واتهم and بالكذب
// meet اتهم and كذب).
func cueSet(words []string) map[string]bool {
	out := map[string]bool{}
	for _, w := range words {
		out[text.Fold(w)] = true
		for _, t := range retrieval.Tokens(w) {
			out[t] = true
		}
	}
	return out
}

// hasCue reports whether s has one of cues (see cueSet).
func hasCue(s string, cues map[string]bool) bool {
	if len(cues) == 0 {
		return false
	}
	for _, w := range text.Words(s) {
		if cues[text.Fold(w)] {
			return true
		}
		for _, t := range retrieval.Tokens(w) {
			if cues[t] {
				return true
			}
		}
	}
	return false
}

// askedAspect is an aspect a topic asks for: the topic word that asks for
// it and the aspect's cues.
type askedAspect struct {
	name   string // the aspect's name (see topicAspect)
	word   string
	cues   map[string]bool
	spares map[string]bool
}

// topicAspects are the aspects one topic asks for.
type topicAspects []askedAspect

// topicAspectsOf returns the aspects topic asks for, one per aspect, with
// the first topic word that asks for each.
func topicAspectsOf(topic string) topicAspects {
	var out topicAspects
	words := text.Words(topic)
	padded := " " + strings.Join(text.Words(text.Fold(topic)), " ") + " "
	for _, a := range topicAspectLexicon() {
		var single []string
		found := false
		for _, tr := range a.triggers {
			if !strings.Contains(tr, " ") {
				single = append(single, tr)
				continue
			}
			// A phrase ("led to", «أدى إلى») asks as a whole; its first
			// word stands for it.
			if i := strings.Index(padded, " "+text.Fold(tr)+" "); i >= 0 && !found {
				n := len(strings.Fields(padded[:i]))
				if n < len(words) {
					out = append(out, askedAspect{name: a.name, word: words[n], cues: cueSet(a.cues), spares: cueSet(a.spares)})
					found = true
				}
			}
		}
		if found {
			continue
		}
		triggers := cueSet(single)
		for _, w := range words {
			if triggers[text.Fold(w)] || triggerTerm(w, triggers) {
				out = append(out, askedAspect{name: a.name, word: w, cues: cueSet(a.cues), spares: cueSet(a.spares)})
				break
			}
		}
	}
	return out
}

// triggerTerm reports whether the analysed form of w is a trigger; a word
// that analyses to nothing (a stop word) is compared folded only.
func triggerTerm(w string, triggers map[string]bool) bool {
	for _, t := range retrieval.Tokens(w) {
		if triggers[t] {
			return true
		}
	}
	return false
}

// asks reports whether the topic asks for one of the named aspects.
func (as topicAspects) asks(names ...string) bool {
	for _, a := range as {
		for _, n := range names {
			if a.name == n {
				return true
			}
		}
	}
	return false
}

// cuesFor returns the cues of the aspects a topic unit's word (one topic
// word, or two read as one) asks for; nil when it asks for none.
func (as topicAspects) cuesFor(unit string) map[string]bool {
	var out map[string]bool
	for _, a := range as {
		if !containsWord(unit, a.word) {
			continue
		}
		if out == nil {
			out = map[string]bool{}
		}
		for c := range a.cues {
			out[c] = true
		}
	}
	return out
}

// sparesFor returns the spares of the aspects a topic unit's word asks
// for; nil when it asks for none or they have none.
func (as topicAspects) sparesFor(unit string) map[string]bool {
	var out map[string]bool
	for _, a := range as {
		if !containsWord(unit, a.word) || len(a.spares) == 0 {
			continue
		}
		if out == nil {
			out = map[string]bool{}
		}
		for c := range a.spares {
			out[c] = true
		}
	}
	return out
}

// chargesFor returns the spares of the named aspect when the topic asks
// for it, else nil.
func (as topicAspects) chargesFor(name string) map[string]bool {
	for _, a := range as {
		if a.name == name && len(a.spares) > 0 {
			return a.spares
		}
	}
	return nil
}

// unnamed returns the words of the aspects asked for by a topic word that
// is not among words, the topic words made units (a stop word: why, لماذا).
func (as topicAspects) unnamed(words []string) []string {
	var out []string
	for _, a := range as {
		found := false
		for _, w := range words {
			if containsWord(w, a.word) {
				found = true
				break
			}
		}
		if !found {
			out = append(out, a.word)
		}
	}
	return out
}

// containsWord reports whether the words of s include w.
func containsWord(s, w string) bool {
	for _, x := range strings.Fields(s) {
		if x == w {
			return true
		}
	}
	return false
}

// topicConjuncts numbers the parts of a topic joined by "and" (English
// "and", "&", an Arabic word after the first that begins with the
// conjunction و: وعودة) and returns each topic word's part.
func topicConjuncts(topic string) map[string]int {
	out := map[string]int{}
	n := 0
	for i, w := range text.Words(topic) {
		f := text.Fold(w)
		if f == "and" || f == "&" {
			n++
			continue
		}
		if rest, ok := strings.CutPrefix(f, "و"); ok && i > 0 && len([]rune(rest)) >= 3 {
			// The stemmer cannot tell و+عودة from وعود ("promises"),
			// so every such word starts a part; a word that merely
			// begins with و (وزير) cuts a part off too, which only
			// spares that part's sentences the aspect cut.
			n++
		}
		if _, seen := out[w]; !seen {
			out[w] = n
		}
	}
	return out
}

// sanctionWords (analysed, see cueSet) name an action taken against
// someone: firing, removal, suspension, arrest. "Why was X fired" asks for
// the charges against X as much as for causes.
var sanctionWords = cueSet([]string{"fire", "fired", "firing", "sack", "sacked", "oust", "ousted", "ouster",
	"remove", "removed", "removal", "dismiss", "dismissed", "dismissal", "expel", "expelled", "suspend",
	"suspended", "punish", "punished", "arrest", "arrested", "kicked",
	"أقال", "أقيل", "إقالة", "اقالة", "الإقالة", "أقالوا", "طرد", "طردوا", "انطرد", "عزل", "عزلوا", "أبعد",
	"إبعاد", "فصل", "فصلوا", "اعتقال", "اعتقل", "إيقاف", "معاقبة"})

// sanctionTopic reports whether a topic names an action taken against
// someone (see sanctionWords).
func sanctionTopic(topic string) bool {
	return hasCue(topic, sanctionWords)
}
