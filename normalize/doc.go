// Package normalize cleans German and English news text.
//
// It folds white space and removes invisible characters ([Text]), sets
// quotation marks and apostrophes by the rules of the text's language
// ([Quotes]), tells German from English ([Language]) and reads absolute and
// relative dates, resolving them against a reference time with an honest
// precision ([DateParser]).
//
// The functions are pure: they hold no state between calls and are safe for
// concurrent use. A [DateParser] is a plain value; copies may be used from
// several goroutines at once.
package normalize
