package retrieval

import (
	"strings"
	"unicode"

	"casebot/text"
)

// The question's actor at the asked-for word, on the cross-language path.
//
// "What did Altman post on X?" is answered where Altman is the one who
// posts («كتب ألتمان على منصة إكس»), not where Shear posts on X about
// Altman's firing, nor where OpenAI says in a post on X that Altman will
// return. "Who is OpenAI's chief executive?" is answered where the post
// is OpenAI's ("chief executive of OpenAI"), not where it is Microsoft's
// or Nadella's. Both read the same way: at an occurrence of a word the
// question asks about (an anchor), the name standing nearest is the one
// it belongs to. A leading candidate where the nearest name to some
// anchor is one the question names gains actorWeight; one where another
// name stands closer gains nothing. Ranking only: no answer depends on it.

// actorWindow is how many analysed terms apart a name and an anchor may
// be and still be bound (stop words are not counted): "كتب ألتمان على
// منصة إكس" puts Altman two terms from X. 4 reached too far: in
// i11_final2's question on whether the OpenAI crisis is over, it bound
// «مستقبل» to an OpenAI four terms on, in the next paragraph.
const actorWindow = 3

// actorWeight is what a leading candidate whose anchor is bound to the
// question's name adds to its fused score (in [0, 1]).
const actorWeight = 0.1

// collectEntities fills lx.entities from proper, the corpus's capitalised
// terms that open no sentence (and every Latin capital in Arabic text),
// each with the word it was written as: the term, its glossary
// translations and the Arabic names sharing its transliteration key.
func (lx lexicon) collectEntities(proper map[string]string) {
	for t, w := range proper {
		if len([]rune(t)) < 3 || titleTerms[t] || calendarTerms[t] {
			continue // CEO is a post; Friday and November are dates
		}
		lx.entities[t] = true
		for _, ar := range lx.enToAr[t] {
			for _, a := range Tokens(ar) {
				lx.entities[a] = true
			}
		}
		if k := translitKey(w); len([]rune(k)) >= 3 {
			for _, a := range lx.names["ar"][k] {
				lx.entities[a] = true
			}
		}
	}
}

// calendarTerms are the English days and months (full and short),
// capitalised though no one's name.
var calendarTerms = termsOf(latinWords(append(text.WeekdayWords(), text.MonthWords()...))...)

// actorParts returns the full members of the question's actor, the first
// run of its units that name an entity outside a time clause ("Emmett
// Shear" in "How did Emmett Shear react to the deal that brought Altman
// back?"), and the units the question asks about besides names: not
// frame words, not answer-kind cues, not a time clause's words.
//
// An English possessor ("OpenAI's board", "OpenAI's chief executive") owns
// the one word after it, which is then the only anchor: the board, not
// OpenAI, is who fired Altman.
func (ix *Index) actorParts(v queryView, q string) (names map[string]bool, anchors []xunit) {
	names = map[string]bool{}
	run := 0 // 0 before the actor, 1 in it, 2 after it
	possessor := false
	for _, u := range v.units {
		isName := ix.namesEntity(u)
		switch {
		case isName && u.weight == 0 && run < 2:
			run = 1
			possessor = possessive(q, u.word)
			for t, w := range u.members {
				if w >= fullMember {
					names[t] = true
				}
			}
			continue
		case run == 1 && possessor:
			if !isName && !u.frame {
				return names, []xunit{u}
			}
			return names, nil
		case run == 1:
			run = 2
		}
		if isName || u.frame || u.weight != 0 || isDate(u) {
			continue
		}
		anchors = append(anchors, u)
	}
	return names, anchors
}

// isDate reports whether u names a day or a month ("Thursday", «الخميس»):
// a date is when something happened, not what anyone did.
func isDate(u xunit) bool {
	for t := range u.members {
		if calendarTerms[t] {
			return true
		}
	}
	return false
}

// namesEntity reports whether a full member of u is an entity.
func (ix *Index) namesEntity(u xunit) bool {
	for t, w := range u.members {
		if w >= fullMember && ix.lex.entities[t] {
			return true
		}
	}
	return false
}

// possessive reports whether the word w (folded) stands in q with an
// English possessive ending ("OpenAI's", "Altman’s").
func possessive(q, w string) bool {
	if w == "" {
		return false
	}
	lq := strings.ToLower(q)
	for _, end := range []string{"'s", "’s"} {
		if i := strings.Index(lq, w+end); i >= 0 {
			after := lq[i+len(w)+len(end):]
			if after == "" || !unicode.IsLetter([]rune(after)[0]) {
				return true
			}
		}
	}
	return false
}

// actorBound reports whether, in the analysed terms seq, some full member
// of an anchor is bound to one of names (within actorWindow).
//
// In English text the actor stands before its word ("Acme said in a
// tweet Smith would return" is Acme's tweet), so the nearest entity
// before an English anchor decides, and one after it only when none
// stands before or it stands just as near (a tie counts as bound). In
// Arabic text, where the verb comes first («كتب ألتمان») or the noun
// («منصة إكس» after «كتب ألتمان على»), the nearest entity on either side
// decides, a tie again counting as bound.
func actorBound(seq []string, names, entities map[string]bool, anchors []xunit) bool {
	for i, t := range seq {
		if entities[t] || !isAnchor(t, anchors) {
			continue
		}
		before, dBefore := nearestEntity(seq, entities, i, -1)
		after, dAfter := nearestEntity(seq, entities, i, 1)
		switch {
		case before == "" && after == "":
			continue
		case before == "":
			if names[after] {
				return true
			}
		case after == "":
			if names[before] {
				return true
			}
		case dBefore == dAfter:
			if names[before] || names[after] {
				return true
			}
		case text.IsArabicWord(t) && dAfter < dBefore:
			if names[after] {
				return true
			}
		default:
			if names[before] {
				return true
			}
		}
	}
	return false
}

// nearestEntity returns the entity nearest seq[i] in direction step (-1
// before, 1 after) within actorWindow, and its distance; "" when none.
func nearestEntity(seq []string, entities map[string]bool, i, step int) (string, int) {
	for dist := 1; dist <= actorWindow; dist++ {
		j := i + step*dist
		if j < 0 || j >= len(seq) {
			break
		}
		if entities[seq[j]] {
			return seq[j], dist
		}
	}
	return "", 0
}

// isAnchor reports whether t is a full member of one of anchors.
func isAnchor(t string, anchors []xunit) bool {
	for _, u := range anchors {
		if u.members[t] >= fullMember {
			return true
		}
	}
	return false
}

// preferActor adds actorWeight to the leading fused candidates whose
// anchor is bound to a name of the question (see the top of the file)
// and re-sorts them; scores are scaled back to at most 1. When the
// question asks what its actor said at a leadership event (an Arabic
// speech word counts only then, asksSpeechArabic), a candidate where the
// actor speaks also gains or loses eventWeight by how its article fits
// the event (rerank_event.go).
func (ix *Index) preferActor(fused []scored, v queryView, q string) {
	if len(fused) < 2 || len(ix.seqs) == 0 {
		return
	}
	names, anchors := ix.actorParts(v, q)
	speech := asksSpeech(v)
	// A question asking only what its actor said ("what did Microsoft say
	// about Murati", every other name in it being whom it was about) has no
	// other anchor; the actor's verb of speech still binds.
	if len(names) == 0 || len(anchors) == 0 && !speech {
		return
	}
	var events map[string]bool // the leadership events the question is placed at
	var reports map[string]map[string]bool
	if speech || asksSpeechArabic(v) {
		if events = askedEvents(q); events != nil {
			reports = ix.firstReports()
		}
	}
	nudge(fused, func(doc int) float64 {
		b := 0.0
		seq := ix.seqs[doc]
		if actorBound(seq, names, ix.lex.entities, anchors) {
			b += actorWeight
		}
		if (speech || events != nil) && actorBound(seq, names, ix.lex.entities, speechAnchors) {
			b += actorWeight + eventWeight*float64(eventFit(reports, events, ix.paras[doc].Date))
		}
		return b
	})
}

// A question about what someone said ("what did Nadella say about…",
// "what did Sam post on X", "what did Murati complain about") is answered
// where that person is the speaker: "Nadella said Microsoft was
// encouraged", «وكتب ألتمان على منصة إكس», not where someone else speaks
// about them. Such a question's actor bound to a verb of speech in a
// leading candidate earns it actorWeight once more.

// speechAskTerms are the analysed terms of a question's verbs of speech
// ("tweet" is read as "write", chat_en.go); "post" counts only in the
// sense of writing on a platform (contextSenses), where "write" joins
// its unit.
var speechAskTerms = termsOf("say", "said", "says", "write", "wrote", "complain", "complained", "claim",
	"claimed", "comment", "commented", "tell", "told")

// speechAnchors are the verbs of speech a paragraph reports someone's
// words with (speechVerbs, shared with the Arabic path's speaker
// preference), as one unit.
var speechAnchors = []xunit{{head: "\x00speech", members: func() map[string]float64 {
	m := map[string]float64{}
	for t := range speechVerbs {
		m[t] = 1
	}
	return m
}()}}

// asksSpeech reports whether the question v asks what someone said.
func asksSpeech(v queryView) bool {
	for _, u := range v.units {
		if speechAskTerms[u.head] {
			return true
		}
		if u.head == "post" && u.members["write"] >= synonymWeight {
			return true
		}
	}
	return false
}

// latinWords keeps the words of ws written in Latin letters.
func latinWords(ws []string) []string {
	var out []string
	for _, w := range ws {
		if w != "" && w[0] < 0x80 {
			out = append(out, w)
		}
	}
	return out
}
