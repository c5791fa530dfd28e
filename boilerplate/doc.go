// Package boilerplate tells the main text of a plain-text page from the
// furniture around it: menus, share bars, cookie notices, teaser lists,
// bylines, image credits, footers. Every line gets a [Label]: a [Kind] and
// the name of the rule that decided, so that nothing is removed without a
// reason.
//
// A [Classifier] works in three layers:
//
//   - Rules, as data ([Rule]): site profiles ([Profile], [DefaultProfiles])
//     are tried first, then the rules that hold across sites
//     ([GenericRules]). A rule matches a whole line by exact text, a
//     regular expression, or phrases it contains, and says what the line
//     is: a byline, a credit, a sigle, the start of a teaser list, a footer.
//   - Layout passes: a "Von" line over bulleted names, a short line above an
//     image credit, a headline repeated below itself, the standfirst under
//     the headline.
//   - The general classifier, for pages of any site: the densest run of
//     prose (lines weighted by their words when they read as sentences,
//     with function words of German, English and other languages; other
//     lines cost) is the article. Inside it, short lines stay when they
//     read as a heading before text or a sentence next to text; lists stay
//     when they stand between paragraphs or hold sentences. Outside it,
//     everything goes, and the headline is chosen among the lines above.
//     [Classifier.WithoutGeneral] switches it off.
//
// Across the pages of one dump, [Repeats] counts lines in bounded memory so
// that a site's menus and footers, repeated on every page, go too
// ([Classifier.ClassifyRepeats]).
//
// A Classifier does not change after [New] and is safe for concurrent use.
package boilerplate
