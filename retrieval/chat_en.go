package retrieval

import "strings"

// englishChat maps the shorthand people type in chat to the word it stands
// for, so that "abt", "ppl" and "bc" are read as "about", "people" and
// "because", and contractions typed without their apostrophe ("hed",
// "theyd", "wasnt") as the pronoun or verb they start with (the rest is a
// stop word either way). An empty value marks chat filler ("lol", "tbh")
// that says nothing about the case and is dropped like a stop word. It is
// applied before stop words, to paragraphs and queries alike, and is
// read-only.
//
// Forms that are also ordinary words of news text are left out on purpose:
// "u" (U.S. folds to "u" and "s"), "shed" (to shed jobs), "id" (an ID),
// "ill" (ill health), "well", "were", "wed" (to wed), "cant" (jargon), "r"
// and "n" (initials) and "ty". "rn" ("right now") is kept: a registered
// nurse has no place in a news case's paragraphs, and "whos running openai
// rn" abstained with "rn" read as a word the case never uses.
var englishChat = map[string]string{
	// shorthand
	"abt": "about", "bout": "about", "ppl": "people", "ppls": "people",
	"ur": "your", "ya": "you", "yall": "you",
	"bc": "because", "bcuz": "because", "becuz": "because", "cuz": "because", "coz": "because", "cos": "because",
	"w": "with", "wo": "without", "b4": "before", "thru": "through",
	"thx": "thanks", "thnx": "thanks", "pls": "please", "plz": "please",
	"govt": "government", "mgmt": "management", "msg": "message", "msgs": "messages",
	"yr": "year", "yrs": "years", "smth": "something", "sth": "something", "sb": "somebody",
	"gonna": "going", "wanna": "want", "gotta": "have",
	"rn": "now", "atm": "now",
	// a stock ticker typed for its company ("msft shares"): the company's
	// own name, which its translations and transliterations reach
	"msft": "microsoft", "goog": "google", "googl": "google", "aapl": "apple", "amzn": "amazon", "nvda": "nvidia",
	// a tweet is written on X: "what did he tweet" asks what he wrote there
	// ("post" would also read as a job, منصب)
	"tweet": "write", "tweets": "write", "tweeted": "wrote", "tweeting": "write",
	// contractions without the apostrophe
	"whos": "who", "whats": "what", "hows": "how", "wheres": "where", "whens": "when",
	"hed": "he", "theyd": "they", "youd": "you", "shes": "she", "hes": "he", "theyre": "they",
	"didnt": "did", "doesnt": "does", "dont": "do", "wasnt": "was", "werent": "were", "isnt": "is", "arent": "are",
	"hasnt": "has", "havent": "have", "hadnt": "had", "wouldnt": "would", "couldnt": "could", "shouldnt": "should",
	"wont": "will",
	// the head of a negative contraction once the apostrophe splits it
	// ("wasn't" → "wasn" "t"); "don" (a name) and "won" (of win) are left
	"wasn": "was", "weren": "were", "isn": "is", "aren": "are", "didn": "did", "doesn": "does",
	"hasn": "has", "haven": "have", "hadn": "had", "wouldn": "would", "couldn": "could", "shouldn": "should",
	// filler that says nothing about the case
	"lol": "", "tbh": "", "imo": "", "imho": "", "idk": "", "btw": "", "fr": "", "ngl": "",
}

// chatWord returns the word a chat form stands for and true, or w and false
// when w is not chat shorthand.
func chatWord(w string) (string, bool) {
	r, ok := englishChat[w]
	if !ok {
		return w, false
	}
	return r, true
}

// chatRead is the word a chat form stands for ("rn" → "now", "whos" →
// "who"), or w as written: the text the dense side embeds reads chat as
// the analysis does, so "whos running openai rn" is embedded as asking
// who runs it now. A form that stands for nothing (filler) is kept.
func chatRead(w string) string {
	if c, ok := chatWord(strings.ToLower(w)); ok && c != "" {
		return c
	}
	return w
}
