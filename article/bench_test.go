package article

import (
	"bytes"
	"fmt"
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
	benchmarkDump(b, dump, 5)
}

// benchmarkDump reads dump through a new Reader at each turn and checks
// that it holds want articles.
func benchmarkDump(b *testing.B, dump []byte, want int) {
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
		if n != want {
			b.Fatalf("%d articles, want %d", n, want)
		}
	}
}

// BenchmarkSynthDump reads a synthetic dump of 8 MB, the seeds again and
// again separated by form feeds as internal/synthdump writes them, through
// the whole Reader: splitting, cleaning, classifying, dates.
func BenchmarkSynthDump(b *testing.B) {
	files, _ := filepath.Glob("../seeds/*.txt")
	var texts [][]byte
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, data)
	}
	if len(texts) == 0 {
		b.Skip("no seeds")
	}
	var dump []byte
	n := 0
	for ; len(dump) < 8<<20; n++ {
		dump = append(dump, texts[n%len(texts)]...)
		dump = append(dump, "\n\f\n"...)
	}
	benchmarkDump(b, dump, n)
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

// BenchmarkParallel reads one stream in two ways, by All and by Parallel
// with a worker for each core (run it with -cpu 1,2 for the speed-up):
// the development set's text renders as one dump, their articles
// separated by form feeds, and its HTML pages as one WARC file of response
// records.
func BenchmarkParallel(b *testing.B) {
	texts, _ := devset.Pages(b)
	var dump []byte
	for _, p := range texts {
		dump = append(append(dump, p...), "\n\f\n"...)
	}
	pages, _ := devset.HTMLPages(b)
	var recs []warcRec
	for i, p := range pages {
		recs = append(recs, warcRec{typ: "response", uri: fmt.Sprintf("https://example.org/%d", i), contentType: "application/http; msgtype=response", content: httpResponse("200 OK", "text/html", string(p))})
	}
	warc := makeWARC(recs, false)
	for _, in := range []struct {
		name string
		data []byte
	}{{"text", dump}, {"warc", warc}} {
		for _, way := range []string{"all", "parallel"} {
			b.Run(in.name+"/"+way, func(b *testing.B) {
				b.SetBytes(int64(len(in.data)))
				b.ReportAllocs()
				for b.Loop() {
					r := NewReader(bytes.NewReader(in.data))
					seq := r.All()
					if way == "parallel" {
						seq = r.Parallel(0)
					}
					for range seq {
					}
				}
			})
		}
	}
}
