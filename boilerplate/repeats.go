package boilerplate

import (
	"hash/maphash"
	"slices"
)

// RuleRepeated names lines that recur on many pages of a dump.
const RuleRepeated = "generic/repeated-line"

// Repeats counts, in bounded memory, on how many pages of a dump each line
// appears, so that menus and footers that a site prints on every page can
// be recognised as boilerplate even where they look like text.
//
// It keeps at most Size distinct lines (64 bytes each, about); when full it
// forgets the lines seen on one page only, which are the ones that cannot
// turn out to be repeated soon. A Repeats is not safe for concurrent use.
type Repeats struct {
	// MinPages is how many pages a line must appear on to count as
	// repeated; zero means 3.
	MinPages int
	// Size bounds the number of distinct lines kept; zero means 1<<16.
	Size int

	seed   maphash.Seed
	counts map[uint64]uint32
	pages  int
	page   []uint64 // scratch: the hashes of the page being added
}

// NewRepeats returns an empty Repeats.
func NewRepeats() *Repeats {
	return &Repeats{seed: maphash.MakeSeed(), counts: map[uint64]uint32{}}
}

func (r *Repeats) init() {
	if r.counts == nil {
		r.seed = maphash.MakeSeed()
		r.counts = map[uint64]uint32{}
	}
}

func (r *Repeats) hash(site, key string) uint64 {
	if site == "" {
		return maphash.String(r.seed, key)
	}
	var h maphash.Hash
	h.SetSeed(r.seed)
	h.WriteString(site)
	h.WriteByte(0x1f)
	h.WriteString(key)
	return h.Sum64()
}

// Add counts the distinct non-blank lines of one page.
func (r *Repeats) Add(lines []string) { r.AddSite("", lines) }

// AddSite counts the distinct non-blank lines of one page of a site,
// apart from the lines of other sites: CountSite(site, line) counts the
// pages of site only. Add is AddSite with the site "".
func (r *Repeats) AddSite(site string, lines []string) {
	r.init()
	r.page = r.page[:0]
	for _, l := range lines {
		if k := fold(l); k != "" {
			r.page = append(r.page, r.hash(site, k))
		}
	}
	slices.Sort(r.page)
	for _, h := range slices.Compact(r.page) {
		r.counts[h]++
	}
	r.pages++
	size := r.Size
	if size <= 0 {
		size = 1 << 16
	}
	if len(r.counts) > size {
		for h, n := range r.counts {
			if n <= 1 {
				delete(r.counts, h)
			}
		}
	}
}

// Reset forgets every line and page, keeping the memory grown.
func (r *Repeats) Reset() {
	clear(r.counts)
	r.pages = 0
}

// Pages returns how many pages were added.
func (r *Repeats) Pages() int { return r.pages }

// Count returns on how many of the added pages line appears.
func (r *Repeats) Count(line string) int { return r.CountSite("", line) }

// CountSite returns on how many of the pages added for site line appears.
func (r *Repeats) CountSite(site, line string) int {
	if r == nil || r.counts == nil {
		return 0
	}
	return int(r.counts[r.hash(site, fold(line))])
}

// Repeated reports whether line appears on at least MinPages pages.
func (r *Repeats) Repeated(line string) bool {
	minPages := r.MinPages
	if minPages <= 0 {
		minPages = 3
	}
	return r.Count(line) >= minPages
}
