package article

import (
	"archive/tar"
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"iter"
	"net/url"
	"os"
	"sync/atomic"
	"time"

	"github.com/newsdump/newsdump/boilerplate"
	"github.com/newsdump/newsdump/internal/space"
	"github.com/newsdump/newsdump/normalize"
)

// Format names the kind of input a Reader expects.
type Format uint8

const (
	// FormatAuto detects the format from the content. Gzip-compressed
	// input is decompressed first.
	FormatAuto Format = iota
	// FormatText reads plain text.
	FormatText
	// FormatHTML reads an HTML page: one article a page.
	FormatHTML
	// FormatJSONL reads JSON Lines: one article a record, its fields
	// mapped by Reader.JSON.
	FormatJSONL
	// FormatWARC reads a WARC file (1.0 or 1.1), plain or gzip-compressed
	// as a whole or record by record: one article a response, resource or
	// conversion record that holds a page or text.
	FormatWARC
)

// Default limits of a Reader.
const (
	DefaultMaxLineBytes    = 1 << 20  // 1 MiB
	DefaultMaxArticleBytes = 32 << 20 // 32 MiB
)

// A Reader reads articles from a dump. Its exported fields configure it and
// must be set before the first call to Read. It holds one article's lines
// at a time, so memory stays bounded however long the dump.
//
// A Reader is not safe for concurrent use.
type Reader struct {
	// Path names the input in positions and errors. NewReader leaves it
	// empty; Open sets it to each file's path, "-" for standard input.
	Path string
	// Reference is the time relative dates ("vor 3 Stunden", "am
	// Montag") are resolved against; when zero they stay unresolved.
	Reference time.Time
	// Location is the zone of times written without one; nil means the
	// Reference's zone, or UTC without a Reference.
	Location *time.Location
	// Format is the input format; the zero value detects it.
	Format Format
	// JSON maps the fields of JSON Lines records onto articles; the zero
	// value uses DefaultJSONFields.
	JSON JSONFields
	// Boilerplate classifies lines; nil means boilerplate.Default().
	Boilerplate *boilerplate.Classifier
	// MaxLineBytes bounds a line; a longer one is skipped with
	// ErrLineTooLong. Zero means DefaultMaxLineBytes.
	MaxLineBytes int
	// MaxArticleBytes bounds the memory an article holds: a page, a
	// record, or the lines of a text article, each line counting 512
	// bytes more than its text for what it costs while it is split and
	// parsed (a run of blank lines counts as one line). A longer text
	// article is cut with ErrArticleTooLong, a longer page or record
	// refused with it. Reading an article takes about three times
	// MaxArticleBytes of memory at most. Zero means
	// DefaultMaxArticleBytes.
	MaxArticleBytes int
	// MaxRatio bounds how far compressed input may expand: a gzip stream,
	// a zip member, the members of a zip archive together, and the gzip or
	// deflate content coding of a WARC response, beyond MaxRatio times
	// their stored size from 16 MiB on, end with ErrRatio. Zero means
	// DefaultMaxRatio.
	MaxRatio int
	// Repeats, when set, counts the lines of the pages read so far; a line
	// no rule claims that recurs on many pages of the dump (a menu, a
	// footer) is removed by the rule boilerplate.RuleRepeated. Each article's lines are
	// added to it after the article is parsed, so the first pages of a site
	// are cleaned by the rules alone and later ones by their repeats too.
	// Its memory is bounded (see boilerplate.Repeats). To use what a whole
	// dump repeats on every page, read the dump once with a Reader that
	// has Repeats set, then again with a Reader sharing it and FrozenRepeats.
	Repeats *boilerplate.Repeats
	// FrozenRepeats stops the Reader from adding its articles to Repeats.
	FrozenRepeats bool
	// KeepRepeats keeps in the body the paragraphs that recur on the pages
	// of a site. Without Repeats, a Reader counts, in the order the
	// articles come, on which pages of each site (the site of a profile or
	// of the article's address, else the dump as a whole) each body
	// paragraph stands, and from the fourth page of a site on it removes
	// the paragraphs that stood on three earlier ones, by the rule
	// boilerplate.RuleRepeated: those that are not prose wherever they
	// stand, and prose (a sentence of twelve words or more) only in a run
	// at the start or the end of the body. A copy of one of the last 256
	// articles (its Fingerprint near theirs) is neither counted nor
	// cleaned, and an article whose body would lose more than half its
	// words keeps them all, so that a story a dump holds twice keeps its
	// text. The counts are kept in bounded memory, across the inputs of
	// one Reader and until Reset; Parallel gives the same articles.
	KeepRepeats bool
	// Verbatim keeps the text of titles, teasers, paragraphs, teasers of
	// related articles and removed blocks as the dump has it: white space
	// at the ends trimmed and invalid UTF-8 replaced by U+FFFD, but
	// quotation marks, apostrophes, soft hyphens and other invisible
	// characters left alone and nothing composed to NFC. Lines are
	// classified as without it, on their cleaned text, and the fields read
	// from lines (authors, credits, dates) are taken from the cleaned text
	// too. Use it to compare the output with the source character for
	// character.
	Verbatim bool
	// Normalize holds the options of normalization (see
	// normalize.Normalizer): its zero value decodes HTML references,
	// repairs mojibake, removes invisible characters and sets quotation
	// marks by the language of each article; its fields leave steps out,
	// add the en dash, or change the style of the marks. Its Language and Counts are not used: each
	// article is normalized in its detected language and gets its own
	// counts (Article.Normalized).
	Normalize normalize.Normalizer
	// HTMLProfiles are the profiles of sites' HTML pages (see
	// boilerplate.HTMLProfile): the article's element and rules of
	// CSS selectors for a page whose address is of the site. Nil means
	// boilerplate.DefaultHTMLProfiles(); an empty slice, none.
	HTMLProfiles []boilerplate.HTMLProfile
	// Focus chooses precision or recall where the edge of the main text
	// is uncertain (see Focus); the zero value is Balanced.
	Focus Focus
	// Comments keeps the comments of HTML pages (in elements named
	// "comment", "comments"); by default they are removed with the rule
	// html/comments.
	Comments bool
	// Split chooses where a text is cut into articles (see Split); the
	// zero value, SplitAuto, cuts wherever the text shows an article
	// starts.
	Split Split
	// HeaderForms are the forms of records' headers and trailers (see
	// boilerplate.HeaderForm): exports of press databases and scrapers'
	// header blocks. A record's header starts an article, its fields
	// (title, date, source, URL, authors, section) go into the Article and
	// its lines into Removed. Nil means boilerplate.DefaultHeaderForms();
	// an empty slice, none.
	HeaderForms []boilerplate.HeaderForm
	// Stdin is what the path "-" of Open reads; nil means os.Stdin.
	Stdin io.Reader
	// URL is the address of the HTML pages read from files or standard
	// input, which do not say where they came from (a WARC record and a
	// JSON Lines record give their own): it sets Article.URL, resolves
	// images and links, picks the site's profile and gives a date where its
	// path has one. Use it when reading one saved page.
	URL *url.URL

	paths    []entry // inputs not yet opened, for Open
	stdin    io.Reader
	archive  *archive       // the tar or zip archive whose members are being read, or nil
	skips    map[string]int // records without an article, by reason (see Skipped)
	read     atomic.Int64   // bytes read of the files opened (see Progress)
	chunking bool           // text is read in chunks for Parallel's workers to split
	maxChunk int            // bounds a chunk; zero means maxChunk
	in       *input         // the input being read
	started  bool
	parser   parser
	splitCfg splitConfig
	startErr error         // a HeaderForms pattern that does not compile, returned by the first Read
	spare    spares        // memory for the lines of the next articles (see splitter)
	buf      *bufio.Reader // the buffer of the last input, for the next
	line     []byte        // the line buffer of the last input, for the next
	sites    siteRepeats   // the paragraphs seen on the pages of each site (see KeepRepeats)
}

// input is one file or stream being read.
type input struct {
	path   string
	closer io.Closer
	lines  lineReader
	split  *splitter
	pend   []error // errors to return before more articles
	empty  bool    // no text seen yet
	eof    bool
	html   *bufio.Reader // an HTML page to read, or nil
	jsonl  bool          // lines are JSON Lines records
	warc   *warcReader   // the records of a WARC file, or nil

	// Reading text for Parallel (see readChunk).
	chunked   bool         // lines are read in chunks for workers to split
	replay    []lineResult // lines read before, to go through the splitter before more are read
	partial   bool         // the replayed lines are a chunk, not the whole input
	nextStart string       // why the next chunk's first article starts (Source.Split)
}

// NewReader returns a Reader that reads one dump from r.
func NewReader(r io.Reader) *Reader {
	return &Reader{stdin: r}
}

// Open returns a Reader over files and folders, read in the order given.
// A folder is read recursively, its files sorted by name, skipping names
// that start with "." and following links (Files lists what is read);
// each file is one dump of one or more articles. The path "-" reads
// standard input. An input that cannot be opened, and a part of a folder
// that cannot be read, yields an error from Read, which then goes on with
// the next input.
func Open(paths ...string) *Reader {
	r := &Reader{paths: make([]entry, len(paths))}
	for i, p := range paths {
		r.paths[i].path = p
	}
	return r
}

// All returns an iterator over the articles and errors of Read, ending at
// io.EOF. A *ParseError comes with the article it concerns, or with a nil
// article when the input was skipped. The iterator is single-use: it
// consumes the Reader.
func (r *Reader) All() iter.Seq2[*Article, error] {
	return func(yield func(*Article, error) bool) {
		for {
			a, err := r.Read()
			if err == io.EOF {
				return
			}
			if !yield(a, err) {
				return
			}
		}
	}
}

// Read returns the next article. At the end of all input it returns
// io.EOF.
//
// A problem with the input comes as a *ParseError with its position, and
// reading goes on after it. With ErrInvalidUTF8 and ErrArticleTooLong the
// error comes together with the article it concerns (like ErrFieldCount in
// encoding/csv); with other errors the article is nil. An I/O error ends
// the current input: Read returns it and goes on with the next input.
func (r *Reader) Read() (*Article, error) {
	r.start()
	if err := r.startErr; err != nil {
		r.startErr, r.in, r.paths, r.stdin = nil, nil, nil, nil
		return nil, err
	}
	for {
		t, err := r.next()
		if t == nil {
			return nil, err
		}
		a, skip, err := r.run(t)
		if t.split != nil {
			t.split.recycle(t.b)
		}
		if skip != "" {
			r.skipped(skip)
			continue
		}
		r.repeats(a)
		return a, err
	}
}

// repeats removes from a what recurs on the pages of its site, unless
// KeepRepeats or Repeats says otherwise (see KeepRepeats).
func (r *Reader) repeats(a *Article) {
	if a != nil && !r.KeepRepeats && r.Repeats == nil {
		r.sites.apply(a)
	}
}

// next returns the next task, or the next error, of the inputs: the
// reading and splitting of Read, without the parsing. At the end of all
// input it returns io.EOF.
func (r *Reader) next() (*task, error) {
	for {
		if r.in == nil {
			if err := r.openNext(); err != nil {
				return nil, err
			}
			continue
		}
		t, err := r.readFrom(r.in)
		if t != nil || err != nil {
			return t, err
		}
		r.dropInput()
	}
}

// A task is one article's worth of input that a Reader has split off: the
// parsing it needs may run on another goroutine (see Parallel).
type task struct {
	path    string
	b       block       // the lines of a text article
	start   string      // why b starts where it does (Source.Split)
	header  bool        // a line of b may be of a record's header
	split   *splitter   // where b's memory goes back after parsing, or nil
	problem error       // the first problem in b's lines
	page    []byte      // an HTML page
	record  *piece      // a JSON Lines record
	rec     *warcRecord // a WARC record with content
	skip    string      // why a record holds no article, to count in Skipped

	lines []lineResult // a chunk of text lines, to split and parse (see readChunk)
	empty bool         // no text was seen in the input before the chunk
	last  bool         // the chunk ends the input
}

// size returns about how many bytes of input the task holds, with
// lineCost for each line of text.
func (t *task) size() int {
	switch {
	case t.page != nil:
		return len(t.page)
	case t.record != nil:
		return len(t.record.text)
	case t.rec != nil:
		return len(t.rec.content)
	case len(t.b.ps) > 0:
		return int(t.b.ps[len(t.b.ps)-1].end()-t.b.ps[0].off) + lineCost*len(t.b.ps)
	case len(t.lines) > 0:
		return int(t.lines[len(t.lines)-1].off-t.lines[0].p.off) + lineCost*len(t.lines)
	}
	return 0
}

// run parses the article of a task. A task that holds no article gives a
// reason to count in Skipped.
func (r *Reader) run(t *task) (*Article, string, error) {
	switch {
	case t.skip != "":
		return nil, t.skip, nil
	case t.page != nil:
		a, err := r.pageArticle(t.page, t.path, "", r.URL)
		return a, "", err
	case t.record != nil:
		a, err := r.record(t.path, *t.record)
		return a, "", err
	case t.rec != nil:
		return r.warcArticle(t.path, t.rec)
	}
	r.parser.path, r.parser.noHeader = t.path, !t.header
	a := r.parser.parse(t.b, nil)
	r.parser.noHeader = false
	a.Source.Split = t.start
	return a, "", t.problem
}

// dropInput ends the input being read: it closes it when r opened it and
// keeps its line buffer for the next.
func (r *Reader) dropInput() {
	if r.in == nil {
		return
	}
	if r.in.closer != nil {
		r.in.closer.Close()
	}
	if r.in.split != nil || r.in.jsonl {
		r.line = r.in.lines.buf
	}
	r.in = nil
}

// Reset makes r read src as a new dump, as NewReader(src) would, keeping
// r's configuration and the memory it has grown: a program that reads many
// small dumps, such as one page at a time, allocates less with one Reader
// that it resets. An input being read is dropped, and closed when r opened
// it.
func (r *Reader) Reset(src io.Reader) {
	r.dropInput()
	r.closeArchive()
	r.paths, r.stdin, r.started = nil, src, false
	r.sites.reset()
	clear(r.skips) // Skipped counts the new dump's records
}

func (r *Reader) start() {
	if r.started {
		return
	}
	r.started = true
	cls := r.Boilerplate
	if cls == nil {
		cls = boilerplate.Default()
	}
	r.parser = parser{cls: cls, dates: normalize.DateParser{Reference: r.Reference, Location: r.Location}, repeats: r.Repeats, learn: !r.FrozenRepeats, verbatim: r.Verbatim, norm: options(&r.Normalize), focus: r.Focus}
	r.splitCfg.mode = r.Split
	if r.Split != SplitSeparator && r.Split != SplitNone {
		h := boilerplate.DefaultHeaders()
		if r.HeaderForms != nil {
			var err error
			if h, err = boilerplate.NewHeaders(r.HeaderForms); err != nil {
				r.startErr = fmt.Errorf("article: %w", err)
			}
			if len(r.HeaderForms) == 0 {
				h = nil
			}
		}
		r.splitCfg.headers = h
		r.parser.headers = h
	}
	if r.MaxLineBytes <= 0 {
		r.MaxLineBytes = DefaultMaxLineBytes
	}
	if r.MaxArticleBytes <= 0 {
		r.MaxArticleBytes = DefaultMaxArticleBytes
	}
	if r.MaxRatio <= 0 {
		r.MaxRatio = DefaultMaxRatio
	}
	if r.stdin != nil {
		r.in = r.newInput(r.Path, r.stdin, nil)
		r.stdin = nil
	}
}

// openNext opens the next path, expanding folders. It returns io.EOF when
// no path is left.
func (r *Reader) openNext() error {
	if r.archive != nil {
		if err := r.nextMember(); err != io.EOF {
			return err
		}
	}
	if len(r.paths) == 0 {
		return io.EOF
	}
	next := r.paths[0]
	r.paths = r.paths[1:]
	path := next.path
	if next.err != nil {
		return next.err
	}
	if path == "-" {
		in := r.Stdin
		if in == nil {
			in = os.Stdin
		}
		r.in = r.newInput("-", in, nil)
		return nil
	}
	info, err := os.Stat(path)
	if err != nil {
		return err
	}
	if info.IsDir() {
		r.paths = append(listFiles(path), r.paths...)
		return nil
	}
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	r.in = r.newInput(path, &countingFile{f, &r.read}, f)
	return nil
}

// countingFile counts the bytes read from a file in a Reader's progress.
type countingFile struct {
	f *os.File
	n *atomic.Int64
}

func (c *countingFile) Read(p []byte) (int, error) {
	n, err := c.f.Read(p)
	c.n.Add(int64(n))
	return n, err
}

// Progress returns how many bytes of the files named to Open have been
// read so far, as stored (compressed files count their compressed bytes):
// with the files' sizes, it tells how far reading has come. It may be
// called from any goroutine while another reads. Standard input and
// readers given to NewReader are not counted.
func (r *Reader) Progress() int64 { return r.read.Load() }

// newInput prepares to read one stream: it decompresses gzip and rejects
// binary data and formats this version does not read.
func (r *Reader) newInput(path string, rd io.Reader, closer io.Closer) *input {
	in := &input{path: path, closer: closer, empty: true}
	br := r.buf
	if br == nil {
		br = bufio.NewReaderSize(rd, 256<<10)
		r.buf = br
	} else {
		br.Reset(rd)
	}
	head, _ := br.Peek(8 << 10)
	var gz *gunzip
	if len(head) >= 2 && head[0] == 0x1f && head[1] == 0x8b && (r.Format == FormatAuto || r.Format == FormatWARC) {
		var err error
		if gz, err = newGunzip(br, r.MaxRatio); err != nil {
			in.fail(&ParseError{Path: path, Err: err})
			return in
		}
		br = bufio.NewReaderSize(gz, 16<<10)
		head, _ = br.Peek(8 << 10)
	}
	if r.Format == FormatAuto && r.archive != nil && (isTar(head) || isZip(head)) {
		in.fail(&ParseError{Path: path, Err: fmt.Errorf("%w: %w", ErrFormat, errNested)})
		return in
	}
	if r.Format == FormatAuto && gz == nil && isZip(head) {
		// Each member is an input of its own (see nextZipMember).
		if err := r.openZip(path, br, closer); err != nil {
			in.fail(err)
			return in
		}
		in.closer, in.eof, in.empty = nil, true, false
		return in
	}
	if r.Format == FormatAuto && r.archive == nil && isTar(head) {
		// Each member is an input of its own (see nextMember). The
		// members' inputs get a buffer of their own: this one is the
		// archive's.
		r.archive = &archive{tr: tar.NewReader(br), path: path, closer: closer}
		r.buf = nil
		in.closer, in.eof, in.empty = nil, true, false
		return in
	}
	switch {
	case r.Format == FormatWARC || r.Format == FormatAuto && isWARC(head):
		in.warc = newWARCReader(path, br, gz)
		return in
	case r.Format == FormatAuto && isBinary(head):
		in.fail(&ParseError{Path: path, Err: ErrBinary})
		return in
	case r.Format == FormatJSONL || r.Format == FormatAuto && looksLikeJSONL(head):
		// Before HTML: records may hold whole pages.
		in.jsonl = true
		in.lines = lineReader{br: br, max: r.MaxArticleBytes, buf: r.line[:0]}
		r.line = nil
		return in
	case r.Format == FormatHTML || r.Format == FormatAuto && looksLikeHTML(head):
		in.html = br
		return in
	}
	in.lines = lineReader{br: br, max: r.MaxLineBytes, buf: r.line[:0]}
	r.line = nil
	in.split = newSplitter(r.parser.cls, &r.spare, r.parser.norm, r.splitCfg)
	in.chunked = r.chunking
	return in
}

// fail ends an input with one error.
func (in *input) fail(err error) {
	in.pend = append(in.pend, err)
	in.eof = true
	in.empty = false
}

// looksLikeHTML reports whether the start of an input is an HTML page.
func looksLikeHTML(head []byte) bool {
	h := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), " \t\r\n")
	// Comments may come first: conditional comments for old browsers,
	// a content system's banner.
	for bytes.HasPrefix(h, []byte("<!--")) {
		end := bytes.Index(h, []byte("-->"))
		if end < 0 {
			return false
		}
		h = bytes.TrimLeft(h[end+3:], " \t\r\n")
	}
	if startsHTML(h) {
		return true
	}
	// Whatever comes first (a server's warning, a stray <br />), a page
	// that holds both its html element and its head or body is HTML.
	return hasTag(h, "<html") && (hasTag(h, "<head") || hasTag(h, "<body"))
}

// startsHTML reports whether h, lower or upper case, starts as an HTML page
// does.
func startsHTML(h []byte) bool {
	h = h[:min(len(h), 512)]
	if indexFold(h, "<?xml") == 0 {
		return indexFold(h, "<html") >= 0
	}
	for _, tag := range htmlStarts {
		if hasTag(h[:min(len(h), len(tag)+1)], tag) {
			return true
		}
	}
	return false
}

// hasTag reports whether h holds the start of the tag (lower case),
// written in any case and followed by white space or the end of the tag.
func hasTag(h []byte, tag string) bool {
	for i := 0; ; {
		j := indexFold(h[i:], tag)
		if j < 0 {
			return false
		}
		i += j + len(tag)
		if i < len(h) && (h[i] == '>' || h[i] == ' ' || h[i] == '\t' || h[i] == '\n' || h[i] == '\r') {
			return true
		}
	}
}

// htmlStarts are the tags an HTML page may start with: those of the
// content sniffing rules of the WHATWG MIME Sniffing standard that are no
// everyday words of text (not <a>, <b>, <p>, <br>), and meta and link, with
// which saved pages cut before their head begin.
var htmlStarts = []string{
	"<!doctype html", "<html", "<head", "<script", "<iframe", "<h1", "<div", "<font", "<table",
	"<style", "<title", "<body", "<meta", "<link",
}

// readFrom returns the next task or error of one input, or nil, nil when
// the input is used up.
func (r *Reader) readFrom(in *input) (*task, error) {
	for {
		if len(in.pend) > 0 {
			err := in.pend[0]
			in.pend = in.pend[1:]
			return nil, err
		}
		if in.html != nil {
			return r.readPage(in)
		}
		if in.warc != nil {
			if in.eof {
				return nil, nil
			}
			return r.readWARC(in)
		}
		if in.jsonl {
			if in.eof {
				return nil, nil
			}
			return r.readRecord(in)
		}
		if in.split == nil {
			return nil, nil // the input failed before its first line
		}
		if d, ok := in.split.next(); ok {
			return &task{path: in.path, b: d.block, start: d.start, header: d.header, split: in.split, problem: in.split.problem(source(in.path, d.ps))}, nil
		}
		if in.eof {
			return nil, nil
		}
		if in.chunked {
			return r.readChunk(in)
		}
		p, err := in.nextLine()
		bad, _ := err.(*errLine) // lineReader returns its line errors unwrapped
		switch {
		case err == nil:
		case err == errChunkEnd:
			in.eof = true
			in.split.boundary()
			continue
		case err == io.EOF:
			in.eof = true
			in.split.boundary()
			if in.empty {
				in.pend = append(in.pend, &ParseError{Path: in.path, Offset: in.lines.off, Err: ErrEmpty})
			}
			continue
		case bad != nil:
			perr := &ParseError{Path: in.path, Line: p.line, Column: bad.column, Offset: p.off + int64(bad.column) - 1, Err: bad.err}
			if bad.err == ErrLineTooLong {
				in.pend = append(in.pend, perr)
				continue
			}
			in.split.problems = append(in.split.problems, perr)
		case err != nil:
			in.eof = true
			in.split.boundary()
			in.pend = append(in.pend, &ParseError{Path: in.path, Line: in.lines.line + 1, Offset: in.lines.off, Err: cutShort(err)})
			continue
		}
		if in.empty && !space.Blank(p.text) {
			in.empty = false
		}
		in.split.add(p)
		if in.split.size > r.MaxArticleBytes && !space.Blank(p.text) { // cut at a line of the article, which the error names
			in.split.boundary()
			in.split.problems = append(in.split.problems, &ParseError{Path: in.path, Line: p.line, Offset: p.off, Err: ErrArticleTooLong})
		}
	}
}

// cutShort says of an input that ends in the middle (of a gzip member,
// most often) that it is cut short.
func cutShort(err error) error {
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return fmt.Errorf("%w: the input is cut short (truncated compressed data?)", err)
	}
	return err
}

// readPage reads the HTML page of an input, up to MaxArticleBytes: one
// article's task, or an error.
func (r *Reader) readPage(in *input) (*task, error) {
	src := in.html
	in.html, in.eof = nil, true
	data, long, err := readUpTo(src, r.MaxArticleBytes)
	if err != nil {
		return nil, &ParseError{Path: in.path, Offset: int64(len(data)), Err: err}
	}
	if long {
		return nil, &ParseError{Path: in.path, Offset: int64(r.MaxArticleBytes), Err: ErrArticleTooLong}
	}
	return &task{path: in.path, page: data}, nil
}

// readUpTo reads src to its end, unless it holds more than max bytes, and
// reports whether it does. It reads in chunks and joins them once, so that
// the memory it takes is that of the bytes read, not of a buffer that
// grows by copies; input of more than max bytes is not joined. An error of
// src other than io.EOF (a truncated gzip stream's io.ErrUnexpectedEOF
// among them) is returned with the bytes read before it.
func readUpTo(src io.Reader, max int) (data []byte, long bool, err error) {
	var chunks [][]byte
	n, size := 0, 64<<10 // chunks of 64 KiB, doubling up to 4 MiB: small pages take little
	for n <= max && err == nil {
		c := make([]byte, min(size, max+1-n))
		size = min(2*size, 4<<20)
		k := 0
		for k < len(c) && err == nil {
			var m int
			m, err = src.Read(c[k:])
			k += m
		}
		chunks, n = append(chunks, c[:k]), n+k
	}
	switch {
	case err != nil && err != io.EOF:
		return bytes.Join(chunks, nil), false, err
	case n > max:
		return nil, true, nil
	case len(chunks) == 1:
		return chunks[0], false, nil
	}
	return bytes.Join(chunks, nil), false, nil
}

// pageArticle reads the HTML page data, read from path, into an article.
// The label is the character set the transport names (an HTTP header's),
// or empty; base is the page's address where the input gives it, or nil.
func (r *Reader) pageArticle(data []byte, path, label string, base *url.URL) (*Article, error) {
	page, err := readHTML(data, label, base, r.profiles())
	if err != nil {
		return nil, &ParseError{Path: path, Err: err}
	}
	page.size, page.lines = int64(len(data)), bytes.Count(data, []byte("\n"))+1
	return r.docArticle(page, path)
}

// docArticle turns the blocks of a page read from path into an article.
func (r *Reader) docArticle(page *htmlPage, path string) (*Article, error) {
	clean := r.parser.norm // a copy: its counts only tell which blocks it changed
	var b block
	hasText := false
	for i := range page.blocks {
		blk := &page.blocks[i]
		if blk.drop == "html/comments" && r.Comments {
			blk.drop, blk.comment = "", true
		}
		p := piece{text: blk.text, line: i + 1}
		blk.clean = cleanPiece(&clean, &p)
		hasText = hasText || blk.clean != ""
		line := blk.clean
		if blk.drop != "" {
			// The DOM has decided: the classifier sees a blank line, so
			// that furniture does not sway its measure of the text.
			line = ""
		}
		b.add(p, r.parser.cls.NewLine(line))
	}
	if !hasText {
		return nil, &ParseError{Path: path, Err: ErrEmpty} // blocks of invisible characters only are no text
	}
	r.parser.path = path
	return r.parser.parse(b, page), nil
}

// profiles returns the HTML profiles the Reader uses.
func (r *Reader) profiles() []boilerplate.HTMLProfile {
	if r.HTMLProfiles == nil {
		r.HTMLProfiles = boilerplate.DefaultHTMLProfiles()
	}
	return r.HTMLProfiles
}

// options returns the options of n without its state: what a Normalizer
// for each article starts from.
func options(n *normalize.Normalizer) normalize.Normalizer {
	return normalize.Normalizer{
		Marks: n.Marks, MapGuillemets: n.MapGuillemets, Dashes: n.Dashes,
		FoldNoBreak: n.FoldNoBreak, KeepEntities: n.KeepEntities, KeepMojibake: n.KeepMojibake,
	}
}
