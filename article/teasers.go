package article

import (
	"cmp"
	"slices"
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
	cardWords        = 80 // or, under a linked heading, this many, of which the summary at most cardSummary
	cardSummary      = 60
	teaserHeadWords  = 3   // and a link of at least this many words, its headline
	teaserShareOfTop = 3   // the items hold at most a third of the page's text
	teaserRest       = 300 // or leave this many words to the rest of the page
)

// teaserStat is what findTeaserLists knows of an element's text.
type teaserStat struct {
	words     int  // words of its text
	linked    int  // words inside links
	headline  bool // it holds a link of teaserHeadWords words or more, or a heading with a link
	card      bool // it holds a heading with a link to another page: a card's headline
	paragraph int  // words of its longest paragraph outside links
}

// findTeaserLists returns the elements that are items of teaser lists:
// among the element children of one parent, at least teaserItems alike
// (the same tag and first class) of which each has a linked headline and
// no more than teaserWords words, most of them in links or in a short
// summary, or a heading that links to another page and a summary of a
// paragraph (a card: cardWords, cardSummary). Items that hold the page's
// main text are none: the items of a list together hold at most a third
// of the page's words, or leave at least teaserRest words to the rest of
// it (a stream of twenty cards under an article of five hundred words).
// It walks the page once.
func findTeaserLists(root *html.Node) map[*html.Node]bool {
	var groups []teaserGroup
	total := teaserWalk(root, false, &groups)
	found := map[*html.Node]bool{}
	for _, g := range groups {
		if g.words*teaserShareOfTop <= total.words || total.words-g.words >= teaserRest {
			for _, it := range g.items {
				found[it] = true
			}
		}
	}
	return found
}

// A teaserGroup is a run of siblings alike whose items are teasers, and
// the words of all the run.
type teaserGroup struct {
	items []*html.Node
	words int
}

// A teaserKid is an element child with its kind and its text.
type teaserKid struct {
	n     *html.Node
	tag   atom.Atom
	class string
	s     teaserStat
}

// teaserWalk returns the teaserStat of n, inside a link when link is set,
// and adds to groups the teaser lists among the children of n and of the
// elements under it.
func teaserWalk(n *html.Node, link bool, groups *[]teaserGroup) teaserStat {
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
	elements := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			elements++
		}
	}
	var kids []teaserKid
	if elements >= teaserItems {
		kids = make([]teaserKid, 0, elements)
	}
	run := 0 // words of text outside links in a row, within this element's block
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		cs := teaserWalk(c, link || isLink, groups)
		s.words += cs.words
		s.linked += cs.linked
		s.headline = s.headline || cs.headline
		s.card = s.card || cs.card
		if c.Type == html.ElementNode && blockTags[c.DataAtom] {
			s.paragraph = max(s.paragraph, cs.paragraph)
			run = 0
		} else {
			run += cs.paragraph
			s.paragraph = max(s.paragraph, run)
		}
		if kids != nil && c.Type == html.ElementNode {
			kids = append(kids, teaserKid{n: c, tag: c.DataAtom, class: firstField(attr(c, "class")), s: cs})
		}
	}
	if isLink && !link && s.words >= teaserHeadWords || n.Type == html.ElementNode && isHeading(n.DataAtom) && s.linked > 0 {
		s.headline = true
	}
	if n.Type == html.ElementNode && isHeading(n.DataAtom) && s.linked >= teaserHeadWords && linksAway(n) {
		s.card = true
	}
	if len(kids) >= teaserItems {
		*groups = appendTeaserGroups(*groups, kids)
	}
	return s
}

// appendTeaserGroups adds the runs of kids alike (by tag and first class,
// wherever they stand among their siblings) of which at least
// teaserItems, and four in five, are teasers.
func appendTeaserGroups(groups []teaserGroup, kids []teaserKid) []teaserGroup {
	slices.SortStableFunc(kids, func(a, b teaserKid) int {
		return cmp.Or(cmp.Compare(a.tag, b.tag), strings.Compare(a.class, b.class))
	})
	for i := 0; i < len(kids); {
		j := i + 1
		for j < len(kids) && kids[j].tag == kids[i].tag && kids[j].class == kids[i].class {
			j++
		}
		teasers, words := 0, 0
		for _, k := range kids[i:j] {
			words += k.s.words
			if isTeaser(k.s) {
				teasers++
			}
		}
		if teasers >= teaserItems && teasers*5 >= (j-i)*4 {
			g := teaserGroup{words: words}
			for _, k := range kids[i:j] {
				if isTeaser(k.s) {
					g.items = append(g.items, k.n)
				}
			}
			groups = append(groups, g)
		}
		i = j
	}
	return groups
}

// firstField returns the first of the space-separated words of s.
func firstField(s string) string {
	s = strings.TrimLeft(s, " \t\n\r\f")
	if i := strings.IndexAny(s, " \t\n\r\f"); i >= 0 {
		return s[:i]
	}
	return s
}

// isTeaser reports whether an element's text is that of a teaser: a
// linked headline, few words, and no paragraph of its own beyond a short
// summary.
func isTeaser(s teaserStat) bool {
	return s.headline && s.words <= teaserWords && s.linked*3 >= s.words && s.paragraph <= 30 ||
		s.card && s.words <= cardWords && s.paragraph <= cardSummary
}

// linksAway reports whether an element holds a link to another page, not
// an anchor of its own ("#schritt-2").
func linksAway(n *html.Node) bool {
	if n.Type == html.ElementNode && n.DataAtom == atom.A {
		if h := attr(n, "href"); h != "" && h[0] != '#' {
			return true
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if linksAway(c) {
			return true
		}
	}
	return false
}

// isHeading reports whether a is one of h1 to h6.
func isHeading(a atom.Atom) bool {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}
