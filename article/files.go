package article

import (
	"errors"
	"fmt"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Errors of reading folders, wrapped in an *fs.PathError that names the
// path; the folder's other files are read.
var (
	// ErrNotRegular: a folder holds something that is neither a file nor
	// a folder (a named pipe, a socket, a device); it was skipped.
	ErrNotRegular = errors.New("not a regular file, skipped")
	// ErrLinkLoop: a link in a folder leads to a folder that is being or
	// has been read; it was not read again.
	ErrLinkLoop = errors.New("link to a folder read already, skipped")
)

// An entry is an input not yet opened: a path, or the error of listing a
// folder, in the place of what could not be read.
type entry struct {
	path string
	err  error
}

// Files returns the inputs that Open(paths...) reads, in the order it reads
// them: each path that is not a folder as it is, and the files of each
// folder, recursively, sorted by path. It yields an error, in its place in
// that order and without ending the listing, for a folder that cannot be
// read, a link that leads nowhere or back to a folder already listed, and
// anything else that is not a file. Names that start with "." are skipped;
// links to files and folders are followed.
func Files(paths ...string) iter.Seq2[string, error] {
	return func(yield func(string, error) bool) {
		for _, p := range paths {
			if info, err := os.Stat(p); err == nil && info.IsDir() {
				for _, e := range listFiles(p) {
					if !yield(e.path, e.err) {
						return
					}
				}
				continue
			}
			if !yield(p, nil) {
				return
			}
		}
	}
}

// listFiles returns the files under dir, sorted by path, skipping hidden
// files and folders and following links, with an entry for each error in
// its place.
func listFiles(dir string) []entry {
	var out []entry
	var seen []fs.FileInfo // the folders listed, against loops of links
	var walk func(path string, info fs.FileInfo)
	walk = func(path string, info fs.FileInfo) {
		for _, s := range seen {
			if os.SameFile(s, info) {
				out = append(out, entry{path: path, err: &fs.PathError{Op: "read", Path: path, Err: ErrLinkLoop}})
				return
			}
		}
		seen = append(seen, info)
		list, err := os.ReadDir(path)
		if err != nil {
			out = append(out, entry{path: path, err: err}) // the entries read before the error are read
		}
		for _, d := range list {
			if strings.HasPrefix(d.Name(), ".") {
				continue
			}
			p := filepath.Join(path, d.Name())
			mode := d.Type()
			var fi fs.FileInfo
			if mode&fs.ModeSymlink != 0 || mode.IsDir() {
				if fi, err = os.Stat(p); err != nil {
					out = append(out, entry{path: p, err: err}) // a link that leads nowhere
					continue
				}
				mode = fi.Mode().Type()
			}
			switch {
			case mode.IsRegular():
				out = append(out, entry{path: p})
			case mode.IsDir():
				walk(p, fi)
			default:
				out = append(out, entry{path: p, err: &fs.PathError{Op: "read", Path: p, Err: fmt.Errorf("%w (%v)", ErrNotRegular, mode)}})
			}
		}
	}
	info, err := os.Stat(dir)
	if err != nil {
		return []entry{{path: dir, err: err}}
	}
	walk(dir, info)
	sort.SliceStable(out, func(i, j int) bool { return out[i].path < out[j].path })
	return out
}
