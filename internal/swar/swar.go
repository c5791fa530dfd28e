// Package swar tests eight bytes of text at once in a 64-bit word ("SIMD
// within a register"), for the scans that look at every byte of a line:
// most of a news text is plain ASCII that they pass over.
//
// Each function takes the eight bytes as Load returns them, the first byte
// in the lowest bits, and answers with exact per-byte results: the high bit
// (0x80) of a result byte is set where the byte of x has the property.
package swar

import "encoding/binary"

const (
	lows  = 0x0101010101010101
	highs = 0x8080808080808080
)

// Load returns the eight bytes of s at s[i:i+8]; s must hold them.
func Load(s string, i int) uint64 {
	return binary.LittleEndian.Uint64([]byte(s[i : i+8])) // no copy: the conversion does not escape
}

// Zero marks the bytes of x that are 0.
func Zero(x uint64) uint64 {
	return ^((x&^highs + ^uint64(highs)) | x) & highs
}

// Equal marks the bytes of x that are c.
func Equal(x uint64, c byte) uint64 { return Zero(x ^ uint64(c)*lows) }

// NonASCII marks the bytes of x beyond ASCII, 0x80 and above.
func NonASCII(x uint64) uint64 { return x & highs }

// Leading marks the bytes of x that can start a character of two bytes
// or more in UTF-8: 0xC0 and above.
func Leading(x uint64) uint64 { return x & (x << 1) & highs }

// Between marks the bytes of x from lo to hi, both ASCII (below 0x80);
// bytes beyond ASCII are never marked.
func Between(x uint64, lo, hi byte) uint64 {
	y := x &^ highs                // below 0x80 each, so that the sums do not carry
	ge := y + uint64(0x80-lo)*lows // high bit: byte >= lo
	gt := y + uint64(0x7F-hi)*lows // high bit: byte > hi
	return ge &^ gt &^ x & highs
}

// Printable reports whether all eight bytes are printable ASCII, 0x20 to
// 0x7E.
func Printable(x uint64) bool {
	return x&highs == 0 && Between(x, 0x20, 0x7E) == highs
}

// Pairs marks the bytes of m that are followed by a marked byte, for two
// spaces in a row; the last byte has none after it within x.
func Pairs(m uint64) uint64 { return m & (m >> 8) }

// Repeat returns how many bytes from s[i] on repeat the p bytes before
// s[i], a multiple of p: for a run of one character of p bytes, such as a
// rule "━━━━" drawn in a text render, the rest of the run. It compares eight
// bytes at a time; i must be at least p.
func Repeat(s string, i, p int) int {
	n := 0
	for i+n+8 <= len(s) && Load(s, i+n) == Load(s, i+n-p) {
		n += 8
	}
	for i+n < len(s) && s[i+n] == s[i+n-p] {
		n++
	}
	return n - n%p
}

// NonWord marks the bytes of x that are ASCII but no letter or digit:
// spaces and punctuation, where words end.
func NonWord(x uint64) uint64 {
	letter := Between(x|0x20*lows, 'a', 'z') // A to Z lower-cased; no other byte lands there
	digit := Between(x, '0', '9')
	return ^(letter | digit | x) & highs
}
