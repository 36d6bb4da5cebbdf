package retrieval

import "testing"

// TestDialectWhereWorks: a colloquial "where does X work" («وين بتشتغل»,
// «بيشتغل فين», either order, with كان) asks for a workplace or job and is
// read as «أين وظيفة»; the work verb alone is not — going to work somewhere
// is joining it, hours worked are hours, staff who work somewhere are a
// count, and working with someone is «عمل مع».
func TestDialectWhereWorks(t *testing.T) {
	ix := defaultTestIndex(t)
	tests := []struct {
		q          string
		wantSearch []string
		notSearch  []string
		wantAsked  Asked
	}{
		{"وين بتشتغل هيلين تونر؟", []string{"وظيفة", "هيلين"}, []string{"بتشتغل"}, AskedPlace},
		{"هيلين تونر بتشتغل وين اصلا", []string{"وظيفة"}, []string{"بتشتغل"}, AskedPlace},
		{"موراتي فين بيشتغل جوزها؟", []string{"وظيفة"}, []string{"بيشتغل"}, AskedPlace},
		{"بريت تايلور كان بيشتغل فين قبل كده", []string{"وظيفة"}, []string{"بيشتغل"}, AskedPlace},
		// Must not be read as a job: the verb without "where".
		{"ألتمان لسه رايح يشتغل بمايكروسوفت؟", nil, []string{"وظيفة"}, AskedAny},
		{"قديش ساعة اشتغل شير بحسب كلامه هو؟", nil, []string{"وظيفة"}, AskedNumber},
		{"كم موظف تقريبا بيشتغلو باوبن اي اي", nil, []string{"وظيفة"}, AskedNumber},
		{"مايكروسوفت قالت رح تشتغل مع مين باوبن اي اي", []string{"عمل"}, []string{"وظيفة"}, AskedPerson},
	}
	for _, tc := range tests {
		checkReadingAsked(t, ix, tc.q, tc.wantSearch, tc.notSearch, tc.wantAsked)
	}
}

// TestDialectWithoutConsulting: «بدون ما يرجع لـ…» / «من غير ما يرجع لـ…»
// (without going back to someone first) is the standard «دون الرجوع إلى»,
// not consulting them; it is no return (أعاد). «يرجع» outside that frame
// keeps its reading of bringing back.
func TestDialectWithoutConsulting(t *testing.T) {
	ix := defaultTestIndex(t)
	tests := []struct {
		q          string
		wantSearch []string
		notSearch  []string
	}{
		{"صحيح التمان نزل شات جي بي تي للناس من غير ما يرجع لمجلس الاداره", []string{"الرجوع", "مجلس"}, []string{"أعاد", "يرجع"}},
		{"التمان نزّل شات جي بي تي من دون ما يرجع للمجلس؟", []string{"الرجوع"}, []string{"أعاد"}},
		{"هل Altman نزل ChatGPT للناس بدون ما يرجع لل board؟", []string{"الرجوع"}, []string{"أعاد"}},
		// Must keep «أعاد»: bringing someone back, no "without".
		{"مين اللي بدو يرجع التمان للشركة؟", []string{"أعاد"}, []string{"الرجوع"}},
	}
	for _, tc := range tests {
		checkSearchWords(t, ix, tc.q, tc.wantSearch, tc.notSearch)
	}
}
