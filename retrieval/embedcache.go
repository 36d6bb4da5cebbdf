package retrieval

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/gob"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
)

// embedCacheFormat versions the cache file layout; a file of another
// version is ignored and rewritten.
const embedCacheFormat = 1

// CachedEmbedder wraps an Embedder with an on-disk cache of document
// vectors keyed by (model, content hash): a restart embeds nothing again,
// and a corpus where one paragraph changed embeds that paragraph alone, in
// one request. Each model has its own file, so changing the model starts a
// fresh cache; vectors whose length differs from what the model now returns
// are dropped and re-embedded. Vectors are checked before they are cached:
// one that is empty, all zero, NaN or infinite is never written, and one
// found in the file is dropped (the file repaired) with a warning; an
// unreadable file is moved aside with a warning and rebuilt.
// Queries are not cached. After a build, Prune drops the vectors of
// paragraphs that are gone, so the file holds the current corpus and no
// more. The file is always replaced atomically. It is safe for concurrent use.
type CachedEmbedder struct {
	inner Embedder
	path  string
	log   *slog.Logger

	mu   sync.Mutex
	vecs map[string][]float32 // content hash -> vector
	dim  int                  // length of the cached vectors, 0 when empty
	used map[string]bool      // content hashes asked for since the cache was opened
}

// embedCacheFile is what is stored on disk.
type embedCacheFile struct {
	Format  int
	Model   string
	Dim     int
	Vectors map[string][]float32
}

// NewCachedEmbedder returns inner with its document vectors cached in dir
// (created if missing). logger receives warnings about unusable cache files;
// nil means slog.Default(). It fails only when dir cannot be created.
func NewCachedEmbedder(inner Embedder, dir string, logger *slog.Logger) (*CachedEmbedder, error) {
	if inner == nil {
		return nil, errors.New("retrieval: embedding cache: no embedder to wrap")
	}
	if dir == "" {
		return nil, errors.New("retrieval: embedding cache: no directory given")
	}
	if logger == nil {
		logger = slog.Default()
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("retrieval: embedding cache: %w", err)
	}
	sum := sha256.Sum256([]byte(inner.Model()))
	c := &CachedEmbedder{
		inner: inner,
		path:  filepath.Join(dir, "vectors-"+hex.EncodeToString(sum[:8])+".gob"),
		log:   logger,
		vecs:  map[string][]float32{},
		used:  map[string]bool{},
	}
	c.load()
	return c, nil
}

// load reads the cache file, keeping an empty cache when it is missing or
// unusable.
func (c *CachedEmbedder) load() {
	data, err := os.ReadFile(c.path)
	if errors.Is(err, fs.ErrNotExist) {
		return
	}
	warn := func(why string) {
		c.log.Warn("retrieval: ignoring the embedding cache file; it will be rebuilt", "file", c.path, "reason", why)
	}
	if err != nil {
		warn(err.Error())
		return
	}
	var f embedCacheFile
	if err := gob.NewDecoder(bytes.NewReader(data)).Decode(&f); err != nil {
		c.moveAside("unreadable: " + err.Error())
		return
	}
	switch {
	case f.Format != embedCacheFormat:
		warn(fmt.Sprintf("format %d, expected %d", f.Format, embedCacheFormat))
		return
	case f.Model != c.inner.Model():
		warn(fmt.Sprintf("written for model %q", f.Model))
		return
	case f.Dim <= 0:
		warn("no vector length recorded")
		return
	}
	if f.Vectors == nil {
		f.Vectors = map[string][]float32{}
	}
	c.vecs, c.dim = f.Vectors, f.Dim
	c.repair()
}

// Model returns the wrapped embedder's model name.
func (c *CachedEmbedder) Model() string { return c.inner.Model() }

// Len returns how many vectors the cache holds.
func (c *CachedEmbedder) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.vecs)
}

// EmbedDocuments returns one vector per text, embedding only the texts the
// cache does not hold (all of them in a single call to the wrapped
// embedder), then saving the cache.
func (c *CachedEmbedder) EmbedDocuments(ctx context.Context, texts []string) ([][]float32, error) {
	return c.embedDocuments(ctx, texts, 0)
}

func (c *CachedEmbedder) embedDocuments(ctx context.Context, texts []string, depth int) ([][]float32, error) {
	keys := make([]string, len(texts))
	for i, t := range texts {
		sum := sha256.Sum256([]byte(t))
		keys[i] = hex.EncodeToString(sum[:])
	}
	out := make([][]float32, len(texts))

	c.mu.Lock()
	var missing []int
	seen := map[string]bool{}
	for _, k := range keys {
		c.used[k] = true
	}
	for i, k := range keys {
		if v, ok := c.vecs[k]; ok {
			out[i] = v
		} else if !seen[k] {
			seen[k] = true
			missing = append(missing, i)
		}
	}
	c.mu.Unlock()
	if len(missing) == 0 {
		return out, nil
	}

	batch := make([]string, len(missing))
	for j, i := range missing {
		batch[j] = texts[i]
	}
	vecs, err := c.inner.EmbedDocuments(ctx, batch)
	if err != nil {
		return nil, err
	}
	if len(vecs) != len(batch) {
		return nil, fmt.Errorf("retrieval: embedder %q returned %d vectors for %d texts", c.inner.Model(), len(vecs), len(batch))
	}
	dim := len(vecs[0])
	for _, v := range vecs {
		if len(v) == 0 || len(v) != dim {
			return nil, fmt.Errorf("retrieval: embedder %q returned vectors of different lengths", c.inner.Model())
		}
	}
	// Unusable vectors (all zero, NaN, infinite) are never cached: a later
	// start asks for them again instead of failing on them.
	bad := badVectors(vecs)

	c.mu.Lock()
	if len(bad) == len(vecs) {
		c.mu.Unlock()
		return nil, bad.err(c.inner.Model(), len(vecs))
	}
	if c.dim != 0 && c.dim != dim {
		// The model's vectors changed shape under the same name: everything
		// cached is stale. Keep only the vectors just made.
		c.log.Warn("retrieval: embedding length changed; rebuilding the cache", "model", c.inner.Model(), "was", c.dim, "now", dim)
		c.vecs = map[string][]float32{}
	}
	c.dim = dim
	for j, i := range missing {
		if _, ok := bad[j]; !ok {
			c.vecs[keys[i]] = vecs[j]
		}
	}
	stale := false
	for i, k := range keys {
		v, ok := c.vecs[k]
		stale = stale || !ok
		out[i] = v
	}
	err = c.saveLocked()
	c.mu.Unlock()
	if err != nil {
		// The vectors are good; only the next restart will pay again.
		c.log.Warn("retrieval: could not save the embedding cache", "file", c.path, "error", err)
	}
	if len(bad) > 0 {
		return nil, bad.err(c.inner.Model(), len(vecs))
	}
	if stale {
		if depth > 0 {
			return nil, fmt.Errorf("retrieval: embedder %q keeps changing its vector length", c.inner.Model())
		}
		// Texts that were served from the dropped vectors are embedded again.
		return c.embedDocuments(ctx, texts, depth+1)
	}
	return out, nil
}

// Prune drops every vector that no EmbedDocuments call asked for since the
// cache was opened, and saves the file when it dropped any: call it after
// building the index, so that the file holds the current corpus and stops
// growing with every edit. It returns how many vectors it dropped; a cache
// that was not used at all is left alone.
func (c *CachedEmbedder) Prune() (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.used) == 0 {
		return 0, nil
	}
	dropped := 0
	for k := range c.vecs {
		if !c.used[k] {
			delete(c.vecs, k)
			dropped++
		}
	}
	if dropped == 0 {
		return 0, nil
	}
	if err := c.saveLocked(); err != nil {
		return dropped, fmt.Errorf("retrieval: embedding cache: saving %s: %w", c.path, err)
	}
	return dropped, nil
}

// EmbedQuery embeds a query through the wrapped embedder (not cached).
func (c *CachedEmbedder) EmbedQuery(ctx context.Context, text string) ([]float32, error) {
	return c.inner.EmbedQuery(ctx, text)
}

// saveLocked writes the cache atomically: a temporary file in the same
// folder, synced to disk, then renamed over the old one, so that a crash or
// a full disk leaves the old file or the new one, never half of one.
// c.mu must be held.
func (c *CachedEmbedder) saveLocked() error {
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(embedCacheFile{Format: embedCacheFormat, Model: c.inner.Model(), Dim: c.dim, Vectors: c.vecs}); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(c.path), ".vectors-*.tmp")
	if err != nil {
		return err
	}
	if _, err := tmp.Write(buf.Bytes()); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return err
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	if err := os.Rename(tmp.Name(), c.path); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	return nil
}
