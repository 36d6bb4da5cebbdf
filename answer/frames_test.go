package answer_test

import (
	"context"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"casebot/answer"
	"casebot/corpus"
	"casebot/evaluate"
	"casebot/retrieval"
)

// frameCounts counts how the offline answerer frames a group of questions.
type frameCounts struct{ confident, nearMiss, hedged, abstained int }

func (f frameCounts) String() string {
	return fmt.Sprintf("confident %d, says-what-is-missing %d, hedged %d, abstained %d", f.confident, f.nearMiss, f.hedged, f.abstained)
}

// answerableFrames adds up the frames of a set's answerable kinds.
func answerableFrames(got map[string]*frameCounts) frameCounts {
	var sum frameCounts
	for kind, n := range got {
		if evaluate.IsUnanswerable(kind) {
			continue
		}
		sum.confident += n.confident
		sum.nearMiss += n.nearMiss
		sum.hedged += n.hedged
		sum.abstained += n.abstained
	}
	return sum
}

// frameOf classifies an offline answer by its opening.
func frameOf(a answer.Answer) string {
	switch {
	case a.Abstained:
		return "abstained"
	case strings.HasPrefix(a.Answer, "قد لا يجيب") || strings.HasPrefix(a.Answer, "The article may not") ||
		strings.HasPrefix(a.Answer, "قد لا تجيب") || strings.HasPrefix(a.Answer, "The sources may not"):
		return "hedged"
	case strings.HasPrefix(a.Answer, "لا يذكر المقال") || strings.HasPrefix(a.Answer, "The article does not mention") ||
		strings.HasPrefix(a.Answer, "The article gives no") || strings.HasPrefix(a.Answer, "لا تذكر المصادر") ||
		strings.HasPrefix(a.Answer, "The sources do not mention") || strings.HasPrefix(a.Answer, "The sources give no") ||
		strings.HasPrefix(a.Answer, "لا يقول المقال") || strings.HasPrefix(a.Answer, "The article does not say") ||
		strings.HasPrefix(a.Answer, "لا تقول المصادر") || strings.HasPrefix(a.Answer, "The sources do not say"):
		return "near-miss"
	}
	return "confident"
}

// offlineFrames asks every question of the sets through the offline
// answerer and counts its frames per set and kind; every citation must
// quote its paragraph verbatim.
func offlineFrames(t *testing.T, sets []string) map[string]map[string]*frameCounts {
	t.Helper()
	ctx := context.Background()
	c, ix := defaultIndex(t)
	eng := answer.New(c, ix, answer.Options{})
	out := map[string]map[string]*frameCounts{}
	for _, set := range sets {
		items, err := evaluate.LoadFile(filepath.Join("..", "testdata", "eval", set), c)
		if err != nil {
			t.Fatal(err)
		}
		out[set] = map[string]*frameCounts{}
		for _, it := range items {
			a, err := eng.Ask(ctx, answer.Request{Question: it.Question})
			if err != nil {
				t.Fatalf("%s: %v", it.ID, err)
			}
			n := out[set][it.Kind]
			if n == nil {
				n = &frameCounts{}
				out[set][it.Kind] = n
			}
			switch frameOf(a) {
			case "abstained":
				n.abstained++
			case "hedged":
				n.hedged++
			case "near-miss":
				n.nearMiss++
			default:
				n.confident++
			}
			for _, cit := range a.Citations {
				if !cit.Verified {
					t.Errorf("%s: citation %s is not verified", it.ID, cit.Ref)
				}
				for _, part := range strings.Split(cit.Quote, " … ") {
					if !strings.Contains(cit.Text, part) {
						t.Errorf("%s: citation %s quotes text that is not in the paragraph: %q", it.ID, cit.Ref, part)
					}
				}
			}
		}
		var kinds []string
		for k := range out[set] {
			kinds = append(kinds, k)
		}
		sort.Strings(kinds)
		for _, k := range kinds {
			t.Logf("%s %-14s %v", set, k, *out[set][k])
		}
	}
	return out
}

// TestOfflineFrames counts how the offline answerer frames the questions
// of the evaluation sets: confident ("according to the article"), saying
// what the article does not give ("the article gives no date…"), hedged
// ("may not answer exactly this") or abstained, per set and kind. It holds
// the counts the README reports, so that a change that makes casebot sound
// sure of what the article does not say, or refuse what it answers, fails.
// Measured when set (go test ./answer -run OfflineFrames -v):
//   - answerable questions of all five sets: 0 of 174 abstain;
//   - i9_dev (tuned on): off-topic 10 of 10 abstain; near misses 0 of 10
//     confident (6 say what the article does not give, 4 hedged);
//   - qa, heldout, qa_heldout, blind: of their 37 unanswerable questions
//     (near misses and off-topic mixed) none is answered confidently
//     (10 abstain, 12 say what is missing, 15 hedged);
//   - answerable questions hedged: 43 of 174 (round 1), 37 since the
//     quote choice and the open-question rule (decide.go); 38 over the
//     retrieval of main at that time, so the floor is 38; 24 since a
//     yes/no question lacking only light words (lightunknown.go) and
//     "who is X?" (whois.go) are answered plainly (session 11; was 29).
func TestOfflineFrames(t *testing.T) {
	t.Parallel()
	sets := []string{"qa.jsonl", "heldout.jsonl", "qa_heldout.jsonl", "blind.jsonl", "i9_dev.jsonl"}
	got := offlineFrames(t, sets)
	var ansAbstained, ansHedged, ans, oldUnConfident int
	for _, set := range sets {
		for kind, n := range got[set] {
			total := n.confident + n.nearMiss + n.hedged + n.abstained
			if !evaluate.IsUnanswerable(kind) {
				ans += total
				ansAbstained += n.abstained
				ansHedged += n.hedged
			} else if set != "i9_dev.jsonl" {
				oldUnConfident += n.confident
			}
		}
	}
	t.Logf("answerable: %d of %d abstained, %d hedged; older sets' unanswerable answered confidently: %d", ansAbstained, ans, ansHedged, oldUnConfident)
	if ansHedged > 24 {
		t.Errorf("%d of %d answerable questions hedged, want at most 24 (the measured figure)", ansHedged, ans)
	}
	if ansAbstained > ans/50 {
		t.Errorf("%d of %d answerable questions abstained, want at most 2%%", ansAbstained, ans)
	}
	if oldUnConfident > 1 {
		t.Errorf("%d unanswerable questions of the older sets answered confidently, want at most 1", oldUnConfident)
	}
	dev := got["i9_dev.jsonl"]
	if off := dev[evaluate.OffTopic]; off == nil || off.confident+off.nearMiss+off.hedged > 0 {
		t.Errorf("i9_dev off-topic questions not all abstained: %v", off)
	}
	if nm := dev[evaluate.NearMiss]; nm == nil || nm.confident > 1 {
		t.Errorf("i9_dev near misses answered confidently: %v, want at most 1 in 10", nm)
	}
}

// defaultIndex loads the embedded corpus and indexes it offline.
func defaultIndex(t *testing.T) (*corpus.Corpus, *retrieval.Index) {
	t.Helper()
	b, err := defaultBuilt()
	if err != nil {
		t.Fatal(err)
	}
	return b.c, b.ix
}

// multiIndex returns the four-article test corpus (testdata/multi) and
// its offline index, built once.
func multiIndex(t *testing.T) (*corpus.Corpus, *retrieval.Index) {
	t.Helper()
	b, err := multiBuilt()
	if err != nil {
		t.Fatal(err)
	}
	return b.c, b.ix
}

// built is a corpus and its offline index.
type built struct {
	c  *corpus.Corpus
	ix *retrieval.Index
}

// buildIndex indexes c offline.
func buildIndex(c *corpus.Corpus, err error) (built, error) {
	if err != nil {
		return built{}, err
	}
	ix, err := retrieval.Build(context.Background(), c, retrieval.Options{})
	if err != nil {
		return built{}, err
	}
	return built{c: c, ix: ix}, nil
}

// The tests read the same two indexes: each is built once and shared,
// read-only (an Index never changes after Build and serves concurrent
// searches). Building is deterministic, so every test sees what a build
// of its own would give.
var (
	defaultBuilt = sync.OnceValues(func() (built, error) { return buildIndex(corpus.Default()) })
	multiBuilt   = sync.OnceValues(func() (built, error) { return buildIndex(corpus.Load("../testdata/multi")) })
)

// TestOfflineFramesDev2 runs the second blind issue-9 set (written
// without sight of the thesaurus, glossary or thresholds; a tuning set
// since the decision of frameOffline was reworked while reading it) through
// the same count. Measured when set: answerable 0 of 75 abstained, 52
// confident, 2 say what is missing, 21 hedged (before the rework: 31
// confident, 1, 43 hedged); off-topic 10 of 10 abstained; near misses 0
// of 10 confident, 7 say what is missing, 3 hedged. Round 2 (quote
// choice, clause of the date, open questions): answerable 55 confident,
// 2, 18 hedged (19 over main's newer retrieval: the floor); the rest
// unchanged.
func TestOfflineFramesDev2(t *testing.T) {
	t.Parallel()
	got := offlineFrames(t, []string{"i9_dev2.jsonl"})["i9_dev2.jsonl"]
	answerable := answerableFrames(got)
	t.Logf("dev2 answerable: %v", answerable)
	off, near := got[evaluate.OffTopic], got[evaluate.NearMiss]
	if off == nil || near == nil {
		t.Fatalf("dev2 lost its off-topic or near-miss kinds: %v", got)
	}
	if answerable.abstained > 0 {
		t.Errorf("%d answerable dev2 questions abstained, want 0", answerable.abstained)
	}
	if answerable.hedged > 14 {
		t.Errorf("%d answerable dev2 questions hedged, want at most 14 (the measured figure)", answerable.hedged)
	}
	if off.abstained != 10 {
		t.Errorf("%d of 10 off-topic dev2 questions abstained, want all", off.abstained)
	}
	if near.confident > 1 {
		t.Errorf("%d dev2 near misses answered confidently, want at most 1 in 10", near.confident)
	}
}

// TestOfflineFramesDev3 runs the third blind issue-9 set (written without
// sight of the thesaurus, glossary or thresholds; a tuning set since the
// round that read it) through the same count. Measured before that round:
// answerable 0 of 51 abstained, 35 confident, 16 hedged; off-topic 5 of 6
// abstained («سام سميث المغني» hedged); near misses 2 of 6 confident (a
// company name taken for a book's title, «رفضو» not read as a negation), 4
// say what is missing. After: answerable unchanged; off-topic 6 of 6
// abstained; near misses 0 confident, 5 say what is missing, 1 hedged.
func TestOfflineFramesDev3(t *testing.T) {
	t.Parallel()
	got := offlineFrames(t, []string{"i9_dev3.jsonl"})["i9_dev3.jsonl"]
	answerable := answerableFrames(got)
	t.Logf("dev3 answerable: %v", answerable)
	off, near := got[evaluate.OffTopic], got[evaluate.NearMiss]
	if off == nil || near == nil {
		t.Fatalf("dev3 lost its off-topic or near-miss kinds: %v", got)
	}
	if answerable.abstained > 0 {
		t.Errorf("%d answerable dev3 questions abstained, want 0", answerable.abstained)
	}
	if answerable.hedged > 16 {
		t.Errorf("%d answerable dev3 questions hedged, want at most 16 (the measured figure)", answerable.hedged)
	}
	if off.abstained != 6 {
		t.Errorf("%d of 6 off-topic dev3 questions abstained, want all", off.abstained)
	}
	if near.confident > 0 {
		t.Errorf("%d dev3 near misses answered confidently, want none (the measured figure)", near.confident)
	}
}

// TestOfflineFramesBlind1 runs the unseen set (written blind, opened only
// once every setting was frozen) through the same count. Its floors sit at
// what that one run measured; see the README for how it was used.
func TestOfflineFramesBlind1(t *testing.T) {
	t.Parallel()
	got := offlineFrames(t, []string{"i9_blind1.jsonl"})["i9_blind1.jsonl"]
	answerable := answerableFrames(got)
	t.Logf("blind1 answerable: %v", answerable)
	if got["off-topic"] == nil || got["near-miss"] == nil {
		t.Fatalf("the unseen set lost its off-topic or near-miss kinds: %v", got)
	}
	t.Logf("unseen off-topic: %v; near-miss: %v", *got["off-topic"], *got["near-miss"])
	// Measured in that run: answerable 13 confident, 2 say what is
	// missing, 40 hedged, 0 abstained; off-topic 10 of 10 abstained; near
	// misses 3 confident, 1 says what is missing, 6 hedged. Since the
	// offline decision was reworked (a tuning set by then): answerable 21
	// confident, 2 say what is missing, 32 hedged; near misses 2
	// confident, 4 say what is missing, 4 hedged. With the article lexicon
	// (retrieval/thesaurus_article_ar.txt, glossary_article_en_ar.txt):
	// answerable 29 confident, 1 says what is missing, 25 hedged; near
	// misses unchanged. With every third-session branch merged (the yes/no
	// rule reading only the quotes that name the person): answerable 36
	// confident, 1 says what is missing, 18 hedged; near misses 0
	// confident, 6 say what is missing, 4 hedged.
	if answerable.abstained > 0 {
		t.Errorf("%d answerable unseen questions abstained, want 0", answerable.abstained)
	}
	if answerable.hedged > 18 {
		t.Errorf("%d answerable questions hedged, want at most 18 (the measured figure)", answerable.hedged)
	}
	if n := got["off-topic"]; n.abstained != 10 {
		t.Errorf("%d of 10 off-topic unseen questions abstained, want all", n.abstained)
	}
	if n := got["near-miss"]; n.confident > 0 {
		t.Errorf("%d near misses answered confidently, want none (the measured figure; the issue's target is 1)", n.confident)
	}
}

// TestOfflineFramesFinal runs testdata/eval/unseen/i9_final.jsonl, written
// blind in the third session by a helper who saw only the article, sealed
// until every setting was frozen and then run once (commit d35439a); its
// misses were then tuned on (the two confident near misses are fixed), so
// it is a tuning set since and i9_final2 is the set that judges.
func TestOfflineFramesFinal(t *testing.T) {
	t.Parallel()
	// Measured in that run: answerable 55 confident, 2 say what is
	// missing, 18 hedged, 0 abstained; off-topic 10 of 10 abstained; near
	// misses 2 confident (issue 9 asks for at most 1), 6 say what is
	// missing, 1 hedged, 1 abstained. Since then (a who-question whose
	// quote names the one asked about only as "one of the members",
	// unnamedRole): 0 confident.
	holdFrames(t, "final", "unseen/i9_final.jsonl", frameFloors{hedged: 18, offTopic: 10, nearConfident: 0})
}

// TestOfflineFramesFinal2 runs testdata/eval/unseen/i9_final2.jsonl,
// written blind in the third session after i9_final was opened, sealed
// through the last round of tuning and run once with every setting frozen
// (commit 1b50d9d). The floors are what that run measured.
func TestOfflineFramesFinal2(t *testing.T) {
	t.Parallel()
	// Measured in that run: answerable 56 confident, 1 says what is
	// missing, 18 hedged, 0 abstained; off-topic 9 of 10 abstained (the
	// tenth says what is missing; issue 9 asks for all); near misses 1
	// confident, 6 say what is missing, 2 hedged, 1 abstained. Since a
	// question naming as many outside things as names of the case
	// abstains offline (fourth session): off-topic 10 of 10. Since a
	// which-app question whose quote names no app says so (fifth
	// session, shape.product): near misses 0 confident.
	holdFrames(t, "final2", "unseen/i9_final2.jsonl", frameFloors{hedged: 18, offTopic: 10, nearConfident: 0})
}

// TestOfflineFramesDev4 runs testdata/eval/i9_dev4.jsonl, written blind in
// the fourth session by a helper who saw only the article, measured as it
// came (answerable 52 confident, 1 says what is missing, 22 hedged, 0
// abstained; off-topic 9 of 10 abstained — "Who founded Anthropic and why
// did they leave OpenAI?" said what the article lacks; near misses 0
// confident) and tuned on since. The floors are what it measures now.
func TestOfflineFramesDev4(t *testing.T) {
	t.Parallel()
	holdFrames(t, "dev4", "i9_dev4.jsonl", frameFloors{hedged: 19, offTopic: 10, nearConfident: 0})
}

// TestOfflineFramesFinal3 runs testdata/eval/unseen/i9_final3.jsonl,
// written blind at the start of the fourth session, sealed through it and
// run once with every setting frozen (commit e1176a4). The floors are what
// that run measured.
func TestOfflineFramesFinal3(t *testing.T) {
	t.Parallel()
	// Measured in that run: answerable 46 confident, 1 says what is
	// missing, 28 hedged, 0 abstained; off-topic 9 of 10 abstained (the
	// tenth, Aramco's CEO's salary, names a company on no list and says
	// the article gives no figure; issue 9 asks for all); near misses 0
	// confident, 6 say what is missing, 3 hedged, 1 abstained. Since
	// Aramco and other regional companies joined the world list (fifth
	// session): off-topic 10 of 10.
	holdFrames(t, "final3", "unseen/i9_final3.jsonl", frameFloors{hedged: 28, offTopic: 10, nearConfident: 0})
}

// TestOfflineFramesFinal4 runs testdata/eval/unseen/i9_final4.jsonl,
// written blind while the third sealed run was being read, sealed, and run
// once on the same code as that run (e1176a4; only tests changed since).
// The floors are what it measured.
func TestOfflineFramesFinal4(t *testing.T) {
	t.Parallel()
	// Measured in that run: answerable 52 confident, 2 say what is
	// missing, 21 hedged, 0 abstained; off-topic 9 of 10 abstained (the
	// tenth, how to write a CV with ChatGPT, hedges; issue 9 asks for
	// all); near misses 2 confident (issue 9 asks at most 1), 6 say what
	// is missing, 2 hedged. Since the fifth session's near-miss kinds
	// (a where-to question whose quote names no place, a which-program
	// question whose quote names no program) and the world list's
	// indefinite phrases («سيرة ذاتية»): off-topic 10 of 10, near misses
	// 0 confident.
	holdFrames(t, "final4", "unseen/i9_final4.jsonl", frameFloors{hedged: 21, offTopic: 10, nearConfident: 0})
}

// frameFloors are the measured bounds a set's offline frames are held to:
// answerable questions hedged at most hedged, at least offTopic off-topic
// questions abstained, near misses answered confidently at most
// nearConfident; no answerable question may abstain.
type frameFloors struct {
	hedged, offTopic, nearConfident int
	// abstained is how many answerable questions may abstain: 0 but
	// where a sealed run measured more.
	abstained int
}

// holdFrames runs set through the offline answerer and holds its frames
// to f.
func holdFrames(t *testing.T, name, set string, f frameFloors) {
	t.Helper()
	got := offlineFrames(t, []string{set})[set]
	answerable := answerableFrames(got)
	off, near := got[evaluate.OffTopic], got[evaluate.NearMiss]
	if off == nil || near == nil {
		t.Fatalf("%s lost its off-topic or near-miss kinds: %v", name, got)
	}
	t.Logf("%s answerable: %v; off-topic: %v; near-miss: %v", name, answerable, *off, *near)
	if answerable.abstained > f.abstained {
		t.Errorf("%d answerable %s questions abstained, want at most %d", answerable.abstained, name, f.abstained)
	}
	if answerable.hedged > f.hedged {
		t.Errorf("%d answerable %s questions hedged, want at most the measured %d", answerable.hedged, name, f.hedged)
	}
	if off.abstained < f.offTopic {
		t.Errorf("%d off-topic %s questions abstained, want at least the measured %d", off.abstained, name, f.offTopic)
	}
	if near.confident > f.nearConfident {
		t.Errorf("%d %s near misses answered confidently, want at most the measured %d", near.confident, name, f.nearConfident)
	}
}

// TestOfflineFramesDev5 runs testdata/eval/i9_dev5.jsonl, written blind at
// the start of the fifth session, measured as it came (off-topic 9 of 10
// abstained — a question on a board's legal powers hedged; answerable 52
// confident, 1 says what is missing, 22 hedged, 0 abstained; near misses 1
// confident) and tuned on since. The floors are what it measures now:
// since general-knowledge questions that name nothing of the case fall
// under the threshold (retrieval.isGeneral) and a why-exactly question
// whose quote gives no cause says so, off-topic 10 of 10 abstained and
// near misses 0 confident.
func TestOfflineFramesDev5(t *testing.T) {
	t.Parallel()
	holdFrames(t, "dev5", "i9_dev5.jsonl", frameFloors{hedged: 22, offTopic: 10, nearConfident: 0})
}

// TestOfflineFramesFinal5 and TestOfflineFramesFinal6 run the fifth
// session's sealed sets, written blind at its start and run once each on
// the same frozen code (commit 17e9132). The floors are what that run
// measured.
func TestOfflineFramesFinal5(t *testing.T) {
	t.Parallel()
	// Measured: answerable 55 confident, 4 say what is missing, 16
	// hedged, 0 abstained; off-topic 10 of 10 abstained; near misses 1
	// confident (which month of summer 2023 the fund was found out:
	// the quote's «صيف 2023» passes for the date), 7 say what is
	// missing, 2 hedged.
	// Tuned on since: a question asking which month or day when the
	// quotes give only a season or a year says the date is not given
	// (finerDateAsked): near misses 0 confident, 8 say what is missing.
	holdFrames(t, "final5", "unseen/i9_final5.jsonl", frameFloors{hedged: 16, offTopic: 10, nearConfident: 0})
}

func TestOfflineFramesFinal6(t *testing.T) {
	t.Parallel()
	// Measured: answerable 47 confident, 2 say what is missing, 25
	// hedged, 1 abstained (an English question with an Arabic-script
	// name and two asks; issue 9 allows 2%); off-topic 10 of 10
	// abstained; near misses 2 confident (how Altman answered the
	// accusation; what became of Toner after his return — issue 9 asks
	// at most 1 in 10), 7 say what is missing, 1 hedged.
	// Tuned on since: a short month ("16 Nov") no longer counts as a
	// name the corpus lacks (retrieval monthUnit), so the mixed-script
	// question is answered (48 confident, 0 abstained); how someone
	// responded, with no quote telling a reply, and what became of
	// someone the article names nowhere after the event, say it is not
	// said (responseAsked, fateUntold): near misses 0 confident, 9 say
	// what is missing.
	holdFrames(t, "final6", "unseen/i9_final6.jsonl", frameFloors{hedged: 25, offTopic: 10, nearConfident: 0, abstained: 0})
}

// TestOfflineFramesFinal7 runs the sixth session's sealed set, written
// blind after the fifth session's runs and run once on the frozen commit
// a9a3058. The floors are what that run measured.
func TestOfflineFramesFinal7(t *testing.T) {
	t.Parallel()
	// Measured: answerable 51 confident, 3 say what is missing, 21
	// hedged, 0 abstained; off-topic 8 of 10 abstained (a Maghrebi
	// question on what became of Sam Bankman-Fried says what the article
	// lacks, one on Moroccan AI companies is hedged — issue 9 asks all
	// 10); near misses 0 confident, 7 say what is missing, 2 hedged, 1
	// abstained.
	// Raised by the seventh session (h8-off) to 10 of 10 off-topic
	// abstained: the other Sam is another person (retrieval's
	// otherPersonAt), «مغربية» names another country's people.
	holdFrames(t, "final7", "unseen/i9_final7.jsonl", frameFloors{hedged: 21, offTopic: 10, nearConfident: 0, abstained: 0})
}

// TestOfflineFramesFinal8 runs the sixth session's second sealed set,
// written blind during the session and run once on the frozen commit
// bc18709. The floors are what that run measured.
func TestOfflineFramesFinal8(t *testing.T) {
	t.Parallel()
	// Measured: answerable 52 confident, 3 say what is missing, 20
	// hedged, 0 abstained; off-topic 10 of 10 abstained; near misses 0
	// confident, 7 say what is missing, 2 hedged, 1 abstained.
	holdFrames(t, "final8", "unseen/i9_final8.jsonl", frameFloors{hedged: 20, offTopic: 10, nearConfident: 0, abstained: 0})
}

// TestOfflineFramesFinal9 runs the sixth session's third sealed set,
// written blind during its last round and run once on the frozen commit
// f7c7cbd. The floors are what that run measured.
func TestOfflineFramesFinal9(t *testing.T) {
	t.Parallel()
	// Measured: answerable 52 confident, 6 say what is missing, 17
	// hedged, 0 abstained; off-topic 10 of 10 abstained; near misses 1
	// confident (how much money the startup fund held: the article gives
	// no sum), 7 say what is missing, 2 hedged.
	// Tuned on since (seventh session): a how-much-money question whose
	// quotes carry no currency says the figure is not given (money.go):
	// near misses 0 confident, 8 say what is missing.
	holdFrames(t, "final9", "unseen/i9_final9.jsonl", frameFloors{hedged: 17, offTopic: 10, nearConfident: 0, abstained: 0})
}

// TestOfflineFramesFinal10 runs the seventh session's sealed set, written
// blind at its start and run once on the frozen commit b38159c. The floors
// are what that run measured.
func TestOfflineFramesFinal10(t *testing.T) {
	t.Parallel()
	// Measured: answerable 57 confident, 3 say what is missing, 14
	// hedged, 1 abstained (an English paraphrase on what the affair means
	// for the industry, confidence 0.24; issue 9 allows 2%); off-topic 9
	// of 10 abstained — "what happened to sam bankman-fried after ftx
	// collapsed", in lower case, is hedged (issue 9 asks all); near misses
	// 0 confident, 8 say what is missing, 1 hedged, 1 abstained.
	// Tuned on since: in a question typed without capitals, a word nothing
	// reads after a given name of the case names another person
	// (retrieval latinGivenName): off-topic 10 of 10 abstained.
	holdFrames(t, "final10", "unseen/i9_final10.jsonl", frameFloors{hedged: 14, offTopic: 10, nearConfident: 0, abstained: 1})
}

// TestOfflineFramesFinal11 runs the seventh session's second sealed set,
// run once on the frozen commit 7bd6346. The floors are what that run
// measured.
func TestOfflineFramesFinal11(t *testing.T) {
	t.Parallel()
	// Measured: answerable 59 confident, 5 say what is missing, 10
	// hedged, 1 abstained («من الشخص الذي كان يتولى الإدارة التقنية في
	// الشركة؟»: يتولى, folded, passed for a verb + لي, "for me"); off-topic
	// 9 of 10 abstained — why Changpeng Zhao left Binance, both names in
	// Arabic script and on no list, is answered (issue 9 asks all); near
	// misses 0 confident, 7 say what is missing, 2 hedged, 1 abstained.
	// Tuned on since: a verb whose own last letter is ى is no verb + لي
	// (retrieval isAdvice): answerable 0 abstained.
	holdFrames(t, "final11", "unseen/i9_final11.jsonl", frameFloors{hedged: 10, offTopic: 9, nearConfident: 0, abstained: 0})
}

// TestOfflineFramesFinal12 holds the eighth session's sealed i9_final12,
// written blind at the session's start and run once on the frozen commit
// b9bf721.
func TestOfflineFramesFinal12(t *testing.T) {
	t.Parallel()
	// Measured: answerable 56 confident, 2 say what is missing, 16 hedged,
	// 1 abstained («ما الذي كان يشترطه ألتمان عند لقاءاته المنفردة
	// بموراتي؟»: بموراتي, "with Murati", passed for "with my …", so the
	// question was read as the asker's own); off-topic 10 of 10
	// abstained; near misses 0 confident, 6 say what is missing, 4 hedged.
	// Mended since: a word the corpus writes after the preposition is no
	// "my …" (retrieval isAdvice): answerable 0 abstained.
	holdFrames(t, "final12", "unseen/i9_final12.jsonl", frameFloors{hedged: 16, offTopic: 10, nearConfident: 0, abstained: 0})
}

// TestOfflineFramesFinal13 holds i9_final13, written blind right after run
// 12 and run once on the eighth session's last code (frozen 463ba67).
func TestOfflineFramesFinal13(t *testing.T) {
	t.Parallel()
	// Measured: answerable 60 confident, 2 say what is missing, 13 hedged,
	// 0 abstained; off-topic 9 of 10 abstained — "how much does chatgpt
	// plus cost per month" says the article does not give it instead
	// (issue 9 asks all); near misses 0 confident, 7 say what is missing,
	// 2 hedged, 1 abstained.
	holdFrames(t, "final13", "unseen/i9_final13.jsonl", frameFloors{hedged: 13, offTopic: 9, nearConfident: 0, abstained: 0})
}

// TestOfflineFramesFinal14 holds the ninth session's sealed i9_final14,
// written blind at the session's start and run once on the frozen commit
// a7ded67 (run 14).
func TestOfflineFramesFinal14(t *testing.T) {
	t.Parallel()
	// Measured: answerable 57 confident, 2 say what is missing, 16 hedged,
	// 0 abstained; off-topic 7 of 10 abstained — La Liga in Maghrebi
	// Arabic and "did the man utd board sack ten hag" hedged, the price of
	// ChatGPT Plus per month says the article does not give it (issue 9
	// asks all); near misses 1 confident (the two members who did not
	// vote), 8 say what is missing, 1 hedged. Mended since (the world
	// list: football leagues, clubs and managers as fans type them; "per
	// month" a price): off-topic 10 of 10.
	holdFrames(t, "final14", "unseen/i9_final14.jsonl", frameFloors{hedged: 16, offTopic: 10, nearConfident: 1, abstained: 0})
}

// TestOfflineFramesFinal15 holds the tenth session's sealed i9_final15,
// written blind at the session's start and run once on the merged code
// (19d7008, run 15).
func TestOfflineFramesFinal15(t *testing.T) {
	t.Parallel()
	// Measured: answerable 60 confident, 3 say what is missing, 12 hedged,
	// 0 abstained; off-topic 10 of 10 abstained (the first sealed draw
	// since the scope rule of scope.go and the world list's classes);
	// near misses 0 confident, 8 say what is missing, 2 hedged.
	holdFrames(t, "final15", "unseen/i9_final15.jsonl", frameFloors{hedged: 12, offTopic: 10, nearConfident: 0, abstained: 0})
}

// TestOfflineFramesFinal16 holds the eleventh session's sealed i9_final16,
// written blind at the session's start and run once on the merged code
// (26a9261, run 16).
func TestOfflineFramesFinal16(t *testing.T) {
	t.Parallel()
	// Measured: answerable 56 confident, 1 says what is missing, 18
	// hedged, 0 abstained; off-topic 10 of 10 abstained; near misses 0
	// confident, 7 say what is missing, 2 hedged, 1 abstained.
	holdFrames(t, "final16", "unseen/i9_final16.jsonl", frameFloors{hedged: 18, offTopic: 10, nearConfident: 0, abstained: 0})
}

// TestOfflineFramesFinal17 holds the twelfth session's sealed i9_final17,
// written blind at the session's start and run once on the merged code
// (1484cc6, run 17).
func TestOfflineFramesFinal17(t *testing.T) {
	t.Parallel()
	// Measured: answerable 62 confident, 2 say what is missing, 10
	// hedged, 1 abstained (Maghrebi «الصندوق ديال الستارتاپ كان ديال شكون
	// بصح»: «الستارتاپ», written with a Persian پ, read as a word the
	// article lacks) — 1.3%, issue 9 allows 2%; off-topic 10 of 10
	// abstained; near misses 0 confident, 6 say what is missing, 3
	// hedged, 1 abstained. After the run (h21-script: پ folds to ب,
	// «ستارتاب» reads as startup): 63 confident, 2 say what is missing, 10
	// hedged, 0 abstained. h22-dialect (who-questions prefer a sentence
	// naming someone new; two persons named prefer the paragraph naming
	// both): 64 confident, 2 say what is missing, 9 hedged. h26-r1 (an
	// either-or hedges, eitherOrHedge): «هو التمان رجع تاني ولا لأ», which
	// the article answers («وأعادت ألتمان إلى منصبه»), is no longer told
	// the article does not say so: 1 says what is missing, 10 hedged.
	holdFrames(t, "final17", "unseen/i9_final17.jsonl", frameFloors{hedged: 10, offTopic: 10, nearConfident: 0, abstained: 0})
}

// TestOfflineFramesFinal18 holds the thirteenth session's sealed
// i9_final18, written blind at the session's start and run once on the
// merged code (df60e90, run 18).
func TestOfflineFramesFinal18(t *testing.T) {
	t.Parallel()
	// Measured: answerable 55 confident, 3 say what is missing, 17
	// hedged, 0 abstained; off-topic 10 of 10 abstained; near misses 0
	// confident, 8 say what is missing, 2 hedged. h26-r1 (eitherOrHedge):
	// «هو التمان رجع تاني ولا لأ» hedges where it was told the article does
	// not say so: 2 say what is missing, 18 hedged.
	holdFrames(t, "final18", "unseen/i9_final18.jsonl", frameFloors{hedged: 18, offTopic: 10, nearConfident: 0, abstained: 0})
}
