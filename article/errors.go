package article

import (
	"errors"
	"fmt"
)

// Errors wrapped by ParseError, to be tested with errors.Is.
var (
	// ErrLineTooLong: a line is longer than Reader.MaxLineBytes; it was
	// skipped.
	ErrLineTooLong = errors.New("line too long")
	// ErrInvalidUTF8: the text is not valid UTF-8; the bad bytes were
	// replaced by U+FFFD and the article is returned with the error.
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	// ErrBinary: the input is binary data, not text; it was skipped.
	ErrBinary = errors.New("binary data, not text")
	// ErrEmpty: the input holds no text.
	ErrEmpty = errors.New("empty input")
	// ErrFormat: the input is in a format this version does not read.
	ErrFormat = errors.New("unsupported format")
	// ErrArticleTooLong: an article grew beyond Reader.MaxArticleBytes
	// without a break; it was cut there and the rest read as a new one.
	ErrArticleTooLong = errors.New("article too long")
)

// A ParseError is a problem at a position in the input. Read returns it and
// goes on with the rest of the input.
type ParseError struct {
	Path   string // file name, "-" for standard input
	Line   int    // line, from 1; 0 when not known
	Column int    // byte column in the line, from 1; 0 when not known
	Offset int64  // byte offset in the input
	Err    error  // what went wrong
}

func (e *ParseError) Error() string {
	path := e.Path
	if path == "" {
		path = "<input>"
	}
	switch {
	case e.Line > 0 && e.Column > 0:
		return fmt.Sprintf("%s:%d:%d (byte %d): %v", path, e.Line, e.Column, e.Offset, e.Err)
	case e.Line > 0:
		return fmt.Sprintf("%s:%d (byte %d): %v", path, e.Line, e.Offset, e.Err)
	}
	return fmt.Sprintf("%s (byte %d): %v", path, e.Offset, e.Err)
}

func (e *ParseError) Unwrap() error { return e.Err }
