package space

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestLen compares Len and LastLen with unicode.IsSpace for every
// character, alone and between letters.
func TestLen(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		c := string(r)
		want := 0
		if unicode.IsSpace(r) {
			want = len(c)
		}
		if got := Len(c + "a"); got != want {
			t.Errorf("Len(%q) = %d, want %d", c+"a", got, want)
		}
		if got := LastLen("a" + c); got != want {
			t.Errorf("LastLen(%q) = %d, want %d", "a"+c, got, want)
		}
	}
}

// FuzzTrim compares Trim with strings.TrimSpace, on invalid UTF-8 too.
func FuzzTrim(f *testing.F) {
	for _, s := range []string{"", " a ", "\u00a0a\u3000", "\u2003", "━━━", "„Zitat“", "\xe2\x80", "a\xc2", "\x85\xc2\xa0", "\xe2\xe2\x80\x80"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Trim(s), strings.TrimSpace(s); got != want {
			t.Errorf("Trim(%q) = %q, want %q", s, got, want)
		}
	})
}

func BenchmarkTrim(b *testing.B) {
	lines := []string{"━━━━━━━━━━━━━━━━━━━━", "„Das ist ein Zitat“", "  Eine Zeile  ", "Eine Zeile"}
	for b.Loop() {
		for _, l := range lines {
			Trim(l)
		}
	}
}

func BenchmarkTrimSpace(b *testing.B) {
	lines := []string{"━━━━━━━━━━━━━━━━━━━━", "„Das ist ein Zitat“", "  Eine Zeile  ", "Eine Zeile"}
	for b.Loop() {
		for _, l := range lines {
			strings.TrimSpace(l)
		}
	}
}
