package boilerplate

import "hash/maphash"

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

func (r *Repeats) hash(key string) uint64 { return maphash.String(r.seed, key) }

// Add counts the distinct non-blank lines of one page.
func (r *Repeats) Add(lines []string) {
	r.init()
	seen := make(map[uint64]bool, len(lines))
	for _, l := range lines {
		k := fold(l)
		if k == "" {
			continue
		}
		h := r.hash(k)
		if seen[h] {
			continue
		}
		seen[h] = true
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

// Pages returns how many pages were added.
func (r *Repeats) Pages() int { return r.pages }

// Count returns on how many of the added pages line appears.
func (r *Repeats) Count(line string) int {
	if r == nil || r.counts == nil {
		return 0
	}
	return int(r.counts[r.hash(fold(line))])
}

// Repeated reports whether line appears on at least MinPages pages.
func (r *Repeats) Repeated(line string) bool {
	minPages := r.MinPages
	if minPages <= 0 {
		minPages = 3
	}
	return r.Count(line) >= minPages
}
