// Package article turns raw news dumps into typed articles.
//
// A [Reader] splits a dump into articles and parses each one: plain-text
// dumps with one article per file, or many articles concatenated with or
// without separators. Between articles a dump may hold a form feed or a line
// of three or more "=", "-" or "*"; without separators, an article ends
// after a boilerplate tail (a footer, a sigle such as "(ako)", an agency
// credit, a teaser list) where a headline followed by two long paragraphs
// starts the next one. A line that runs such a tail into the next headline,
// as happens when files without a final newline are concatenated
// ("(ako)USA und China ..."), is split there.
//
// The Reader reads more than text, detected by content or set by
// Reader.Format: HTML pages (one article a page), JSON Lines (one article a
// record, fields mapped by Reader.JSON), and WARC files (one article a
// response, resource or conversion record that holds a page or text). It
// unpacks gzip (one member or many), tar and zip, and walks folders. Its
// memory is bounded by the largest article, however long the dump, and
// [Reader.Parallel] parses on every core, giving the articles in input
// order.
//
// Each article records where in the dump it came from ([Source]), its title,
// teaser, section, authors, credits, body paragraphs, images, related
// teasers, the dates it mentions, and every line removed from the body with
// the rule that removed it ([Removed]): nothing is silently lost.
//
// For example, the dump
//
//	Peking fordert eine Erklärung
//
//	Die chinesische Regierung hat von den USA eine Erklärung gefordert, ...
//
//	(ako)
//
// gives an article with the title "Peking fordert eine Erklärung", one body
// paragraph, and the sigle "ako", removed from the body by the rule
// "generic/sigle".
package article

import (
	"time"

	"golang.org/x/text/language"

	"github.com/newsdump/newsdump/boilerplate"
	"github.com/newsdump/newsdump/normalize"
)

// An Article is one news article read from a dump. Empty fields mean the
// dump did not say.
type Article struct {
	// Source is where in the dump the article was found.
	Source Source `json:"source"`
	// URL is the article's address where the input gives it: the url
	// field of a JSON Lines record (see Reader.JSON), the target URI of a
	// WARC record.
	URL string `json:"url,omitempty"`
	// Fetched is when the page was fetched: the WARC-Date of its record.
	// Relative dates in a WARC record are resolved against it.
	Fetched time.Time `json:"fetched,omitzero"`
	// Site is the domain of the site profile that recognised the page,
	// such as "heise.de", or empty when no profile matched.
	Site string `json:"site"`
	// Language is the language of the text: German, English, or und
	// (undetermined) when the text does not tell. It encodes as a BCP 47
	// tag ("de", "en", "und").
	Language language.Tag `json:"language"`
	// Title is the headline.
	Title string `json:"title"`
	// Teaser is the standfirst under the headline.
	Teaser string `json:"teaser,omitempty"`
	// Section is the section or kicker above the headline, such as "Tech".
	Section string `json:"section,omitempty"`
	// Authors are the people (or the newsroom) named in the byline.
	Authors []Author `json:"authors,omitempty"`
	// Credits are agencies and co-authors whose material was used, as
	// written: "dpa", "Eileen Yu, ZDNet.com".
	Credits []string `json:"credits,omitempty"`
	// AuthorInitials is the author's abbreviation at the end, such as "ako".
	AuthorInitials string `json:"author_initials,omitempty"`
	// Published is when the article appeared, from a dateline or a stamp
	// ("Veröffentlicht am …", "Published …") above the text, or else one
	// below it; its precision says how much the dump told.
	Published normalize.Date `json:"published,omitzero"`
	// Updated is when the article was last changed, where a stamp says so
	// ("aktualisiert am …", "Stand: …", "Updated …").
	Updated normalize.Date `json:"updated,omitzero"`
	// ReadingMinutes is the reading time the page states, in minutes.
	ReadingMinutes int `json:"reading_minutes,omitempty"`
	// CommentCount is the number of comments the page states.
	CommentCount int `json:"comment_count,omitempty"`
	// Body is the main text, one entry per paragraph.
	Body []Paragraph `json:"body"`
	// Images are the images the text shows, with alt text and credit.
	Images []Image `json:"images,omitempty"`
	// Related are teasers for other articles shown with this one.
	Related []RelatedArticle `json:"related,omitempty"`
	// Dates are the date expressions of the body, in order.
	Dates []Mention `json:"dates,omitempty"`
	// Fingerprint is the SimHash of the body's words: the same article
	// read twice, from another dump or in another form, has a fingerprint
	// within NearDistance bits of this one (see Fingerprint.Near). It is
	// zero for a body without words.
	Fingerprint Fingerprint `json:"fingerprint,omitzero"`
	// Removed lists every line that is not title, teaser or body, with the
	// rule that took it out; fields such as Authors are read from these.
	Removed []Removed `json:"removed,omitempty"`
	// Page holds what an HTML page says of itself beyond the fields
	// above; nil for text.
	Page *Page `json:"page,omitempty"`
	// Normalized counts what normalization changed in the article's lines
	// (references decoded, mojibake repaired, invisible characters
	// removed) and in its title, teaser, body, image texts and related
	// teasers (quotation marks, dashes). It is zero with Reader.Verbatim.
	Normalized normalize.Counts `json:"normalized,omitzero"`
}

// Source is the position of an article in its dump. Lines count from 1;
// offsets are in bytes from the start of the (decompressed) input.
type Source struct {
	// Path is the file the article was read from; "-" for standard input,
	// or what the caller set as Reader.Path.
	Path string `json:"path"`
	// Line and EndLine are the first and last non-blank lines.
	Line    int `json:"line"`
	EndLine int `json:"end_line"`
	// Offset is where the first line starts and EndOffset where the last
	// one ends, so that dump[Offset:EndOffset] is the article's text.
	Offset    int64 `json:"offset"`
	EndOffset int64 `json:"end_offset"`
	// Record is the number of the WARC record, from 1, that the article
	// was read from, and RecordID its WARC-Record-ID; for a WARC record,
	// Offset and EndOffset span the record from its header to the end of
	// its content, in the decompressed file.
	Record   int    `json:"record,omitempty"`
	RecordID string `json:"record_id,omitempty"`
	// Split says why an article of a text starts where it does: the
	// separator or the mark before it (StartFormFeed, StartSeparator,
	// StartEndMarker, StartTitleAfterEnd, StartBlankLines, StartPage,
	// StartRepeat, StartTopic), or
	// the name of the form of its record's header or trailer
	// ("header/lexisnexis"); "" where nothing marks it, as for the first
	// article of an input.
	Split string `json:"split,omitempty"`
	// GzipOffset and GzipLength are where a WARC record compressed as a
	// gzip member of its own (as Common Crawl's are) lies in the stored
	// file: the offset and length of Common Crawl's index, with which the
	// record can be fetched again. GzipLength is 0 for other records.
	GzipOffset int64 `json:"gzip_offset,omitempty"`
	GzipLength int64 `json:"gzip_length,omitempty"`
}

// An Author is a person or newsroom named in a byline.
type Author struct {
	// Name is the name only: "Eileen Yu".
	Name string `json:"name"`
	// Role is the title given with the name: "Senior Contributing Editor".
	Role string `json:"role,omitempty"`
}

// A Paragraph is one paragraph of the body.
type Paragraph struct {
	// Line is the dump line the paragraph starts on; for an HTML page, the
	// number of its first block.
	Line int `json:"line"`
	// Path is where the paragraph stands in an HTML page, as a CSS-like
	// path; empty for text.
	Path string `json:"path,omitempty"`
	// Text is the normalized text.
	Text string `json:"text"`
}

// An Image is a picture the page showed, as far as the text tells.
type Image struct {
	// Line is the dump line of the first trace of the image.
	Line int `json:"line"`
	// Alt is the alt text or caption: "USA und China Flagge".
	Alt string `json:"alt,omitempty"`
	// Credit is the credit without its label: "danielo/Shutterstock.com".
	Credit string `json:"credit,omitempty"`
	// File is the image's file name when the text shows it.
	File string `json:"file,omitempty"`
	// URL is the image's address, on an HTML page.
	URL string `json:"url,omitempty"`
	// Caption is the caption of the image's figure, on an HTML page.
	Caption string `json:"caption,omitempty"`
}

// A RelatedArticle links to another article: an entry of a "Recent Posts" or
// "Mehr zum Thema" list.
type RelatedArticle struct {
	// Line is the dump line of the teaser's title.
	Line int `json:"line"`
	// Title is the linked article's headline.
	Title string `json:"title"`
	// Summary is the text under the headline, often cut short.
	Summary string `json:"summary,omitempty"`
	// Date is the date shown with the teaser, such as "2 Tagen ago",
	// resolved when the Reader has a reference time.
	Date normalize.Date `json:"date,omitzero"`
}

// A Mention is a date expression in the body.
type Mention struct {
	// Paragraph is the index in Article.Body of the paragraph.
	Paragraph int `json:"paragraph"`
	// Offset is the expression's byte offset in the paragraph's text.
	Offset int `json:"offset"`
	normalize.Date
}

// Removed is a run of lines taken out of the body by one rule.
type Removed struct {
	// Line and EndLine are the first and last dump lines of the run.
	Line    int `json:"line"`
	EndLine int `json:"end_line"`
	// Text is the removed text, lines separated by "\n", with white space
	// cleaned but otherwise as written.
	Text string `json:"text"`
	// Rule names the rule that removed it, e.g. "heise.de/share-bar".
	Rule string `json:"rule"`
	// Kind is what the lines are.
	Kind boilerplate.Kind `json:"kind"`
	// Path is where the run's first block stands in an HTML page, as a
	// CSS-like path ("body > div#main > aside.related > li"); empty for
	// text. Line and EndLine then count the page's blocks.
	Path string `json:"path,omitempty"`
}

// Page is what an HTML page says of itself in its metadata.
type Page struct {
	SiteName    string   `json:"site_name,omitempty"`
	Description string   `json:"description,omitempty"`
	Canonical   string   `json:"canonical,omitempty"`
	Image       string   `json:"image,omitempty"`
	Tags        []string `json:"tags,omitempty"`
	// Links counts the page's links with an address; their text is not
	// kept in the body.
	Links int `json:"links,omitempty"`
	// From says where each field of the article and the page came from:
	// "title": "og:title", "published": "json-ld datePublished".
	From map[string]string `json:"from,omitempty"`
}
