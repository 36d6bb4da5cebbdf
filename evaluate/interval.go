package evaluate

import "math"

// WilsonInterval is the 95% Wilson score interval of a proportion of k
// successes in n trials: the range of true rates that k of n does not rule
// out. On the small sets this package runs (6–20 questions a kind, 40–75
// answerable a set) it is wide — 0.68 over 41 questions is consistent with
// anything from about 0.53 to 0.80 — which is why one blind set passing a
// target is weak evidence and the sealed runs are reported side by side.
// With n = 0 it returns 0, 1: nothing is known.
func WilsonInterval(k, n int) (lo, hi float64) {
	if n <= 0 {
		return 0, 1
	}
	if k < 0 {
		k = 0
	}
	if k > n {
		k = n
	}
	const z = 1.959963984540054 // the 97.5th percentile of the normal distribution
	p := float64(k) / float64(n)
	nn := float64(n)
	den := 1 + z*z/nn
	mid := (p + z*z/(2*nn)) / den
	half := z * math.Sqrt(p*(1-p)/nn+z*z/(4*nn*nn)) / den
	return math.Max(0, mid-half), math.Min(1, mid+half)
}
