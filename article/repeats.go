package article

import (
	"cmp"
	"slices"
	"strings"

	"github.com/newsdump/newsdump/boilerplate"
	"github.com/newsdump/newsdump/internal/words"
)

// Limits of the paragraphs that recur on the pages of a site (see
// Reader.KeepRepeats).
const (
	// repeatPages is on how many earlier pages of a site a paragraph must
	// stand to be removed as repeated.
	repeatPages = 3
	// recentPrints is how many fingerprints of the last pages are kept
	// to know a copy of one of them.
	recentPrints = 256
)

// siteRepeats counts, in the order the articles are given, on how many
// pages of each site each body paragraph stands, and removes from an
// article the paragraphs that stood on repeatPages earlier pages of its
// site: the menus, footers and promotions that the rules did not know.
// Copies of an article (its fingerprint near one of the last pages') are
// neither counted nor cleaned, so that a story a dump holds several times
// does not lose its text. A page whose paragraphs would be more than half
// removed is left whole: it is a copy in other words, or a page of
// furniture. Its memory is bounded by boilerplate.Repeats and by
// recentPrints.
type siteRepeats struct {
	counts boilerplate.Repeats
	recent []Fingerprint // a ring of the last pages' fingerprints
	next   int           // where the next fingerprint goes in recent
	texts  []string      // scratch: the text of each paragraph
}

// siteOf returns what groups an article with the other pages of its site:
// the site of its profile, else the host of its address, else nothing
// (the whole dump is one source).
func siteOf(a *Article) string {
	if a.Site != "" {
		return a.Site
	}
	return strings.TrimPrefix(hostOf(a.URL), "www.")
}

// apply removes the repeated paragraphs of a, then counts its paragraphs.
func (s *siteRepeats) apply(a *Article) {
	if a == nil || len(a.Body) == 0 {
		return
	}
	if a.Fingerprint != 0 {
		for _, f := range s.recent {
			if f.Near(a.Fingerprint) {
				return
			}
		}
		if len(s.recent) < recentPrints {
			s.recent = append(s.recent, a.Fingerprint)
		} else {
			s.recent[s.next] = a.Fingerprint
			s.next = (s.next + 1) % recentPrints
		}
	}
	site := siteOf(a)
	s.texts = s.texts[:0]
	for _, p := range a.Body {
		s.texts = append(s.texts, p.Text)
	}
	if s.counts.Pages() >= repeatPages {
		s.remove(a, site)
	}
	s.counts.AddSite(site, s.texts)
}

// reset forgets the pages counted, keeping the memory grown.
func (s *siteRepeats) reset() {
	s.counts.Reset()
	s.recent, s.next = s.recent[:0], 0
}

// remove takes out of a the paragraphs repeated on earlier pages: those
// that are no prose anywhere, prose only in a run of repeated paragraphs
// from the first or to the last.
func (s *siteRepeats) remove(a *Article, site string) {
	n := len(a.Body)
	repeated := make([]bool, n)
	any := false
	for i, t := range s.texts {
		if s.counts.CountSite(site, t) >= repeatPages {
			repeated[i], any = true, true
		}
	}
	if !any {
		return
	}
	first, last := 0, n // the repeated runs at the edges: [0, first) and [last, n)
	for first < n && repeated[first] {
		first++
	}
	for last > first && repeated[last-1] {
		last--
	}
	drop := make([]bool, n)
	total, dropped := 0, 0
	for i, p := range a.Body {
		w := words.Count(p.Text).Words
		total += w
		if repeated[i] && (i < first || i >= last || w < proseWords || !endsSentence(p.Text)) {
			drop[i] = true
			dropped += w
		}
	}
	if dropped == 0 || 2*dropped > total {
		return
	}
	kept := a.Body[:0:0]
	index := make([]int, n) // a paragraph's new index, -1 when removed
	for i, p := range a.Body {
		if !drop[i] {
			index[i] = len(kept)
			kept = append(kept, p)
			continue
		}
		index[i] = -1
		r := Removed{Line: p.Line, EndLine: p.Line, Text: p.Text, Rule: boilerplate.RuleRepeated, Kind: boilerplate.Boilerplate, Path: p.Path}
		at, _ := slices.BinarySearchFunc(a.Removed, p.Line+1, func(r Removed, line int) int { return cmp.Compare(r.Line, line) })
		a.Removed = slices.Insert(a.Removed, at, r)
	}
	a.Body = kept
	dates := a.Dates[:0]
	for _, m := range a.Dates {
		if j := index[m.Paragraph]; j >= 0 {
			m.Paragraph = j
			dates = append(dates, m)
		}
	}
	a.Dates = dates
	if len(a.Dates) == 0 {
		a.Dates = nil
	}
	a.Fingerprint = FingerprintOf(a.Body)
}
