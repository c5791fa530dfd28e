package boilerplate

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsdump/newsdump/normalize"
)

// devLines returns the lines of the development set's text pages, cleaned
// as the article reader cleans them, and their bytes. The pages are not
// part of the module: set NEWSDUMP_DEVSET to the devset folder, or keep the
// default ../../shared/devset; the benchmark is skipped without them.
func devLines(b *testing.B) ([]string, int) {
	dir := os.Getenv("NEWSDUMP_DEVSET")
	if dir == "" {
		dir = "../../shared/devset"
	}
	files, _ := filepath.Glob(filepath.Join(dir, "text", "*.txt"))
	if len(files) == 0 {
		b.Skipf("no pages in %s/text", dir)
	}
	var out []string
	n := 0
	for _, f := range files {
		data, _ := os.ReadFile(f)
		for _, l := range strings.Split(string(data), "\n") {
			t := normalize.Text(l)
			out = append(out, t)
			n += len(t)
		}
	}
	return out, n
}

// BenchmarkLines runs the line tests of the classifier, each on every line
// of the development set, for their cost per byte.
func BenchmarkLines(b *testing.B) {
	lines, n := devLines(b)
	c := Default()
	fns := []struct {
		name string
		f    func(s string)
	}{
		{"needsFold", func(s string) { needsFold(s) }},
		{"fold", func(s string) { fold(s) }},
		{"CountWords", func(s string) { normalize.CountWords(s) }},
		{"phraseBits", func(s string) { c.index.phraseBits(s) }},
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
		f := fn.f
		b.Run(fn.name, func(b *testing.B) {
			b.SetBytes(int64(n))
			for b.Loop() {
				for _, l := range lines {
					f(l)
				}
			}
		})
	}
}
