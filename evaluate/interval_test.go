package evaluate

import (
	"math"
	"testing"
)

func TestWilsonInterval(t *testing.T) {
	for _, tc := range []struct {
		k, n   int
		lo, hi float64
	}{
		// Reference values computed apart from this code, by the closed
		// form (Wilson 1927) in a few lines of Python.
		{28, 41, 0.5302, 0.8044},
		{37, 41, 0.7745, 0.9614},
		{0, 10, 0, 0.2775},
		{10, 10, 0.7225, 1},
		{0, 0, 0, 1},
	} {
		lo, hi := WilsonInterval(tc.k, tc.n)
		if math.Abs(lo-tc.lo) > 0.001 || math.Abs(hi-tc.hi) > 0.001 {
			t.Errorf("WilsonInterval(%d, %d) = %.4f, %.4f, want %.4f, %.4f", tc.k, tc.n, lo, hi, tc.lo, tc.hi)
		}
	}
	// A wrong formula (the plain normal interval) must not pass: at 10 of
	// 10 it collapses to [1, 1], which the Wilson interval never does.
	if lo, _ := WilsonInterval(10, 10); lo > 0.9 {
		t.Errorf("WilsonInterval(10, 10) lower bound %.3f: the interval collapsed", lo)
	}
}
