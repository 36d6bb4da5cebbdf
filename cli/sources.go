package cli

import (
	"context"
	"io"

	"casebot/answer"
	"casebot/evaluate"
)

// renderArticleLine prints the article a citation comes from: its title,
// date ("undated" when it has none) and source, an older account marked.
func renderArticleLine(ew *errWriter, title, date, source string, older bool) {
	ew.printf("    %s — %s", title, answer.FormatDate(date, "en"))
	if source != "" {
		ew.printf(" — %s", source)
	}
	if older {
		ew.printf(" (older account)")
	}
	ew.printf("\n")
}

// runSources lists the corpus's articles with dates, languages and
// paragraph counts, oldest first.
func runSources(_ context.Context, r *runner, _ []string) error {
	c, err := r.loadCorpus()
	if err != nil {
		return err
	}
	list := answer.ListSources(c)
	if r.opts.json {
		return r.printJSON(list)
	}
	ew := &errWriter{w: r.env.Stdout}
	ew.printf("%d article(s), oldest first:\n", len(list))
	for _, s := range list {
		ew.printf("\n%s  %s  %s  %d paragraph(s)\n", s.ID, answer.FormatDate(s.Date, "en"), s.Language, s.Paragraphs)
		ew.printf("  %s\n", s.Title)
		if s.Source != "" {
			ew.printf("  %s\n", s.Source)
		}
	}
	return ew.err
}

// evalAnswers, for a corpus of several articles or a set whose questions
// name a newest account, also asks every question through the answerer
// and prints how the answers treat their sources.
func evalAnswers(ctx context.Context, r *runner, st *stack, items []evaluate.Item) error {
	newest := false
	for _, it := range items {
		newest = newest || it.Newest != ""
	}
	if len(st.corpus.Articles) < 2 && !newest {
		return nil
	}
	rep, err := evaluate.RunAnswers(ctx, st.engine, st.corpus, items)
	if err != nil {
		return err
	}
	if _, err := io.WriteString(r.env.Stdout, "\n"); err != nil {
		return err
	}
	if err := rep.WriteTable(r.env.Stdout); err != nil {
		return err
	}
	if r.opts.verbose {
		return rep.WriteMisses(r.env.Stdout)
	}
	return nil
}
