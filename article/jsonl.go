package article

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/newsdump/newsdump/normalize"
)

// ErrRecord: a line of a JSON Lines input is not a JSON object, or has no
// text; it was skipped and reading goes on with the next line.
var ErrRecord = errors.New("bad JSON Lines record")

// JSONFields maps the fields of a JSON Lines record onto an article. Each
// entry lists the field names tried in order; the first that a record has,
// as a string (or a number, for dates), counts. A nil entry means the
// default names (DefaultJSONFields), an empty one none.
type JSONFields struct {
	Text     []string // plain text, split into paragraphs at line breaks
	HTML     []string // an HTML page, read as HTML files are; used where no text is given
	Title    []string // the headline, trusted over the one the text suggests
	URL      []string // the article's address
	Date     []string // the date published: RFC 3339, any date the DateParser reads, or a Unix timestamp
	Language []string // a language tag such as "de" or "en-US"
}

// DefaultJSONFields are the field names of common exports (news-please,
// CC-News dumps, scrapers' own): text in "text", "content", "body" or
// "maintext", and so on.
var DefaultJSONFields = JSONFields{
	Text:     []string{"text", "content", "body", "maintext", "article"},
	HTML:     []string{"html", "raw_html", "content_html"},
	Title:    []string{"title", "headline"},
	URL:      []string{"url", "link", "source_url", "canonical"},
	Date:     []string{"date", "published", "date_publish", "published_at", "publish_date", "pubdate", "timestamp"},
	Language: []string{"language", "lang"},
}

// names returns the names of a field: the set ones, or the defaults.
func names(set, def []string) []string {
	if set == nil {
		return def
	}
	return set
}

// looksLikeJSONL reports whether the start of an input is a JSON Lines
// dump: an object that opens with a quoted name or closes at once.
func looksLikeJSONL(head []byte) bool {
	h := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), " \t\r\n")
	if len(h) < 2 || h[0] != '{' {
		return false
	}
	h = bytes.TrimLeft(h[1:], " \t")
	return len(h) > 0 && (h[0] == '"' || h[0] == '}')
}

// readRecord returns the task of the next record of a JSON Lines input,
// nil, nil at its end, or the error of a record, after which reading goes
// on.
func (r *Reader) readRecord(in *input) (*task, error) {
	for {
		p, err := in.lines.next()
		var bad *errLine
		switch {
		case err == io.EOF:
			in.eof = true
			if in.empty {
				return nil, &ParseError{Path: in.path, Offset: in.lines.off, Err: ErrEmpty}
			}
			return nil, nil
		case errors.As(err, &bad) && bad.err == ErrLineTooLong:
			in.empty = false
			return nil, &ParseError{Path: in.path, Line: p.line, Offset: p.off, Err: ErrArticleTooLong}
		case bad != nil:
			// Invalid UTF-8 inside a record: the JSON decoder replaces it.
		case err != nil:
			in.eof = true
			return nil, &ParseError{Path: in.path, Line: p.line, Offset: p.off, Err: err}
		}
		if strings.TrimSpace(p.text) == "" {
			continue
		}
		in.empty = false
		return &task{path: in.path, record: &p}, nil
	}
}

// record reads one JSON Lines record into an article.
func (r *Reader) record(path string, p piece) (*Article, error) {
	fail := func(format string, args ...any) error {
		return &ParseError{Path: path, Line: p.line, Column: 1, Offset: p.off, Err: fmt.Errorf("%w: %s", ErrRecord, fmt.Sprintf(format, args...))}
	}
	var rec map[string]any
	if err := json.Unmarshal([]byte(p.text), &rec); err != nil {
		return nil, fail("%v", err)
	}
	if rec == nil {
		return nil, fail("null, not an object")
	}
	f := r.JSON
	text, _ := field(rec, names(f.Text, DefaultJSONFields.Text))
	page, _ := field(rec, names(f.HTML, DefaultJSONFields.HTML))
	var a *Article
	switch {
	case strings.TrimSpace(text) != "":
		a = r.textArticle(text, path, p.line, p.off) // the record's position: its text has no lines of the input
	case strings.TrimSpace(page) != "":
		var err error
		u, _ := field(rec, names(f.URL, DefaultJSONFields.URL))
		if a, err = r.pageArticle([]byte(page), path, "", absURL(u)); err != nil { // the record's address: profiles apply, links resolve
			return nil, fail("html: %v", err)
		}
	default:
		return nil, fail("no text in %s or %s", strings.Join(names(f.Text, DefaultJSONFields.Text), ", "), strings.Join(names(f.HTML, DefaultJSONFields.HTML), ", "))
	}
	a.Source = Source{Path: path, Line: p.line, EndLine: p.line, Offset: p.off, EndOffset: p.end()}
	clean := func(s string) string {
		if r.Verbatim {
			return verbatim(s)
		}
		n := r.parser.norm
		n.Language = a.Language
		return n.Paragraph(s)
	}
	if lang, ok := field(rec, names(f.Language, DefaultJSONFields.Language)); ok {
		if tag, ok := pageLanguage(lang); ok {
			a.Language = tag
		}
	}
	if t, ok := field(rec, names(f.Title, DefaultJSONFields.Title)); ok && strings.TrimSpace(t) != "" {
		a.Title = clean(t)
	}
	if u, ok := field(rec, names(f.URL, DefaultJSONFields.URL)); ok {
		a.URL = strings.TrimSpace(u)
	}
	if d, ok := field(rec, names(f.Date, DefaultJSONFields.Date)); ok {
		dates := r.parser.dates
		dates.Language = a.Language
		if date, ok := dates.Parse(d); ok && date.Resolved() {
			a.Published = date
		} else if date, ok := normalize.ParseUnix(d); ok {
			a.Published = date
		}
	}
	return a, nil
}

// textArticle parses text that is one article, split into lines at its
// line breaks, all of which are given the position line and off in path.
func (r *Reader) textArticle(text, path string, line int, off int64) *Article {
	var b block
	clean := r.parser.norm
	for l := range strings.SplitSeq(text, "\n") {
		pc := piece{text: strings.TrimSuffix(l, "\r"), line: line, off: off}
		b.add(pc, r.parser.cls.NewLine(cleanPiece(&clean, &pc)))
	}
	r.parser.path = path
	return r.parser.parse(b, nil)
}

// field returns the first of the named fields that rec has, as text: a
// string, or a number as written.
func field(rec map[string]any, names []string) (string, bool) {
	for _, n := range names {
		switch v := rec[n].(type) {
		case string:
			return v, true
		case float64:
			return strconv.FormatFloat(v, 'f', -1, 64), true
		}
	}
	return "", false
}
