// Command newsdump turns raw news dumps into clean, typed articles.
//
// Usage:
//
//	newsdump [-ref DATE] [-format auto|text] [-text] PATH... | -
//
// Each PATH is a file or a folder (read recursively, files sorted by name);
// "-" reads standard input. newsdump writes one JSON object per article per
// line, or with -text the title, teaser and body paragraphs separated by
// blank lines, articles separated by a form feed line. Problems go to standard error
// with path and line; the exit status is 1 when an input, or a part of one,
// could not be read, and 2 for bad usage.
//
// -ref sets the reference time for relative dates ("vor 3 Stunden"): a date
// (2024-12-20, midnight UTC) or an RFC 3339 time (2024-12-20T12:00:00+01:00).
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/newsdump/newsdump/article"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run is the command with its arguments and outputs; it returns the exit
// status.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("newsdump", flag.ContinueOnError)
	fs.SetOutput(stderr)
	ref := fs.String("ref", "", "reference time for relative dates: `DATE` (2024-12-20) or RFC 3339 time")
	format := fs.String("format", "auto", "input format: auto or text")
	text := fs.Bool("text", false, "write title and body as text instead of JSON Lines")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: newsdump [-ref DATE] [-format auto|text] [-text] PATH... | -\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	r := article.Open(fs.Args()...)
	if *ref != "" {
		t, err := parseRef(*ref)
		if err != nil {
			fmt.Fprintf(stderr, "newsdump: -ref: %v\n", err)
			return 2
		}
		r.Reference = t
	}
	switch *format {
	case "auto":
		r.Format = article.FormatAuto
	case "text":
		r.Format = article.FormatText
	default:
		fmt.Fprintf(stderr, "newsdump: -format: unknown format %q (want auto or text)\n", *format)
		return 2
	}

	w := bufio.NewWriter(stdout)
	defer w.Flush()
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	status, n := 0, 0
	for a, err := range r.All() {
		if err != nil {
			fmt.Fprintf(stderr, "newsdump: %v\n", err)
			status = 1
		}
		if a == nil {
			continue
		}
		if *text {
			if n > 0 {
				w.WriteString("\f\n")
			}
			writeText(w, a)
		} else if err := enc.Encode(a); err != nil {
			fmt.Fprintf(stderr, "newsdump: %v\n", err)
			return 1
		}
		n++
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintf(stderr, "newsdump: %v\n", err)
		return 1
	}
	return status
}

// parseRef reads a date or an RFC 3339 time.
func parseRef(s string) (time.Time, error) {
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%q is neither a date (2024-12-20) nor an RFC 3339 time (2024-12-20T12:00:00+01:00)", s)
	}
	return t, nil
}

// writeText writes the title, the teaser and the paragraphs, separated by
// blank lines.
func writeText(w *bufio.Writer, a *article.Article) {
	var parts []string
	for _, t := range []string{a.Title, a.Teaser} {
		if t != "" {
			parts = append(parts, t)
		}
	}
	for _, p := range a.Body {
		parts = append(parts, p.Text)
	}
	w.WriteString(strings.Join(parts, "\n\n"))
	w.WriteString("\n")
}
