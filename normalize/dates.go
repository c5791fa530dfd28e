package normalize

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/newsdump/newsdump/internal/swar"
)

// Date is a date expression found in text and what it resolves to.
type Date struct {
	// Text is the expression as written, e.g. "vor 3 Stunden".
	Text string `json:"text"`
	// Time is the start of the time named. It is zero when the expression
	// could not be resolved, such as a relative expression without a
	// reference time.
	Time time.Time `json:"time,omitzero"`
	// End is the end (exclusive) of the stretch named by a month, a year or
	// a span ("im März", "Mitte März", "over the weekend"); zero otherwise.
	End time.Time `json:"end,omitzero"`
	// Precision is how precisely the expression names a time. It is set
	// even when Time is zero.
	Precision Precision `json:"precision,omitzero"`
	// Relative reports whether the expression needs a reference time to be
	// resolved ("gestern", "2 days ago", "am Montag", "im März").
	Relative bool `json:"relative,omitempty"`
}

// Resolved reports whether d names a known time.
func (d Date) Resolved() bool { return !d.Time.IsZero() }

// DateMatch is a date expression found in running text.
type DateMatch struct {
	Date
	// Offset is the byte offset of the expression in the text; it ends at
	// Offset+len(Text).
	Offset int `json:"offset"`
}

// DateParser finds and resolves date expressions in German and English.
// Its zero value finds dates and resolves absolute ones in UTC; relative
// expressions stay unresolved until Reference is set.
type DateParser struct {
	// Reference is the time relative expressions are resolved against,
	// usually when the text was written or crawled. Weekdays and months
	// without a year resolve to the most recent such day or month on or
	// before it.
	Reference time.Time
	// Location is the zone of times written without one. When nil, the
	// Reference's location is used, or UTC when Reference is zero.
	Location *time.Location
}

func (p *DateParser) loc() *time.Location {
	switch {
	case p.Location != nil:
		return p.Location
	case !p.Reference.IsZero():
		return p.Reference.Location()
	}
	return time.UTC
}

// ref returns the reference time in the parser's location and whether one
// is set.
func (p *DateParser) ref() (time.Time, bool) {
	if p.Reference.IsZero() {
		return time.Time{}, false
	}
	return p.Reference.In(p.loc()), true
}

// day returns midnight at the start of t's day.
func day(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, t.Location())
}

// Parse reads s as one date expression, allowing surrounding white space and
// punctuation. It reports false when s is not a date expression.
func (p *DateParser) Parse(s string) (Date, bool) {
	t := trimDate(s)
	if t == "" || !mayStartDate(t) {
		return Date{}, false
	}
	ms := p.Find(t)
	if len(ms) != 1 || ms[0].Offset != 0 || len(ms[0].Text) != len(t) {
		return Date{}, false
	}
	return ms[0].Date, true
}

// trimDate trims the white space (space, tab, no-break space) and the
// punctuation ".,;:()[]" that Parse allows around a date.
func trimDate(s string) string {
	for s != "" {
		if trimmedByte(s[0]) {
			s = s[1:]
		} else if strings.HasPrefix(s, "\u00a0") {
			s = s[2:]
		} else {
			break
		}
	}
	for s != "" {
		if trimmedByte(s[len(s)-1]) {
			s = s[:len(s)-1]
		} else if strings.HasSuffix(s, "\u00a0") {
			s = s[:len(s)-2]
		} else {
			break
		}
	}
	return s
}

func trimmedByte(c byte) bool {
	switch c {
	case ' ', '\t', '.', ',', ';', ':', '(', ')', '[', ']':
		return true
	}
	return false
}

// Find returns every date expression in s, in order and without overlaps;
// where expressions overlap the one that starts first, then the longest,
// wins.
func (p *DateParser) Find(s string) []DateMatch {
	var found []DateMatch
	for i := 0; i < len(s); {
		var j int
		var kind anchorKind
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			for j = i + 1; j < len(s) && isDigit(s[j]); j++ {
			}
			kind = anchorDigit
		case isLetterByte(c):
			// The ASCII letters of a word at once, then the rest of it.
			for j = i + 1; j < len(s) && isLetterByte(s[j]); j++ {
			}
			if j < len(s) && s[j] >= utf8.RuneSelf {
				j = tokenEnd(s, j)
			}
			kind = anchorOf(s[i:j])
		case c < utf8.RuneSelf:
			i++
			continue
		default:
			if j = tokenEnd(s, i); j == i { // a character that is no letter: a quotation mark, a dash
				_, n := utf8.DecodeRuneInString(s[i:])
				i += n
				i += swar.Repeat(s, i, n) // and its copies, as in a rule "━━━━"
				continue
			}
			kind = anchorOf(s[i:j])
		}
		if kind != 0 {
			found = p.matchNear(s, kind, i, j, found)
		}
		i = j
	}
	return leftmostLongest(found)
}

// lastStarts returns the last n starts of words and numbers at or before
// s[i], oldest first, that lie close enough to s[i] for a match from there
// to reach it.
func lastStarts(s string, i, n int, buf *[anchorReach + 1]int) []int {
	k := len(buf)
	for q := i; q >= 0 && q > i-(maxDateLen+16) && k > len(buf)-n; q-- {
		c := s[q]
		switch {
		case isDigit(c) || isLetterByte(c):
		case c >= 0xC0:
			if r, _ := utf8.DecodeRuneInString(s[q:]); !unicode.IsLetter(r) {
				continue
			}
		default:
			continue
		}
		if wordStart(s, q) {
			k--
			buf[k] = q
		}
	}
	return buf[k:]
}

// leftmostLongest orders matches by offset and drops those that overlap an
// earlier or longer one.
func leftmostLongest(found []DateMatch) []DateMatch {
	if len(found) == 0 {
		return nil
	}
	// An insertion sort, stable: the matches come nearly in order, and few.
	for i := 1; i < len(found); i++ {
		for j := i; j > 0 && before(found[j], found[j-1]); j-- {
			found[j], found[j-1] = found[j-1], found[j]
		}
	}
	out := found[:1]
	for _, m := range found[1:] {
		if last := out[len(out)-1]; m.Offset >= last.Offset+len(last.Text) {
			out = append(out, m)
		}
	}
	return out
}

// before orders matches by offset, then the longer first.
func before(a, b DateMatch) bool {
	if a.Offset != b.Offset {
		return a.Offset < b.Offset
	}
	return len(a.Text) > len(b.Text)
}

// matchNear tries the rules that the anchor s[i:j] of the given kind can be
// part of, at the word starts the rules allow before it (see lastStarts),
// the anchor's own last where it starts a word.
func (p *DateParser) matchNear(s string, kind anchorKind, i, j int, found []DateMatch) []DateMatch {
	reach := -1 // the most words before the anchor a rule it may be part of reaches
	for r := range dateRules {
		if rule := &dateRules[r]; rule.may(s, kind, i, j) {
			reach = max(reach, rule.reach)
		}
	}
	if reach < 0 {
		return found
	}
	var buf [anchorReach + 1]int
	starts := lastStarts(s, i, reach+1, &buf)
	for r := range dateRules {
		rule := &dateRules[r]
		if !rule.may(s, kind, i, j) {
			continue
		}
		for k := max(len(starts)-1-rule.reach, 0); k < len(starts); k++ {
			found = p.matchAt(s, starts[k], rule, found)
		}
	}
	return found
}

// may reports whether the token s[i:j], an anchor of the given kind, may
// be part of a match of the rule.
func (rule *dateRule) may(s string, kind anchorKind, i, j int) bool {
	return rule.anchors&kind != 0 && (kind != anchorDigit || rule.number == nil || rule.number(s, i, j))
}

// startWords are the words other than anchors that a date expression can
// begin with: "am Montag", "vor 3 Stunden", "Mitte März", "over the weekend".
var startWords = map[string]bool{
	"am": true, "an": true, "on": true, "im": true, "in": true, "vor": true, "mitte": true,
	"anfang": true, "ende": true, "early": true, "mid": true, "late": true, "over": true,
	"at": true, "during": true, "this": true, "last": true, "past": true, "letzte": true,
	"letzten": true, "vergangene": true, "vergangenen": true, "übers": true, "über": true,
	"dieses": true, "diesem": true, "vergangenes": true, "letztes": true, "a": true,
	"one": true, "two": true, "three": true, "four": true, "five": true, "six": true,
	"seven": true, "eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true,
}

// mayStartDate reports whether t begins with a number, an anchor word or a
// word that can open a date expression; Parse rejects anything else at once.
func mayStartDate(t string) bool {
	if isDigit(t[0]) {
		return true
	}
	j := tokenEnd(t, 0)
	if j == 0 {
		return false
	}
	w := t[:j]
	_, start := lookupLower(startWords, w)
	return anchorOf(w) != 0 || start
}

// lookupLower looks w up in m as strings.ToLower(w), without allocating
// when w is short and its only upper-case letters are ASCII.
func lookupLower[V any](m map[string]V, w string) (V, bool) {
	if len(w) > maxAnchorLen {
		v, ok := m[strings.ToLower(w)]
		return v, ok
	}
	var buf [maxAnchorLen]byte
	wide := false // has bytes beyond ASCII, which may be upper-case letters
	for i := 0; i < len(w); i++ {
		buf[i] = lowerByte(w[i])
		wide = wide || w[i] >= utf8.RuneSelf
	}
	if v, ok := m[string(buf[:len(w)])]; ok || !wide {
		return v, ok
	}
	v, ok := m[strings.ToLower(w)]
	return v, ok
}

// Bounds of the search around an anchor.
const (
	anchorReach = 3  // words before an anchor where an expression may start
	maxDateLen  = 64 // bytes of the longest expression
)

// matchAt appends the match of rule that starts at s[st], if any.
func (p *DateParser) matchAt(s string, st int, rule *dateRule, found []DateMatch) []DateMatch {
	end := min(st+maxDateLen, len(s))
	for end < len(s) && end-st < maxDateLen+16 && isWordByte(s[end]) {
		end++ // do not cut a word, or \b would match inside it
	}
	w := s[st:end]
	loc := rule.re.FindStringSubmatchIndex(w)
	if loc == nil || !numberContextOK(s, st+loc[0], st+loc[1]) || insideWord(s, st+loc[1]) {
		return found
	}
	var buf [maxGroups]string // on the stack: the resolvers are called directly
	groups := buf[:len(loc)/2]
	for g := range groups {
		if loc[2*g] >= 0 {
			groups[g] = w[loc[2*g]:loc[2*g+1]]
		}
	}
	d, ok := p.resolve(rule.resolve, groups)
	if !ok {
		return found
	}
	d.Text = groups[0]
	return append(found, DateMatch{Date: d, Offset: st})
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// isLetterByte reports whether c is an ASCII letter.
func isLetterByte(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// isWordByte reports whether c belongs to a word or number; bytes of
// non-ASCII characters count as letters.
func isWordByte(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= 0x80
}

// tokenEnd returns the end of the number (ASCII digits) or word (letters)
// starting at s[i], or i if there is none.
func tokenEnd(s string, i int) int {
	j := i
	if isDigit(s[i]) {
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		return j
	}
	for j < len(s) {
		c := s[j]
		if c < utf8.RuneSelf {
			if !isWordByte(c) || isDigit(c) {
				break
			}
			j++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j += n
	}
	return j
}

// insideWord reports whether s[i] is a letter that continues a word, where
// a pattern's \b, which knows only ASCII letters, may have seen an end
// ("Montagܬ").
func insideWord(s string, i int) bool {
	if i == 0 || i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	p, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsLetter(r) && unicode.IsLetter(p)
}

// wordStart reports whether the token at s[i] starts a word: no letter or
// digit comes before it.
func wordStart(s string, i int) bool {
	if i == 0 {
		return true
	}
	if c := s[i-1]; c < utf8.RuneSelf {
		return !isWordByte(c)
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return !unicode.IsLetter(r)
}

// anchorKind is a set of the kinds of tokens a date expression is built
// around; Find only tries the patterns near such tokens.
type anchorKind uint16

const (
	anchorDigit   anchorKind = 1 << iota // a number
	anchorMonth                          // "März", "Nov"
	anchorWeekday                        // "Montag", "Friday"
	anchorDayWord                        // "gestern", "today"
	anchorWeek                           // "Woche", "week"
	anchorWeekend                        // "Wochenende", "weekend"
	anchorVor                            // "vor"
	anchorAgo                            // "ago"
)

// anchorWords maps the lower-cased anchor words to their kinds.
var anchorWords = func() map[string]anchorKind {
	m := map[string]anchorKind{}
	for w := range monthNumbers {
		m[w] = anchorMonth
	}
	for w := range weekdayNumbers {
		m[w] = anchorWeekday
	}
	for _, w := range []string{"gestern", "vorgestern", "heute", "yesterday", "today"} {
		m[w] = anchorDayWord
	}
	m["woche"], m["week"] = anchorWeek, anchorWeek
	m["wochenende"], m["weekend"] = anchorWeekend, anchorWeekend
	m["vor"], m["ago"] = anchorVor, anchorAgo
	return m
}()

// anchorStarts is a bit set of hashes of the length and first three bytes
// of the anchor words, a quick test before the lookup.
var anchorStarts = func() *[1 << 16 / 64]uint64 {
	var set [1 << 16 / 64]uint64
	for w := range anchorWords {
		k := anchorHash(w)
		set[k/64] |= 1 << (k % 64)
	}
	return &set
}()

// anchorHash hashes the length and the first three bytes, lower-cased, of a
// word of at least two bytes to 16 bits.
func anchorHash(w string) uint16 {
	k := uint32(lowerByte(w[0]))<<16 | uint32(lowerByte(w[1]))<<8 | uint32(len(w))<<24
	if len(w) > 2 {
		k |= uint32(lowerByte(w[2]))
	}
	return uint16((k * 0x9E3779B1) >> 16)
}

// maxAnchorLen is the length in bytes of the longest anchor word.
const maxAnchorLen = 12

// anchorOf returns the anchor kind of a word, 0 for none.
func anchorOf(w string) anchorKind {
	if len(w) < 2 || len(w) > maxAnchorLen {
		return 0
	}
	if k := anchorHash(w); anchorStarts[k/64]&(1<<(k%64)) == 0 {
		return 0
	}
	k, _ := lookupLower(anchorWords, w)
	return k
}

// A dateRule is a pattern for one kind of date expression and how to
// resolve what it matched. groups[0] is the whole match.
type dateRule struct {
	name    string
	re      *regexp.Regexp // anchored at the start
	resolve resolver
	anchors anchorKind // tokens a match contains
	reach   int        // how many words before such a token a match may start
	// number, if set, tells whether the number s[i:j] can be the anchor
	// of a match, as a quick test before the pattern.
	number func(s string, i, j int) bool
}

// Quick tests of the number a date pattern is built around.
var (
	isoNumber    = func(s string, i, j int) bool { return j-i == 4 && followedBy(s, j, '-') }
	dottedNumber = func(s string, i, j int) bool {
		return j-i <= 2 && followedBy(s, j, '.') && j+1 < len(s) && isDigit(s[j+1])
	}
	dayDotNumber = func(s string, i, j int) bool { // "1. Januar", "1.Jan."
		return j-i <= 2 && followedBy(s, j, '.') && (monthAt(s, j+1) || followedBy(s, j+1, ' ') && monthAt(s, j+2))
	}
	daySpaceNumber = func(s string, i, j int) bool { return j-i <= 2 && followedBy(s, j, ' ') && monthAt(s, j+1) }
	yearNumber     = func(s string, i, j int) bool { return j-i == 4 && afterYearPart(s[:i]) }
)

// monthAt reports whether a month name starts at s[k:].
func monthAt(s string, k int) bool {
	if k >= len(s) || isDigit(s[k]) {
		return false
	}
	j := tokenEnd(s, k)
	return j > k && anchorOf(s[k:j])&anchorMonth != 0
}

// afterYearPart reports whether before, the text before a year, may end in
// a word of yearPartRe ("Anfang", "mid-"): a quick test, true for more.
func afterYearPart(before string) bool {
	before = strings.TrimSuffix(before, " ")
	for _, end := range [...]string{"nfang", "itte", "nde", "arly", "id-", "ate"} {
		if strings.HasSuffix(before, end) {
			return true
		}
	}
	return false
}

func followedBy(s string, j int, c byte) bool { return j < len(s) && s[j] == c }

// Name lists: the patterns match any word where a name goes, and the
// resolvers look the word up here. Small patterns keep matching fast.
const (
	monthNames = `Januar|Jänner|Jaenner|Februar|Feber|März|Maerz|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|` +
		`January|February|March|May|June|July|October|December|` +
		`Jan|Jän|Feb|Mär|Mrz|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Okt|Oct|Nov|Dez|Dec`
	weekdayNames = `Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag|` +
		`Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday`
)

// word is a capitalised word, where a month or weekday name may stand.
const word = `\p{Lu}\p{Ll}{1,10}`

// isoDateRe matches ISO 8601 and RFC 3339 dates and times.
var isoDateRe = anchored(`\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?\b`)

// dottedDateRe matches German numeric dates with an optional time:
// "22.11.2026", "1.1.25", "22.11.2026, 14:30 Uhr", "18.10.14 um 22:56 Uhr".
var dottedDateRe = anchored(`\b(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})\b(?:,? (?:um )?(\d{1,2})[:.](\d{2})(?: Uhr)?)?`)

// germanLongDateRe matches "1. Januar 2025", "1. Jan. 2025" and "1. Januar".
var germanLongDateRe = anchored(`\b(\d{1,2})\. ?(` + word + `)\b\.?(?: (\d{4})\b)?`)

// englishLongDateRe matches "November 22, 2026", "Nov. 22, 2026" and
// "22 November 2026".
var englishLongDateRe = anchored(`\b(?:(` + word + `)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})|(\d{1,2}) (` + word + `)\.? (\d{4}))\b`)

// agoRe matches "3 hours ago", "a day ago" and mixtures such as "2 Tagen
// ago".
var agoRe = anchored(`\b(\d{1,4}|\pL{1,6}) ?(\pL{1,8})\.? ago\b`)

// vorRe matches "vor 3 Stunden", "vor etwa 23 Stunden", "vor einer Woche"
// and "vor 29h".
var vorRe = anchored(`\b[Vv]or (?:(?:etwa|rund|knapp|gut|über|mehr als|weniger als|fast) )?(\d{1,4}|\pL{1,6}) ?(\pL{1,8})\b\.?`)

// dayWordRe matches "heute", "gestern", "vorgestern", "today", "yesterday".
var dayWordRe = anchored(`\b(?:[Vv]orgestern|[Gg]estern|[Hh]eute|[Yy]esterday|[Tt]oday)\b`)

// lastWeekRe matches "letzte Woche", "vergangene Woche", "last week".
var lastWeekRe = anchored(`\b(?:[Ll]etzte|[Vv]ergangene|[Ll]ast|[Pp]ast) (?:Woche|week)\b`)

// weekdayRe matches a weekday with an optional "am", "on", "last" before it.
var weekdayRe = anchored(`\b(?:(?:[Aa]m |[Oo]n |[Aa]n diesem )?((?:[Vv]ergangenen|[Ll]etzten|[Ll]ast) )?)(` + word + `)\b`)

// monthRe matches a month with a word before it or a year after it: "im
// März", "Mitte März", "Anfang März 2025", "in March", "mid-March".
// The word before is followed by a space, or by nothing after "mid-".
var monthRe = anchored(`\b(?:(im|[Ii]n|[Aa]nfang|[Mm]itte|[Ee]nde|[Ee]arly|[Mm]id-|[Ll]ate|in early|in mid-|in late)(?: |\b))?(` + word + `)\b(?: (\d{4})\b)?`)

// yearPartRe matches "Anfang 2025", "Mitte 2025", "Ende 2025", "early 2025".
var yearPartRe = anchored(`\b([Aa]nfang|[Mm]itte|[Ee]nde|[Ee]arly|[Mm]id-|[Ll]ate)(?: |\b)(\d{4})\b`)

// weekendRe matches "over the weekend", "am vergangenen Wochenende".
var weekendRe = anchored(`\b(?:(?:[Oo]ver|[Aa]t|[Dd]uring|[Tt]his|[Ll]ast|[Pp]ast)(?: the)? weekend|(?:[Aa]m|[Üü]bers|[Üü]ber das|[Aa]n diesem|[Dd]ieses|[Vv]ergangenes|[Ll]etztes|am vergangenen|am letzten|Am vergangenen|Am letzten) Wochenende)\b`)

// anchored compiles a date pattern to match at the start of the text only.
func anchored(re string) *regexp.Regexp { return regexp.MustCompile(`^(?:` + re + `)`) }

// A resolver names the function that resolves the groups of a rule's
// match; resolve calls it.
type resolver uint8

const (
	byISO resolver = iota
	byDotted
	byGermanLong
	byEnglishLong
	byCount
	byDayWord
	byLastWeek
	byWeekday
	byMonth
	byYearPart
	byWeekend
)

// maxGroups bounds the groups of a date pattern, the whole match included.
const maxGroups = 10

// resolve resolves the groups of a match with the function r names. The
// calls are direct, so that the groups need not leave the caller's stack.
func (p *DateParser) resolve(r resolver, g []string) (Date, bool) {
	switch r {
	case byISO:
		return resolveISO(p, g)
	case byDotted:
		return resolveDotted(p, g)
	case byGermanLong:
		return resolveGermanLong(p, g)
	case byEnglishLong:
		return resolveEnglishLong(p, g)
	case byCount:
		return resolveCount(p, g)
	case byDayWord:
		return resolveDayWord(p, g)
	case byLastWeek:
		return resolveLastWeek(p, g)
	case byWeekday:
		return resolveWeekday(p, g)
	case byMonth:
		return resolveMonth(p, g)
	case byYearPart:
		return resolveYearPart(p, g)
	case byWeekend:
		return resolveWeekend(p, g)
	}
	return Date{}, false
}

var dateRules = []dateRule{
	{"iso", isoDateRe, byISO, anchorDigit, 0, isoNumber},
	{"dotted", dottedDateRe, byDotted, anchorDigit, 0, dottedNumber},
	{"german-long", germanLongDateRe, byGermanLong, anchorDigit, 0, dayDotNumber},
	{"english-long", englishLongDateRe, byEnglishLong, anchorDigit | anchorMonth, 0, daySpaceNumber},
	{"ago", agoRe, byCount, anchorAgo, 3, nil},
	{"vor", vorRe, byCount, anchorVor, 0, nil},
	{"day-word", dayWordRe, byDayWord, anchorDayWord, 0, nil},
	{"last-week", lastWeekRe, byLastWeek, anchorWeek, 1, nil},
	{"weekday", weekdayRe, byWeekday, anchorWeekday, 3, nil},
	{"month", monthRe, byMonth, anchorMonth, 2, nil},
	{"year-part", yearPartRe, byYearPart, anchorDigit, 1, yearNumber},
	{"weekend", weekendRe, byWeekend, anchorWeekend, 3, nil},
}

// monthNumbers maps lower-cased month names and abbreviations to months.
var monthNumbers = map[string]time.Month{
	"januar": 1, "jänner": 1, "jaenner": 1, "january": 1, "jan": 1, "jän": 1,
	"februar": 2, "feber": 2, "february": 2, "feb": 2,
	"märz": 3, "maerz": 3, "march": 3, "mär": 3, "mrz": 3, "mar": 3,
	"april": 4, "apr": 4,
	"mai": 5, "may": 5,
	"juni": 6, "june": 6, "jun": 6,
	"juli": 7, "july": 7, "jul": 7,
	"august": 8, "aug": 8,
	"september": 9, "sept": 9, "sep": 9,
	"oktober": 10, "october": 10, "okt": 10, "oct": 10,
	"november": 11, "nov": 11,
	"dezember": 12, "december": 12, "dez": 12, "dec": 12,
}

var weekdayNumbers = map[string]time.Weekday{
	"sonntag": time.Sunday, "montag": time.Monday, "dienstag": time.Tuesday,
	"mittwoch": time.Wednesday, "donnerstag": time.Thursday, "freitag": time.Friday,
	"samstag": time.Saturday, "sonnabend": time.Saturday,
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday,
	"wednesday": time.Wednesday, "thursday": time.Thursday, "friday": time.Friday,
	"saturday": time.Saturday,
}

var countNumbers = map[string]int{
	"ein": 1, "eine": 1, "einer": 1, "einem": 1, "einen": 1, "a": 1, "an": 1, "one": 1,
	"zwei": 2, "two": 2, "drei": 3, "three": 3, "vier": 4, "four": 4,
	"fünf": 5, "five": 5, "sechs": 6, "six": 6, "sieben": 7, "seven": 7,
	"acht": 8, "eight": 8, "neun": 9, "nine": 9, "zehn": 10, "ten": 10,
	"elf": 11, "eleven": 11, "zwölf": 12, "twelve": 12,
}

// validDate builds a date and reports whether the fields name a real day.
func validDate(y int, m time.Month, d int, loc *time.Location) (time.Time, bool) {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	t := time.Date(y, m, d, 0, 0, 0, 0, loc)
	return t, t.Month() == m && t.Day() == d
}

func resolveISO(p *DateParser, g []string) (Date, bool) {
	y, _ := strconv.Atoi(g[1])
	mo, _ := strconv.Atoi(g[2])
	d, _ := strconv.Atoi(g[3])
	loc := p.loc()
	if z := g[7]; z == "Z" {
		loc = time.UTC
	} else if z != "" {
		sign := 1
		if z[0] == '-' {
			sign = -1
		}
		z = strings.ReplaceAll(z[1:], ":", "")
		hh, _ := strconv.Atoi(z[:2])
		mm, _ := strconv.Atoi(z[2:])
		loc = time.FixedZone("", sign*(hh*3600+mm*60))
	}
	t, ok := validDate(y, time.Month(mo), d, loc)
	if !ok {
		return Date{}, false
	}
	return atClock(t, g[4], g[5], g[6])
}

// atClock returns the day with the time of day hh:mm:ss, where hh or ss may
// be empty, and a precision to match. It reports false for an impossible
// time of day.
func atClock(day time.Time, hh, mm, ss string) (Date, bool) {
	if hh == "" {
		return Date{Time: day, Precision: Day}, true
	}
	h, _ := strconv.Atoi(hh)
	m, _ := strconv.Atoi(mm)
	sec, prec := 0, Minute
	if ss != "" {
		sec, _ = strconv.Atoi(ss)
		prec = Second
	}
	if h > 23 || m > 59 || sec > 60 {
		return Date{}, false
	}
	return Date{Time: day.Add(time.Duration(h)*time.Hour + time.Duration(m)*time.Minute + time.Duration(sec)*time.Second), Precision: prec}, true
}

// expandYear turns a two-digit year into a four-digit one: 00-69 are in the
// 2000s, 70-99 in the 1900s.
func expandYear(s string) int {
	y, _ := strconv.Atoi(s)
	if len(s) == 2 {
		if y < 70 {
			return 2000 + y
		}
		return 1900 + y
	}
	return y
}

func resolveDotted(p *DateParser, g []string) (Date, bool) {
	d, _ := strconv.Atoi(g[1])
	mo, _ := strconv.Atoi(g[2])
	t, ok := validDate(expandYear(g[3]), time.Month(mo), d, p.loc())
	if !ok {
		return Date{}, false
	}
	if d, ok := atClock(t, g[4], g[5], ""); ok {
		return d, true
	}
	return Date{Time: t, Precision: Day}, true // "1.1.2025, 99:99": the day stands
}

// dayOfMonth resolves a day and month with an optional year; without a
// year the most recent such day on or before the reference is taken.
func (p *DateParser) dayOfMonth(d int, m time.Month, year string) (Date, bool) {
	if year != "" {
		t, ok := validDate(expandYear(year), m, d, p.loc())
		return Date{Time: t, Precision: Day}, ok
	}
	if _, ok := validDate(2000, m, d, time.UTC); !ok { // 2000 is a leap year
		return Date{}, false
	}
	ref, ok := p.ref()
	if !ok {
		return Date{Precision: Day, Relative: true}, true
	}
	for y := ref.Year(); y > ref.Year()-8; y-- {
		if t, ok := validDate(y, m, d, ref.Location()); ok && !t.After(ref) {
			return Date{Time: t, Precision: Day, Relative: true}, true
		}
	}
	return Date{Precision: Day, Relative: true}, true
}

func resolveGermanLong(p *DateParser, g []string) (Date, bool) {
	m, ok := lookupLower(monthNumbers, g[2])
	if !ok {
		return Date{}, false
	}
	d, _ := strconv.Atoi(g[1])
	return p.dayOfMonth(d, m, g[3])
}

func resolveEnglishLong(p *DateParser, g []string) (Date, bool) {
	name, day, year := g[1], g[2], g[3]
	if name == "" {
		name, day, year = g[5], g[4], g[6]
	}
	m, ok := lookupLower(monthNumbers, name)
	if !ok {
		return Date{}, false
	}
	d, _ := strconv.Atoi(day)
	return p.dayOfMonth(d, m, year)
}

// units maps the lower-cased unit words of both languages to precisions.
var units = map[string]Precision{
	"sekunde": Second, "sekunden": Second, "sek": Second, "second": Second, "seconds": Second, "sec": Second, "secs": Second,
	"minute": Minute, "minuten": Minute, "min": Minute, "minutes": Minute, "mins": Minute,
	"stunde": Hour, "stunden": Hour, "std": Hour, "h": Hour, "hour": Hour, "hours": Hour, "hr": Hour, "hrs": Hour,
	"tag": Day, "tage": Day, "tagen": Day, "day": Day, "days": Day,
	"woche": Week, "wochen": Week, "week": Week, "weeks": Week,
	"monat": Month, "monate": Month, "monaten": Month, "month": Month, "months": Month,
	"jahr": Year, "jahre": Year, "jahren": Year, "year": Year, "years": Year,
}

// unitOf maps a unit word to its precision, PrecisionNone if it is none.
func unitOf(s string) Precision {
	u, _ := lookupLower(units, s)
	return u
}

// resolveCount resolves "N units ago" and "vor N units".
func resolveCount(p *DateParser, g []string) (Date, bool) {
	n, err := strconv.Atoi(g[1])
	if err != nil {
		n, _ = lookupLower(countNumbers, g[1])
	}
	prec := unitOf(g[2])
	if n <= 0 || prec == PrecisionNone {
		return Date{}, false
	}
	d := Date{Precision: prec, Relative: true}
	ref, ok := p.ref()
	if !ok {
		return d, true
	}
	switch prec {
	case Second:
		d.Time = ref.Add(-time.Duration(n) * time.Second).Truncate(time.Second)
	case Minute:
		d.Time = ref.Add(-time.Duration(n) * time.Minute).Truncate(time.Minute)
	case Hour:
		t := ref.Add(-time.Duration(n) * time.Hour)
		d.Time = time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), 0, 0, 0, t.Location())
	case Day:
		d.Time = day(ref).AddDate(0, 0, -n)
	case Week:
		d.Time = day(ref).AddDate(0, 0, -7*n)
	case Month:
		d.Time = time.Date(ref.Year(), ref.Month()-time.Month(n), 1, 0, 0, 0, 0, ref.Location())
	case Year:
		d.Time = time.Date(ref.Year()-n, 1, 1, 0, 0, 0, 0, ref.Location())
	}
	return d, true
}

func resolveDayWord(p *DateParser, g []string) (Date, bool) {
	back := 0
	switch {
	case strings.EqualFold(g[0], "gestern"), strings.EqualFold(g[0], "yesterday"):
		back = 1
	case strings.EqualFold(g[0], "vorgestern"):
		back = 2
	}
	d := Date{Precision: Day, Relative: true}
	if ref, ok := p.ref(); ok {
		d.Time = day(ref).AddDate(0, 0, -back)
	}
	return d, true
}

func resolveLastWeek(p *DateParser, g []string) (Date, bool) {
	d := Date{Precision: Week, Relative: true}
	if ref, ok := p.ref(); ok {
		// The week (Monday to Sunday) before the reference's week.
		monday := day(ref).AddDate(0, 0, -((int(ref.Weekday())+6)%7 + 7))
		d.Time, d.End = monday, monday.AddDate(0, 0, 7)
	}
	return d, true
}

func resolveWeekday(p *DateParser, g []string) (Date, bool) {
	wd, ok := lookupLower(weekdayNumbers, g[2])
	if !ok {
		return Date{}, false
	}
	d := Date{Precision: Day, Relative: true}
	ref, ok := p.ref()
	if !ok {
		return d, true
	}
	back := (int(ref.Weekday()) - int(wd) + 7) % 7
	if back == 0 && g[1] != "" { // "am vergangenen Montag" on a Monday
		back = 7
	}
	d.Time = day(ref).AddDate(0, 0, -back)
	return d, true
}

// monthParts gives the days that "Anfang", "Mitte" and "Ende" of a month
// cover: first and last day (exclusive; 0 means to the end of the month).
var monthParts = map[string][2]int{
	"anfang": {1, 11}, "early": {1, 11}, "in early": {1, 11},
	"mitte": {11, 21}, "mid-": {11, 21}, "in mid-": {11, 21},
	"ende": {21, 0}, "late": {21, 0}, "in late": {21, 0},
}

func resolveMonth(p *DateParser, g []string) (Date, bool) {
	word, name, year := g[1], g[2], g[3]
	if word == "" && year == "" {
		return Date{}, false // a bare month name is too often something else
	}
	m, ok := lookupLower(monthNumbers, name)
	if !ok {
		return Date{}, false
	}
	part, isPart := lookupLower(monthParts, word)
	d := Date{Precision: Month, Relative: year == ""}
	if isPart {
		d.Precision = Span
	}
	var y int
	switch {
	case year != "":
		y, _ = strconv.Atoi(year)
	default:
		ref, ok := p.ref()
		if !ok {
			return d, true
		}
		y = ref.Year()
		if m > ref.Month() {
			y--
		}
	}
	start := time.Date(y, m, 1, 0, 0, 0, 0, p.loc())
	end := start.AddDate(0, 1, 0)
	if isPart {
		start = time.Date(y, m, part[0], 0, 0, 0, 0, p.loc())
		if part[1] != 0 {
			end = time.Date(y, m, part[1], 0, 0, 0, 0, p.loc())
		}
	}
	d.Time, d.End = start, end
	return d, true
}

// yearParts gives the months that the start, middle and end of a year
// cover: first month and the month after the last.
var yearParts = map[string][2]time.Month{
	"anfang": {1, 5}, "early": {1, 5},
	"mitte": {5, 9}, "mid-": {5, 9},
	"ende": {9, 13}, "late": {9, 13},
}

func resolveYearPart(p *DateParser, g []string) (Date, bool) {
	part, _ := lookupLower(yearParts, g[1])
	y, _ := strconv.Atoi(g[2])
	start := time.Date(y, part[0], 1, 0, 0, 0, 0, p.loc())
	return Date{Time: start, End: time.Date(y, part[1], 1, 0, 0, 0, 0, p.loc()), Precision: Span}, true
}

func resolveWeekend(p *DateParser, g []string) (Date, bool) {
	d := Date{Precision: Span, Relative: true}
	ref, ok := p.ref()
	if !ok {
		return d, true
	}
	// The weekend in progress on the reference day, or the last one before.
	back := (int(ref.Weekday()) - int(time.Saturday) + 7) % 7
	sat := day(ref).AddDate(0, 0, -back)
	d.Time, d.End = sat, sat.AddDate(0, 0, 2)
	return d, true
}

// numberContextOK rejects a match that is part of a longer number such as
// a version ("1.2.10.5"), a section ("§ 3.1.2024") or a decimal.
func numberContextOK(s string, start, end int) bool {
	digitAt := func(i int) bool { return i >= 0 && i < len(s) && isDigit(s[i]) }
	if digitAt(start) && start > 0 {
		if c := s[start-1]; c == '.' || c == ',' || digitAt(start-1) {
			return false
		}
		if strings.HasSuffix(strings.TrimRight(s[:start], " \u00a0"), "§") {
			return false // a section: "§ 3.1.2024"
		}
	}
	if digitAt(end-1) && end < len(s) {
		if c := s[end]; (c == '.' || c == ',' || c == ':') && digitAt(end+1) {
			return false
		}
	}
	return true
}

func lowerByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}
