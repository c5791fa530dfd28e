package article

import (
	"archive/tar"
	"archive/zip"
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
)

// An archive is a tar or zip archive being read member by member.
type archive struct {
	tr     *tar.Reader
	zr     *zip.Reader
	next   int       // the zip member to read next
	out    int64     // the declared sizes of the zip members read so far
	stored int64     // the zip archive's size
	path   string    // the archive's path
	closer io.Closer // the archive's file, or nil
}

// isZip reports whether the start of an input is a zip archive: a local
// file header, or the end record of an empty archive.
func isZip(head []byte) bool {
	return bytes.HasPrefix(head, []byte("PK\x03\x04")) || bytes.HasPrefix(head, []byte("PK\x05\x06"))
}

// openZip opens the zip archive that br reads, from the file closer when
// it is one. A zip archive is
// read from its end: a file is read in place, any other input (standard
// input, a member of a tar archive) is read into memory, up to
// MaxArticleBytes.
func (r *Reader) openZip(path string, br *bufio.Reader, closer io.Closer) error {
	var at io.ReaderAt
	var size int64
	if f, ok := closer.(*os.File); ok && f != nil {
		info, err := f.Stat()
		if err == nil && info.Mode().IsRegular() {
			at, size = f, info.Size()
			// Read in place, the archive counts as read at once.
			r.read.Add(size - int64(br.Buffered()))
		}
	}
	if at == nil {
		data, long, err := readUpTo(br, r.MaxArticleBytes)
		switch {
		case err != nil:
			return &ParseError{Path: path, Offset: int64(len(data)), Err: err}
		case long:
			return &ParseError{Path: path, Err: fmt.Errorf("%w: a zip archive is read from its end: give it as a file, or at most MaxArticleBytes (%d) of it", ErrFormat, r.MaxArticleBytes)}
		}
		at, size = bytes.NewReader(data), int64(len(data))
	}
	zr, err := zip.NewReader(at, size)
	if err != nil {
		return &ParseError{Path: path, Err: err}
	}
	r.archive = &archive{zr: zr, path: path, closer: closer, stored: size}
	return nil
}

// isTar reports whether the start of an input is a tar archive: the
// "ustar" magic of POSIX and GNU tar at byte 257 of the first header.
func isTar(head []byte) bool {
	return len(head) >= 262 && string(head[257:262]) == "ustar"
}

// memberPath names a member of an archive in positions and errors:
// "dump.tar!2024/01/artikel.txt".
func memberPath(archive, member string) string { return archive + "!" + member }

// nextMember opens the next regular file of the archive as the input. At
// the archive's end it closes the archive and returns io.EOF; a damaged
// archive (truncated, a bad header) gives a *ParseError and ends it.
func (r *Reader) nextMember() error {
	if r.archive.zr != nil {
		return r.nextZipMember()
	}
	for {
		hdr, err := r.archive.tr.Next()
		if err != nil {
			path := r.archive.path
			r.closeArchive()
			if err == io.EOF {
				return io.EOF
			}
			return &ParseError{Path: path, Err: err}
		}
		if hdr.Typeflag == tar.TypeReg {
			r.in = r.newInput(memberPath(r.archive.path, hdr.Name), r.archive.tr, nil)
			return nil
		}
	}
}

// nextZipMember opens the next file of a zip archive as the input. A
// member that would expand beyond MaxRatio times its stored size, or that
// takes the archive's members together beyond MaxRatio times the
// archive's size (a zip bomb), gives a *ParseError wrapping ErrRatio.
func (r *Reader) nextZipMember() error {
	a := r.archive
	for a.next < len(a.zr.File) {
		f := a.zr.File[a.next]
		a.next++
		if !f.Mode().IsRegular() {
			continue
		}
		path := memberPath(a.path, f.Name)
		size := int64(f.UncompressedSize64)
		err := checkRatio(size, int64(f.CompressedSize64), r.MaxRatio)
		if err == nil {
			err = checkRatio(a.out+size, a.stored, r.MaxRatio) // the members read and this one, against the archive
		}
		if err != nil {
			return &ParseError{Path: path, Offset: int64(f.CompressedSize64), Err: err}
		}
		a.out += size
		rc, err := f.Open()
		if err != nil {
			return &ParseError{Path: path, Err: err}
		}
		r.in = r.newInput(path, rc, rc)
		return nil
	}
	r.closeArchive()
	return io.EOF
}

// errNested: an archive inside an archive is not unpacked.
var errNested = errors.New("an archive inside an archive is not unpacked")

// closeArchive ends the archive being read, closing its file when r opened
// it.
func (r *Reader) closeArchive() {
	if r.archive == nil {
		return
	}
	if r.archive.closer != nil {
		r.archive.closer.Close()
	}
	r.archive = nil
}
