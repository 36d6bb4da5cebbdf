package feedback

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"casebot/answer"
	"casebot/corpus"
	"casebot/evaluate"
)

func sample(id, q string, abstained bool, refs ...string) Record {
	a := answer.Answer{Question: q, Answer: "«…» [1]", Mode: answer.ModeExtractive, Language: "ar", Abstained: abstained,
		Trace: &answer.Trace{Question: q, Decision: "answered", Candidates: []answer.TraceCandidate{{Rank: 1, Ref: "x#1", Fused: 1}}}}
	for i, r := range refs {
		a.Citations = append(a.Citations, answer.Citation{N: i + 1, Ref: r, Quote: "…", Verified: true})
	}
	return Record{ID: id, Source: "slash", CorpusVersion: "v1", Answer: a, Time: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)}
}

func TestStoreVotesAndList(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s, err := Open(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.SaveAnswer(ctx, sample("a1", "من هي ميرا موراتي؟", false, "openai-altman-ouster-2023#4")); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveAnswer(ctx, sample("a2", "لماذا أقيل ألتمان؟", false, "openai-altman-ouster-2023#7")); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveAnswer(ctx, sample("a3", "ما عاصمة فرنسا؟", true)); err != nil {
		t.Fatal(err)
	}
	t0 := time.Date(2026, 1, 2, 10, 0, 0, 0, time.UTC)
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	u1, u2 := HashVoter("111"), HashVoter("222")
	must(s.Vote(ctx, "a1", u1, Up, t0))
	must(s.Vote(ctx, "a2", u1, Up, t0.Add(time.Minute)))
	must(s.Vote(ctx, "a2", u1, Down, t0.Add(2*time.Minute))) // changed their mind: one vote
	must(s.Vote(ctx, "a2", u2, Down, t0.Add(3*time.Minute)))
	must(s.Vote(ctx, "a3", u2, Up, t0.Add(4*time.Minute)))
	must(s.Vote(ctx, "gone", u2, Down, t0.Add(5*time.Minute))) // its answer was never stored
	if err := s.Vote(ctx, "a1", u1, "sideways", t0); err == nil {
		t.Error("a vote that is neither up nor down was stored")
	}

	all, err := s.List(ctx, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 4 || all[0].ID != "gone" || all[0].Stored || all[1].ID != "a3" {
		t.Fatalf("list order/contents: %+v", all)
	}
	var a2 Entry
	for _, e := range all {
		if e.ID == "a2" {
			a2 = e
		}
	}
	if a2.Up != 0 || a2.Down != 2 || !a2.Stored || a2.Answer.Trace == nil || a2.Answer.Trace.Decision != "answered" || a2.Answer.Citations[0].Ref != "openai-altman-ouster-2023#7" {
		t.Fatalf("a2 = %+v", a2)
	}
	down, err := s.List(ctx, Filter{DownOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(down) != 2 {
		t.Fatalf("down-only: %d entries", len(down))
	}
	if strings.Contains(u1, "111") || len(u1) != 24 || u1 == u2 {
		t.Errorf("voter hash %q", u1)
	}
	// Reopening finds everything (committed in the WAL).
	s.Close()
	s2, err := Open(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	if again, err := s2.List(ctx, Filter{}); err != nil || len(again) != 4 {
		t.Fatalf("after reopening: %d entries, %v", len(again), err)
	}
	if r, ok, err := s2.Answer(ctx, "a1"); err != nil || !ok || r.Answer.Question != "من هي ميرا موراتي؟" || r.Source != "slash" {
		t.Fatalf("Answer(a1) = %+v %v %v", r, ok, err)
	}
	var mode string
	if err := s2.db.QueryRow("PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
		t.Errorf("journal mode %q (%v), want wal", mode, err)
	}
}

func TestExportLoadsInEvaluate(t *testing.T) {
	c, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	entries := []Entry{
		{Record: sample("a1", "من هي ميرا موراتي؟", false, "openai-altman-ouster-2023#4", "openai-altman-ouster-2023#5"), Stored: true, Up: 2},
		{Record: sample("a3", "ما عاصمة فرنسا؟", true), Stored: true, Up: 1},
		{Record: sample("a2", "لماذا أقيل ألتمان؟", false, "openai-altman-ouster-2023#7"), Stored: true, Up: 1, Down: 1},
		{Record: Record{ID: "gone"}, Down: 1},
	}
	items := ToEval(entries)
	if len(items) != 3 || items[0].Kind != KindConfirmed || len(items[0].Refs) != 2 || items[1].Kind != KindUnanswerable || items[2].Kind != KindToLabel {
		t.Fatalf("items %+v", items)
	}
	var good bytes.Buffer
	for _, it := range items[:2] {
		line, _ := json.Marshal(it)
		good.Write(append(line, '\n'))
	}
	if got, err := evaluate.Load(&good, c); err != nil || len(got) != 2 {
		t.Fatalf("evaluate.Load of the confirmed items: %v (%d)", err, len(got))
	}
	// A voted-down question must be labelled before evaluate accepts it.
	line, _ := json.Marshal(items[2])
	if _, err := evaluate.Load(bytes.NewReader(line), c); err == nil {
		t.Error("evaluate accepted a voted-down question nobody labelled")
	}
}

func TestOpenFailsClearly(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "file")
	if err := os.WriteFile(f, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(context.Background(), filepath.Join(f, "sub")); err == nil || !strings.Contains(err.Error(), "data folder") {
		t.Errorf("a data folder under a file: %v", err)
	}
	if _, err := Open(context.Background(), " "); err == nil {
		t.Error("an empty data folder was accepted")
	}
}
