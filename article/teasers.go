package article

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// RuleTeaserList is the rule of the items of a list of teasers of other
// articles, found by its structure: siblings alike (the same tag and first
// class), each a linked headline and at most a short summary. Its blocks
// become the article's Related teasers.
const RuleTeaserList = "html/teaser-list"

// Limits of a teaser list.
const (
	teaserItems      = 3  // a list has at least this many items alike
	teaserWords      = 45 // an item has at most this many words
	teaserHeadWords  = 3  // and a link of at least this many words, its headline
	teaserShareOfTop = 3  // the items hold at most a third of the page's text
)

// teaserStat is what findTeaserLists knows of an element's text.
type teaserStat struct {
	words     int  // words of its text
	linked    int  // words inside links
	headline  bool // it holds a link of teaserHeadWords words or more, or a heading with a link
	paragraph int  // words of its longest paragraph outside links
}

// findTeaserLists returns the elements that are items of teaser lists:
// among the element children of one parent, at least teaserItems alike
// (the same tag and first class) of which each has a linked headline and
// no more than teaserWords words, most of them in links or in a short
// summary. Items that hold the page's main text are none: the items of a
// list together hold at most a third of the page's words.
func findTeaserLists(root *html.Node) map[*html.Node]bool {
	stats := map[*html.Node]teaserStat{}
	total := statOf(root, stats, false)
	found := map[*html.Node]bool{}
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		groups := map[string][]*html.Node{}
		var order []string
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || skipped[c.DataAtom] {
				continue
			}
			k := itemKey(c)
			if groups[k] == nil {
				order = append(order, k)
			}
			groups[k] = append(groups[k], c)
		}
		for _, k := range order {
			items := groups[k]
			if len(items) < teaserItems {
				continue
			}
			teasers, words := 0, 0
			for _, it := range items {
				s := stats[it]
				words += s.words
				if isTeaser(s) {
					teasers++
				}
			}
			// Nearly every item a teaser, and the list a small part of
			// the page.
			if teasers >= teaserItems && teasers*5 >= len(items)*4 && words*teaserShareOfTop <= total.words {
				for _, it := range items {
					if isTeaser(stats[it]) {
						found[it] = true
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && !found[c] {
				visit(c)
			}
		}
	}
	visit(root)
	return found
}

// isTeaser reports whether an element's text is that of a teaser: a
// linked headline, few words, and no paragraph of its own beyond a short
// summary.
func isTeaser(s teaserStat) bool {
	return s.headline && s.words <= teaserWords && s.linked*3 >= s.words && s.paragraph <= 30
}

// itemKey names the kind of an element among its siblings: its tag and
// first class.
func itemKey(n *html.Node) string {
	if f := strings.Fields(attr(n, "class")); len(f) > 0 {
		return n.Data + "." + f[0]
	}
	return n.Data
}

// statOf computes the teaserStat of n and of the elements under it into
// stats; link says whether n is inside a link.
func statOf(n *html.Node, stats map[*html.Node]teaserStat, link bool) teaserStat {
	var s teaserStat
	switch n.Type {
	case html.TextNode:
		w := countFields(n.Data)
		s.words = w
		if link {
			s.linked = w
		} else {
			s.paragraph = w
		}
		return s
	case html.ElementNode:
		if skipped[n.DataAtom] || hidden(n) {
			return s
		}
	case html.DocumentNode:
	default:
		return s
	}
	isLink := n.Type == html.ElementNode && n.DataAtom == atom.A && attr(n, "href") != ""
	heading := n.Type == html.ElementNode && isHeading(n.DataAtom)
	run := 0 // words of text outside links in a row, within this element's block
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		cs := statOf(c, stats, link || isLink)
		s.words += cs.words
		s.linked += cs.linked
		s.headline = s.headline || cs.headline
		if c.Type == html.ElementNode && blockTags[c.DataAtom] {
			s.paragraph = max(s.paragraph, cs.paragraph)
			run = 0
		} else {
			run += cs.paragraph
			s.paragraph = max(s.paragraph, run)
		}
	}
	if isLink && !link && s.words >= teaserHeadWords || heading && s.linked > 0 {
		s.headline = true
	}
	if n.Type == html.ElementNode {
		stats[n] = s
	}
	return s
}

// isHeading reports whether a is one of h1 to h6.
func isHeading(a atom.Atom) bool {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}
