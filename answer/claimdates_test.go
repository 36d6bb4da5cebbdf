package answer

import (
	"context"
	"testing"
	"time"
)

// TestWithoutToldDates: the dates the prompt gives the model (an article's
// day, in every form a prompt or an answer writes it) are taken out of a
// sentence before its numbers are checked; any other date or number stays.
func TestWithoutToldDates(t *testing.T) {
	days := []time.Time{time.Date(2023, 11, 20, 0, 0, 0, 0, time.UTC)}
	for in, want := range map[string]string{
		"as of 20 November 2023, the board appointed Shear":  "as of , the board appointed Shear",
		"As of November 20, 2023, Shear was in charge":       "As of , Shear was in charge",
		"On Nov. 20 Shear took over":                         "On Shear took over",
		"by the 20th of November Shear led OpenAI":           "by the Shear led OpenAI",
		"حتى 20 نوفمبر 2023، كان شير رئيسًا تنفيذيًا مؤقتًا": "حتى ، كان شير رئيسًا تنفيذيًا مؤقتًا",
		"حتى ٢٠ نوفمبر ٢٠٢٣ كان شير رئيسًا تنفيذيًا":         "حتى كان شير رئيسًا تنفيذيًا",
		"(published 2023-11-20) Shear was interim CEO":       "(published ) Shear was interim CEO",
		// Not the article's day: kept, and checked as any number.
		"as of 21 November 2023, Shear was in charge": "as of 21 November 2023, Shear was in charge",
		"as of 20 November 2022, Shear was in charge": "as of 20 November 2022, Shear was in charge",
		"published 2023-11-21":                        "published 2023-11-21",
		"20 employees signed in 2023":                 "20 employees signed in 2023",
		"November 2023 was a turbulent month":         "November 2023 was a turbulent month",
	} {
		if got := withoutToldDates(in, days); got != want {
			t.Errorf("withoutToldDates(%q) = %q, want %q", in, got, want)
		}
	}
	if got := withoutToldDates("as of 20 November 2023", nil); got != "as of 20 November 2023" {
		t.Errorf("no article dates: %q", got)
	}
}

// multiClaimRig returns an engine over the multi-article test corpus with
// its own index (both languages, the glossary read both ways) and the
// prompt paragraphs refs, numbered from 1.
func multiClaimRig(t *testing.T, refs ...string) (*Engine, []ctxPara) {
	t.Helper()
	c, ix := multiIndexI(t)
	var paras []ctxPara
	for i, ref := range refs {
		p, ok := c.Lookup(ref)
		if !ok {
			t.Fatalf("no paragraph %s", ref)
		}
		paras = append(paras, ctxPara{N: i + 1, P: p, Text: p.Text})
	}
	return New(c, ix, Options{}), paras
}

// TestClaimCheckToldDates: a sentence that dates an older account by the
// article it cites ("as of 20 November 2023", as the prompt asks) is kept;
// another day, or the day of an article it does not cite, is a number the
// cited paragraphs do not state.
func TestClaimCheckToldDates(t *testing.T) {
	// [1] is dated 2023-11-20 (Arabic), [2] 2023-11-24 (English).
	e, paras := multiClaimRig(t, "ar-microsoft-2023-11-20#3", "en-wire-2023-11-24#9")
	for claim, want := range map[string]string{
		"As of 20 November 2023, OpenAI's board had appointed Emmett Shear interim chief executive [1].":                                                                             "",
		"As of November 20, 2023, OpenAI's board had appointed Emmett Shear interim chief executive [1].":                                                                            "",
		"As of 2023-11-20, OpenAI's board had appointed Emmett Shear interim chief executive [1].":                                                                                   "",
		"حتى 20 نوفمبر 2023، كان مجلس إدارة OpenAI قد عيّن إيميت شير رئيسًا تنفيذيًا مؤقتًا [1].":                                                                                    "",
		"Emmett Shear held the job until Altman's return; as of 20 November 2023, «عيّن مجلس إدارة OpenAI إيميت شير» (translation: the OpenAI board appointed Emmett Shear) [2][1].": "",
		"As of 21 November 2023, OpenAI's board had appointed Emmett Shear interim chief executive [1].":                                                                             ReasonNumber,
		"As of 20 November 2022, OpenAI's board had appointed Emmett Shear interim chief executive [1].":                                                                             ReasonNumber,
		// The English article's day, but the sentence cites only the Arabic one.
		"As of 24 November 2023, OpenAI's board had appointed Emmett Shear interim chief executive [1].": ReasonNumber,
		// The article's day is no licence for other numbers.
		"On 20 November 2023, 20 board members appointed Emmett Shear [1].": ReasonNumber,
	} {
		g := e.ground(context.Background(), claim, paras, "", maxAnswerRunes)
		if len(g.Claims) != 1 {
			t.Fatalf("%q: %d claims", claim, len(g.Claims))
		}
		if got := g.Claims[0].Reason; got != want {
			t.Errorf("%q: reason %q, want %q", claim, got, want)
		}
	}
}
