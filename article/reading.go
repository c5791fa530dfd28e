package article

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsdump/newsdump/boilerplate"
)

// RuleSecondReading is the rule of a short block that the classifier took
// for text but that stands outside the element a second, independent
// reading of the page takes for the article's (see secondReading).
const RuleSecondReading = "html/second-reading"

// densest returns the elements that a reading of the page's markup alone,
// as readability reads it, takes for the article's: each block of a
// sentence's length scores for its parent element, and half as much for
// the one above, by its commas and length; the element scoring most, its
// score lowered by the share of its text in links, wins, with its siblings
// that score a fifth as much. The classifier's
// labels play no part, so that the reading is a second opinion.
func (p *htmlPage) densest() map[*html.Node]bool {
	score := map[*html.Node]float64{}
	text, links := map[*html.Node]int{}, map[*html.Node]int{}
	for i := range p.blocks {
		b := &p.blocks[i]
		if b.drop != "" {
			continue
		}
		for _, n := range b.anc {
			text[n] += len(b.text)
			links[n] += b.links
		}
		if len(b.text) < 25 || len(b.anc) < 2 {
			continue
		}
		s := 1 + float64(strings.Count(b.text, ",")) + min(float64(len(b.text))/100, 3)
		score[b.anc[len(b.anc)-2]] += s
		if len(b.anc) >= 3 {
			score[b.anc[len(b.anc)-3]] += s / 2
		}
	}
	final := func(n *html.Node) float64 {
		if n.DataAtom == atom.Body || n.DataAtom == atom.Html || text[n] == 0 {
			return 0
		}
		return score[n] * (1 - float64(links[n])/float64(text[n]))
	}
	var best *html.Node
	top := 0.0
	for n := range score {
		if s := final(n); s > top || s == top && best != nil && text[n] < text[best] {
			best, top = n, s
		}
	}
	if best == nil {
		return nil
	}
	// As readability does, the siblings that score a fifth as much, and
	// at least ten, are of the article too: its parts in elements of
	// their own.
	area := map[*html.Node]bool{best: true}
	if best.Parent != nil {
		for s := best.Parent.FirstChild; s != nil; s = s.NextSibling {
			if f := final(s); f >= max(10, top/5) {
				area[s] = true
			}
		}
	}
	return area
}

// secondReading compares the classifier's reading of a page, its labels,
// with the densest element's: where the two agree on the core (the element
// holds at least half of the text the labels keep), a short block (under
// 20 words, or mostly links) of the labels' text outside the element is
// furniture beside the article
// (RuleSecondReading), but for a standfirst between the headline and the
// element's text, and a paragraph of prose inside it that the
// classifier removed only for where it stands is text. It returns which
// reading decided, for Page.From["reading"]: "agree", "second" when blocks
// were moved, or "" when the readings disagree and the labels stand. List
// items and headings outside the element are not moved: a recipe's
// ingredients stand apart from its steps.
func (p *htmlPage) secondReading(labels []boilerplate.Label) string {
	area := p.densest()
	if area == nil {
		return ""
	}
	inside := func(b *htmlBlock) bool {
		for _, n := range b.anc {
			if area[n] {
				return true
			}
		}
		return false
	}
	in, all := 0, 0
	for i := range labels {
		if b := &p.blocks[i]; labels[i].Kind == boilerplate.Body {
			all += len(b.text)
			if inside(b) {
				in += len(b.text)
			}
		}
	}
	if all == 0 || in*2 < all {
		return ""
	}
	// Between the headline and the element's first text stands the
	// article's standfirst, in the header the element leaves out.
	title, first := -1, len(labels)
	for i := range labels {
		if labels[i].Kind == boilerplate.Title && title < 0 {
			title = i
		}
		if labels[i].Kind == boilerplate.Body && inside(&p.blocks[i]) {
			first = i
			break
		}
	}
	moved := false
	for i := range labels {
		b := &p.blocks[i]
		lead := title >= 0 && title < i && i < first && b.words >= 8 && endsSentence(b.text) && b.links == 0
		switch {
		case labels[i].Kind == boilerplate.Body && !inside(b) && b.heading == 0 && !b.item && (b.words < 20 || linky(b)) && !lead:
			labels[i] = boilerplate.Label{Kind: boilerplate.Boilerplate, Rule: RuleSecondReading}
			moved = true
		case regionRules[labels[i].Rule] && b.drop == "" && inside(b) && b.words >= 20 && !linky(b):
			labels[i] = boilerplate.Label{Kind: boilerplate.Body}
			moved = true
		}
	}
	if moved {
		return "second"
	}
	return "agree"
}
