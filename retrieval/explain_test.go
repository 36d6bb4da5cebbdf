package retrieval

import (
	"context"
	"slices"
	"testing"

	"casebot/corpus"
)

func TestExplain(t *testing.T) {
	c, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	ix, err := Build(context.Background(), c, Options{})
	if err != nil {
		t.Fatal(err)
	}
	a := ix.Explain("Why was Altman fired?")
	if a.Language != "en" || a.Translated == "" || len(a.Terms) == 0 {
		t.Errorf("English question: %+v", a)
	}
	a = ix.Explain("لماذا أقيل التمان؟")
	if a.Respelled == "" || a.Translated != "" {
		t.Errorf("hamza-less name not respelled: %+v", a)
	}
	a = ix.Explain("ما سبب عزل ألتمان؟")
	if len(a.Expansions) == 0 {
		t.Errorf("no thesaurus expansion for عزل: %+v", a)
	}
	a = ix.Explain("ألتمان زرافة")
	if !slices.ContainsFunc(a.Unknown, func(s string) bool { return s != "" }) {
		t.Errorf("a word the corpus never uses is not reported unknown: %+v", a)
	}
}
