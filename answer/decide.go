package answer

import (
	"strings"

	"casebot/corpus"
	"casebot/retrieval"
	"casebot/text"
)

// exactCues mark a question that wants an exact figure or date, folded and
// padded with spaces.
var exactCues = []string{" exact ", " exactly ", " precise ", " precisely ", " specific date ", " بالضبط ", " بالظبط ",
	" تحديدا ", " بالتحديد ", " بدقه ", " على وجه التحديد ", " الدقيق ", " الدقيقه "}

// wantsExact reports whether the question asks for an exact figure or date.
func wantsExact(question string) bool {
	q := " " + strings.Join(strings.FieldsFunc(text.Fold(question), func(r rune) bool {
		return !isWordRune(r)
	}), " ") + " "
	for _, c := range exactCues {
		if strings.Contains(q, c) {
			return true
		}
	}
	return false
}

func isWordRune(r rune) bool {
	return r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 0x0600 && r <= 0x06FF
}

// frameOffline picks the opening of an offline answer that quotes the
// sentences chosen: confident ("according to the article") only when the
// best paragraphs carry every content word of the question and the quotes
// hold the kind of fact asked for; otherwise it says plainly what the
// article does not give (a thing it never mentions, a figure, a date) or
// hedges. The near-miss openings end with the quote that follows.
func (e *Engine) frameOffline(question, lang string, res retrieval.Result, quotes []string, quoted []corpus.Paragraph) string {
	asked := res.Asked
	if asked == retrieval.AskedAny {
		// A caller's own searcher may not read the asked kind.
		asked = askedFact(question)
	}
	carried, exact := false, false
	for _, q := range quotes {
		carried = carried || retrieval.Carries(q, asked)
		exact = exact || retrieval.Exact(q, asked)
	}
	switch {
	case len(res.Foreign) > 0:
		return strings.Replace(e.phrase(lang, "not-mentioned", quoted...), "%s", quoteList(res.Foreign, lang), 1)
	case (asked == retrieval.AskedNumber || asked == retrieval.AskedTime) && !carried:
		return e.phrase(lang, "no-"+string(asked), quoted...)
	case (asked == retrieval.AskedNumber || asked == retrieval.AskedTime) && wantsExact(question) && !exact:
		return e.phrase(lang, "no-exact-"+string(asked), quoted...)
	case res.Confidence < retrieval.ConfidentAt:
		return e.phrase(lang, "hedge", quoted...)
	}
	return e.phrase(lang, "according", quoted...)
}

// quoteList joins words as the question wrote them, each in quotation marks.
func quoteList(ws []string, lang string) string {
	open, close, sep := "“", "”", ", "
	if lang == "ar" {
		open, close, sep = "«", "»", "، "
	}
	parts := make([]string, len(ws))
	for i, w := range ws {
		parts[i] = open + w + close
	}
	return strings.Join(parts, sep)
}

// askedFact maps the retrieval's reading of the asked kind onto the
// answerer's, for searchers that do not fill Result.Asked.
func askedFact(question string) retrieval.Asked {
	switch askedKind(question) {
	case numberFact:
		return retrieval.AskedNumber
	case timeFact:
		return retrieval.AskedTime
	}
	return retrieval.AskedAny
}

// nearMissPhrases are the openings of offline answers that say what the
// article does not give: Arabic and English for one article, then Arabic
// and English for several sources. "{q}" takes the quotes' language label
// (see Engine.phrase), "%s" the things the question names.
var nearMissPhrases = map[string][4]string{
	"not-mentioned": {"لا يذكر المقال %s؛ أقرب ما يقوله{q}:", "The article does not mention %s; the closest it comes is{q}:",
		"لا تذكر المصادر %s؛ أقرب ما تقوله{q}:", "The sources do not mention %s; the closest they come is{q}:"},
	"no-number": {"لا يذكر المقال رقمًا لما تسأل عنه؛ يقول فقط{q}:", "The article gives no figure for this; it says only{q}:",
		"لا تذكر المصادر رقمًا لما تسأل عنه؛ تقول فقط{q}:", "The sources give no figure for this; they say only{q}:"},
	"no-time": {"لا يذكر المقال تاريخًا لما تسأل عنه؛ يقول فقط{q}:", "The article gives no date for this; it says only{q}:",
		"لا تذكر المصادر تاريخًا لما تسأل عنه؛ تقول فقط{q}:", "The sources give no date for this; they say only{q}:"},
	"no-exact-number": {"لا يذكر المقال رقمًا دقيقًا لما تسأل عنه؛ يقول فقط{q}:", "The article gives no exact figure for this; it says only{q}:",
		"لا تذكر المصادر رقمًا دقيقًا لما تسأل عنه؛ تقول فقط{q}:", "The sources give no exact figure for this; they say only{q}:"},
	"no-exact-time": {"لا يذكر المقال تاريخًا دقيقًا لما تسأل عنه؛ يقول فقط{q}:", "The article gives no exact date for this; it says only{q}:",
		"لا تذكر المصادر تاريخًا دقيقًا لما تسأل عنه؛ تقول فقط{q}:", "The sources give no exact date for this; they say only{q}:"},
}
