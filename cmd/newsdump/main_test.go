package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/newsdump/newsdump/internal/golden"
)

// TestSeeds runs the command as the README does and compares its JSON Lines
// with the golden file.
func TestSeeds(t *testing.T) {
	var out, errs bytes.Buffer
	if status := run([]string{"-ref", "2024-12-20", "../../seeds/"}, &out, &errs); status != 0 {
		t.Fatalf("exit status %d: %s", status, errs.String())
	}
	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	if len(lines) != 5 {
		t.Fatalf("got %d lines, want 5 articles", len(lines))
	}
	for _, l := range lines {
		var v map[string]any
		if err := json.Unmarshal([]byte(l), &v); err != nil {
			t.Fatalf("not JSON: %v: %.80s", err, l)
		}
	}
	golden.Lines(t, "../../testdata/cmd-seeds.golden.jsonl", strings.ReplaceAll(out.String(), "../../seeds/", "seeds/"))
}

func TestText(t *testing.T) {
	var out, errs bytes.Buffer
	if status := run([]string{"-text", "../../seeds/002_4022ed2e36a13c4f.txt", "../../seeds/004_4b662a15eab2b1b0.txt"}, &out, &errs); status != 0 {
		t.Fatalf("exit status %d: %s", status, errs.String())
	}
	arts := strings.Split(out.String(), "\f\n")
	if len(arts) != 2 {
		t.Fatalf("got %d articles, want 2 separated by a form feed line", len(arts))
	}
	if !strings.HasPrefix(arts[0], "Microsoft Exchange Server: China streitet Hacking-Vorwürfe westlicher Staaten ab\n\nChina hat die Hacking-Vorwürfe") {
		t.Errorf("first article starts %.120q", arts[0])
	}
	if strings.Contains(out.String(), "In Pocket speichern") {
		t.Error("the share bar is in the text output")
	}
}

// TestMarks checks that -marks and -dashes reach the text.
func TestMarks(t *testing.T) {
	tests := []struct {
		args []string
		has  string
	}{
		{nil, "von „ernsthafter Besorgnis“ über"},
		{[]string{"-marks", "ascii"}, `von "ernsthafter Besorgnis" über`},
		{[]string{"-marks", "german-guillemets"}, "von »ernsthafter Besorgnis« über"},
	}
	for _, tt := range tests {
		var out, errs bytes.Buffer
		args := append(append([]string{"-text"}, tt.args...), "../../seeds/000_fa852c5e1f7d7c3a.txt")
		if status := run(args, &out, &errs); status != 0 {
			t.Fatalf("%v: exit status %d: %s", tt.args, status, errs.String())
		}
		if !strings.Contains(out.String(), tt.has) {
			t.Errorf("%v: the text has no %q", tt.args, tt.has)
		}
	}
}

// TestSplit reads dumps without separators with each -split: auto and
// header cut a dump of Genios records at each record's header, separator
// and none read it as one article; auto alone cuts clean articles after a
// run of blank lines.
func TestSplit(t *testing.T) {
	for _, tt := range []struct {
		mode          string
		genios, blank int
	}{{"auto", 2, 3}, {"header", 2, 1}, {"separator", 1, 1}, {"none", 1, 1}} {
		for _, c := range []struct {
			file string
			want int
		}{{"../../testdata/dumps/genios.txt", tt.genios}, {"../../testdata/dumps/blank-lines.txt", tt.blank}} {
			var out, errs bytes.Buffer
			if status := run([]string{"-q", "-split", tt.mode, c.file}, &out, &errs); status != 0 {
				t.Fatalf("-split %s %s: exit status %d: %s", tt.mode, c.file, status, errs.String())
			}
			if n := strings.Count(out.String(), "\n"); n != c.want {
				t.Errorf("-split %s %s: %d articles, want %d", tt.mode, c.file, n, c.want)
			}
		}
	}
}

func TestUsageAndErrors(t *testing.T) {
	tests := []struct {
		args      []string
		status    int
		stderrHas string
		reason    string
	}{
		{nil, 2, "usage:", "no paths"},
		{[]string{"-ref", "yesterday", "x"}, 2, "-ref", "bad reference time"},
		{[]string{"-format", "pdf", "x"}, 2, "-format", "bad format"},
		{[]string{"-marks", "curly", "x"}, 2, "unknown mark style", "bad mark style"},
		{[]string{"-split", "lines", "x"}, 2, `unknown split "lines"`, "bad split"},
		{[]string{"does-not-exist.txt"}, 1, "does-not-exist.txt", "missing file"},
	}
	for _, tt := range tests {
		var out, errs bytes.Buffer
		status := run(tt.args, &out, &errs)
		if status != tt.status || !strings.Contains(errs.String(), tt.stderrHas) {
			t.Errorf("%s: status %d, stderr %q; want %d and %q", tt.reason, status, errs.String(), tt.status, tt.stderrHas)
		}
	}
}

func TestParseRef(t *testing.T) {
	for _, s := range []string{"2024-12-20", "2024-12-20T12:00:00+01:00"} {
		if _, err := parseRef(s); err != nil {
			t.Errorf("parseRef(%q): %v", s, err)
		}
	}
	ref, _ := parseRef("2024-12-20T12:00:00+01:00")
	if _, off := ref.Zone(); off != 3600 {
		t.Errorf("zone offset %d, want 3600", off)
	}
}

func TestOutdir(t *testing.T) {
	for _, text := range []bool{true, false} {
		dir := t.TempDir()
		args := []string{"-outdir", dir, "../../seeds/"}
		ext := ".jsonl"
		if text {
			args = append([]string{"-text"}, args...)
			ext = ".txt"
		}
		var out, errs bytes.Buffer
		if status := run(args, &out, &errs); status != 0 {
			t.Fatalf("exit status %d: %s", status, errs.String())
		}
		if out.Len() != 0 {
			t.Errorf("-outdir wrote %d bytes to standard output", out.Len())
		}
		files, _ := filepath.Glob(filepath.Join(dir, "*"+ext))
		if len(files) != 5 {
			t.Fatalf("-text=%v: %d files in the output folder, want 5", text, len(files))
		}
		b, err := os.ReadFile(filepath.Join(dir, "002_4022ed2e36a13c4f"+ext))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(b), "Microsoft Exchange Server: China streitet") || strings.Contains(string(b), "USA und China arbeiten") {
			t.Errorf("-text=%v: output of 002 holds the wrong articles: %.100q", text, b)
		}
	}
}

// TestSummary checks the count of articles and errors at the end of a run,
// and that -q leaves it out.
func TestSummary(t *testing.T) {
	dir := t.TempDir()
	dump := `{"text":"Die Regierung hat am Montag in Berlin eine neue Strategie vorgestellt, die die Netze sicherer machen soll."}` + "\n[1]\n"
	os.WriteFile(filepath.Join(dir, "a.jsonl"), []byte(dump), 0o644)
	os.WriteFile(filepath.Join(dir, "b.txt"), nil, 0o644)
	var out, errs bytes.Buffer
	run([]string{dir}, &out, &errs)
	lines := strings.Split(strings.TrimSpace(errs.String()), "\n")
	if last := lines[len(lines)-1]; !strings.HasPrefix(last, fmt.Sprintf("newsdump: 1 articles, 2 errors, %d bytes in ", len(dump))) {
		t.Errorf("summary %q, want 1 article and 2 errors (a record that is no object, an empty file)", last)
	}
	errs.Reset()
	run([]string{"-q", dir}, &out, &errs)
	if strings.Contains(errs.String(), "articles") {
		t.Errorf("-q printed a summary: %q", errs.String())
	}
}

func TestBar(t *testing.T) {
	for _, c := range []struct {
		read, total, articles int64
		took                  time.Duration
		width                 int
		want                  string
	}{
		{0, 1e9, 0, 0, 120, "[..............................]   0%  0.0/1000.0 MB  0.0 MB/s  0 articles  0:00"},
		{420e6, 1e9, 1234, 10 * time.Second, 120, "[############..................]  42%  420.0/1000.0 MB  42.0 MB/s  1234 articles  0:10  left 0:14"},
		{420e6, 1e9, 1234, 10 * time.Second, 80, "[#####.......]  42%  420.0/1000.0 MB  42.0 MB/s  1234 articles  0:10  left 0:14"},
		{420e6, 1e9, 1234, 10 * time.Second, 60, "[##########..............]  42%  420.0/1000.0 MB  42.0 MB/s"},
		{420e6, 1e9, 1234, 10 * time.Second, 40, " 42%  420.0/1000.0 MB  42.0 MB/s"},
		{420e6, 1e9, 1234, 10 * time.Second, 20, " 42%"},
		{2e9, 1e9, 5, time.Hour + 2*time.Minute + 3*time.Second, 120, "[##############################] 100%  2000.0/1000.0 MB  0.5 MB/s  5 articles  1:02:03"},
	} {
		got := bar(c.read, c.total, c.articles, c.took, c.width)
		if got != c.want {
			t.Errorf("bar(%d, %d, %d, %v, %d) = %q, want %q", c.read, c.total, c.articles, c.took, c.width, got, c.want)
		}
		if n := utf8.RuneCountInString(got); n >= c.width {
			t.Errorf("bar at %d columns is %d wide", c.width, n)
		}
	}
}

// TestOutputNeverReplacesInput runs the command with outputs that would
// destroy or feed its inputs: each is refused with exit status 2 before
// anything is written, and the input is left as it was.
func TestOutputNeverReplacesInput(t *testing.T) {
	dir := t.TempDir()
	record := `{"title":"Titel","text":"Die Regierung hat am Montag in Berlin eine neue Strategie vorgestellt, die die Netze sicherer machen soll."}` + "\n"
	dump := strings.Repeat(record, 2000)
	// The -text output of the page differs from it: its marks are set.
	page := "Ein Titel\n\nDies ist ein \"Absatz\" mit genug Worten, damit er als Text gilt, und er endet mit einem Punkt.\n"
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	jsonl := write("dump.jsonl", dump)
	pages := filepath.Dir(write("pages/a.txt", page))
	write("other/a.txt", page)
	os.Symlink(pages, filepath.Join(dir, "pages-link"))
	stdout, err := os.OpenFile(filepath.Join(dir, "out.jsonl"), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	defer stdout.Close()
	os.WriteFile(filepath.Join(dir, "out.jsonl"), []byte(record), 0o644)

	for _, c := range []struct {
		name   string
		args   []string
		stdout io.Writer
		want   string
	}{
		{"-outdir onto the input's folder", []string{"-q", "-outdir", dir, jsonl}, nil, "the output " + jsonl + " of " + jsonl + " is the input"},
		{"-text -outdir onto the input folder", []string{"-text", "-outdir", pages, pages}, nil, "is inside the input folder"},
		{"-outdir inside the input folder", []string{"-outdir", filepath.Join(pages, "out"), pages}, nil, "is inside the input folder"},
		{"-outdir through a link", []string{"-text", "-outdir", filepath.Join(dir, "pages-link"), filepath.Join(pages, "a.txt")}, nil, "is the input"},
		{"-outdir given as the input's folder by another name", []string{"-text", "-outdir", pages + "/./", filepath.Join(pages, "a.txt")}, nil, "is the input"},
		{"standard output appends to the input", []string{"-q", filepath.Join(dir, "out.jsonl")}, stdout, "standard output is the input"},
	} {
		var out bytes.Buffer
		var errs bytes.Buffer
		w := c.stdout
		if w == nil {
			w = &out
		}
		if status := run(c.args, w, &errs); status != 2 || !strings.Contains(errs.String(), c.want) {
			t.Errorf("%s: exit status %d, %q; want 2 and %q", c.name, status, errs.String(), c.want)
		}
	}
	for name, want := range map[string]string{"dump.jsonl": dump, "pages/a.txt": page, "other/a.txt": page, "out.jsonl": record} {
		if b, _ := os.ReadFile(filepath.Join(dir, name)); string(b) != want {
			t.Errorf("%s changed: %d bytes, want %d", name, len(b), len(want))
		}
	}
	if files, _ := filepath.Glob(filepath.Join(pages, "*")); len(files) != 1 {
		t.Errorf("the input folder holds %q, want a.txt alone", files)
	}

	// A hidden folder inside the input folder is not read: it may take the
	// outputs. They are written whole, under their names, and no
	// temporary file is left.
	hiddenOut := filepath.Join(pages, ".out")
	var errs bytes.Buffer
	if status := run([]string{"-q", "-outdir", hiddenOut, pages, filepath.Join(dir, "other")}, io.Discard, &errs); status != 0 {
		t.Fatalf("hidden -outdir: exit status %d: %s", status, errs.String())
	}
	// Two inputs of one name get outputs of their own, never merged.
	files, _ := filepath.Glob(filepath.Join(hiddenOut, "*"))
	all, _ := filepath.Glob(filepath.Join(hiddenOut, ".*"))
	if len(files) != 2 || filepath.Base(files[0]) != "a-2.jsonl" || filepath.Base(files[1]) != "a.jsonl" || len(all) != 0 {
		t.Fatalf("output folder holds %q and %q, want a.jsonl and a-2.jsonl", files, all)
	}
	for _, f := range files {
		b, _ := os.ReadFile(f)
		if n := strings.Count(string(b), "\n"); n != 1 {
			t.Errorf("%s holds %d articles, want the one of its input", f, n)
		}
	}
}

// TestSummaryStandardInput reads standard input beside a file: the size of
// the input is not known, and the summary gives no bytes or throughput.
func TestSummaryStandardInput(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "a.txt")
	os.WriteFile(f, []byte("Titel\n\nDie Regierung hat am Montag in Berlin eine neue Strategie vorgestellt, die die Netze sicherer machen soll.\n"), 0o644)
	empty, err := os.Open(os.DevNull) // standard input, whatever the test runs with
	if err != nil {
		t.Fatal(err)
	}
	defer empty.Close()
	stdin := os.Stdin
	os.Stdin = empty
	defer func() { os.Stdin = stdin }()
	var out, errs bytes.Buffer
	run([]string{f, "-"}, &out, &errs)
	lines := strings.Split(strings.TrimSpace(errs.String()), "\n")
	if last := lines[len(lines)-1]; !strings.HasPrefix(last, "newsdump: 1 articles") || strings.Contains(last, "bytes in") {
		t.Errorf("summary %q gives a size, with standard input among the inputs", last)
	}
}

// TestOutputFormats writes the seeds in each format of -o.
func TestOutputFormats(t *testing.T) {
	seed := "../../seeds/002_4022ed2e36a13c4f.txt"
	for _, c := range []struct {
		form string
		has  []string
	}{
		{"text", []string{"Microsoft Exchange Server: China streitet Hacking-Vorwürfe westlicher Staaten ab\n\nChina hat die Hacking-Vorwürfe"}},
		{"markdown", []string{"# Microsoft Exchange Server: China streitet Hacking-Vorwürfe westlicher Staaten ab\n\n*Alexander Königstein*\n\n**China hat die Hacking-Vorwürfe"}},
		{"csv", []string{"url,title,published,authors,language,text\n", "../../seeds/002_4022ed2e36a13c4f.txt:1,Microsoft Exchange Server: China streitet Hacking-Vorwürfe westlicher Staaten ab,", ",de,\"China hat die Hacking-Vorwürfe"}},
		{"jsonl", []string{`{"source":{"path":"../../seeds/002_4022ed2e36a13c4f.txt"`}},
	} {
		var out, errs bytes.Buffer
		if status := run([]string{"-q", "-o", c.form, seed}, &out, &errs); status != 0 {
			t.Fatalf("-o %s: exit status %d: %s", c.form, status, errs.String())
		}
		for _, h := range c.has {
			if !strings.Contains(out.String(), h) {
				t.Errorf("-o %s: output lacks %q:\n%.300s", c.form, h, out.String())
			}
		}
	}
	var errs bytes.Buffer
	if status := run([]string{"-o", "pdf", seed}, io.Discard, &errs); status != 2 || !strings.Contains(errs.String(), "unknown output format") {
		t.Errorf("-o pdf: status %d, %q", status, errs.String())
	}
}

// TestFlags: -h and -version exit 0, piped standard input is read without
// "-", and -url gives a page its address.
func TestFlags(t *testing.T) {
	var out, errs bytes.Buffer
	if status := run([]string{"-h"}, &out, &errs); status != 0 || !strings.Contains(errs.String(), "usage:") {
		t.Errorf("-h: status %d, %q", status, errs.String())
	}
	out.Reset()
	if status := run([]string{"-version"}, &out, &errs); status != 0 || !strings.HasPrefix(out.String(), "newsdump ") {
		t.Errorf("-version: status %d, %q", status, out.String())
	}
	out.Reset()
	in := strings.NewReader("Peking fordert eine Erklärung\n\n" + strings.Repeat("Die chinesische Regierung hat von den USA eine Erklärung gefordert. ", 3) + "\n")
	if status := runWith([]string{"-q", "-o", "text"}, in, &out, &errs); status != 0 || !strings.HasPrefix(out.String(), "Peking fordert eine Erklärung\n\n") {
		t.Errorf("piped standard input: status %d, %q, %s", status, out.String(), errs.String())
	}
	out.Reset()
	page := filepath.Join(t.TempDir(), "page.html")
	os.WriteFile(page, []byte("<html><body><article><h1>Radweg</h1><p>"+strings.Repeat("Der Stadtrat hat den neuen Radweg an der Hauptstraße beschlossen. ", 3)+"</p></article></body></html>"), 0o644)
	if status := run([]string{"-q", "-url", "https://example.org/2024/12/18/radweg/", page}, &out, &errs); status != 0 ||
		!strings.Contains(out.String(), `"url":"https://example.org/2024/12/18/radweg/"`) || !strings.Contains(out.String(), `"time":"2024-12-18T00:00:00`) {
		t.Errorf("-url: status %d, %.400s %s", status, out.String(), errs.String())
	}
	if status := run([]string{"-url", "example.org/x", page}, io.Discard, &errs); status != 2 {
		t.Errorf("-url without a scheme: status %d", status)
	}
}

// TestOutdirNames: a .gz input writes NAME.jsonl, and an input that cannot
// be read leaves no file.
func TestOutdirNames(t *testing.T) {
	dir, out := t.TempDir(), t.TempDir()
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte("Titel\n\n" + strings.Repeat("Ein Satz mit einigen Wörtern für den Text des Artikels. ", 3) + "\n"))
	zw.Close()
	os.WriteFile(filepath.Join(dir, "c.txt.gz"), gz.Bytes(), 0o644)
	var errs bytes.Buffer
	run([]string{"-q", "-outdir", out, filepath.Join(dir, "c.txt.gz"), filepath.Join(dir, "missing.txt")}, io.Discard, &errs)
	files, _ := filepath.Glob(filepath.Join(out, "*"))
	if len(files) != 1 || filepath.Base(files[0]) != "c.jsonl" {
		t.Errorf("output folder holds %q, want c.jsonl alone", files)
	}
}

// TestInterrupt: a run stopped (as by Ctrl-C) keeps what it wrote, says so
// in its summary, even with -q, and exits with 130.
func TestInterrupt(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	out := t.TempDir()
	var errs bytes.Buffer
	status := runContext(ctx, []string{"-q", "-outdir", out, "../../seeds/"}, nil, io.Discard, &errs)
	if status != 130 || !strings.Contains(errs.String(), "interrupted: 0 articles") {
		t.Errorf("status %d, %q; want 130 and the summary", status, errs.String())
	}
	if files, _ := filepath.Glob(filepath.Join(out, ".*")); len(files) != 0 {
		t.Errorf("temporary files left: %q", files)
	}
}

// TestComments: -comments keeps a page's comments in the body.
func TestComments(t *testing.T) {
	page := filepath.Join(t.TempDir(), "page.html")
	os.WriteFile(page, []byte("<html><body><main><h1>Radweg</h1><p>"+strings.Repeat("Der Stadtrat hat den neuen Radweg an der Hauptstraße beschlossen. ", 3)+
		"</p><section id=\"comments\"><h3>2 Kommentare</h3><div class=\"comment\"><p>Endlich kommt der Radweg, darauf haben wir in unserer Straße lange gewartet, schreibt ein Leser.</p></div></section></main></body></html>"), 0o644)
	for _, c := range []struct {
		args []string
		want bool
	}{{[]string{"-q", "-o", "text", page}, false}, {[]string{"-q", "-o", "text", "-comments", page}, true}} {
		var out, errs bytes.Buffer
		if status := run(c.args, &out, &errs); status != 0 {
			t.Fatalf("%v: status %d: %s", c.args, status, errs.String())
		}
		if got := strings.Contains(out.String(), "Endlich kommt der Radweg"); got != c.want {
			t.Errorf("%v: comment in the text %v, want %v:\n%s", c.args, got, c.want, out.String())
		}
	}
}
