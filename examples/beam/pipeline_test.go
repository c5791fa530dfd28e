package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"

	"github.com/newsdump/newsdump/article"
)

func TestMain(m *testing.M) { ptest.Main(m) }

// run runs the pipeline with the local runner and returns the articles
// written, the errors and the summary.
func run(t *testing.T, cfg Config) (arts []*article.Article, errs []map[string]any, sum map[string]int) {
	t.Helper()
	cfg.Output = t.TempDir()
	p, s := beam.NewPipelineWithRoot()
	Build(s, cfg)
	if err := ptest.Run(p); err != nil {
		t.Fatal(err)
	}
	shards, _ := filepath.Glob(filepath.Join(cfg.Output, "articles-*.jsonl"))
	for _, f := range shards {
		for _, line := range lines(t, f) {
			var a article.Article
			if err := json.Unmarshal([]byte(line), &a); err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			arts = append(arts, &a)
		}
	}
	if _, err := os.Stat(filepath.Join(cfg.Output, "errors.jsonl")); err == nil {
		for _, line := range lines(t, filepath.Join(cfg.Output, "errors.jsonl")) {
			var e map[string]any
			if err := json.Unmarshal([]byte(line), &e); err != nil {
				t.Fatal(err)
			}
			errs = append(errs, e)
		}
	}
	b, err := os.ReadFile(filepath.Join(cfg.Output, "summary.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &sum); err != nil {
		t.Fatal(err)
	}
	return arts, errs, sum
}

func lines(t *testing.T, name string) []string {
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		out = append(out, sc.Text())
	}
	return out
}

// TestSeeds runs the pipeline on the seeds and on copies of them: one
// exact, one with a word changed, and two inputs that give errors. The
// copies are dropped as duplicates, and every input is an article or an
// error.
func TestSeeds(t *testing.T) {
	dir := t.TempDir()
	seed, err := os.ReadFile("../../seeds/002_4022ed2e36a13c4f.txt")
	if err != nil {
		t.Fatal(err)
	}
	changed := bytes.Replace(seed, []byte("am Dienstag"), []byte("am Mittwoch"), 1)
	if bytes.Equal(changed, seed) {
		t.Fatal("the seed has no word to change")
	}
	os.WriteFile(filepath.Join(dir, "copy.txt"), seed, 0o644)
	os.WriteFile(filepath.Join(dir, "changed.txt"), changed, 0o644)
	os.WriteFile(filepath.Join(dir, "binary.txt"), []byte("\x00\x01\x02 not text \x00"), 0o644)
	os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644)
	// The changed copy must be a near duplicate, not an exact one.
	fp := func(name string) article.Fingerprint {
		for a, err := range article.Open(name).All() {
			if err == nil {
				return a.Fingerprint
			}
		}
		return 0
	}
	d := fp("../../seeds/002_4022ed2e36a13c4f.txt").Distance(fp(filepath.Join(dir, "changed.txt")))
	if d == 0 || d > article.NearDistance {
		t.Fatalf("the changed copy is %d bits away; the test needs 1 to %d", d, article.NearDistance)
	}

	arts, errs, sum := run(t, Config{Inputs: []string{"../../seeds/*.txt", filepath.Join(dir, "*.txt")}, Shards: 3})
	if len(arts) != 5 {
		t.Errorf("%d articles written, want the 5 seeds", len(arts))
	}
	seen := map[string]bool{}
	for i, a := range arts {
		if !strings.HasPrefix(a.Source.Path, "../../seeds/") {
			t.Errorf("article from %s written; want the seeds' only", a.Source.Path)
		}
		if seen[a.Source.Path] {
			t.Errorf("two articles of %s", a.Source.Path)
		}
		seen[a.Source.Path] = true
		for _, b := range arts[:i] {
			if a.Fingerprint.Near(b.Fingerprint) {
				t.Errorf("near duplicates written: %s and %s", a.Source.Path, b.Source.Path)
			}
		}
	}
	if len(errs) != 2 {
		t.Errorf("errors %v, want the binary and the empty input's", errs)
	}
	want := map[string]int{
		"inputs": 9, "articles read": 7, "articles written": 5, "errors": 2,
		"duplicates dropped/exact": 1, "duplicates dropped/near": 1,
	}
	for k, v := range want {
		if sum[k] != v {
			t.Errorf("summary %q = %d, want %d (%v)", k, sum[k], v, sum)
		}
	}
	if n := sum["inputs without article or error"]; n != 0 {
		t.Errorf("%d inputs gave neither article nor error", n)
	}
	if sum["articles read"] != sum["articles written"]+sum["duplicates dropped/exact"]+sum["duplicates dropped/near"] {
		t.Errorf("articles read are not those written and dropped: %v", sum)
	}
}

// TestWARCParts reads WARC files cut into parts of a few hundred bytes:
// every response gives its article once, with offsets in the whole file.
func TestWARCParts(t *testing.T) {
	dir := t.TempDir()
	const n = 40
	for _, perRecord := range []bool{false, true} {
		name := filepath.Join(dir, "crawl.warc")
		if perRecord {
			name += ".gz"
		}
		os.WriteFile(name, makeWARC(n, perRecord), 0o644)
	}
	arts, errs, sum := run(t, Config{Inputs: []string{filepath.Join(dir, "*")}, PartSize: 700, Distance: -1})
	if len(errs) > 0 {
		t.Errorf("errors: %v", errs)
	}
	// The two files hold the same pages: one of each pair is dropped.
	if sum["articles read"] != 2*n || len(arts) != n || sum["duplicates dropped/exact"] != n {
		t.Errorf("read %d, written %d, dropped %d; want %d, %d, %d", sum["articles read"], len(arts), sum["duplicates dropped/exact"], 2*n, n, n)
	}
	if sum["skipped/request"] != 2*n {
		t.Errorf("skipped requests %d, want %d (%v)", sum["skipped/request"], 2*n, sum)
	}
	for _, a := range arts {
		data, _ := os.ReadFile(a.Source.Path)
		if a.Source.GzipLength > 0 {
			continue // the record is compressed; its offsets are in the decompressed parts
		}
		if !bytes.HasPrefix(data[a.Source.Offset:], []byte("WARC/1.1")) {
			t.Errorf("%s: record %s at offset %d does not start there", a.Source.Path, a.URL, a.Source.Offset)
		}
	}
}

// makeWARC writes n request and response records of pages.
func makeWARC(n int, perRecord bool) []byte {
	var out bytes.Buffer
	for i := range n {
		body := fmt.Sprintf("<html><head><title>Seite %d</title></head><body><article><h1>Seite %d</h1><p>Der Rat der Stadt hat am Dienstag über den Haushalt für das Jahr %d beraten und mehrere Anträge der Fraktionen zur Sanierung von Schulen, Brücken und Straßen angenommen.</p></article></body></html>", i, i, 2000+i)
		resp := "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + body
		for _, rec := range []struct{ typ, content string }{
			{"request", "GET /" + fmt.Sprint(i) + " HTTP/1.1\r\nHost: example.de\r\n\r\n"},
			{"response", resp},
		} {
			raw := fmt.Sprintf("WARC/1.1\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:%s-%d>\r\nWARC-Date: 2024-03-05T10:00:00Z\r\nWARC-Target-URI: https://example.de/%d\r\nContent-Type: application/http\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n",
				rec.typ, rec.typ, i, i, len(rec.content), rec.content)
			if !perRecord {
				out.WriteString(raw)
				continue
			}
			zw := gzip.NewWriter(&out)
			zw.Write([]byte(raw))
			zw.Close()
		}
	}
	return out.Bytes()
}
