package cli

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"time"

	"casebot/bot"
)

// runHealthcheck asks a running `casebot serve` for /healthz, for container
// health checks where the image has no curl. It exits 0 when the bot is
// connected to Discord and taking questions, 1 otherwise.
func runHealthcheck(ctx context.Context, r *runner, _ []string) error {
	addr := r.cfg.Discord.HealthAddr
	if addr == "" {
		addr = bot.DefaultHealthAddr
	}
	if addr == "-" {
		return usagef("health endpoint disabled (%s=-)", bot.EnvHealthAddr)
	}
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return usagef("health address %s: write it as host:port, e.g. %s", quoteArg(addr), bot.DefaultHealthAddr)
	}
	if host == "" || host == "0.0.0.0" || host == "::" {
		host = "127.0.0.1" // a wildcard listener is reached on loopback
	}
	ctx, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	url := "http://" + net.JoinHostPort(host, port) + "/healthz"
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return fmt.Errorf("healthcheck: %w", err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("healthcheck: %w", err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 1024))
	fmt.Fprint(r.env.Stdout, strings.TrimSpace(string(body))+"\n")
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("healthcheck: %s answered %s", url, resp.Status)
	}
	return nil
}
