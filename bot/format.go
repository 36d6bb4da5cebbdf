package bot

import (
	"casebot/text"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/bwmarrin/discordgo"

	"casebot/answer"
	"casebot/corpus"
)

// Custom ids of the buttons under answers.
const (
	idSources      = "casebot:sources"
	idFeedbackUp   = "casebot:fb:up"
	idFeedbackDown = "casebot:fb:down"
)

// Colours of embeds.
const (
	colourSources  = 0x5865F2
	colourAbstain  = 0x99AAB5
	colourNotice   = 0xFEE75C
	colourSourceOf = 0x57F287
)

// outMessage is one Discord message to send.
type outMessage struct {
	Content    string
	Embeds     []*discordgo.MessageEmbed
	Components []discordgo.MessageComponent
}

// noMentions allows no mention at all, and no ping of a replied-to author.
func noMentions() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}, RepliedUser: false}
}

// texts holds the frame text of one language.
type texts struct {
	sources, closest, fullSources, section, article, paragraph   string
	rateLimited, busy, restarting, usage, failed, notFound       string
	thanks, notAllowed, unknownCommand, adminOnly, reloaded      string
	reloadFailed, noReload, noSources, about, summaryTitle, mode string
	emptyQuestion, tooLong, timedOut                             string
}

var english = texts{
	sources:        "Sources",
	closest:        "Closest paragraphs (they do not answer the question)",
	fullSources:    "Full sources",
	section:        "Section",
	article:        "Article",
	paragraph:      "Paragraph",
	rateLimited:    "⏳ You're asking quickly. Please try again in %s.",
	busy:           "⏳ Too many questions right now. Please ask again in a minute.",
	restarting:     "⏳ I'm restarting. Please ask again in a minute.",
	usage:          "ℹ️ Ask me a question after the mention, for example: `@%s why was Sam Altman removed?`",
	failed:         "⚠️ Sorry, something went wrong while preparing the answer. Please try again.",
	timedOut:       "⚠️ Sorry, preparing the answer took too long. Please try again.",
	notFound:       "ℹ️ There is no paragraph %q. Type `/source` and pick one from the list.",
	thanks:         "Thanks for the feedback!",
	notAllowed:     "ℹ️ I don't answer questions here.",
	unknownCommand: "ℹ️ This command is no longer available.",
	adminOnly:      "ℹ️ Only members who can manage the server can reindex.",
	reloaded:       "✅ Corpus reloaded: %d articles, %d paragraphs (version %s).",
	reloadFailed:   "⚠️ Reloading the corpus failed; the previous corpus is still served: %s",
	noReload:       "ℹ️ Reloading is not available in this deployment.",
	noSources:      "ℹ️ This message has no sources to show.",
	about:          "About casebot",
	summaryTitle:   "Summary",
	mode:           "Answers",
	emptyQuestion:  "ℹ️ The question is empty. Please ask something.",
	tooLong:        "ℹ️ The question is too long (the limit is %d characters).",
}

var arabic = texts{
	sources:        "المصادر",
	closest:        "أقرب الفقرات (لا تجيب عن السؤال)",
	fullSources:    "النص الكامل للمصادر",
	section:        "القسم",
	article:        "المقال",
	paragraph:      "الفقرة",
	rateLimited:    "⏳ أسئلتك متلاحقة. أعد المحاولة بعد %s.",
	busy:           "⏳ الأسئلة كثيرة الآن. أعد السؤال بعد دقيقة.",
	restarting:     "⏳ أُعيد التشغيل الآن. أعد السؤال بعد دقيقة.",
	usage:          "ℹ️ اكتب سؤالك بعد الإشارة، مثلًا: `@%s لماذا أُقيل سام ألتمان؟`",
	failed:         "⚠️ عذرًا، حدث خطأ أثناء إعداد الإجابة. أعد المحاولة.",
	timedOut:       "⚠️ عذرًا، استغرق إعداد الإجابة وقتًا طويلًا. أعد المحاولة.",
	notFound:       "ℹ️ لا توجد فقرة %q. اكتب \u200e/source\u200e واختر من القائمة.",
	thanks:         "شكرًا على رأيك!",
	notAllowed:     "ℹ️ لا أجيب عن الأسئلة هنا.",
	unknownCommand: "ℹ️ هذا الأمر لم يعد متاحًا.",
	adminOnly:      "ℹ️ إعادة الفهرسة لمن يملك صلاحية إدارة الخادم فقط.",
	reloaded:       "✅ أُعيد تحميل المدونة: %d مقال، %d فقرة (الإصدار %s).",
	reloadFailed:   "⚠️ فشلت إعادة التحميل، وما زالت المدونة السابقة مستخدمة: %s",
	noReload:       "ℹ️ إعادة التحميل غير متاحة هنا.",
	noSources:      "ℹ️ لا مصادر في هذه الرسالة.",
	about:          "عن casebot",
	summaryTitle:   "ملخص",
	mode:           "الإجابات",
	emptyQuestion:  "ℹ️ السؤال فارغ. اكتب سؤالًا.",
	tooLong:        "ℹ️ السؤال طويل جدًا (الحد %d حرف).",
}

// textsFor picks the frame text for a language code.
func textsFor(lang string) texts {
	if strings.HasPrefix(lang, "ar") {
		return arabic
	}
	return english
}

// langOf guesses the language of a question for frame text.
func langOf(s string) string { return text.Language(s) }

// noticePrefixes start every notice the bot sends; earlier turns read back
// from a thread skip messages that start with one.
var noticePrefixes = []string{"⏳", "ℹ️", "⚠️", "✅"}

func isNotice(content string) bool {
	for _, p := range noticePrefixes {
		if strings.HasPrefix(content, p) {
			return true
		}
	}
	return false
}

// cleanInline makes a quote safe for one line of an embed: no line breaks,
// no backticks (which would open code spans), no masked links.
func cleanInline(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	return strings.NewReplacer("`", "'", "](", "] (").Replace(s)
}

// sourceLine is one line of the compact source list: "[n] `ref` · section"
// and a short quote. The ref is in a code span so it reads left to right
// even inside Arabic text.
func sourceLine(c answer.Citation) string {
	var b strings.Builder
	fmt.Fprintf(&b, "**[%d]** `%s`", c.N, c.Ref)
	if c.Section != "" {
		b.WriteString(" · ")
		b.WriteString(truncate(cleanInline(c.Section), 80))
	}
	b.WriteString(citationDate(c))
	q := c.Quote
	if q == "" {
		q = c.Text
	}
	if q = cleanInline(q); q != "" {
		b.WriteString("\n> ")
		b.WriteString(truncate(q, 180))
	}
	return b.String()
}

// sourcesEmbed lists citations compactly, within Discord's limits.
func sourcesEmbed(cits []answer.Citation, title string, colour int, footer string) *discordgo.MessageEmbed {
	var b strings.Builder
	for i, c := range cits {
		line := sourceLine(c)
		rest := len(cits) - i
		more := fmt.Sprintf("\n… +%d", rest)
		if textLen(b.String())+textLen(line)+2+textLen(more) > embedDescriptionLen-16 {
			b.WriteString(more)
			break
		}
		if b.Len() > 0 {
			b.WriteString("\n")
		}
		b.WriteString(line)
	}
	e := &discordgo.MessageEmbed{
		Title:       truncate(title, embedTitleLen),
		Description: b.String(),
		Color:       colour,
	}
	if footer != "" {
		e.Footer = &discordgo.MessageEmbedFooter{Text: truncate(footer, 256)}
	}
	return e
}

// answerButtons are the buttons under an answer.
func answerButtons(t texts, withSources bool) []discordgo.MessageComponent {
	var row []discordgo.MessageComponent
	if withSources {
		row = append(row, discordgo.Button{
			Label: t.fullSources, Style: discordgo.SecondaryButton, CustomID: idSources,
			Emoji: &discordgo.ComponentEmoji{Name: "📄"},
		})
	}
	row = append(row,
		discordgo.Button{Style: discordgo.SecondaryButton, CustomID: idFeedbackUp, Emoji: &discordgo.ComponentEmoji{Name: "👍"}},
		discordgo.Button{Style: discordgo.SecondaryButton, CustomID: idFeedbackDown, Emoji: &discordgo.ComponentEmoji{Name: "👎"}},
	)
	return []discordgo.MessageComponent{discordgo.ActionsRow{Components: row}}
}

// withNotice appends a fallback notice as small text under the body.
func withNotice(body, notice string) string {
	body = strings.TrimSpace(body)
	if notice = strings.TrimSpace(notice); notice != "" {
		body += "\n\n-# " + strings.Join(strings.Fields(notice), " ")
	}
	return body
}

// renderCited turns a cited text into messages under 2000 characters; the
// last one carries the source list and the buttons.
func renderCited(body, notice, lang, mode string, cits []answer.Citation, abstained bool) []outMessage {
	t := textsFor(lang)
	pieces := Split(withNotice(body, notice), messageBudget)
	if len(pieces) == 0 {
		pieces = []string{"…"}
	}
	out := make([]outMessage, len(pieces))
	for i, p := range pieces {
		out[i].Content = p
	}
	last := &out[len(out)-1]
	if len(cits) > 0 {
		title, colour := t.sources, colourSources
		if abstained {
			title, colour = t.closest, colourAbstain
		}
		last.Embeds = []*discordgo.MessageEmbed{sourcesEmbed(cits, title, colour, mode)}
	}
	last.Components = answerButtons(t, len(cits) > 0)
	return out
}

// renderAnswer renders an answer as messages.
func renderAnswer(a answer.Answer) []outMessage {
	return renderCited(a.Answer, a.Notice, a.Language, a.Mode, a.Citations, a.Abstained)
}

// renderSummary renders a summary as messages.
func renderSummary(s answer.Summary) []outMessage {
	body := s.Summary
	if s.Topic != "" {
		body = "**" + textsFor(s.Language).summaryTitle + ": " + cleanInline(s.Topic) + "**\n" + body
	}
	return renderCited(body, s.Notice, s.Language, s.Mode, s.Citations, false)
}

// refPattern finds paragraph refs in the source list of an answer.
var refPattern = regexp.MustCompile("\\*\\*\\[(\\d+)\\]\\*\\* `([^`\\n]+)`")

// citedRefs reads back the numbered refs listed in a message's embeds.
func citedRefs(m *discordgo.Message) []numberedRef {
	if m == nil {
		return nil
	}
	var out []numberedRef
	seen := map[string]bool{}
	for _, e := range m.Embeds {
		if e == nil {
			continue
		}
		for _, g := range refPattern.FindAllStringSubmatch(e.Description, -1) {
			n, _ := strconv.Atoi(g[1])
			if !seen[g[2]] {
				seen[g[2]] = true
				out = append(out, numberedRef{N: n, Ref: g[2]})
			}
		}
	}
	return out
}

type numberedRef struct {
	N   int
	Ref string
}

// paragraphEmbed shows one paragraph as written, with its section and
// article. The paragraph text gets what the other parts leave of Discord's
// 6000-character limit for one embed: a long Markdown heading or title with
// a long paragraph would otherwise make Discord refuse the message.
func paragraphEmbed(t texts, n int, p corpus.Paragraph) *discordgo.MessageEmbed {
	title := p.Ref
	if n > 0 {
		title = fmt.Sprintf("[%d] %s", n, p.Ref)
	}
	e := &discordgo.MessageEmbed{
		Title: truncate(title, embedTitleLen),
		Color: colourSourceOf,
	}
	if p.Section != "" {
		e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: t.section, Value: truncate(p.Section, embedFieldValueLen), Inline: true})
	}
	if p.Title != "" {
		e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: t.article, Value: truncate(p.Title, embedFieldValueLen), Inline: true})
	}
	e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: t.paragraph, Value: strconv.Itoa(p.N), Inline: true})
	e.Description = truncate(p.Text, min(embedDescriptionLen, embedTotalLen-embedLen(e)))
	return e
}

// embedLen is an embed's size as Discord counts it towards the 6000 limit.
func embedLen(e *discordgo.MessageEmbed) int {
	n := textLen(e.Title) + textLen(e.Description)
	if e.Footer != nil {
		n += textLen(e.Footer.Text)
	}
	if e.Author != nil {
		n += textLen(e.Author.Name)
	}
	for _, f := range e.Fields {
		n += textLen(f.Name) + textLen(f.Value)
	}
	return n
}

// packEmbeds groups embeds into messages of at most 10 embeds and 6000
// characters each.
func packEmbeds(embeds []*discordgo.MessageEmbed) [][]*discordgo.MessageEmbed {
	var out [][]*discordgo.MessageEmbed
	var cur []*discordgo.MessageEmbed
	size := 0
	for _, e := range embeds {
		n := embedLen(e)
		if len(cur) > 0 && (len(cur) == maxEmbedsPerMessage || size+n > embedTotalLen) {
			out = append(out, cur)
			cur, size = nil, 0
		}
		cur = append(cur, e)
		size += n
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}

// aboutEmbed describes what the bot serves.
func aboutEmbed(in answer.Info) *discordgo.MessageEmbed {
	t := textsFor(in.Language)
	mode := in.Mode
	if in.ChatModel != "" {
		mode += " (" + in.ChatModel + ")"
	}
	f := func(name, value string) *discordgo.MessageEmbedField {
		if value == "" {
			value = "—"
		}
		return &discordgo.MessageEmbedField{Name: name, Value: truncate(value, embedFieldValueLen), Inline: true}
	}
	return &discordgo.MessageEmbed{
		Title: t.about,
		Description: "Answers questions about the case with every claim tied to the paragraph it comes from. " +
			"Ask with `/ask`, mention me, or message me directly.",
		Color: colourSources,
		Fields: []*discordgo.MessageEmbedField{
			f("Articles", strconv.Itoa(in.Articles)),
			f("Paragraphs", strconv.Itoa(in.Paragraphs)),
			f("Corpus version", in.Version),
			f("Corpus language", in.Language),
			f(t.mode, mode),
			f("Embedder", in.Embedder),
		},
	}
}
