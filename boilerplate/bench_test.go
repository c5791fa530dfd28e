package boilerplate

import (
	"testing"

	"github.com/newsdump/newsdump/internal/devset"
	"github.com/newsdump/newsdump/normalize"
)

// BenchmarkLines runs the line tests of the classifier, each on every line
// of the development set, for their cost per byte.
func BenchmarkLines(b *testing.B) {
	lines, n := devset.Lines(b, normalize.Text)
	c := Default()
	fns := []struct {
		name string
		f    func(s string)
	}{
		{"needsFold", func(s string) { needsFold(s) }},
		{"fold", func(s string) { fold(s) }},
		{"CountWords", func(s string) { normalize.CountWords(s) }},
		{"phrases", func(s string) { c.index.bands[0].set.masks(s) }},
		{"phraseBits", func(s string) { l := c.NewLine(s); l.Counts(); l.phraseBits() }},
		{"consent", func(s string) { hasConsentWord(s) }},
		{"NewLine", func(s string) { c.NewLine(s) }},
		{"EndMarker", func(s string) { l := c.NewLine(s); c.LineEndMarker(&l) }},
		{"LineRule", func(s string) { l := c.NewLine(s); c.LineRule(&l) }},
		{"DateLine", func(s string) { l := c.NewLine(s); l.DateLine() }},
		{"measure", func(s string) { l := c.NewLine(s); measure(&l) }},
		{"Counts", func(s string) { l := c.NewLine(s); l.Counts() }},
		{"IsBullet", func(s string) { IsBullet(s) }},
	}
	for _, fn := range fns {
		devset.RunLines(b, fn.name, lines, n, fn.f)
	}
}
