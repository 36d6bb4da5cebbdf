package answer

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"testing"
)

// faithfulAnswer is one line of testdata/eval/i8_faithful.jsonl: a model
// answer written, blind to the checker, to say only what its paragraphs
// say, citing them by their position in Paras.
type faithfulAnswer struct {
	ID       string   `json:"id"`
	Lang     string   `json:"lang"`
	Question string   `json:"question"`
	Paras    []string `json:"paras"`
	Answer   string   `json:"answer"`
}

// faithfulFloor is the share of faithful sentences the checks must keep:
// just under the 136 of 138 (98.6%) measured (the target is 95%;
// 134 of 138 before retrieval's analysis of English learned more words).
// A checker that starts removing correct sentences fails here.
const faithfulFloor = 0.98

// TestFaithfulAnswersKept feeds every faithful answer through the whole
// grounding of a model reply (cleaning, citation and quote check, claim
// check) with its paragraphs as the prompt's, and measures the share of
// sentences kept. Run with -v to see the figure and the removed sentences.
func TestFaithfulAnswersKept(t *testing.T) {
	c, ix := defaultIndexI(t)
	e := New(c, ix, Options{})
	f, err := os.Open("../testdata/eval/i8_faithful.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	answers, kept, total := 0, 0, 0
	byLang := map[string][2]int{}
	for sc.Scan() {
		var fa faithfulAnswer
		if err := json.Unmarshal(sc.Bytes(), &fa); err != nil {
			t.Fatalf("bad line: %v", err)
		}
		answers++
		var paras []ctxPara
		for i, ref := range fa.Paras {
			p, ok := c.Lookup(ref)
			if !ok {
				t.Fatalf("%s: no paragraph %s", fa.ID, ref)
			}
			paras = append(paras, ctxPara{N: i + 1, P: p, Text: p.Text})
		}
		g := e.ground(context.Background(), fa.Answer, paras, fa.Lang, maxAnswerRunes)
		for _, cl := range g.Claims {
			if cl.Reason == reasonLeadIn {
				continue
			}
			total++
			l := byLang[fa.Lang]
			l[1]++
			if cl.Supported {
				kept++
				l[0]++
			} else {
				t.Logf("%s removed (%s): %s", fa.ID, cl.Reason, cl.Text)
			}
			byLang[fa.Lang] = l
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if answers < 40 || total == 0 {
		t.Fatalf("%d answers, %d sentences: the fixture is missing", answers, total)
	}
	share := float64(kept) / float64(total)
	t.Logf("faithful answers: %d answers, %d of %d sentences kept (%.1f%%); ar %d/%d, en %d/%d",
		answers, kept, total, 100*share, byLang["ar"][0], byLang["ar"][1], byLang["en"][0], byLang["en"][1])
	if share < faithfulFloor {
		t.Errorf("kept %.1f%% of faithful sentences, below the floor of %.0f%%", 100*share, 100*faithfulFloor)
	}
}
