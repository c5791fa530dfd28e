package boilerplate

import (
	"math/bits"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"  Politik  ", "Politik"},
		{"Politik", "Politik"},
		{"17\u00a0Kommentare", "17 Kommentare"},
		{"5\u202fkm  weit", "5 km weit"},
		{"a\tb \t c", "a b c"},
		{"Über die Brücke – „Zitat“", "Über die Brücke – „Zitat“"},
		{"© 2024\u00a0\u00a0dpa", "© 2024 dpa"},
	}
	for _, tt := range tests {
		if got := fold(tt.in); got != tt.want {
			t.Errorf("fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if got := fold(fold(tt.in)); got != tt.want {
			t.Errorf("fold(fold(%q)) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzFold checks fold against its definition written plainly: trim, then
// fold every run of spaces, tabs and no-break spaces into one space.
func FuzzFold(f *testing.F) {
	for _, s := range []string{"", " a", "a ", "a  b", "a\tb", "a\u00a0b", "a\u202fb", "\u2003a", "a\u3000", "ab\u2009"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return // lines reach fold as valid UTF-8
		}
		want := plainFold(s)
		if got := fold(s); got != want {
			t.Errorf("fold(%q) = %q, want %q", s, got, want)
		}
	})
}

func plainFold(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.TrimSpace(s) {
		if r == ' ' || r == '\t' || r == '\u00a0' || r == '\u202f' {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// FuzzPhrases compares the masks and first phrase that a phrase set finds
// with a plain search of every word start for every phrase.
func FuzzPhrases(f *testing.F) {
	for _, s := range []string{"Jetzt abonnieren", "deabonnieren", "© 2024 dpa", "x©", "Folgen Sie uns auf Facebook", "(Newsletter)", "rss", "ab"} {
		f.Add(s)
	}
	c := Default()
	set := c.index.bands[0].set // every phrase
	f.Fuzz(func(t *testing.T, s string) {
		var want uint64
		first, firstAt := "", len(s)+1
		for i := 0; i <= len(s); i++ {
			if i > 0 && isWordByte(s[i-1]) {
				continue
			}
			for _, p := range set.list {
				if hasPrefixFold(s[i:], p.text) {
					want |= p.bits
					if i < firstAt {
						first, firstAt = p.text, i
					}
				}
			}
		}
		if got := set.masks(s); got != want {
			t.Errorf("masks(%q) = %#x, want %#x", s, got, want)
		}
		if got := set.first(s); got != first {
			t.Errorf("first(%q) = %q, want %q", s, got, first)
		}
	})
}

// FuzzPhraseBands checks that the band of phrases a line is scanned for
// finds every phrase of the full set that a rule or vocabulary taking a
// line of its length asks for.
func FuzzPhraseBands(f *testing.F) {
	for _, s := range []string{"Jetzt abonnieren", "© 2024 dpa", "Folgen Sie uns auf Facebook und Instagram und lesen Sie unseren Newsletter", "d'information d'ARTE l'abonnement d'un newsletter",
		"A00 0A000 ©A0 A00 A A A A A A A A A A A A A 0A00 A A0!A"} {
		f.Add(s)
	}
	c := Default()
	f.Fuzz(func(t *testing.T, s string) {
		l := c.NewLine(s)
		got := l.phraseBits()
		all := c.index.bands[0].set.masks(l.key) // every phrase
		counts := l.Counts()
		for m := all; m != 0; m &= m - 1 {
			bit := m & -m
			need := false
			switch bit {
			case furnitureBit:
				need = counts.Words <= furnitureMaxWords
			case formBit:
				need = counts.Words <= formMaxWords
			default:
				r := c.index.rules[bits.TrailingZeros64(bit)]
				need = r.MaxWords == 0 || counts.Fields <= r.MaxWords
			}
			if need && got&bit == 0 {
				t.Errorf("phraseBits(%q) = %#x lacks %#x of the full scan", s, got, bit)
			}
		}
	})
}

func FuzzContainsByLast(f *testing.F) {
	for _, s := range []string{"", "\u00a0", "a\u202fb", "\xa0\xc2", "\xe2\x80\xe2\x80\xaf", "à la carte\u00a0"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, seq := range []string{"\u00a0", "\u202f", "ab"} {
			if got, want := containsByLast(s, seq), strings.Contains(s, seq); got != want {
				t.Errorf("containsByLast(%q, %q) = %v, want %v", s, seq, got, want)
			}
		}
	})
}

// TestFirstBand checks that the first phrase band holds every phrase of
// the index, as FuzzPhrases and FuzzPhraseBands take it to.
func TestFirstBand(t *testing.T) {
	c := Default()
	n := len(boilerplateWords) + len(formWords)
	for _, r := range c.index.rules {
		n += len(r.Contains)
	}
	if got := len(c.index.bands[0].set.list); got != n {
		t.Errorf("the first band holds %d phrases, want all %d", got, n)
	}
}

// TestHTMLProfiles checks the table of HTML profiles: each names its site
// among its hosts, and each rule is named for the site, has a kind and a
// reason. That each selector compiles is checked where they are read
// (article's TestHTMLProfilesCompile).
func TestHTMLProfiles(t *testing.T) {
	for _, p := range DefaultHTMLProfiles() {
		if p.Site == "" || !slices.Contains(p.Hosts, p.Site) {
			t.Errorf("profile %q: its hosts %q do not hold its site", p.Site, p.Hosts)
		}
		for _, r := range p.Rules {
			if !strings.HasPrefix(r.Name, p.Site+"/") || r.Selector == "" || r.Reason == "" || r.Kind == Body || r.Kind == Blank {
				t.Errorf("profile %q: rule %+v", p.Site, r)
			}
		}
	}
}
