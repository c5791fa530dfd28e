package topic

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestWords keeps the content words: four letters or more, no function
// word, case and the letters after the seventh ignored.
func TestWords(t *testing.T) {
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"Regierung", "regierungen", true},   // one stem
		{"REGIERUNG", "Regierung", true},     // case
		{"Straße", "STRASSE", false},         // no folding of ß
		{"Überweisung", "überweisung", true}, // upper case beyond ASCII
		{"Regierung", "Regierte", false},
	} {
		a, b := Words(nil, c.a), Words(nil, c.b)
		if len(a) != 1 || len(b) != 1 {
			t.Fatalf("%q, %q: %d and %d words, want 1 each", c.a, c.b, len(a), len(b))
		}
		if (a[0] == b[0]) != c.same {
			t.Errorf("%q and %q: same stem %v, want %v", c.a, c.b, a[0] == b[0], c.same)
		}
	}
	for _, s := range []string{"", "die der und", "aber dass diese", "about which would", "2024 12:30 1,8", "a b c"} {
		if w := Words(nil, s); len(w) != 0 {
			t.Errorf("%q: %d content words, want none", s, len(w))
		}
	}
	if n := len(Words(nil, "Der Stadtrat hat den Busfahrplan beschlossen")); n != 3 {
		t.Errorf("%d content words, want 3 (Stadtrat, Busfahrplan, beschlossen)", n)
	}
	if n := len(Words([]uint32{1, 2}, "Stadtrat")); n != 3 {
		t.Errorf("Words appends: %d, want 3", n)
	}
}

// TestSimilarity: the same words are 1, no shared word 0, sections of one
// text more alike than two texts.
func TestSimilarity(t *testing.T) {
	bus := "Der Stadtrat beschließt einen neuen Busfahrplan für die Innenstadt; die Linien fahren im Takt."
	bus2 := "Die Opposition kritisiert den Busfahrplan: der Takt der Linien helfe nur der Innenstadt."
	trees := "The council will plant ten thousand street trees in neighbourhoods where summer heat is worst."
	if s := Similarity(Words(nil, bus), Words(nil, bus)); s < 0.999 {
		t.Errorf("a text with itself: %.3f, want 1", s)
	}
	if s := Similarity(Words(nil, bus), Words(nil, trees)); s != 0 {
		t.Errorf("no shared word: %.3f, want 0", s)
	}
	if s := Similarity(nil, Words(nil, bus)); s != 0 {
		t.Errorf("an empty bag: %.3f, want 0", s)
	}
	if a, b := Similarity(Words(nil, bus), Words(nil, bus2)), Similarity(Words(nil, bus2), Words(nil, trees)); a <= b {
		t.Errorf("one topic %.3f, two topics %.3f: want the first larger", a, b)
	}
	if s := Shared(Words(nil, "Neuer Busfahrplan"), Words(nil, bus)); s != 0.5 {
		t.Errorf("Shared: %.2f, want 0.5 (Busfahrplan of neuer, busfahrplan)", s)
	}
	if s := Shared(nil, Words(nil, bus)); s != 0 {
		t.Errorf("Shared of no words: %.2f, want 0", s)
	}
}

// FuzzWords: any input gives at most one word for every four bytes, and a
// similarity in [0, 1].
func FuzzWords(f *testing.F) {
	for _, s := range []string{"", "Regierung", "Straße ÜBER über", "\xff\xfe Wörter \x00", strings.Repeat("ab", 100)} {
		f.Add(s, "Der Stadtrat")
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		wa, wb := Words(nil, a), Words(nil, b)
		if len(wa) > len(a)/minLetters {
			t.Errorf("%d words in %d bytes", len(wa), len(a))
		}
		if s := Similarity(wa, wb); s < 0 || s > 1+1e-9 {
			t.Errorf("similarity %v", s)
		}
		if s := Shared(wa, wb); s < 0 || s > 1 {
			t.Errorf("shared %v", s)
		}
		if utf8.ValidString(a) && a == b && len(wa) > 0 {
			if s := Similarity(Words(nil, a), Words(nil, a)); s < 0.999 {
				t.Errorf("%q with itself: %v", a, s)
			}
		}
	})
}
