package answer

import (
	"context"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"casebot/text"
)

// ground is everything a model's reply goes through before anyone sees
// it: made safe (safe.go), its citations and quotes checked
// (citecheck.go), every sentence checked against what it cites
// (claims.go), unsupported sentences removed and the marks renumbered.

// grounded is a model reply after ground.
type grounded struct {
	// Text holds the supported sentences, marks renumbered 1..m.
	Text string
	// Citations back Text's marks; every one is Supported.
	Citations []Citation
	// Claims lists every sentence of the reply with the check's outcome.
	Claims []Claim
	// Removed counts the sentences removed as unsupported.
	Removed int
	// Contradicted counts those removed because their cited paragraphs do
	// not bear them out (as opposed to citing nothing, or a quote that is
	// not in the sources).
	Contradicted int
	// Cut, Links, Dropped and Unverified report what the cleaning and the
	// citation check changed.
	Cut                 bool
	Links               int
	Dropped, Unverified int
}

// leadIn is a reply's uncited opening line ("According to the article:"):
// not a claim, removed without counting.
const reasonLeadIn = "lead_in"

// bulletPrefix matches a list marker at the start of a line.
var bulletPrefix = regexp.MustCompile(`^\s*(?:[-*•·‣–]|\d{1,2}[.)])\s+`)

// ground checks reply against the paragraphs the model was given and keeps
// what holds up. capRunes caps the reply's length.
func (e *Engine) ground(ctx context.Context, reply string, paras []ctxPara, lang string, capRunes int) grounded {
	var g grounded
	cl := cleanModelText(reply, e.links, capRunes)
	g.Cut, g.Links = cl.Cut, cl.Links
	chk := checkCitations(cl.Text, paras, lang)
	g.Dropped, g.Unverified = chk.Dropped, chk.Unverified

	byN := map[int]Citation{}
	for _, c := range chk.Citations {
		byN[c.N] = c
	}
	byRef := map[string]ctxPara{}
	for _, p := range paras {
		byRef[p.P.Ref] = p
	}
	m := e.claimMatcher()
	label := unverifiedLabel(lang)

	var lines []string
	for _, ln := range lineSpans(chk.Text) {
		line := chk.Text[ln[0]:ln[1]]
		prefix := bulletPrefix.FindString(line)
		var kept []string
		for _, sp := range claimSpans(line) {
			sent := strings.TrimSpace(line[sp[0]:sp[1]])
			if sp[0] == 0 {
				sent = strings.TrimSpace(strings.TrimPrefix(line[:sp[1]], prefix))
			}
			if !hasLetters(markPattern.ReplaceAllString(sent, ""), 1) {
				continue // only marks or punctuation
			}
			claim := Claim{Text: strings.TrimSpace(tidy(markPattern.ReplaceAllString(sent, "")))}
			var cited []ctxPara
			seen := map[string]bool{}
			for _, mk := range markPattern.FindAllString(sent, -1) {
				c, ok := byN[markNumber(mk)]
				if !ok || seen[c.Ref] {
					continue
				}
				seen[c.Ref] = true
				claim.Refs = append(claim.Refs, c.Ref)
				cited = append(cited, byRef[c.Ref])
			}
			core := strings.TrimSpace(strings.ReplaceAll(claim.Text, label, ""))
			switch {
			case len(cited) == 0 && isLeadIn(core):
				claim.Reason = reasonLeadIn
			case strings.Contains(sent, label):
				claim.Reason = ReasonQuote
			default:
				claim.Reason = e.checkClaim(ctx, m, core, cited, paras).reason
			}
			claim.Supported = claim.Reason == ""
			g.Claims = append(g.Claims, claim)
			if !claim.Supported {
				switch claim.Reason {
				case reasonLeadIn:
				case ReasonNoCitation, ReasonQuote, ReasonAbstained:
					g.Removed++
				default:
					g.Removed++
					g.Contradicted++
				}
				continue
			}
			kept = append(kept, e.dropInstructionMarks(sent, byN))
		}
		if len(kept) > 0 {
			lines = append(lines, prefix+strings.Join(kept, " "))
		}
	}
	txt, cits := renumberMarks(strings.Join(lines, "\n"), chk.Citations)
	for i := range cits {
		cits[i].Supported = true
	}
	g.Text, g.Citations = dedupeAdjacentMarks(tidy(txt)), cits
	return g
}

// fallbackReason says why nothing of a reply could be shown.
func (g grounded) fallbackReason() string {
	if g.Contradicted > 0 {
		return reasonUnsupported
	}
	return reasonNoCitation
}

// dropInstructionMarks removes from a supported sentence its marks for
// paragraphs that read like instructions: the sentence stands on its other
// citations, and those paragraphs are not shown as support.
func (e *Engine) dropInstructionMarks(sent string, byN map[int]Citation) string {
	return markPattern.ReplaceAllStringFunc(sent, func(mk string) string {
		if c, ok := byN[markNumber(mk)]; ok && e.instructionLike(c.Ref) {
			return ""
		}
		return mk
	})
}

// isLeadIn reports whether an uncited sentence only introduces what
// follows: short, and ending with a colon or written as a Markdown heading
// or in bold on a line of its own.
func isLeadIn(s string) bool {
	t := strings.TrimSpace(s)
	short := len(strings.Fields(t)) <= 8
	heading := strings.HasPrefix(t, "#") || (strings.HasPrefix(t, "**") && strings.HasSuffix(t, "**"))
	t = strings.TrimSpace(strings.Trim(t, "*_# "))
	return short && (strings.HasSuffix(t, ":") || strings.HasSuffix(t, "：") || heading)
}

// claimSpans returns the byte spans of the sentences of one line; marks
// that open a sentence ("… صريحا. [1] ثم …") belong to the one before.
func claimSpans(line string) [][2]int {
	var out [][2]int
	for _, sp := range text.SentenceSpans(line) {
		a, b := sp[0], sp[1]
		if len(out) > 0 {
			if n := leadingMarks(line[a:b]); n > 0 {
				out[len(out)-1][1] = a + len(strings.TrimRight(line[a:a+n], " \t"))
				a += n
			}
		}
		if strings.TrimSpace(line[a:b]) != "" {
			out = append(out, [2]int{a, b})
		}
	}
	return out
}

// leadingMarks returns the length of the citation marks (and spaces and
// closing punctuation) that s starts with.
func leadingMarks(s string) int {
	n := 0
	for {
		rest := s[n:]
		trimmed := strings.TrimLeftFunc(rest, func(r rune) bool { return unicode.IsSpace(r) || r == '.' || r == '،' || r == ',' })
		loc := markPattern.FindStringIndex(trimmed)
		if loc == nil || loc[0] != 0 {
			if n > 0 {
				// keep the punctuation and spaces after the last mark too
				return n + len(rest) - len(strings.TrimLeft(rest, " \t.،,"))
			}
			return 0
		}
		n += len(rest) - len(trimmed) + loc[1]
	}
}

// notice says in lang what the checks changed in a model's reply, and
// why it may be incomplete (finish is the model's finish reason).
func (g grounded) notice(lang, finish string) string {
	var parts []string
	ar := lang == "ar"
	if g.Removed > 0 {
		if ar {
			parts = append(parts, fmt.Sprintf("أُزيلت %s من رد النموذج اللغوي لأن الفقرات التي تستشهد بها لا تؤيدها.", arabicSentences(g.Removed)))
		} else {
			parts = append(parts, fmt.Sprintf("%s of the language model's reply %s removed because the paragraphs %s cite%s do not support %s.",
				plural(g.Removed, "sentence", "sentences"), choose(g.Removed == 1, "was", "were"), choose(g.Removed == 1, "it", "they"), choose(g.Removed == 1, "s", ""), choose(g.Removed == 1, "it", "them")))
		}
	}
	if g.Dropped+g.Unverified > 0 {
		parts = append(parts, checkNotice(lang))
	}
	if g.Links > 0 {
		parts = append(parts, choose(ar, "أُزيلت من الرد روابط لا ترد في المصادر.", "Links that the sources do not contain were removed from the reply."))
	}
	if g.Cut {
		parts = append(parts, choose(ar, "كان رد النموذج اللغوي أطول من اللازم فقُطع.", "The language model's reply was too long and was cut."))
	}
	if n := finishNotice(lang, finish); n != "" {
		parts = append(parts, n)
	}
	return strings.Join(parts, " ")
}

func choose(c bool, a, b string) string {
	if c {
		return a
	}
	return b
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// arabicSentences says "n sentences" in Arabic.
func arabicSentences(n int) string {
	switch n {
	case 1:
		return "جملة واحدة"
	case 2:
		return "جملتان"
	}
	if n <= 10 {
		return strconv.Itoa(n) + " جمل"
	}
	return strconv.Itoa(n) + " جملة"
}

// FinishReporter is a ChatModel that also says why each reply ended, as
// the OpenAI API's finish_reason ("stop", "length", "content_filter"...).
// llm.Client implements it; a model that does not is taken to have
// stopped normally.
type FinishReporter interface {
	ChatFinish(ctx context.Context, msgs []Message, onDelta func(string)) (reply, finishReason string, err error)
}

// chat calls the model, with its finish reason when it reports one.
func (e *Engine) chat(ctx context.Context, msgs []Message, onDelta func(string)) (string, string, error) {
	if f, ok := e.opts.Model.(FinishReporter); ok {
		return f.ChatFinish(ctx, msgs, onDelta)
	}
	r, err := e.opts.Model.Chat(ctx, msgs, onDelta)
	return r, "", err
}

// normalFinish holds the finish reasons of a reply that ended by itself.
var normalFinish = map[string]bool{"": true, "stop": true, "eos": true, "eos_token": true, "end_turn": true, "stop_sequence": true}

// finishNotice says that a reply did not end normally, or "" when it did.
func finishNotice(lang, finish string) string {
	finish = strings.ToLower(strings.TrimSpace(finish))
	if normalFinish[finish] {
		return ""
	}
	if finish == "length" || finish == "max_tokens" {
		return choose(lang == "ar", "توقف رد النموذج اللغوي عند حدّ طول الرد، فقد يكون ناقصًا.", "The language model's reply was cut off at its length limit and may be incomplete.")
	}
	why := cutRunes(text.CleanName(finish, 40), 40)
	return choose(lang == "ar", "انتهى رد النموذج اللغوي على غير المعتاد ("+why+")، فقد يكون ناقصًا.", "The language model's reply ended abnormally ("+why+") and may be incomplete.")
}

// instructionNotice says that cited paragraphs read like instructions.
func instructionNotice(lang string, ns []int) string {
	var marks []string
	for _, n := range ns {
		marks = append(marks, "["+strconv.Itoa(n)+"]")
	}
	m := strings.Join(marks, " ")
	return choose(lang == "ar", "تنبيه: الفقرة "+m+" تبدو تعليمات موجّهة إلى نموذج لغوي لا نصًّا إخباريًا، فتعامل معها بحذر.",
		"Paragraph "+m+" reads like instructions to a language model rather than news; treat it with care.")
}

// joinNotices joins non-empty notices.
func joinNotices(ns ...string) string {
	var out []string
	for _, n := range ns {
		if n = strings.TrimSpace(n); n != "" {
			out = append(out, n)
		}
	}
	return strings.Join(out, " ")
}

// notInSourcesWord matches the abstention marker anywhere in a reply.
var notInSourcesWord = regexp.MustCompile(`(?i)\bNOT[_ ]IN[_ ]SOURCES\b`)

// saysNotInSources reports whether a reply abstains: the marker on a line
// of its own, or anywhere in it ("NOT_IN_SOURCES. But Altman…"): a model
// that said the paragraphs do not answer is not shown answering.
func saysNotInSources(reply string) bool {
	return isNotInSources(reply) || notInSourcesWord.MatchString(text.StripControl(reply))
}

// finishAnswer is the last step of every answer, whichever path made it:
// citations of paragraphs that read like instructions are labelled (and a
// notice says so), and extractive citations are Supported when their quote
// is verbatim. Model text was made safe in ground; the article's own text
// is kept as written (front ends escape it for their medium, and --json
// keeps it exact).
func (e *Engine) finishAnswer(a Answer) Answer {
	a.Notice = e.markCitations(a.Citations, a.Mode == ModeExtractive || a.Abstained, a.Abstained, a.Language, a.Notice)
	return a
}

// finishSummary is finishAnswer for summaries.
func (e *Engine) finishSummary(s Summary) Summary {
	s.Notice = e.markCitations(s.Citations, s.Mode == ModeExtractive, false, s.Language, s.Notice)
	return s
}

// markCitations labels the citations cs of paragraphs that read like
// instructions and, when they are quoted by the engine (quoted: an
// extractive answer or an abstention), marks Supported those whose quote
// is verbatim, none of them for an abstention. It returns notice with,
// when any is labelled, the notice in lang that says so.
func (e *Engine) markCitations(cs []Citation, quoted, abstained bool, lang, notice string) string {
	var suspect []int
	for i := range cs {
		c := &cs[i]
		c.InstructionLike = e.instructionLike(c.Ref)
		if c.InstructionLike {
			suspect = append(suspect, c.N)
		}
		if quoted {
			c.Supported = c.Verified && !abstained && !c.InstructionLike
		}
	}
	if len(suspect) > 0 {
		notice = joinNotices(notice, instructionNotice(lang, suspect))
	}
	return notice
}
