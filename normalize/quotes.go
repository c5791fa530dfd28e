package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// marks are the quotation marks of one language.
type marks struct {
	open, close           rune // outer pair
	openInner, closeInner rune // inner pair
}

var (
	germanMarks  = marks{'„', '“', '‚', '‘'}
	englishMarks = marks{'“', '”', '‘', '’'}
)

const apostrophe = '’'

// Quotes returns s with its quotation marks and apostrophes set by the rules
// of lang: „…“ and ‚…‘ in German, “…” and ‘…’ in English, ’ as the
// apostrophe in both. Straight marks (" and '), marks of the other language
// and look-alikes are decided by their context: between letters a single mark
// is an apostrophe ("geht's", "don't"), after a space it opens, before a space
// or punctuation it closes, and a mark after a digit is a prime (5'7") that is
// left alone. Guillemets (»…« and «…») are kept as written.
//
// s is one paragraph: an unclosed quotation is not carried over. For a tag
// other than German or English, s is returned unchanged.
func Quotes(s string, lang language.Tag) string {
	out, _ := quotes(s, lang)
	return out
}

// quoteLang returns the marks for lang and whether lang is handled.
func quoteLang(lang language.Tag) (marks, bool) {
	base, conf := lang.Base()
	if conf == language.No {
		return marks{}, false
	}
	switch base.String() {
	case "de":
		return germanMarks, true
	case "en":
		return englishMarks, true
	}
	return marks{}, false
}

// isDoubleMark and isSingleMark list the characters that quotes rewrites.
func isDoubleMark(r rune) bool {
	switch r {
	case '"', '“', '”', '„', '‟', '＂':
		return true
	}
	return false
}

func isSingleMark(r rune) bool {
	switch r {
	case '\'', '‘', '’', '‚', '‛', '＇', 'ʼ', '`', '´':
		return true
	}
	return false
}

// elisions are words that start with an apostrophe in German and English.
var elisions = []string{"s", "ne", "nen", "n", "raus", "rein", "rum", "em", "cause", "til", "tis", "twas"}

// quotes does the work of Quotes and reports how many marks it changed.
// The text between marks is copied as it is; s itself is returned when no
// mark changes.
func quotes(s string, lang language.Tag) (string, int) {
	m, ok := quoteLang(lang)
	if !ok {
		return s, 0
	}
	i := nextMark(s, 0)
	if i < 0 {
		return s, 0
	}
	var (
		b       strings.Builder
		changed int
		written int    // bytes of s before s[written] are in b
		stack   []bool // open quotations, innermost last; true for single
	)
	prev := rune(0) // previous rune in the input, 0 at the start
	if i > 0 {
		prev, _ = utf8.DecodeLastRuneInString(s[:i])
	}
	for i >= 0 {
		r, w := utf8.DecodeRuneInString(s[i:])
		next := rune(0)
		if i+w < len(s) {
			next, _ = utf8.DecodeRuneInString(s[i+w:])
		}
		out := r
		switch {
		case isDoubleMark(r):
			out = decideDouble(r, prev, next, &stack, m)
		case isSingleMark(r):
			out = decideSingle(r, prev, next, s[i+w:], &stack, m)
		}
		if out != r {
			if changed == 0 {
				b.Grow(len(s) + 8)
			}
			changed++
			b.WriteString(s[written:i])
			b.WriteRune(out)
			written = i + w
		}
		// The context of the next mark is what this one became, so that a
		// second run sees what the first one decided.
		prev = out
		if out == m.open || out == m.openInner {
			prev = '„' // an opening mark, whatever the language
		}
		j := nextMark(s, i+w)
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

// markStarts tells the bytes that start a quotation mark or apostrophe:
// the ASCII double quote, apostrophe and backquote, and the first bytes of
// the others in UTF-8.
var markStarts = func() (t [256]bool) {
	for _, r := range "\"“”„‟＂'‘’‚‛＇ʼ`´" {
		var b [utf8.UTFMax]byte
		utf8.EncodeRune(b[:], r)
		t[b[0]] = true
	}
	return t
}()

// nextMark returns the index of the first quotation mark or apostrophe in
// s from s[i] on, or -1.
func nextMark(s string, i int) int {
	for ; i < len(s); i++ {
		if !markStarts[s[i]] {
			continue
		}
		if c := s[i]; c < utf8.RuneSelf {
			return i
		}
		if r, _ := utf8.DecodeRuneInString(s[i:]); isDoubleMark(r) || isSingleMark(r) {
			return i
		}
	}
	return -1
}

// opening reports whether a mark between prev and next stands where a
// quotation opens: after the start, a space, an opening bracket, a dash or
// another opening mark, and before something that is not a space.
func opening(prev, next rune) bool {
	return isOpenContext(prev) && next != 0 && !isSpace(next)
}

// closing reports whether a mark stands where a quotation closes: after
// something that is not a space and before the end, a space or punctuation.
func closing(prev, next rune) bool {
	return prev != 0 && !isSpace(prev) && !isOpenContext(prev) &&
		(next == 0 || isSpace(next) || isClosePunct(next))
}

func isOpenContext(r rune) bool {
	switch r {
	case 0, '(', '[', '{', '-', '–', '—', '/', '„', '‚', '»', '«', '›', '‹':
		return true
	}
	return isSpace(r)
}

func isClosePunct(r rune) bool {
	switch r {
	case '.', ',', ';', ':', '!', '?', ')', ']', '}', '…', '-', '–', '—', '/':
		return true
	}
	return isDoubleMark(r) || isSingleMark(r)
}

// decideDouble returns the mark that replaces the double mark r.
func decideDouble(r, prev, next rune, stack *[]bool, m marks) rune {
	if unicode.IsDigit(prev) && (r == '"' || r == '＂') {
		return r // a prime: 5'7"
	}
	var open bool
	switch {
	case r == '„' && m == germanMarks: // elsewhere it is a wrong mark, placed by context
		open = true
	case opening(prev, next) && !closing(prev, next):
		open = true
	case closing(prev, next) && !opening(prev, next):
		open = false
	default:
		open = !top(*stack, false)
	}
	if open {
		*stack = append(*stack, false)
		return m.open
	}
	pop(stack, false)
	return m.close
}

// decideSingle returns the mark that replaces the single mark r; rest is the
// text after it.
func decideSingle(r, prev, next rune, rest string, stack *[]bool, m marks) rune {
	switch {
	case unicode.IsDigit(prev) && (r == '\'' || r == '＇' || r == '´'):
		return r // a prime: 5'
	case (unicode.IsLetter(prev) || unicode.IsDigit(prev)) && unicode.IsLetter(next):
		return apostrophe // don't, geht's, O'Neill
	case isOpenContext(prev) && startsWithTwoDigits(rest):
		return apostrophe // '90s
	case isOpenContext(prev) && startsWithElision(rest):
		return apostrophe // 's, 'ne, 'em
	case r == '‚' && m == germanMarks:
		*stack = append(*stack, true)
		return m.openInner
	case unicode.IsLetter(prev) && closing(prev, next):
		if top(*stack, true) {
			pop(stack, true)
			return m.closeInner
		}
		return apostrophe // Hans', doin'
	case opening(prev, next) && !closing(prev, next):
		*stack = append(*stack, true)
		return m.openInner
	case closing(prev, next) && !opening(prev, next):
		if top(*stack, true) {
			pop(stack, true)
			return m.closeInner
		}
		return apostrophe
	}
	if top(*stack, true) {
		pop(stack, true)
		return m.closeInner
	}
	*stack = append(*stack, true)
	return m.openInner
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
