package normalize

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// devLines returns the lines of the development set's text pages and their
// bytes; with NORULE set in the environment, without the rules ("━━━━")
// drawn by the text renders. The pages are not part of the module: set
// NEWSDUMP_DEVSET to the devset folder, or keep the default
// ../../shared/devset; the benchmark is skipped without them.
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
			out = append(out, l)
			n += len(l)
		}
	}
	return out, n
}

// BenchmarkLines runs the normalizers on every line of the development
// set, for their cost per byte.
func BenchmarkLines(b *testing.B) {
	lines, n := devLines(b)
	if os.Getenv("NORULE") != "" {
		var keep []string
		n = 0
		for _, l := range lines {
			if !strings.HasPrefix(l, "━━") {
				keep = append(keep, l)
				n += len(l)
			}
		}
		lines = keep
	}
	var p DateParser
	fns := []struct {
		name string
		f    func(s string)
	}{
		{"isClean", func(s string) { isClean(s) }},
		{"Text", func(s string) { Text(s) }},
		{"CountWords", func(s string) { CountWords(s) }},
		{"Find", func(s string) { p.Find(s) }},
		{"Parse", func(s string) { p.Parse(s) }},
		{"Quotes", func(s string) { Quotes(s, language.German) }},
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
