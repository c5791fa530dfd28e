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
