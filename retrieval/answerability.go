package retrieval

import (
	"math"
	"strings"

	"casebot/text"
)

// signals are what the answerability decision reads from a search.
type signals struct {
	// matched is the weight of the question's content words found in the
	// best paragraphs (exact, synonym or same root), missed the weight of
	// those the corpus has elsewhere but not there.
	matched, missed float64
	// unknownAr, unknownLatin and foreign count the content words the
	// corpus has nowhere: Arabic words, Latin-script words, and words that
	// name something (see unitForeign).
	unknownAr, unknownLatin, foreign int
	// units counts the content words.
	units int
	// dense is the best paragraph's cosine similarity.
	dense float64
	// best is the highest IDF of a content word matched in the best
	// paragraphs: a rare word of the case (a name) says the question is
	// about it.
	best float64
	// anchor is set when a matched content word is a name of the case: a
	// corpus word the corpus never writes with the article ال and the
	// thesaurus does not list (ألتمان، تونر، OpenAI), found in a title or
	// in more than one paragraph.
	anchor bool
	// anchors counts the content words that set anchor.
	anchors int
	// advice is set for a question about the asker (see isAdvice).
	advice bool
	// general is set for a question of general knowledge (see
	// isGeneral).
	general bool
	// category is set for a question about a whole category in the
	// world (see isCategory).
	category bool
	// namesCase is set when a matched content word is a name of the
	// case in the broad sense (see isName), wherever the corpus has it.
	namesCase bool
	// unknown lists, as written, the content words the corpus has nowhere.
	unknown []string
}

// signalsFor measures the question's content words against the top three
// hits.
func (ix *Index) signalsFor(sq standardQuery, raw string, hits []Hit) signals {
	joined := joinedToForeign(raw, sq)
	for w := range ix.joinedArabic(raw) {
		joined[w] = true
	}
	s := signals{advice: sq.advice, general: isGeneral(raw), category: isCategory(raw)}
	if len(hits) > 0 {
		s.dense = hits[0].Dense
	}
	have := map[string]bool{}
	for _, h := range hits[:min(3, len(hits))] {
		for t := range termSet(h.Paragraph.Title + "\n" + h.Paragraph.Section + "\n" + h.Paragraph.Text) {
			have[t] = true
		}
	}
	seen := map[string]bool{}
	for _, u := range sq.units {
		key := u.terms[0]
		if seen[key] || frameWords[text.Fold(u.word)] {
			continue
		}
		seen[key] = true
		s.units++
		u = ix.monthUnit(u)
		w, credit, known := 0.0, 0.0, false
		for _, t := range u.terms {
			if ix.known(t) || len(ix.thesaurus.terms[t]) > 0 {
				known = true
				w = math.Max(w, ix.bm25.idf(t))
			}
			credit = math.Max(credit, ix.termCredit(t, have, false))
		}
		if !known && credit == 0 {
			s.unknown = append(s.unknown, u.word)
			switch {
			case u.class == unitForeign:
				s.foreign++
			case u.class == unitLatin:
				s.unknownLatin++
			default:
				s.unknownAr++
			}
			continue
		}
		if w == 0 {
			w = ix.bm25.idf(key)
		}
		s.matched += credit * w
		s.missed += (1 - credit) * w
		if credit >= synonymCredit {
			s.best = math.Max(s.best, w)
		}
		if credit == 1 {
			for _, t := range u.terms {
				if have[t] && ix.isName(t) && !notNames[t] && !joined[u.word] {
					s.namesCase = true
				}
			}
			for _, t := range u.terms {
				if have[t] && ix.isName(t) && !notNames[t] && (ix.vocab.inTitle[t] || len(ix.bm25.postings[t]) >= 2) && !joined[u.word] {
					s.anchor = true
					s.anchors++
					break
				}
			}
		}
	}
	return s
}

// monthUnit reads a short month name left as written ("16 Nov", "Sept.
// 2023"), which standardize takes for a name the corpus never mentions
// because of its capital, as the full month the glossary translates
// (نوفمبر): a date is not something outside the case. Any other unit is
// returned as it is.
func (ix *Index) monthUnit(u unit) unit {
	m, ok := text.MonthOf(u.word)
	full := strings.ToLower(m.String())
	if !ok || u.class == unitPlain || u.word == "" || u.word[0] >= 0x80 || strings.EqualFold(u.word, full) {
		// Only a short English name ("Nov", "Sept") is read here.
		return u
	}
	var ts []string
	for _, ar := range ix.glossary[term(full)] {
		ts = append(ts, Tokens(ar)...)
	}
	if len(ts) == 0 {
		return unit{word: u.word, terms: u.terms, class: unitLatin}
	}
	return unit{word: u.word, terms: ts, class: unitPlain}
}

// joinedToForeign returns the Latin-script words of the question raw that
// are written, with a capital, next to a capitalised name the corpus
// never mentions (Sam in "Sam Bankman-Fried"): part of another name, they
// do not anchor the question in the case. Folded, as unit.word.
func joinedToForeign(raw string, sq standardQuery) map[string]bool {
	foreign := map[string]bool{}
	for _, u := range sq.units {
		if u.class == unitForeign {
			for _, w := range strings.Fields(u.word) {
				foreign[w] = true
			}
		}
	}
	out := map[string]bool{}
	if len(foreign) == 0 {
		return out
	}
	ws := queryWords(raw)
	// A question typed without capitals joins its names all the same.
	lowercase := raw == strings.ToLower(raw)
	for i := 0; i+1 < len(ws); i++ {
		a, b := ws[i], ws[i+1]
		if !lowercase && (!a.capital || !b.capital) || text.IsArabicWord(a.w) || text.IsArabicWord(b.w) || text.IsDigits(a.w) || text.IsDigits(b.w) {
			continue
		}
		switch {
		case foreign[a.w] && !foreign[b.w]:
			out[b.w] = true
		case foreign[b.w] && !foreign[a.w]:
			out[a.w] = true
		}
	}
	return out
}

// joinedArabic returns, folded, the Arabic words of the question raw that
// name someone of the case (سام) and are followed by an Arabic word the
// corpus, the lexicons and the spelling rules know nowhere (سميث in «سام
// سميث»): a first name the case knows joined to a surname it does not
// may name another person, so, as with joinedToForeign, the name does not
// anchor a question that names something the corpus never mentions.
func (ix *Index) joinedArabic(raw string) map[string]bool {
	names := map[string]bool{}
	ws := queryWords(raw)
	for i := 0; i+1 < len(ws); i++ {
		a, b := text.Fold(ws[i].w), text.Fold(ws[i+1].w)
		if !text.IsArabicWord(a) || !text.IsArabicWord(b) || len([]rune(b)) < 3 {
			continue
		}
		ta, tb := term(a), term(b)
		if ta == "" || tb == "" || !ix.isName(ta) || ix.vocab.words[b] || ix.recognised(b) || ix.respell(b) != "" {
			continue
		}
		if _, ok := ix.dialect.words[b]; ok {
			continue
		}
		if _, ok := ix.dialect.lookupArabic(b); ok {
			continue
		}
		names[a] = true
	}
	return names
}

// isName reports whether the corpus term t names something of the case
// (see signals.anchor).
func (ix *Index) isName(t string) bool {
	if !ix.known(t) || len(ix.thesaurus.terms[t]) > 0 || ix.vocab.common[t] {
		return false
	}
	if text.IsDigits(t) {
		return !text.IsYear(t)
	}
	return true
}

// notNames are analysed terms of Arabic words that a corpus writes
// without the article ال, as it writes names, and that name nothing: a
// numeral (أحد، واحد: one) and prepositions the analyser keeps (بشأن،
// حول، خلال). They do not anchor a question in the case: «واحد» in "how
// much do companies pay one data scientist in Morocco?" is no one of it.
var notNames = termsOf("أحد", "واحد", "إحدى", "بشأن", "حول", "خلال", "عبر", "ضمن", "لدى", "نحو", "عند", "ظل")

// frameWords are words of the question's frame ("what did the article say
// about…", "ما الذي جرى"): they ask, and carry nothing to look for, so a
// corpus without them lacks nothing. Folded.
var frameWords = set(
	"say", "said", "says", "tell", "told", "mention", "mentioned", "mentions", "article", "really", "actually", "thing", "things",
	"kind", "sort", "part", "play", "played", "role", "make", "made", "happen", "happened", "happens", "happening", "take", "took",
	"give", "gave", "mean", "means", "related", "regarding", "concerning", "between", "during", "along", "around",
	"else", "too", "apart", "clear", "also", "just", "still", "exactly", "exact", "precisely", "specifically", "even",
	"جرى", "جري", "حدث", "يمكن", "ممكن", "الممكن", "رأي", "فهم", "قيل", "زعم", "حين", "فيما", "بينهم", "أجل",
	"بوصفه", "وجود", "بوجود", "شيء", "شيئا", "الآخر", "كذلك", "أيضا", "بالضبط", "تحديدا", "بالتحديد", "بدقة",
	"المقال", "الخبر", "فعلا", "حقا", "يعني",
	// "the matter of X and its relation to Y": what "related", "thing" say in English.
	"موضوع", "الموضوع", "علاقة", "علاقته", "وعلاقته", "بعلاقة", "علاقتها", "وعلاقتها",
	// "said", "says" in Arabic, as "say", "said" above (قال itself is a stop word).
	"قالت", "قالوا", "قالو", "تقول", "يقول", "يقولون", "يقولو",
	// The colloquial present with its ب (Levantine, Egyptian): "says".
	"بيقول", "بتقول", "بيقولوا", "بيقولو", "بيذكر", "بتذكر",
	// Asking for a name says what kind of answer, not what to look for.
	"name", "names", "named", "اسم", "اسمه", "اسمها", "اسمهم",
	// What is left of English negative contractions (didn't → didn).
	"didn", "doesn", "don", "wasn", "weren", "isn", "aren", "hasn", "haven", "hadn", "won", "wouldn", "couldn",
	// When the question asks about (now, right now, still, later): the answer layer reads
	// them to put the newest account first; no paragraph needs to say them.
	"now", "right", "currently", "presently", "nowadays", "anymore", "الآن", "الان", "حاليا", "حالياً", "هلأ", "هلق",
	"دلوقتي", "دحين", "توا", "لسه", "لسا", "مازال", "ما زال", "لايزال",
	"later", "afterwards", "afterward", "بعدين", "لاحقا", "فيما بعد",
)

// The decision's weights: a content word the corpus has nowhere counts,
// against the IDF-weighted words it has, as this much: Arabic words most
// (a paraphrase or a subject the corpus lacks), Latin words less (often
// English words the glossary lacks), names of other things most.
const (
	unknownArabicWeight  = 1.0
	unknownLatinWeight   = 0.5
	unknownForeignWeight = 2.0
)

// coverageOf is the share of the question's content the best paragraphs
// carry (see signals), unknown words weighing as set above.
func (s signals) coverageOf() float64 {
	d := s.matched + s.missed + unknownArabicWeight*float64(s.unknownAr) +
		unknownLatinWeight*float64(s.unknownLatin) + unknownForeignWeight*float64(s.foreign)
	if d == 0 {
		return 0
	}
	return s.matched / d
}

// related reports whether the question is about the corpus's subject at
// all: it matched something, it is not about the asker, and it does not
// name something the corpus never mentions without also naming something
// of the case.
func (s signals) related() bool {
	switch {
	case s.advice:
		return false
	case s.foreign > 0 && !s.anchor:
		return false
	}
	return s.best > 0
}

// judge decides, for a search's phrasings and hits, how likely the hits
// answer the question (Result.Confidence, on three bands: under
// DefaultThreshold the question is about something else; from it to
// ConfidentAt the article is about the subject but the question has words
// it does not carry; from ConfidentAt it carries all of them) and whether
// the question is related to the corpus at all. The best phrasing counts.
func (ix *Index) judge(variants []standardQuery, raw []string, hits []Hit) (conf float64, related bool, first signals) {
	conf = -1
	for i, sq := range variants {
		s := ix.signalsFor(sq, raw[i], hits)
		if i == 0 {
			first = s
		}
		c := s.coverageOf()
		if s.unknownAr+s.unknownLatin+s.foreign > 0 {
			c = math.Min(c, ConfidentAt-0.01)
		}
		switch {
		case s.category && !s.namesCase && c < ConfidentAt:
			// A question about a whole category in the world ("is there
			// a company that makes AI chips?", «هل توجد شركة ناشئة في
			// الأردن؟») that names nothing of the case and has words its
			// paragraphs lack: the case is one company's story, so it is
			// off-topic, and no model is asked.
			c = math.Min(c, DefaultThreshold-0.01)
		case s.related() && s.general && s.anchors == 0:
			// A question of general knowledge that names nothing of the
			// case ("what may a board do under the law?"): it shares the
			// case's words, so a model may judge it, but these paragraphs
			// tell of one case, not of the law or of companies in general.
			related = true
			c = math.Min(c, DefaultThreshold-0.01)
		case s.related() && s.foreign >= s.anchors && s.foreign > 0:
			// As many outside things named as names of the case ("who
			// founded Anthropic after leaving OpenAI?"): related, so a
			// model may judge it, but not answerable from these paragraphs.
			related = true
			c = math.Min(c, DefaultThreshold-0.01)
		case s.related():
			related = true
			c = math.Max(c, DefaultThreshold)
		default:
			c = math.Min(c, DefaultThreshold-0.01)
		}
		conf = math.Max(conf, c)
	}
	return math.Max(conf, 0), related, first
}
