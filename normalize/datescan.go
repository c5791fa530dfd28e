package normalize

import (
	"unicode"
	"unicode/utf8"

	"github.com/newsdump/newsdump/internal/runes"
)

// A tokKind is the kind of a token of a date expression.
type tokKind uint8

const (
	tNum   tokKind = iota + 1 // ASCII digits
	tWord                     // letters
	tPunct                    // any other character
)

// A token is a number, a word or a character of punctuation in text that
// may hold a date.
type token struct {
	start, end int
	kind       tokKind
	space      bool     // white space stands before it
	c          byte     // tPunct: the character if ASCII, else 0
	n          int      // tNum: the value, or -1 beyond nine digits
	w          dateWord // tWord: what the word can be in a date
	upper      bool     // tWord: starts with an upper-case letter
}

// digits returns the number of digits of a number token.
func (t *token) digits() int { return t.end - t.start }

// maxTokens bounds the tokens of one date expression and what may stand
// before it ("am vergangenen Montag, 22. November 2026, 14:30 Uhr").
const maxTokens = 28

// newDateMatcher returns a matcher that reads the tokens of s from s[i]
// on, none starting at limit or beyond, into buf as they are asked for.
func newDateMatcher(p *DateParser, s string, i, limit int, buf *[maxTokens]token) dateMatcher {
	return dateMatcher{p: p, s: s, ts: buf[:0], pos: i, limit: min(limit, len(s))}
}

// has reports whether there is a token k, reading tokens up to it.
func (m *dateMatcher) has(k int) bool {
	for k >= len(m.ts) {
		if !m.read() {
			return false
		}
	}
	return true
}

// maxGap is the most white space, in bytes, between two tokens of one
// date expression; a wider gap ends the tokens.
const maxGap = 4

// lookBehind is how many tokens before its start a form looks at: the
// "am" and "Mo.," before "22.11.".
const lookBehind = 3

// drop forgets the first n tokens read: the token that was at n is at 0.
func (m *dateMatcher) drop(n int) {
	m.ts = m.ts[:copy(m.ts, m.ts[n:])]
}

// read reads the next token, and reports whether there was one.
func (m *dateMatcher) read() bool {
	n := len(m.ts)
	if n == cap(m.ts) {
		return false
	}
	s, i := m.s, m.pos
	space := 0 // bytes of white space before the token
	for i < m.limit && space <= maxGap {
		c := s[i]
		var t token
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			space++
			i++
			continue
		case isDigit(c):
			j, v := i, 0
			for j < len(s) && isDigit(s[j]) {
				if j-i < 9 {
					v = v*10 + int(s[j]-'0')
				}
				j++
			}
			if j-i > 9 {
				v = -1
			}
			t = token{start: i, end: j, kind: tNum, space: space > 0, n: v}
		case c < utf8.RuneSelf && !isLetterByte(c):
			t = token{start: i, end: i + 1, kind: tPunct, space: space > 0, c: c}
		default:
			j := tokenEnd(s, i)
			if j == i { // a character beyond ASCII that is no letter
				r, size := utf8.DecodeRuneInString(s[i:])
				if runes.IsSpace(r) {
					space += size
					i += size
					continue
				}
				t = token{start: i, end: i + size, kind: tPunct, space: space > 0}
				break
			}
			t = token{start: i, end: j, kind: tWord, space: space > 0}
			if w := s[i:j]; mayBeDateWord(w) {
				t.w, _ = lookupWord(w)
			}
			if c < utf8.RuneSelf {
				t.upper = c <= 'Z'
			} else {
				r, _ := utf8.DecodeRuneInString(s[i:])
				t.upper = unicode.IsUpper(r)
			}
		}
		m.ts = m.ts[:n+1]
		m.ts[n] = t
		m.pos = t.end
		return true
	}
	m.limit = m.pos // the end, or a gap: no more tokens
	return false
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
			if !isLetterByte(c) {
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

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// isLetterByte reports whether c is an ASCII letter.
func isLetterByte(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// isWordByte reports whether c belongs to a word or number; bytes of
// non-ASCII characters count as letters.
func isWordByte(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= 0x80
}

// wordStart reports whether the token at s[i] starts a word: no letter or
// digit comes right before it.
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
