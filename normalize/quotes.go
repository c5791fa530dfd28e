package normalize

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/newsdump/newsdump/internal/enum"
	"github.com/newsdump/newsdump/internal/runes"
	"github.com/newsdump/newsdump/internal/swar"
)

// marks are the quotation marks and the apostrophe a text is given.
type marks struct {
	open, close           rune // outer pair
	openInner, closeInner rune // inner pair
	apostrophe            rune
}

var (
	germanMarks     = marks{'„', '“', '‚', '‘', '’'}
	englishMarks    = marks{'“', '”', '‘', '’', '’'}
	germanGuillemet = marks{'»', '«', '›', '‹', '’'}
	swissGuillemet  = marks{'«', '»', '‹', '›', '’'}
	asciiMarks      = marks{'"', '"', '\'', '\'', '\''}
)

// MarkStyle selects the quotation marks a [Normalizer] writes. Its text
// form, for flags and configuration, is "typographic",
// "german-guillemets", "swiss-guillemets" or "ascii".
type MarkStyle uint8

const (
	// Typographic marks of the language: „…“ and ‚…‘ in German, “…” and
	// ‘…’ in English, ’ as the apostrophe in both.
	Typographic MarkStyle = iota
	// Guillemets as German books set them, »…« and ›…‹, in German text;
	// English text keeps its typographic marks.
	GermanGuillemets
	// Guillemets as Swiss German sets them, «…» and ‹…›, in German text;
	// English text keeps its typographic marks.
	SwissGuillemets
	// ASCII: " and ' for every quotation mark and apostrophe, and - for
	// en and em dashes, as search indexes want them.
	ASCII
)

var markStyleNames = enum.Names[MarkStyle]{Pkg: "normalize", Type: "MarkStyle", What: "mark style",
	List: []string{"typographic", "german-guillemets", "swiss-guillemets", "ascii"}}

// String returns the style's name.
func (m MarkStyle) String() string { return markStyleNames.String(m) }

// MarshalText encodes the style as its name.
func (m MarkStyle) MarshalText() ([]byte, error) { return markStyleNames.Marshal(m) }

// UnmarshalText decodes a style from its name.
func (m *MarkStyle) UnmarshalText(b []byte) (err error) {
	*m, err = markStyleNames.Unmarshal(b)
	return err
}

// Quotes returns s with its quotation marks and apostrophes set by the rules
// of lang: „…“ and ‚…‘ in German, “…” and ‘…’ in English, ’ as the
// apostrophe in both. Straight marks (" and '), marks of the other language
// and look-alikes (´ ` ʼ ‛ ‟ ＂ ＇) are decided by their context: between
// letters a single mark is an apostrophe ("geht's", "don't"), after a space
// it opens, before a space or punctuation it closes, and a mark after a
// digit is a prime (5'7") that is left alone. Guillemets (»…« and «…») are
// kept as written.
//
// s is one paragraph: an unclosed quotation is not carried over (a
// [Normalizer] carries it from one paragraph to the next). For a tag other
// than German or English, s is returned unchanged.
func Quotes(s string, lang language.Tag) string {
	q, ok := newQuoter(lang, Typographic, false)
	if !ok {
		return s
	}
	out, _ := q.apply(s)
	return out
}

// A quoter sets the marks of the paragraphs of one text.
type quoter struct {
	m          marks
	german     bool   // „ and ‚ only open
	guillemets bool   // guillemets are marks to decide, not kept
	stack      []bool // open quotations, innermost last; true for single
	cont       bool   // the next text goes on with the paragraph, not a new one
}

// newQuoter returns the quoter for text in lang, and whether lang is one
// whose marks it sets.
func newQuoter(lang language.Tag, style MarkStyle, guillemets bool) (quoter, bool) {
	q := quoter{guillemets: guillemets}
	base, conf := lang.Base()
	if conf < language.High {
		return q, false // "und", or a tag that does not name a language
	}
	switch base.String() {
	case "de":
		q.german = true
		q.m = germanMarks
		switch style {
		case GermanGuillemets:
			q.m, q.guillemets = germanGuillemet, true
		case SwissGuillemets:
			q.m, q.guillemets = swissGuillemet, true
		}
	case "en":
		q.m = englishMarks
	default:
		return q, false
	}
	if style == ASCII {
		q.m = asciiMarks
	}
	return q, true
}

// isDoubleMark and isSingleMark list the characters that quotes rewrites;
// guillemets are among them only when asked.
func (q *quoter) isDoubleMark(r rune) bool {
	switch r {
	case '"', '“', '”', '„', '‟', '＂':
		return true
	case '»', '«':
		return q.guillemets
	}
	return false
}

func (q *quoter) isSingleMark(r rune) bool {
	switch r {
	case '\'', '‘', '’', '‚', '‛', '＇', 'ʼ', '`', '´':
		return true
	case '›', '‹':
		return q.guillemets
	}
	return false
}

// elisions are words that start with an apostrophe in German and English.
var elisions = []string{"s", "ne", "nen", "n", "raus", "rein", "rum", "em", "cause", "til", "tis", "twas"}

// apply sets the marks of the paragraph s and reports how many it changed.
// The text between marks is copied as it is; s itself is returned when no
// mark changes.
//
// A quotation left open at the end of the paragraph before stays open when
// s starts with an opening mark, as long quotations are set: each
// paragraph opens again, only the last one closes. Otherwise it is
// forgotten.
func (q *quoter) apply(s string) (string, int) {
	i := q.nextMark(s, 0)
	reopen := false
	if q.cont {
		q.cont = false
	} else if len(q.stack) > 0 {
		if i < 0 || i != len(s)-len(strings.TrimLeft(s, " ")) {
			q.stack = q.stack[:0]
		} else {
			reopen = true
		}
	}
	if i < 0 {
		return s, 0
	}
	var (
		b       strings.Builder
		changed int
		written int // bytes of s before s[written] are in b
	)
	prev := rune(0) // previous rune in the input, 0 at the start
	if i > 0 {
		prev, _ = utf8.DecodeLastRuneInString(s[:i])
	}
	for i >= 0 {
		r, w := runes.Decode(s, i)
		next := rune(0)
		if i+w < len(s) {
			next, _ = runes.Decode(s, i+w)
		}
		out, opens := q.decide(r, prev, next, s[i+w:], reopen)
		reopen = false
		if out != r {
			if changed == 0 {
				b.Grow(len(s) + len(s)/8 + 16) // room for marks two bytes longer
			}
			changed++
			b.WriteString(s[written:i])
			b.WriteRune(out)
			written = i + w
		}
		// The context of the next mark is what this one became, so that a
		// second run sees what the first one decided: an opening or
		// another mark, whatever the style.
		prev = markContext(opens)
		j := q.nextMark(s, i+w)
		if j > i+w {
			prev, _ = utf8.DecodeLastRuneInString(s[:j])
		}
		i = j
	}
	if changed == 0 {
		return s, 0
	}
	b.WriteString(s[written:])
	return b.String(), changed
}

// markContext returns the character that stands for a mark once decided,
// as the context of the next one: a mark that opens, or one that does not.
func markContext(opens bool) rune {
	if opens {
		return '„'
	}
	return '”'
}

// decide returns the mark that replaces r, a mark or any other character,
// between prev and next, rest being the text after it, and whether it
// opens a quotation. reopen is set for the first mark of a paragraph that
// continues a quotation.
func (q *quoter) decide(r, prev, next rune, rest string, reopen bool) (rune, bool) {
	switch {
	case prev == 'Ã' || prev == 'Â' || prev == 'â' || prev == 'ð':
		// After these a typographic mark would read as mojibake ("Ã„"
		// is Ä mis-read), which Clean would then repair: the text is
		// garbled here already, so the mark stays as it is.
		return r, false
	case q.isDoubleMark(r):
		if reopen && !top(q.stack, true) {
			return q.m.open, true // the outer quotation goes on
		}
		return q.decideDouble(r, prev, next, rest)
	case q.isSingleMark(r):
		if reopen && top(q.stack, true) && !startsWithElision(rest) && !startsWithTwoDigits(rest) {
			return q.m.openInner, true
		}
		return q.decideSingle(r, prev, next, rest)
	}
	return r, false
}

// markStarts tells the bytes that start a quotation mark or apostrophe:
// the ASCII double quote, apostrophe and backquote, and the first bytes of
// the others in UTF-8, guillemets included.
var markStarts = func() (t [256]bool) {
	for _, r := range markChars {
		var b [utf8.UTFMax]byte
		utf8.EncodeRune(b[:], r)
		t[b[0]] = true
	}
	return t
}()

// nextMark returns the index of the first quotation mark or apostrophe in
// s from s[i] on, or -1.
func (q *quoter) nextMark(s string, i int) int {
	for i < len(s) {
		if i+8 <= len(s) {
			// Eight bytes at a time: on to the first that may start a
			// mark, an ASCII mark or any byte beyond ASCII.
			x := swar.Load(s, i)
			m := swar.NonASCII(x) | swar.Equal(x, '"') | swar.Equal(x, '\'') | swar.Equal(x, '`')
			if m == 0 {
				i += 8
				continue
			}
			i += bits.TrailingZeros64(m) / 8
		}
		if q.markAt(s, i) {
			return i
		}
		i++
	}
	return -1
}

// markAt reports whether a quotation mark or apostrophe starts at s[i].
func (q *quoter) markAt(s string, i int) bool {
	c := s[i]
	if !markStarts[c] {
		return false
	}
	if c < utf8.RuneSelf {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return q.isDoubleMark(r) || q.isSingleMark(r)
}

// opening reports whether a mark between prev and next stands where a
// quotation opens: after the start, a space, an opening bracket, a dash or
// another opening mark, and before something that is not a space.
func opening(prev, next rune) bool {
	return isOpenContext(prev) && next != 0 && !runes.IsSpace(next)
}

// closing reports whether a mark stands where a quotation closes: after
// something that is not a space and before the end, a space or punctuation.
func closing(prev, next rune) bool {
	return prev != 0 && !runes.IsSpace(prev) && !isOpenContext(prev) &&
		(next == 0 || runes.IsSpace(next) || isClosePunct(next))
}

func isOpenContext(r rune) bool {
	switch r {
	case 0, '(', '[', '{', '-', '–', '—', '/', '„', '‚', '»', '«', '›', '‹':
		return true
	}
	return runes.IsSpace(r)
}

func isClosePunct(r rune) bool {
	switch r {
	case '.', ',', ';', ':', '!', '?', ')', ']', '}', '…', '-', '–', '—', '/':
		return true
	}
	return isAnyMark(r)
}

// markChars are the quotation marks and apostrophes of any kind,
// guillemets included, that quoters may rewrite.
const markChars = "\"“”„‟＂'‘’‚‛＇ʼ`´»«›‹"

// isAnyMark reports whether r is one of markChars.
func isAnyMark(r rune) bool { return strings.ContainsRune(markChars, r) }

// decideDouble returns the mark that replaces the double mark r, rest
// being the text after it, and whether it opens.
func (q *quoter) decideDouble(r, prev, next rune, rest string) (rune, bool) {
	if unicode.IsDigit(prev) && (r == '"' || r == '＂') {
		// After a digit, a straight mark closes the quotation that waits
		// for it ("Loriot 100"), unless a close comes later; else it is a
		// prime: 5'7", 10,25"-Display.
		if top(q.stack, false) && closing(prev, next) && !q.closesLater(rest, false) {
			pop(&q.stack, false)
			return q.m.close, false
		}
		return r, false
	}
	var open bool
	switch {
	case opening(prev, next) && !closing(prev, next):
		open = true
	case closing(prev, next) && !opening(prev, next):
		open = false
	case q.german && (r == '„' || r == q.m.open):
		// Where the context does not tell, a German opening mark opens
		// (elsewhere „ is a wrong mark, placed by context).
		open = true
	default:
		open = !top(q.stack, false)
	}
	if open {
		q.stack = append(q.stack, false)
		return q.m.open, true
	}
	pop(&q.stack, false)
	return q.m.close, false
}

// decideSingle returns the mark that replaces the single mark r, rest being
// the text after it, and whether it opens.
func (q *quoter) decideSingle(r, prev, next rune, rest string) (rune, bool) {
	switch {
	case unicode.IsDigit(prev) && startsWithGroup(rest):
		return q.m.apostrophe, false // thousands, as the Swiss group them: 740’000
	case unicode.IsDigit(prev) && unicode.IsDigit(next):
		return r, false // a prime (5'7"), or digits grouped otherwise
	case (unicode.IsLetter(prev) || unicode.IsDigit(prev)) && unicode.IsLetter(next):
		return q.m.apostrophe, false // don't, geht's, O'Neill, the 1990's
	case unicode.IsDigit(prev) && (r == '\'' || r == '＇' || r == '´'):
		// As for double marks: the close of a quotation that waits for
		// it ('Taskforce A45'), else a prime (6').
		if top(q.stack, true) && closing(prev, next) && !q.closesLater(rest, true) {
			pop(&q.stack, true)
			return q.m.closeInner, false
		}
		return r, false
	case isOpenContext(prev) && startsWithTwoDigits(rest) && !q.closesLater(rest, true):
		return q.m.apostrophe, false // '90s; but '11 weeks!' is a quotation
	case (isOpenContext(prev) || prev == '.') && startsWithElision(rest):
		return q.m.apostrophe, false // 's, 'ne, 'em; the K.'s
	case unicode.IsLetter(prev) && closing(prev, next):
		if top(q.stack, true) {
			pop(&q.stack, true)
			return q.m.closeInner, false
		}
		return q.m.apostrophe, false // Hans', doin'
	case opening(prev, next) && !closing(prev, next):
		q.stack = append(q.stack, true)
		return q.m.openInner, true
	case closing(prev, next) && !opening(prev, next):
		if top(q.stack, true) {
			pop(&q.stack, true)
			return q.m.closeInner, false
		}
		return q.m.apostrophe, false
	case q.german && (r == '‚' || r == q.m.openInner):
		q.stack = append(q.stack, true) // as for „
		return q.m.openInner, true
	}
	if top(q.stack, true) {
		pop(&q.stack, true)
		return q.m.closeInner, false
	}
	q.stack = append(q.stack, true)
	return q.m.openInner, true
}

// pairingReach bounds how far closesLater looks for a closing mark.
const pairingReach = 1000

// closesLater reports whether rest, the text after a mark, holds a mark of
// the same kind (single or double) in a closing position before one in an
// opening position: the quotation the mark may open or close is closed
// there. Apostrophes between letters are passed, and so is a single mark
// after a letter, which may be an apostrophe too (the 1980s'), and a mark
// right after another. It looks at the first pairingReach bytes of rest.
func (q *quoter) closesLater(rest string, single bool) bool {
	rest = rest[:min(len(rest), pairingReach)]
	prev := markContext(false)
	for i := 0; i < len(rest); {
		r, w := utf8.DecodeRuneInString(rest[i:])
		i += w
		if single && q.isSingleMark(r) || !single && q.isDoubleMark(r) {
			next := rune(0) // the end
			if i < len(rest) {
				next, _ = utf8.DecodeRuneInString(rest[i:])
			}
			switch {
			case isAnyMark(prev):
				// After another mark, the context is what that mark
				// becomes, which this look ahead does not decide: passed,
				// so that the marks set are decided alike the next time.
			case single && unicode.IsLetter(prev), single && unicode.IsDigit(prev) && unicode.IsLetter(next):
				// an apostrophe, or perhaps one
			case closing(prev, next):
				return true
			case opening(prev, next):
				return false
			}
		}
		prev = r
	}
	return false
}

// top reports whether the innermost open quotation is of the given kind.
func top(stack []bool, single bool) bool {
	return len(stack) > 0 && stack[len(stack)-1] == single
}

// pop closes the innermost quotation of the given kind and any inner ones
// left open inside it.
func pop(stack *[]bool, single bool) {
	s := *stack
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == single {
			*stack = s[:i]
			return
		}
	}
}

// startsWithGroup reports whether s starts with a group of three digits
// that ends there or where another group, of thousands, starts: "000",
// "000'000", "250’000.".
func startsWithGroup(s string) bool {
	if len(s) < 3 || !isDigit(s[0]) || !isDigit(s[1]) || !isDigit(s[2]) {
		return false
	}
	s = s[3:]
	if s != "" && isDigit(s[0]) {
		return false
	}
	if r, w := utf8.DecodeRuneInString(s); (r == '\'' || r == '’') && unicode.IsDigit(nextRune(s[w:])) {
		return startsWithGroup(s[w:])
	}
	return true
}

// nextRune returns the first character of s, 0 for none.
func nextRune(s string) rune {
	if s == "" {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func startsWithTwoDigits(s string) bool {
	return len(s) >= 2 && s[0] >= '0' && s[0] <= '9' && s[1] >= '0' && s[1] <= '9' &&
		(len(s) == 2 || !(s[2] >= '0' && s[2] <= '9'))
}

// startsWithElision reports whether s begins with one of the elided words
// followed by something that is not a letter.
func startsWithElision(s string) bool {
	for _, e := range elisions {
		if len(s) < len(e) || !strings.EqualFold(s[:len(e)], e) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(s[len(e):])
		if len(s) == len(e) || !unicode.IsLetter(r) {
			return true
		}
	}
	return false
}
