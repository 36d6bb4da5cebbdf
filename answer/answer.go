// Package answer turns retrieved paragraphs into answers a person can check:
// every claim carries a numbered citation to the paragraph that says it.
//
// Two paths produce answers. The extractive path (extractive.go) needs no
// network: it picks the sentences that best answer the question from the top
// paragraphs and quotes them verbatim. The model path (model.go) asks any
// OpenAI-compatible chat model, through the ChatModel interface, to answer
// from numbered paragraphs only. Nothing it writes is shown unchecked
// (ground.go): its text is made safe to show (safe.go), its citations and
// quotes are checked (citecheck.go), and every sentence must be borne out
// by the paragraphs it cites (claims.go) or it is removed, listed in
// Claims and counted in the notice; an answer left with nothing falls back
// to the extractive one with a notice saying why. Streamed progress
// carries only sentences that passed (stream.go). Prompts fence their data
// with tags that carry a random marker, and paragraphs that read like
// instructions to a model are labelled and cannot alone support a claim
// (fence.go).
//
// When retrieval judges that the corpus does not answer a question, both
// paths abstain: they say so and show the closest paragraphs found.
package answer

import (
	"casebot/text"
	"context"
	"errors"
	"log/slog"
	"strings"
	"sync"
	"unicode/utf8"

	"casebot/casefile"
	"casebot/corpus"
	"casebot/retrieval"
)

// Modes reported in Answer.Mode and Summary.Mode.
const (
	ModeExtractive = "extractive"
	ModeLLM        = "llm"
)

// MaxQuestionRunes is the longest question accepted, in characters.
const MaxQuestionRunes = 1000

// Errors returned for questions that cannot be asked. Callers treat them as
// usage errors (exit status 2 on the command line, a notice on Discord).
var (
	ErrEmptyQuestion   = errors.New("the question is empty")
	ErrQuestionTooLong = errors.New("the question is too long")
)

// Citation ties a quote to the paragraph it comes from.
type Citation struct {
	// N is the citation's number as it appears in the answer text ("[1]").
	N int `json:"n"`
	// Ref is the paragraph's stable reference, e.g. "openai-altman-ouster-2023#4".
	Ref string `json:"ref"`
	// Paragraph is the paragraph's number within its article.
	Paragraph int `json:"paragraph"`
	// Title is the article's title.
	Title string `json:"title"`
	// Section is the heading the paragraph sits under.
	Section string `json:"section"`
	// Quote is the cited passage, verbatim from the paragraph when Verified.
	Quote string `json:"quote"`
	// Translation is a model's translation of Quote, labelled as such, if any.
	Translation string `json:"translation,omitempty"`
	// Verified is true when Quote was found verbatim in the paragraph. A
	// model citation without a quote has Verified false and Quote set to
	// the paragraph's sentence closest to what cites it.
	Verified bool `json:"verified"`
	// Supported is true when the paragraph bears out what cites it: every
	// sentence of a model's answer that cites it passed the claim check,
	// or, in an extractive answer, Quote is verbatim. Citations shown on an
	// abstention are for reference only and are not Supported.
	Supported bool `json:"supported"`
	// InstructionLike is true when the paragraph reads like instructions
	// to a language model rather than news (see InstructionLike).
	InstructionLike bool `json:"instruction_like,omitempty"`
	// Text is the whole paragraph as written in the article.
	Text string `json:"text"`
	// Article is the id of the paragraph's article.
	Article string `json:"article,omitempty"`
	// Date is the article's publication date as its front matter gives it
	// ("" when the article is undated).
	Date string `json:"date,omitempty"`
	// Source is the article's URL, if it has one.
	Source string `json:"source,omitempty"`
	// Language is the language the paragraph (and so Quote) is written in.
	Language string `json:"language,omitempty"`
	// Older is true when a newer article in the same answer tells the
	// matter differently or later: the quote is the state as of Date, not
	// the current one.
	Older bool `json:"older,omitempty"`
	// AlsoIn lists other paragraphs that report the same fact (wire copy,
	// translations), cited once here with every source.
	AlsoIn []Also `json:"also_in,omitempty"`
}

// Answer is the reply to one question.
type Answer struct {
	// Question is the question as asked.
	Question string `json:"question"`
	// Answer is the text shown to the person, with [n] citation marks.
	Answer string `json:"answer"`
	// Abstained is true when the corpus does not answer the question.
	Abstained bool `json:"abstained"`
	// Mode is ModeExtractive or ModeLLM: which path produced Answer.
	Mode string `json:"mode"`
	// Language is the language of the question and of the answer's frame text.
	Language string `json:"language"`
	// Citations back the answer's [n] marks. On abstention they are the
	// closest paragraphs found, shown for reference, not as support.
	Citations []Citation `json:"citations"`
	// Notice explains a fallback (model unreachable, citations failed the
	// check...), in the question's language; empty when all went to plan.
	Notice string `json:"notice,omitempty"`
	// Claims lists every sentence the model wrote, supported or not, with
	// the outcome of the claim check; only supported ones are in Answer.
	// Empty for extractive answers.
	Claims []Claim `json:"claims,omitempty"`
	// Trace tells how the answer was made (AskTraced fills it in).
	Trace *Trace `json:"trace,omitempty"`
}

// Summary is a cited summary of the corpus or of one topic in it.
type Summary struct {
	// Topic is the topic asked for, or "" for the whole corpus.
	Topic string `json:"topic,omitempty"`
	// Summary is the summary text: one point per line, each with [n] marks.
	Summary string `json:"summary"`
	// Mode is ModeExtractive or ModeLLM.
	Mode string `json:"mode"`
	// Language is the language of the summary's frame text.
	Language string `json:"language"`
	// Citations back the summary's [n] marks.
	Citations []Citation `json:"citations"`
	// Notice explains a fallback, as in Answer.
	Notice string `json:"notice,omitempty"`
	// Claims lists every sentence the model wrote, as in Answer.
	Claims []Claim `json:"claims,omitempty"`
}

// Turn is an earlier question and answer of the same conversation, used as
// context for follow-up questions.
type Turn struct {
	// Question is what was asked.
	Question string
	// Answer is what casebot replied, as shown.
	Answer string
}

// Request is one question to answer.
type Request struct {
	// Question is the question, in any language.
	Question string
	// History holds earlier turns of the conversation, oldest first.
	History []Turn
	// OnDelta, if set, receives the answer as it is written: on the model
	// path, each sentence once it has passed the checks (never the model's
	// raw text; nothing until a first sentence passes), numbered as in the
	// final answer; the extractive path calls it once with the whole
	// answer. The pieces, joined, are the start of the final answer, which
	// replaces them (unless the answer falls back to the extractive one).
	OnDelta func(delta string)
}

// Searcher is what the answerer needs from retrieval.
type Searcher interface {
	Search(ctx context.Context, query string, opts retrieval.SearchOptions) (retrieval.Result, error)
}

// Info describes what an Engine is serving, for /about and logs.
type Info struct {
	// Articles and Paragraphs count the corpus.
	Articles   int `json:"articles"`
	Paragraphs int `json:"paragraphs"`
	// Version is the corpus version (corpus.Corpus.Version).
	Version string `json:"corpus_version"`
	// Language is the language most paragraphs are written in.
	Language string `json:"corpus_language"`
	// Mode is ModeLLM when a model answers, else ModeExtractive.
	Mode string `json:"mode"`
	// ChatModel names the model, when there is one.
	ChatModel string `json:"chat_model,omitempty"`
	// Embedder names the embedder of the dense index.
	Embedder string `json:"embedder"`
	// InstructionLike lists the paragraphs that read like instructions to
	// a language model (found when the engine was made; see InstructionLike).
	InstructionLike []string `json:"instruction_like_paragraphs,omitempty"`
}

// Options configures an Engine.
type Options struct {
	// Model answers questions when set; nil means extractive answers only.
	Model ChatModel
	// EmbedderName is reported by Info.
	EmbedderName string
	// TopK is how many paragraphs are retrieved per question (default 5).
	TopK int
	// ContextParagraphs is how many of them go into a model prompt (default 5).
	ContextParagraphs int
	// ContextRunes caps the paragraph text in a prompt, in characters (default 6000).
	ContextRunes int
	// Logger receives reports of model failures and fallbacks (default: discard).
	Logger *slog.Logger
}

// Engine answers questions about one corpus. It is safe for concurrent use.
type Engine struct {
	corpus *corpus.Corpus
	search Searcher
	opts   Options
	sums   *summaryCache
	// suspect holds the paragraphs that read like instructions to a model
	// (ref -> the words that gave them away), found when the engine is made.
	suspect map[string]string
	// claimIx is the matcher of the claim check when the searcher has none.
	claimIx lazyMatcher
	// links are the links the corpus mentions; a model may show no other.
	links linkSet
	// tools caches the model's timeline and who's-who lines.
	tools *casetoolsCache
	// people are the corpus's people in every spelling, read once when an
	// offline answer first needs them (decide.go).
	people func() []casefile.Person
	// nameParts are the words of the people's names (personNameParts),
	// folded once when first needed.
	nameParts func() []string
	// casefile is the corpus read for its people and events, once, when
	// first needed.
	casefile func() *casefile.Casefile
	// counts are the corpus's sentences that count a unit, by article
	// (countIndex), read once when a "how many" question first needs them.
	counts func() [][]countParagraph
}

// New returns an Engine answering from c through s.
func New(c *corpus.Corpus, s Searcher, opts Options) *Engine {
	if opts.TopK <= 0 {
		opts.TopK = 5
	}
	if opts.ContextParagraphs <= 0 {
		opts.ContextParagraphs = 5
	}
	if opts.ContextRunes <= 0 {
		opts.ContextRunes = 6000
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	e := &Engine{corpus: c, search: s, opts: opts, sums: newSummaryCache(), suspect: findInstructionLike(c, opts.Logger), links: corpusLinks(c),
		tools: &casetoolsCache{}}
	e.casefile = sync.OnceValue(func() *casefile.Casefile { return casefile.Analyze(c) })
	e.people = sync.OnceValue(func() []casefile.Person { return e.casefile().People() })
	e.nameParts = sync.OnceValue(func() []string { return personNameParts(e.people()) })
	e.counts = sync.OnceValue(func() [][]countParagraph { return countIndex(c) })
	return e
}

// Corpus returns the corpus the engine answers from.
func (e *Engine) Corpus() *corpus.Corpus { return e.corpus }

// Source returns the paragraph with the given reference.
func (e *Engine) Source(ref string) (corpus.Paragraph, bool) { return e.corpus.Lookup(ref) }

// Info describes the engine.
func (e *Engine) Info() Info {
	in := Info{
		Articles:   len(e.corpus.Articles),
		Paragraphs: len(e.corpus.Paragraphs()),
		Version:    e.corpus.Version(),
		Language:   e.corpus.Language(),
		Mode:       ModeExtractive,
		Embedder:   e.opts.EmbedderName,
	}
	if e.opts.Model != nil {
		in.Mode = ModeLLM
		in.ChatModel = e.opts.Model.Name()
	}
	for _, p := range e.corpus.Paragraphs() {
		if e.instructionLike(p.Ref) {
			in.InstructionLike = append(in.InstructionLike, p.Ref)
		}
	}
	return in
}

// CheckQuestion returns the trimmed question, or ErrEmptyQuestion or
// ErrQuestionTooLong.
func CheckQuestion(q string) (string, error) {
	q = strings.TrimSpace(q)
	if q == "" {
		return "", ErrEmptyQuestion
	}
	if n := utf8.RuneCountInString(q); n > MaxQuestionRunes {
		return "", fmtErr(ErrQuestionTooLong, "%d characters; the limit is %d", n, MaxQuestionRunes)
	}
	return q, nil
}

// ask answers one question for Ask (degraded.go).
func (e *Engine) ask(ctx context.Context, req Request) (Answer, error) {
	q, err := CheckQuestion(req.Question)
	if err != nil {
		return Answer{}, err
	}
	req.Question = q
	if e.opts.Model != nil {
		a, err := e.askModel(ctx, req)
		if err != nil {
			return Answer{}, err
		}
		a = e.finishAnswer(a)
		e.attribute(a.Citations)
		return a, nil
	}
	a, err := e.askExtractive(ctx, req, nil)
	if err != nil {
		return Answer{}, err
	}
	a = e.finishAnswer(a)
	e.attribute(a.Citations)
	if req.OnDelta != nil {
		req.OnDelta(a.Answer)
	}
	return a, nil
}

// summarize makes a summary for Summarize (degraded.go).
func (e *Engine) summarize(ctx context.Context, topic, lang string) (Summary, error) {
	topic = strings.TrimSpace(topic)
	if utf8.RuneCountInString(topic) > MaxQuestionRunes {
		return Summary{}, fmtErr(ErrQuestionTooLong, "the topic has %d characters; the limit is %d", utf8.RuneCountInString(topic), MaxQuestionRunes)
	}
	if lang == "" {
		lang = e.corpus.Language()
		if topic != "" {
			lang = text.Language(topic)
		}
	}
	var (
		s   Summary
		err error
	)
	if e.opts.Model != nil {
		s, err = e.summarizeModel(ctx, topic, lang)
	} else {
		s, err = e.summarizeExtractive(ctx, topic, lang)
	}
	if err != nil {
		return Summary{}, err
	}
	s = e.finishSummary(s)
	e.attribute(s.Citations)
	return s, nil
}
