package article

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"io"
)

// NextWARCRecord returns the offset of the first record of the WARC file r,
// of size bytes, that starts at or after off, or size when none does. It
// lets a large file be read in parts, each on a machine of its own: the
// part from NextWARCRecord(r, size, a) to NextWARCRecord(r, size, b) holds
// the records that start in [a, b), whole, and the parts for the
// offsets 0 = a₀ < a₁ < … < size hold every record once. Read each with a
// Reader over io.NewSectionReader and Format FormatWARC; its offsets are
// then from the part's start.
//
// In a file compressed record by record (as Common Crawl's are) a record
// starts with a gzip member whose text starts with "WARC/"; in an
// uncompressed file, with a line "WARC/1.0" or "WARC/1.1" whose record
// reads whole and is followed by another record or the end of the file.
// A file compressed as a whole has one record start that can be found, at
// 0, so that its first part holds all of it. The error is one of reading
// r.
func NextWARCRecord(r io.ReaderAt, size, off int64) (int64, error) {
	switch {
	case off <= 0:
		return 0, nil
	case off >= size:
		return size, nil
	}
	var head [2]byte
	if _, err := r.ReadAt(head[:], 0); err != nil && err != io.EOF {
		return 0, err
	}
	gz := head[0] == 0x1f && head[1] == 0x8b
	magic := []byte("WARC/")
	if gz {
		magic = []byte{0x1f, 0x8b, 8}
	}
	const window = 1 << 20
	buf := make([]byte, min(window, size-off)+int64(len(magic)-1))
	for pos := off; pos < size; pos += window {
		n, err := r.ReadAt(buf[:min(int64(len(buf)), size-pos)], pos)
		if err != nil && err != io.EOF {
			return 0, err
		}
		b := buf[:n]
		for i := 0; ; i++ {
			k := bytes.Index(b[i:], magic)
			if k < 0 || i+k >= window {
				break
			}
			i += k
			at := pos + int64(i)
			var ok bool
			if gz {
				ok = gzipWARCAt(r, size, at)
			} else {
				ok = plainWARCAt(r, size, at)
			}
			if ok {
				return at, nil
			}
		}
	}
	return size, nil
}

// gzipWARCAt reports whether a gzip member that starts a record lies at
// off.
func gzipWARCAt(r io.ReaderAt, size, off int64) bool {
	zr, err := gzip.NewReader(io.NewSectionReader(r, off, size-off))
	if err != nil {
		return false
	}
	var start [7]byte
	_, err = io.ReadFull(zr, start[:])
	return err == nil && isWARC(start[:])
}

// plainWARCAt reports whether an uncompressed record starts at off: a
// line "WARC/…" at the start of a line, whose record reads whole and is
// followed by the end of the file or by a line "WARC/…".
func plainWARCAt(r io.ReaderAt, size, off int64) bool {
	var before [1]byte
	if _, err := r.ReadAt(before[:], off-1); err != nil || before[0] != '\n' {
		return false
	}
	w := newWARCReader("", bufio.NewReader(io.NewSectionReader(r, off, size-off)), nil)
	if _, err := w.next(DefaultMaxArticleBytes); err != nil {
		return false
	}
	next, err := w.br.Peek(7)
	return err == io.EOF && len(next) == 0 || err == nil && isWARC(next)
}
