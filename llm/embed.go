package llm

import (
	"context"
	"errors"
	"fmt"
	"strings"
)

// Embedder embeds texts through the API's /embeddings endpoint, in batches
// of Config.EmbedBatchSize. It implements retrieval.Embedder; wrap it in
// retrieval.NewCachedEmbedder so that a restart embeds nothing again.
type Embedder struct {
	c     *Client
	model string
}

// Embedder returns the client's embedder. It fails when Config.EmbedModel
// is empty.
func (c *Client) Embedder() (*Embedder, error) {
	if c.cfg.EmbedModel == "" {
		return nil, &Error{Op: "embed", Kind: KindConfig, Err: errors.New("no embedding model configured (set CASEBOT_EMBED_MODEL)")}
	}
	name := "api:" + c.cfg.EmbedModel + "@" + baseHost(c.cfg.BaseURL)
	if c.cfg.EmbedDimensions > 0 {
		name += fmt.Sprintf(":dim=%d", c.cfg.EmbedDimensions)
	}
	return &Embedder{c: c, model: name}, nil
}

// Model names the embedding model and the server it runs on, e.g.
// "api:text-embedding-3-small@api.openai.com/v1"; it keys on-disk caches.
func (e *Embedder) Model() string { return e.model }

// EmbedDocuments returns one vector per text, in order, sending at most
// Config.EmbedBatchSize texts per request.
func (e *Embedder) EmbedDocuments(ctx context.Context, texts []string) ([][]float32, error) {
	out := make([][]float32, 0, len(texts))
	batch := e.c.cfg.EmbedBatchSize
	for start := 0; start < len(texts); start += batch {
		end := min(start+batch, len(texts))
		in := make([]string, end-start)
		for i, t := range texts[start:end] {
			// The API rejects empty inputs and advises against newlines.
			t = strings.Join(strings.Fields(t), " ")
			if t == "" {
				t = " "
			}
			in[i] = t
		}
		vecs, err := e.c.embed(ctx, in)
		if err != nil {
			return nil, fmt.Errorf("llm: embedding texts %d-%d of %d: %w", start+1, end, len(texts), err)
		}
		if len(out) > 0 && len(vecs[0]) != len(out[0]) {
			return nil, &Error{Op: "embed", Kind: KindBadResponse, Err: fmt.Errorf("vector length changed between batches (%d, then %d)", len(out[0]), len(vecs[0]))}
		}
		out = append(out, vecs...)
	}
	return out, nil
}

// EmbedQuery returns the vector of one search query.
func (e *Embedder) EmbedQuery(ctx context.Context, text string) ([]float32, error) {
	vecs, err := e.EmbedDocuments(ctx, []string{text})
	if err != nil {
		return nil, err
	}
	return vecs[0], nil
}
