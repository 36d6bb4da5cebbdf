package cli

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"casebot/bot"
	"casebot/config"
	"casebot/feedback"
	"casebot/text"
)

// EnvDataDir names the data folder where the bot keeps votes and answers.
const EnvDataDir = "CASEBOT_DATA_DIR"

// dataDir is the data folder: --data-dir, else CASEBOT_DATA_DIR, else
// $XDG_DATA_HOME/casebot, else ~/.local/share/casebot; "" when none can
// be found.
func dataDir(flagValue string, getenv func(string) string) string {
	if d := strings.TrimSpace(flagValue); d != "" {
		return d
	}
	if d := strings.TrimSpace(getenv(EnvDataDir)); d != "" {
		return d
	}
	if d := strings.TrimSpace(getenv("XDG_DATA_HOME")); d != "" {
		return filepath.Join(d, "casebot")
	}
	if h := strings.TrimSpace(getenv("HOME")); h != "" {
		return filepath.Join(h, ".local", "share", "casebot")
	}
	return ""
}

func feedbackFlags(fs *flag.FlagSet, o *cmdOpts, cfg *config.Config) {
	jsonFlag(fs, o, cfg)
	fs.BoolVar(&o.down, "down", false, "only answers someone voted down")
	fs.BoolVar(&o.eval, "eval", false, "print the voted questions as an evaluation set (JSON Lines for casebot eval): answers voted up with their cited paragraphs, abstentions voted up as unanswerable, answers voted down as questions to label")
	fs.IntVar(&o.k, "n", 0, "show at most this many answers, latest vote first (0: all)")
	fs.StringVar(&o.dataDir, "data-dir", "", "the data folder holding "+feedback.FileName+" (default $"+EnvDataDir+", else ~/.local/share/casebot)")
}

// runFeedback reviews the stored votes.
func runFeedback(ctx context.Context, r *runner, _ []string) error {
	if r.opts.k < 0 {
		return usagef("-n %d: use 0 (all) or more", r.opts.k)
	}
	dir := dataDir(r.opts.dataDir, r.env.Getenv)
	if dir == "" {
		return usagef("no data folder: set %s or pass --data-dir", EnvDataDir)
	}
	path := filepath.Join(dir, feedback.FileName)
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		if r.opts.json {
			return r.printJSON(feedbackJSON{Database: path, Entries: []feedback.Entry{}})
		}
		if r.opts.eval {
			return nil
		}
		ew := &errWriter{w: r.env.Stdout}
		ew.printf("No feedback yet: there is no %s (the bot creates it at the first answer).\n", path)
		return ew.err
	}
	st, err := feedback.Open(ctx, dir)
	if err != nil {
		return err
	}
	defer st.Close()
	entries, err := st.List(ctx, feedback.Filter{DownOnly: r.opts.down, Limit: r.opts.k})
	if err != nil {
		return err
	}
	if entries == nil {
		entries = []feedback.Entry{}
	}
	switch {
	case r.opts.eval:
		return writeEval(r.env.Stdout, r.env.Stderr, feedback.ToEval(entries))
	case r.opts.json:
		return r.printJSON(feedbackJSON{Database: path, Entries: entries})
	}
	return renderFeedback(r.env.Stdout, path, entries)
}

// feedbackJSON is the shape of `feedback --json`.
type feedbackJSON struct {
	Database string           `json:"database"`
	Entries  []feedback.Entry `json:"entries"`
}

func writeEval(w, warn io.Writer, items []feedback.EvalItem) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	toLabel := 0
	for _, it := range items {
		if err := enc.Encode(it); err != nil {
			return err
		}
		if it.Kind == feedback.KindToLabel {
			toLabel++
		}
	}
	if toLabel > 0 {
		ew := &errWriter{w: warn}
		ew.printf("casebot feedback: %d voted-down question(s) have kind %q and no refs: fill in the paragraphs that do answer each (or make it \"unanswerable\") before casebot eval accepts the file.\n", toLabel, feedback.KindToLabel)
	}
	return nil
}

func renderFeedback(w io.Writer, path string, entries []feedback.Entry) error {
	ew := &errWriter{w: w}
	up, down := 0, 0
	for _, e := range entries {
		up += e.Up
		down += e.Down
	}
	ew.printf("%d answer(s) voted on (👍 %d · 👎 %d), latest vote first — %s\n", len(entries), up, down, path)
	for _, e := range entries {
		ew.printf("\n👎 %d 👍 %d · %s · %s", e.Down, e.Up, e.LastVote.Format("2006-01-02 15:04"), e.ID)
		if !e.Stored {
			ew.printf("\n  (the answer was not stored: its write failed)\n")
			continue
		}
		ew.printf(" · %s\n", e.Source)
		a := e.Answer
		ew.printf("  Q: %s\n", text.Terminal(a.Question))
		ew.printf("  A: %s\n", strings.ReplaceAll(text.Terminal(text.TruncateRunes(a.Answer, 400)), "\n", "\n     "))
		var refs []string
		for _, c := range a.Citations {
			refs = append(refs, c.Ref)
		}
		if len(refs) > 0 && a.Abstained {
			ew.printf("  closest (not cited as support): %s\n", strings.Join(refs, ", "))
		} else if len(refs) > 0 {
			ew.printf("  cited: %s\n", strings.Join(refs, ", "))
		}
		if t := a.Trace; t != nil {
			ew.printf("  trace: confidence %.2f → %s; path %s", t.Confidence, t.Decision, t.Path)
			if t.Model != "" {
				ew.printf(" (%s)", t.Model)
			}
			if len(t.Candidates) > 0 {
				ew.printf("; best paragraph %s (fused %.2f)", t.Candidates[0].Ref, t.Candidates[0].Fused)
			}
			ew.printf("\n")
		}
	}
	return ew.err
}

// feedbackOption opens the feedback store in the data folder for the bot,
// and returns the function that closes it once the bot has stopped. A
// store that cannot be opened is logged and the bot runs without it.
func (r *runner) feedbackOption(ctx context.Context) ([]bot.Option, func()) {
	dir := dataDir("", r.env.Getenv)
	if dir == "" {
		r.log.Warn("feedback: no data folder (set " + EnvDataDir + "); votes are logged but not kept")
		return nil, func() {}
	}
	st, err := feedback.Open(ctx, dir)
	if err != nil {
		r.log.Error("feedback: votes are logged but not kept", "err", err)
		return nil, func() {}
	}
	r.log.Info("feedback: keeping answers and votes", "database", st.Path())
	return []bot.Option{bot.WithFeedbackStore(st)}, func() {
		if err := st.Close(); err != nil {
			r.log.Error("feedback: closing the store", "err", err)
		}
	}
}
