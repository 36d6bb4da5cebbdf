package retrieval

import (
	"strings"
	"unicode"

	"casebot/text"
)

// Speaker questions on the Arabic path.
//
// "What did Mira Murati say about Altman?" («ميرا موراتي قالت ايه عن
// التمان») names the speaker, and the paragraph that introduces her (the
// call urging Toner to talk to «ميرا موراتي») shares more of the question's
// words than the one where she speaks («كشفت موراتي أن ألتمان…»), which
// names her by her surname alone. A question that asks what someone said
// (a speech verb: said, revealed, wrote, complained; قال، كشف، كتب،
// اشتكى) gives each competitive candidate in which a name of the speaker
// stands next to a speech verb a share of the best score, so the paragraph
// where they speak comes first. Names after "about", «عن» and the like are
// whom the words were about, not the speaker.

// speakerWeight is the share of the best fused score a competitive
// candidate gains when the asked-about speaker speaks in it. Measured on
// the single-article sets (fused R@1 over answerable, 22 sets): 0 gives
// the baseline, 0.1 and 0.15 four more right and one fewer (a board that
// "did not say" read Altman as the speaker, since mended), 0.25 five more
// and none fewer.
const speakerWeight = 0.25

// speechAsks are the words (folded) with which a question asks what
// someone said.
var speechAsks = map[string]bool{
	"say": true, "said": true, "says": true, "tell": true, "told": true, "reveal": true, "revealed": true,
	"complain": true, "complained": true, "write": true, "wrote": true, "post": true, "posted": true, "tweet": true, "tweeted": true,
	"claim": true, "claimed": true, "disclose": true, "disclosed": true,
	"قال": true, "قالت": true, "قالو": true, "قالوا": true, "يقول": true, "تقول": true, "صرح": true, "صرحت": true,
	"كشف": true, "كشفت": true, "اشتكي": true, "اشتكت": true, "كتب": true, "كتبت": true, "حكي": true, "حكت": true,
	"ذكر": true, "ذكرت": true, "اخبر": true, "اخبرت": true, "اكد": true, "اكدت": true,
}

// speechVerbs are the analysed terms of the verbs with which a paragraph
// tells what someone said, in both languages (قال itself is a stop word):
// one lexicon for both paths (see speechAnchors in actor.go).
var speechVerbs = termsOf("قالت", "كشف", "كشفت", "أكد", "أكدت", "أوضح", "أوضحت", "صرح", "صرحت", "صرّحت",
	"كتب", "كتبت", "نشر", "نشرت", "أعلن", "أعلنت", "اشتكى", "اشتكت", "تشتكي", "أفاد", "أفادت", "ذكر", "ذكرت",
	"أخبر", "أخبرت", "وصف", "وصفت",
	"said", "say", "says", "told", "tell", "wrote", "write", "revealed", "posted", "post", "complained", "complain",
	"tweeted", "stated", "commented", "announced")

// aboutWords (folded) put the name after them as what was said about, or
// to whom.
var aboutWords = map[string]bool{"about": true, "of": true, "to": true, "on": true, "with": true, "regarding": true,
	"عن": true, "على": true, "علي": true, "مع": true, "ل": true, "بخصوص": true, "بشان": true, "حول": true}

// speakerTerms returns the analysed terms of the names of the speaker the
// question asks about: the names right before or after its speech word
// («ميرا موراتي قالت…», "what did mira murati say", «شو قالت موراتي»),
// except those after an about-word ("…about altman"). nil when it asks no
// such thing.
func (ix *Index) speakerTerms(sq standardQuery) map[string]bool {
	out := map[string]bool{}
	for _, q := range []string{sq.raw, sq.question} {
		ws := strings.FieldsFunc(text.Fold(q), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		name := func(i int) string {
			if i < 0 || i >= len(ws) || i > 0 && aboutWords[ws[i-1]] {
				return ""
			}
			ts := Tokens(ws[i])
			if len(ts) == 0 || !ix.isName(ts[0]) || notNames[ts[0]] || speechVerbs[ts[0]] {
				return ""
			}
			return ts[0]
		}
		for k, w := range ws {
			if !speechAsks[w] {
				continue
			}
			for _, step := range []int{-1, 1} {
				for i := k + step; i >= 0 && i < len(ws) && (i-k)*step <= 2; i += step {
					t := name(i)
					if t == "" {
						if i == k+step {
							continue // "did" before the name: one word may part them
						}
						break
					}
					out[t] = true
				}
			}
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// speaks reports whether, in paragraph d, a name in names stands right
// before or after a speech verb ("Nadella said", «كشفت موراتي»): a name
// further on is what was said (… أن ألتمان).
func (ix *Index) speaks(d int, names map[string]bool) bool {
	seq := ix.seqs[d]
	for i, t := range seq {
		if !names[t] {
			continue
		}
		if i > 0 && speechVerbs[seq[i-1]] || i+1 < len(seq) && speechVerbs[seq[i+1]] {
			return true
		}
	}
	return false
}

// preferSpeaker lifts, among the competitive candidates, those where the
// speaker the question asks about speaks, and re-sorts them.
func (ix *Index) preferSpeaker(fused []scored, sq standardQuery) {
	if len(fused) < 2 || len(ix.seqs) == 0 {
		return
	}
	names := ix.speakerTerms(sq)
	if names == nil {
		return
	}
	top := fused[0].score
	nudge(fused, func(doc int) float64 {
		if ix.speaks(doc, names) {
			return speakerWeight * top
		}
		return 0
	})
}
