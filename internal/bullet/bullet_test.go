package bullet

import (
	"strings"
	"testing"
)

// FuzzIs compares Is, which trims a line only when it must,
// with its definition: the line trimmed starts with a marker.
func FuzzIs(f *testing.F) {
	for _, s := range []string{"• Item", "  - x", "\u3000• x", "• ", "•  \u00a0", "━━━━", "\u00a0- x", "- \u2003", "\xe2\x80", "*"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Is(s), Len(strings.TrimSpace(s)) > 0; got != want {
			t.Errorf("Is(%q) = %v, want %v", s, got, want)
		}
	})
}

func TestBulletsStartWithKnownBytes(t *testing.T) {
	for _, b := range bullets {
		if !Is(b+"Item") || !Is(" \t\v"+b+"Item") || !Is("\u3000"+b+"Item") || Trim(" "+b+" Item ") != "Item" {
			t.Errorf("%q is not taken as a list marker", b)
		}
	}
	for _, s := range []string{"Item", "-Item", "—Item", "2. Item", ""} {
		if Is(s) {
			t.Errorf("Is(%q) = true", s)
		}
	}
}
