package swar

import (
	"encoding/binary"
	"testing"
)

// mark returns the result a marking function should give for b, by a test
// of each byte.
func mark(b []byte, is func(c byte) bool) uint64 {
	var m uint64
	for k, c := range b {
		if is(c) {
			m |= 0x80 << (8 * k)
		}
	}
	return m
}

// TestMarks tries every byte value at every position among neighbours of
// every kind.
func TestMarks(t *testing.T) {
	for pos := 0; pos < 8; pos++ {
		for c := 0; c < 256; c++ {
			b := []byte(" \x00A~\x7f\x80\xff\xc0")
			b[pos] = byte(c)
			x := binary.LittleEndian.Uint64(b)
			checks := []struct {
				name string
				got  uint64
				is   func(c byte) bool
			}{
				{"Zero", Zero(x), func(c byte) bool { return c == 0 }},
				{"Equal ' '", Equal(x, ' '), func(c byte) bool { return c == ' ' }},
				{"NonASCII", NonASCII(x), func(c byte) bool { return c >= 0x80 }},
				{"Leading", Leading(x), func(c byte) bool { return c >= 0xC0 }},
				{"Between A Z", Between(x, 'A', 'Z'), func(c byte) bool { return c >= 'A' && c <= 'Z' }},
				{"Between 0x20 0x7E", Between(x, 0x20, 0x7E), func(c byte) bool { return c >= 0x20 && c <= 0x7E }},
			}
			for _, ch := range checks {
				if want := mark(b, ch.is); ch.got != want {
					t.Errorf("%s(%q) = %#x, want %#x", ch.name, b, ch.got, want)
				}
			}
			want := true
			for _, c := range b {
				want = want && c >= 0x20 && c <= 0x7E
			}
			if got := Printable(x); got != want {
				t.Errorf("Printable(%q) = %v, want %v", b, got, want)
			}
			if got := Load(string(b), 0); got != x {
				t.Errorf("Load(%q) = %#x, want %#x", b, got, x)
			}
		}
	}
}

func TestPairs(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{{"a  bcdef", true}, {"a b c d ", false}, {"       x", true}, {"x      y", true}, {"abcdef  ", true}, {"abcdefg ", false}} {
		if got := Pairs(Equal(Load(tt.s, 0), ' ')) != 0; got != tt.want {
			t.Errorf("Pairs in %q = %v, want %v", tt.s, got, tt.want)
		}
	}
}

func TestRepeat(t *testing.T) {
	for _, tt := range []struct {
		s       string
		i, p, n int
	}{
		{"━━━━━━━━━━━━━━━━━━━━x", 3, 3, 57},
		{"━━━━━━━━━━━━━━━━━━━━", 3, 3, 57},
		{"━━━━━━━━━━━━━━━━━━━━\xe2\x94", 3, 3, 57},
		{"━x", 3, 3, 0},
		{"aaaaaaaaaaaaaaaaab", 1, 1, 16},
		{"abababababababababa", 2, 2, 16},
		{"ab", 2, 2, 0},
	} {
		if got := Repeat(tt.s, tt.i, tt.p); got != tt.n {
			t.Errorf("Repeat(%q, %d, %d) = %d, want %d", tt.s, tt.i, tt.p, got, tt.n)
		}
	}
}
