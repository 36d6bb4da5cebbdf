package cli

import (
	"context"
	"fmt"
	"log/slog"
	"path/filepath"

	"casebot/answer"
	"casebot/config"
	"casebot/corpus"
	"casebot/llm"
	"casebot/retrieval"
)

// runner carries one command's configuration and outputs.
type runner struct {
	cfg  config.Config
	opts cmdOpts
	env  Env
	log  *slog.Logger
}

// loadCorpus reads the configured folder, or the embedded default corpus.
func (r *runner) loadCorpus() (*corpus.Corpus, error) {
	var (
		c   *corpus.Corpus
		err error
	)
	if r.cfg.CorpusDir == "" {
		c, err = corpus.Default()
	} else {
		c, err = corpus.Load(r.cfg.CorpusDir)
	}
	if err != nil {
		return nil, err
	}
	for _, w := range c.Warnings {
		r.log.Warn("corpus: " + w)
	}
	return c, nil
}

// stack is everything a question needs: corpus, index and answerer.
type stack struct {
	corpus *corpus.Corpus
	index  *retrieval.Index
	engine *answer.Engine
	client *llm.Client // nil when no model API is configured
}

// build loads the corpus, indexes it and returns an answerer, using the
// model API for embeddings and answers where the configuration asks for it.
func (r *runner) build(ctx context.Context) (*stack, error) {
	c, err := r.loadCorpus()
	if err != nil {
		return nil, err
	}
	return r.buildOn(ctx, c)
}

func (r *runner) buildOn(ctx context.Context, c *corpus.Corpus) (*stack, error) {
	st := &stack{corpus: c}
	var (
		emb   retrieval.Embedder
		model answer.ChatModel
		cache *retrieval.CachedEmbedder
	)
	if r.cfg.ModelEnabled() || r.cfg.LLM.EmbedModel != "" {
		client, err := llm.New(r.cfg.LLM, llm.WithLogger(r.log))
		if err != nil {
			return nil, fmt.Errorf("model API: %w", err)
		}
		st.client = client
		if r.cfg.ModelEnabled() {
			model = usageReporting{llm.Adapter[answer.Message]{Client: client}}
		}
		if r.cfg.LLM.EmbedModel != "" {
			e, err := client.Embedder()
			if err != nil {
				return nil, fmt.Errorf("model API: %w", err)
			}
			emb = e
			if r.cfg.CacheDir != "" {
				ce, err := retrieval.NewCachedEmbedder(e, filepath.Join(r.cfg.CacheDir, "embeddings"), r.log)
				if err != nil {
					return nil, fmt.Errorf("embedding cache: %w", err)
				}
				emb, cache = ce, ce
			}
		}
	}
	var fusion retrieval.Fusion
	switch r.opts.fusion {
	case "", "weighted":
		fusion = retrieval.FusionWeighted
	case "rrf":
		fusion = retrieval.FusionRRF
	default:
		return nil, usagef("--fusion %s: use weighted or rrf", quoteArg(r.opts.fusion))
	}
	ix, err := retrieval.Build(ctx, c, retrieval.Options{Embedder: emb, Fusion: fusion})
	if err != nil {
		return nil, err
	}
	st.index = ix
	if ds := ix.DenseStatus(); !ds.Available {
		r.log.Warn("dense search unavailable; answering with keyword search alone", "embedder", ds.Embedder, "reason", ds.Reason)
	}
	if cache != nil {
		// The file keeps the current corpus's vectors only.
		if dropped, err := cache.Prune(); err != nil {
			r.log.Warn("embedding cache: could not prune", "error", err)
		} else if dropped > 0 {
			r.log.Info("embedding cache: dropped the vectors of paragraphs no longer in the corpus", "dropped", dropped)
		}
	}
	st.engine = answer.New(c, ix, answer.Options{
		Model:             model,
		EmbedderName:      ix.Embedder().Model(),
		TopK:              r.cfg.TopK,
		ContextParagraphs: r.cfg.ContextParagraphs,
		ContextRunes:      r.cfg.LLM.ContextRunes,
		Logger:            r.log,
	})
	return st, nil
}
