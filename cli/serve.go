package cli

import (
	"context"
	"errors"

	"casebot/bot"
)

// serve runs the Discord bot until ctx is cancelled (SIGINT or SIGTERM).
// A missing token is a usage error reported before anything is loaded or
// connected; /reindex reloads the corpus from disk through reload.
func serve(ctx context.Context, r *runner) error {
	if err := r.cfg.Discord.Validate(); err != nil {
		if errors.Is(err, bot.ErrNoToken) {
			return usagef("%v (create a bot at https://discord.com/developers/applications; see the README's Discord section)", err)
		}
		return usagef("%v", err)
	}
	st, err := r.build(ctx)
	if err != nil {
		return err
	}
	r.log.Info("corpus indexed", "info", st.engine.Info())
	reload := func(ctx context.Context) (bot.Backend, error) {
		fresh, err := r.build(ctx)
		if err != nil {
			return nil, err
		}
		r.log.Info("corpus reindexed", "info", fresh.engine.Info())
		return fresh.engine, nil
	}
	opts, closeStore := r.feedbackOption(ctx)
	defer closeStore()
	return bot.Run(ctx, r.cfg.Discord, st.engine, reload, r.log, opts...)
}
