package cli

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

// cancelAfter is a stdout that cancels a context once it holds lines lines.
type cancelAfter struct {
	bytes.Buffer
	lines  int
	cancel context.CancelFunc
}

func (c *cancelAfter) Write(p []byte) (int, error) {
	n, err := c.Buffer.Write(p)
	if strings.Count(c.String(), "\n") >= c.lines {
		c.cancel()
	}
	return n, err
}

// WriteString hides bytes.Buffer's, which io.WriteString would call
// without passing through Write.
func (c *cancelAfter) WriteString(s string) (int, error) { return c.Write([]byte(s)) }

func TestBench(t *testing.T) {
	code, out, errs := run(t, nil, "bench", "-n", "3")
	if code != ExitOK {
		t.Fatalf("exit status %d; stderr: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	want := []string{"corpus: 11 paragraphs", "method", "plain vector scan", "chromem-go query",
		"search (fused)", "search (lexical)", "search (dense)"}
	if len(lines) != len(want) {
		t.Fatalf("%d lines, want %d:\n%s", len(lines), len(want), out)
	}
	for i, w := range want {
		if !strings.HasPrefix(lines[i], w) {
			t.Errorf("line %d is %q, want it to start with %q", i+1, lines[i], w)
		}
	}
	if !strings.HasSuffix(lines[2], " 1.0x") {
		t.Errorf("the baseline's ratio is not 1.0x: %q", lines[2])
	}
	if code, _, errs := run(t, nil, "bench", "-n", "0"); code != ExitUsage || !strings.Contains(errs, "-n 0") {
		t.Errorf("-n 0: exit status %d, stderr %q", code, errs)
	}
}

// TestBenchStopsWhenCancelled cancels the context (as SIGINT or SIGTERM
// does in main) when a line is printed just before a timed loop starts:
// that loop must stop at once, print nothing more and say so. A loop that
// ran on would print its row.
func TestBenchStopsWhenCancelled(t *testing.T) {
	for _, lines := range []int{2, 4, 5, 6} { // before the paired loop, then each search mode's
		ctx, cancel := context.WithCancel(context.Background())
		stdout := &cancelAfter{lines: lines, cancel: cancel}
		var stderr bytes.Buffer
		code := Run(ctx, []string{"bench", "-n", "50"}, Env{Stdout: stdout, Stderr: &stderr, Getenv: func(string) string { return "" }})
		cancel()
		if code != ExitFailure {
			t.Errorf("cancelled after line %d: exit status %d, want %d", lines, code, ExitFailure)
		}
		if got := strings.Count(stdout.String(), "\n"); got != lines {
			t.Errorf("cancelled after line %d: %d lines printed:\n%s", lines, got, stdout.String())
		}
		if e := stderr.String(); !strings.Contains(e, "interrupted after 0 of 50 searches: context canceled") {
			t.Errorf("cancelled after line %d: stderr %q", lines, e)
		}
	}
}
