package answer

import "casebot/text"

// lightWords are words that ask no fact of their own (folded when
// compared): the article's view asked of ("does the piece think", «هل يرى
// الكاتب»), emphasis ("ever", "really", «عن جد»), an indefinite one ("anyone",
// "anything", «أحدًا»), or what a matter is about ("regarding", «بخصوص»,
// «فيما يخص»), for or without ("without", «لصالح»). A corpus of news articles
// may use none of them, and a question is no less answered by a quote that
// carries the rest of it.
var lightWords = []string{
	"without", "ever", "anyone", "anybody", "anything", "someone", "somebody", "something",
	"really", "truly", "actually", "just", "think", "thinks", "see", "sees", "regarding",
	"بخصوص", "يخص", "فيما", "لصالح", "يرى", "يعتبر", "جد", "فعلا", "حقا", "أحدا", "شيئا",
}

// onlyLightUnknown reports whether every word of unknown (the question's
// words the corpus has nowhere) is a light word (lightWords), and there is
// at least one: "Was ChatGPT released to the public without the board's
// approval?" lacks only "without", «هل يرى الكاتب أن ما جرى مجرد خلاف إداري
// عادي؟» only «يرى». "Did Sutskever regret his vote?" lacks "regret", a
// fact of its own.
func onlyLightUnknown(unknown []string) bool {
	if len(unknown) == 0 {
		return false
	}
	for _, u := range unknown {
		if !isLightWord(u) {
			return false
		}
	}
	return true
}

// isLightWord reports whether w is one of lightWords, both folded.
func isLightWord(w string) bool {
	fw := text.Fold(w)
	for _, l := range lightWords {
		if fw == text.Fold(l) {
			return true
		}
	}
	return false
}

// lightCover is the share of a yes/no question's information the quotes
// must carry for a confident answer when its only words the corpus never
// uses are light ones (onlyLightUnknown).
const lightCover = 0.34
