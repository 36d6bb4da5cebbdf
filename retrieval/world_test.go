package retrieval

import (
	"context"
	"testing"
	"testing/fstest"

	"casebot/corpus"
)

// worldTestIndex indexes a two-paragraph Arabic corpus that speaks of
// Microsoft (in Arabic script, with a prefix) and of its shares.
func worldTestIndex(t *testing.T) *Index {
	t.Helper()
	src := "عنوان تجريبي\n" +
		"أعلنت الشركة أن المدير سينضم إلى مايكروسوفت لقيادة فريق بحث جديد.\n\n" +
		"وارتفعت أسهم الشركة إلى مستوى قياسي في ذلك اليوم بعد الإعلان.\n"
	c, err := corpus.LoadFS(fstest.MapFS{"world-test.txt": {Data: []byte(src)}}, "")
	if err != nil {
		t.Fatal(err)
	}
	ix, err := Build(context.Background(), c, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return ix
}

// TestForeignWorld: a world-list thing is foreign to the case unless the
// corpus mentions it (in another spelling or script, or with a prefix),
// it is a verb ("don't match"), or it is joined to a thing the corpus
// mentions ("share price"). Things of everyday questions the corpus never
// mentions stay foreign, alone or joined to one another.
func TestForeignWorld(t *testing.T) {
	ix := worldTestIndex(t)
	tests := []struct {
		q       string
		foreign bool
	}{
		// The corpus writes مايكروسوفت: the Latin spelling is the same thing.
		{"Why did the director join Microsoft?", false},
		{"ليش راح المدير لميكروسوفت؟", false},
		// Google is in the world list and nowhere in the corpus.
		{"Why did the director join Google?", true},
		// "match" is a verb here, a football match there.
		{"The two accounts of the director don't match, which is right?", false},
		{"Who won the football match yesterday?", true},
		// The price of the shares the corpus speaks of; not of bitcoin.
		{"What happened to the share price after the director left?", false},
		{"شو صار بسعر السهم بعد الإعلان؟", false},
		{"What is the bitcoin price today?", true},
		{"What was the gold price that day?", true},
	}
	for _, tc := range tests {
		res, err := ix.Search(context.Background(), tc.q, SearchOptions{K: 2})
		if err != nil {
			t.Fatal(err)
		}
		if got := len(res.Foreign) > 0; got != tc.foreign {
			t.Errorf("%q: foreign %q, want some: %v", tc.q, res.Foreign, tc.foreign)
		}
	}
}
