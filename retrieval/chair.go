package retrieval

// headTerm is the analysed term of رئيس (head, president, chief).
const headTerm = "رييس"

// readChair reads «رئيس» before the board («رئيس مجلس الإدارة», «رئيس
// المجلس») as the board's chair. Alone the word is any head, and its unit
// carries the chief executive's words too (تنفيذي، مدير: the synonyms of
// رئيس), so a question about who chairs the board found the paragraphs
// naming the interim chief executive (رئيسة تنفيذية مؤقتة) first. Followed
// by the board, the unit holds the words for chairing: رئاسة
// (chairmanship), the English chair ("chaired by"), chairman and their
// synonyms; رئيس itself is left out, as every paragraph naming a chief
// executive has it. Any other رئيس is left as it is.
//
// The English nouns for the post (chairman, chairwoman, chairperson) are
// read the same way from the other side: the glossary renders them «رئيس
// رئاسة», and bare رئيس (with its form رئيسًا) in their unit matched every
// paragraph naming a chief executive («رئيسًا تنفيذيًا مؤقتًا»), so "who is
// the chairman of the board" led with the interim chief. Their unit keeps
// رئاسة and the English chair words, and drops رئيس (chairUnit).
func (ix *Index) readChair(v *queryView) {
	for i := range v.units {
		if chairNouns[v.units[i].head] {
			v.units[i] = chairUnit(v.units[i])
		}
	}
	for i := 0; i+1 < len(v.units); i++ {
		u, next := v.units[i], v.units[i+1]
		if u.head != headTerm || !(next.head == "مجلس" || next.head == "مجلس ادار") {
			continue
		}
		v.units[i] = xunit{head: u.head, word: u.word, weight: u.weight, members: map[string]float64{
			"رياس": 1, "برياس": 1, "chair": translationWeight, "chairman": translationWeight,
			"chairperson": synonymWeight, "chairwoman": synonymWeight,
		}}
	}
}

// chairNouns are the analysed English nouns naming a board's chair.
var chairNouns = map[string]bool{"chairman": true, "chairwoman": true, "chairperson": true}

// chairUnit returns u without the bare head term (رئيس, رئيسًا) and
// without the words of the thesaurus's "head of the board" taken one by
// one (board, head): what is left reads the chair's post, not any head's,
// nor any line on the board (the board has its own unit when the
// question names it).
func chairUnit(u xunit) xunit {
	members := make(map[string]float64, len(u.members))
	for t, w := range u.members {
		if t == headTerm || t == headTerm+"ا" || t == "board" || t == "head" {
			continue
		}
		members[t] = w
	}
	u.members = members
	return u
}
