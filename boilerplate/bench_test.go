package boilerplate

import (
	"strings"
	"testing"

	"github.com/newsdump/newsdump/internal/bullet"
	"github.com/newsdump/newsdump/internal/devset"
	"github.com/newsdump/newsdump/internal/words"
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
		{"CountWords", func(s string) { words.Count(s) }},
		{"phrases", func(s string) { c.index.bands[0].set.masks(s) }},
		{"phraseBits", func(s string) { l := c.NewLine(s); l.Counts(); l.phraseBits() }},
		{"consent", func(s string) { consentSink = hasConsentWord(s) }},
		{"NewLine", func(s string) { c.NewLine(s) }},
		{"EndMarker", func(s string) { l := c.NewLine(s); c.LineEndMarker(&l) }},
		{"LineRule", func(s string) { l := c.NewLine(s); c.LineRule(&l) }},
		{"DateLine", func(s string) { l := c.NewLine(s); l.DateLine() }},
		{"measure", func(s string) { l := c.NewLine(s); measure(&l) }},
		{"Counts", func(s string) { l := c.NewLine(s); l.Counts() }},
		{"IsBullet", func(s string) { bullet.Is(s) }},
	}
	for _, fn := range fns {
		devset.RunLines(b, fn.name, lines, n, fn.f)
	}
}

// BenchmarkDevsetClassify classifies the lines of every page of the
// development set, page by page, as a caller of Classify does: the cost of
// boilerplate removal alone, without the Reader's splitting, cleanup,
// dates and languages.
func BenchmarkDevsetClassify(b *testing.B) {
	pages, total := devset.Pages(b)
	split := make([][]string, len(pages))
	for i, p := range pages {
		split[i] = strings.Split(string(p), "\n")
	}
	c := Default()
	b.SetBytes(int64(total))
	b.ReportAllocs()
	for b.Loop() {
		for _, lines := range split {
			c.Classify(lines)
		}
	}
}

// consentSink keeps the result of hasConsentWord in its benchmark.
var consentSink bool
