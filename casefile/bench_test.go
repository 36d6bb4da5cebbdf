package casefile

import "testing"

// BenchmarkAnalyze times building the cast and the timeline of the
// four-article corpus (go test ./casefile -bench Analyze).
func BenchmarkAnalyze(b *testing.B) {
	c := loadCorpus(b, "multi")
	for b.Loop() {
		Analyze(c)
	}
}
