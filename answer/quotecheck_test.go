package answer

import "testing"

// TestQuoteCheck: a check is made once per quote, its answer kept; each
// quote gets its own answer.
func TestQuoteCheck(t *testing.T) {
	a, b := &multiQuote{hit: 0}, &multiQuote{hit: 1}
	calls := map[*multiQuote]int{}
	first := quoteCheck(func(q *multiQuote) bool {
		calls[q]++
		return q.hit == 0
	})
	for range 3 {
		if !first(a) || first(b) {
			t.Fatalf("first(a), first(b) = %v, %v, want true, false", first(a), first(b))
		}
	}
	if calls[a] != 1 || calls[b] != 1 {
		t.Errorf("calls = %v, want one per quote", calls)
	}
}
