package retrieval

import (
	"context"
	"errors"
	"fmt"
	"math"
	"os"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	chromem "github.com/philippgille/chromem-go"

	"casebot/corpus"
	"casebot/text"
)

// Embeddings never take answers down. The dense side of an index depends on
// an embedder that may be a remote service: it can be down when the index
// is built or when a question comes, return vectors that are all zero or
// NaN, or start returning vectors of another length under the same model
// name. None of these fails a search: the search runs on the lexical side
// alone and says why in Result.Degraded. A changed vector length found at
// query time re-embeds the paragraphs at once; a failing embedder is tried
// again after a backoff, and RestoreDense lets a long-running caller (the
// Discord bot) bring the dense side back in the background.

// Backoff of the searches' own retries of a failing query embedder.
const (
	denseRetryFirst = 5 * time.Second
	denseRetryMost  = 5 * time.Minute
)

// DenseStatus describes the dense side of an index, for health reports.
type DenseStatus struct {
	// Available is true when searches use the dense side.
	Available bool `json:"available"`
	// Embedder names the embedder of the dense side.
	Embedder string `json:"embedder"`
	// Dim is the length of the paragraphs' vectors (0 while there are none).
	Dim int `json:"dim,omitempty"`
	// Reason says why searches run on the lexical side alone, when they do.
	Reason string `json:"reason,omitempty"`
	// Since is when the dense side stopped being used.
	Since time.Time `json:"since,omitzero"`
	// Failures counts the failed attempts to use or restore it since then.
	Failures int `json:"failures,omitempty"`
	// NextTry is when searches will try the embedder again by themselves;
	// zero when only a rebuild (RestoreDense) can bring the side back.
	NextTry time.Time `json:"next_try,omitzero"`
	// Rebuilding is true while the paragraphs are being embedded again.
	Rebuilding bool `json:"rebuilding,omitempty"`
}

// vectorProblem says what makes v unusable as an embedding, or "" when
// nothing does: empty, of another length than dim (any length when dim is
// 0), with a NaN or infinite component, or all zero (no direction to
// compare).
func vectorProblem(v []float32, dim int) string {
	if len(v) == 0 {
		return "a vector of length 0"
	}
	if dim > 0 && len(v) != dim {
		return fmt.Sprintf("a vector of length %d (expected %d)", len(v), dim)
	}
	var s float64
	for _, x := range v {
		f := float64(x)
		if math.IsNaN(f) || math.IsInf(f, 0) {
			return "a vector with NaN or infinite components"
		}
		s += f * f
	}
	if s == 0 {
		return "an all-zero vector"
	}
	return ""
}

// denseSide is the dense half of an index: the paragraphs' unit vectors, in
// paragraph order, and the chromem-go collection holding the same slices.
// It is never changed once made; an index swaps in a new one.
type denseSide struct {
	coll *chromem.Collection
	vecs [][]float32
	dim  int
}

// newDenseSide checks the embedder's vectors for paras and scales copies of
// them into a new collection.
func newDenseSide(ctx context.Context, model string, paras []corpus.Paragraph, vecs [][]float32) (*denseSide, error) {
	if len(vecs) != len(paras) {
		return nil, fmt.Errorf("retrieval: embedder %s returned %d vectors for %d paragraphs", model, len(vecs), len(paras))
	}
	db := chromem.NewDB()
	// A non-nil embedding function: with nil, chromem-go would silently call OpenAI.
	// Every vector is computed here, so chromem must never need it.
	refuse := func(context.Context, string) ([]float32, error) {
		return nil, errors.New("retrieval: chromem-go asked to embed text; vectors are precomputed")
	}
	coll, err := db.CreateCollection("paragraphs", nil, refuse)
	if err != nil {
		return nil, fmt.Errorf("retrieval: creating collection: %w", err)
	}
	cdocs := make([]chromem.Document, len(paras))
	units := make([][]float32, len(paras))
	dim := len(vecs[0])
	// One block holds every unit vector, in paragraph order: a scan reads
	// memory in order, and chromem-go keeps these slices, not copies.
	block := make([]float32, len(paras)*dim)
	for i := range paras {
		v := vecs[i]
		if len(v) == 0 || len(v) != dim {
			return nil, fmt.Errorf("retrieval: embedder %s returned a vector of length %d for %s (expected %d)", model, len(v), paras[i].Ref, dim)
		}
		u := block[i*dim : (i+1)*dim : (i+1)*dim]
		if bad := unitInto(u, v); bad != "" {
			return nil, fmt.Errorf("retrieval: embedder %s returned %s for %s", model, bad, paras[i].Ref)
		}
		units[i] = u
		cdocs[i] = chromem.Document{ID: strconv.Itoa(i), Embedding: u}
	}
	if err := coll.AddDocuments(ctx, cdocs, runtime.GOMAXPROCS(0)); err != nil {
		return nil, fmt.Errorf("retrieval: adding paragraphs to chromem-go: %w", err)
	}
	return &denseSide{coll: coll, vecs: units, dim: dim}, nil
}

// lengthForgetter is an embedder that keeps vectors (CachedEmbedder) and
// can forget those of a length the model no longer returns.
type lengthForgetter interface {
	DropOtherLengths(dim int) int
}

// denseGuard holds an index's dense side and its health. Searches read the
// side without locking; (re)builds run one at a time.
type denseGuard struct {
	emb   Embedder
	paras []corpus.Paragraph
	texts []string // what each paragraph's vector embeds
	probe string   // a short text to try the query embedder with
	now   func() time.Time

	side atomic.Pointer[denseSide] // nil while the paragraphs have no usable vectors
	down atomic.Bool               // true while something is wrong (fast path for searches)
	slot chan struct{}             // held by the one (re)build running

	mu         sync.Mutex
	why        error     // why the dense side is not used
	since      time.Time // when it stopped being used
	failures   int       // failed attempts since
	retryAt    time.Time // searches skip the dense side until then (side present)
	rebuilding bool
}

func newDenseGuard(emb Embedder, paras []corpus.Paragraph, texts []string) *denseGuard {
	probe := text.TruncateRunes(paras[0].Title, 200)
	if len(text.Words(probe)) == 0 {
		probe = text.TruncateRunes(texts[0], 200)
	}
	return &denseGuard{emb: emb, paras: paras, texts: texts, probe: probe, now: time.Now, slot: make(chan struct{}, 1)}
}

// install makes the dense side from the result of embedding the
// paragraphs; on failure the index has no dense side and the failure is
// recorded. It returns the failure.
func (g *denseGuard) install(ctx context.Context, vecs [][]float32, err error) error {
	if err != nil {
		err = fmt.Errorf("retrieval: embedding %d paragraphs with %s: %w", len(g.texts), g.emb.Model(), err)
	} else {
		var side *denseSide
		if side, err = newDenseSide(ctx, g.emb.Model(), g.paras, vecs); err == nil {
			g.side.Store(side)
			g.recovered()
			return nil
		}
	}
	g.side.Store(nil)
	if ctx.Err() == nil {
		g.failed(err, false)
	} else {
		g.mu.Lock()
		if g.why == nil {
			g.why, g.since = err, g.now()
		}
		g.mu.Unlock()
		g.down.Store(true)
	}
	return err
}

// rebuild embeds every paragraph again and swaps in the new dense side.
// want, when positive, is the vector length the embedder now returns for
// queries: cached vectors of another length are dropped first, and a
// rebuild that another search already made for that length is not
// repeated. It waits for a rebuild in progress, as long as ctx allows.
func (g *denseGuard) rebuild(ctx context.Context, want int) error {
	select {
	case g.slot <- struct{}{}:
	case <-ctx.Done():
		return fmt.Errorf("retrieval: waiting to rebuild the dense side: %w", ctx.Err())
	}
	defer func() { <-g.slot }()
	if cur := g.side.Load(); cur != nil && (want == 0 || cur.dim == want) {
		return nil // made meanwhile
	}
	g.setRebuilding(true)
	defer g.setRebuilding(false)
	if f, ok := g.emb.(lengthForgetter); ok && want > 0 {
		f.DropOtherLengths(want)
	}
	vecs, err := g.emb.EmbedDocuments(ctx, g.texts)
	if err := g.install(ctx, vecs, err); err != nil {
		return err
	}
	if side := g.side.Load(); want > 0 && side.dim != want {
		// Paragraphs and queries come back in different lengths: the
		// vectors cannot be compared, and rebuilding again would not help.
		err := fmt.Errorf("retrieval: embedder %s returns vectors of length %d for paragraphs but %d for queries", g.emb.Model(), side.dim, want)
		g.side.Store(nil)
		g.failed(err, false)
		return err
	}
	return nil
}

func (g *denseGuard) setRebuilding(b bool) {
	g.mu.Lock()
	g.rebuilding = b
	g.mu.Unlock()
}

// usable reports whether a search should try the dense side now, and the
// side to use: not while there are no vectors, nor while a failing query
// embedder waits out its backoff.
func (g *denseGuard) usable() (*denseSide, error) {
	side := g.side.Load()
	if !g.down.Load() && side != nil {
		return side, nil
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	why := g.why
	if why == nil {
		why = errors.New("retrieval: the dense side has no vectors")
	}
	if side == nil || g.now().Before(g.retryAt) {
		return nil, why
	}
	return side, nil // the backoff is over: this search tries again
}

// failed records a failure: of the query embedder (queries true), after
// which searches wait a growing backoff before trying again, or of
// embedding the paragraphs, after which only a rebuild helps.
func (g *denseGuard) failed(err error, queries bool) {
	g.mu.Lock()
	defer g.mu.Unlock()
	now := g.now()
	if g.why == nil || g.since.IsZero() {
		g.since = now
	}
	g.why = err
	g.failures++
	g.retryAt = time.Time{}
	if queries {
		wait := denseRetryFirst
		for i := 1; i < g.failures && wait < denseRetryMost; i++ {
			wait *= 2
		}
		g.retryAt = now.Add(min(wait, denseRetryMost))
	}
	g.down.Store(true)
}

// recovered records that the dense side works.
func (g *denseGuard) recovered() {
	if !g.down.Load() {
		return
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	g.why, g.since, g.failures, g.retryAt = nil, time.Time{}, 0, time.Time{}
	g.down.Store(false)
}

// status describes the dense side.
func (g *denseGuard) status() DenseStatus {
	side := g.side.Load()
	g.mu.Lock()
	defer g.mu.Unlock()
	st := DenseStatus{Embedder: g.emb.Model(), Available: side != nil && !g.down.Load(), Rebuilding: g.rebuilding}
	if side != nil {
		st.Dim = side.dim
	}
	if g.down.Load() {
		if g.why != nil {
			st.Reason = g.why.Error()
		}
		st.Since, st.Failures = g.since, g.failures
		if side != nil {
			st.NextTry = g.retryAt
		}
	}
	return st
}

// dimensionError is a query vector whose length is not the index's.
type dimensionError struct{ got, want int }

func (e *dimensionError) Error() string {
	return fmt.Sprintf("retrieval: query vector of length %d for an index of %d-dimensional vectors", e.got, e.want)
}

// badQueryVectorError is a query vector that is all zero, NaN or infinite:
// the question goes lexical, but the embedder is not judged down for it.
type badQueryVectorError struct{ error }

func (e badQueryVectorError) Unwrap() error { return e.error }

// errNoDenseSide is returned by Nearest and ScanNearest while the index has
// no usable vectors.
var errNoDenseSide = errors.New("retrieval: the dense side is unavailable (the paragraphs could not be embedded)")

// current returns the dense side, or errNoDenseSide.
func (g *denseGuard) current() (*denseSide, error) {
	if s := g.side.Load(); s != nil {
		return s, nil
	}
	return nil, errNoDenseSide
}

// Search finds the paragraphs that best answer query. When the dense side
// cannot be used (no vectors, an embedding service that is down, a bad
// query vector) the ranking is lexical only and Result.Degraded says why;
// a query vector whose length changed makes the paragraphs be embedded
// again first. It fails only for an empty query or when ctx ends.
func (ix *Index) Search(ctx context.Context, query string, opts SearchOptions) (Result, error) {
	if opts.Mode == Lexical {
		return ix.search(ctx, query, opts)
	}
	g := ix.dv
	if _, why := g.usable(); why != nil {
		return ix.lexicalInstead(ctx, query, opts, why)
	}
	res, err := ix.search(ctx, query, opts)
	if err == nil {
		g.recovered()
		return res, nil
	}
	if errors.Is(err, ErrEmptyQuery) || ctx.Err() != nil {
		return res, err
	}
	var de *dimensionError
	var bad badQueryVectorError
	switch {
	case errors.As(err, &de):
		// The model behind the same name now returns vectors of another
		// length: embed the paragraphs again, then search again.
		if rerr := g.rebuild(ctx, de.got); rerr != nil {
			err = fmt.Errorf("%w; embedding the paragraphs again failed: %w", err, rerr)
		} else if res, err = ix.search(ctx, query, opts); err == nil {
			return res, nil
		}
		if ctx.Err() != nil {
			return res, err
		}
	case errors.As(err, &bad):
		// This query's vector only: the embedder is not judged down.
	default:
		g.failed(err, true)
	}
	return ix.lexicalInstead(ctx, query, opts, err)
}

// lexicalInstead runs the search on the lexical side alone and says why in
// Result.Degraded.
func (ix *Index) lexicalInstead(ctx context.Context, query string, opts SearchOptions, why error) (Result, error) {
	opts.Mode = Lexical
	res, err := ix.search(ctx, query, opts)
	if err != nil {
		return res, err
	}
	res.Degraded = "dense search unavailable, ranked by keywords alone: " + why.Error()
	return res, nil
}

// DenseStatus describes the dense side of the index.
func (ix *Index) DenseStatus() DenseStatus { return ix.dv.status() }

// RestoreDense tries once to bring back a dense side that is not in use:
// it embeds the paragraphs again when they have no vectors, then tries the
// query embedder once (embedding the paragraphs again when its vectors
// changed length). It returns nil when the dense side is in use
// afterwards. Long-running callers call it with backoff while
// DenseStatus().Available is false.
func (ix *Index) RestoreDense(ctx context.Context) error {
	g := ix.dv
	if g.side.Load() != nil && !g.down.Load() {
		return nil
	}
	if g.side.Load() == nil {
		if err := g.rebuild(ctx, 0); err != nil {
			return err
		}
	}
	// The query embedder must work too, and agree on the length.
	vec, err := ix.embedQuery(ctx, g.probe)
	if err != nil {
		if ctx.Err() == nil {
			g.failed(err, true)
		}
		return err
	}
	side, err := g.current()
	if err != nil {
		return err
	}
	if len(vec) != side.dim {
		return g.rebuild(ctx, len(vec))
	}
	g.recovered()
	return nil
}

// DropOtherLengths forgets every cached vector unless the cache holds
// vectors of length dim: the model behind the same name now returns
// vectors of another length, so the next EmbedDocuments embeds every text
// again (and the file is rewritten then). It returns how many vectors it
// dropped.
func (c *CachedEmbedder) DropOtherLengths(dim int) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.dim == 0 || c.dim == dim {
		return 0
	}
	n := len(c.vecs)
	c.log.Warn("retrieval: embedding length changed; rebuilding the cache", "model", c.inner.Model(), "was", c.dim, "now", dim, "dropped", n)
	c.vecs, c.dim = map[string][]float32{}, 0
	return n
}

// vectorFaults maps the positions of unusable vectors in a batch to what is
// wrong with them.
type vectorFaults map[int]string

// badVectors finds the unusable vectors of a batch.
func badVectors(vecs [][]float32) vectorFaults {
	bad := vectorFaults{}
	for j, v := range vecs {
		if p := vectorProblem(v, 0); p != "" {
			bad[j] = p
		}
	}
	return bad
}

// err describes the faults of a batch of n vectors from model.
func (f vectorFaults) err(model string, n int) error {
	first := -1
	for j := range f {
		if first < 0 || j < first {
			first = j
		}
	}
	return fmt.Errorf("retrieval: embedder %q returned %s for text %d of %d (%d unusable in all); they were not cached",
		model, f[first], first+1, n, len(f))
}

// repair drops the cached vectors that cannot be used (of another length
// than the file records, all zero, NaN or infinite, or under a key that is
// not a content hash), with a warning, and rewrites the file without them:
// they are embedded again when next asked for, instead of failing every
// start. It runs while the cache is opened.
func (c *CachedEmbedder) repair() {
	dropped, why := 0, ""
	for h, v := range c.vecs {
		p := vectorProblem(v, c.dim)
		if p == "" && len(h) != 64 {
			p = "a key that is not a content hash"
		}
		if p != "" {
			delete(c.vecs, h)
			dropped++
			why = p
		}
	}
	if dropped == 0 {
		return
	}
	c.log.Warn("retrieval: dropped unusable vectors from the embedding cache; they will be embedded again",
		"file", c.path, "dropped", dropped, "kept", len(c.vecs), "example", why)
	if len(c.vecs) == 0 {
		c.dim = 0
	}
	if err := c.saveLocked(); err != nil {
		c.log.Warn("retrieval: could not rewrite the repaired embedding cache", "file", c.path, "error", err)
	}
}

// moveAside renames an unreadable cache file to <file>.corrupt (replacing
// an older one), so that it is warned about once and kept for a look, and
// the cache starts empty.
func (c *CachedEmbedder) moveAside(why string) {
	aside := c.path + ".corrupt"
	if err := os.Rename(c.path, aside); err != nil {
		c.log.Warn("retrieval: ignoring the embedding cache file; it will be rebuilt", "file", c.path, "reason", why, "move_error", err)
		return
	}
	c.log.Warn("retrieval: the embedding cache file is unreadable; moved it aside, it will be rebuilt", "file", c.path, "moved_to", aside, "reason", why)
}
