package bot

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"log/slog"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"

	"casebot/answer"
	"casebot/casefile"
	"casebot/corpus"
	"casebot/feedback"
)

// Command names of the case tools.
const (
	cmdTimeline = "timeline"
	cmdPeople   = "people"
)

// Custom id prefixes of the buttons under a traced answer; the answer's id
// follows. Older answers keep the plain ids of format.go.
const (
	idTracePrefix = "casebot:trace:"
	idUpPrefix    = idFeedbackUp + ":"
	idDownPrefix  = idFeedbackDown + ":"
)

// recentAnswers is how many answers the bot keeps in memory for their
// trace button and votes (older ones are read back from the feedback store).
const recentAnswers = 2000

// FeedbackStore keeps answers and the votes on them; *feedback.Store is one.
// Its errors are logged, never shown: the answer has been given already.
type FeedbackStore interface {
	SaveAnswer(ctx context.Context, r feedback.Record) error
	Vote(ctx context.Context, answerID, voter, vote string, at time.Time) error
	Answer(ctx context.Context, id string) (feedback.Record, bool, error)
}

// WithFeedbackStore keeps every traced answer and every vote in s.
func WithFeedbackStore(s FeedbackStore) Option { return func(o *options) { o.store = s } }

// tracingBackend is a Backend that can say how it answered
// (*answer.Engine is one): its answers get a trace button, and votes on
// them are stored with the answer.
type tracingBackend interface {
	AskTraced(ctx context.Context, req answer.Request) (answer.Answer, error)
}

// casetools holds what the case tools need between events.
type casetools struct {
	store FeedbackStore
	log   *slog.Logger

	mu     sync.Mutex
	recent map[string]feedback.Record
	order  []string

	cfMu     sync.Mutex
	cfCorpus *corpus.Corpus
	cf       *casefile.Casefile
}

func newCasetools(store FeedbackStore, log *slog.Logger) *casetools {
	return &casetools{store: store, log: log, recent: map[string]feedback.Record{}}
}

// newAnswerID returns a random id for an answer.
func newAnswerID() string {
	var b [8]byte
	if _, err := rand.Read(b[:]); err != nil {
		return strconv.FormatInt(time.Now().UnixNano(), 36)
	}
	return hex.EncodeToString(b[:])
}

// ask answers through be, traced when be can: it returns the answer and,
// for a traced one, the id its buttons carry (kept in memory and in the
// feedback store; a failed write is logged and the answer goes out).
func (b *Bot) ask(ctx context.Context, be Backend, req answer.Request, source string) (answer.Answer, string, error) {
	tb, ok := be.(tracingBackend)
	if !ok {
		a, err := be.Ask(ctx, req)
		return a, "", err
	}
	a, err := tb.AskTraced(ctx, req)
	if err != nil {
		return a, "", err
	}
	rec := feedback.Record{ID: newAnswerID(), Time: b.now(), Source: source, CorpusVersion: be.Info().Version, Answer: a}
	b.tools.remember(rec)
	if st := b.tools.store; st != nil {
		sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
		defer cancel()
		if err := st.SaveAnswer(sctx, rec); err != nil {
			b.metrics.failures.WithLabelValues("feedback_store").Inc()
			b.log.Error("feedback store: keeping the answer failed; it is still sent", "answer_id", rec.ID, "err", err)
		}
	}
	return a, rec.ID, nil
}

// remember keeps an answer for its buttons, forgetting the oldest.
func (ct *casetools) remember(r feedback.Record) {
	ct.mu.Lock()
	defer ct.mu.Unlock()
	if _, ok := ct.recent[r.ID]; !ok {
		ct.order = append(ct.order, r.ID)
	}
	ct.recent[r.ID] = r
	for len(ct.order) > recentAnswers {
		delete(ct.recent, ct.order[0])
		ct.order = ct.order[1:]
	}
}

// lookup finds an answer by id, in memory or in the store.
func (ct *casetools) lookup(ctx context.Context, id string) (feedback.Record, bool) {
	ct.mu.Lock()
	r, ok := ct.recent[id]
	ct.mu.Unlock()
	if ok || ct.store == nil {
		return r, ok
	}
	r, ok, err := ct.store.Answer(ctx, id)
	if err != nil {
		ct.log.Error("feedback store: reading an answer failed", "answer_id", id, "err", err)
		return feedback.Record{}, false
	}
	return r, ok
}

// withAnswerID gives the buttons of a traced answer its id and adds the
// trace button ("How was this answered?") next to them.
func withAnswerID(msgs []outMessage, id, lang string) []outMessage {
	if id == "" || len(msgs) == 0 {
		return msgs
	}
	last := &msgs[len(msgs)-1]
	for _, c := range last.Components {
		row, ok := c.(discordgo.ActionsRow)
		if !ok {
			continue
		}
		for k, comp := range row.Components {
			btn, ok := comp.(discordgo.Button)
			if !ok {
				continue
			}
			if btn.CustomID == idFeedbackUp || btn.CustomID == idFeedbackDown {
				btn.CustomID += ":" + id
				row.Components[k] = btn
			}
		}
		row.Components = append(row.Components, discordgo.Button{
			Label: traceTexts(lang).button, Style: discordgo.SecondaryButton, CustomID: idTracePrefix + id,
			Emoji: &discordgo.ComponentEmoji{Name: "🔎"},
		})
		last.Components = []discordgo.MessageComponent{row}
		break
	}
	return msgs
}

// onCasetoolsButton handles the trace button and the votes on traced
// answers; it reports whether the button was one of them.
func (b *Bot) onCasetoolsButton(ctx context.Context, i *discordgo.Interaction, user *discordgo.User, customID string, t texts) bool {
	switch {
	case strings.HasPrefix(customID, idTracePrefix):
		id := strings.TrimPrefix(customID, idTracePrefix)
		r, ok := b.tools.lookup(ctx, id)
		if !ok || r.Answer.Trace == nil {
			b.notice(ctx, i, traceTexts(langOfTexts(t)).gone)
			return true
		}
		b.metrics.feedback.WithLabelValues("trace").Inc()
		b.respond(ctx, i, &discordgo.InteractionResponse{
			Type: discordgo.InteractionResponseChannelMessageWithSource,
			Data: &discordgo.InteractionResponseData{
				Embeds: []*discordgo.MessageEmbed{traceEmbed(r.Answer)}, Flags: discordgo.MessageFlagsEphemeral, AllowedMentions: noMentions(),
			},
		})
		return true
	case strings.HasPrefix(customID, idUpPrefix), strings.HasPrefix(customID, idDownPrefix):
		vote, id := feedback.Up, strings.TrimPrefix(customID, idUpPrefix)
		if strings.HasPrefix(customID, idDownPrefix) {
			vote, id = feedback.Down, strings.TrimPrefix(customID, idDownPrefix)
		}
		b.metrics.feedback.WithLabelValues(vote).Inc()
		b.log.Info("feedback", "vote", vote, "answer_id", id, "user_id", user.ID, "guild_id", i.GuildID, "channel_id", i.ChannelID)
		if st := b.tools.store; st != nil {
			if r, ok := b.tools.lookup(ctx, id); ok {
				if err := st.SaveAnswer(ctx, r); err != nil { // a no-op when it is stored already
					b.log.Error("feedback store: keeping the answer failed", "answer_id", id, "err", err)
				}
			}
			if err := st.Vote(ctx, id, feedback.HashVoter(user.ID), vote, b.now()); err != nil {
				b.metrics.failures.WithLabelValues("feedback_store").Inc()
				b.log.Error("feedback store: keeping the vote failed", "answer_id", id, "vote", vote, "err", err)
			}
		}
		b.notice(ctx, i, t.thanks)
		return true
	}
	return false
}

// langOfTexts tells which language a set of frame texts is in.
func langOfTexts(t texts) string {
	if t.sources == arabic.sources {
		return "ar"
	}
	return "en"
}

// traceFrame is the frame text of the trace view.
type traceFrame struct {
	button, title, question, read, candidates, decision, path, checks, calls, gone, footer string
	readAs, searchedAs, terms, unknown, foreign, synonyms, rewrite, earlier, figures       string
	decisions                                                                              map[string]string
}

func traceTexts(lang string) traceFrame {
	if strings.HasPrefix(lang, "ar") {
		return traceFrame{
			button: "كيف أُعدّت الإجابة؟", title: "كيف أُعدّت هذه الإجابة", question: "السؤال كما فُهم",
			read: "قراءة السؤال", candidates: "الفقرات المرشحة (BM25 · جيب التمام · المدمج)", decision: "قرار الإجابة",
			path: "المسار", checks: "فحص الاستشهادات", calls: "استدعاءات النموذج",
			gone: "ℹ️ لم يعد أثر هذه الإجابة متاحًا.", footer: "البحث %d مللي ثانية · الإجمالي %d مللي ثانية",
			readAs: "قُرئ هكذا", searchedAs: "بُحث عنه هكذا", terms: "الجذوع", unknown: "ليست في المصادر", foreign: "أسماء لا تذكرها المصادر",
			synonyms: "مرادفات أضيفت", rewrite: "إعادة صياغة النموذج", earlier: "مع السؤال السابق",
			figures:   "الثقة %.2f · الامتناع تحت %.2f · التحفظ تحت %.2f → **%s**",
			decisions: map[string]string{"answered": "أُجيب", "hedged": "أُجيب بتحفظ", "abstained": "امتنع (المقال لا يجيب)", "abstained_by_model": "امتنع (بحكم النموذج)"},
		}
	}
	return traceFrame{
		button: "How was this answered?", title: "How this answer was made", question: "The question as read",
		read: "Reading", candidates: "Paragraphs considered (BM25 · cosine · fused)", decision: "Decision",
		path: "Path", checks: "Citation check", calls: "Model calls",
		gone: "ℹ️ The trace of this answer is no longer available.", footer: "search %d ms · total %d ms",
		readAs: "read as", searchedAs: "searched as", terms: "terms", unknown: "not in the sources", foreign: "names the sources never mention",
		synonyms: "synonyms added", rewrite: "model rewrite", earlier: "with the earlier question",
		figures:   "confidence %.2f · abstain < %.2f · hedge < %.2f → **%s**",
		decisions: map[string]string{"answered": "answered", "hedged": "answered with a caveat", "abstained": "abstained (the corpus does not answer)", "abstained_by_model": "abstained (the model judged so)"},
	}
}

// traceEmbed shows a trace within Discord's embed limits. Every piece of
// text from the question or the corpus is cut to its field and kept on one
// line, so nothing can open a code span or a link.
func traceEmbed(a answer.Answer) *discordgo.MessageEmbed {
	tr := a.Trace
	f := traceTexts(a.Language)
	var desc strings.Builder
	fmt.Fprintf(&desc, "**%s** (%s): %s\n", f.question, tr.Language, truncate(cleanInline(tr.Question), 300))
	if an := tr.Analysis; an != nil {
		if an.ReadAs != "" {
			fmt.Fprintf(&desc, f.readAs+" → %s\n", truncate(cleanInline(an.ReadAs), 300))
		}
		if an.Standard != "" {
			fmt.Fprintf(&desc, f.searchedAs+" → %s\n", truncate(cleanInline(an.Standard), 300))
		}
		fmt.Fprintf(&desc, f.terms+": `%s`\n", truncate(cleanInline(strings.Join(an.Terms, " ")), 300))
		if len(an.Unknown) > 0 {
			fmt.Fprintf(&desc, f.unknown+": `%s`\n", truncate(cleanInline(strings.Join(an.Unknown, " ")), 200))
		}
		if len(an.Foreign) > 0 {
			fmt.Fprintf(&desc, f.foreign+": %s\n", truncate(cleanInline(strings.Join(an.Foreign, ", ")), 200))
		}
		if len(an.Expansions) > 0 {
			fmt.Fprintf(&desc, f.synonyms+": %s\n", truncate(cleanInline(strings.Join(an.Expansions, " ")), 300))
		}
	}
	if tr.Rewrite != "" {
		fmt.Fprintf(&desc, f.rewrite+" → %s\n", truncate(cleanInline(tr.Rewrite), 300))
	}
	if tr.FollowUp != "" {
		fmt.Fprintf(&desc, f.earlier+": %s\n", truncate(cleanInline(tr.FollowUp), 200))
	}
	e := &discordgo.MessageEmbed{
		Title: truncate(f.title, embedTitleLen), Color: colourSources,
		Description: truncate(desc.String(), 2000),
	}
	field := func(name, value string) {
		if strings.TrimSpace(value) == "" {
			return
		}
		e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: truncate(name, embedFieldNameLen), Value: truncate(value, embedFieldValueLen)})
	}
	var cands strings.Builder
	for _, c := range tr.Candidates {
		mark := ""
		if c.Cited {
			mark = " ✅"
		}
		line := fmt.Sprintf("%d. `%s` %.3f · %.3f · %.3f%s\n", c.Rank, truncate(cleanInline(c.Ref), 80), c.Lexical, c.Dense, c.Fused, mark)
		if textLen(cands.String())+textLen(line) > embedFieldValueLen-8 {
			cands.WriteString("…")
			break
		}
		cands.WriteString(line)
	}
	if tr.Degraded != "" {
		cands.WriteString("⚠️ BM25 only: " + truncate(cleanInline(tr.Degraded), 200))
	}
	field(f.candidates, cands.String())
	decision := f.decisions[tr.Decision]
	if decision == "" {
		decision = tr.Decision
	}
	field(f.decision, fmt.Sprintf(f.figures, tr.Confidence, tr.Threshold, tr.ConfidentAt, decision))
	path := tr.Path
	if tr.Model != "" {
		path += " · " + truncate(cleanInline(tr.Model), 100)
	}
	if tr.Fallback != "" {
		path += " · fallback: " + truncate(cleanInline(tr.Fallback), 100)
	}
	field(f.path, path)
	if c := tr.Checks; c != nil {
		v := fmt.Sprintf("sentences removed %d (contradicted %d) · marks dropped %d · quotes unverified %d · links removed %d", c.Removed, c.Contradicted, c.Dropped, c.Unverified, c.Links)
		var whys []string
		for why, n := range c.Why {
			whys = append(whys, fmt.Sprintf("%s ×%d", why, n))
		}
		sort.Strings(whys)
		if len(whys) > 0 {
			v += "\n" + strings.Join(whys, " · ")
		}
		field(f.checks, v)
	}
	var calls strings.Builder
	for _, c := range tr.ModelCalls {
		est := ""
		if c.Estimated {
			est = "≈"
		}
		fmt.Fprintf(&calls, "%s: %s%d+%d tokens, %d ms", c.Purpose, est, c.PromptTokens, c.CompletionTokens, c.MS)
		if c.Error != "" {
			fmt.Fprintf(&calls, " (%s)", truncate(cleanInline(c.Error), 60))
		}
		calls.WriteString("\n")
	}
	field(f.calls, calls.String())
	e.Footer = &discordgo.MessageEmbedFooter{Text: truncate(fmt.Sprintf(f.footer, tr.SearchMS, tr.TotalMS), embedFooterLen)}
	return e
}

// casefileFor analyses the served corpus, once per corpus.
func (b *Bot) casefileFor(be Backend) (*casefile.Casefile, *corpus.Corpus, bool) {
	ch, ok := be.(corpusHolder)
	if !ok || ch.Corpus() == nil {
		return nil, nil, false
	}
	c := ch.Corpus()
	ct := b.tools
	ct.cfMu.Lock()
	defer ct.cfMu.Unlock()
	if ct.cfCorpus != c {
		ct.cf, ct.cfCorpus = casefile.Analyze(c), c
	}
	return ct.cf, c, true
}

// writerBackend can have a model write the case tools' lines, checked
// (*answer.Engine can; without a model it returns them as they are).
type writerBackend interface {
	WriteTimeline(ctx context.Context, tl casefile.Timeline, lang string) (casefile.Timeline, answer.Written, error)
	WritePeople(ctx context.Context, people []casefile.Person, lang string) ([]casefile.Person, answer.Written, error)
}

// matcherBackend can score a topic against a text (the engine's index).
type matcherBackend interface {
	Match(query, text string) float64
}

// Discord lines of the case tools are cut to this many characters (a
// verbatim prefix of the cited sentence, then "…").
const toolLineRunes = 220

// maxToolItems caps the events or people one command shows.
const maxToolItems = 30

// toolCitations numbers the paragraphs a case-tool reply cites.
type toolCitations struct {
	n    map[string]int
	list []answer.Citation
	c    *corpus.Corpus
}

func (tc *toolCitations) mark(cs ...casefile.Citation) string {
	if tc.n == nil {
		tc.n = map[string]int{}
	}
	var b strings.Builder
	for _, c := range cs {
		k, ok := tc.n[c.Ref]
		if !ok {
			p, _ := tc.c.Lookup(c.Ref)
			k = len(tc.list) + 1
			tc.n[c.Ref] = k
			tc.list = append(tc.list, answer.Citation{N: k, Ref: c.Ref, Paragraph: c.Paragraph, Title: c.Title,
				Section: p.Section, Quote: c.Quote, Verified: true, Text: p.Text})
		}
		fmt.Fprintf(&b, "[%d]", k)
	}
	return b.String()
}

// handleTimeline answers /timeline [topic].
func (b *Bot) handleTimeline(i *discordgo.Interaction, user *discordgo.User, topic string, log *slog.Logger, admitted bool) {
	lang := ""
	if strings.TrimSpace(topic) != "" {
		lang = langOf(topic)
	}
	b.runInteraction(i, user, lang, false, cmdTimeline, log, admitted, func(ctx context.Context, be Backend) ([]outMessage, error) {
		cf, c, ok := b.casefileFor(be)
		if !ok {
			return []outMessage{{Content: textsFor(lang).failed}}, nil
		}
		if lang == "" {
			lang = c.Language()
		}
		var m casefile.Matcher
		if mb, ok := be.(matcherBackend); ok {
			m = mb
		}
		tl := cf.Timeline(topic, m)
		if wb, ok := be.(writerBackend); ok {
			var w answer.Written
			tl, w, _ = wb.WriteTimeline(ctx, tl, lang)
			if w.Model != "" {
				log.Info("timeline lines written", "model", w.Model, "kept", w.Kept, "rejected", w.Rejected, "missing", w.Missing, "notice", w.Notice)
			}
		}
		log.Info("timeline", "events", len(tl.Events), "undated", len(tl.Undated))
		return renderTimelineMessages(tl, c, lang), nil
	})
}

func renderTimelineMessages(tl casefile.Timeline, c *corpus.Corpus, lang string) []outMessage {
	tc := &toolCitations{c: c}
	var body strings.Builder
	title := label2(lang, "الخط الزمني للقضية", "Timeline of the case")
	if tl.Topic != "" {
		title = label2(lang, "الخط الزمني", "Timeline") + ": " + truncate(cleanInline(tl.Topic), 100)
	}
	fmt.Fprintf(&body, "**%s**\n", title)
	if len(tl.Events)+len(tl.Undated) == 0 {
		body.WriteString(label2(lang, "لا أحداث في المدونة عن هذا الموضوع.", "The corpus reports no event on this topic."))
		return renderCited(body.String(), "", lang, "timeline", nil, false)
	}
	shown := 0
	for _, e := range tl.Events {
		if shown == maxToolItems {
			break
		}
		shown++
		when := cleanInline(e.When)
		if when == "" {
			when = label2(lang, "بلا تاريخ", "undated")
		}
		fmt.Fprintf(&body, "\n**%s**", truncate(when, 120))
		if e.Date != nil {
			d := e.Date.Start
			if e.Date.End != e.Date.Start {
				d += " … " + e.Date.End
			}
			fmt.Fprintf(&body, " — `%s`", d)
			if e.Date.Inferred {
				body.WriteString(label2(lang, " (مستنتج)", " (inferred)"))
			}
		} else if e.Placement == casefile.PlacedByOrder {
			body.WriteString(label2(lang, " — بعد الحدث السابق", " — after the event before"))
		}
		fmt.Fprintf(&body, "\n%s %s\n", truncate(cleanInline(e.Line()), toolLineRunes), tc.mark(e.LineCitations()...))
	}
	if len(tl.Undated) > 0 && shown < maxToolItems {
		fmt.Fprintf(&body, "\n**%s**\n", label2(lang, "بلا تاريخ ولا ترتيب في النص:", "No date or order word in the text:"))
		for _, e := range tl.Undated {
			if shown == maxToolItems {
				break
			}
			shown++
			fmt.Fprintf(&body, "• %s %s\n", truncate(cleanInline(e.Line()), toolLineRunes), tc.mark(e.LineCitations()...))
		}
	}
	if rest := len(tl.Events) + len(tl.Undated) - shown; rest > 0 {
		fmt.Fprintf(&body, "\n-# %s\n", fmt.Sprintf(label2(lang, "و%d حدثًا آخر: اختر موضوعًا لتضييق القائمة.", "and %d more events: give a topic to narrow the list."), rest))
	}
	return renderCited(body.String(), "", lang, "timeline", tc.list, false)
}

// handlePeople answers /people [name].
func (b *Bot) handlePeople(i *discordgo.Interaction, user *discordgo.User, name string, log *slog.Logger, admitted bool) {
	lang := ""
	if strings.TrimSpace(name) != "" {
		lang = langOf(name)
	}
	b.runInteraction(i, user, lang, false, cmdPeople, log, admitted, func(ctx context.Context, be Backend) ([]outMessage, error) {
		cf, c, ok := b.casefileFor(be)
		if !ok {
			return []outMessage{{Content: textsFor(lang).failed}}, nil
		}
		lang = c.Language()
		people := cf.People()
		if strings.TrimSpace(name) != "" {
			people = cf.FindPeople(name)
		}
		if wb, ok := be.(writerBackend); ok && len(people) > 0 && len(people) <= maxToolItems {
			var w answer.Written
			people, w, _ = wb.WritePeople(ctx, people, lang)
			if w.Model != "" {
				log.Info("people lines written", "model", w.Model, "kept", w.Kept, "rejected", w.Rejected, "missing", w.Missing, "notice", w.Notice)
			}
		}
		log.Info("people", "found", len(people))
		return renderPeopleMessages(people, name, c, lang), nil
	})
}

func renderPeopleMessages(people []casefile.Person, name string, c *corpus.Corpus, lang string) []outMessage {
	tc := &toolCitations{c: c}
	var body strings.Builder
	if len(people) == 0 {
		fmt.Fprintf(&body, "%s %s", label2(lang, "ℹ️ لا أحد في المدونة بهذا الاسم:", "ℹ️ No one in the corpus goes by that name:"), truncate(cleanInline(name), 100))
		return []outMessage{{Content: body.String()}}
	}
	detailed := strings.TrimSpace(name) != ""
	if !detailed {
		fmt.Fprintf(&body, "**%s**\n", label2(lang, "من هو من في القضية", "Who's who in the case"))
	}
	for k, p := range people {
		if k == maxToolItems {
			break
		}
		fmt.Fprintf(&body, "\n**%s**", truncate(cleanInline(p.Name), 100))
		if p.Latin != "" && p.Latin != p.Name {
			fmt.Fprintf(&body, " — %s", truncate(cleanInline(p.Latin), 100))
		}
		body.WriteString("\n")
		if p.Written != "" {
			var cs []casefile.Citation
			seen := map[string]bool{}
			for _, f := range p.Facts {
				for _, r := range p.WrittenCites {
					if f.Citation.Ref == r && !seen[r] {
						seen[r] = true
						cs = append(cs, f.Citation)
					}
				}
			}
			fmt.Fprintf(&body, "%s %s\n", truncate(cleanInline(p.Written), toolLineRunes), tc.mark(cs...))
		}
		roles := p.Roles
		if !detailed && len(roles) > 2 {
			roles = roles[:2]
		}
		for _, r := range roles {
			fmt.Fprintf(&body, "%s %s %s\n", label2(lang, "الصفة:", "Role:"), truncate(cleanInline(r.Text), 120), tc.mark(r.Citation))
		}
		if detailed {
			if len(p.Spellings) > 1 {
				fmt.Fprintf(&body, "%s %s\n", label2(lang, "يُكتب:", "Written:"), truncate(cleanInline(strings.Join(p.Spellings, " · ")), 300))
			}
			for j, f := range p.Facts {
				if j == 8 {
					fmt.Fprintf(&body, "-# %s\n", fmt.Sprintf(label2(lang, "و%d فقرة أخرى تذكره.", "and %d more paragraphs name them."), len(p.Facts)-j))
					break
				}
				fmt.Fprintf(&body, "• %s %s\n", truncate(cleanInline(f.Text), toolLineRunes), tc.mark(f.Citation))
			}
		} else if len(p.Roles) == 0 && len(p.Facts) > 0 {
			fmt.Fprintf(&body, "• %s %s\n", truncate(cleanInline(p.Facts[0].Text), 160), tc.mark(p.Facts[0].Citation))
		}
	}
	return renderCited(body.String(), "", lang, "people", tc.list, false)
}

// peopleChoices suggests names for /people as it is typed.
func (b *Bot) peopleChoices(typed string) []*discordgo.ApplicationCommandOptionChoice {
	out := []*discordgo.ApplicationCommandOptionChoice{}
	cf, _, ok := b.casefileFor(b.current())
	if !ok {
		return out
	}
	people := cf.People()
	if strings.TrimSpace(typed) != "" {
		people = cf.FindPeople(typed)
	}
	for _, p := range people {
		if len(out) == 25 {
			break
		}
		name := p.Name
		if p.Latin != "" && p.Latin != p.Name {
			name += " — " + p.Latin
		}
		out = append(out, &discordgo.ApplicationCommandOptionChoice{Name: truncate(cleanInline(name), 100), Value: truncate(p.Name, 100)})
	}
	return out
}

// label2 picks Arabic or English frame text.
func label2(lang, ar, en string) string {
	if strings.HasPrefix(lang, "ar") {
		return ar
	}
	return en
}

// casetoolsCommands are the case tools' application commands.
func casetoolsCommands() []*discordgo.ApplicationCommand {
	everywhere := []discordgo.InteractionContextType{discordgo.InteractionContextGuild, discordgo.InteractionContextBotDM}
	return []*discordgo.ApplicationCommand{
		{
			Name:        cmdTimeline,
			Description: "The case's events in time order, each with its date and the paragraph that says it.",
			Contexts:    &everywhere,
			Options: []*discordgo.ApplicationCommandOption{{
				Type: discordgo.ApplicationCommandOptionString, Name: "topic",
				Description: "Only events about this topic or person", MaxLength: answer.MaxQuestionRunes,
			}},
		},
		{
			Name:        cmdPeople,
			Description: "Who's who: the people of the case, their roles and what the articles say they did.",
			Contexts:    &everywhere,
			Options: []*discordgo.ApplicationCommandOption{{
				Type: discordgo.ApplicationCommandOptionString, Name: "name",
				Description: "A name in any spelling (Arabic or Latin)", MaxLength: 200, Autocomplete: true,
			}},
		},
	}
}
