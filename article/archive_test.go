package article

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// makeTar returns a tar archive of the named files, in order; a name
// ending in "/" is a folder.
func makeTar(t testing.TB, files ...[2]string) []byte {
	var b bytes.Buffer
	tw := tar.NewWriter(&b)
	for _, f := range files {
		hdr := &tar.Header{Name: f[0], Mode: 0o644, Size: int64(len(f[1])), Typeflag: tar.TypeReg}
		if f[0][len(f[0])-1] == '/' {
			hdr.Typeflag, hdr.Size = tar.TypeDir, 0
		}
		if err := tw.WriteHeader(hdr); err != nil {
			t.Fatal(err)
		}
		tw.Write([]byte(f[1]))
	}
	tw.Close()
	return b.Bytes()
}

func TestTar(t *testing.T) {
	archive := makeTar(t,
		[2]string{"2025/", ""},
		[2]string{"2025/a.txt", "Eins\n\n" + para + "\n"},
		[2]string{"2025/b.html", "<!DOCTYPE html><html><body><article><p>" + para + "</p></article></body></html>"},
		[2]string{"2025/c.jsonl", `{"text":"` + para + `"}` + "\n" + `{"text":"` + para + `"}` + "\n"},
		[2]string{"2025/leer.txt", ""},
	)
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(archive)
	zw.Close()
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "dump.tar.gz"), gz.Bytes(), 0o644)
	os.WriteFile(filepath.Join(dir, "kaputt.tar"), archive[:700], 0o644) // cut in the first member's content
	os.WriteFile(filepath.Join(dir, "z.txt"), []byte("Zwei\n\n"+para+"\n"), 0o644)

	var got []string
	for a, err := range Open(dir).All() {
		var perr *ParseError
		switch {
		case a != nil:
			got = append(got, strings.TrimPrefix(a.Source.Path, dir+string(filepath.Separator)))
		case errors.As(err, &perr):
			got = append(got, "error "+strings.TrimPrefix(perr.Path, dir+string(filepath.Separator)))
		default:
			t.Fatalf("unexpected %v", err)
		}
	}
	want := []string{
		"dump.tar.gz!2025/a.txt", "dump.tar.gz!2025/b.html", "dump.tar.gz!2025/c.jsonl", "dump.tar.gz!2025/c.jsonl",
		"error dump.tar.gz!2025/leer.txt", // an empty member
		"error kaputt.tar",                // an archive cut in its first member
		"z.txt",                           // and reading goes on
	}
	if !slices.Equal(got, want) {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
}

// makeZip returns a zip archive of the named files, deflated; a name
// ending in "/" is a folder.
func makeZip(t testing.TB, files ...[2]string) []byte {
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, f := range files {
		w, err := zw.Create(f[0])
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(f[1]))
	}
	zw.Close()
	return b.Bytes()
}

// bomb returns 40 MB of one letter: a line too long for any dump, and a
// thousand times smaller deflated.
func bomb() string { return strings.Repeat("x", 40<<20) }

func TestZip(t *testing.T) {
	archive := makeZip(t,
		[2]string{"2025/", ""},
		[2]string{"2025/a.txt", "Eins\n\n" + para + "\n"},
		[2]string{"2025/b.html", "<!DOCTYPE html><html><body><article><p>" + para + "</p></article></body></html>"},
		[2]string{"2025/c.tar", string(makeTar(t, [2]string{"d.txt", "Drei\n\n" + para + "\n"}))},
		[2]string{"2025/bombe.txt", bomb()},
		[2]string{"2025/e.jsonl", `{"text":"` + para + `"}` + "\n"},
	)
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "dump.zip"), archive, 0o644)
	os.WriteFile(filepath.Join(dir, "kaputt.zip"), archive[:len(archive)-30], 0o644) // the end record cut
	os.WriteFile(filepath.Join(dir, "z.txt"), []byte("Zwei\n\n"+para+"\n"), 0o644)
	want := []string{
		"dump.zip!2025/a.txt", "dump.zip!2025/b.html",
		"error dump.zip!2025/c.tar: unsupported format: an archive inside an archive is not unpacked",
		"error dump.zip!2025/bombe.txt: compression ratio too high",
		"dump.zip!2025/e.jsonl",
		"error kaputt.zip: zip", // not a valid zip file
		"z.txt",
	}
	if got := readArchive(t, Open(dir), dir); !slices.Equal(got, want) {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}

	// From standard input, a zip archive is read in memory, within
	// MaxArticleBytes.
	r := NewReader(bytes.NewReader(makeZip(t, [2]string{"a.txt", "Eins\n\n" + para + "\n"})))
	r.Path = "-"
	if got := readArchive(t, r, ""); !slices.Equal(got, []string{"-!a.txt"}) {
		t.Errorf("standard input: got %q", got)
	}
	r = NewReader(bytes.NewReader(archive))
	r.Path, r.MaxArticleBytes = "-", 1000
	if got := readArchive(t, r, ""); len(got) != 1 || !strings.Contains(got[0], "is read from its end") {
		t.Errorf("standard input above MaxArticleBytes: got %q", got)
	}
}

// readArchive returns the paths of the articles read, relative to dir, and
// of the errors with their message.
func readArchive(t *testing.T, r *Reader, dir string) []string {
	var got []string
	for a, err := range r.All() {
		var perr *ParseError
		switch {
		case a != nil:
			got = append(got, strings.TrimPrefix(a.Source.Path, dir+string(filepath.Separator)))
		case errors.As(err, &perr):
			msg, _, _ := strings.Cut(perr.Err.Error(), ": ")
			if errors.Is(err, ErrFormat) {
				msg = perr.Err.Error()
			}
			got = append(got, "error "+strings.TrimPrefix(perr.Path, dir+string(filepath.Separator))+": "+msg)
		default:
			t.Fatalf("unexpected %v", err)
		}
	}
	return got
}

// TestGzipBomb: gzip input that expands beyond MaxRatio ends with
// ErrRatio, having read no more than the ratio allows.
func TestGzipBomb(t *testing.T) {
	var gz bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	zw.Write([]byte(bomb()))
	zw.Close()
	var errs []error
	for _, err := range NewReader(bytes.NewReader(gz.Bytes())).All() {
		if err != nil {
			errs = append(errs, err)
		}
	}
	if len(errs) == 0 || !errors.Is(errs[len(errs)-1], ErrRatio) {
		t.Errorf("%d bytes from %d: errors %v, want ErrRatio last", 40<<20, gz.Len(), errs)
	}
}
