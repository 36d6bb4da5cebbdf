package answer

import (
	"context"
	"strings"
	"testing"

	"casebot/corpus"
	"casebot/retrieval"
)

// oneParagraph is a Searcher that finds one paragraph for every query.
type oneParagraph struct{ p corpus.Paragraph }

func (s oneParagraph) Search(_ context.Context, q string, _ retrieval.SearchOptions) (retrieval.Result, error) {
	return retrieval.Result{Query: q, Hits: []retrieval.Hit{{Paragraph: s.p, Score: 1}}, Answerable: true, Confidence: 0.9}, nil
}

// TestExtractiveQuoteIsVerbatim holds the offline answer's quotes to the
// article's own words: sentences of one paragraph that are not next to each
// other are joined by an ellipsis, never stitched into one sentence the
// article does not contain, and every quote is verified.
func TestExtractiveQuoteIsVerbatim(t *testing.T) {
	const q = "ميرا موراتي مديرة التكنولوجيا"
	tests := []struct {
		name, text, quote string
	}{
		{"sentences apart",
			"ميرا موراتي مديرة التكنولوجيا. كان الطقس حارا في ذلك اليوم. ميرا موراتي مديرة التكنولوجيا بالشركة.",
			"ميرا موراتي مديرة التكنولوجيا. … ميرا موراتي مديرة التكنولوجيا بالشركة."},
		{"sentences next to each other, two spaces apart",
			"ميرا موراتي مديرة التكنولوجيا.  ميرا موراتي مديرة التكنولوجيا بالشركة.",
			"ميرا موراتي مديرة التكنولوجيا.  ميرا موراتي مديرة التكنولوجيا بالشركة."},
		{"one sentence",
			"كان الطقس حارا. ميرا موراتي مديرة التكنولوجيا.",
			"ميرا موراتي مديرة التكنولوجيا."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := corpus.Paragraph{ArticleID: "a", Ref: "a#1", N: 1, Text: tt.text, Language: "ar"}
			e := New(mustCorpus(t), oneParagraph{p}, Options{})
			a, err := e.Ask(context.Background(), Request{Question: q})
			if err != nil {
				t.Fatal(err)
			}
			if len(a.Citations) != 1 {
				t.Fatalf("%d citations: %+v", len(a.Citations), a.Citations)
			}
			c := a.Citations[0]
			if c.Quote != tt.quote || !c.Verified {
				t.Errorf("quote %q (verified %v), want %q verified", c.Quote, c.Verified, tt.quote)
			}
			if !strings.Contains(a.Answer, "«"+tt.quote+"» [1]") {
				t.Errorf("answer %q does not quote %q", a.Answer, tt.quote)
			}
		})
	}
}
