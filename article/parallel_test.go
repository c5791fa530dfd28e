package article

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/newsdump/newsdump/boilerplate"
)

// parallelInputs returns inputs of every format, with errors among them.
func parallelInputs(t *testing.T) []string {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.warc"), makeWARC(warcSample(), false), 0o644)
	os.WriteFile(filepath.Join(dir, "b.jsonl"), []byte(`{"text":"`+para+`"}`+"\nkein JSON\n"+`{"html":"<p>`+enPara+`</p>"}`+"\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "c.bin"), []byte("\x00\x01\x02binär"), 0o644)
	os.WriteFile(filepath.Join(dir, "d.txt"), []byte("Titel\n\n"+para+"\n\xff kaputt\n\n\f\nNoch ein Titel\n\n"+enPara+"\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "e.txt"), nil, 0o644)
	// Text split by the workers: separators of each kind, a form feed with
	// the next title after it, a line too long, invalid UTF-8, and seeds
	// run together without separators for longer than a chunk.
	var seeds []byte
	files, _ := filepath.Glob(filepath.Join("..", "seeds", "*.txt"))
	for _, f := range files {
		b, _ := os.ReadFile(f)
		seeds = append(seeds, b...)
	}
	os.WriteFile(filepath.Join(dir, "f.txt"), []byte("Eins\n\n"+para+"\n===\nZwei\n\n"+para+"\n(ako)\fDrei\n\n"+para+"\n"+
		strings.Repeat("x", DefaultMaxLineBytes+10)+"\n\nVier\n\n"+para+"\xff\n\f\n\n"+string(seeds)+string(seeds)+"\f\n"+string(seeds)), 0o644)
	return []string{filepath.Join("..", "seeds"), filepath.Join("..", "testdata", "pages"), dir, filepath.Join("testdata", "wget.warc.gz")}
}

// A readResult is an article, as JSON, and an error, as text.
type readResult struct {
	A   string
	Err string
}

func collect(seq func(func(*Article, error) bool)) []readResult {
	var out []readResult
	for a, err := range seq {
		var res readResult
		if a != nil {
			j, _ := json.Marshal(a)
			res.A = string(j)
		}
		if err != nil {
			res.Err = err.Error()
		}
		out = append(out, res)
	}
	return out
}

// TestParallel: Parallel gives what All gives, in the same order, with any
// number of workers, and counts the same skipped records.
func TestParallel(t *testing.T) {
	inputs := parallelInputs(t)
	r := Open(inputs...)
	want := collect(r.All())
	wantSkips := r.Skipped()
	if len(want) < 20 {
		t.Fatalf("only %d results", len(want))
	}
	for _, workers := range []int{1, 2, 5, 0} {
		r := Open(inputs...)
		r.maxChunk = 20 << 10 // smaller than the seeds run together
		got := collect(r.Parallel(workers))
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%d workers (-All +Parallel):\n%s", workers, diff)
		}
		if diff := cmp.Diff(wantSkips, r.Skipped()); diff != "" {
			t.Errorf("%d workers: skipped (-All +Parallel):\n%s", workers, diff)
		}
	}
	// With Repeats, articles are parsed one after another, as by All.
	r = Open(inputs...)
	r.Repeats = boilerplate.NewRepeats()
	want = collect(r.All())
	r = Open(inputs...)
	r.Repeats = boilerplate.NewRepeats()
	if diff := cmp.Diff(want, collect(r.Parallel(4))); diff != "" {
		t.Errorf("with Repeats (-All +Parallel):\n%s", diff)
	}
}

// TestParallelStop: a loop that stops early leaves no goroutine behind.
func TestParallelStop(t *testing.T) {
	before := runtime.NumGoroutine()
	for _, stop := range []int{0, 1, 7} {
		n := 0
		for range Open(parallelInputs(t)...).Parallel(3) {
			if n == stop {
				break
			}
			n++
		}
	}
	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before {
		t.Errorf("%d goroutines after the loops, %d before", n, before)
	}
}

// TestProgress: after reading, Progress is the size of the files read,
// compressed ones and zip archives by their stored size.
func TestProgress(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.zip"), makeZip(t, [2]string{"a.txt", "Eins\n\n" + para + "\n"}), 0o644)
	inputs := append(parallelInputs(t), dir)
	var want int64
	for _, in := range inputs {
		filepath.WalkDir(in, func(path string, d os.DirEntry, err error) error {
			if info, err := d.Info(); err == nil && info.Mode().IsRegular() {
				want += info.Size()
			}
			return nil
		})
	}
	r := Open(inputs...)
	for range r.Parallel(2) {
	}
	if got := r.Progress(); got != want {
		t.Errorf("Progress() = %d after reading %d bytes", got, want)
	}
}

// Parallel reads as All does, in the same order, parsing on every core.
func ExampleReader_Parallel() {
	r := Open("../seeds")
	for a, err := range r.Parallel(0) {
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%s:%d %s\n", filepath.Base(a.Source.Path), a.Source.Line, a.Title)
	}
	// Output:
	// 000_fa852c5e1f7d7c3a.txt:1 US-Spionage bei Huawei: Peking fordert eine Erklärung
	// 001_5c4436813074ef2d.txt:1 Beijing demands US explain Huawei spying
	// 002_4022ed2e36a13c4f.txt:1 Microsoft Exchange Server: China streitet Hacking-Vorwürfe westlicher Staaten ab
	// 003_3ccce98ca6cc9835.txt:1 USA und China arbeiten bei Cybersecurity zusammen
	// 004_4b662a15eab2b1b0.txt:1 Alibaba-Unternehmen beschuldigt
}

// A WARC file gives an article for each page it holds, with the page's
// address, the time it was fetched and the record it came from.
func ExampleReader_Read_warc() {
	r := Open(filepath.Join("testdata", "wget.warc.gz"))
	for a, err := range r.All() {
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("record %d (gzip member at %d, %d bytes): %s %q\n", a.Source.Record, a.Source.GzipOffset, a.Source.GzipLength, a.URL, a.Title)
	}
	fmt.Println(r.Skipped())
	// Output:
	// record 3 (gzip member at 862, 2157 bytes): http://127.0.0.1:8765/de-lokal.html "Stadtrat beschließt neuen Radweg an der Hauptstraße"
	// record 5 (gzip member at 3426, 1516 bytes): http://127.0.0.1:8765/en-blog.html "How we moved our servers in a weekend"
	// record 7 (gzip member at 5346, 512 bytes): http://127.0.0.1:8765/notiz.txt "Ein Text"
	// map[metadata:1 request:4 resource: metadata::2 response: status 404:1 warcinfo:1]
}

// FuzzParallel checks that Parallel, splitting text in small chunks on its
// workers, gives what All gives.
func FuzzParallel(f *testing.F) {
	f.Add([]byte("Eins\n\n" + para + "\n\f\nZwei\n\n" + para + "\n===\n(ako)\fDrei\n\n" + para))
	f.Add([]byte("a\n\f\n\xff\n\f\n\n\f"))
	f.Fuzz(func(t *testing.T, data []byte) {
		all := NewReader(bytes.NewReader(data))
		all.MaxLineBytes = 64
		want := collect(all.All())
		par := NewReader(bytes.NewReader(data))
		par.MaxLineBytes, par.maxChunk = 64, 100
		if diff := cmp.Diff(want, collect(par.Parallel(2))); diff != "" {
			t.Errorf("(-All +Parallel):\n%s", diff)
		}
	})
}

// FuzzParallelText: Parallel splits texts of long lines as All does, with
// the starts that read a text's words and lines (topic-shift, a repeated
// page opening, runs of blank lines) in chunks cut at separators.
func FuzzParallelText(f *testing.F) {
	for _, name := range []string{"topics.txt", "site-pages.txt", "blank-lines.txt"} {
		data, err := os.ReadFile(filepath.Join("../testdata/dumps", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data, 3)
	}
	f.Fuzz(func(t *testing.T, data []byte, sep int) {
		// A separator after every sep-th blank line, at most eight.
		var text []byte
		n, seps := 0, 0
		for _, line := range bytes.SplitAfter(data, []byte("\n")) {
			text = append(text, line...)
			if len(bytes.TrimSpace(line)) == 0 && sep > 0 && seps < 8 {
				if n++; n%sep == 0 {
					text = append(text, "---\n"...)
					seps++
				}
			}
		}
		want := collect(NewReader(bytes.NewReader(text)).All())
		par := NewReader(bytes.NewReader(text))
		par.maxChunk = 1 << 16
		if diff := cmp.Diff(want, collect(par.Parallel(2))); diff != "" {
			t.Errorf("(-All +Parallel):\n%s", diff)
		}
	})
}
