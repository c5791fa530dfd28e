package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/newsdump/newsdump/article"
)

// inputFiles returns the files that the paths name, as the Reader reads
// them (article.Files), without standard input and the paths that cannot
// be read.
func inputFiles(paths []string) []string {
	var files []string
	for p, err := range article.Files(paths...) {
		if err == nil && p != "-" {
			files = append(files, p)
		}
	}
	return files
}

// inputBytes returns the size of the files that the paths name, or -1
// when standard input is among the paths.
func inputBytes(paths, files []string) int64 {
	if slices.Contains(paths, "-") {
		return -1
	}
	var n int64
	for _, f := range files {
		if info, err := os.Stat(f); err == nil && info.Mode().IsRegular() {
			n += info.Size()
		}
	}
	return n
}

// sink writes articles to standard output, or to one file per input in an
// output folder. Each output file is written under a temporary name in the
// folder and renamed into place when it is complete, so that a file of
// that name is replaced only by a whole output.
type sink struct {
	stdout io.Writer
	dir    string
	form   string // jsonl, text, markdown or csv

	name    string // output file being written, "" for stdout
	file    *os.File
	w       *bufio.Writer
	csv     *csv.Writer
	n       int               // articles written to w
	owner   map[string]string // the input each output file created is of
	outputs map[string]string // the output file of each input written
}

// errOutput: an output would replace or feed an input.
var errOutput = errors.New("an output must not replace an input")

// check refuses outputs that would destroy or feed the inputs: an output
// file of -outdir that is an input file, an output folder inside an input
// folder (whose files are read as input, by this run or the next), and
// standard output redirected into an input file.
func (s *sink) check(paths, files []string) error {
	if s.dir == "" {
		f, ok := s.stdout.(*os.File)
		if !ok {
			return nil
		}
		out, err := f.Stat()
		if err != nil || !out.Mode().IsRegular() {
			return nil
		}
		for _, in := range files {
			if info, err := os.Stat(in); err == nil && os.SameFile(out, info) {
				return fmt.Errorf("%w: standard output is the input %s", errOutput, in)
			}
		}
		return nil
	}
	var real realPaths
	dir := real.of(s.dir)
	for _, p := range paths {
		if info, err := os.Stat(p); err == nil && info.IsDir() {
			if rel, ok := within(real.of(p), dir); ok && !hidden(rel) {
				return fmt.Errorf("%w: -outdir %s is inside the input folder %s, whose files are read as input", errOutput, s.dir, p)
			}
		}
	}
	inputs := make(map[string]string, len(files))
	for _, f := range files {
		inputs[real.of(f)] = f
	}
	for _, f := range files {
		out := s.outName(f)
		if in, ok := inputs[real.of(out)]; ok {
			return fmt.Errorf("%w: the output %s of %s is the input %s", errOutput, out, f, in)
		}
	}
	return nil
}

// realPaths resolves paths as the directory entries that writing a file
// of that name replaces: absolute, the links of the folders they are in
// resolved, the name itself left. Each folder is resolved once: the many
// files of a folder cost one resolution.
type realPaths map[string]string // folder, absolute, to its resolved path

// of returns the resolved path of p; a path that cannot be resolved is
// returned as absolute as it can be made.
func (rp *realPaths) of(p string) string {
	abs, err := filepath.Abs(p)
	if err != nil {
		return filepath.Clean(p)
	}
	dir, name := filepath.Split(abs)
	if *rp == nil {
		*rp = realPaths{}
	}
	real, ok := (*rp)[dir]
	if !ok {
		real = dir
		if r, err := filepath.EvalSymlinks(dir); err == nil {
			real = r
		}
		(*rp)[dir] = real
	}
	return filepath.Join(real, name)
}

// within reports whether the path p is the folder dir or inside it, and the
// part of p below dir. A folder given by a link resolves as its target.
func within(dir, p string) (string, bool) {
	if real, err := filepath.EvalSymlinks(dir); err == nil {
		dir = real
	}
	if real, err := filepath.EvalSymlinks(p); err == nil {
		p = real
	}
	rel, err := filepath.Rel(dir, p)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", false
	}
	return rel, true
}

// hidden reports whether a relative path has a part that starts with ".",
// which a folder's reading skips; "." itself is the folder.
func hidden(rel string) bool {
	for part := range strings.SplitSeq(rel, string(filepath.Separator)) {
		if part != "." && strings.HasPrefix(part, ".") {
			return true
		}
	}
	return false
}

// outName returns the output file for an input path: NAME.jsonl, .txt,
// .md or .csv for NAME.EXT or NAME.EXT.gz; "stdin" for standard input. An
// input whose name another input's output has already taken ("a/x.txt"
// and "b/x.txt", "x.txt" and "x.html") gets NAME-2, NAME-3, …: outputs are
// never merged.
func (s *sink) outName(path string) string {
	if name, ok := s.outputs[path]; ok {
		return name
	}
	base := filepath.Base(path)
	if path == "-" || path == "" {
		base = "stdin"
	}
	base = strings.TrimSuffix(base, ".gz")
	base = strings.TrimSuffix(base, filepath.Ext(base))
	ext := outExt[s.form]
	name := filepath.Join(s.dir, base+ext)
	for n := 2; s.taken(name, path); n++ {
		name = filepath.Join(s.dir, fmt.Sprintf("%s-%d%s", base, n, ext))
	}
	return name
}

// outExt are the extensions of the output files of each -o format.
var outExt = map[string]string{"jsonl": ".jsonl", "text": ".txt", "markdown": ".md", "csv": ".csv"}

// taken reports whether the output file name is another input's.
func (s *sink) taken(name, path string) bool {
	in, ok := s.owner[name]
	return ok && in != path
}

// switchTo makes w write to the output of the input path.
func (s *sink) switchTo(path string) error {
	if s.dir == "" {
		if s.w == nil {
			s.w = bufio.NewWriterSize(s.stdout, 256<<10) // few writes for large outputs
		}
		return nil
	}
	name := s.outName(path)
	if name == s.name && s.w != nil {
		return nil
	}
	if err := s.close(); err != nil {
		return err
	}
	f, err := os.CreateTemp(s.dir, "."+filepath.Base(name)+".*.tmp") // hidden: a folder's reading skips it
	if err != nil {
		return err
	}
	err = f.Chmod(0o644) // as os.Create makes files, not CreateTemp's 0600
	n := 0
	if _, created := s.owner[name]; err == nil && created {
		// The same input again (its articles came between another's): they
		// follow its earlier ones, in a copy that replaces the output whole.
		err, n = appendFile(f, name), 1
	}
	if err != nil {
		f.Close()
		os.Remove(f.Name())
		return err
	}
	if s.owner == nil {
		s.owner, s.outputs = map[string]string{}, map[string]string{}
	}
	s.owner[name], s.outputs[path] = path, name
	s.name, s.file, s.w, s.n = name, f, bufio.NewWriter(f), n
	s.csv = nil
	return nil
}

// appendFile copies the file name to w.
func appendFile(w io.Writer, name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = io.Copy(w, f)
	return err
}

func (s *sink) write(a *article.Article) error {
	if err := s.switchTo(a.Source.Path); err != nil {
		return err
	}
	switch s.form {
	case "text", "markdown":
		if s.n > 0 {
			s.w.WriteString("\f\n") // read back as a separator
		}
		if s.form == "text" {
			s.w.WriteString(a.Text())
		} else {
			s.w.WriteString(a.Markdown())
		}
		s.w.WriteString("\n")
	case "csv":
		if s.csv == nil {
			s.csv = csv.NewWriter(s.w)
			if s.n == 0 {
				s.csv.Write(csvHeader)
			}
		}
		if err := s.csv.Write(csvRow(a)); err != nil {
			return err
		}
		s.csv.Flush()
		if err := s.csv.Error(); err != nil {
			return err
		}
	default:
		enc := json.NewEncoder(s.w)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(a); err != nil {
			return err
		}
	}
	s.n++
	return nil
}

// csvHeader names the columns of -o csv.
var csvHeader = []string{"url", "title", "published", "authors", "language", "text"}

// csvRow is an article as a row of -o csv: its address (or its position,
// path:line, where it has none), title, published time (RFC 3339, empty
// where unknown or unresolved), authors separated by "; ", language, and
// the text of teaser and paragraphs separated by blank lines.
func csvRow(a *article.Article) []string {
	where := a.URL
	if where == "" {
		where = fmt.Sprintf("%s:%d", a.Source.Path, a.Source.Line)
	}
	published := ""
	if !a.Published.Time.IsZero() {
		published = a.Published.Time.Format(time.RFC3339)
	}
	names := make([]string, len(a.Authors))
	for i, au := range a.Authors {
		names[i] = au.Name
	}
	body := *a
	body.Title = ""
	return []string{where, a.Title, published, strings.Join(names, "; "), a.Language.String(), body.Text()}
}

// touch creates the output file of an input that gave no article.
func (s *sink) touch(path string) error {
	if _, written := s.outputs[path]; s.dir == "" || written {
		return nil
	}
	return s.switchTo(path)
}

// close completes the output being written: flushed, and an output file
// renamed into place.
func (s *sink) close() error {
	if s.w == nil {
		return nil
	}
	err := s.w.Flush()
	if s.file != nil {
		if cerr := s.file.Close(); err == nil {
			err = cerr
		}
		if err == nil {
			err = os.Rename(s.file.Name(), s.name)
		}
		if err != nil {
			os.Remove(s.file.Name())
		}
	}
	s.name, s.file, s.w = "", nil, nil
	return err
}

// abort drops the output file being written, after an error: the file of
// its name is left as it was.
func (s *sink) abort() {
	if s.file != nil {
		s.file.Close()
		os.Remove(s.file.Name())
	}
	s.name, s.file, s.w = "", nil, nil
}
