package retrieval

import (
	"strings"

	"casebot/text"
)

// A stance question asks for the article's own view rather than for an
// event: its assessment, the lesson it draws, the broader frame it puts the
// events in, whether it thinks a crisis is really over («برأي الكاتب…»,
// «كيف ينظر المقال…», «الكاتب كيشوف…», "what does the writer make of…",
// "is it really over?"). Its content words are the events', so the
// paragraphs that tell the events match it best, while the answer sits in
// the paragraphs that interpret them: rhetorical questions, «ليس مجرد …
// بل», «يشير إلى», «يسلّط الضوء», "raises questions", "shows that". The
// re-ranker therefore, for a stance question, mixes into every candidate's
// score the share of interpretive markers its sentences carry.

// stanceKind narrows a stance question to what it weighs.
type stanceKind int

const (
	// stanceNone is a question about events.
	stanceNone stanceKind = iota
	// stanceView asks for the article's view or assessment.
	stanceView
	// stanceBigger asks whether the events are merely what they seem or
	// something bigger (a broader context, a lesson).
	stanceBigger
	// stanceOver asks whether a crisis is really over.
	stanceOver
)

// stanceAuthors are the words naming the article or its writer, folded,
// without the article ال (see stanceForms).
var stanceAuthors = map[string]bool{
	"مقال": true, "مقاله": true, "كاتب": true, "كاتبه": true, "نص": true, "محرر": true,
	"article": true, "piece": true, "author": true, "writer": true, "essay": true, "column": true, "columnist": true, "text": true, "op-ed": true,
}

// stanceVerbs are the verbs and nouns of opinion (see, consider, assess,
// conclude; رأي، نظر), folded, in standard and colloquial forms
// (يشوف، شايف، كيشوف as ك + يشوف).
var stanceVerbs = map[string]bool{
	"يري": true, "تري": true, "راي": true, "رايه": true, "رايها": true, "نظر": true, "نظره": true, "ينظر": true, "تنظر": true,
	"يعتبر": true, "تعتبر": true, "يعد": true, "يقيم": true, "تقيم": true, "تقييم": true, "يقرا": true, "تقرا": true, "قراءه": true,
	"يستنتج": true, "تستنتج": true, "استنتاج": true, "يخلص": true, "تخلص": true, "خلاصه": true, "خلاصته": true, "يحكم": true,
	"يشوف": true, "تشوف": true, "شايف": true, "شايفه": true, "شايفين": true, "يعتقد": true, "تعتقد": true, "موقف": true,
	"think": true, "thinks": true, "see": true, "sees": true, "view": true, "views": true, "consider": true, "considers": true,
	"regard": true, "regards": true, "assess": true, "assessment": true, "judge": true, "judgment": true, "verdict": true,
	"conclude": true, "concludes": true, "conclusion": true, "argue": true, "argues": true, "believe": true, "believes": true,
	"opinion": true, "make": true, "stance": true, "frame": true, "frames": true,
}

// stanceStrong are words asking for a lesson or a conclusion on their own
// (درس، عبرة، مغزى، خلاصة، lesson, takeaway), folded.
var stanceStrong = map[string]bool{
	"درس": true, "دروس": true, "عبره": true, "مغزي": true, "خلاصه": true, "يستنتج": true, "تستنتج": true, "استنتاج": true,
	"lesson": true, "lessons": true, "takeaway": true, "takeaways": true, "moral": true, "conclude": true, "concludes": true, "conclusion": true,
}

// stanceBiggerWords ask for more than the events (bigger, broader; أكبر،
// أوسع، كبر as Maghrebi says it), folded.
var stanceBiggerWords = map[string]bool{
	"اكبر": true, "اوسع": true, "اعمق": true, "كبر": true, "اكثر": true, "كثر": true,
	"bigger": true, "broader": true, "wider": true, "larger": true, "deeper": true,
}

// stanceFrames are what a bigger view is of (a context, a picture, a
// meaning), and stanceMerely the words asking "merely…?" (مجرد، بس، غير as
// colloquial "only", just), folded: either with a bigger-word makes a
// stanceBigger question.
var (
	stanceFrames = map[string]bool{
		"سياق": true, "صوره": true, "معني": true, "نطاق": true, "اطار": true, "شي": true, "شيء": true, "حاجه": true, "ابعاد": true, "دلاله": true,
		"context": true, "picture": true, "point": true, "meaning": true, "issue": true, "question": true, "questions": true, "trend": true, "pattern": true, "something": true, "sense": true,
	}
	stanceMerely = map[string]bool{
		"مجرد": true, "بس": true, "غير": true, "فقط": true,
		"just": true, "merely": true, "only": true, "simply": true, "mere": true,
	}
)

// stanceOverWords say a crisis ended and stanceReally doubt it (really,
// for good; فعلا، حقا، عن جد), folded.
var (
	stanceOverWords = map[string]bool{
		"انتهت": true, "انتهي": true, "انتهاء": true, "خلصت": true, "خلص": true, "هدات": true, "هدا": true, "طويت": true,
		"over": true, "ended": true, "finished": true, "resolved": true, "settled": true,
	}
	stanceReally = map[string]bool{
		"فعلا": true, "حقا": true, "بالفعل": true, "فعليا": true, "جد": true, "بجد": true, "حقيقه": true, "نهائيا": true, "لا": true, "باقي": true,
		"really": true, "truly": true, "actually": true, "completely": true, "entirely": true,
	}
)

// stanceForms returns a folded question word and its forms without a
// leading conjunction, preposition or colloquial verb prefix (و، ف، ب، ك،
// ل) or the article ال: كيشوف → يشوف، بيستنتج → يستنتج، المقال → مقال.
func stanceForms(w string) []string {
	f := strings.Trim(text.Fold(w), ".,!?؟،:;\"'«»()")
	out := []string{f}
	heads := []string{f}
	for _, p := range []string{"و", "ف", "ب", "ك", "ل"} {
		if rest, ok := strings.CutPrefix(f, p); ok && len([]rune(rest)) >= 3 {
			heads = append(heads, rest)
			out = append(out, rest)
		}
	}
	for _, h := range heads {
		for _, p := range []string{"ال", "لل"} {
			if rest, ok := strings.CutPrefix(h, p); ok && len([]rune(rest)) >= 2 {
				out = append(out, rest)
			}
		}
	}
	return out
}

// stanceOf reads what a question asks of the article's view: stanceNone
// for a question about events. strong is set when the question asks for
// the view alone (a lesson, a conclusion, a bigger frame, whether it is
// really over), not for a view of something the events name.
func stanceOf(questions ...string) (kind stanceKind, strong bool) {
	has := func(set map[string]bool, ws []string) bool {
		for _, w := range ws {
			for _, f := range stanceForms(w) {
				if set[f] {
					return true
				}
			}
		}
		return false
	}
	for _, q := range questions {
		ws := text.Words(q)
		author, verb := has(stanceAuthors, ws), has(stanceVerbs, ws)
		bigger := has(stanceBiggerWords, ws) && (has(stanceFrames, ws) || has(stanceMerely, ws) || has(stanceStrong, ws))
		over := has(stanceOverWords, ws) && (has(stanceReally, ws) || author)
		switch {
		case bigger:
			return stanceBigger, true
		case over:
			return stanceOver, true
		case has(stanceStrong, ws):
			return stanceView, true
		case author && verb:
			kind = stanceView
		}
	}
	return kind, false
}

// stanceMarker is an interpretive phrase, folded and padded, and the kind
// of stance question it answers best (stanceView for any).
type stanceMarker struct {
	phrase string
	kind   stanceKind
}

// stanceMarkers are the phrases by which an article interprets rather than
// reports, in Arabic and English.
var stanceMarkers = []stanceMarker{
	// more than it seems
	{" ليس مجرد ", stanceBigger}, {" ليست مجرد ", stanceBigger}, {" لم يكن مجرد ", stanceBigger}, {" لم تكن مجرد ", stanceBigger},
	{" اكثر من مجرد ", stanceBigger}, {" يعكس ", stanceBigger}, {" تعكس ", stanceBigger}, {" نموذج ", stanceBigger}, {" نموذجا ", stanceBigger},
	{" not just ", stanceBigger}, {" not merely ", stanceBigger}, {" not simply ", stanceBigger}, {" more than ", stanceBigger},
	{" reflects ", stanceBigger}, {" a symptom ", stanceBigger}, {" an example of ", stanceBigger},
	// over only on the surface
	{" ظاهريا ", stanceOver}, {" الا ان ", stanceOver}, {" لا يزال ", stanceOver}, {" لا تزال ", stanceOver}, {" مؤقتا ", stanceOver},
	{" apparently ", stanceOver}, {" on the surface ", stanceOver}, {" seemingly ", stanceOver}, {" for now ", stanceOver}, {" remains to be seen ", stanceOver},
	// interpretation
	{" يشير الي ", stanceView}, {" تشير الي ", stanceView}, {" يسلط الضوء ", stanceView}, {" تسلط الضوء ", stanceView},
	{" يفتح باب ", stanceView}, {" تفتح باب ", stanceView}, {" التساؤل ", stanceView}, {" تساؤلات ", stanceView}, {" يطرح ", stanceView},
	{" دليلا علي ", stanceView}, {" دليل علي ", stanceView}, {" مؤشر ", stanceView}, {" الواقع ", stanceView}, {" يبدو ان ", stanceView},
	{" من الواضح ", stanceView}, {" لا شك ", stanceView}, {" درس ", stanceView}, {" عبره ", stanceView}, {" هشاشه ", stanceView},
	{" raises questions ", stanceView}, {" raise questions ", stanceView}, {" shows that ", stanceView}, {" suggests ", stanceView},
	{" a sign ", stanceView}, {" highlights ", stanceView}, {" underscores ", stanceView}, {" points to ", stanceView},
	{" in fact ", stanceView}, {" in reality ", stanceView}, {" the lesson ", stanceView}, {" a reminder ", stanceView}, {" illustrates ", stanceView},
}

// stanceShare is the share of interpretation a paragraph carries for a
// stance question of the given kind, in [0, 1]: its distinct interpretive
// markers (a rhetorical question counts as one), two making it whole, and,
// for a narrower kind, whether one of them answers that kind.
func stanceShare(p string, kind stanceKind) float64 {
	f := " " + strings.Join(strings.FieldsFunc(text.Fold(p), func(r rune) bool {
		return !(r >= 'a' && r <= 'z') && !(r >= 0x600 && r <= 0x6ff && r != '،' && r != '؟' && r != '؛') && !(r >= '0' && r <= '9') && r != '-'
	}), " ") + " "
	n, match := 0, false
	for _, m := range stanceMarkers {
		// An Arabic phrase may come with a leading و or ف (ويشير إلى).
		if strings.Contains(f, m.phrase) || strings.Contains(f, " و"+m.phrase[1:]) || strings.Contains(f, " ف"+m.phrase[1:]) {
			n++
			if m.kind == kind {
				match = true
			}
		}
	}
	for _, s := range text.Sentences(p) {
		if s = strings.TrimSpace(s); strings.HasSuffix(s, "؟") || strings.HasSuffix(s, "?") {
			n++
			break
		}
	}
	share := min(float64(n), 2) / 2
	if kind == stanceView {
		return share
	}
	if match {
		return 0.6*share + 0.4
	}
	return 0.6 * share
}

const (
	// stanceWeight is the part of a candidate's score its interpretive
	// share takes for a stance question asking for the view alone.
	stanceWeight = 0.6
	// stanceWeakWeight is that part for a question asking the writer's
	// view of something the events name ("what does the writer think of
	// the board's vote?"), whose events' words still count most.
	stanceWeakWeight = 0.3
)

// preferStance re-ranks, for a stance question (see stanceOf), every
// candidate by its score mixed with its interpretive share (see
// stanceShare) of the best score; the order changes and each place keeps
// the score it had (the ladder the answer reads).
func (ix *Index) preferStance(fused []scored, sq standardQuery) {
	if len(fused) < 2 {
		return
	}
	kind, strong := stanceOf(sq.raw, sq.question)
	if kind == stanceNone {
		return
	}
	w := stanceWeakWeight
	if strong {
		w = stanceWeight
	}
	top := fused[0].score
	ladder := make([]float64, len(fused))
	for i := range fused {
		ladder[i] = fused[i].score
	}
	sortFloatsDesc(ladder)
	for i := range fused {
		fused[i].score = (1-w)*fused[i].score + w*top*stanceShare(ix.paras[fused[i].doc].Text, kind)
	}
	sortScored(fused)
	for i := range fused {
		fused[i].score = ladder[i]
	}
}
