package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	dps "github.com/markusmobius/go-dateparser"

	"github.com/newsdump/newsdump/normalize"
)

// datesRef is the reference time of relative expressions in -dates.
var datesRef = time.Date(2024, 12, 20, 10, 30, 0, 0, time.UTC)

// A dateResult is one date parser's run over the lines of a file.
type dateResult struct {
	Tool       string
	NsPerLine  float64
	Found      int // lines that gave a date
	Lines      int
	Unmeasured string // why the tool was not run
}

// runDates times newsdump's DateParser, go-dateparser and chrono-node
// (German, then English, where a parser takes one language at a time) on
// the lines of file, each line parsed whole against the same reference
// time, and prints the time per line of the fastest of runs passes, the
// lines that gave a date, and how many times faster newsdump is. All run
// on one goroutine; chrono-node runs in a Node.js process of its own
// (bench/chrono, after npm install there), timed inside it.
func runDates(w io.Writer, file string, runs int) {
	lines, err := readLines(file)
	if err != nil {
		fail(err)
	}
	p := normalize.DateParser{Reference: datesRef}
	cfg := &dps.Configuration{Languages: []string{"de", "en"}, CurrentTime: datesRef, DefaultTimezone: time.UTC}
	results := []dateResult{
		timeParser("newsdump", lines, runs, func(s string) bool { _, ok := p.Parse(s); return ok }),
		timeParser("go-dateparser", lines, runs, func(s string) bool { _, err := dps.Parse(cfg, s); return err == nil }),
		runChrono(file, runs),
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "parser\tµs per line\tlines with a date\tnewsdump is faster\t")
	for _, r := range results {
		if r.Unmeasured != "" {
			fmt.Fprintf(tw, "%s\t-\t-\t%s\t\n", r.Tool, r.Unmeasured)
			continue
		}
		fmt.Fprintf(tw, "%s\t%.2f\t%d of %d\t%.0f×\t\n", r.Tool, r.NsPerLine/1e3, r.Found, r.Lines, r.NsPerLine/results[0].NsPerLine)
	}
	tw.Flush()
}

func readLines(file string) ([]string, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var lines []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if l := strings.TrimSpace(sc.Text()); l != "" {
			lines = append(lines, l)
		}
	}
	return lines, sc.Err()
}

// timeParser times parse over the lines, runs passes, the fastest counting.
func timeParser(tool string, lines []string, runs int, parse func(string) bool) dateResult {
	res := dateResult{Tool: tool, Lines: len(lines)}
	best := time.Duration(0)
	for range max(runs, 1) {
		found := 0
		start := time.Now()
		for _, l := range lines {
			if parse(l) {
				found++
			}
		}
		if d := time.Since(start); best == 0 || d < best {
			best = d
		}
		res.Found = found
	}
	res.NsPerLine = float64(best.Nanoseconds()) / float64(len(lines))
	return res
}

// runChrono runs bench/chrono/parse.mjs, which times chrono-node.
func runChrono(file string, runs int) dateResult {
	res := dateResult{Tool: "chrono-node"}
	script := filepath.Join("chrono", "parse.mjs")
	if _, err := os.Stat(filepath.Join("chrono", "node_modules", "chrono-node")); err != nil {
		res.Unmeasured = "not installed: cd chrono && npm install"
		return res
	}
	out, err := exec.Command("node", script, file, fmt.Sprint(max(runs, 1)), datesRef.Format(time.RFC3339)).Output()
	if err != nil {
		res.Unmeasured = "node: " + err.Error()
		return res
	}
	if err := json.Unmarshal(out, &res); err != nil {
		res.Unmeasured = "bad output: " + err.Error()
	}
	res.Tool = "chrono-node"
	return res
}
