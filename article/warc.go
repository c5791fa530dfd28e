package article

import (
	"bufio"
	"bytes"
	"cmp"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
)

// ErrWARC: a WARC record is damaged: its header is malformed or has no
// valid Content-Length, its content is cut short, or it does not end where
// its Content-Length says. The record is skipped and reading goes on with
// the next one.
var ErrWARC = errors.New("bad WARC record")

// maxWARCHeader bounds the header block of a WARC record.
const maxWARCHeader = 64 << 10

// isWARC reports whether the start of an input is a WARC record.
func isWARC(head []byte) bool {
	return bytes.HasPrefix(head, []byte("WARC/1.")) || bytes.HasPrefix(head, []byte("WARC/0."))
}

// A warcReader reads the records of a WARC file (ISO 28500, versions 1.0
// and 1.1), plain or gzip-compressed, as a whole or record by record.
type warcReader struct {
	path string
	br   *bufio.Reader // the WARC stream, read from src
	src  replay        // the stream under br, with bytes given back
	gz   *gunzip       // the decompressor under br, or nil
	off  int64         // offset in the stream of br's next byte
	line int           // lines of the stream before br's next byte
	n    int           // records begun
	skip bool          // bytes up to the next record belong to the last error
	end  int64         // the offset where the stream ends, once read there; -1 before
}

// newWARCReader reads the records of the stream src, whose decompressor
// is gz when it is compressed.
func newWARCReader(path string, src *bufio.Reader, gz *gunzip) *warcReader {
	w := &warcReader{path: path, gz: gz, src: replay{r: src}, end: -1}
	w.br = bufio.NewReaderSize(&w.src, maxWARCHeader+1) // a header line is read whole
	return w
}

// replay reads back bytes given back before reading on from r.
type replay struct {
	back [][]byte // given back, in the order to read them again
	r    io.Reader
}

func (p *replay) Read(b []byte) (int, error) {
	for len(p.back) > 0 {
		n := copy(b, p.back[0])
		if p.back[0] = p.back[0][n:]; len(p.back[0]) == 0 {
			p.back[0] = nil
			p.back = p.back[1:]
		}
		if n > 0 {
			return n, nil
		}
	}
	return p.r.Read(b)
}

// unread gives back b, the last bytes read, to be read again; w keeps b,
// which must not change. What is given back is not copied again (the
// bytes br holds are), so that giving back costs no more than the bytes
// that br held.
func (w *warcReader) unread(b []byte) {
	buffered, _ := w.br.Peek(w.br.Buffered())
	w.src.back = append([][]byte{b, bytes.Clone(buffered)}, w.src.back...)
	w.br.Reset(&w.src)
	w.off -= int64(len(b))
	w.line -= bytes.Count(b, []byte("\n"))
}

// nextRecord is what starts a record after the content of the one before.
var nextRecord = []byte("\r\n\r\nWARC/")

// recover finds, in content read under a wrong Content-Length, where the
// next record starts, and gives back the bytes from there. It reports
// whether it found one.
func (w *warcReader) recover(content []byte) bool {
	i := bytes.Index(content, nextRecord)
	if i < 0 {
		return false
	}
	w.unread(content[i+4:])
	return true
}

// readContent reads the content of a record, of length bytes. The memory
// grows with the bytes read, never to a declared length before its bytes
// exist. When the stream is known to end before length bytes (an earlier
// record ran into its end), a Content-Length that runs past it is wrong:
// reading stops at the next record's start, so that many such records cost
// time in proportion to the stream, not to its square. It returns the bytes
// read and the error that ended them early.
func (w *warcReader) readContent(length int64) ([]byte, error) {
	short := w.end >= 0 && w.off+length > w.end
	buf := make([]byte, 0, min(length, 4<<10))
	for int64(len(buf)) < length {
		if len(buf) == cap(buf) {
			buf = slices.Grow(buf, int(min(length, 2*int64(cap(buf))))-len(buf))
		}
		at := len(buf)
		n, err := w.br.Read(buf[at:min(int64(cap(buf)), length)])
		buf = buf[:at+n]
		w.advance(buf[at:])
		if short {
			from := max(0, at-len(nextRecord)+1)
			if i := bytes.Index(buf[from:], nextRecord); i >= 0 {
				return buf, io.ErrUnexpectedEOF // recover finds the record
			}
		}
		if err == io.EOF {
			if w.end < 0 {
				w.end = w.off
			}
			return buf, io.ErrUnexpectedEOF
		}
		if err != nil {
			return buf, err
		}
	}
	return buf, nil
}

// A warcRecord is one record: its named fields, its position and, for the
// kinds of records articles come from, its content.
type warcRecord struct {
	typ, id, uri, date, contentType string

	n         int   // number in the file, from 1
	line, end int   // first line and the line of the content's end
	off, stop int64 // the record in the stream, header to content
	gzOff     int64 // the stored extent of the record's own gzip member, if it has one
	gzLen     int64

	content []byte // nil for records that are not read
}

// readsContent reports whether records of the type may hold an article:
// a server's response, a resource, or a conversion (the text of Common
// Crawl's WET files).
func readsContent(typ string) bool {
	switch strings.ToLower(typ) {
	case "response", "resource", "conversion":
		return true
	}
	return false
}

// next returns the next record, reading its content when it may be an
// article and is at most max bytes long. At the end of the stream it
// returns io.EOF. A damaged record gives a *ParseError, after which next
// goes on with the record after it; an I/O error ends the stream.
func (w *warcReader) next(max int) (*warcRecord, error) {
	skipped, skipOff, skipLine, err := w.toRecord()
	if err != nil {
		return nil, err
	}
	if skipped > 0 && !w.skip {
		return nil, w.errorf(skipOff, skipLine, "%d bytes of no record before the next", skipped)
	}
	w.skip = false
	if _, err := w.br.Peek(1); err == io.EOF {
		return nil, io.EOF
	}
	w.n++
	rec := &warcRecord{n: w.n, line: w.line + 1, off: w.off, gzOff: -1}
	if w.gz != nil {
		if stored, ok := w.gz.memberAt(w.off); ok {
			rec.gzOff = stored
		}
	}
	length, err := w.header(rec)
	if err != nil {
		return nil, err
	}
	if readsContent(rec.typ) && length <= int64(max) {
		content, err := w.readContent(length)
		if err != nil {
			if w.recover(content) {
				return nil, w.errorf(rec.off, rec.line, "record %d does not end where its Content-Length (%d) says", rec.n, length)
			}
			return nil, w.cut(rec, length, int64(len(content)), err)
		}
		rec.content = content
	} else {
		n, err := w.discard(length)
		if err != nil {
			return nil, w.cut(rec, length, n, err)
		}
		if readsContent(rec.typ) {
			w.skip = !w.ended()
			return nil, &ParseError{Path: w.path, Line: rec.line, Offset: rec.off, Err: fmt.Errorf("record %d of %d bytes: %w", rec.n, length, ErrArticleTooLong)}
		}
	}
	rec.stop, rec.end = w.off, w.line+1
	if !w.ended() {
		w.skip = rec.content == nil || !w.recover(rec.content)
		return nil, w.errorf(rec.off, rec.line, "record %d does not end where its Content-Length (%d) says", rec.n, length)
	}
	if rec.gzOff >= 0 && w.gz != nil {
		if _, err := w.br.Peek(1); err == io.EOF && w.gz.out == w.off {
			rec.gzLen = w.gz.src.n - rec.gzOff
		} else if stored, ok := w.gz.memberAt(w.off); ok {
			rec.gzLen = stored - rec.gzOff
		}
	}
	if rec.gzLen == 0 {
		rec.gzOff = 0
	}
	return rec, nil
}

// toRecord moves to the start of the next record, past the blank lines
// between records and, after a damaged record, past whatever is left of it.
// It returns how many bytes other than blank lines it passed, and where the
// first of them was.
func (w *warcReader) toRecord() (skipped int, off int64, line int, err error) {
	for {
		head, err := w.br.Peek(5)
		if len(head) == 0 {
			if err == io.EOF {
				return skipped, off, line, nil
			}
			return skipped, off, line, w.fail(err)
		}
		if string(head) == "WARC/" {
			return skipped, off, line, nil
		}
		if head[0] == '\r' || head[0] == '\n' {
			w.br.Discard(1)
			w.advance(head[:1])
			continue
		}
		if skipped == 0 {
			off, line = w.off, w.line+1
		}
		// Not a record: pass the line.
		for {
			frag, err := w.br.ReadSlice('\n')
			w.advance(frag)
			skipped += len(frag)
			if err == bufio.ErrBufferFull {
				continue
			}
			if err != nil && err != io.EOF {
				return skipped, off, line, w.fail(err)
			}
			break
		}
	}
}

// header reads the header block of a record into rec and returns its
// Content-Length.
func (w *warcReader) header(rec *warcRecord) (int64, error) {
	length, size := int64(-1), 0
	for first := true; ; first = false {
		line, err := w.br.ReadSlice('\n')
		w.advance(line)
		size += len(line)
		switch {
		case err == bufio.ErrBufferFull || size > maxWARCHeader:
			w.skip = true
			return 0, w.errorf(rec.off, rec.line, "the header of record %d is longer than %d bytes", rec.n, maxWARCHeader)
		case err == io.EOF:
			return 0, w.errorf(rec.off, rec.line, "record %d is cut short in its header", rec.n)
		case err != nil:
			return 0, w.fail(err)
		}
		text := strings.TrimRight(string(line), "\r\n")
		if first {
			continue // the version line: WARC/1.0, WARC/1.1
		}
		if text == "" {
			break
		}
		name, value, ok := strings.Cut(text, ":")
		if !ok {
			continue // a continuation line, or junk: no field this reader uses
		}
		value = strings.TrimSpace(value)
		switch strings.ToLower(strings.TrimSpace(name)) {
		case "warc-type":
			rec.typ = value
		case "warc-record-id":
			rec.id = value
		case "warc-target-uri":
			rec.uri = strings.Trim(value, "<>") // WARC 1.0 writes the URI in angle brackets
		case "warc-date":
			rec.date = value
		case "content-type":
			rec.contentType = value
		case "content-length":
			n, err := strconv.ParseInt(value, 10, 64)
			if err != nil || n < 0 {
				w.skip = true
				return 0, w.errorf(rec.off, rec.line, "record %d has the Content-Length %q", rec.n, value)
			}
			length = n
		}
	}
	if length < 0 {
		w.skip = true
		return 0, w.errorf(rec.off, rec.line, "record %d has no Content-Length", rec.n)
	}
	return length, nil
}

// ended reads the end of a record's content: the blank line of the
// specification ("\r\n\r\n"), or a shorter or missing one when the next
// record or the end of the stream follows at once. It reports false, and
// reads nothing, when anything else follows: the Content-Length was wrong.
func (w *warcReader) ended() bool {
	head, _ := w.br.Peek(9)
	i := 0
	for i < len(head) && i < 4 && (head[i] == '\r' || head[i] == '\n') {
		i++
	}
	rest := head[i:]
	if i < 4 && len(rest) > 0 && !bytes.HasPrefix(rest, []byte("WARC/"[:min(5, len(rest))])) {
		return false
	}
	w.br.Discard(i)
	w.advance(head[:i])
	return true
}

// discard passes n bytes of content, counting their lines, and returns how
// many it passed.
func (w *warcReader) discard(n int64) (int64, error) {
	var done int64
	for done < n {
		buf, err := w.br.Peek(int(min(n-done, int64(w.br.Size()))))
		w.br.Discard(len(buf))
		w.advance(buf)
		done += int64(len(buf))
		if err != nil && done < n {
			return done, err
		}
	}
	return done, nil
}

// advance counts the bytes b the stream has moved past.
func (w *warcReader) advance(b []byte) {
	w.off += int64(len(b))
	w.line += bytes.Count(b, []byte("\n"))
}

// cut reports a record whose content ended after got of its length bytes.
func (w *warcReader) cut(rec *warcRecord, length, got int64, err error) error {
	if err == io.EOF || err == io.ErrUnexpectedEOF {
		return w.errorf(rec.off, rec.line, "record %d is cut short: its Content-Length is %d, its content %d bytes", rec.n, length, got)
	}
	return w.fail(err)
}

func (w *warcReader) errorf(off int64, line int, format string, args ...any) error {
	return &ParseError{Path: w.path, Line: line, Offset: off, Err: fmt.Errorf("%w: %s", ErrWARC, fmt.Sprintf(format, args...))}
}

// fail reports an error of the stream under the records (a read error, a
// damaged gzip member), which ends it.
func (w *warcReader) fail(err error) error {
	w.br.Reset(strings.NewReader("")) // nothing more is read
	return &ParseError{Path: w.path, Line: w.line + 1, Offset: w.off, Err: cutShort(err)}
}

// warcDate reads the WARC-Date of a record: an ISO 8601 time in UTC, to the
// second or (WARC 1.1) finer.
func warcDate(s string) (time.Time, bool) {
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04Z07:00", "2006-01-02", "2006-01"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// An httpMessage is the HTTP response a WARC response record holds.
type httpMessage struct {
	status      int
	contentType string
	body        []byte
}

// readHTTP reads an HTTP response as a crawler stored it: the status line,
// the header fields, and the body, from which a chunked transfer coding is
// removed and a gzip or deflate content coding decoded, up to max bytes.
// Crawlers that decoded the body before storing it renamed the fields
// (Common Crawl's X-Crawler-Content-Encoding) or keep them: a body that
// does not decode is taken as it is. A content coding may expand the body
// as compressed input may expand (see Reader.MaxRatio): beyond ratio times
// the body's size, and 16 MiB, the record is refused with ErrRatio.
func readHTTP(content []byte, max, ratio int) (httpMessage, error) {
	var m httpMessage
	head, body, ok := bytes.Cut(content, []byte("\r\n\r\n"))
	if !ok {
		if head, body, ok = bytes.Cut(content, []byte("\n\n")); !ok {
			head, body = content, nil
		}
	}
	status, fields, _ := strings.Cut(string(head), "\n")
	proto, rest, _ := strings.Cut(strings.TrimSpace(status), " ")
	code, _, _ := strings.Cut(rest, " ")
	if !strings.HasPrefix(proto, "HTTP/") {
		return m, fmt.Errorf("no HTTP status line: %.40q", status)
	}
	n, err := strconv.Atoi(code)
	if err != nil {
		return m, fmt.Errorf("bad HTTP status %.20q", code)
	}
	m.status = n
	var chunked bool
	var coding string
	for field := range strings.SplitSeq(fields, "\n") {
		name, value, _ := strings.Cut(field, ":")
		value = strings.ToLower(strings.TrimSpace(value))
		switch strings.ToLower(strings.TrimSpace(name)) {
		case "content-type":
			m.contentType = value
		case "transfer-encoding":
			chunked = strings.Contains(value, "chunked")
		case "content-encoding":
			coding = value
		}
	}
	if chunked {
		if b, ok := dechunk(body); ok {
			body = b
		}
	}
	if coding != "" && coding != "identity" {
		if b, err := decode(body, coding, max, ratio); err == nil {
			body = b
		} else if errors.Is(err, ErrArticleTooLong) || errors.Is(err, ErrRatio) {
			return m, err
		}
	}
	m.body = body
	return m, nil
}

// dechunk removes the chunked transfer coding of HTTP/1.1. It reports false
// when b does not start with a chunk: the crawler stored the body decoded.
// A body cut inside its chunks keeps what it has.
func dechunk(b []byte) ([]byte, bool) {
	var out []byte
	for first := true; ; first = false {
		line, rest, ok := bytes.Cut(b, []byte("\n"))
		size, _, _ := bytes.Cut(line, []byte(";"))
		n, err := strconv.ParseUint(string(bytes.TrimSpace(size)), 16, 31)
		if !ok || err != nil {
			return out, !first
		}
		if n == 0 {
			return out, true
		}
		if int(n) > len(rest) {
			return append(out, rest...), true
		}
		out = append(out, rest[:n]...)
		b = bytes.TrimLeft(rest[n:], "\r\n")
	}
}

// decode decodes a body of the content coding named, up to maxBytes and
// the bound of checkRatio.
func decode(body []byte, coding string, maxBytes, ratio int) ([]byte, error) {
	var zr io.Reader
	switch coding {
	case "gzip", "x-gzip":
		g, err := gzip.NewReader(bytes.NewReader(body))
		if err != nil {
			return nil, err
		}
		zr = g
	case "deflate":
		z, err := zlib.NewReader(bytes.NewReader(body))
		if err != nil {
			zr = flate.NewReader(bytes.NewReader(body)) // deflate without the zlib wrapper, as some servers send it
		} else {
			zr = z
		}
	default:
		return nil, fmt.Errorf("content coding %q not read", coding)
	}
	stored := int64(len(body))
	limit := min(int64(maxBytes), max(ratioFloor-1, int64(ratio)*stored))
	out, long, err := readUpTo(zr, int(limit))
	switch {
	case long && limit == int64(maxBytes):
		return nil, ErrArticleTooLong
	case long:
		return nil, checkRatio(limit+1, stored, ratio) // the first byte beyond the ratio's bound
	}
	return out, err
}

// readWARC returns the task of the next record of a WARC input that may
// hold an article, nil, nil at its end, or the error of a record, after
// which reading goes on. Records that hold no article (warcinfo, request,
// metadata, revisit, a crawler's own) are counted in Skipped.
func (r *Reader) readWARC(in *input) (*task, error) {
	rec, err := in.warc.next(r.MaxArticleBytes)
	switch {
	case err == io.EOF:
		in.eof = true
		if in.empty {
			return nil, &ParseError{Path: in.path, Err: ErrEmpty}
		}
		return nil, nil
	case err != nil:
		in.empty = false
		return nil, err
	}
	in.empty = false
	if rec.content == nil {
		return &task{skip: cmp.Or(strings.ToLower(rec.typ), "no WARC-Type")}, nil
	}
	if scheme, _, ok := strings.Cut(rec.uri, ":"); ok && !webScheme(scheme) {
		return &task{skip: rec.typ + ": " + strings.ToLower(scheme) + ":"}, nil
	}
	return &task{path: in.path, rec: rec}, nil
}

// warcArticle reads the article of a record with content: a page, or text.
// For a record that holds none (a redirect, an image) it returns the
// reason to count in Skipped.
func (r *Reader) warcArticle(path string, rec *warcRecord) (*Article, string, error) {
	fail := func(err error) error {
		return &ParseError{Path: path, Line: rec.line, Offset: rec.off, Err: fmt.Errorf("%w: record %d: %w", ErrWARC, rec.n, err)}
	}
	body, ctype := rec.content, strings.ToLower(rec.contentType)
	if strings.HasPrefix(ctype, "application/http") {
		m, err := readHTTP(body, r.MaxArticleBytes, r.MaxRatio)
		switch {
		case err != nil:
			return nil, "", fail(err)
		case m.status < 200 || m.status > 299:
			return nil, fmt.Sprintf("%s: status %d", rec.typ, m.status), nil
		}
		body, ctype = m.body, m.contentType
	}
	media, params, _ := strings.Cut(ctype, ";")
	media = strings.TrimSpace(media)
	label := attrValue([]byte(params), "charset") // as in a meta tag's content="text/html; charset=..."
	head := body[:min(len(body), 8<<10)]
	if len(bytes.TrimSpace(body)) == 0 {
		return nil, rec.typ + ": empty", nil
	}
	ref := r.parser.dates.Reference
	fetched, dated := warcDate(rec.date)
	if dated {
		r.parser.dates.Reference = fetched
		defer func() { r.parser.dates.Reference = ref }()
	}
	var a *Article
	switch {
	case media == "text/html" || media == "application/xhtml+xml" || (media == "" || media == "application/octet-stream") && looksLikeHTML(head):
		var err error
		if a, err = r.pageArticle(body, path, label, absURL(rec.uri)); err != nil { // the target URI: profiles apply, links resolve
			return nil, "", fail(err)
		}
	case media == "text/plain" || media == "" && !isBinary(head):
		text := string(body)
		if e, _ := charset.Lookup(label); e != nil && label != "" && !utf8.Valid(body) {
			if s, err := e.NewDecoder().String(text); err == nil {
				text = s
			}
		}
		a = r.textArticle(text, path, rec.line, rec.off)
	default:
		if media == "" {
			media = "binary"
		}
		return nil, rec.typ + ": " + media, nil
	}
	a.Source = Source{Path: path, Line: rec.line, EndLine: rec.end, Offset: rec.off, EndOffset: rec.stop,
		Record: rec.n, RecordID: rec.id, GzipOffset: rec.gzOff, GzipLength: rec.gzLen}
	a.URL = rec.uri
	if dated {
		a.Fetched = fetched
	}
	return a, "", nil
}

// webScheme reports whether a target URI's scheme names a document, as
// http, https, ftp and file do, and not a crawler's own records (dns:,
// metadata://, filedesc://).
func webScheme(scheme string) bool {
	switch strings.ToLower(scheme) {
	case "http", "https", "ftp", "file":
		return true
	}
	return false
}

// skipped counts a record that holds no article.
func (r *Reader) skipped(why string) {
	if r.skips == nil {
		r.skips = map[string]int{}
	}
	r.skips[why]++
}

// Skipped returns how many records of the input read so far (since Reset)
// held no article, by reason: the WARC record's type ("request", "metadata",
// "warcinfo", "revisit", or "no WARC-Type"), or the type and what the
// content was ("response: image/jpeg", "response: status 301", "resource:
// empty", "resource: metadata:" for a crawler's own records). With the
// articles and the errors, it accounts for every record.
func (r *Reader) Skipped() map[string]int {
	return maps.Clone(r.skips)
}
