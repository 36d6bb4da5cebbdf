// Package cli is casebot's command line: it parses arguments, reads the
// configuration, wires corpus, retrieval, answer, llm and bot together, and
// prints results for people (or JSON for scripts).
//
// Exit statuses: 0 for an answer or an abstention, 2 for usage errors (an
// unknown command or flag, a setting out of range, an empty, overlong or
// non-UTF-8 question), 1 for failures (an interrupted bench among them).
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"regexp"
	"strings"

	"casebot/answer"
	"casebot/config"
	"casebot/llm"
	"casebot/text"
)

// Exit statuses returned by Run.
const (
	ExitOK      = 0
	ExitFailure = 1
	ExitUsage   = 2
)

// Env is what a run of the command line sees of the world.
type Env struct {
	Stdout, Stderr io.Writer
	// Getenv reads an environment variable (os.Getenv in main).
	Getenv func(string) string
}

// usageError marks an error as the caller's mistake (exit status 2).
type usageError struct{ err error }

// Error returns the underlying error's message.
func (u usageError) Error() string { return u.err.Error() }

// Unwrap returns the underlying error.
func (u usageError) Unwrap() error { return u.err }

func usagef(format string, args ...any) error {
	return usageError{fmt.Errorf(format, args...)}
}

// command is one subcommand.
type command struct {
	name    string
	args    string // argument synopsis
	summary string
	example string // shown by `casebot help COMMAND`
	flags   config.Flags
	run     func(ctx context.Context, r *runner, args []string) error
	// define adds the command's own flags; cfg holds the settings read
	// from the environment (some flags default to them).
	define func(fs *flag.FlagSet, o *cmdOpts, cfg *config.Config)
}

// cmdOpts holds the flags commands share.
type cmdOpts struct {
	json    bool
	k       int
	mode    string
	verbose bool
	fusion  string
	trace   bool
	down    bool
	eval    bool
	dataDir string
}

func commands() []command {
	return []command{
		{name: "ask", args: "QUESTION", summary: "answer a question with quoted, cited paragraphs",
			example: `casebot ask "لماذا أقال مجلس الإدارة سام ألتمان؟"
casebot ask --json "Who did Sutskever call?"
casebot ask --trace "لماذا أقيل التمان؟"
CASEBOT_CHAT_MODEL=llama3.1 OPENAI_BASE_URL=http://127.0.0.1:11434/v1 casebot ask "من هي ميرا موراتي؟"`,
			flags: config.CorpusFlags | config.ModelFlags, run: runAsk, define: askFlags},
		{name: "search", args: "QUERY", summary: "list the paragraphs that best match a query, with scores",
			example: `casebot search -k 3 "ميرا موراتي"
casebot search --mode lexical --json "صندوق الشركات الناشئة"`,
			flags: config.CorpusFlags | config.ModelFlags, run: runSearch, define: searchFlags},
		{name: "summary", args: "[TOPIC]", summary: "summarise the case, or what the corpus says about a topic",
			example: `casebot summary
casebot summary "الموظفون"`,
			flags: config.CorpusFlags | config.ModelFlags, run: runSummary, define: jsonFlag},
		{name: "timeline", args: "[TOPIC]", summary: "the case's events in time order, each with its date and the paragraph that says it",
			example: `casebot timeline
casebot timeline "بروكمان"
casebot --corpus testdata/multi timeline --json`,
			flags: config.CorpusFlags, run: runTimeline, define: jsonFlag},
		{name: "people", args: "[NAME]", summary: "who's who: everyone the corpus names, their roles and what it says they did, cited",
			example: `casebot people
casebot people "سوتسكيفر"
casebot people --json Sutskever`,
			flags: config.CorpusFlags, run: runPeople, define: jsonFlag},
		{name: "feedback", args: "", summary: "review the answers people voted on in Discord, or export them as evaluation questions",
			example: `casebot feedback
casebot feedback --down
casebot feedback --json --data-dir /var/lib/casebot
casebot feedback --eval > testdata/eval/feedback.jsonl`,
			run: runFeedback, define: feedbackFlags},
		{name: "source", args: "REF", summary: "print a paragraph as written, by reference (e.g. openai-altman-ouster-2023#4)",
			example: `casebot source openai-altman-ouster-2023#7
casebot source 7     (with a single article)`,
			flags: config.CorpusFlags, run: runSource, define: jsonFlag},
		{name: "sources", args: "", summary: "list the articles answered from, with dates, languages and paragraph counts",
			example: `casebot sources
casebot sources --corpus testdata/multi --json`,
			flags: config.CorpusFlags, run: runSources, define: jsonFlag},
		{name: "eval", args: "QA_FILE", summary: "measure retrieval on a question set (recall@1, recall@3, MRR, abstention)",
			example: `casebot eval testdata/eval/qa.jsonl --verbose
casebot eval --fusion rrf testdata/eval/blind.jsonl

A QA file has one JSON object per line:
{"id":"ar-01","kind":"ar-direct","question":"...","refs":["openai-altman-ouster-2023#7"]}
(kind "unanswerable" with "refs": [] for questions the corpus cannot answer)`,
			flags: config.CorpusFlags | config.ModelFlags, run: runEval, define: evalFlags},
		{name: "bench", args: "", summary: "time searches on the loaded corpus against a plain scan of its vectors",
			flags: config.CorpusFlags | config.ModelFlags, run: runBench, define: benchFlags},
		{name: "serve", args: "", summary: "run the Discord bot (needs DISCORD_TOKEN)",
			example: `DISCORD_TOKEN=... casebot serve
DISCORD_TOKEN=... DISCORD_GUILD_ID=123456789 casebot serve --log-format json

Other settings (rate limits, allow-lists, sharding...) are environment variables:
see the README's configuration table.`,
			flags: config.CorpusFlags | config.ModelFlags | config.DiscordFlags | config.HealthFlags, run: runServe},
		{name: "healthcheck", args: "", summary: "ask a running bot's /healthz; exit 0 when it is connected (for container health checks)",
			flags: config.HealthFlags, run: runHealthcheck},
	}
}

func jsonFlag(fs *flag.FlagSet, o *cmdOpts, _ *config.Config) {
	fs.BoolVar(&o.json, "json", false, "print JSON instead of text")
}

func searchFlags(fs *flag.FlagSet, o *cmdOpts, cfg *config.Config) {
	jsonFlag(fs, o, cfg)
	fs.IntVar(&o.k, "k", cfg.TopK, "number of paragraphs to list, 1 to 100 (env "+config.EnvTopK+")")
	fs.StringVar(&o.mode, "mode", "fused", "ranking: fused, lexical (BM25 alone) or dense (vectors alone)")
	fusionFlag(fs, o, cfg)
}

func fusionFlag(fs *flag.FlagSet, o *cmdOpts, _ *config.Config) {
	fs.StringVar(&o.fusion, "fusion", "weighted", "how the BM25 and vector rankings are fused: weighted (min-max scaled scores, the default) or rrf (reciprocal rank fusion)")
}

func evalFlags(fs *flag.FlagSet, o *cmdOpts, cfg *config.Config) {
	jsonFlag(fs, o, cfg)
	fusionFlag(fs, o, cfg)
	fs.BoolVar(&o.verbose, "verbose", false, "also list every question the fused retriever missed")
}

func benchFlags(fs *flag.FlagSet, o *cmdOpts, _ *config.Config) {
	fs.IntVar(&o.k, "n", 2000, "number of timed searches per method")
}

// Run runs the command line args (without the program name) and returns
// the exit status. It never panics on bad input. Everything it prints goes
// through terminal (see terminal.go).
func Run(ctx context.Context, args []string, env Env) (status int) {
	stdout, stderr := newTerminalWriter(env.Stdout), newTerminalWriter(env.Stderr)
	env.Stdout, env.Stderr = stdout, stderr
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(env.Stderr, "casebot: internal error: %v\n", r)
			status = ExitFailure
		}
		stdout.Flush()
		stderr.Flush()
	}()
	return runCommand(ctx, args, env)
}

func runCommand(ctx context.Context, args []string, env Env) int {
	if len(args) == 0 {
		printUsage(env.Stderr)
		return ExitUsage
	}
	name := args[0]
	switch name {
	case "help", "-h", "--help", "-help":
		if len(args) > 1 {
			c, ok := findCommand(args[1])
			if !ok {
				fmt.Fprintf(env.Stderr, "casebot help: unknown command %s\n\n", quoteArg(args[1]))
				printUsage(env.Stderr)
				return ExitUsage
			}
			cfg := config.Default()
			fs := newFlagSet(c, &cfg, &cmdOpts{})
			printCommandUsage(env.Stdout, c, fs)
		} else {
			printUsage(env.Stdout)
		}
		return ExitOK
	}
	c, ok := findCommand(name)
	if !ok {
		fmt.Fprintf(env.Stderr, "casebot: unknown command %s\n\n", quoteArg(name))
		printUsage(env.Stderr)
		return ExitUsage
	}
	cfg, err := config.FromEnv(env.Getenv)
	if err != nil {
		fmt.Fprintf(env.Stderr, "casebot: configuration: %v\n", err)
		return ExitUsage
	}
	var o cmdOpts
	fs := newFlagSet(c, &cfg, &o)
	rest, err := parseInterspersed(fs, args[1:])
	if errors.Is(err, flag.ErrHelp) {
		printCommandUsage(env.Stdout, c, fs)
		return ExitOK
	}
	if err != nil {
		fmt.Fprintf(env.Stderr, "casebot %s: %s\n", name, text.TruncateRunes(err.Error(), 2*maxEcho))
		if c.args != "" && strings.Contains(err.Error(), "not defined") {
			fmt.Fprintf(env.Stderr, "(a %s that starts with \"-\" goes after \"--\": casebot %s -- \"-...\")\n", strings.ToLower(strings.Trim(c.args, "[]")), name)
		}
		printShortUsage(env.Stderr, c)
		return ExitUsage
	}
	if err := checkFlags(fs, cfg); err != nil {
		fmt.Fprintf(env.Stderr, "casebot %s: %v\n", name, err)
		printShortUsage(env.Stderr, c)
		return ExitUsage
	}
	if err := cfg.Validate(); err != nil {
		fmt.Fprintf(env.Stderr, "casebot: configuration: %v\n", err)
		return ExitUsage
	}
	if cfg.LogLevel == "" {
		cfg.LogLevel = "warn"
		if name == "serve" {
			cfg.LogLevel = "info"
		}
	}
	log, err := newLogger(cfg, env.Stderr)
	if err != nil {
		fmt.Fprintf(env.Stderr, "casebot: %v\n", err)
		return ExitUsage
	}
	r := &runner{cfg: cfg, opts: o, env: env, log: log}
	if err := c.run(ctx, r, rest); err != nil {
		msg := text.TruncateRunes(llm.RedactURLs(err.Error()), 20*maxEcho)
		var u usageError
		if errors.As(err, &u) || errors.Is(err, answer.ErrEmptyQuestion) || errors.Is(err, answer.ErrQuestionTooLong) {
			fmt.Fprintf(env.Stderr, "casebot %s: %s\n", name, msg)
			printShortUsage(env.Stderr, c)
			return ExitUsage
		}
		fmt.Fprintf(env.Stderr, "casebot %s: %s\n", name, msg)
		return ExitFailure
	}
	return ExitOK
}

// checkFlags rejects flag values that parse but make no sense.
func checkFlags(fs *flag.FlagSet, cfg config.Config) error {
	var err error
	fs.Visit(func(f *flag.Flag) {
		if f.Name == "corpus" && strings.TrimSpace(cfg.CorpusDir) == "" {
			err = usagef(`--corpus "": give a folder of .txt/.md articles, or leave --corpus out for the embedded article`)
		}
	})
	return err
}

func findCommand(name string) (command, bool) {
	for _, c := range commands() {
		if c.name == name {
			return c, true
		}
	}
	return command{}, false
}

// newFlagSet defines c's flags, writing into cfg and o. It prints nothing
// itself: Run reports parse errors and help.
func newFlagSet(c command, cfg *config.Config, o *cmdOpts) *flag.FlagSet {
	fs := flag.NewFlagSet("casebot "+c.name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	cfg.BindFlags(fs, c.flags)
	if c.define != nil {
		c.define(fs, o, cfg)
	}
	return fs
}

// printCommandUsage prints `casebot help COMMAND`.
func printCommandUsage(w io.Writer, c command, fs *flag.FlagSet) {
	fmt.Fprintf(w, "usage: casebot %s [flags] %s\n\n%s.\n", c.name, c.args, capitalize(c.summary))
	if c.example != "" {
		fmt.Fprintf(w, "\nexamples:\n  %s\n", strings.ReplaceAll(c.example, "\n", "\n  "))
	}
	if c.args != "" {
		fmt.Fprintf(w, "\nFlags may come before or after the %s. A %s that starts with \"-\"\n"+
			"goes after \"--\" (casebot %s -- \"-...\"), unless it cannot be read as a flag.\n",
			strings.ToLower(strings.Trim(c.args, "[]")), strings.ToLower(strings.Trim(c.args, "[]")), c.name)
	}
	fmt.Fprint(w, "\nflags:\n")
	fs.SetOutput(w)
	fs.PrintDefaults()
	fs.SetOutput(io.Discard)
}

// printShortUsage is the line printed after a usage error.
func printShortUsage(w io.Writer, c command) {
	fmt.Fprintf(w, "usage: casebot %s [flags] %s (see casebot help %s)\n", c.name, c.args, c.name)
}

// parseInterspersed parses flags wherever they stand among the arguments,
// so that `casebot ask "question" --json` works, and returns the others.
// A lone "--" ends the flags. An argument that starts with "-" but cannot
// be a flag's name ("-5 what?", "-ما") is text, not an error.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var rest []string
	for len(args) > 0 {
		a := args[0]
		switch {
		case a == "--":
			return append(rest, args[1:]...), nil
		case !looksLikeFlag(a):
			rest = append(rest, a)
			args = args[1:]
			continue
		}
		// Parse this flag alone, with its value when it takes one.
		n := 1
		name, _, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if f := fs.Lookup(name); f != nil && !hasValue && !isBoolFlag(f) && len(args) > 1 {
			n = 2
		}
		if err := fs.Parse(args[:n]); err != nil {
			return nil, err
		}
		args = args[n:]
	}
	return rest, nil
}

// flagSyntax is what a flag looks like: one or two dashes, a letter, then
// letters, digits and dashes, and maybe "=value".
var flagSyntax = regexp.MustCompile(`^--?[A-Za-z][A-Za-z0-9-]*(=|$)`)

// looksLikeFlag reports whether a could be a flag (known or not).
func looksLikeFlag(a string) bool { return flagSyntax.MatchString(a) }

// isBoolFlag reports whether f takes no value (like --json).
func isBoolFlag(f *flag.Flag) bool {
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}

func printUsage(w io.Writer) {
	fmt.Fprint(w, `casebot answers questions about a news case with the exact paragraphs that support each answer.

usage: casebot COMMAND [flags] [arguments]

commands:
`)
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-12s %s\n", c.name, c.summary)
	}
	fmt.Fprint(w, `
examples:
  casebot ask "لماذا أقال مجلس الإدارة سام ألتمان؟"
  casebot ask --json "Who did Sutskever call?"
  casebot search -k 3 --mode lexical "ميرا موراتي"
  casebot summary
  casebot source openai-altman-ouster-2023#7
  casebot eval testdata/eval/qa.jsonl

With no configuration casebot answers offline from the article embedded in
it, quoting the paragraphs it cites. Set CASEBOT_CHAT_MODEL (and
OPENAI_API_KEY or OPENAI_BASE_URL) to have a model write the answers; their
citations are checked against the paragraphs before they are shown.
Run "casebot help COMMAND" for a command's flags and environment variables.
`)
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func newLogger(cfg config.Config, w io.Writer) (*slog.Logger, error) {
	level, err := config.ParseLevel(cfg.LogLevel)
	if err != nil {
		return nil, err
	}
	opts := &slog.HandlerOptions{Level: level}
	if cfg.LogFormat == "json" {
		return slog.New(slog.NewJSONHandler(w, opts)), nil
	}
	return slog.New(slog.NewTextHandler(w, opts)), nil
}
