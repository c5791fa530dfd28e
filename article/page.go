package article

import (
	"errors"
	"io"
	"net/url"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// ParseHTML reads one HTML page from r into an article, as a Reader with
// its default options reads a page: its character set decoded, its text
// split into blocks, boilerplate removed with the rule that removed it,
// its metadata read. base is the page's address, or nil: it sets
// Article.URL, resolves the addresses of images, of the canonical link
// and of the page's image, and gives the published date where the address
// holds one ("/2024/12/18/") and nothing better does. A page above
// DefaultMaxArticleBytes gives ErrArticleTooLong; errors are
// *ParseError. For other options, or many pages, use a Reader.
func ParseHTML(r io.Reader, base *url.URL) (*Article, error) {
	var rd Reader
	rd.start()
	data, long, err := readUpTo(r, rd.MaxArticleBytes)
	switch {
	case err != nil:
		return nil, &ParseError{Offset: int64(len(data)), Err: err}
	case long:
		return nil, &ParseError{Offset: int64(rd.MaxArticleBytes), Err: ErrArticleTooLong}
	}
	return rd.pageArticle(data, "", "", base)
}

// absURL returns the address s, when it is an absolute one, or nil: the
// base of a page that an input names.
func absURL(s string) *url.URL {
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil || !u.IsAbs() {
		return nil
	}
	return u
}

// FromNode reads an article from a page already parsed with
// golang.org/x/net/html, or from a part of one, as ParseHTML reads a page;
// for callers whose scraper has the tree. The node is only read. Lines in
// positions count the page's blocks. A node without text gives
// ErrEmpty.
func FromNode(n *html.Node, base *url.URL) (*Article, error) {
	if n == nil {
		return nil, &ParseError{Err: ErrEmpty}
	}
	var rd Reader
	rd.start()
	page := readDoc(n, base, rd.profiles())
	page.lines = len(page.blocks)
	return rd.docArticle(page, "")
}

// FromDocument reads an article from a goquery document, as FromNode
// reads its root, for callers who scrape with goquery or colly.
func FromDocument(doc *goquery.Document, base *url.URL) (*Article, error) {
	if doc == nil || doc.Selection == nil || len(doc.Nodes) == 0 {
		return nil, &ParseError{Err: errors.Join(ErrEmpty, errNoDocument)}
	}
	if base == nil {
		base = doc.Url
	}
	return FromNode(doc.Nodes[0], base)
}

// errNoDocument: a goquery document holds no node.
var errNoDocument = errors.New("the document holds no node")
