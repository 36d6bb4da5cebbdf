package answer_test

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"

	"casebot/answer"
	"casebot/corpus"
	"casebot/retrieval"
)

// TestFrameWording: the offline frames name "the article" for one article
// and "the sources" for several, and label quotes by the language they are
// really in (no "quoted in its original language" on English answers from
// English articles).
func TestFrameWording(t *testing.T) {
	def, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	two, err := corpus.LoadFS(fstest.MapFS{
		"board.md": {Data: []byte("---\ntitle: The board\nlanguage: en\n---\nThe board met on a Friday and voted to remove the chief executive, Sam Altman.\n\nThe board said he had not been candid with it.\n")},
		"staff.md": {Data: []byte("---\ntitle: The staff\nlanguage: en\n---\nHundreds of employees threatened to resign unless Sam Altman returned.\n\nSam Altman returned as chief executive days later.\n")},
	}, "")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		c       *corpus.Corpus
		summary bool
		q       string
		want    []string
		not     []string
	}{
		{"English question, Arabic article", def, false, "Who did Sutskever call?",
			[]string{"the article", "(quoted in Arabic)"}, []string{"original language", "sources"}},
		{"Arabic question, Arabic article", def, false, "من هي ميرا موراتي؟",
			[]string{"المقال"}, []string{"مقتبسة", "المصادر:"}},
		{"English question, English articles", two, false, "Why did the employees threaten to resign?",
			[]string{"the sources"}, []string{"quoted in", "article"}},
		{"unanswerable, English articles", two, false, "What is the capital of France?",
			[]string{"The sources do not answer this question: they never mention “france”"}, []string{"article"}},
		{"unanswerable, nothing foreign named", two, false, "What is the best way to learn to swim?",
			[]string{"The sources do not answer this question: nothing in them"}, []string{"article"}},
		{"summary, English articles", two, true, "",
			[]string{"Summary of the case as the sources tell it:"}, []string{"quoted in", "article"}},
		{"summary, Arabic article", def, true, "",
			[]string{"ملخص القضية كما يرويها المقال:"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ix, err := retrieval.Build(context.Background(), tt.c, retrieval.Options{})
			if err != nil {
				t.Fatal(err)
			}
			eng := answer.New(tt.c, ix, answer.Options{})
			var text string
			if tt.summary {
				s, err := eng.Summarize(context.Background(), tt.q, "")
				if err != nil {
					t.Fatal(err)
				}
				text = s.Summary
			} else {
				a, err := eng.Ask(context.Background(), answer.Request{Question: tt.q})
				if err != nil {
					t.Fatal(err)
				}
				text = a.Answer
			}
			head, _, _ := strings.Cut(text, "\n")
			for _, w := range tt.want {
				if !strings.Contains(head, w) {
					t.Errorf("frame %q lacks %q", head, w)
				}
			}
			for _, w := range tt.not {
				if strings.Contains(head, w) {
					t.Errorf("frame %q says %q", head, w)
				}
			}
		})
	}
}
