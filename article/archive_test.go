package article

import (
	"archive/tar"
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
func makeTar(t *testing.T, files ...[2]string) []byte {
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
