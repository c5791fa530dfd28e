package normalize

import (
	"testing"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/newsdump/newsdump/internal/devset"
	"github.com/newsdump/newsdump/internal/words"
)

// BenchmarkLines runs the normalizers on every line of the development
// set, for their cost per byte.
func BenchmarkLines(b *testing.B) {
	lines, n := devset.Lines(b, func(s string) string { return s })
	var p DateParser
	fns := []struct {
		name string
		f    func(s string)
	}{
		{"ValidString", func(s string) { utf8.ValidString(s) }},
		{"isClean", func(s string) { isClean(s) }},
		{"Text", func(s string) { Text(s) }},
		{"CountWords", func(s string) { words.Count(s) }},
		{"Find", func(s string) { p.Find(s) }},
		{"Parse", func(s string) { p.Parse(s) }},
		{"Quotes", func(s string) { Quotes(s, language.German) }},
	}
	for _, fn := range fns {
		devset.RunLines(b, fn.name, lines, n, fn.f)
	}
}
