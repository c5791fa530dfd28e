package runes

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// FuzzDecodeRune checks that Decode reads every character as package
// utf8 does.
func FuzzDecodeRune(f *testing.F) {
	for _, s := range []string{"ä", "„x“", "━", "\xe2\x80", "\xc2", "\x83\xa4", "€", "😀"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i := 0; i < len(s); {
			r, n := Decode(s, i)
			wr, wn := utf8.DecodeRuneInString(s[i:])
			if r != wr || n != wn {
				t.Fatalf("Decode(%q, %d) = %U, %d; utf8 says %U, %d", s, i, r, n, wr, wn)
			}
			i += n
		}
	})
}

func TestIsSpaceIsZs(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		want := strings.ContainsRune(" \t\n\r\v\f", r) || unicode.Is(unicode.Zs, r)
		if IsSpace(r) != want {
			t.Errorf("IsSpace(%U) = %v, want %v", r, !want, want)
		}
	}
}
