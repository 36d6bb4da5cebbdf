package retrieval

import (
	"strings"
	"testing"
)

// TestAskedForClosingWho: «من» after «مع» asks who (colloquial «مين» read
// as «من»: «تشتغل مع مين»);
// «من» as the preposition "from" inside a question does not.
func TestAskedForClosingWho(t *testing.T) {
	tests := []struct {
		q    string
		want Asked
	}{
		{"مايكروسوفت قالت انها يريد عمل مع من OpenAI", AskedPerson},
		{"مع من اجتمع ألتمان", AskedPerson},
		// An earlier question word keeps its kind.
		{"متى تحدث ناديلا مع من", AskedTime},
		// Must reject: «من» as "from" inside the question.
		{"ماذا طلب الموظفون من المجلس", AskedAny},
		{"هل خرج ألتمان من الشركة", AskedAny},
	}
	for _, tc := range tests {
		if got := AskedFor(tc.q); got != tc.want {
			t.Errorf("AskedFor(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}

// TestColloquialWork: a colloquial verb of working with «مع» («تشتغل مع»,
// «بيشتغل مع», Maghrebi «كيخدم مع») reads as the standard «العمل مع», on
// the one-language path and, through the phrase's first word, on the
// cross-language one; the verb alone (working at a place: a job, or
// joining one) is not read so.
func TestColloquialWork(t *testing.T) {
	ix := defaultTestIndex(t)
	for _, q := range []string{"تشتغل مع مين", "بيشتغل مع مين", "كيخدم مع شكون"} {
		if got := ix.Explain(q).Terms; !containsTerm(got, "عمل") {
			t.Errorf("Explain(%q).Terms = %q, want عمل among them", q, got)
		}
		first := strings.Fields(q)[0]
		if got := ix.standardReadings(q)[first]; !containsTerm(got, "عمل") {
			t.Errorf("standardReadings(%q)[%s] = %q, want عمل among them", q, first, got)
		}
	}
	// Must reject: the verb alone, and «شغلة» (a job).
	for _, q := range []string{"وين بيشتغل", "شغلة"} {
		if got := ix.Explain(q).Terms; containsTerm(got, "عمل") {
			t.Errorf("Explain(%q).Terms = %q: read as working with", q, got)
		}
	}
}

func containsTerm(ts []string, t string) bool {
	for _, x := range ts {
		if x == t {
			return true
		}
	}
	return false
}
