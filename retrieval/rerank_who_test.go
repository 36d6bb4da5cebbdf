package retrieval

import (
	"context"
	"testing"
)

func TestPersonOf(t *testing.T) {
	ix := buildDefault(t, Options{})
	cases := []struct {
		word, want string
	}{
		{"هيغي", "hg"},         // a surname the glossary renders by sound
		{"سوتسكيفر", "stskfr"}, // a surname whose given name (إليا) is too short a key
		{"وهيلين", "tnr"},      // a given name, with «و»: the person is her surname's
		{"سام", "ltmn"},        // Sam is Altman
		{"لألتمان", "ltmn"},
		{"نوفمبر", ""}, // a month the glossary renders by sound is no one
		{"دعم", ""},    // same consonants as آدم, another spelling: no one
		{"الشركة", ""}, // a common word
		{"Altman", ""}, // the corpus's words are Arabic: Latin words are read by namedPersons
	}
	for _, c := range cases {
		if got := ix.names.personOf(c.word); got != c.want {
			t.Errorf("personOf(%q) = %q, want %q", c.word, got, c.want)
		}
	}
}

func TestNamedPersons(t *testing.T) {
	ix := buildDefault(t, Options{})
	cases := []struct {
		q    string
		want []string
		not  []string
	}{
		{"Who called Helen Toner before Altman was fired?", []string{"tnr", "ltmn"}, []string{"stskfr"}},
		{"Who did سوتسكيفر call before the firing?", []string{"stskfr"}, []string{"tnr"}},
		{"مين اللي صوتوا ضد التمان في المجلس", []string{"ltmn"}, []string{"tnr", "mrt"}},
		{"who wrote the book?", nil, []string{"ltmn", "hg"}},
	}
	for _, c := range cases {
		got := ix.names.namedPersons(ix.standardize(c.q))
		for _, p := range c.want {
			if !got[p] {
				t.Errorf("%q: %s not read as named (%v)", c.q, p, got)
			}
		}
		for _, p := range c.not {
			if got[p] {
				t.Errorf("%q: %s read as named (%v)", c.q, p, got)
			}
		}
	}
}

// A who-question prefers the paragraph whose sentence names someone it
// does not; a question that does not ask who is not re-ranked so.
func TestWhoPrefersNamedPerson(t *testing.T) {
	ix := buildDefault(t, Options{})
	cases := []struct {
		q    string
		want int
	}{
		{"مين اللي كتب الكتاب اللي فضح الحكايه دي كلها؟", 2}, // not #10's «ما كشفه الكتاب»
		{"مين الست اللي كتبت الكتاب اللي فضح الحكايه دي", 2}, // Egyptian
		{"شكون اللي كتبات الكتاب اللي فضح هادشي؟", 2},        // Maghrebi
		{"مَن مِن مؤسسي OpenAI أُزيح كذلك مع ألتمان؟", 7},    // Brockman, not #3's Altman only
	}
	for _, c := range cases {
		res, err := ix.Search(context.Background(), c.q, SearchOptions{K: 3, Mode: Fused})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Hits) == 0 || res.Hits[0].Paragraph.N != c.want {
			t.Errorf("%q: got %s, want #%d first", c.q, hitList(res), c.want)
		}
	}
	// The credit goes to who-questions only: the same sentence fit without
	// it is lower for the paragraph naming the author.
	sq := ix.standardize("مين اللي كتب الكتاب اللي فضح الحكايه دي كلها؟")
	units := ix.rerankUnits(sq)
	d := 1 // paragraph #2
	with := ix.sentenceFitFor(units, fitAsk{asked: AskedPerson, person: true, named: ix.names.namedPersons(sq)}, d)
	without := ix.sentenceFitFor(units, fitAsk{asked: AskedPerson}, d)
	if with <= without {
		t.Errorf("who credit: fit %.2f with, %.2f without", with, without)
	}
	// A sentence naming only the persons asked about earns nothing.
	if ix.namesOther(1, 0, ix.sx.persons[1][0]) {
		t.Error("namesOther: #2 names no one but those given")
	}
	if !ix.namesOther(1, 0, map[string]bool{"ltmn": true}) {
		t.Error("namesOther: #2 names Hagey, whom a question naming Altman does not")
	}
}

// A part of a whole asked in English ("what share of the board") asks how
// many; sharing documents does not.
func TestAskedForShareOf(t *testing.T) {
	cases := []struct {
		q    string
		want Asked
	}{
		{"what share of the board backed kicking him out", AskedNumber},
		{"What proportion of the staff threatened to quit?", AskedNumber},
		{"what did the board share with the staff?", AskedAny},
		{"did they share documents?", AskedAny},
	}
	for _, c := range cases {
		if got := AskedFor(c.q); got != c.want {
			t.Errorf("AskedFor(%q) = %q, want %q", c.q, got, c.want)
		}
	}
}

// "what share of the board backed kicking him out": a count asked, and
// "kicking him out" read as the firing, find the vote.
func TestShareOfTheBoard(t *testing.T) {
	ix := buildDefault(t, Options{})
	res, err := ix.Search(context.Background(), "what share of the board backed kicking him out", SearchOptions{K: 3, Mode: Fused})
	if err != nil {
		t.Fatal(err)
	}
	if res.Hits[0].Paragraph.N != 7 {
		t.Errorf("got %s, want #7 first", hitList(res))
	}
}

func TestQuestionPersons(t *testing.T) {
	ix := buildDefault(t, Options{})
	cases := []struct {
		q    string
		want []string
	}{
		{"شنو كان كيدير التمان مع ميرا موراتي", []string{"ltmn", "mrt"}},
		{"what did Murati say about Altman", []string{"ltmn", "mrt"}},
		// A person in a time clause is not asked about.
		{"Who called Helen Toner before Altman was fired?", []string{"tnr"}},
		{"ما الذي حدث في OpenAI؟", nil},
	}
	for _, c := range cases {
		got := ix.questionPersons(c.q)
		if len(got) != len(c.want) {
			t.Errorf("questionPersons(%q) = %v, want %v", c.q, got, c.want)
			continue
		}
		for _, p := range c.want {
			if !got[p] {
				t.Errorf("questionPersons(%q) = %v, want %v", c.q, got, c.want)
			}
		}
	}
}

// A question naming two persons prefers the paragraph naming both (#5:
// Murati tells of Altman) to one naming the one in full (#4: Mira Murati,
// no Altman); naming one person leaves the order alone.
func TestPreferBoth(t *testing.T) {
	ix := buildDefault(t, Options{})
	for _, q := range []string{"شنو كان كيدير التمان مع ميرا موراتي", "ابي اعرف وش كانت مشكلة التمان مع ميرا موراتي", "شنو كان يسوي التمان مع ميرا موراتي"} {
		res, err := ix.Search(context.Background(), q, SearchOptions{K: 3, Mode: Fused})
		if err != nil {
			t.Fatal(err)
		}
		if res.Hits[0].Paragraph.N != 5 {
			t.Errorf("%q: got %s, want #5 first", q, hitList(res))
		}
	}
	fused := []scored{{doc: 3, score: 0.9}, {doc: 4, score: 0.8}}
	ix.preferBoth(fused, ix.standardize("شو قالت ميرا موراتي؟"))
	if fused[0].doc != 3 || fused[0].score != 0.9 {
		t.Errorf("one person named: order or scores changed: %v", fused)
	}
	ix.preferBoth(fused, ix.standardize("شو قالت ميرا موراتي عن التمان؟"))
	if fused[0].doc != 4 {
		t.Errorf("two persons named: #5 (naming both) not first: %v", fused)
	}
}
