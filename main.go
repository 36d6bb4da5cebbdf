// Command casebot answers questions about a news case — from the command
// line or as a Discord bot — with every claim tied to the paragraph it came
// from. Run "casebot help" for the commands.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"casebot/cli"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := cli.Run(ctx, os.Args[1:], cli.Env{Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv})
	stop()
	os.Exit(code)
}
