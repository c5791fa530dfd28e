// Command newsdump turns raw news dumps into clean, typed articles.
//
// Usage:
//
//	newsdump [-o jsonl|text|markdown|csv] [-ref DATE] [-format auto|text|html|jsonl|warc] [-url URL] [-q] [-workers N]
//		[-outdir DIR] [-repeats | -keep-repeats] [-comments] [-verbatim] [-precision | -recall] [-split MODE]
//		[-marks STYLE] [-dashes] [-map-guillemets] [-version] [PATH... | -]
//
// HTML pages are read as one article each, JSON Lines as one article a
// record, WARC files as one article a response, resource or conversion
// record that holds a page or text; gzip, tar and their mixtures are
// unpacked (see package article).
//
// Each PATH is a file or a folder (read recursively, files sorted by name);
// "-" reads standard input, as does no PATH when standard input is piped.
// newsdump writes one JSON object per article per line (-o jsonl), or with
// -o text the title, teaser and body paragraphs separated by blank lines,
// with -o markdown the same as Markdown with authors and date, articles
// separated by a form feed line; -o csv writes a row per article (url,
// title, published, authors, language, text) under a header. -text is -o
// text. With -outdir DIR the articles of each input NAME.EXT (or
// NAME.EXT.gz) go to DIR/NAME.jsonl (.txt, .md, .csv), so that each page
// can be scored on its own; two inputs of one name get NAME and NAME-2,
// never one merged file, and an input that cannot be read leaves none.
// -url gives the address of an HTML page read from a file (links, the
// site's profile, a date in its path), -comments keeps pages' comments,
// -h prints the usage and -version the version, both exiting 0. Problems go to standard error
// with path and line; the exit status is 1 when an input, or a part of one,
// could not be read, and 2 for bad usage. At the end a summary goes to
// standard error (articles, errors, bytes and MB/s); -q leaves it out.
//
// -precision keeps less at the edge of the main text and -recall more
// (article.Reader.Focus). An output never replaces or feeds an input:
// -outdir onto an input, an -outdir inside an input folder, and standard
// output redirected into an input are refused with status 2.
//
// -split chooses where a text is cut into articles (article.Reader.Split):
// auto cuts at separators (form feeds, lines of "=", "-" or "*"), at the
// headers of records of press databases and scrapers (LexisNexis,
// Factiva, Genios, Key: value blocks) and where the text shows a new
// article starts; separator at separators only; header at separators and
// records' headers; none reads each input as one article.
//
// -ref sets the reference time for relative dates ("vor 3 Stunden"): a date
// (2024-12-20, midnight UTC) or an RFC 3339 time (2024-12-20T12:00:00+01:00).
//
// Text is normalized as package normalize describes: HTML references
// decoded, mojibake repaired, invisible characters removed, quotation
// marks set by each article's language. -marks chooses the marks
// (typographic, german-guillemets, swiss-guillemets, ascii), -dashes sets
// a hyphen between spaces as an en dash, -map-guillemets rewrites
// guillemets too, and -verbatim keeps the text as written.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"maps"
	"net/url"
	"os"
	"os/signal"
	"runtime/debug"
	"runtime/pprof"
	"slices"
	"strings"
	"sync/atomic"
	"time"

	"github.com/newsdump/newsdump/article"
	"github.com/newsdump/newsdump/boilerplate"
	"github.com/newsdump/newsdump/normalize"
)

func main() {
	os.Exit(runWith(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// version is the command's version, set at build time with -ldflags
// "-X main.version=v0.1.0", else read from the module's build information.
var version = ""

// run is the command with its arguments and outputs, without standard
// input; it returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	return runWith(args, nil, stdout, stderr)
}

// runWith is run with standard input: read when it is given as "-", or
// when no path is given and it is piped (not a terminal).
func runWith(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return runContext(context.Background(), args, stdin, stdout, stderr)
}

// runContext is runWith that stops reading when ctx is done or Ctrl-C is
// pressed, keeping what was written and printing the summary.
func runContext(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("newsdump", flag.ContinueOnError)
	fs.SetOutput(stderr)
	ref := fs.String("ref", "", "reference time for relative dates: `DATE` (2024-12-20) or RFC 3339 time")
	format := fs.String("format", "auto", "input format: auto (by content), text, html, jsonl or warc")
	text := fs.Bool("text", false, "write title and body as text instead of JSON Lines (-o text)")
	outFormat := fs.String("o", "jsonl", "output `FORMAT`: jsonl (an object per article), text (title, teaser and paragraphs), markdown, or csv (a row per article: url, title, published, authors, language, text)")
	pageURL := fs.String("url", "", "the address of the HTML page read (Reader.URL): the article's URL, links resolved, the site's profile, a date in its path")
	comments := fs.Bool("comments", false, "keep the comments of HTML pages (Reader.Comments)")
	showVersion := fs.Bool("version", false, "print the version and exit")
	repeats := fs.Bool("repeats", false, "remove lines that recur on many pages of the input (menus, footers), learned as the pages are read")
	keepRepeats := fs.Bool("keep-repeats", false, "keep the paragraphs that recur on the pages of a site, which are removed from the fourth page on by default (Reader.KeepRepeats)")
	verbatim := fs.Bool("verbatim", false, "write titles, teasers and paragraphs as the input has them, without normalizing quotation marks and invisible characters")
	quiet := fs.Bool("q", false, "print no summary on standard error")
	cpuprofile := fs.String("cpuprofile", "", "write a CPU profile to `FILE`")
	workers := fs.Int("workers", 0, "parse on `N` goroutines (0: one for each core); the output is in input order either way")
	precision := fs.Bool("precision", false, "keep less at the edge of the main text: short lines before and after its prose (Reader.Focus)")
	recall := fs.Bool("recall", false, "keep more at the edge of the main text: lines judged only by where they stand (Reader.Focus)")
	outdir := fs.String("outdir", "", "write the articles of each input NAME.EXT to `DIR`/NAME.txt (with -text) or DIR/NAME.jsonl")
	var split article.Split
	fs.TextVar(&split, "split", article.SplitAuto, "where a text is cut into articles: `MODE` auto (separators, record headers, and where a new article starts), separator, header or none (Reader.Split)")
	var norm normalize.Normalizer
	fs.TextVar(&norm.Marks, "marks", normalize.Typographic, "quotation marks: `STYLE` typographic, german-guillemets, swiss-guillemets or ascii")
	fs.BoolVar(&norm.Dashes, "dashes", false, "set a hyphen between spaces as an en dash")
	fs.BoolVar(&norm.MapGuillemets, "map-guillemets", false, "rewrite guillemets into the marks of -marks")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: newsdump [-o jsonl|text|markdown|csv] [-ref DATE] [-format auto|text|html|jsonl|warc] [-url URL] [-q] [-workers N] [-outdir DIR] [-repeats | -keep-repeats] [-comments] [-verbatim] [-precision | -recall] [-split MODE] [-marks STYLE] [-dashes] [-map-guillemets] [-version] [PATH... | -]\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0 // -h: the usage was asked for
		}
		return 2
	}
	if *showVersion {
		fmt.Fprintf(stdout, "newsdump %s\n", commandVersion())
		return 0
	}
	paths := fs.Args()
	if len(paths) == 0 && piped(stdin) {
		paths = []string{"-"}
	}
	if len(paths) == 0 {
		fs.Usage()
		return 2
	}
	form := *outFormat
	if *text {
		form = "text"
	}
	if !slices.Contains([]string{"jsonl", "text", "markdown", "csv"}, form) {
		fmt.Fprintf(stderr, "newsdump: -o: unknown output format %q (want jsonl, text, markdown or csv)\n", form)
		return 2
	}
	r := article.Open(paths...)
	if slices.Contains(paths, "-") && stdin != nil {
		r.Stdin = stdin
	}
	r.Comments = *comments
	if *pageURL != "" {
		u, err := url.Parse(*pageURL)
		if err != nil || u.Scheme == "" || u.Host == "" {
			fmt.Fprintf(stderr, "newsdump: -url: %q is no absolute address (https://example.org/page)\n", *pageURL)
			return 2
		}
		r.URL = u
	}
	r.Verbatim = *verbatim
	r.Split = split
	switch {
	case *precision && *recall:
		fmt.Fprintf(stderr, "newsdump: -precision and -recall: choose one\n")
		return 2
	case *precision:
		r.Focus = article.Precision
	case *recall:
		r.Focus = article.Recall
	}
	r.Normalize = norm
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
	case "html":
		r.Format = article.FormatHTML
	case "jsonl":
		r.Format = article.FormatJSONL
	case "warc":
		r.Format = article.FormatWARC
	default:
		fmt.Fprintf(stderr, "newsdump: -format: unknown format %q (want auto, text, html, jsonl or warc)\n", *format)
		return 2
	}

	if *repeats {
		r.Repeats = boilerplate.NewRepeats()
	}
	r.KeepRepeats = *keepRepeats
	files := inputFiles(paths)
	out := &sink{stdout: stdout, dir: *outdir, form: form}
	if err := out.check(paths, files); err != nil {
		fmt.Fprintf(stderr, "newsdump: %v\n", err)
		return 2
	}
	if out.dir != "" {
		if err := os.MkdirAll(out.dir, 0o755); err != nil {
			fmt.Fprintf(stderr, "newsdump: %v\n", err)
			return 1
		}
	}
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err == nil {
			err = pprof.StartCPUProfile(f)
		}
		if err != nil {
			fmt.Fprintf(stderr, "newsdump: -cpuprofile: %v\n", err)
			return 1
		}
		defer f.Close()
		defer pprof.StopCPUProfile()
	}
	status := 0
	start := time.Now()
	total := inputBytes(paths, files)
	var bar *progress
	var written atomic.Int64
	if f, ok := stderr.(*os.File); ok && !*quiet && total > 0 && isTerminal(f) {
		bar = startProgress(f, r, total, &written)
		stderr = bar
	}
	// Ctrl-C stops the reading; what was written is kept and summed up.
	ctx, stopSignals := signal.NotifyContext(ctx, os.Interrupt)
	defer stopSignals()
	var sum summary
	for a, err := range r.Parallel(*workers) {
		if ctx.Err() != nil {
			sum.interrupted = true
			break
		}
		sum.add(a, err)
		if err != nil {
			fmt.Fprintf(stderr, "newsdump: %v\n", err)
			status = 1
		}
		var perr *article.ParseError
		switch {
		case a != nil:
			err = out.write(a)
		case errors.As(err, &perr) && perr.Path != "" && errors.Is(err, article.ErrEmpty):
			err = out.touch(perr.Path) // an empty input gets an empty file; one that failed, none
		default:
			err = nil
		}
		if err != nil {
			fmt.Fprintf(stderr, "newsdump: %v\n", err)
			bar.stop()
			out.abort()
			return 1
		}
		if a != nil {
			written.Add(1)
		}
	}
	bar.stop()
	if err := out.close(); err != nil {
		fmt.Fprintf(stderr, "newsdump: %v\n", err)
		return 1
	}
	if !*quiet || sum.interrupted {
		sum.skipped = r.Skipped()
		fmt.Fprintf(stderr, "newsdump: %s\n", sum.String(total, time.Since(start)))
	}
	if sum.interrupted {
		return 130 // as a shell reports an interrupted command
	}
	return status
}

// A summary counts what a run read.
type summary struct {
	articles, errors int
	skipped          map[string]int // records without an article, by reason
	interrupted      bool           // Ctrl-C stopped the run
}

func (s *summary) add(a *article.Article, err error) {
	if a != nil {
		s.articles++
	}
	if err != nil {
		s.errors++
	}
}

// String says what the run read: articles, errors, and the bytes of the
// inputs with the throughput, where their size is known (-1 for standard
// input).
func (s summary) String(bytes int64, took time.Duration) string {
	msg := fmt.Sprintf("%d articles, %d errors", s.articles, s.errors)
	if s.interrupted {
		msg = "interrupted: " + msg
	}
	if len(s.skipped) > 0 {
		n, why := 0, make([]string, 0, len(s.skipped))
		for _, k := range slices.Sorted(maps.Keys(s.skipped)) {
			n += s.skipped[k]
			why = append(why, fmt.Sprintf("%s %d", k, s.skipped[k]))
		}
		msg += fmt.Sprintf(", %d records skipped (%s)", n, strings.Join(why, ", "))
	}
	if bytes >= 0 {
		msg += fmt.Sprintf(", %d bytes in %.2f s", bytes, took.Seconds())
		if took > 0 {
			msg += fmt.Sprintf(", %.1f MB/s", float64(bytes)/1e6/took.Seconds())
		}
	}
	return msg
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

// commandVersion returns the version set at build time, else the module's
// version as go install recorded it, else "(devel)".
func commandVersion() string {
	if version != "" {
		return version
	}
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" {
		return info.Main.Version
	}
	return "(devel)"
}

// piped reports whether standard input is given and is no terminal: a
// pipe, a file, a test's reader.
func piped(stdin io.Reader) bool {
	if stdin == nil {
		return false
	}
	if f, ok := stdin.(*os.File); ok {
		info, err := f.Stat()
		return err == nil && info.Mode()&os.ModeCharDevice == 0
	}
	return true
}
