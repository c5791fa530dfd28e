package article

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/newsdump/newsdump/boilerplate"
)

// A hostileCase is an input made to cost a reader memory or time, or to
// make it lose what it reads.
type hostileCase struct {
	name string
	// input returns the input, made on the fly where it is large; file,
	// when set, writes it to a file to read by path instead.
	input func(t *testing.T) io.Reader
	file  func(t *testing.T, dir string) string
	// heap bounds the peak of the heap while the input is read, above what
	// was in use before; why says where the bound comes from.
	heap uint64
	why  string
	// alloc bounds the bytes allocated while the input is read: the work
	// done, which grows with the input, not with its square.
	alloc uint64
	// parallel reads the input with Parallel(2) too, within the bound
	// parallelHeap.
	parallel     bool
	parallelHeap uint64
	// want checks what was read: the articles and the errors.
	want func(t *testing.T, arts []digest, errs []error)
}

// A digest is what a check needs of an article: holding the articles
// themselves would count them in the heap.
type digest struct {
	path  string
	title string
	paras int    // paragraphs
	first int    // the length of the first
	last  string // the end of the last
}

func digestOf(a *Article) digest {
	d := digest{path: a.Source.Path, title: a.Title, paras: len(a.Body)}
	if n := len(a.Body); n > 0 {
		d.first = len(a.Body[0].Text)
		t := a.Body[n-1].Text
		d.last = t[max(0, len(t)-20):]
	}
	return d
}

// repeated returns n bytes of s repeated, streamed through a pipe: nothing
// holds them all.
func repeated(s string, n int64) io.Reader {
	pr, pw := io.Pipe()
	go func() {
		chunk := bytes.Repeat([]byte(s), max(1, (64<<10)/len(s)))
		for n > 0 {
			k, err := pw.Write(chunk[:min(int64(len(chunk)), n)])
			if err != nil {
				return // the reader stopped
			}
			n -= int64(k)
		}
		pw.Close()
	}()
	return pr
}

// gzipStream returns the gzip compression of n bytes of s repeated,
// compressed as it is read.
func gzipStream(s string, n int64) io.Reader {
	pr, pw := io.Pipe()
	go func() {
		zw := gzip.NewWriter(pw)
		if _, err := io.Copy(zw, repeated(s, n)); err != nil {
			pw.CloseWithError(err)
			return
		}
		pw.CloseWithError(zw.Close())
	}()
	return pr
}

// continued returns n lines that each carry on the line before.
func continued(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "wort%d und\n", i)
	}
	return b.String()
}

func text(s string) func(*testing.T) io.Reader {
	return func(*testing.T) io.Reader { return strings.NewReader(s) }
}

// countErrs returns the errors that wrap target.
func countErrs(errs []error, target error) int {
	n := 0
	for _, err := range errs {
		if errors.Is(err, target) {
			n++
		}
	}
	return n
}

func wantOne(kind error) func(t *testing.T, arts []digest, errs []error) {
	return func(t *testing.T, arts []digest, errs []error) {
		if len(errs) == 0 || countErrs(errs, kind) != len(errs) {
			t.Errorf("errors %v, want %v only", errs, kind)
		}
	}
}

// TestHostileInputs reads inputs made to cost memory or time: each is read
// to its end without a panic, gives an article or an error with a position
// for what it holds, and keeps the heap within a stated bound. The large
// inputs are made as they are read, never held.
func TestHostileInputs(t *testing.T) {
	if testing.Short() {
		t.Skip("reads gigabytes")
	}
	boilerplate.Default() // compiled once for all Readers, not counted
	mib := uint64(1 << 20)
	cases := []hostileCase{
		{
			name: "a line of 100 MB",
			input: func(*testing.T) io.Reader {
				return io.MultiReader(strings.NewReader("Eins\n\n"+para+"\n"), repeated("x", 100<<20), strings.NewReader("\n\n"+para+"\n"))
			},
			heap: 16 * mib, why: "the line is passed, not held: the input buffer and two articles", alloc: 16 * mib,
			want: func(t *testing.T, arts []digest, errs []error) {
				if len(arts) != 1 || arts[0].paras != 2 || countErrs(errs, ErrLineTooLong) != 1 {
					t.Errorf("%d articles, errors %v; want one of two paragraphs and the line too long", len(arts), errs)
				}
			},
		},
		{
			name:  "1 GB without a newline on a pipe",
			input: func(*testing.T) io.Reader { return repeated("Text ohne Ende ", 1<<30) },
			heap:  16 * mib, why: "the line is passed, not held", alloc: 16 * mib, parallel: true, parallelHeap: 2 * (16 * mib),
			want: func(t *testing.T, arts []digest, errs []error) {
				if len(arts) != 0 || countErrs(errs, ErrLineTooLong) != 1 {
					t.Errorf("%d articles, errors %v; want the line too long", len(arts), errs)
				}
			},
		},
		{
			name:  "10 GB of zeros, gzip-compressed",
			input: func(*testing.T) io.Reader { return gzipStream("\x00", 10<<30) },
			heap:  16 * mib, why: "binary data, refused from its first 8 KiB", alloc: 16 * mib,
			want: wantOne(ErrBinary),
		},
		{
			name:  "10 GB of newlines, gzip-compressed",
			input: func(*testing.T) io.Reader { return gzipStream("\n", 10<<30) },
			heap:  32 * mib, why: "the ratio ends the input after 16 MiB; a run of blank lines is one line", alloc: 64 * mib, parallel: true, parallelHeap: 2 * (32 * mib),
			want: func(t *testing.T, arts []digest, errs []error) {
				if len(arts) != 0 || countErrs(errs, ErrRatio) != 1 {
					t.Errorf("%d articles, errors %v; want the ratio too high", len(arts), errs)
				}
			},
		},
		{
			name:  "2 MB of blank lines in an article",
			input: text("Titel\n\n" + para + "\n" + strings.Repeat("\n", 2<<20) + para + "\n"),
			heap:  16 * mib, why: "a run of blank lines is held as one line", alloc: 16 * mib, parallel: true, parallelHeap: 2 * (16 * mib),
			want: func(t *testing.T, arts []digest, errs []error) {
				if len(arts) != 1 || len(errs) != 0 || arts[0].paras != 2 {
					t.Errorf("%d articles, errors %v; want one of two paragraphs", len(arts), errs)
				}
			},
		},
		{
			name: "an article of 1,000,000 short lines",
			input: func(*testing.T) io.Reader {
				return io.MultiReader(strings.NewReader("Titel\n\n"), repeated("wort und\n", 9_000_000))
			},
			heap: 3*DefaultMaxArticleBytes + 64*mib, why: "each line counts lineCost in MaxArticleBytes: one article cut off, one parsed, and what parsing builds", alloc: 40 * 9_000_000, parallel: true, parallelHeap: 2 * (3*DefaultMaxArticleBytes + 64*mib),
			want: func(t *testing.T, arts []digest, errs []error) {
				if len(arts) < 2 || countErrs(errs, ErrArticleTooLong) != len(arts)-1 || len(errs) != len(arts)-1 {
					t.Errorf("%d articles, errors %v; want articles cut at MaxArticleBytes", len(arts), errs)
				}
			},
		},
		{
			name:  "50,000 continued lines",
			input: text("Titel\n\n" + continued(50_000)),
			heap:  64 * mib, why: "the lines and one paragraph of 700 KB", alloc: 128 * mib, parallel: true, parallelHeap: 2 * (64 * mib),
			want: func(t *testing.T, arts []digest, errs []error) {
				// The first line may be taken for the title.
				if len(arts) != 1 || arts[0].paras != 1 || arts[0].first < len(continued(50_000))-20 {
					t.Errorf("%d articles %v, errors %v; want one paragraph of all the lines", len(arts), arts, errs)
				}
			},
		},
		{
			name:  "a reference escaped 100,000 times",
			input: text("<html><body><p>" + para + " &" + strings.Repeat("amp;", 100_000) + "quot;</p></body></html>"),
			heap:  32 * mib, why: "the page, decoded in one pass", alloc: 16 * mib,
			want: func(t *testing.T, arts []digest, errs []error) {
				if len(arts) != 1 || len(errs) != 0 || strings.Contains(arts[0].last, "&") {
					t.Errorf("%d articles %v, errors %v; want the reference decoded", len(arts), arts, errs)
				}
			},
		},
		{
			name:  "100,000 nested div elements",
			input: text("<html><body>" + strings.Repeat("<div>", 100_000) + "<p>" + para + "</p>" + strings.Repeat("</div>", 100_000) + "</body></html>"),
			heap:  64 * mib, why: "the elements below 200 levels are flattened", alloc: 32 * mib,
			want: func(t *testing.T, arts []digest, errs []error) {
				if len(arts) != 1 || len(errs) != 0 {
					t.Errorf("%d articles, errors %v; want the page", len(arts), errs)
				}
			},
		},
		{
			name: "an attribute of 50 MB",
			input: func(*testing.T) io.Reader {
				return io.MultiReader(strings.NewReader(`<html><body><p title="`), repeated("x", 50<<20), strings.NewReader(`">`+para+"</p></body></html>"))
			},
			heap: 2*DefaultMaxArticleBytes + 16*mib, why: "a page is read, its buffer growing, up to MaxArticleBytes, then refused", alloc: 2*DefaultMaxArticleBytes + 16*mib,
			want: wantOne(ErrArticleTooLong),
		},
		{
			name: "an attribute of 20 MB",
			input: func(*testing.T) io.Reader {
				return io.MultiReader(strings.NewReader(`<html><body><p title="`), repeated("x", 20<<20), strings.NewReader(`">`+para+"</p></body></html>"))
			},
			heap: 6 * 20 * mib, why: "the page as its buffer grows, and the parser's copies of the attribute", alloc: 10 * 20 * mib, parallel: true, parallelHeap: 2 * (6 * 20 * mib),
			want: func(t *testing.T, arts []digest, errs []error) {
				if len(arts) != 1 || len(errs) != 0 {
					t.Errorf("%d articles, errors %v; want the page", len(arts), errs)
				}
			},
		},
		{
			name:  "1,000,000 [",
			input: text(strings.Repeat("[", 1_000_000) + "\n"),
			heap:  32 * mib, why: "a line of text within MaxLineBytes", alloc: 16 * mib,
			want: func(t *testing.T, arts []digest, errs []error) {
				if len(arts)+len(errs) == 0 {
					t.Error("neither an article nor an error")
				}
			},
		},
		{
			name:  "1,000,000 [ as JSON Lines",
			input: text(`{"text":` + strings.Repeat("[", 1_000_000) + "\n"),
			heap:  32 * mib, why: "a record within MaxArticleBytes, refused by the JSON decoder's depth limit", alloc: 16 * mib,
			want: func(t *testing.T, arts []digest, errs []error) {
				if len(arts) != 0 || len(errs) != 1 {
					t.Errorf("%d articles, errors %v; want the record's error", len(arts), errs)
				}
			},
		},
		{
			name:  "a malformed charset",
			input: text(`<html><head><meta charset="utf-8\x00; x=` + strings.Repeat("ä", 1000) + `"><meta http-equiv="Content-Type" content="text/html; charset=="></head><body><p>` + para + "</p></body></html>"),
			heap:  8 * mib, why: "a small page", alloc: 4 * mib,
			want: func(t *testing.T, arts []digest, errs []error) {
				if len(arts) != 1 || len(errs) != 0 {
					t.Errorf("%d articles, errors %v; want the page", len(arts), errs)
				}
			},
		},
		{
			name: "8 zip members of exactly 16 MiB",
			file: func(t *testing.T, dir string) string { return zipBomb(t, dir, 8, 16<<20) },
			heap: 16 * mib, why: "each member expands beyond MaxRatio and is refused from its header", alloc: 4 * mib,
			want: func(t *testing.T, arts []digest, errs []error) {
				if len(arts) != 0 || countErrs(errs, ErrRatio) != 8 {
					t.Errorf("%d articles, errors %v; want 8 refused", len(arts), errs)
				}
			},
		},
		{
			name: "10 zip members of 16 MiB less a byte",
			file: func(t *testing.T, dir string) string { return zipBomb(t, dir, 10, 16<<20-1) },
			heap: 3*DefaultMaxArticleBytes + 64*mib, why: "the members read until the archive as a whole expands beyond MaxRatio; one article of MaxArticleBytes at a time", alloc: 4 * 5 * 16 * mib, parallel: true, parallelHeap: 2 * (3*DefaultMaxArticleBytes + 64*mib),
			want: func(t *testing.T, arts []digest, errs []error) {
				read := map[string]bool{}
				for _, a := range arts {
					read[a.path] = true
				}
				if refused := countErrs(errs, ErrRatio); len(read)+refused != 10 || refused < 5 {
					t.Errorf("%d members read, %d refused; want 10 members in all, the last refused", len(read), refused)
				}
			},
		},
		{
			name:  "a WARC record whose gzip body expands a thousandfold",
			input: func(t *testing.T) io.Reader { return bytes.NewReader(warcBomb(t, 30<<20)) },
			heap:  48 * mib, why: "the body is decoded up to its ratio's bound, then refused", alloc: 64 * mib, parallel: true, parallelHeap: 2 * (48 * mib),
			want: wantOne(ErrRatio),
		},
		{
			name: "1,000 WARC records whose Content-Length runs past the file",
			input: func(*testing.T) io.Reader {
				var b bytes.Buffer
				for i := range 1000 {
					fmt.Fprintf(&b, "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:%d>\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: 30000000\r\n\r\n", i)
					b.WriteString(strings.Repeat("x", 900) + "\r\n\r\n")
				}
				return &b
			},
			heap: 32 * mib, why: "a record's content grows with the bytes read (the first to the end of the file), and stops at the next record once the end is known", alloc: 32 * mib,
			want: func(t *testing.T, arts []digest, errs []error) {
				if len(arts) != 0 || countErrs(errs, ErrWARC) != 1000 {
					t.Errorf("%d articles, %d errors; want 1,000 damaged records", len(arts), len(errs))
				}
			},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { readHostile(t, c, 0) })
		if c.parallel {
			t.Run(c.name+" in parallel", func(t *testing.T) { readHostile(t, c, 2) })
		}
	}
}

// readHostile reads the input of a case with All, or with Parallel on
// workers goroutines, and checks it.
func readHostile(t *testing.T, c hostileCase, workers int) {
	const mib = 1 << 20
	var r *Reader
	size := int64(-1)
	if c.file != nil {
		r = Open(c.file(t, t.TempDir())) // an archive: the members' offsets are theirs
	} else {
		in := c.input(t)
		if br, ok := in.(interface{ Len() int }); ok {
			size = int64(br.Len())
		}
		r = NewReader(in)
		if p, ok := in.(*io.PipeReader); ok {
			defer p.Close() // the writer stops
		}
	}
	seq, bound, alloc := r.All(), c.heap, c.alloc
	if workers > 0 {
		seq, bound = r.Parallel(workers), c.parallelHeap
	}
	if raceDetector {
		// The detector's own memory; and as sync.Pool drops what it holds
		// under the detector, what the regular expressions of rules keep
		// in pools is allocated line by line: the bytes allocated are not
		// checked.
		bound, alloc = 2*bound, math.MaxUint64
	}
	var arts []digest
	var errs []error
	start := time.Now()
	peak, allocated := peakHeap(func() {
		for a, err := range seq {
			if a != nil {
				arts = append(arts, digestOf(a))
			}
			if err != nil {
				errs = append(errs, err)
				checkPositioned(t, err, size)
			}
		}
	})
	t.Logf("%d articles, %d errors, heap peak %.1f MiB (bound %.0f MiB: %s), %.1f MiB allocated, %v", len(arts), len(errs), float64(peak)/mib, float64(bound)/mib, c.why, float64(allocated)/mib, time.Since(start).Round(time.Millisecond))
	if peak > bound {
		t.Errorf("heap peak %.1f MiB, above the bound of %.0f MiB (%s)", float64(peak)/mib, float64(bound)/mib, c.why)
	}
	if allocated > alloc {
		t.Errorf("%.1f MiB allocated, above the bound of %.0f MiB", float64(allocated)/mib, float64(alloc)/mib)
	}
	c.want(t, arts, errs)
}

// checkPositioned checks that an error of the Reader tells where it is: a
// *ParseError whose offset lies in the input (of size bytes when known), or
// an error of the file system with its path.
func checkPositioned(t *testing.T, err error, size int64) {
	t.Helper()
	var perr *ParseError
	var ferr *fs.PathError
	switch {
	case errors.As(err, &perr):
		if perr.Offset < 0 || size >= 0 && perr.Offset > size {
			t.Errorf("%v: offset %d outside the input of %d bytes", err, perr.Offset, size)
		}
	case errors.As(err, &ferr):
	default:
		t.Errorf("%v (%T): no position", err, err)
	}
}

// peakHeap runs f and returns the highest heap in use seen while it ran,
// above what was in use before, sampled every millisecond, and the bytes
// allocated meanwhile.
func peakHeap(f func()) (peak, allocated uint64) {
	runtime.GC()
	var ms, m runtime.MemStats
	runtime.ReadMemStats(&ms)
	base := ms.HeapAlloc
	stop, done := make(chan struct{}), make(chan uint64)
	go func() {
		var peak uint64
		tick := time.NewTicker(time.Millisecond)
		defer tick.Stop()
		for {
			var m runtime.MemStats
			runtime.ReadMemStats(&m)
			peak = max(peak, m.HeapAlloc)
			select {
			case <-stop:
				done <- peak
				return
			case <-tick.C:
			}
		}
	}()
	f()
	close(stop)
	peak = <-done
	runtime.ReadMemStats(&m)
	allocated = m.TotalAlloc - ms.TotalAlloc
	if peak < base {
		return 0, allocated
	}
	return peak - base, allocated
}

// zipBomb writes a zip archive of n members of size bytes of long lines
// each, and returns its path.
func zipBomb(t *testing.T, dir string, n, size int) string {
	t.Helper()
	line := strings.Repeat("x", 1000) + "\n" // compressed a thousandfold
	member := []byte(strings.Repeat(line, size/len(line)+1)[:size])
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	zw.RegisterCompressor(zip.Deflate, func(w io.Writer) (io.WriteCloser, error) { return flate.NewWriter(w, flate.BestCompression) })
	for i := range n {
		w, err := zw.Create(fmt.Sprintf("m%02d.txt", i))
		if err != nil {
			t.Fatal(err)
		}
		w.Write(member)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "bomb.zip")
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// warcBomb returns a WARC file of one response whose gzip-encoded body is
// a page of size bytes.
func warcBomb(t *testing.T, size int) []byte {
	t.Helper()
	p := "<p>Ein Absatz mit Text.</p>\n"
	var body bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&body, gzip.BestCompression)
	zw.Write([]byte("<html><body>" + strings.Repeat(p, size/len(p)) + "</body></html>"))
	zw.Close()
	http := httpResponse("200 OK", "text/html", body.String(), "Content-Encoding: gzip")
	return makeWARC([]warcRec{{typ: "response", uri: "http://example.com/", contentType: "application/http; msgtype=response", content: http}}, false)
}
