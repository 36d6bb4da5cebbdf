package retrieval

import (
	"context"
	"strings"
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
	if a.Language != "en" || a.Standard == "" || len(a.Terms) == 0 || len(a.Mappings) == 0 {
		t.Errorf("English question: %+v", a)
	}
	a = ix.Explain("لماذا أقيل التمان؟")
	if a.Standard == "" {
		t.Errorf("hamza-less name not respelled: %+v", a)
	}
	a = ix.Explain("ليش طردوا ألتمان؟")
	if a.Dialect == 0 || !strings.Contains(a.ReadAs, "لماذا") {
		t.Errorf("colloquial question: %+v", a)
	}
	a = ix.Explain("ما سبب عزل ألتمان؟")
	if len(a.Expansions) == 0 {
		t.Errorf("no thesaurus expansion for عزل: %+v", a)
	}
	a = ix.Explain("Why did Apple fire Steve Jobs?")
	if len(a.Foreign) == 0 {
		t.Errorf("names the corpus never mentions are not reported: %+v", a)
	}
	// Explain reads the query as Search does: the same terms.
	for _, q := range []string{"Why was Altman fired?", "ليش طردوا ألتمان؟", "من هي ميرا موراتي؟"} {
		if got, want := strings.Join(ix.Explain(q).Terms, " "), strings.Join(Tokens(ix.analyse(q)), " "); got != want {
			t.Errorf("%q: Explain terms %q, Search terms %q", q, got, want)
		}
	}
}
