package boilerplate

import (
	"fmt"
	"math/bits"
	"regexp"
	"regexp/syntax"
	"strings"
	"unicode/utf8"

	"github.com/newsdump/newsdump/internal/space"
	"github.com/newsdump/newsdump/internal/swar"
)

// A Rule recognises one kind of line. Rules are data: a name that says which
// rule removed a line, the kind it assigns, a reason for people, and the
// lines it matches.
type Rule struct {
	// Name identifies the rule in removal records: "site/what" for site
	// rules ("heise.de/share-bar"), "generic/what" for general ones.
	Name string
	// Kind is what a matched line is.
	Kind Kind
	// Reason says in a few words why such a line is not body text.
	Reason string
	// Exact lists lines the rule matches as they are, after white space is
	// folded.
	Exact []string
	// Pattern is a regular expression (RE2 syntax) that must match the
	// whole line, after white space is folded.
	Pattern string
	// Contains lists phrases, in lower case, of which a line must hold
	// one (ignoring case) to match. A phrase matches at the start of a
	// word: "abonnieren" finds "Jetzt abonnieren", not "deabonnieren".
	Contains []string
	// MaxWords, when set, keeps the rule to lines of at most this many
	// words; it must be below 64.
	MaxWords int
	// MaxChars, when set, keeps the rule to lines of at most this many
	// characters. A pattern runs faster with such a bound than with bounded
	// repetitions such as ".{2,120}".
	MaxChars int
	// BeforeTitle restricts the rule to lines above the headline.
	BeforeTitle bool
	// Ends marks a line that closes an article: a footer, a sigle, an
	// agency credit, the start of a teaser list. A dump is split after such
	// a line when a new article starts there.
	Ends bool
	// Starts marks a line that opens a page: a link to skip to its
	// content, which only the top of a page has. A dump of page renders
	// is split before such a line.
	Starts bool
	// Rest gives the rule's kind to every line after the matched one, as
	// for a "Recent Posts" heading followed by teasers.
	Rest bool
	// Identifies says that a matched line identifies the profile's site.
	Identifies bool
}

// A Profile holds the rules of one site.
type Profile struct {
	// Site is the site's domain, e.g. "heise.de".
	Site string
	// Rules are tried in order before the generic rules; the first match
	// wins. At least one rule should identify the site.
	Rules []Rule
}

// compiledRule is a Rule ready to match.
type compiledRule struct {
	*Rule
	exact   map[string]bool
	exactN  int // longest exact line
	re      *regexp.Regexp
	maxLen  int      // longest line the pattern can match, in bytes, -1 for no bound
	maxRune int      // and in characters
	starts  []string // how lines matched by the pattern start (see patternStarts); nil for any way
	phrases *phrases
	needles *needleSet // of which a line the pattern matches holds one; nil when unknown
	bit     uint64     // the rule's bit in the classifier's index, 0 if none
}

func compileRules(rules []Rule, where string) ([]compiledRule, error) {
	out := make([]compiledRule, len(rules))
	for i := range rules {
		r := &rules[i]
		c := compiledRule{Rule: r}
		if len(r.Exact) > 0 {
			c.exact = make(map[string]bool, len(r.Exact))
			for _, e := range r.Exact {
				k := fold(e)
				c.exact[k] = true
				c.exactN = max(c.exactN, len(k))
			}
		}
		if r.Pattern != "" {
			src := `^(?:` + r.Pattern + `)$`
			re, err := regexp.Compile(src)
			if err != nil {
				return nil, fmt.Errorf("boilerplate: %s rule %q: %w", where, r.Name, err)
			}
			c.re = re
			c.maxLen = -1
			if tree, err := syntax.Parse(src, syntax.Perl); err == nil {
				tree = tree.Simplify()
				c.maxLen = maxLength(tree, utf8.UTFMax)
				c.maxRune = maxLength(tree, 1)
				c.starts = patternStarts(tree, prefixLen)
				c.needles = newNeedleSet(patternNeedles(tree))
			}
		}
		if c.exact == nil && c.re == nil && len(r.Contains) == 0 {
			return nil, fmt.Errorf("boilerplate: %s rule %q matches nothing: set Exact, Pattern or Contains", where, r.Name)
		}
		if r.MaxChars < 0 || r.MaxWords < 0 {
			return nil, fmt.Errorf("boilerplate: %s rule %q: negative MaxChars or MaxWords", where, r.Name)
		}
		if r.MaxWords >= maxRuleWords {
			return nil, fmt.Errorf("boilerplate: %s rule %q: MaxWords %d is not below %d", where, r.Name, r.MaxWords, maxRuleWords)
		}
		for _, p := range r.Contains {
			if p != strings.ToLower(p) || len(p) < 2 {
				return nil, fmt.Errorf("boilerplate: %s rule %q: phrase %q is not in lower case or too short", where, r.Name, p)
			}
		}
		c.phrases = newPhraseSet(r.Contains)
		out[i] = c
	}
	return out, nil
}

// match reports whether the line matches the rule. A rule with a bit in
// the line's index is tried once on a line; the line remembers the answer.
func (c *compiledRule) match(l *Line) bool {
	if c.MaxWords > 0 && l.words() > c.MaxWords || c.MaxChars > 0 && l.longerThan(c.MaxChars) {
		return false
	}
	if c.bit != 0 && l.idx != nil {
		if l.tested&c.bit != 0 {
			return l.matched&c.bit != 0
		}
		m := c.matchIndexed(l)
		l.tested |= c.bit
		if m {
			l.matched |= c.bit
		}
		return m
	}
	if len(l.key) <= c.exactN && c.exact[l.key] {
		return true
	}
	if c.phrases != nil && c.phrases.first(l.key) != "" {
		return true
	}
	return c.re != nil && c.matchPattern(l)
}

// matchIndexed is match for a rule in the line's index.
func (c *compiledRule) matchIndexed(l *Line) bool {
	switch {
	case c.exact != nil && l.exactBits()&c.bit != 0:
		return true
	case c.phrases != nil && l.phraseBits()&c.bit != 0:
		return true
	case c.re == nil || l.patternBits()&c.bit == 0:
		return false
	}
	return c.matchPattern(l)
}

// matchPattern reports whether the rule's pattern matches the line, testing its
// length and start first.
func (c *compiledRule) matchPattern(l *Line) bool {
	if c.maxLen >= 0 && (len(l.key) > c.maxLen || l.longerThan(c.maxRune)) || c.starts != nil && !startsWith(l.key, c.starts) {
		return false
	}
	if c.needles != nil && !c.needles.any(l.key) {
		return false
	}
	return c.re.MatchString(l.key)
}

// longest returns the longest line the rule can match, or -1 when there is
// no bound.
func (c *compiledRule) longest() int {
	if c.MaxChars > 0 {
		return utf8.UTFMax * c.MaxChars
	}
	if c.MaxWords > 0 {
		return -1 // words, not bytes
	}
	switch {
	case len(c.Contains) > 0:
		return -1
	case c.re != nil:
		return maxBound(c.exactN, c.maxLen)
	}
	return c.exactN
}

// A phrases set finds phrases at word starts, indexed by their first two
// bytes, with a bit set of those pairs to skip most positions at once.
// The zero phrases is an empty set; newPhrases builds one.
type phrases struct {
	pairs [1 << 16 / 64]uint64 // bit set of the phrases' first two bytes
	short [1 << 16 / 64]uint64 // the pairs that begin a phrase of two bytes
	// A bit set of hashes of the first three bytes of the phrases of
	// three bytes or more, a second test after the pair.
	triples [1 << 14 / 64]uint64
	// The phrases, grouped by their first two bytes in the order added,
	// and an open-addressing table of the groups.
	list  []phrase
	table []pairGroup
}

// A phrase is an entry of a phrases set with the bits of the rules it
// belongs to.
type phrase struct {
	text string
	bits uint64
}

// A pairGroup is the slot of a phrases table: the phrases list[lo:hi]
// starting with the bytes key; hi is 0 for an empty slot.
type pairGroup struct {
	key    uint16
	lo, hi int32
}

func newPhraseSet(list []string) *phrases {
	if len(list) == 0 {
		return nil
	}
	return newPhrases(phrasesOf(list, 0))
}

// pairKey returns the first two bytes of p, lower-cased as lines are
// compared.
func pairKey(a, b byte) uint16 { return uint16(lowerByte(a))<<8 | uint16(lowerByte(b)) }

// newPhrases returns the set of the phrases, grouped by their first two
// bytes, keeping the order of the phrases of each pair.
func newPhrases(list []phrase) *phrases {
	set := &phrases{}
	groups := map[uint16][]phrase{}
	var order []uint16
	for _, ph := range list {
		k := pairKey(ph.text[0], ph.text[1])
		set.pairs[k/64] |= 1 << (k % 64)
		if len(ph.text) < 3 {
			set.short[k/64] |= 1 << (k % 64)
		} else {
			h := tripleHash(ph.text[0], ph.text[1], ph.text[2])
			set.triples[h/64] |= 1 << (h % 64)
		}
		if groups[k] == nil {
			order = append(order, k)
		}
		groups[k] = append(groups[k], ph)
	}
	n := 1
	for n < 2*len(order) {
		n <<= 1
	}
	set.table = make([]pairGroup, n)
	set.list = make([]phrase, 0, len(list))
	for _, k := range order {
		lo := len(set.list)
		set.list = append(set.list, groups[k]...)
		i := pairSlot(k, n)
		for set.table[i].hi != 0 {
			i = (i + 1) & (n - 1)
		}
		set.table[i] = pairGroup{k, int32(lo), int32(len(set.list))}
	}
	return set
}

func phrasesOf(list []string, bits uint64) []phrase {
	out := make([]phrase, len(list))
	for i, p := range list {
		out[i] = phrase{p, bits}
	}
	return out
}

func pairSlot(k uint16, n int) int { return int(uint32(k)*0x9E3779B1>>16) & (n - 1) }

// tripleHash hashes three bytes, lower-cased, to 14 bits.
func tripleHash(a, b, c byte) uint32 {
	k := uint32(lowerByte(a))<<16 | uint32(lowerByte(b))<<8 | uint32(lowerByte(c))
	return (k * 0x9E3779B1) >> 18
}

// group returns the phrases that start with the bytes k.
func (set *phrases) group(k uint16) []phrase {
	n := len(set.table)
	for i := pairSlot(k, n); n > 0; i = (i + 1) & (n - 1) {
		g := &set.table[i]
		if g.hi == 0 {
			return nil
		}
		if g.key == k {
			return set.list[g.lo:g.hi]
		}
	}
	return nil
}

// next returns the first index from i on where a phrase may start, a word
// start whose first bytes begin phrases of the set, and those phrases;
// -1 when there is none. A word starts at the start of s and after a byte
// of ASCII that is no letter or digit.
func (set *phrases) next(s string, i int) (int, []phrase) {
	if i == 0 {
		if k, ok := set.candidate(s, 0); ok {
			return 0, set.group(k)
		}
		i = 1
	}
	for ; i+1 < len(s); i++ {
		if i+8 <= len(s) {
			// The word starts among the next eight bytes: after the
			// bytes that are not part of words, s[i-1:i+7].
			m := swar.NonWord(swar.Load(s, i-1))
			if m == 0 {
				i += 7
				continue
			}
			for ; m != 0; m &= m - 1 {
				j := i + bits.TrailingZeros64(m)/8
				if j+1 >= len(s) {
					return -1, nil
				}
				if k, ok := set.candidate(s, j); ok {
					return j, set.group(k)
				}
			}
			i += 7
			continue
		}
		if wordBytes[s[i-1]] {
			continue
		}
		if k, ok := set.candidate(s, i); ok {
			return i, set.group(k)
		}
	}
	return -1, nil
}

// candidate reports whether a phrase of the set may start at s[i], with at
// least two bytes from there, by its first two and three bytes; it returns
// the pair's key.
func (set *phrases) candidate(s string, i int) (uint16, bool) {
	if i+1 >= len(s) {
		return 0, false
	}
	k := uint16(lowerByte(s[i]))<<8 | uint16(lowerByte(s[i+1]))
	if set.pairs[k/64]&(1<<(k%64)) == 0 {
		return 0, false
	}
	if set.short[k/64]&(1<<(k%64)) != 0 {
		return k, true
	}
	if i+2 < len(s) {
		if h := tripleHash(s[i], s[i+1], s[i+2]); set.triples[h/64]&(1<<(h%64)) != 0 {
			return k, true
		}
	}
	return 0, false
}

// masks returns the bits of all phrases found at word starts of s.
func (set *phrases) masks(s string) uint64 {
	var m uint64
	for i, ps := set.next(s, 0); i >= 0; i, ps = set.next(s, i+1) {
		for _, p := range ps {
			if p.bits&^m != 0 && hasPrefixFold(s[i:], p.text) {
				m |= p.bits
			}
		}
	}
	return m
}

// first returns the first phrase found at a word start of s, ignoring the
// case of ASCII letters, or "".
func (set *phrases) first(s string) string {
	for i, ps := set.next(s, 0); i >= 0; i, ps = set.next(s, i+1) {
		for _, p := range ps {
			if hasPrefixFold(s[i:], p.text) {
				return p.text
			}
		}
	}
	return ""
}

func lowerByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// hasPrefixFold reports whether s starts with the lower-case prefix p,
// ignoring the case of ASCII letters in s.
func hasPrefixFold(s, p string) bool {
	if len(s) < len(p) {
		return false
	}
	for i := 0; i < len(p); i++ {
		if lowerByte(s[i]) != p[i] {
			return false
		}
	}
	return true
}

func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c >= 0x80
}

// wordBytes tells the bytes for which isWordByte is true.
var wordBytes = func() (t [256]bool) {
	for c := range t {
		t[c] = isWordByte(byte(c))
	}
	return t
}()

// maxLength returns the most bytes a match of re can span, counting width
// bytes for a character of a class (utf8.UTFMax for a bound in bytes, 1 for
// one in characters), or -1 when there is no bound. Rules are tried on every line; this lets a rule for
// short lines skip long paragraphs without running its pattern.
func maxLength(re *syntax.Regexp, width int) int {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText,
		syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary, syntax.OpNoMatch:
		return 0
	case syntax.OpLiteral:
		if width == 1 {
			return len(re.Rune)
		}
		n := 0
		for _, r := range re.Rune {
			n += utf8.RuneLen(r)
		}
		return n
	case syntax.OpCharClass, syntax.OpAnyCharNotNL, syntax.OpAnyChar:
		return width
	case syntax.OpCapture:
		return maxLength(re.Sub[0], width)
	case syntax.OpQuest:
		return maxLength(re.Sub[0], width)
	case syntax.OpStar, syntax.OpPlus:
		return -1
	case syntax.OpRepeat:
		n := maxLength(re.Sub[0], width)
		if n < 0 || re.Max < 0 {
			return -1
		}
		return n * re.Max
	case syntax.OpConcat:
		total := 0
		for _, sub := range re.Sub {
			n := maxLength(sub, width)
			if n < 0 {
				return -1
			}
			total += n
		}
		return total
	case syntax.OpAlternate:
		most := 0
		for _, sub := range re.Sub {
			n := maxLength(sub, width)
			if n < 0 {
				return -1
			}
			most = max(most, n)
		}
		return most
	}
	return -1
}

// fold returns the line as rules see it: no-break spaces turned into
// spaces, runs of spaces folded, ends trimmed.
func fold(s string) string {
	if !needsFold(s) {
		return s
	}
	if s = space.Trim(s); !needsFold(s) {
		return s
	}
	// The text between the spaces is copied a run of bytes at a time: a
	// run ends only at the bytes that can start a space, " ", "\t", and
	// the first bytes of the no-break spaces.
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		if n := foldSpace(s[i:]); n > 0 {
			i += n
			for n = foldSpace(s[i:]); n > 0; n = foldSpace(s[i:]) {
				i += n
			}
			if len(b) > 0 && i < len(s) { // none at the start or the end
				b = append(b, ' ')
			}
			continue
		}
		j := i + 1
		for j < len(s) && s[j] != ' ' && s[j] != '\t' && s[j] != 0xC2 && s[j] != 0xE2 {
			j++
		}
		b = append(b, s[i:j]...)
		i = j
	}
	return string(b)
}

// foldSpace returns the length of the space, tab or no-break space (U+00A0,
// U+202F) that s starts with, 0 if none.
func foldSpace(s string) int {
	switch {
	case s == "":
		return 0
	case s[0] == ' ' || s[0] == '\t':
		return 1
	case strings.HasPrefix(s, "\u00a0"):
		return 2
	case strings.HasPrefix(s, "\u202f"):
		return 3
	}
	return 0
}

// needsFold reports whether fold would change s: white space at either
// end, a tab, two spaces in a row, or a no-break space (U+00A0, C2 A0, or
// U+202F, E2 80 AF). Each test of the inside is a fast search of the whole
// line, faster than one pass that looks at every byte; most lines pass all
// four. The no-break spaces are searched for by their last bytes, which
// text has far fewer of than their first: E2 starts every quotation mark
// and dash.
func needsFold(s string) bool {
	if s == "" {
		return false
	}
	if c := s[0]; c <= ' ' || c >= 0x80 && space.Len(s) > 0 {
		return true
	}
	if c := s[len(s)-1]; c <= ' ' || c >= 0x80 && space.LastLen(s) > 0 {
		return true
	}
	return strings.IndexByte(s, '\t') >= 0 || strings.Contains(s, "  ") ||
		containsByLast(s, "\u00a0") || containsByLast(s, "\u202f")
}

// containsByLast is strings.Contains(s, seq) for a seq whose last byte is
// rare in s: it looks for that byte, then at the bytes before it.
func containsByLast(s, seq string) bool {
	last, n := seq[len(seq)-1], len(seq)-1
	for i := n; i < len(s); i++ {
		j := strings.IndexByte(s[i:], last)
		if j < 0 {
			return false
		}
		if i += j; s[i-n:i+1] == seq {
			return true
		}
	}
	return false
}
