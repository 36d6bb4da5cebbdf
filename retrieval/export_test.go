package retrieval

// IndexVectors exposes the index's unit vectors (in paragraph order) to the
// external tests and benchmarks.
func IndexVectors(ix *Index) [][]float32 { return ix.dv.side.Load().vecs }

// Dot is the plain scan's dot product, for the external benchmarks.
func Dot(a, b []float32) float32 { return dot(a, b) }
