// Package devset loads the development set's pages for the
// benchmarks that measure the library on real pages. The pages are not
// part of the module: they are read from $NEWSDUMP_DEVSET, or from
// ../../shared/devset as seen from a package's folder, and a benchmark is
// skipped without them, so that `go test ./...` passes anywhere.
package devset

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Dir returns the folder of the development set.
func Dir() string {
	if dir := os.Getenv("NEWSDUMP_DEVSET"); dir != "" {
		return dir
	}
	return "../../shared/devset"
}

// Pages returns the text pages and their bytes in all, skipping tb when
// there are none.
func Pages(tb testing.TB) (pages [][]byte, total int) { return files(tb, "text", "*.txt") }

// HTMLPages returns the HTML pages and their bytes in all, skipping tb when
// there are none.
func HTMLPages(tb testing.TB) (pages [][]byte, total int) { return files(tb, "html", "*.html") }

func files(tb testing.TB, sub, pattern string) (pages [][]byte, total int) {
	files, _ := filepath.Glob(filepath.Join(Dir(), sub, pattern))
	if len(files) == 0 {
		tb.Skipf("no pages in %s/%s", Dir(), sub)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		pages = append(pages, data)
		total += len(data)
	}
	return pages, total
}

// Lines returns the lines of the text pages, each passed through clean,
// and their bytes in all. With NORULE set in the environment it leaves out
// the rules ("━━━━") that the text renders draw, a quarter of the bytes.
func Lines(tb testing.TB, clean func(string) string) (lines []string, total int) {
	pages, _ := Pages(tb)
	norule := os.Getenv("NORULE") != ""
	for _, p := range pages {
		for _, l := range strings.Split(string(p), "\n") {
			if norule && strings.HasPrefix(l, "━━") {
				continue
			}
			l = clean(l)
			lines = append(lines, l)
			total += len(l)
		}
	}
	return lines, total
}

// RunLines runs f on every line as the sub-benchmark name, reporting the
// throughput over total bytes.
func RunLines(b *testing.B, name string, lines []string, total int, f func(string)) {
	b.Run(name, func(b *testing.B) {
		b.SetBytes(int64(total))
		for b.Loop() {
			for _, l := range lines {
				f(l)
			}
		}
	})
}
