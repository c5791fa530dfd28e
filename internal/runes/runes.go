// Package runes decodes the characters of news text quickly.
package runes

import "unicode/utf8"

// Decode decodes the character at s[i] like utf8.DecodeRuneInString,
// without a call for the characters of news text beyond ASCII: two-byte
// sequences (Latin-1 and other alphabets) and U+2000 to U+2FFF (quotation
// marks, dashes, bullets, rules).
func Decode(s string, i int) (rune, int) {
	b := s[i]
	switch {
	case b >= 0xC2 && b < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
		return rune(b&0x1F)<<6 | rune(s[i+1]&0x3F), 2
	case b == 0xE2 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80:
		return 0x2000 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s[i:])
}

// IsSpace reports whether r is white space for folding purposes: the
// space separators, tab, line breaks, no-break and narrow no-break space.
func IsSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u202f',
		'\u1680', '\u205F', '\u3000': // the space separators (Zs) but U+2000 to U+200A
		return true
	}
	return r >= '\u2000' && r <= '\u200A'
}
