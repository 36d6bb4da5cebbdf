package retrieval

// englishIrregular maps irregular English verb forms (past tense, past
// participle and a few third-person forms the stemmer cannot reduce) to
// their base form, so that term analyses "told", "went" and "bought" as it
// analyses "tell", "go" and "buy": "the chairman left" then meets "he will
// leave", "shares fell" meets "they fall". It is applied before stemming,
// to paragraphs and queries alike, and is read-only.
//
// The table comes from general knowledge of English irregular verbs. Forms
// that are as often another word in news text are left out on purpose:
// "saw" (the noun, a tool), "lay" (present of "lay", as in "lay off"),
// "fed" (the Fed, the central bank), "bore" and "bear" (a bear market),
// "wound" (an injury), "ground", "bound", "bit", "drew" (a first name),
// "done" and "did" ("do" is a stop word). Two more were tried and taken
// out because they cost retrieval: "said" ("what did X say" then matched
// nearly every news paragraph, which all have "said") and "led" ("events
// that led to", caused, met "who leads the company now"). Some kept forms lose a second
// sense, accepted as rare in news: "left" (the direction, the political
// left) becomes "leave", "found" (to found a firm; "founded" still stems to
// "found") becomes "find", "thought" (a noun) becomes "think", "rose" (the
// flower) becomes "rise", "met" (the Met) becomes "meet".
var englishIrregular = lemmaTable(map[string][]string{
	"arise":      {"arose", "arisen"},
	"awake":      {"awoke", "awoken"},
	"beat":       {"beaten"},
	"become":     {"became"},
	"begin":      {"began", "begun"},
	"bend":       {"bent"},
	"bite":       {"bitten"},
	"blow":       {"blew", "blown"},
	"break":      {"broke", "broken"},
	"breed":      {"bred"},
	"bring":      {"brought"},
	"build":      {"built"},
	"burn":       {"burnt"},
	"buy":        {"bought"},
	"catch":      {"caught"},
	"choose":     {"chose", "chosen"},
	"cling":      {"clung"},
	"come":       {"came"},
	"creep":      {"crept"},
	"deal":       {"dealt"},
	"dig":        {"dug"},
	"draw":       {"drawn"},
	"drink":      {"drank", "drunk"},
	"drive":      {"drove", "driven"},
	"eat":        {"ate", "eaten"},
	"fall":       {"fell", "fallen"},
	"feel":       {"felt"},
	"fight":      {"fought"},
	"find":       {"found"},
	"flee":       {"fled"},
	"fly":        {"flew", "flown"},
	"forbid":     {"forbade", "forbidden"},
	"foresee":    {"foresaw", "foreseen"},
	"forget":     {"forgot", "forgotten"},
	"forgive":    {"forgave", "forgiven"},
	"freeze":     {"froze", "frozen"},
	"give":       {"gave", "given"},
	"go":         {"went", "gone", "goes"},
	"grow":       {"grew", "grown"},
	"hang":       {"hung"},
	"hear":       {"heard"},
	"hide":       {"hid", "hidden"},
	"hold":       {"held"},
	"keep":       {"kept"},
	"kneel":      {"knelt"},
	"know":       {"knew", "known"},
	"lay":        {"laid"},
	"leap":       {"leapt"},
	"learn":      {"learnt"},
	"leave":      {"left"},
	"lend":       {"lent"},
	"lie":        {"lain"},
	"light":      {"lit"},
	"lose":       {"lost"},
	"make":       {"made"},
	"mean":       {"meant"},
	"meet":       {"met"},
	"mislead":    {"misled"},
	"mistake":    {"mistook", "mistaken"},
	"overcome":   {"overcame"},
	"oversee":    {"oversaw", "overseen"},
	"overtake":   {"overtook", "overtaken"},
	"pay":        {"paid"},
	"prove":      {"proven"},
	"rebuild":    {"rebuilt"},
	"rewrite":    {"rewrote", "rewritten"},
	"ride":       {"rode", "ridden"},
	"ring":       {"rang", "rung"},
	"rise":       {"rose", "risen"},
	"run":        {"ran"},
	"see":        {"seen"},
	"seek":       {"sought"},
	"sell":       {"sold"},
	"send":       {"sent"},
	"shake":      {"shook", "shaken"},
	"shine":      {"shone"},
	"shoot":      {"shot"},
	"shrink":     {"shrank", "shrunk"},
	"sing":       {"sang", "sung"},
	"sink":       {"sank", "sunk"},
	"sit":        {"sat"},
	"sleep":      {"slept"},
	"slide":      {"slid"},
	"speak":      {"spoke", "spoken"},
	"spend":      {"spent"},
	"spin":       {"spun"},
	"spring":     {"sprang", "sprung"},
	"stand":      {"stood"},
	"steal":      {"stole", "stolen"},
	"stick":      {"stuck"},
	"sting":      {"stung"},
	"strike":     {"struck", "stricken"},
	"strive":     {"strove", "striven"},
	"swear":      {"swore", "sworn"},
	"sweep":      {"swept"},
	"swim":       {"swam", "swum"},
	"swing":      {"swung"},
	"take":       {"took", "taken"},
	"teach":      {"taught"},
	"tear":       {"tore", "torn"},
	"tell":       {"told"},
	"think":      {"thought"},
	"throw":      {"threw", "thrown"},
	"undergo":    {"underwent", "undergone"},
	"understand": {"understood"},
	"undertake":  {"undertook", "undertaken"},
	"uphold":     {"upheld"},
	"wake":       {"woke", "woken"},
	"wear":       {"wore", "worn"},
	"weep":       {"wept"},
	"win":        {"won"},
	"withdraw":   {"withdrew", "withdrawn"},
	"withhold":   {"withheld"},
	"write":      {"wrote", "written"},
})

// englishVerbSense maps the inflected forms of a verb whose stem is
// another word's to the verb they are read as: "backed", "backing" (to
// back someone: support them) stem to "back", the adverb of "Altman is
// back", and would read as a return; "who did Microsoft end up backing"
// asks whom it supported. The bare "back" and "backs" stay themselves
// ("back at the helm", "came back").
var englishVerbSense = lemmaTable(map[string][]string{
	"support": {"backed", "backing"},
})

// lemmaTable inverts base -> forms into form -> base.
func lemmaTable(m map[string][]string) map[string]string {
	out := make(map[string]string, 2*len(m))
	for base, forms := range m {
		for _, f := range forms {
			out[f] = base
		}
	}
	return out
}

// englishLemma returns the base form of an irregular English verb form
// ("told" -> "tell") or the verb a form is read as (englishVerbSense:
// "backed" -> "support"), or w unchanged.
func englishLemma(w string) string {
	if b, ok := englishIrregular[w]; ok {
		return b
	}
	if b, ok := englishVerbSense[w]; ok {
		return b
	}
	return w
}
