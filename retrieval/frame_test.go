package retrieval

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"casebot/corpus"
)

// defaultIndex builds the index of the embedded article.
func defaultIndex(t testing.TB) *Index {
	t.Helper()
	c, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	ix, err := Build(context.Background(), c, Options{})
	if err != nil {
		t.Fatalf("Build: %v", err)
	}
	return ix
}

// TestTimeWordsAreFrameWords checks that the words saying when a question
// asks about ("now", "right now", «الآن»، «هلأ») cost nothing in the
// answerability decision on either path: a paragraph need not say them.
// The same question with an unknown content word in their place must score
// lower, so the check can fail.
func TestTimeWordsAreFrameWords(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		name            string
		ix              *Index
		framed, unknown string
	}{
		{"multilingual", multiIndex(t), "Who's running OpenAI as CEO right now?", "Who's running OpenAI as CEO zebra giraffe?"},
		{"arabic", defaultIndex(t), "من هو المدير التنفيذي لشركة OpenAI الآن؟", "من هو المدير التنفيذي لشركة OpenAI البطريق؟"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := tc.ix.Search(ctx, tc.framed, SearchOptions{K: 5})
			if err != nil {
				t.Fatal(err)
			}
			b, err := tc.ix.Search(ctx, tc.unknown, SearchOptions{K: 5})
			if err != nil {
				t.Fatal(err)
			}
			if !a.Answerable {
				t.Errorf("%q abstained (confidence %.2f): a time word counted as missing content", tc.framed, a.Confidence)
			}
			if b.Confidence >= a.Confidence {
				t.Errorf("unknown words cost nothing: %q %.2f >= %q %.2f", tc.unknown, b.Confidence, tc.framed, a.Confidence)
			}
		})
	}
}

// indexOfFiles writes files (name → text) into dir and indexes them as a
// corpus.
func indexOfFiles(t testing.TB, dir string, files map[string]string) *Index {
	t.Helper()
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	c, err := corpus.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	ix, err := Build(context.Background(), c, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return ix
}

// indexOfArticle indexes a corpus of the one article a.
func indexOfArticle(t testing.TB, a corpus.Article) *Index {
	t.Helper()
	c, err := corpus.New([]corpus.Article{a}, nil)
	if err != nil {
		t.Fatal(err)
	}
	ix, err := Build(context.Background(), c, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return ix
}
