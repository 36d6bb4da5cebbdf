package retrieval

import (
	"context"
	"errors"
	"math"
	"slices"
	"testing"
)

func cosine(a, b []float32) float64 {
	var dot, na, nb float64
	for i := range a {
		dot += float64(a[i]) * float64(b[i])
		na += float64(a[i]) * float64(a[i])
		nb += float64(b[i]) * float64(b[i])
	}
	return dot / math.Sqrt(na*nb)
}

func vecLen(v []float32) float64 {
	var s float64
	for _, x := range v {
		s += float64(x) * float64(x)
	}
	return math.Sqrt(s)
}

var embedTexts = []string{
	"في 16 نوفمبر، اجتمع أعضاء المجلس في لقاء افتراضي سري وقرروا التصويت لإقالة ألتمان.",
	"كشفت موراتي أن ألتمان كان يحاول تقييدها إداريًا.",
	"هدد مئات الموظفين بالاستقالة إذا لم يعد ألتمان إلى منصبه.",
	"The board of OpenAI fired Sam Altman in November 2023.",
}

func TestHashEmbedderVectors(t *testing.T) {
	e := NewHashEmbedder(embedTexts, 64)
	if e.Model() != "hashgram-v2-d64" {
		t.Errorf("Model = %q", e.Model())
	}
	ctx := context.Background()
	inputs := append(slices.Clone(embedTexts), "", " ", "؟!،...", "\u064e\u0640", "في من على", "the of and", "كلمة لم ترد قط", "🙂")
	docs, err := e.EmbedDocuments(ctx, inputs)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != len(inputs) {
		t.Fatalf("%d vectors for %d texts", len(docs), len(inputs))
	}
	for i, in := range inputs {
		v := docs[i]
		if len(v) != 64 {
			t.Errorf("%q: length %d", in, len(v))
		}
		if l := vecLen(v); math.Abs(l-1) > 1e-5 {
			t.Errorf("%q: norm %v, want 1", in, l)
		}
		for _, x := range v {
			if math.IsNaN(float64(x)) || math.IsInf(float64(x), 0) {
				t.Fatalf("%q: non-finite component", in)
			}
		}
		q, err := e.EmbedQuery(ctx, in)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(q, v) {
			t.Errorf("%q: query and document vectors differ", in)
		}
		again, _ := NewHashEmbedder(embedTexts, 64).EmbedQuery(ctx, in)
		if !slices.Equal(again, v) {
			t.Errorf("%q: not deterministic across embedders fitted on the same texts", in)
		}
	}
}

func TestHashEmbedderSimilarity(t *testing.T) {
	e := NewHashEmbedder(embedTexts, DefaultHashDim)
	ctx := context.Background()
	embed := func(s string) []float32 {
		v, err := e.EmbedQuery(ctx, s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	tests := []struct {
		query, near, far string
	}{
		// Affixes the light stemmer leaves on still share n-grams.
		{"اجتماع المجلس والتصويت على الإقالة", embedTexts[0], embedTexts[2]},
		{"استقالة الموظفين", embedTexts[2], embedTexts[1]},
		{"Altman fired by the board", embedTexts[3], embedTexts[1]},
		{"موراتي", embedTexts[1], embedTexts[0]},
	}
	for _, tc := range tests {
		q := embed(tc.query)
		near, far := cosine(q, embed(tc.near)), cosine(q, embed(tc.far))
		if near <= far {
			t.Errorf("%q: similarity to the related text %.3f <= to the unrelated one %.3f", tc.query, near, far)
		}
	}
	if s := cosine(embed(embedTexts[1]), embed(embedTexts[1])); math.Abs(s-1) > 1e-5 {
		t.Errorf("self-similarity %v", s)
	}
}

func TestHashEmbedderDefaults(t *testing.T) {
	for _, dim := range []int{0, -3} {
		e := NewHashEmbedder(nil, dim)
		v, err := e.EmbedQuery(context.Background(), "سام ألتمان")
		if err != nil || len(v) != DefaultHashDim {
			t.Errorf("dim %d: len %d, err %v", dim, len(v), err)
		}
	}
}

func TestHashEmbedderCancelled(t *testing.T) {
	e := NewHashEmbedder(embedTexts, 32)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := e.EmbedDocuments(ctx, embedTexts); !errors.Is(err, context.Canceled) {
		t.Errorf("EmbedDocuments: %v, want context.Canceled", err)
	}
	if _, err := e.EmbedQuery(ctx, "x"); !errors.Is(err, context.Canceled) {
		t.Errorf("EmbedQuery: %v, want context.Canceled", err)
	}
}
