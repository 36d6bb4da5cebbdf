package retrieval

import "sync"

// memoLimit bounds how many entries a memo keeps: when it is full it
// starts again empty, so a long-running bot asked endless new questions
// holds at most this many analyses.
const memoLimit = 4096

// memo remembers the results of a pure function of a string, for one
// Index. Match is called for one word against every paragraph of a corpus
// and for every word of a question against the same sentences, and
// analysing a query or a text costs far more than looking it up. It is
// safe for concurrent use; the values it hands out are shared and must
// not be changed.
type memo[V any] struct {
	mu    sync.RWMutex
	m     map[string]V
	limit int
}

func newMemo[V any](limit int) *memo[V] {
	return &memo[V]{m: map[string]V{}, limit: limit}
}

// get returns f(key), computing it only when key is not remembered. A nil
// memo computes every time.
func (c *memo[V]) get(key string, f func(string) V) V {
	if c == nil {
		return f(key)
	}
	c.mu.RLock()
	v, ok := c.m[key]
	c.mu.RUnlock()
	if ok {
		return v
	}
	v = f(key)
	c.mu.Lock()
	if len(c.m) >= c.limit {
		clear(c.m)
	}
	c.m[key] = v
	c.mu.Unlock()
	return v
}

// matchQuery is a query as Match weighs it: its units on the
// cross-language path, its analysed terms otherwise.
type matchQuery struct {
	units []xunit
	terms []string
}

// matchMemos hold what Match analyses, by query and by text.
type matchMemos struct {
	queries *memo[matchQuery]
	texts   *memo[map[string]bool]
}

func newMatchMemos() matchMemos {
	return matchMemos{queries: newMemo[matchQuery](memoLimit), texts: newMemo[map[string]bool](memoLimit)}
}
