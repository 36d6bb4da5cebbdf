package cli

import (
	"context"
	"io"
	"strings"
	"unicode/utf8"

	"casebot/casefile"
)

// peopleJSON is the shape of `people --json`.
type peopleJSON struct {
	Query  string            `json:"query,omitempty"`
	People []casefile.Person `json:"people"`
}

// runPeople prints who's who, or the people matching a name.
func runPeople(_ context.Context, r *runner, args []string) error {
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
	if r.opts.json {
		return r.printJSON(peopleJSON{Query: name, People: people})
	}
	return renderPeople(r.env.Stdout, people, name, c.Language())
}

func renderPeople(w io.Writer, people []casefile.Person, query, lang string) error {
	ew := &errWriter{w: w}
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
