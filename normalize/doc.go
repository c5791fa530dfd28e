// Package normalize cleans German and English news text.
//
// A [Normalizer] does the whole job and counts what it changed: it decodes
// HTML references left in text ([Entities]), repairs UTF-8 that was read as
// Windows-1252 or Latin-1 ([Mojibake]), removes invisible and control
// characters, folds ligatures, full-width letters and white space, composes
// to NFC ([Normalizer.Clean], and [Text] for a zero Normalizer), and sets
// quotation marks, apostrophes and, by option, dashes by the rules of the
// text's language ([Normalizer.Punctuation], and [Quotes] for the marks of
// one paragraph). A Normalizer is also a
// golang.org/x/text/transform.Transformer over the lines of a stream.
//
// The package also tells German from English ([Language]) and reads
// absolute and relative dates, resolving them against a reference time
// with an honest precision ([DateParser]).
//
// Every step is idempotent: its result, run through it again, does not
// change. The functions hold no state between calls and are safe for
// concurrent use; a Normalizer holds counts and open quotations and is
// not. A [DateParser] is a plain value; copies may be used from several
// goroutines at once.
package normalize
