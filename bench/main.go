// Command bench compares newsdump with go-trafilatura (with its fallbacks)
// and go-readability on a folder of HTML pages and a gold file in the
// format of the trafilatura evaluation corpus, and prints one table:
// precision, recall and F1 of the main text, the accuracy of title, date
// and author where the gold file gives them, throughput and peak memory.
//
//	cd bench && go run . -gold ../../shared/devset/gold.json -pages ../../shared/devset/html
//
// With -readability DIR it scores the main text by word shingles on pages
// whose expected text is given as HTML instead (see shingles.go):
//
//	cd bench && go run . -readability ../../shared/devset-readability/pages
//
// With -dates FILE it times the date parsers instead (see dates.go):
// newsdump's, go-dateparser and chrono-node (in Node.js, after npm install
// in bench/chrono) on the expressions of FILE, one a line:
//
//	cd bench && go run . -dates testdata/dates.txt -runs 5
//
// It lives in a module of its own, so that the library's users never
// download the tools it compares with. Each tool runs in a process of its
// own (the command starts itself with -tool), one goroutine, so that its
// peak memory (maximum resident set) is its own; the pages are read into
// memory first and the fastest of -runs passes counts.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"text/tabwriter"
	"time"

	"github.com/newsdump/newsdump/internal/score"
)

// An output is what a tool extracted from one page.
type output struct {
	Text, Title, Date, Author string
	Main                      string // the main text without the title, for -readability
}

// A result is one tool's run over all pages.
type result struct {
	Tool    string
	Outputs map[string]output // by gold key
	Bytes   int
	Best    time.Duration
	RSS     int64 // peak resident set in bytes, filled by the parent
}

var tools = []string{"newsdump", "newsdump-verbatim", "go-trafilatura", "go-readability"}

func main() {
	goldPath := flag.String("gold", "", "gold file (JSON)")
	pages := flag.String("pages", "", "folder of the HTML pages the gold file names")
	runs := flag.Int("runs", 3, "timed passes over all pages; the fastest counts")
	tool := flag.String("tool", "", "run one tool and write its result as JSON (used by the command itself)")
	readabilityDir := flag.String("readability", "", "score the main text by word shingles on the pages of this folder (NAME/source.html, NAME/expected.html) instead")
	worst := flag.Int("worst", 0, "with -readability, list this many pages on which the first tool scores lowest")
	datesFile := flag.String("dates", "", "time the date parsers (newsdump, go-dateparser, chrono-node) on the lines of this file instead")
	flag.Parse()
	if *datesFile != "" {
		runDates(os.Stdout, *datesFile, *runs)
		return
	}
	if *readabilityDir != "" {
		runReadability(*readabilityDir, *worst)
		return
	}
	if *goldPath == "" || *pages == "" {
		fmt.Fprintln(os.Stderr, "usage: bench -gold GOLD.json -pages FOLDER [-runs N]")
		os.Exit(2)
	}
	gold, err := score.ReadGold(*goldPath)
	if err != nil && gold == nil {
		fail(err)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "warning:", err) // the entries that do not read are left out
	}
	if *tool != "" {
		res := runTool(*tool, gold, *pages, *runs)
		if err := json.NewEncoder(os.Stdout).Encode(res); err != nil {
			fail(err)
		}
		return
	}
	var results []result
	for _, t := range tools {
		res, err := runChild(t, *goldPath, *pages, *runs)
		if err != nil {
			fail(fmt.Errorf("%s: %v", t, err))
		}
		results = append(results, res)
	}
	printTable(os.Stdout, gold, results)
}

// runChild runs one tool in a process of its own and reads its result and
// peak memory.
func runChild(tool, gold, pages string, runs int) (result, error) {
	self, err := os.Executable()
	if err != nil {
		return result{}, err
	}
	cmd := exec.Command(self, "-tool", tool, "-gold", gold, "-pages", pages, "-runs", fmt.Sprint(runs))
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, os.Stderr
	if err := cmd.Run(); err != nil {
		return result{}, err
	}
	var res result
	if err := json.Unmarshal(out.Bytes(), &res); err != nil {
		return result{}, err
	}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		res.RSS = ru.Maxrss * 1024 // kilobytes on Linux
	}
	return res, nil
}

// runTool extracts every page with one tool, runs times, and keeps the
// outputs of the last pass and the fastest time.
func runTool(tool string, gold map[string]score.Gold, pages string, runs int) result {
	extract, ok := extractors[tool]
	if !ok {
		fail(fmt.Errorf("unknown tool %q", tool))
	}
	type page struct {
		key  string
		data []byte
	}
	var ps []page
	res := result{Tool: tool, Outputs: map[string]output{}}
	for _, k := range sortedKeys(gold) {
		data, err := os.ReadFile(filepath.Join(pages, gold[k].File))
		if err != nil {
			continue
		}
		ps = append(ps, page{k, data})
		res.Bytes += len(data)
	}
	for i := 0; i < runs; i++ {
		start := time.Now()
		for _, p := range ps {
			out := extract(p.data, pageURL(p.key))
			if i == runs-1 {
				res.Outputs[p.key] = out
			}
		}
		if d := time.Since(start); res.Best == 0 || d < res.Best {
			res.Best = d
		}
	}
	return res
}

// pageURL returns the URL of a gold key, which may carry a prefix
// ("hard::https://...").
func pageURL(key string) string {
	if i := strings.Index(key, "::"); i >= 0 {
		return key[i+2:]
	}
	return key
}

func sortedKeys(gold map[string]score.Gold) []string {
	keys := make([]string, 0, len(gold))
	for k := range gold {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// An accuracy counts the pages whose gold field a tool got right.
type accuracy struct{ right, total int }

func (a accuracy) String() string {
	if a.total == 0 {
		return "-"
	}
	return fmt.Sprintf("%.3f", float64(a.right)/float64(a.total))
}

func printTable(w *os.File, gold map[string]score.Gold, results []result) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "tool\tprecision\trecall\tF1\ttitle\tdate\tauthor\tMB/s\tpeak MB\t")
	for _, res := range results {
		var s score.Counts
		var title, date, author accuracy
		for k, g := range gold {
			out, ok := res.Outputs[k]
			if !ok {
				continue
			}
			text := score.Fold(out.Text)
			for _, snip := range g.With {
				if strings.Contains(text, score.Fold(snip)) {
					s.TP++
				} else {
					s.FN++
				}
			}
			for _, snip := range g.Without {
				if strings.Contains(text, score.Fold(snip)) {
					s.FP++
				}
			}
			if g.Title != "" {
				title.total++
				if sameText(out.Title, g.Title) {
					title.right++
				}
			}
			if d := goldDate(g.Date); d != "" {
				date.total++
				if out.Date == d {
					date.right++
				}
			}
			if g.Author != "" {
				author.total++
				if sameAuthor(out.Author, g.Author) {
					author.right++
				}
			}
		}
		p, r, f := s.PRF()
		mbs := float64(res.Bytes) / 1e6 / res.Best.Seconds()
		fmt.Fprintf(tw, "%s\t%.3f\t%.3f\t%.3f\t%s\t%s\t%s\t%.1f\t%.0f\t\n", res.Tool, p, r, f, title, date, author, mbs, float64(res.RSS)/1e6)
	}
	tw.Flush()
	fmt.Fprintf(w, "\n%d pages; title, date and author over the pages whose gold gives them (%s)\n", len(gold), counts(gold))
}

func counts(gold map[string]score.Gold) string {
	t, d, a := 0, 0, 0
	for _, g := range gold {
		if g.Title != "" {
			t++
		}
		if goldDate(g.Date) != "" {
			d++
		}
		if g.Author != "" {
			a++
		}
	}
	return fmt.Sprintf("%d titles, %d dates, %d authors", t, d, a)
}

// marks maps the typographic marks to plain ones, so that a title is not
// wrong for its quotation marks or dashes.
var marks = strings.NewReplacer("„", `"`, "“", `"`, "”", `"`, "«", `"`, "»", `"`, "‚", "'", "‘", "'", "’", "'", "–", "-", "—", "-", "\u00a0", " ")

// sameText compares titles: white space folded, marks plain, case ignored.
func sameText(a, b string) bool {
	return strings.EqualFold(score.Fold(marks.Replace(a)), score.Fold(marks.Replace(b)))
}

// sameAuthor reports whether an extracted author names the gold author:
// one holds the other, case ignored.
func sameAuthor(got, want string) bool {
	got, want = strings.ToLower(score.Fold(got)), strings.ToLower(score.Fold(want))
	return got != "" && (strings.Contains(got, want) || strings.Contains(want, got))
}

// goldDate returns a gold date as YYYY-MM-DD, or "" where it is none.
func goldDate(s string) string {
	if t, err := time.Parse("2006-01-02", strings.TrimSpace(s)); err == nil {
		return t.Format("2006-01-02")
	}
	return ""
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "bench:", err)
	os.Exit(1)
}
