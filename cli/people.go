package cli

import (
	"context"
	"io"
	"strings"
	"unicode/utf8"

	"casebot/answer"
	"casebot/casefile"
)

// peopleJSON is the shape of `people --json`.
type peopleJSON struct {
	Query  string            `json:"query,omitempty"`
	People []casefile.Person `json:"people"`
	Model  *answer.Written   `json:"model,omitempty"`
}

// runPeople prints who's who, or the people matching a name.
func runPeople(ctx context.Context, r *runner, args []string) error {
	name := joinArgs(args)
	if n := utf8.RuneCountInString(name); n > 200 {
		return usagef("the name has %d characters; the limit is 200", n)
	}
	c, err := r.loadCorpus()
	if err != nil {
		return err
	}
	cf := casefile.Analyze(c)
	people := cf.People()
	if name != "" {
		people = cf.FindPeople(name)
	}
	if people == nil {
		people = []casefile.Person{}
	}
	out := peopleJSON{Query: name, People: people}
	if r.cfg.ModelEnabled() && len(people) > 0 {
		st, err := r.buildOn(ctx, c)
		if err != nil {
			return err
		}
		var w answer.Written
		out.People, w, _ = st.engine.WritePeople(ctx, people, c.Language())
		out.Model = &w
	}
	if r.opts.json {
		return r.printJSON(out)
	}
	return renderPeople(r.env.Stdout, out.People, name, c.Language(), out.Model)
}

func renderPeople(w io.Writer, people []casefile.Person, query, lang string, written *answer.Written) error {
	ew := &errWriter{w: w}
	writtenNote(ew, lang, written)
	var rn refNumbers
	if query == "" {
		ew.printf("%s\n", label(lang, "من هو من في القضية:", "Who's who in the case:"))
	}
	if len(people) == 0 {
		ew.printf("%s %s\n", label(lang, "لا أحد في المدونة بهذا الاسم:", "No one in the corpus goes by that name:"), query)
		return ew.err
	}
	for _, p := range people {
		ew.printf("\n%s", p.Name)
		if p.Latin != "" && p.Latin != p.Name {
			ew.printf(" — %s", p.Latin)
			if p.LatinFrom == "glossary" {
				ew.printf(" %s", label(lang, "(بحسب مسرد النقحرة)", "(from the transliteration glossary)"))
			}
		}
		ew.printf("\n")
		if p.Written != "" {
			ew.printf("  %s %s\n", p.Written, rn.marks(citationsOf(p)))
		}
		if len(p.Spellings) > 1 {
			ew.printf("  %s %s\n", label(lang, "يُكتب:", "Written:"), strings.Join(p.Spellings, label(lang, "، ", ", ")))
		}
		for _, r := range p.Roles {
			ew.printf("  %s %s %s\n", label(lang, "الصفة:", "Role:"), r.Text, rn.marks([]casefile.Citation{r.Citation}))
		}
		for _, f := range p.Facts {
			ew.printf("  • %s %s\n", f.Text, rn.marks([]casefile.Citation{f.Citation}))
		}
	}
	renderCasefileSources(ew, lang, rn.list)
	return ew.err
}

// citationsOf lists the paragraphs a person's written line cites.
func citationsOf(p casefile.Person) []casefile.Citation {
	var out []casefile.Citation
	seen := map[string]bool{}
	for _, f := range p.Facts {
		for _, r := range p.WrittenCites {
			if f.Citation.Ref == r && !seen[r] {
				seen[r] = true
				out = append(out, f.Citation)
			}
		}
	}
	return out
}
