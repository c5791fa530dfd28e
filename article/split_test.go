package article

import (
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/newsdump/newsdump/boilerplate"
	"github.com/newsdump/newsdump/normalize"
)

// FuzzGluedEnd compares gluedEnd, which looks at eight bytes at a time, with
// a plain walk over the characters of the line.
func FuzzGluedEnd(f *testing.F) {
	for _, s := range []string{
		"Mit Material der dpaNächster Artikel", "(dpa)Weitere Meldungen", "[Mit Material von AFP]Lesen Sie auch",
		"© Ada Yokota / Getty Images / iStock", "iPhone und YouTube", "ÄÖÜ äÖ", "dpa━━━━Übersicht", "ßẞ", "ab\xffCD", "",
	} {
		f.Add(s)
	}
	s := newSplitter(boilerplate.Default(), &spares{}, normalize.Normalizer{}, splitConfig{})
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := s.gluedEnd(text), plainGluedEnd(s, text); got != want {
			t.Errorf("gluedEnd(%q) = %d, want %d", text, got, want)
		}
	})
}

func plainGluedEnd(s *splitter, text string) int {
	var prev rune
	for i := 0; i < len(text) && i <= glueWindow; {
		r, size := utf8.DecodeRuneInString(text[i:])
		if i > 0 && unicode.IsUpper(r) && (unicode.IsLower(prev) || prev == ')' || prev == ']') {
			if _, ok := s.cls.EndMarker(text[:i]); ok {
				if _, more := s.cls.EndMarker(text[:i+size]); !more {
					return i
				}
			}
		}
		prev = r
		i += size
	}
	return 0
}
