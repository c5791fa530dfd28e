package boilerplate

import (
	"regexp/syntax"
	"strings"
	"unicode/utf8"

	"github.com/newsdump/newsdump/internal/swar"
)

// A needle is a string that a line must hold for a pattern to match it,
// compared as written, or ignoring the case of ASCII letters (fold, the
// needle in lower case).
type needle struct {
	s    string
	fold bool
}

// maxNeedles bounds the needles of a pattern, beyond which trying them
// costs more than running the pattern.
const maxNeedles = 32

// gramIndexFrom is how many needles at least a set looks for in one pass
// over the line with an index of their first four bytes, instead of one
// search for each.
const gramIndexFrom = 9

// gramBits is the size, in bits, of the index of four-byte starts.
const gramBits = 1 << 14

// A needleSet is the needles of a pattern and, when many of them are four
// bytes long at least, a bit set of hashes of those needles' first four
// bytes, each byte with its 0x20 bit set: the lower case of an ASCII
// letter, and for other bytes a transform the line's bytes get too, so
// that the set lets through every line that holds a needle, as written or
// ignoring case. The shorter needles are searched for one by one.
type needleSet struct {
	list   []needle               // all needles, or with grams those of four bytes or more
	short  []needle               // with grams, the needles under four bytes
	grams  *[gramBits / 64]uint64 // nil: a search for each needle
	first  *[256]bool             // with grams, the first bytes of the long needles, each with its 0x20 bit set
	folded bool                   // a needle ignores case
}

// newNeedleSet returns the set of needles ns, nil for none.
func newNeedleSet(ns []needle) *needleSet {
	if ns == nil {
		return nil
	}
	s := &needleSet{list: ns}
	var long, short []needle
	for _, n := range ns {
		s.folded = s.folded || n.fold
		if len(n.s) < 4 {
			short = append(short, n)
		} else {
			long = append(long, n)
		}
	}
	if len(long) < gramIndexFrom {
		return s
	}
	s.list, s.short = long, short
	s.grams, s.first = new([gramBits / 64]uint64), new([256]bool)
	for _, n := range long {
		h := gramHash(uint32(n.s[0]) | uint32(n.s[1])<<8 | uint32(n.s[2])<<16 | uint32(n.s[3])<<24)
		s.grams[h/64] |= 1 << (h % 64)
		s.first[n.s[0]|0x20] = true
	}
	return s
}

// gramHash maps four bytes, their 0x20 bits set, to a bit of the index.
func gramHash(g uint32) uint32 { return (g | 0x20202020) * 0x9E3779B1 >> (32 - 14) }

// any reports whether key holds one of the needles (see anyNeedle).
func (s *needleSet) any(key string) bool {
	if s.grams == nil {
		return anyNeedle(key, s.list)
	}
	if s.short != nil && anyNeedle(key, s.short) {
		return true
	}
	for i := 0; i+4 <= len(key); i++ {
		if !s.first[key[i]|0x20] {
			continue // no needle starts with this byte, in either case
		}
		var g uint32
		if i+8 <= len(key) {
			g = uint32(swar.Load(key, i))
		} else {
			g = uint32(key[i]) | uint32(key[i+1])<<8 | uint32(key[i+2])<<16 | uint32(key[i+3])<<24
		}
		h := gramHash(g)
		if s.grams[h/64]&(1<<(h%64)) == 0 {
			continue
		}
		for _, n := range s.list {
			if n.fold && hasPrefixFold(key[i:], n.s) || !n.fold && strings.HasPrefix(key[i:], n.s) {
				return true
			}
		}
	}
	return s.folded && foldsWithASCII(key)
}

// needlesOf returns needles of which every match of re holds at least one,
// or nil when re gives none worth testing. Only ASCII letters are folded:
// a needle is taken from a case-insensitive literal only when it is ASCII
// (see anyNeedle for the two characters beyond ASCII that fold with ASCII
// letters).
func needlesOf(re *syntax.Regexp) []needle {
	switch re.Op {
	case syntax.OpLiteral:
		lit := string(re.Rune)
		if re.Flags&syntax.FoldCase == 0 || strings.ToLower(lit) == strings.ToUpper(lit) {
			return []needle{{lit, false}}
		}
		for _, r := range re.Rune {
			if r >= utf8.RuneSelf {
				return nil
			}
		}
		return []needle{{strings.ToLower(lit), true}}
	case syntax.OpCapture, syntax.OpPlus:
		return needlesOf(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return needlesOf(re.Sub[0])
		}
	case syntax.OpConcat:
		var best []needle
		consider := func(n []needle) {
			if n != nil && (best == nil || shortest(n) > shortest(best)) {
				best = n
			}
		}
		// A run of parts that match exactly one of a few strings each
		// ("/" then "Reuters|AFP", "Foto" then ":|s:") gives the strings
		// they make together, longer than each part's.
		var run []needle
		for _, sub := range re.Sub {
			consider(needlesOf(sub))
			if ex, ok := exactStrings(sub); ok {
				if run = joinNeedles(run, ex); run != nil {
					consider(run)
					continue
				}
			}
			run = nil
		}
		return best
	case syntax.OpAlternate:
		var all []needle
		for _, sub := range re.Sub {
			n := needlesOf(sub)
			if n == nil {
				return nil
			}
			all = append(all, n...)
		}
		if len(all) > maxNeedles {
			return nil
		}
		return all
	}
	return nil
}

// exactStrings returns the strings re matches when it matches nothing
// else (or nothing else ignoring case, for a needle that folds): a
// literal, an alternation or a concatenation of such; ok is false
// otherwise or beyond maxNeedles.
func exactStrings(re *syntax.Regexp) ([]needle, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		if n := needlesOf(re); len(n) == 1 {
			return n, true // as written, or in lower case when it folds ASCII letters
		}
		return nil, false
	case syntax.OpCapture:
		return exactStrings(re.Sub[0])
	case syntax.OpEmptyMatch:
		return []needle{{"", false}}, true
	case syntax.OpQuest:
		ex, ok := exactStrings(re.Sub[0])
		if !ok || len(ex) >= maxNeedles {
			return nil, false
		}
		return append([]needle{{"", false}}, ex...), true
	case syntax.OpAlternate:
		var all []needle
		for _, sub := range re.Sub {
			ex, ok := exactStrings(sub)
			if !ok || len(all)+len(ex) > maxNeedles {
				return nil, false
			}
			all = append(all, ex...)
		}
		return all, true
	case syntax.OpConcat:
		var run []needle
		for _, sub := range re.Sub {
			ex, ok := exactStrings(sub)
			if !ok {
				return nil, false
			}
			if run = joinNeedles(run, ex); run == nil {
				return nil, false
			}
		}
		return run, true
	}
	return nil, false
}

// joinNeedles returns every string of a followed by one of b (b alone for
// an empty a), or nil beyond maxNeedles.
func joinNeedles(a, b []needle) []needle {
	if a == nil {
		return b
	}
	if len(a)*len(b) > maxNeedles {
		return nil
	}
	out := make([]needle, 0, len(a)*len(b))
	for _, x := range a {
		for _, y := range b {
			// A needle that ignores case makes the pair ignore it: a looser
			// test, still met by every match.
			fold := x.fold || y.fold
			xs, ys := x.s, y.s
			if fold {
				xs, ys = strings.ToLower(xs), strings.ToLower(ys)
			}
			out = append(out, needle{xs + ys, fold})
		}
	}
	return out
}

// shortest returns the length of the shortest needle, ranking sets: the
// longer the needles, the fewer lines hold one by chance.
func shortest(ns []needle) int {
	n := -1
	for _, x := range ns {
		if n < 0 || len(x.s) < n {
			n = len(x.s)
		}
	}
	return n
}

// patternNeedles returns the needles of a rule's pattern worth testing:
// none when a needle is a single space, which every line of text holds.
func patternNeedles(re *syntax.Regexp) []needle {
	ns := needlesOf(re)
	for _, n := range ns {
		if n.s == " " || n.s == "" {
			return nil
		}
	}
	return ns
}

// anyNeedle reports whether key holds one of the needles. The Kelvin sign
// and the long s fold with "k" and "s" in a case-insensitive pattern; a
// line with either is let through.
func anyNeedle(key string, ns []needle) bool {
	folded := false // a needle ignores case
	for _, n := range ns {
		if n.fold {
			folded = true
			if containsFold(key, n.s) {
				return true
			}
		} else if strings.Contains(key, n.s) {
			return true
		}
	}
	return folded && foldsWithASCII(key)
}

// foldsWithASCII reports whether key holds the Kelvin sign or the long s,
// which a case-insensitive pattern folds with "k" and "s".
func foldsWithASCII(key string) bool {
	return strings.Contains(key, "\u212a") || strings.Contains(key, "\u017f")
}

// containsFold reports whether s holds the lower-case ASCII needle,
// ignoring the case of ASCII letters in s.
func containsFold(s, needle string) bool {
	c0 := needle[0]
	up := c0
	if c0 >= 'a' && c0 <= 'z' {
		up = c0 - 'a' + 'A'
	}
	for i := 0; i+len(needle) <= len(s); i++ {
		// The next place where the needle's first byte is, in either case.
		j := strings.IndexByte(s[i:], c0)
		if up != c0 {
			if k := strings.IndexByte(s[i:], up); k >= 0 && (j < 0 || k < j) {
				j = k
			}
		}
		if j < 0 {
			return false
		}
		i += j
		if hasPrefixFold(s[i:], needle) {
			return true
		}
	}
	return false
}
