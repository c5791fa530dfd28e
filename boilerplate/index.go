package boilerplate

import (
	"math/bits"
	"regexp/syntax"
	"slices"
	"unicode"
	"unicode/utf8"
)

// An index finds, in one look at a line, the rules that may match it, so
// that a line is not tried against every rule in turn. It covers up to 62
// rules, each with a bit; rules beyond are tried on their own.
//
// A line is a candidate for a rule when it is one of the rule's exact lines,
// holds one of its phrases, or starts the way the rule's pattern can start.
type index struct {
	exact    map[string]uint64 // folded exact lines
	exactMax int               // longest exact line
	bands    []phraseBand      // the phrases of the rules and vocabularies, by the words of the lines they take
	byOne    [256]uint64       // pattern rules by the lower-cased first byte of their lines
	byTwo    map[uint16]uint64 // and by the first two bytes
	anyStart uint64            // pattern rules with no known start
	rules    []*compiledRule   // the rules by bit
	phrased  uint64            // rules with phrases
}

// A phraseBand holds the phrases that lines of up to maxWords words, and
// more than the band before allows, can match: those of the rules and
// vocabularies that take lines of at least maxWords words. The first band
// holds every phrase; the last has maxWords -1 and holds the phrases of
// rules that take lines of any length, so that a long paragraph is not
// scanned for the phrases of rules that only take short lines.
type phraseBand struct {
	maxWords int
	set      *phrases // nil when no phrase applies
}

// Word bounds of the vocabularies' phrases: the general classifier asks
// for them only in lines of so many words (see measure).
const (
	furnitureMaxWords = 12
	formMaxWords      = 20
)

// Bits of the index's phrase masks above the rules' bits: the line holds a
// word of the general classifier's vocabularies (see boilerplateWords,
// formWords), found in the same look at the line as the rules' phrases.
const (
	furnitureBit = 1 << 62
	formBit      = 1 << 63
	maxIndexed   = 62 // rules with a bit
)

// prefixLen is how many bytes of a pattern's possible starts a rule keeps
// to test a line before running the pattern.
const prefixLen = 4

// newIndex gives up to 64 rules a bit each and indexes them.
func newIndex(lists [][]compiledRule) *index {
	x := &index{exact: map[string]uint64{}, byTwo: map[uint16]uint64{}}
	var phs []phrase // of all rules, each with its rule's bit
	var bounds []int // the MaxWords of each phrase, 0 for none
	n := 0
lists:
	for _, rules := range lists {
		for i := range rules {
			r := &rules[i]
			if n == maxIndexed {
				break lists
			}
			r.bit = 1 << n
			n++
			x.rules = append(x.rules, r)
			for e := range r.exact {
				x.exact[e] |= r.bit
				x.exactMax = max(x.exactMax, len(e))
			}
			if len(r.Contains) > 0 {
				phs = append(phs, phrasesOf(r.Contains, r.bit)...)
				for range r.Contains {
					bounds = append(bounds, r.MaxWords)
				}
				x.phrased |= r.bit
			}
			if r.re == nil {
				continue
			}
			if r.starts == nil {
				x.anyStart |= r.bit
				continue
			}
			for _, p := range r.starts {
				if len(p) == 1 {
					x.byOne[p[0]] |= r.bit
				} else {
					x.byTwo[uint16(p[0])<<8|uint16(p[1])] |= r.bit
				}
			}
		}
	}
	for _, v := range []struct {
		words    []string
		bit      uint64
		maxWords int
	}{{boilerplateWords, furnitureBit, furnitureMaxWords}, {formWords, formBit, formMaxWords}} {
		phs = append(phs, phrasesOf(v.words, v.bit)...)
		for range v.words {
			bounds = append(bounds, v.maxWords)
		}
	}
	x.bands = phraseBands(phs, bounds)
	return x
}

// phraseBands sorts the phrases, each with the most words of a line it
// applies to (0 for any), into bands (see phraseBand).
func phraseBands(phs []phrase, bounds []int) []phraseBand {
	var limits []int
	for _, b := range bounds {
		if b > 0 && !slices.Contains(limits, b) {
			limits = append(limits, b)
		}
	}
	slices.Sort(limits)
	limits = append(limits, -1)
	bands := make([]phraseBand, len(limits))
	for k, limit := range limits {
		var in []phrase
		for i, ph := range phs {
			if bounds[i] == 0 || limit > 0 && bounds[i] >= limit {
				in = append(in, ph)
			}
		}
		bands[k].maxWords = limit
		if len(in) > 0 {
			bands[k].set = newPhrases(in)
		}
	}
	return bands
}

// band returns the phrases a line of so many words can match, nil for none.
func (x *index) band(words int) *phrases {
	for _, b := range x.bands {
		if b.maxWords < 0 || words <= b.maxWords {
			return b.set
		}
	}
	return nil
}

// bitsOf returns the bits of the rules, and whether they all have one.
func bitsOf(rules []compiledRule) ruleBits {
	b := ruleBits{whole: true}
	for i := range rules {
		b.add(&rules[i])
	}
	return b
}

// add takes the bit of r into b, which stays whole while every rule added
// has a bit.
func (b *ruleBits) add(r *compiledRule) {
	b.mask |= r.bit
	b.whole = b.whole && r.bit != 0
}

// first returns the first rule of mask, in the order of the bits, that
// matches l, leaving out the rules for the area above the headline.
func (x *index) first(l *Line, mask uint64) *compiledRule {
	m := (l.exactBits() | l.patternBits()) & mask
	if mask&x.phrased != 0 {
		m |= l.phraseBits() & mask
	}
	for m != 0 {
		r := x.rules[bits.TrailingZeros64(m)]
		m &= m - 1
		if !r.BeforeTitle && r.match(l) {
			return r
		}
	}
	return nil
}

// exactBits returns the rules that have key among their exact lines.
func (x *index) exactBits(key string) uint64 {
	if len(key) > x.exactMax {
		return 0
	}
	return x.exact[key]
}

// phraseBits returns the rules with a phrase that key, a line of so many
// words, holds, and the vocabulary bits of the words it holds, leaving out
// the rules and vocabularies that do not take lines of so many words.
func (x *index) phraseBits(key string, words int) uint64 {
	if set := x.band(words); set != nil {
		return set.masks(key)
	}
	return 0
}

// patternBits returns the rules whose patterns may match key, by how it
// starts.
func (x *index) patternBits(key string) uint64 {
	b := x.anyStart
	if key != "" {
		c0 := lowerByte(key[0])
		b |= x.byOne[c0]
		if len(key) > 1 {
			b |= x.byTwo[uint16(c0)<<8|uint16(lowerByte(key[1]))]
		}
	}
	return b
}

// maxStarts bounds the possible starts a pattern is analysed into.
const maxStarts = 256

// patternStarts returns, lower-cased, the first n bytes that lines matched
// by re can start with; a shorter string stands for a start followed by
// anything. It returns nil when the starts are too many to list or a match
// may start with any byte.
func patternStarts(re *syntax.Regexp, n int) []string {
	items := starts(re, n)
	var out []string
	seen := map[string]bool{}
	for _, it := range items {
		if it.s == "" {
			return nil
		}
		if !seen[it.s] {
			seen[it.s] = true
			out = append(out, it.s)
		}
	}
	return out
}

// A start is a possible beginning of a match: its bytes, lower-cased, and
// whether anything may follow them (open) or the expression analysed so
// far matched exactly these bytes.
type start struct {
	s    string
	open bool
}

var anyStart = []start{{"", true}}

// starts returns the possible beginnings, up to n bytes, of matches of re.
func starts(re *syntax.Regexp, n int) []start {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText,
		syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return []start{{"", false}}
	case syntax.OpLiteral:
		// Lines are compared with their ASCII letters lower-cased; where
		// the pattern ignores case, the case variants of other letters are
		// listed. (Unicode also folds "k" with the Kelvin sign and "s" with
		// the long s; lines starting with those are not taken for such
		// patterns.)
		cur := []start{{"", false}}
		for _, r := range re.Rune {
			alts := []start{runeStart(r)}
			if r >= utf8.RuneSelf && re.Flags&syntax.FoldCase != 0 {
				for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
					alts = append(alts, runeStart(f))
				}
			}
			if cur = concat(cur, alts, n); len(cur) > maxStarts {
				return anyStart
			}
		}
		return cur
	case syntax.OpCharClass:
		var out []start
		for i := 0; i+1 < len(re.Rune); i += 2 {
			lo, hi := re.Rune[i], re.Rune[i+1]
			if hi-lo > 64 || len(out) > 64 {
				return anyStart
			}
			for r := lo; r <= hi; r++ {
				out = append(out, runeStart(r))
			}
		}
		return out
	case syntax.OpCapture:
		return starts(re.Sub[0], n)
	case syntax.OpQuest:
		return append(starts(re.Sub[0], n), start{"", false})
	case syntax.OpStar, syntax.OpPlus, syntax.OpRepeat:
		sub := starts(re.Sub[0], n)
		out := make([]start, 0, len(sub)+1)
		for _, s := range sub {
			out = append(out, start{s.s, true}) // more may follow
		}
		if re.Op == syntax.OpStar || re.Op == syntax.OpRepeat && re.Min == 0 {
			out = append(out, start{"", false})
		}
		return out
	case syntax.OpConcat:
		cur := []start{{"", false}}
		for _, sub := range re.Sub {
			next := concat(cur, starts(sub, n), n)
			if len(next) > maxStarts {
				// Too many ways: keep the starts known so far, open.
				for i := range cur {
					cur[i].open = true
				}
				return dedupe(cur)
			}
			cur = next
		}
		return cur
	case syntax.OpAlternate:
		var out []start
		for _, sub := range re.Sub {
			out = append(out, starts(sub, n)...)
		}
		out = dedupe(out)
		if len(out) > maxStarts {
			return anyStart
		}
		return out
	}
	return anyStart
}

// runeStart is the start one character gives, with an ASCII letter
// lower-cased as lines are compared.
func runeStart(r rune) start {
	if r < utf8.RuneSelf {
		return start{string(lowerByte(byte(r))), false}
	}
	return start{string(r), false}
}

// concat returns the starts of a match of one expression followed by
// another, given their starts.
func concat(cur, next []start, n int) []start {
	var out []start
	for _, c := range cur {
		if c.open || len(c.s) >= n {
			out = append(out, c)
			continue
		}
		for _, t := range next {
			s := c.s + t.s
			if len(s) > n {
				out = append(out, start{s[:n], true})
			} else {
				out = append(out, start{s, t.open})
			}
		}
	}
	return dedupe(out)
}

func dedupe(list []start) []start {
	seen := make(map[start]bool, len(list))
	out := list[:0]
	for _, s := range list {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// startsWith reports whether key, with its ASCII letters lower-cased,
// starts with one of the prefixes.
func startsWith(key string, prefixes []string) bool {
	for _, p := range prefixes {
		if hasPrefixFold(key, p) {
			return true
		}
	}
	return false
}
