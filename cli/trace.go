package cli

import (
	"context"
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"

	"casebot/answer"
	"casebot/config"
	"casebot/llm"
)

func askFlags(fs *flag.FlagSet, o *cmdOpts, cfg *config.Config) {
	jsonFlag(fs, o, cfg)
	fs.BoolVar(&o.trace, "trace", false, "after the answer, show how it was made: the question as analysed, the paragraphs scored, the decision, the path, the checks, tokens and time (--json always includes it)")
}

// renderTrace prints how an answer was made.
func renderTrace(w io.Writer, t *answer.Trace) error {
	ew := &errWriter{w: w}
	if t == nil {
		return nil
	}
	ew.printf("\nHow this was answered:\n")
	ew.printf("  question (%s): %s\n", t.Language, t.Question)
	if a := t.Analysis; a != nil {
		if a.ReadAs != "" {
			ew.printf("  read as (%d colloquial form(s)): %s\n", a.Dialect, a.ReadAs)
		}
		if a.Standard != "" {
			ew.printf("  searched as: %s\n", a.Standard)
		}
		ew.printf("  terms: %s\n", strings.Join(a.Terms, " "))
		if len(a.Unknown) > 0 {
			ew.printf("  not in the corpus: %s\n", strings.Join(a.Unknown, " "))
		}
		if len(a.Foreign) > 0 {
			ew.printf("  names the corpus never mentions: %s\n", strings.Join(a.Foreign, ", "))
		}
		if len(a.Expansions) > 0 {
			ew.printf("  synonyms added: %s\n", strings.Join(a.Expansions, " "))
		}
	}
	if t.Rewrite != "" {
		ew.printf("  model rewrite: %s\n", t.Rewrite)
	}
	if t.FollowUp != "" {
		ew.printf("  searched with the earlier question: %s\n", t.FollowUp)
	}
	ew.printf("  paragraphs considered (BM25 · cosine · fused):\n")
	for _, c := range t.Candidates {
		mark := ""
		if c.Cited {
			mark = "  cited"
		}
		ew.printf("    %d. %s  %.4f · %.4f · %.4f%s\n", c.Rank, c.Ref, c.Lexical, c.Dense, c.Fused, mark)
	}
	if t.Degraded != "" {
		ew.printf("  ranked by keywords alone: %s\n", t.Degraded)
	}
	ew.printf("  answerability: confidence %.2f (abstain under %.2f, hedge under %.2f)", t.Confidence, t.Threshold, t.ConfidentAt)
	if !t.Related {
		ew.printf(", unrelated to the case")
	}
	if t.Asked != "" {
		ew.printf(", asks for: %s", t.Asked)
	}
	ew.printf(" → %s\n", t.Decision)
	path := t.Path
	switch {
	case t.Path == "extractive_fallback":
		path = fmt.Sprintf("extractive, after the model (%s) failed: %s", t.Model, t.Fallback)
	case t.Model != "":
		path += " (" + t.Model + ")"
	}
	ew.printf("  path: %s\n", path)
	if c := t.Checks; c != nil {
		ew.printf("  checks: %d sentence(s) removed as unsupported (%d contradicted by their paragraphs), %d mark(s) to no given paragraph dropped, %d quote(s) not found, %d link(s) removed", c.Removed, c.Contradicted, c.Dropped, c.Unverified, c.Links)
		if c.Cut {
			ew.printf(", cut to length")
		}
		ew.printf("\n")
		for _, why := range sortedKeys(c.Why) {
			ew.printf("    removed because %s: %d\n", why, c.Why[why])
		}
	}
	for _, c := range t.ModelCalls {
		est := ""
		if c.Estimated {
			est = " (estimated)"
		}
		ew.printf("  model call %s: %d prompt + %d completion tokens%s, %d ms", c.Purpose, c.PromptTokens, c.CompletionTokens, est, c.MS)
		if c.Error != "" {
			ew.printf(", failed: %s", c.Error)
		}
		ew.printf("\n")
	}
	ew.printf("  time: search %d ms, total %d ms\n", t.SearchMS, t.TotalMS)
	return ew.err
}

// usageReporting passes the token counts the model client reports to the
// answer being traced.
type usageReporting struct {
	llm.Adapter[answer.Message]
}

// Chat calls the model with a context that reports its usage to answer.
func (m usageReporting) Chat(ctx context.Context, msgs []answer.Message, onDelta func(string)) (string, error) {
	ctx = llm.WithUsageReport(ctx, func(u llm.Usage) {
		answer.ReportUsage(ctx, u.PromptTokens, u.CompletionTokens, u.Estimated)
	})
	return m.Adapter.Chat(ctx, msgs, onDelta)
}

// sortedKeys lists a count map's keys in order.
func sortedKeys(m map[string]int) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
