package answer_test

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"casebot/answer"
	"casebot/corpus"
	"casebot/llm"
	"casebot/llm/llmtest"
	"casebot/retrieval"
)

// TestWholeCaseSummaryCoversEveryArticle: a whole-case model summary of a
// corpus larger than the context budget reads every article's first
// paragraphs, not the first 6000 characters of the first articles, and says
// what it drew on; a corpus that fits is summarised without a notice.
func TestWholeCaseSummaryCoversEveryArticle(t *testing.T) {
	filler := strings.Repeat(" The board and the staff argued about it for days.", 11) // ~560 characters
	fsys := fstest.MapFS{}
	for _, id := range []string{"a", "b", "c"} {
		var b strings.Builder
		fmt.Fprintf(&b, "---\ntitle: Story %s\nlanguage: en\n---\n", id)
		for n := 1; n <= 6; n++ {
			fmt.Fprintf(&b, "Story %s paragraph %d: the board voted.%s\n\n", id, n, filler)
		}
		fsys[id+".md"] = &fstest.MapFile{Data: []byte(b.String())}
	}
	big, err := corpus.LoadFS(fsys, "")
	if err != nil {
		t.Fatal(err)
	}
	small, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		c      *corpus.Corpus
		prompt []string // in the prompt
		notice string   // in the summary's notice; "" means no notice
	}{
		{"three articles over the budget", big,
			[]string{"Story a paragraph 1:", "Story b paragraph 1:", "Story c paragraph 1:", "Story c paragraph 3:"},
			"draws on 10 of the 18 paragraphs, from 3 of the 3 articles"},
		{"one article within the budget", small, []string{`id="11">`}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := llmtest.NewServer(t)
			reply := "- The board voted [1]\n- The staff argued [2]"
			if tt.c.Language() == "ar" {
				reply = "- صوّت أربعة من أصل ستة أعضاء لإقالة ألتمان [7]\n- هدّد مئات الموظفين بالاستقالة [8]"
			}
			srv.Enqueue(llmtest.Text(reply))
			client, err := llm.New(llm.Config{BaseURL: srv.URL(), ChatModel: "m", Timeout: 5 * time.Second}, llm.WithLogger(slog.New(slog.DiscardHandler)))
			if err != nil {
				t.Fatal(err)
			}
			ix, err := retrieval.Build(context.Background(), tt.c, retrieval.Options{})
			if err != nil {
				t.Fatal(err)
			}
			eng := answer.New(tt.c, ix, answer.Options{Model: llm.Adapter[answer.Message]{Client: client}, ContextRunes: 6000})
			s, err := eng.Summarize(context.Background(), "", "")
			if err != nil {
				t.Fatal(err)
			}
			if s.Mode != answer.ModeLLM {
				t.Fatalf("summary fell back: %+v", s)
			}
			user := srv.Chats()[0].LastUser()
			for _, w := range tt.prompt {
				if !strings.Contains(user, w) {
					t.Errorf("the prompt lacks %q", w)
				}
			}
			if tt.notice == "" && s.Notice != "" || !strings.Contains(s.Notice, tt.notice) {
				t.Errorf("notice %q, want %q", s.Notice, tt.notice)
			}
		})
	}
}
