package bot

// Hooks for the tests of package bot_test.

// SetHooks sets the test hooks of b; call it before Run. handlerStart runs
// first in every handler goroutine; channelLookup before a channel missing
// from the cache is fetched. Either may be nil.
func SetHooks(b *Bot, handlerStart func(kind string), channelLookup func(id string)) {
	b.hooks = hooks{handlerStart: handlerStart, channelLookup: channelLookup}
}

// Stopping is closed once b has begun to shut down and takes no more
// questions.
func Stopping(b *Bot) <-chan struct{} { return b.work.stopping }
