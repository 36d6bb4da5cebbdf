package answer

import (
	"strings"
	"unicode"

	"casebot/text"
)

// frameWords are words that frame a question's claim without naming its
// matter (folded): a reflexive or emphatic pronoun ("did he resign
// himself", «استقال بنفسه», Gulf «بروحه») says who did it, not what was
// done, and a paragraph carrying it («بنفسه» in a line on another
// matter) is no account of the claim.
var frameWords = map[string]bool{
	"himself": true, "herself": true, "itself": true, "themselves": true, "myself": true,
	"yourself": true, "yourselves": true, "ourselves": true, "oneself": true,
	"نفسه": true, "بنفسه": true, "نفسها": true, "بنفسها": true, "نفسهم": true, "بنفسهم": true,
	"نفسهما": true, "بنفسهما": true, "انفسهم": true, "بانفسهم": true, "انفسهن": true,
	"ذاته": true, "بذاته": true, "ذاتها": true, "بذاتها": true,
	"بروحه": true, "بروحها": true, "بروحهم": true, "براسه": true,
}

// frameWord reports whether w only frames a claim (frameWords) or asks
// only whether a state lasts (lastsWords).
func frameWord(w string) bool {
	return frameWords[text.Fold(w)] || lastsWords[text.Fold(w)]
}

// lastsWords, folded, ask only whether a state lasts: "still", "remain",
// «ما زال», «لا يزال», «ظل», «لسه», and the forms retrieval reads them in
// («ما زالت» as «ظلت», "still" as «يزال»). They are no matter of a
// question: «لا تزال ملتزمة بشراكتها» (Microsoft still committed) is no
// account of whether Brockman still works at OpenAI, nor «ظلت الأسباب طي
// الكتمان» of whether McCauley still sits on the board.
var lastsWords = map[string]bool{
	"still": true, "remain": true, "remains": true, "remained": true, "remaining": true,
	"زال": true, "زالت": true, "يزال": true, "تزال": true, "يزالون": true, "يزالو": true, "مازال": true, "مازالت": true,
	"لازال": true, "لازالت": true, "مزال": true, "ظل": true, "ظلت": true, "يظل": true, "تظل": true, "ظلوا": true, "ظلو": true,
	"لسه": true, "لسا": true, "لساته": true, "لسع": true, "لساتها": true,
}

// respeltLetters is the least length, in letters, of a typed word and of
// the corpus word it may be read as (respelt): a short word is one
// letter away from too many others.
const respeltLetters = 6

// respelt is the corpus word a misspelt Latin word of the question stands
// for ("threatning" for "threatening"), for the matter check only: w has
// respeltLetters letters or more, the caller found it in no paragraph,
// the lexicon does not know it (a word it translates is a real word, not
// a slip), and exactly one word of the corpus, of respeltLetters letters
// or more, is one edit away from it (a letter added, dropped or
// changed, or two neighbours swapped). "" when there is no such word,
// or more than one.
func (e *Engine) respelt(w string) string {
	lw := strings.ToLower(w)
	if len([]rune(lw)) < respeltLetters || !latinWord(lw) {
		return ""
	}
	if t, ok := e.search.(translator); ok && t.Translates(lw, "ar") {
		return ""
	}
	found := ""
	seen := map[string]bool{}
	for _, a := range e.corpus.Articles {
		for _, p := range a.Paragraphs {
			for _, cw := range strings.FieldsFunc(strings.ToLower(p.Section+" "+p.Text), func(r rune) bool { return !unicode.IsLetter(r) }) {
				if seen[cw] || len([]rune(cw)) < respeltLetters || !latinWord(cw) {
					continue
				}
				seen[cw] = true
				if cw != lw && text.OneEdit(lw, cw) {
					if found != "" {
						return ""
					}
					found = cw
				}
			}
		}
	}
	return found
}

// latinWord reports whether w is written in Latin letters only.
func latinWord(w string) bool {
	for _, r := range w {
		if !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return w != ""
}

// respeltQuestion is question with each misspelt word no paragraph
// carries read as the corpus word it stands for (respelt), or question
// itself when it has none.
func (e *Engine) respeltQuestion(question string) string {
	m, ok := e.search.(matcher)
	if !ok {
		return question
	}
	out := question
	for _, w := range questionWords(question) {
		if len([]rune(w)) < respeltLetters || !latinWord(w) || e.paragraphsMatching(m, w) > 0 {
			continue
		}
		if r := e.respelt(w); r != "" {
			out = strings.ReplaceAll(out, w, r)
		}
	}
	return out
}
