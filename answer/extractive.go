package answer

import (
	"casebot/text"
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"casebot/corpus"
	"casebot/retrieval"
)

func fmtErr(base error, format string, args ...any) error {
	return fmt.Errorf("%w: %s", base, fmt.Sprintf(format, args...))
}

// matcher scores how much of a query a text carries, in [0, 1].
// *retrieval.Index implements it; without one, plain term overlap is used.
type matcher interface {
	Match(query, text string) float64
}

// Extractive answers quote at most this many sentences.
const maxQuotes = 3

// A sentence is quoted beside the best one only when it scores at least this
// share of the best sentence's score. Over the 108 answered questions of the
// four evaluation sets, 0.75 keeps 105 of the 106 citations of labelled
// paragraphs that 0.6 gives and drops 19 of its 53 others.
const quoteRatio = 0.75

// sentenceCandidate is one sentence of a retrieved paragraph.
type sentenceCandidate struct {
	hit   int // index into the hits
	pos   int // position in its paragraph
	text  string
	score float64
}

// multiArticleK is how many paragraphs an answer over several articles
// considers.
const multiArticleK = 10

// search runs retrieval for a request, folding in the previous question so a
// follow-up ("and when did that happen?") keeps its subject.
func (e *Engine) retrieve(ctx context.Context, req Request, alternates []string) (retrieval.Result, error) {
	opts := retrieval.SearchOptions{K: e.opts.TopK, Alternates: alternates}
	if e.multiArticle() {
		// Across articles, the newest account may rank below older ones
		// that share more of the question's words: look wider, so the
		// time-aware choice (timeaware.go) can hear it.
		opts.K = max(opts.K, multiArticleK)
	}
	if n := len(req.History); n > 0 {
		opts.Alternates = append(opts.Alternates, req.History[n-1].Question+" "+req.Question)
	}
	start := time.Now()
	res, err := e.search.Search(ctx, req.Question, opts)
	traceSearch(ctx, req.Question, opts, res, start)
	if err != nil {
		if errors.Is(err, retrieval.ErrEmptyQuery) {
			return res, fmtErr(ErrEmptyQuestion, "it has no words to search for")
		}
		return res, fmt.Errorf("answer: searching for %q: %w", req.Question, err)
	}
	noteSearch(ctx, res)
	return res, nil
}

// askExtractive answers by quoting the sentences that best answer the
// question from the top paragraphs. notice, if not nil, is set on the answer
// (the model path uses it when it falls back).
func (e *Engine) askExtractive(ctx context.Context, req Request, notice *string) (Answer, error) {
	res, err := e.retrieve(ctx, req, nil)
	if err != nil {
		return Answer{}, err
	}
	return e.extractFrom(req.Question, res, notice), nil
}

// extractFrom builds the extractive answer to question from a search result.
// An extractive answer quotes the articles, never a paragraph that reads
// like instructions to a model: when only such paragraphs were found, it
// abstains and says why, quoting none of them.
func (e *Engine) extractFrom(question string, res retrieval.Result, notice *string) Answer {
	found := len(res.Hits)
	res.Hits = e.withoutInstructionLike(res.Hits)
	a := Answer{Question: question, Mode: ModeExtractive, Language: text.Language(question), Citations: []Citation{}}
	if notice != nil {
		a.Notice = *notice
	}
	switch {
	case !res.Answerable || len(res.Hits) == 0:
		e.abstainFrom(&a, res.Hits, res.Foreign)
	case e.multiArticle():
		a = e.extractMulti(question, res, a)
	default:
		a = e.extractSingle(question, res, a)
	}
	if found > 0 && len(res.Hits) == 0 {
		n := onlyInstructionsNotice(a.Language)
		a.Notice = joinNotices(a.Notice, n)
		if notice != nil {
			*notice = joinNotices(*notice, n) // a fallback shows *notice
		}
	}
	return a
}

// abstainFrom is the abstention of the extractive answers: it says the
// sources do not answer and lists the closest paragraphs, for reference
// only, when there are any. When the question names things the sources
// never mention (foreign, as written), it says so.
func (e *Engine) abstainFrom(a *Answer, hits []retrieval.Hit, foreign []string) {
	a.Abstained = true
	if len(hits) == 0 {
		a.Answer = e.phrase(a.Language, "abstain-none")
		return
	}
	a.Answer = e.phrase(a.Language, "abstain")
	if len(foreign) > 0 {
		a.Answer = strings.Replace(e.phrase(a.Language, "abstain-foreign"), "%s", quoteList(foreign, a.Language), 1)
	}
	for i, h := range hits[:min(2, len(hits))] {
		s := text.Sentences(h.Paragraph.Text)
		a.Citations = append(a.Citations, cite(i+1, h.Paragraph, s[0]))
	}
}

// onlyInstructionsNotice says that the only paragraphs found read like
// instructions to a model and were not quoted.
func onlyInstructionsNotice(lang string) string {
	return choose(lang == "ar", "الفقرات الوحيدة التي وُجدت تبدو تعليمات موجّهة إلى نموذج لغوي لا نصًّا إخباريًا، فلم تُقتبس.",
		"The only paragraphs found read like instructions to a language model, not news, so none was quoted.")
}

// extractSingle is the extractive answer for a corpus of one article:
// a, started by extractFrom, filled from res, which has hits.
func (e *Engine) extractSingle(question string, res retrieval.Result, a Answer) Answer {
	lang := a.Language

	chosen := e.quoteChoice(question, res)
	// One citation per paragraph, in the order the paragraphs were ranked;
	// the paragraph's chosen sentences are quoted in reading order.
	sort.SliceStable(chosen, func(i, j int) bool {
		if chosen[i].hit != chosen[j].hit {
			return chosen[i].hit < chosen[j].hit
		}
		return chosen[i].pos < chosen[j].pos
	})
	quoted := make([]corpus.Paragraph, len(chosen))
	for i, c := range chosen {
		quoted[i] = res.Hits[c.hit].Paragraph
	}
	// Confident only when the article carries the whole question and the
	// kind of fact it asks for; else say what it does not give, or hedge
	// (decide.go).
	var b strings.Builder
	b.WriteString(e.frameOffline(question, lang, res, sentenceTexts(chosen), quoted))
	for i := 0; i < len(chosen); {
		j := i
		for j < len(chosen) && chosen[j].hit == chosen[i].hit {
			j++
		}
		n := len(a.Citations) + 1
		p := res.Hits[chosen[i].hit].Paragraph
		quote := quoteSentences(p.Text, chosen[i:j])
		a.Citations = append(a.Citations, cite(n, p, quote))
		fmt.Fprintf(&b, "\n«%s» [%d]", quote, n)
		i = j
	}
	a.Answer = b.String()
	return a
}

// quoteChoice picks the sentences of res's hits that an answer to a
// question about one article quotes: the best ones by rankSentences,
// within quoteRatio of the best, and one that holds the kind of fact the
// question asks for when none of those does (withAskedFact).
func (e *Engine) quoteChoice(question string, res retrieval.Result) []sentenceCandidate {
	cands := e.rankSentences(question, res.Hits)
	chosen := cands[:1]
	for _, c := range cands[1:] {
		if len(chosen) == maxQuotes || c.score < quoteRatio*cands[0].score || c.score == 0 {
			break
		}
		chosen = append(chosen, c)
	}
	chosen = e.withAskedFact(question, res, cands, chosen)
	// The best paragraph's sentence that dates or counts what its quoted
	// sentence tells (scope.go).
	var best []sentenceCandidate
	for _, c := range chosen {
		if c.hit == chosen[0].hit {
			best = append(best, c)
		}
	}
	if sc, ok := scopeSentence(askedKind(question), res.Hits[chosen[0].hit].Paragraph.Text, best); ok && len(chosen) < maxQuotes {
		chosen = append(chosen, sc)
	}
	return chosen
}

// rankSentences splits the hits into sentences and orders them by how much
// of the question they carry, ties going to better-ranked paragraphs and
// earlier sentences.
func (e *Engine) rankSentences(question string, hits []retrieval.Hit) []sentenceCandidate {
	m, _ := e.search.(matcher)
	var cands []sentenceCandidate
	for hi, h := range hits {
		for pos, s := range text.Sentences(h.Paragraph.Text) {
			var score float64
			if m != nil {
				score = m.Match(question, h.Paragraph.Section+" "+s)
			} else {
				score = overlap(question, s)
			}
			// A little of the paragraph's own rank, so that between equal
			// sentences the better paragraph wins.
			score = score*0.85 + 0.15*h.Score
			cands = append(cands, sentenceCandidate{hit: hi, pos: pos, text: s, score: score})
		}
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].score > cands[j].score })
	return cands
}

// overlap is the share of the question's terms that s contains.
func overlap(question, s string) float64 {
	q := retrieval.Tokens(question)
	if len(q) == 0 {
		return 0
	}
	have := map[string]bool{}
	for _, t := range retrieval.Tokens(s) {
		have[t] = true
	}
	n := 0
	for _, t := range q {
		if have[t] {
			n++
		}
	}
	return float64(n) / float64(len(q))
}

// cite makes a citation of paragraph p quoting quote, which must be
// verbatim: one passage of p, or passages of p in order joined by " … ".
func cite(n int, p corpus.Paragraph, quote string) Citation {
	return Citation{
		N:         n,
		Ref:       p.Ref,
		Paragraph: p.N,
		Title:     p.Title,
		Section:   p.Section,
		Quote:     quote,
		Verified:  inOrder(p.Text, quote),
		Text:      p.Text,
		Article:   p.ArticleID,
		Date:      p.Date,
		Source:    p.Source,
		Language:  p.Language,
	}
}

// quoteSeparator joins passages of one paragraph that are not next to each
// other, marking the words left out.
const quoteSeparator = " … "

// quoteSentences quotes sentences of text (given in reading order) as the
// article has them: sentences next to each other as one passage, spaces
// included, and passages apart joined by quoteSeparator, so that a quote
// never stitches two passages into words the article does not contain.
func quoteSentences(text string, sents []sentenceCandidate) string {
	var parts []string
	at, end, prevPos := 0, -1, -2
	start := 0
	for _, s := range sents {
		i := strings.Index(text[at:], s.text)
		if i < 0 { // cannot happen: sentences are substrings of their paragraph
			return strings.Join(sentenceTexts(sents), " ")
		}
		i += at
		if end >= 0 && s.pos != prevPos+1 {
			parts = append(parts, text[start:end])
			end = -1
		}
		if end < 0 {
			start = i
		}
		end, at, prevPos = i+len(s.text), i+len(s.text), s.pos
	}
	if end >= 0 {
		parts = append(parts, text[start:end])
	}
	return strings.Join(parts, quoteSeparator)
}

func sentenceTexts(sents []sentenceCandidate) []string {
	out := make([]string, len(sents))
	for i, s := range sents {
		out[i] = s.text
	}
	return out
}

// inOrder reports whether quote is a passage of text, or passages of it in
// order joined by quoteSeparator.
func inOrder(text, quote string) bool {
	if strings.Contains(text, quote) {
		return true
	}
	at := 0
	for _, part := range strings.Split(quote, quoteSeparator) {
		i := strings.Index(text[at:], part)
		if part == "" || i < 0 {
			return false
		}
		at += i + len(part)
	}
	return true
}

// summarizeExtractive builds a summary from the article's own sentences: the
// lead sentence and the most central sentence of each section, or, for a
// topic, the sentences that carry it (topicsum.go).
func (e *Engine) summarizeExtractive(ctx context.Context, topic, lang string) (Summary, error) {
	s := Summary{Topic: topic, Mode: ModeExtractive, Language: lang, Citations: []Citation{}}
	var picks []pick
	if topic == "" {
		picks = leadAndCentral(e.corpus, e.instructionLike)
	} else if rest, ok := chronologyTopic(topic); ok {
		if picks, whens, ok := e.chronologyPicks(rest); ok {
			return e.summarizeChronology(ctx, s, lang, picks, whens), nil
		}
	}
	if topic != "" && picks == nil {
		var ok bool
		var err error
		picks, ok, err = e.topicPicks(ctx, topic, defaultTopicParams())
		if err != nil {
			return s, err
		}
		if !ok {
			s.Summary = e.phrase(lang, "no-topic")
			return s, nil
		}
	}
	quoted := make([]corpus.Paragraph, len(picks))
	for i, p := range picks {
		quoted[i] = p.p
	}
	var b strings.Builder
	if topic == "" && e.multiArticle() {
		return e.summarizeEvents(s, lang, picks), nil
	}
	if topic == "" {
		b.WriteString(e.phrase(lang, "summary", quoted...))
	} else {
		b.WriteString(fmt.Sprintf(e.phrase(lang, "topic", quoted...), topic))
	}
	for i, p := range picks {
		s.Citations = append(s.Citations, cite(i+1, p.p, p.sentence))
		fmt.Fprintf(&b, "\n• %s [%d]", p.sentence, i+1)
	}
	s.Summary = b.String()
	return s, nil
}

type pick struct {
	p        corpus.Paragraph
	sentence string
}

// leadAndCentral picks, per article, the lead sentence and then, for each
// section, the sentence sharing the most terms with the rest of its section.
// Paragraphs for which skip is true (those that read like instructions to a
// model) are never picked.
func leadAndCentral(c *corpus.Corpus, skip func(ref string) bool) []pick {
	var picks []pick
	for _, a := range c.Articles {
		var paras []corpus.Paragraph
		for _, p := range a.Paragraphs {
			if !skip(p.Ref) {
				paras = append(paras, p)
			}
		}
		if len(paras) == 0 {
			continue
		}
		first := paras[0]
		picks = append(picks, pick{p: first, sentence: text.Sentences(first.Text)[0]})
		var order []string
		bySection := map[string][]corpus.Paragraph{}
		for _, p := range paras {
			if _, ok := bySection[p.Section]; !ok {
				order = append(order, p.Section)
			}
			bySection[p.Section] = append(bySection[p.Section], p)
		}
		for _, sec := range order {
			ps := bySection[sec]
			bag := map[string]int{}
			for _, p := range ps {
				for _, t := range retrieval.Tokens(p.Text) {
					bag[t]++
				}
			}
			var best pick
			bestScore := -1.0
			for _, p := range ps {
				for _, s := range text.Sentences(p.Text) {
					if p.Ref == first.Ref && s == picks[len(picks)-1].sentence && sec == first.Section {
						continue
					}
					terms := retrieval.Tokens(s)
					if len(terms) < 4 || strings.HasSuffix(s, "؟") || strings.HasSuffix(s, "?") {
						continue
					}
					score := 0.0
					for _, t := range terms {
						score += float64(bag[t] - 1)
					}
					score /= float64(len(terms))
					if score > bestScore {
						best, bestScore = pick{p: p, sentence: s}, score
					}
				}
			}
			if bestScore >= 0 {
				picks = append(picks, best)
			}
		}
	}
	return picks
}

// phrase returns the frame text of answers in Arabic or English. It names
// "the article" when the corpus has one and "the sources" when it has
// several, and says in which language the quoted paragraphs are written
// when that is not lang.
func (e *Engine) phrase(lang, key string, quoted ...corpus.Paragraph) string {
	one := len(e.corpus.Articles) == 1
	ar := map[string]string{
		"abstain":      "لا تجيب المصادر عن هذا السؤال، فلم أجد فيها ما يتناوله. أقرب ما وجدته من فقرات، للاطلاع فقط:",
		"abstain-none": "لا تجيب المصادر عن هذا السؤال، فلم أجد فيها ما يتناوله.",
		"according":    "بحسب المصادر{q}:",
		"hedge":        "قد لا تجيب المصادر عن سؤالك بالضبط، وهذا أقرب ما تقوله{q}:",
		"summary":      "ملخص القضية كما ترويها المصادر{q}:",
		"topic":        "ما تقوله المصادر عن «%s»{q}:",
		"no-topic":     "لا تتناول المصادر هذا الموضوع.",
	}
	en := map[string]string{
		"abstain":      "The sources do not answer this question: nothing in them covers it. The closest paragraphs I found, for reference only:",
		"abstain-none": "The sources do not answer this question: nothing in them covers it.",
		"according":    "According to the sources{q}:",
		"hedge":        "The sources may not answer exactly this; this is the closest they come{q}:",
		"summary":      "Summary of the case as the sources tell it{q}:",
		"topic":        "What the sources say about “%s”{q}:",
		"no-topic":     "The sources do not cover this topic.",
	}
	if one {
		ar = map[string]string{
			"abstain":      "لا يجيب المقال عن هذا السؤال، فلم أجد فيه ما يتناوله. أقرب ما وجدته من فقرات، للاطلاع فقط:",
			"abstain-none": "لا يجيب المقال عن هذا السؤال، فلم أجد فيه ما يتناوله.",
			"according":    "بحسب المقال{q}:",
			"hedge":        "قد لا يجيب المقال عن سؤالك بالضبط، وهذا أقرب ما يقوله{q}:",
			"summary":      "ملخص القضية كما يرويها المقال{q}:",
			"topic":        "ما يقوله المقال عن «%s»{q}:",
			"no-topic":     "لا يتناول المقال هذا الموضوع.",
		}
		en = map[string]string{
			"abstain":      "The article does not answer this question: nothing in it covers it. The closest paragraphs I found, for reference only:",
			"abstain-none": "The article does not answer this question: nothing in it covers it.",
			"according":    "According to the article{q}:",
			"hedge":        "The article may not answer exactly this; this is the closest it comes{q}:",
			"summary":      "Summary of the case as the article tells it{q}:",
			"topic":        "What the article says about “%s”{q}:",
			"no-topic":     "The article does not cover this topic.",
		}
	}
	ar["abstain-foreign"] = "لا تجيب المصادر عن هذا السؤال: فهي لا تذكر %s. أقرب ما وجدته من فقرات، للاطلاع فقط:"
	en["abstain-foreign"] = "The sources do not answer this question: they never mention %s. The closest paragraphs I found, for reference only:"
	if one {
		ar["abstain-foreign"] = "لا يجيب المقال عن هذا السؤال: فهو لا يذكر %s. أقرب ما وجدته من فقرات، للاطلاع فقط:"
		en["abstain-foreign"] = "The article does not answer this question: it never mentions %s. The closest paragraphs I found, for reference only:"
	}
	if p, ok := nearMissPhrases[key]; ok {
		// Openings that say what the sources do not give (decide.go).
		ar[key], en[key] = p[2], p[3]
		if one {
			ar[key], en[key] = p[0], p[1]
		}
	}
	f := en[key]
	if lang == "ar" {
		f = ar[key]
	}
	return strings.Replace(f, "{q}", quoteLabel(lang, quoted), 1)
}

// quoteLabel says in which language the quoted paragraphs are written,
// when that is not the answer's language lang; "" when it is.
func quoteLabel(lang string, quoted []corpus.Paragraph) string {
	langs := map[string]bool{}
	for _, p := range quoted {
		langs[p.Language] = true
	}
	if len(langs) == 0 || (len(langs) == 1 && langs[lang]) {
		return ""
	}
	named := map[string][2]string{ // in English, in Arabic
		"ar": {" (quoted in Arabic)", " (مقتبسة بالعربية)"},
		"en": {" (quoted in English)", " (مقتبسة بالإنجليزية)"},
	}
	label := [2]string{" (quoted in their original languages)", " (مقتبسة بلغاتها الأصلية)"}
	if len(langs) == 1 {
		for l := range langs {
			if n, ok := named[l]; ok {
				label = n
			}
		}
	}
	if lang == "ar" {
		return label[1]
	}
	return label[0]
}
