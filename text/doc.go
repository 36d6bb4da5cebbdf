// Package text is the one text layer under every other package of casebot:
// Unicode normalisation, the Arabic fold, language detection, sentence
// splitting, length-safe truncation and display sanitising. Every package
// that compares, cuts or shows text goes through it, so that a paragraph,
// a question, a model's quote and a Discord message all see the same
// letters.
//
// There are three forms of a string:
//
//   - the stored form, [NFC]: canonical composition only, so that "ا" + a
//     combining hamza (U+0654) is stored as "أ" and text keeps its look;
//   - the match form, [ForMatch]: compatibility composition (NFKC) with
//     format characters removed, so that Arabic presentation forms pasted
//     from a PDF ("ﺍﻟﺸﺮﻛﺔ"), full-width Latin and a ZWNJ or bidi mark inside
//     a word no longer change what a string matches;
//   - the folded form, [Fold]: the match form with Arabic spelling variation
//     removed (diacritics, tatweel, hamza seats, alef maqsura, teh marbuta),
//     digits made ASCII and letters lower-cased. Retrieval and the quote
//     check compare folded text.
//
// [Sentences] cuts a paragraph into verbatim sentences by the Unicode
// sentence-boundary rules (UAX #29, through github.com/rivo/uniseg), which
// never cut "3.5" or "U.S. officials", with a short list of English
// abbreviations ("Mr.", "Dr.") kept whole on top.
//
// [StripControl], [Terminal] and [CleanName] make untrusted text (a model's
// reply, a question, an article) safe to show: no control or bidi
// characters that could hide or reorder what a reader sees, no escape
// sequences a terminal would act on, no mention syntax in names casebot
// creates.
package text
