package answer

import (
	"regexp"
	"strings"
)

// clauseBreak splits a sentence into its coordinate clauses: ", and",
// "; ", ", but", ", while", and the Arabic comma before «و» or «بل». A
// plain comma does not split: "Adam D'Angelo, the CEO of Quora and the
// only member … to keep his seat" is one clause with its name.
var clauseBreak = regexp.MustCompile(`(?i)\s*(?:,\s+(?:and|but|while|whereas)\s+|;\s+)`)

// labelCall matches "called" in its sense of naming something ("called
// them a first essential step"): a pronoun, then an article. It is no
// phone call, and answers no question asking who called someone.
var labelCall = regexp.MustCompile(`(?i)\b(?:call|calls|called|calling)(\s+(?:them|it|him|her|this|that|those|these)\s+(?:a|an|the)\b)`)

// eventUnnamed reports whether, of a who-question's quotes, the clause
// that tells most of what is asked (the question's words beside its
// people) names no person of the corpus whom the question does not
// name, while only clauses telling less do: the names the quotes give
// are of others than the one asked about. "Who got added when they
// expanded the new board?" against "The new directors are expected to
// expand the board, and an investigation into … Altman's dismissal has
// been agreed" — Altman is named in the other clause, not as one added.
// A question no clause speaks to, or one whose best clause names someone
// ("a new initial board … chaired by Bret Taylor" for who chairs it),
// is not judged so.
func (e *Engine) eventUnnamed(question string, quotes []string) bool {
	rest := e.withoutPeople(question)
	if strings.TrimSpace(rest) == "" {
		return false
	}
	best, named := 0.0, 0.0
	anyNamed := false
	for _, q := range quotes {
		for _, c := range clauseBreak.Split(q, -1) {
			m := e.match(rest, labelCall.ReplaceAllString(c, "$1"))
			// A clause naming anyone, even one the question names
			// ("Murati or Shear?"), may answer; only names the question
			// does not give make the quotes seem to answer.
			anyNamed = anyNamed || e.newPerson(question, c)
			if e.namesPerson(c) && m > named {
				named = m
			}
			if m > best {
				best = m
			}
		}
	}
	return anyNamed && best > 0 && named+eventSlack < best
}

// eventSlack is how much less of the question a clause naming someone
// may carry than the best clause and still be taken to tell the event
// asked about: a quote naming Murati that carries a little less of "who
// took over as interim CEO after Altman got fired" than one telling the
// firing still answers.
const eventSlack = 0.15
