package answer

import (
	"context"
	"testing"

	"casebot/text"
)

// matterBenchQuestion is a question with specific words, asked over the
// four-article corpus.
const matterBenchQuestion = "How many OpenAI employees signed the letter threatening to quit?"

// matterBenchSetup is the engine over the four-article corpus, the
// question's reading and every sentence of the corpus.
func matterBenchSetup(b *testing.B) (*Engine, string, []string) {
	b.Helper()
	bb, err := multiBuiltI()
	if err != nil {
		b.Fatal(err)
	}
	e := New(bb.c, bb.ix, Options{})
	read := e.standardReading(askingPart(matterBenchQuestion))
	var sents []string
	for _, a := range bb.c.Articles {
		for _, p := range a.Paragraphs {
			sents = append(sents, text.Sentences(p.Text)...)
		}
	}
	return e, read, sents
}

// BenchmarkMatter weighs every sentence of the corpus against one
// question's matter: per-sentence finds the matter's words in the corpus
// for each sentence (carriesMatter, as the answer did before matterOf),
// once finds them once (matterOf) and weighs each sentence by them.
func BenchmarkMatter(b *testing.B) {
	e, read, sents := matterBenchSetup(b)
	b.Run("per-sentence", func(b *testing.B) {
		for b.Loop() {
			for _, s := range sents {
				e.carriesMatter(matterBenchQuestion, read, s)
			}
		}
	})
	b.Run("once", func(b *testing.B) {
		for b.Loop() {
			mt := e.matterOf(matterBenchQuestion, read)
			for _, s := range sents {
				mt.carriedBy(s)
			}
		}
	})
}

// BenchmarkAskMatter answers questions whose answer weighs the matter
// over several articles (extractMulti), end to end.
func BenchmarkAskMatter(b *testing.B) {
	e, _, _ := matterBenchSetup(b)
	qs := []string{matterBenchQuestion, "Who decided on the independent inquiry?",
		"يعني مايكروسوفت لسه ملتزمة بشراكتها مع OpenAI؟", "the talks to get Altman back failed, right?"}
	for b.Loop() {
		for _, q := range qs {
			if _, err := e.Ask(context.Background(), Request{Question: q}); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// TestMatterOf: a sentence on the question's matter carries its
// specific words, one on another matter too few of them; a matter with
// no words is carried by no sentence.
func TestMatterOf(t *testing.T) {
	e := multiEngine(t)
	q := matterBenchQuestion
	mt := e.matterOf(q, e.standardReading(askingPart(q)))
	on := "More than 700 of OpenAI's employees signed a letter threatening to quit."
	off := "The board said it had lost confidence in his leadership."
	if len(mt.forms) == 0 || mt.carried(on) <= mt.carried(off) {
		t.Errorf("matter of %q: %d words, %d carried on it, %d off it", q, len(mt.forms), mt.carried(on), mt.carried(off))
	}
	if !mt.carriedBy(on) || mt.carriedBy(off) {
		t.Errorf("carriedBy(on) = %v, carriedBy(off) = %v, want true, false", mt.carriedBy(on), mt.carriedBy(off))
	}
	if (matter{}).carriedBy(on) || (matter{}).carried(on) != 0 {
		t.Error("a matter with no words is carried by a sentence")
	}
}
