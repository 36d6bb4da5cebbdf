package retrieval

import (
	"strings"

	"casebot/text"
)

// The Arabic slots where a question names an organisation or a person:
// the word after a post or a body in the construct state (مجلس إدارة
// الأهلي، مدرب النصر، شركة ديزني، مدير ستاربكس التنفيذي، رئيس وزراء
// بريطانيا), after such a noun and a colloquial "of" (المدرب ديال الوداد),
// after "chief executive" with ل (الرئيس التنفيذي لأرامكو), and the object
// of a verb of dismissal (أقال كولر). Not the subject of a verb of leaving
// (استقال، انطرد): there the case's own people stand, in spellings a small
// corpus may not have. Folded, without a one-letter prefix.
var (
	slotHeads = set("شركه", "شركات", "اداره", "نادي", "فريق", "منتخب", "مدرب", "مدير", "مديره", "رئيس", "رئيسه",
		"مؤسس", "موسس", "مالك", "ملاك", "اسهم", "سهم", "حكومه", "وزير", "وزراء")
	slotOf      = set("ديال", "بتاع", "تبع", "حق", "تاع", "متاع")
	slotTitles  = set("التنفيذي", "التنفيذيه", "العام", "المؤسس")
	slotDismiss = set("اقال", "اقالت", "اقالو", "اقالوا", "طرد", "طردت", "طردو", "طردوا", "فصل", "فصلت", "فصلو", "فصلوا",
		"رفد", "رفدت", "رفدو", "رفدوا", "عزل", "عزلت", "عزلو", "عزلوا", "اعفي", "اعفت", "مشي", "مشو", "مشوا", "شال",
		"شالو", "شالوا")
)

// slotName reports whether the Arabic question word ws[i], one nothing
// reads (not the corpus, its lexicons, the colloquial lexicon or the
// spelling rules), stands where a question names an organisation or a
// person (see slotHeads): a name the corpus never mentions, so the
// question is about someone else than the case's people. A word of the
// corpus in that slot (مجلس إدارة الشركة، مديرة التكنولوجيا) is never
// asked about here: only unread words come in.
func (ix *Index) slotName(ws []qword, i int) bool {
	if i == 0 || !ix.unreadSlotWord(ws[i].w) {
		return false
	}
	at := func(j int) string {
		if j < 0 || j >= len(ws) {
			return ""
		}
		return text.Fold(ws[j].w)
	}
	bare := func(w string) string {
		for _, p := range []string{"و", "ب", "ل", "ف"} {
			if rest, ok := strings.CutPrefix(w, p); ok && len([]rune(rest)) >= 3 && (slotHeads[rest] || slotDismiss[rest]) {
				return rest
			}
		}
		return w
	}
	w, prev := at(i), bare(at(i-1))
	for _, suf := range []string{"هم", "ها", "كم", "نا", "هن"} {
		if strings.HasSuffix(w, suf) {
			return false // a noun with a pronoun (مديرهم: their boss), no name
		}
	}
	if next := at(i + 1); !text.HasArticle(w, 2) && text.HasArticle(next, 2) && !slotTitles[next] && next != "السابق" {
		// A noun the chain goes on from (رئيسة قسم التقنية: head of
		// the technology department) is a common one; a name ends it,
		// but for a title after it (مدير ستاربكس التنفيذي).
		return false
	}
	switch {
	case slotHeads[prev]:
		return true
	case slotOf[prev]:
		head, _ := strings.CutPrefix(bare(at(i-2)), "ال")
		return slotHeads[head]
	case slotTitles[prev] && strings.HasPrefix(w, "ل") && !strings.HasPrefix(w, "لل"):
		return true
	case slotDismiss[prev]:
		// A person, so no article, and no adverb in -ًا (احتجاجًا).
		return !text.HasArticle(w, 2) && !strings.HasSuffix(w, "ا")
	}
	return false
}

// unreadSlotWord reports whether the Arabic word w is one no reading of a
// question reaches, as unreadName has it, the article allowed: clubs and
// bodies take it (الأهلي، الوداد).
func (ix *Index) unreadSlotWord(w string) bool {
	f := text.Fold(w)
	if !text.IsArabicWord(f) || len([]rune(f)) < 3 || term(f) == "" || ix.vocab.words[f] || ix.recognised(f) ||
		ix.world.words[f] || frameWords[f] {
		return false
	}
	if _, ok := ix.dialect.words[f]; ok {
		return false
	}
	if _, ok := ix.dialect.lookupArabic(f); ok {
		return false
	}
	if len(ix.dialect.phrases[f]) > 0 || ix.respell(f) != "" {
		return false
	}
	// The article with what precedes it, or the preposition ل alone.
	core, ok := text.CutArticle(f, 3)
	if !ok && strings.HasPrefix(f, "ل") {
		core, _ = text.CutPreposition(f, 3)
	}
	if len(ix.dialect.phrases[core]) > 0 {
		return false // the start of a colloquial phrase (لاوبن اي اي: for OpenAI)
	}
	for _, v := range append([]string{core}, phonologyForms(core)...) {
		if t := term(v); t != "" && (ix.names.roots[skeleton(t)] || ix.recognised(v)) {
			return false
		}
	}
	return true
}
