package article

import (
	"bytes"
	"compress/gzip"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// A warcRec is a record to write into a test WARC file.
type warcRec struct {
	typ, uri, contentType, content string
	length                         int // the Content-Length to write when not -1 + the content's; see record
	noLength                       bool
}

// record writes one WARC record as the specification lays it out.
func (rec warcRec) bytes(n int) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "WARC/1.1\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:%08d-0000-0000-0000-000000000000>\r\nWARC-Date: 2024-03-05T10:00:00Z\r\n", rec.typ, n)
	if rec.uri != "" {
		fmt.Fprintf(&b, "WARC-Target-URI: %s\r\n", rec.uri)
	}
	if rec.contentType != "" {
		fmt.Fprintf(&b, "Content-Type: %s\r\n", rec.contentType)
	}
	if !rec.noLength {
		fmt.Fprintf(&b, "Content-Length: %d\r\n", len(rec.content)+rec.length)
	}
	b.WriteString("\r\n" + rec.content + "\r\n\r\n")
	return b.Bytes()
}

// makeWARC returns a WARC file of the records; with perRecord, each record
// is a gzip member of its own, as in Common Crawl's files.
func makeWARC(recs []warcRec, perRecord bool) []byte {
	var out bytes.Buffer
	for i, rec := range recs {
		if !perRecord {
			out.Write(rec.bytes(i + 1))
			continue
		}
		zw := gzip.NewWriter(&out)
		zw.Write(rec.bytes(i + 1))
		zw.Close()
	}
	return out.Bytes()
}

// httpResponse returns an HTTP response as a crawler stores it.
func httpResponse(status, ctype, body string, fields ...string) string {
	head := "HTTP/1.1 " + status + "\r\nContent-Type: " + ctype + "\r\n"
	for _, f := range fields {
		head += f + "\r\n"
	}
	return head + "\r\n" + body
}

func page(title, text string) string {
	return "<!DOCTYPE html><html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1><p>" + text + "</p></article></body></html>"
}

// warcSample is a WARC file of each kind of record.
func warcSample() []warcRec {
	return []warcRec{
		{typ: "warcinfo", contentType: "application/warc-fields", content: "software: test\r\n"},
		{typ: "request", uri: "https://example.de/a", contentType: "application/http; msgtype=request", content: "GET /a HTTP/1.1\r\nHost: example.de\r\n\r\n"},
		{typ: "response", uri: "https://example.de/a", contentType: "application/http; msgtype=response", content: httpResponse("200 OK", "text/html; charset=utf-8", page("Erste Seite", para+" Das geschah vor 3 Stunden."))},
		{typ: "metadata", uri: "https://example.de/a", contentType: "application/warc-fields", content: "fetchTimeMs: 120\r\n"},
		{typ: "response", uri: "https://example.de/b", contentType: "application/http; msgtype=response", content: httpResponse("301 Moved Permanently", "text/html", "")},
		{typ: "response", uri: "https://example.de/logo.png", contentType: "application/http; msgtype=response", content: httpResponse("200 OK", "image/png", "\x89PNG\r\n\x1a\n\x00\x00")},
		{typ: "resource", uri: "https://example.de/c.txt", contentType: "text/plain", content: "Zweiter Text\n\n" + para + "\n"},
		{typ: "conversion", uri: "https://example.com/d", contentType: "text/plain", content: "Third text\n\n" + enPara + "\n"},
		{typ: "response", uri: "https://example.de/e", contentType: "application/http; msgtype=response", content: httpResponse("200 OK", "text/html; charset=ISO-8859-1", page("Gr\xfc\xdfe", para), "Transfer-Encoding: chunked")},
		{typ: "response", uri: "https://example.com/f", contentType: "application/http; msgtype=response", content: httpResponse("200 OK", "text/html", gzipped(page("Compressed", enPara)), "Content-Encoding: gzip")},
		{typ: "resource", uri: "metadata://crawler/log.txt", contentType: "text/plain", content: "fetched 3 pages\n"},
	}
}

func gzipped(s string) string {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte(s))
	zw.Close()
	return b.String()
}

func readWARCArticles(t *testing.T, data []byte) ([]*Article, []error, map[string]int) {
	t.Helper()
	r := NewReader(bytes.NewReader(data))
	r.Path = "test.warc"
	var arts []*Article
	var errs []error
	for a, err := range r.All() {
		if a != nil {
			arts = append(arts, a)
		}
		if err != nil {
			errs = append(errs, err)
		}
	}
	return arts, errs, r.Skipped()
}

func TestWARC(t *testing.T) {
	recs := warcSample()
	// The chunked response is stored in chunks.
	body := page("Gr\xfc\xdfe", para)
	recs[8].content = httpResponse("200 OK", "text/html; charset=ISO-8859-1", fmt.Sprintf("%x\r\n%s\r\n%x\r\n%s\r\n0\r\n\r\n", 10, body[:10], len(body)-10, body[10:]), "Transfer-Encoding: chunked")

	wantSkips := map[string]int{"warcinfo": 1, "request": 1, "metadata": 1, "response: status 301": 1, "response: image/png": 1, "resource: metadata:": 1}
	wantTitles := []string{"Erste Seite", "Zweiter Text", "Third text", "Grüße", "Compressed"}
	wantURLs := []string{"https://example.de/a", "https://example.de/c.txt", "https://example.com/d", "https://example.de/e", "https://example.com/f"}
	wantRecords := []int{3, 7, 8, 9, 10}

	plain := makeWARC(recs, false)
	perRecord := makeWARC(recs, true)
	var whole bytes.Buffer
	zw := gzip.NewWriter(&whole)
	zw.Write(plain)
	zw.Close()

	for _, c := range []struct {
		name string
		data []byte
	}{{"plain", plain}, {"gzip per record", perRecord}, {"gzip whole", whole.Bytes()}} {
		t.Run(c.name, func(t *testing.T) {
			arts, errs, skips := readWARCArticles(t, c.data)
			if len(errs) > 0 {
				t.Fatalf("errors: %v", errs)
			}
			if diff := cmp.Diff(wantSkips, skips); diff != "" {
				t.Errorf("skipped (-want +got):\n%s", diff)
			}
			var titles, urls []string
			var records []int
			for _, a := range arts {
				titles, urls, records = append(titles, a.Title), append(urls, a.URL), append(records, a.Source.Record)
				if !a.Fetched.Equal(time.Date(2024, 3, 5, 10, 0, 0, 0, time.UTC)) {
					t.Errorf("record %d fetched %v", a.Source.Record, a.Fetched)
				}
				// The record's extent in the decompressed stream.
				text := string(plain[a.Source.Offset:a.Source.EndOffset])
				if !strings.HasPrefix(text, "WARC/1.1\r\n") || !strings.Contains(text, a.URL) || strings.Count(text, "WARC/1.1") != 1 {
					t.Errorf("record %d: offsets %d–%d hold %.60q", a.Source.Record, a.Source.Offset, a.Source.EndOffset, text)
				}
				if got := strings.Count(string(plain[:a.Source.Offset]), "\n") + 1; got != a.Source.Line {
					t.Errorf("record %d at line %d, want %d", a.Source.Record, a.Source.Line, got)
				}
				if c.name != "gzip per record" {
					if a.Source.GzipLength != 0 {
						t.Errorf("record %d: gzip member %d+%d in a file not compressed by record", a.Source.Record, a.Source.GzipOffset, a.Source.GzipLength)
					}
					continue
				}
				// The member holds the record, as an index of the file says.
				zr, err := gzip.NewReader(bytes.NewReader(c.data[a.Source.GzipOffset : a.Source.GzipOffset+a.Source.GzipLength]))
				if err != nil {
					t.Fatalf("record %d: member %d+%d: %v", a.Source.Record, a.Source.GzipOffset, a.Source.GzipLength, err)
				}
				zr.Multistream(false)
				member, err := io.ReadAll(zr)
				if err != nil || !bytes.Equal(member, recs[a.Source.Record-1].bytes(a.Source.Record)) {
					t.Errorf("record %d: member %d+%d holds %.60q (%v)", a.Source.Record, a.Source.GzipOffset, a.Source.GzipLength, member, err)
				}
			}
			if diff := cmp.Diff(wantTitles, titles); diff != "" {
				t.Errorf("titles (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(wantURLs, urls); diff != "" {
				t.Errorf("urls (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(wantRecords, records); diff != "" {
				t.Errorf("records (-want +got):\n%s", diff)
			}
			// "vor 3 Stunden" is resolved against the record's date.
			var resolved time.Time
			for _, m := range arts[0].Dates {
				if m.Text == "vor 3 Stunden" {
					resolved = m.Time
				}
			}
			if want := time.Date(2024, 3, 5, 7, 0, 0, 0, time.UTC); !resolved.Equal(want) {
				t.Errorf("vor 3 Stunden = %v, want %v (dates %+v)", resolved, want, arts[0].Dates)
			}
		})
	}
}

// TestWARCDamaged reads WARC files with one damaged record each between
// good ones: every record is an article, a skip or an error, and the good
// ones after the damage are read.
func TestWARCDamaged(t *testing.T) {
	good := func(i int) warcRec {
		return warcRec{typ: "resource", uri: fmt.Sprintf("https://example.de/%d", i), contentType: "text/plain", content: fmt.Sprintf("Text %d\n\n%s\n", i, para)}
	}
	cases := []struct {
		name    string
		bad     warcRec
		raw     func([]byte) []byte // changes the whole file
		want    int                 // good articles read of the three
		errText string
	}{
		{name: "length short", bad: warcRec{typ: "resource", contentType: "text/plain", content: "Kurz\n\n" + para + "\n", length: -40}, want: 3, errText: "does not end where its Content-Length"},
		{name: "length long", bad: warcRec{typ: "resource", contentType: "text/plain", content: "Lang\n\n" + para + "\n", length: 30}, want: 3, errText: "does not end where its Content-Length"},
		{name: "no length", bad: warcRec{typ: "resource", contentType: "text/plain", content: "Ohne\n\n" + para + "\n", noLength: true}, want: 3, errText: "no Content-Length"},
		{name: "bad length", bad: warcRec{typ: "resource", contentType: "text/plain", content: "x", length: 0}, raw: func(b []byte) []byte {
			return bytes.Replace(b, []byte("Content-Length: 1\r\n"), []byte("Content-Length: -1\r\n"), 1)
		}, want: 3, errText: `Content-Length "-1"`},
		{name: "no status line", bad: warcRec{typ: "response", contentType: "application/http; msgtype=response", content: "<html>kein HTTP</html>"}, want: 3, errText: "no HTTP status line"},
		{name: "cut", bad: good(9), raw: func(b []byte) []byte { return b[:len(b)-100] }, want: 2, errText: "cut short"},
		{name: "junk between", bad: good(9), raw: func(b []byte) []byte {
			i := bytes.Index(b, []byte("WARC/1.1\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:uuid:00000002"))
			return append(append(b[:i:i], "Müll\x00\x01 zwischen Einträgen\n"...), b[i:]...)
		}, want: 3, errText: "bytes of no record"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			recs := []warcRec{good(1), good(2), c.bad, good(3)}
			if c.name == "cut" {
				recs = []warcRec{good(1), good(2), good(3)}
			}
			data := makeWARC(recs, false)
			if c.raw != nil {
				data = c.raw(data)
			}
			arts, errs, _ := readWARCArticles(t, data)
			n := 0
			for _, a := range arts {
				if strings.HasPrefix(a.URL, "https://example.de/") && a.URL != "https://example.de/9" {
					n++
				}
			}
			if n != c.want || len(errs) != 1 || !errors.Is(errs[0], ErrWARC) || !strings.Contains(errs[0].Error(), c.errText) {
				t.Errorf("%d good articles, errors %v; want %d and one error with %q", n, errs, c.want, c.errText)
			}
			if c.name != "cut" && c.name != "junk between" && len(arts) != c.want && len(arts) != c.want+1 {
				t.Errorf("%d articles", len(arts))
			}
		})
	}
}

// TestWARCTooLong: a record above MaxArticleBytes is an error, and the
// next record is read.
func TestWARCTooLong(t *testing.T) {
	recs := []warcRec{
		{typ: "resource", contentType: "text/plain", content: strings.Repeat(para+"\n", 50)},
		{typ: "resource", contentType: "text/plain", content: "Kurz\n\n" + para + "\n"},
	}
	r := NewReader(bytes.NewReader(makeWARC(recs, true)))
	r.MaxArticleBytes = 4096
	var got []string
	for a, err := range r.All() {
		switch {
		case errors.Is(err, ErrArticleTooLong):
			got = append(got, "too long")
		case a != nil:
			got = append(got, a.Title)
		default:
			t.Fatal(err)
		}
	}
	if diff := cmp.Diff([]string{"too long", "Kurz"}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestWARCWget reads a WARC file that GNU Wget 1.21.3 wrote (wget
// --warc-file) while fetching two of the repository's pages, a text file
// and a missing page from a local server: WARC/1.0, each record a gzip
// member of its own, with Wget's request, metadata and resource records.
func TestWARCWget(t *testing.T) {
	stored, err := os.ReadFile(filepath.Join("testdata", "wget.warc.gz"))
	if err != nil {
		t.Fatal(err)
	}
	arts, errs, skips := readWARCArticles(t, stored)
	if len(errs) > 0 {
		t.Fatalf("errors: %v", errs)
	}
	type got struct {
		URL, Title string
		Record     int
	}
	var gots []got
	for _, a := range arts {
		gots = append(gots, got{a.URL, a.Title, a.Source.Record})
		// The index's offset and length give back the record.
		zr, err := gzip.NewReader(bytes.NewReader(stored[a.Source.GzipOffset : a.Source.GzipOffset+a.Source.GzipLength]))
		if err != nil {
			t.Fatalf("record %d: %v", a.Source.Record, err)
		}
		zr.Multistream(false)
		member, _ := io.ReadAll(zr)
		if !bytes.HasPrefix(member, []byte("WARC/1.0\r\n")) || !bytes.Contains(member, []byte(a.Source.RecordID)) {
			t.Errorf("record %d: member %d+%d holds %.80q", a.Source.Record, a.Source.GzipOffset, a.Source.GzipLength, member)
		}
	}
	want := []got{
		{"http://127.0.0.1:8765/de-lokal.html", "Stadtrat beschließt neuen Radweg an der Hauptstraße", 3},
		{"http://127.0.0.1:8765/en-blog.html", "How we moved our servers in a weekend", 5},
		{"http://127.0.0.1:8765/notiz.txt", "Ein Text", 7},
	}
	if diff := cmp.Diff(want, gots); diff != "" {
		t.Errorf("articles (-want +got):\n%s", diff)
	}
	wantSkips := map[string]int{"warcinfo": 1, "request": 4, "response: status 404": 1, "metadata": 1, "resource: metadata:": 2}
	if diff := cmp.Diff(wantSkips, skips); diff != "" {
		t.Errorf("skipped (-want +got):\n%s", diff)
	}
	// Reset starts the counts afresh, as a new Reader would.
	r := NewReader(bytes.NewReader(stored))
	for range r.All() {
	}
	r.Reset(bytes.NewReader(stored))
	for range r.All() {
	}
	if diff := cmp.Diff(wantSkips, r.Skipped()); diff != "" {
		t.Errorf("skipped after Reset (-want +got):\n%s", diff)
	}
}

var pagesDir = flag.String("warc-pages", "", "a folder of HTML pages for TestWARCPages to assemble a WARC file from, such as the devset's html folder; the repository's pages when empty")

// TestWARCPages assembles a WARC file of response records from HTML pages,
// with a request and a metadata record for each, compressed record by
// record, and reads it back into exactly one article for each response.
func TestWARCPages(t *testing.T) {
	dir := *pagesDir
	if dir == "" {
		dir = filepath.Join("..", "testdata", "pages")
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.html"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no pages in %s: %v", dir, err)
	}
	recs := []warcRec{{typ: "warcinfo", contentType: "application/warc-fields", content: "software: newsdump test\r\n"}}
	for i, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		uri := fmt.Sprintf("https://example.org/%d/%s", i, filepath.Base(f))
		recs = append(recs,
			warcRec{typ: "request", uri: uri, contentType: "application/http; msgtype=request", content: "GET / HTTP/1.1\r\n\r\n"},
			warcRec{typ: "response", uri: uri, contentType: "application/http; msgtype=response", content: httpResponse("200 OK", "text/html", string(data))},
			warcRec{typ: "metadata", uri: uri, contentType: "application/warc-fields", content: "fetchTimeMs: 1\r\n"},
		)
	}
	arts, errs, skips := readWARCArticles(t, makeWARC(recs, true))
	if len(arts) != len(files) || len(errs) > 0 {
		t.Errorf("%d pages gave %d articles, errors %v", len(files), len(arts), errs)
	}
	if want := map[string]int{"warcinfo": 1, "request": len(files), "metadata": len(files)}; !cmp.Equal(want, skips) {
		t.Errorf("skipped %v, want %v", skips, want)
	}
	for i, a := range arts {
		if want := fmt.Sprintf("https://example.org/%d/", i); !strings.HasPrefix(a.URL, want) || a.Source.Record != 3+3*i {
			t.Errorf("article %d: %s record %d", i, a.URL, a.Source.Record)
		}
	}
	t.Logf("%d pages, %d articles", len(files), len(arts))
}

func FuzzWARC(f *testing.F) {
	recs := warcSample()
	f.Add(makeWARC(recs, false))
	f.Add(makeWARC(recs[2:4], true))
	f.Add([]byte("WARC/1.0\r\nContent-Length: 5\r\n\r\nabc"))
	f.Add([]byte("WARC/1.1\r\nWARC-Type: response\r\nContent-Type: application/http\r\nContent-Length: 40\r\n\r\nHTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nff\r\nab"))
	f.Fuzz(func(t *testing.T, data []byte) {
		start := time.Now()
		defer func() {
			if d := time.Since(start); d > 3*time.Second {
				t.Errorf("%d bytes took %v", len(data), d)
			}
		}()
		r := NewReader(bytes.NewReader(data))
		r.Format = FormatWARC
		r.MaxArticleBytes = 1 << 16
		n := 0
		for a, err := range r.All() {
			if n++; n > len(data)+2 {
				t.Fatalf("more results (%d) than bytes (%d)", n, len(data))
			}
			if a == nil && err == nil {
				t.Fatal("nil article without an error")
			}
			if a != nil && (a.Source.Offset > a.Source.EndOffset || a.Source.EndOffset > int64(len(data))) && len(data) > 0 && data[0] != 0x1f {
				t.Fatalf("offsets %d–%d of %d bytes", a.Source.Offset, a.Source.EndOffset, len(data))
			}
		}
	})
}
