package boilerplate

import "github.com/newsdump/newsdump/internal/enum"

// Kind says what a line of a page is. The zero value, Body, is main text.
type Kind uint8

// The kinds of lines the classifier tells apart.
const (
	Body           Kind = iota // main text
	Blank                      // an empty line
	Title                      // the headline
	Teaser                     // the standfirst under the headline
	Navigation                 // menus, crumbs, share icons
	Section                    // the section or kicker above the headline
	ShareBar                   // share, print and comment links; may give a comment count
	Byline                     // author names and roles
	Credit                     // agencies and co-authors ("mit Material der dpa")
	Sigle                      // an author's initials at the end ("(ako)")
	ReadingTime                // "Lesezeit: 1 Min."
	Dateline                   // a line that is only a date
	Image                      // an image's alt text or caption
	ImageCredit                // "(Bild: danielo/Shutterstock.com)"
	ImageFile                  // an image file name left in the text
	Promo                      // advertising and cross-promotion ("Tipp: ...")
	Footer                     // site footer, copyright, editorial notes
	Related                    // a list of teasers for other articles
	DuplicateTitle             // the headline repeated
	Cookie                     // consent and cookie notices
	Boilerplate                // other page furniture, found by the general classifier
	Header                     // a line of a record's header or trailer in an export ("LENGTH: 523 words")
)

var kindNames = enum.Names[Kind]{Pkg: "boilerplate", Type: "Kind", What: "kind", List: []string{
	Body: "body", Blank: "blank", Title: "title", Teaser: "teaser",
	Navigation: "navigation", Section: "section", ShareBar: "share_bar",
	Byline: "byline", Credit: "credit", Sigle: "sigle",
	ReadingTime: "reading_time", Dateline: "dateline", Image: "image",
	ImageCredit: "image_credit", ImageFile: "image_file", Promo: "promo",
	Footer: "footer", Related: "related", DuplicateTitle: "duplicate_title",
	Cookie: "cookie", Boilerplate: "boilerplate", Header: "header",
}}

// String returns the kind's name in snake case, as used in JSON.
func (k Kind) String() string { return kindNames.String(k) }

// MarshalText encodes the kind as its name.
func (k Kind) MarshalText() ([]byte, error) { return kindNames.Marshal(k) }

// UnmarshalText decodes a kind from its name.
func (k *Kind) UnmarshalText(b []byte) (err error) {
	*k, err = kindNames.Unmarshal(b)
	return err
}
