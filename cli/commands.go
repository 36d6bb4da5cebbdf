package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"unicode/utf8"

	"casebot/answer"
	"casebot/retrieval"
)

// joinArgs turns the remaining arguments into one text, so that an
// unquoted question still reads as one.
func joinArgs(args []string) string { return strings.TrimSpace(strings.Join(args, " ")) }

// textArg is joinArgs for a question, query or topic (what names it in
// errors): text that is not UTF-8 is a usage error of its own, not an
// "empty question".
func textArg(args []string, what string) (string, error) {
	s := joinArgs(args)
	if !utf8.ValidString(s) {
		return "", usagef("the %s is not valid UTF-8 text (check the encoding of the terminal or of the file it came from)", what)
	}
	return s, nil
}

// printJSON prints v as indented JSON (through the terminal writer, whose
// escapes keep it valid JSON).
func (r *runner) printJSON(v any) error {
	enc := json.NewEncoder(r.env.Stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

func runAsk(ctx context.Context, r *runner, args []string) error {
	q, err := textArg(args, "question")
	if err != nil {
		return err
	}
	q, err = answer.CheckQuestion(q)
	if err != nil {
		return err
	}
	st, err := r.build(ctx)
	if err != nil {
		return err
	}
	a, err := st.engine.AskTraced(ctx, answer.Request{Question: q})
	if err != nil {
		return err
	}
	if r.opts.json {
		return r.printJSON(a)
	}
	if err := renderAnswer(r.env.Stdout, a); err != nil || !r.opts.trace {
		return err
	}
	return renderTrace(r.env.Stdout, a.Trace)
}

// searchJSON is the shape of `search --json`.
type searchJSON struct {
	Query      string    `json:"query"`
	Language   string    `json:"language"`
	Mode       string    `json:"mode"`
	Answerable bool      `json:"answerable"`
	Confidence float64   `json:"confidence"`
	Hits       []hitJSON `json:"hits"`
	// Notice says why the ranking is lexical only, when the dense side
	// could not be used (embedding service down, unusable vectors).
	Notice string `json:"notice,omitempty"`
}

type hitJSON struct {
	Ref       string  `json:"ref"`
	Title     string  `json:"title"`
	Section   string  `json:"section"`
	Paragraph int     `json:"paragraph"`
	Score     float64 `json:"score"`
	Lexical   float64 `json:"bm25"`
	Dense     float64 `json:"cosine"`
	Text      string  `json:"text"`
}

func parseMode(s string) (retrieval.Mode, error) {
	switch s {
	case "fused", "":
		return retrieval.Fused, nil
	case "lexical", "bm25":
		return retrieval.Lexical, nil
	case "dense", "vector":
		return retrieval.Dense, nil
	}
	return 0, usagef("--mode %s: use fused, lexical or dense", quoteArg(s))
}

func runSearch(ctx context.Context, r *runner, args []string) error {
	q, err := textArg(args, "query")
	if err != nil {
		return err
	}
	q, err = answer.CheckQuestion(q)
	if err != nil {
		return err
	}
	mode, err := parseMode(r.opts.mode)
	if err != nil {
		return err
	}
	if r.opts.k < 1 || r.opts.k > 100 {
		return usagef("-k %d: use 1 to 100", r.opts.k)
	}
	st, err := r.build(ctx)
	if err != nil {
		return err
	}
	res, err := st.index.Search(ctx, q, retrieval.SearchOptions{K: r.opts.k, Mode: mode})
	if err != nil {
		return err
	}
	out := searchJSON{Query: q, Language: res.Language, Mode: r.opts.mode, Answerable: res.Answerable, Confidence: round(res.Confidence), Hits: []hitJSON{}, Notice: res.Degraded}
	for _, h := range res.Hits {
		p := h.Paragraph
		out.Hits = append(out.Hits, hitJSON{Ref: p.Ref, Title: p.Title, Section: p.Section, Paragraph: p.N,
			Score: round(h.Score), Lexical: round(h.Lexical), Dense: round(h.Dense), Text: p.Text})
	}
	if r.opts.json {
		return r.printJSON(out)
	}
	return renderSearch(r.env.Stdout, out)
}

func round(f float64) float64 { return float64(int64(f*10000+0.5)) / 10000 }

func runSummary(ctx context.Context, r *runner, args []string) error {
	topic, err := textArg(args, "topic")
	if err != nil {
		return err
	}
	st, err := r.build(ctx)
	if err != nil {
		return err
	}
	s, err := st.engine.Summarize(ctx, topic, "")
	if err != nil {
		return err
	}
	if r.opts.json {
		return r.printJSON(s)
	}
	return renderSummary(r.env.Stdout, s)
}

func runSource(_ context.Context, r *runner, args []string) error {
	if len(args) > 1 {
		return usagef("give one paragraph reference, not %d (e.g. openai-altman-ouster-2023#4)", len(args))
	}
	ref := joinArgs(args)
	if ref == "" {
		return usagef("give a paragraph reference, e.g. openai-altman-ouster-2023#4")
	}
	c, err := r.loadCorpus()
	if err != nil {
		return err
	}
	p, ok := c.Lookup(ref)
	if !ok {
		return fmt.Errorf("no paragraph %s in the corpus (references look like %s)", quoteArg(ref), c.Paragraphs()[0].Ref)
	}
	if r.opts.json {
		return r.printJSON(p)
	}
	return renderParagraph(r.env.Stdout, p)
}

func runServe(ctx context.Context, r *runner, _ []string) error {
	return serve(ctx, r)
}
