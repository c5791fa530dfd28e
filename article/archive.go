package article

import (
	"archive/tar"
	"io"
)

// An archive is a tar archive being read member by member.
type archive struct {
	tr     *tar.Reader
	path   string    // the archive's path
	closer io.Closer // the archive's file, or nil
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
