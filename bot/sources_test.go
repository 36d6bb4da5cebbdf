package bot_test

import (
	"strings"
	"testing"

	"casebot/answer"
	"casebot/bot/discordtest"
)

// listingBackend is a fake backend that can list its articles.
type listingBackend struct {
	*fakeBackend
	list []answer.SourceInfo
}

func (l listingBackend) Sources() []answer.SourceInfo { return l.list }

// TestSourcesCommand: /sources lists every article with its date,
// language and paragraph count, says "undated" for an article without a
// date, and a backend that cannot list its sources gets a notice.
func TestSourcesCommand(t *testing.T) {
	t.Parallel()
	be := listingBackend{fakeBackend: newFake(), list: []answer.SourceInfo{
		{ID: "ar-board", Title: "OpenAI تقيل سام ألتمان", Date: "2023-11-18", Dated: true, Language: "ar", Paragraphs: 8, Source: "https://example.org/a"},
		{ID: "en-wire", Title: "Altman back at the helm", Date: "2023-11-24", Dated: true, Language: "en", Paragraphs: 12},
		{ID: "book", Title: "كواليس صادمة", Language: "ar", Paragraphs: 11},
	}}
	h := start(t, testConfig(), be, nil, discordtest.Options{})
	cb := h.responded(h.srv.SlashCommand(discordtest.Command{Name: "sources"}))
	if cb.Data == nil || len(cb.Data.Embeds) != 1 {
		t.Fatalf("/sources: %+v", cb.Data)
	}
	e := cb.Data.Embeds[0]
	if len(e.Fields) != 3 {
		t.Fatalf("/sources lists %d articles, want 3: %+v", len(e.Fields), e.Fields)
	}
	for i, want := range []string{"18 نوفمبر 2023 · ar · 8 ¶", "24 نوفمبر 2023 · en · 12 ¶", "غير مؤرَّخ · ar · 11 ¶"} {
		if !strings.Contains(e.Fields[i].Value, want) {
			t.Errorf("article %d: %q, want it to contain %q", i, e.Fields[i].Value, want)
		}
	}
	if !strings.Contains(e.Fields[0].Value, "https://example.org/a") || e.Fields[1].Name != "Altman back at the helm" {
		t.Errorf("source or title missing: %+v", e.Fields)
	}

	plain := start(t, testConfig(), newFake(), nil, discordtest.Options{})
	cb = plain.responded(plain.srv.SlashCommand(discordtest.Command{Name: "sources"}))
	if cb.Data == nil || len(cb.Data.Embeds) != 0 || !strings.Contains(cb.Data.Content, "cannot list") {
		t.Fatalf("/sources on a backend without a list: %+v", cb.Data)
	}
}
