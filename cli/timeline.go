package cli

import (
	"context"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"casebot/answer"
	"casebot/casefile"
	"casebot/text"
)

// runTimeline prints the case's events in time order, each with its date
// as written, the normalised date and its citations.
func runTimeline(ctx context.Context, r *runner, args []string) error {
	topic := joinArgs(args)
	if n := utf8.RuneCountInString(topic); n > answer.MaxQuestionRunes {
		return usagef("the topic has %d characters; the limit is %d", n, answer.MaxQuestionRunes)
	}
	c, err := r.loadCorpus()
	if err != nil {
		return err
	}
	cf := casefile.Analyze(c)
	var (
		m  casefile.Matcher
		st *stack
	)
	if topic != "" || r.cfg.ModelEnabled() {
		if st, err = r.buildOn(ctx, c); err != nil {
			return err
		}
		m = st.index
	}
	tl := cf.Timeline(topic, m)
	lang := c.Language()
	if topic != "" {
		lang = text.Language(topic)
	}
	out := timelineJSON{Timeline: tl}
	if st != nil && r.cfg.ModelEnabled() {
		var w answer.Written
		out.Timeline, w, _ = st.engine.WriteTimeline(ctx, tl, lang)
		out.Model = &w
	}
	if r.opts.json {
		return r.printJSON(out)
	}
	return renderTimeline(r.env.Stdout, out.Timeline, c.Language(), out.Model)
}

// timelineJSON is the shape of `timeline --json`: the timeline, and what
// a model wrote of it when one is configured.
type timelineJSON struct {
	casefile.Timeline
	Model *answer.Written `json:"model,omitempty"`
}

// writtenNote says how many lines a model wrote and the check kept.
func writtenNote(ew *errWriter, lang string, w *answer.Written) {
	if w == nil || w.Model == "" {
		return
	}
	if w.Notice != "" {
		ew.printf("%s\n", label(lang, "تعذّر على النموذج كتابة السطور ("+w.Notice+")، فهذه جمل المقال نفسها.", "The model could not write the lines ("+w.Notice+"); these are the articles' own sentences."))
		return
	}
	ew.printf(label(lang, "كتب %s %d سطرًا اجتاز فحص الاستشهاد، واستُبدلت بـ%d جملةَ المقال نفسها.\n", "%s wrote %d lines that passed the citation check; %d were replaced by the article's own sentence.\n"), w.Model, w.Kept, w.Rejected+w.Missing)
}

// refNumbers numbers the paragraphs cited by a list of citations, in order
// of first use.
type refNumbers struct {
	n    map[string]int
	list []casefile.Citation
}

func (rn *refNumbers) marks(cs []casefile.Citation) string {
	if rn.n == nil {
		rn.n = map[string]int{}
	}
	var b strings.Builder
	for _, c := range cs {
		k, ok := rn.n[c.Ref]
		if !ok {
			rn.list = append(rn.list, c)
			k = len(rn.list)
			rn.n[c.Ref] = k
		}
		b.WriteString("[")
		b.WriteString(strconv.Itoa(k))
		b.WriteString("]")
	}
	return b.String()
}

// inferenceLabel says, in the frame language, how a date was inferred.
func inferenceLabel(lang string, d *casefile.Date) string {
	if d == nil || !d.Inferred {
		return ""
	}
	switch d.How {
	case "year_from_text":
		return label(lang, "السنة مستنتجة من سياق المقال", "year inferred from the article's context")
	case "year_from_weekday":
		return label(lang, "السنة مستنتجة من يوم الأسبوع", "year inferred from the weekday")
	case "year_from_article_date":
		return label(lang, "السنة مستنتجة من تاريخ نشر المقال", "year inferred from the article's date")
	case "weekday":
		return label(lang, "اليوم مستنتج من تاريخ نشر المقال", "day inferred from the weekday and the article's date")
	case "today":
		return label(lang, "«اليوم» بحسب تاريخ نشر المقال", "\"today\" taken as the article's date")
	case "counted":
		return label(lang, "محسوب من الحدث السابق", "counted from the event before")
	case "during":
		return label(lang, "خلال الحدث السابق", "during the event before")
	}
	return label(lang, "مستنتج", "inferred")
}

// dateText shows a normalised date or range.
func dateText(d *casefile.Date) string {
	if d == nil {
		return ""
	}
	if d.Start == d.End {
		return d.Start
	}
	return d.Start + " … " + d.End
}

func renderTimeline(w io.Writer, tl casefile.Timeline, lang string, written *answer.Written) error {
	ew := &errWriter{w: w}
	writtenNote(ew, lang, written)
	var rn refNumbers
	if tl.Topic != "" {
		ew.printf("%s %s\n", label(lang, "الخط الزمني:", "Timeline:"), tl.Topic)
	} else {
		ew.printf("%s\n", label(lang, "الخط الزمني للقضية:", "Timeline of the case:"))
	}
	if len(tl.Events)+len(tl.Undated) == 0 {
		ew.printf("%s\n", label(lang, "لا أحداث في المدونة عن هذا الموضوع.", "The corpus reports no event on this topic."))
		return ew.err
	}
	for _, e := range tl.Events {
		ew.printf("\n• ")
		switch {
		case e.When != "":
			ew.printf("%s", e.When)
		default:
			ew.printf("%s", label(lang, "(بلا تاريخ في النص)", "(no date in the text)"))
		}
		if e.Date != nil {
			ew.printf(" — %s", dateText(e.Date))
			if l := inferenceLabel(lang, e.Date); l != "" {
				ew.printf(" (%s)", l)
			}
		} else if e.Placement == casefile.PlacedByOrder {
			ew.printf(" — %s", label(lang, "بعد الحدث السابق", "after the event before"))
		}
		ew.printf("\n  %s %s\n", e.Line(), rn.marks(e.LineCitations()))
	}
	if len(tl.Undated) > 0 {
		ew.printf("\n%s\n", label(lang, "أحداث بلا تاريخ ولا ترتيب في النص (بترتيب ورودها):", "Events with no date or order word (in the order they are told):"))
		for _, e := range tl.Undated {
			ew.printf("• %s %s\n", e.Line(), rn.marks(e.LineCitations()))
		}
	}
	renderCasefileSources(ew, lang, rn.list)
	return ew.err
}

// renderCasefileSources lists the numbered paragraphs, with the article's
// date when it has one.
func renderCasefileSources(ew *errWriter, lang string, cs []casefile.Citation) {
	if len(cs) == 0 {
		return
	}
	ew.printf("\n%s\n", label(lang, "المصادر:", "Sources:"))
	for i, c := range cs {
		ew.printf("[%d] %s", i+1, c.Ref)
		if c.Date != "" {
			ew.printf(" · %s", c.Date)
		}
		ew.printf("\n")
	}
}
