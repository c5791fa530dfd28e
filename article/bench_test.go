package article

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
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
// each. The pages are not part of the module: set
// NEWSDUMP_DEVSET to the devset folder, or keep the default ../../shared/devset;
// the benchmark is skipped when the folder is absent.
func BenchmarkDevsetText(b *testing.B) {
	dir := os.Getenv("NEWSDUMP_DEVSET")
	if dir == "" {
		dir = "../../shared/devset"
	}
	files, _ := filepath.Glob(filepath.Join(dir, "text", "*.txt"))
	if len(files) == 0 {
		b.Skipf("no pages in %s/text", dir)
	}
	var pages [][]byte
	total := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, data)
		total += len(data)
	}
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
