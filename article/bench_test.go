package article

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsdump/newsdump/internal/devset"
)

// BenchmarkReadSeeds reads the five seeds run together, as one dump, from
// splitting to the finished articles.
func BenchmarkReadSeeds(b *testing.B) {
	files, _ := filepath.Glob("../seeds/*.txt")
	var dump []byte
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		dump = append(dump, data...)
	}
	if len(dump) == 0 {
		b.Skip("no seeds")
	}
	b.SetBytes(int64(len(dump)))
	b.ReportAllocs()
	for b.Loop() {
		n := 0
		for _, err := range NewReader(bytes.NewReader(dump)).All() {
			if err != nil {
				b.Fatal(err)
			}
			n++
		}
		if n != 5 {
			b.Fatalf("%d articles, want 5", n)
		}
	}
}

// BenchmarkDevsetText reads every page of the development set's plain-text
// renders, one page after the other through one Reader that is Reset for
// each (see package devset for where the pages are found).
func BenchmarkDevsetText(b *testing.B) { benchmarkPages(b, devset.Pages) }

// BenchmarkDevsetHTML reads every HTML page of the development set, as
// BenchmarkDevsetText does the text renders: parsing, the DOM's signals,
// the classifier and the metadata.
func BenchmarkDevsetHTML(b *testing.B) { benchmarkPages(b, devset.HTMLPages) }

func benchmarkPages(b *testing.B, load func(testing.TB) ([][]byte, int)) {
	pages, total := load(b)
	b.SetBytes(int64(total))
	b.ReportAllocs()
	var r Reader
	var src bytes.Reader
	for b.Loop() {
		for _, p := range pages {
			src.Reset(p)
			r.Reset(&src)
			for range r.All() {
			}
		}
	}
}
