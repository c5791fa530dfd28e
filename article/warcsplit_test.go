package article

import (
	"bytes"
	"io"
	"maps"
	"slices"
	"testing"
)

// TestNextWARCRecord finds the record starts of WARC files from every offset,
// and reads the files in parts between them: the parts give the articles
// and skipped records of the whole file, each once.
func TestNextWARCRecord(t *testing.T) {
	recs := append(warcSample(), warcRec{typ: "resource", uri: "https://example.de/warc.txt", contentType: "text/plain",
		content: "Ein Text über WARC\n\n" + para + "\r\n\r\nWARC/1.1\r\nWARC-Type: resource\r\n\r\nkein Datensatz\n"})
	for _, perRecord := range []bool{false, true} {
		data := makeWARC(recs, perRecord)
		whole, errs, skips := readWARCArticles(t, data)
		if len(errs) > 0 || len(whole) == 0 {
			t.Fatalf("perRecord %v: %d articles, errors %v", perRecord, len(whole), errs)
		}
		// The starts of the records, as the whole file is read.
		var starts []int64
		for i := range recs {
			var prefix []byte
			if perRecord {
				prefix = makeWARC(recs[:i], true)
			} else {
				prefix = makeWARC(recs[:i], false)
			}
			starts = append(starts, int64(len(prefix)))
		}
		ra := bytes.NewReader(data)
		size := int64(len(data))
		for off := int64(0); off <= size; off++ {
			got, err := NextWARCRecord(ra, size, off)
			if err != nil {
				t.Fatal(err)
			}
			want := size
			for _, s := range starts {
				if s >= off {
					want = s
					break
				}
			}
			if got != want {
				t.Fatalf("perRecord %v: NextWARCRecord(%d) = %d, want %d", perRecord, off, got, want)
			}
		}
		// Parts cut at every 97th byte.
		var titles []string
		parted := map[string]int{}
		for a := int64(0); a < size; a += 97 {
			from, _ := NextWARCRecord(ra, size, a)
			to, _ := NextWARCRecord(ra, size, a+97)
			if from == to {
				continue // no record starts in the part
			}
			r := NewReader(io.NewSectionReader(ra, from, to-from))
			r.Format = FormatWARC
			for art, err := range r.All() {
				if err != nil {
					t.Fatalf("perRecord %v, part %d–%d: %v", perRecord, from, to, err)
				}
				titles = append(titles, art.URL+" "+art.Title)
			}
			for k, v := range r.Skipped() {
				parted[k] += v
			}
		}
		var want []string
		for _, a := range whole {
			want = append(want, a.URL+" "+a.Title)
		}
		if !slices.Equal(titles, want) {
			t.Errorf("perRecord %v: parts give\n%q\nwant\n%q", perRecord, titles, want)
		}
		if !maps.Equal(parted, skips) {
			t.Errorf("perRecord %v: parts skip %v, want %v", perRecord, parted, skips)
		}
	}
}

// FuzzNextWARCRecord checks on any input that NextWARCRecord neither panics
// nor goes back: its answer lies in [off, size] and is a record start, at
// which it answers itself.
func FuzzNextWARCRecord(f *testing.F) {
	f.Add(makeWARC(warcSample(), false), int64(100))
	f.Add(makeWARC(warcSample(), true), int64(300))
	f.Add([]byte("WARC/1.0\r\n\r\n"), int64(1))
	f.Fuzz(func(t *testing.T, data []byte, off int64) {
		ra, size := bytes.NewReader(data), int64(len(data))
		got, err := NextWARCRecord(ra, size, off)
		if err != nil {
			t.Fatal(err)
		}
		if got < min(max(off, 0), size) || got > size {
			t.Fatalf("NextWARCRecord(%d) = %d of %d bytes", off, got, size)
		}
		if again, _ := NextWARCRecord(ra, size, got); again != got {
			t.Fatalf("NextWARCRecord(%d) = %d, but NextWARCRecord(%d) = %d", off, got, got, again)
		}
	})
}
