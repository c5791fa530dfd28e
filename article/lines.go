package article

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/newsdump/newsdump/boilerplate"
	"github.com/newsdump/newsdump/internal/swar"
	"github.com/newsdump/newsdump/normalize"
)

// lineCost is what a line costs in memory beyond its text while its article
// is held: its piece, its boilerplate.Line, and what splitting and parsing
// keep for each line. The limits of a Reader (MaxArticleBytes, the chunks of
// Parallel) count it for every line, so that an article of many short or
// blank lines is bounded as one of few long lines is.
const lineCost = 512

// A piece is a line, or the part of a line, that belongs to one article.
type piece struct {
	text  string // without the line terminator
	line  int    // line number, from 1
	off   int64  // byte offset of text in the input
	dirty bool   // cleaning changed more than white space (see parser.cleanCounts)
}

// cleanPiece returns the text of p cleaned by n and marks p dirty when the
// cleaning changed more than white space (see parser.cleanCounts). n's
// counts serve only to tell that.
func cleanPiece(n *normalize.Normalizer, p *piece) string {
	before := n.Counts
	text := n.Clean(p.text)
	p.dirty = n.Counts != before
	return text
}

// A block holds the lines of one article: the pieces as read and, at the
// same index, each one cleaned (normalize.Text) and prepared for the
// classifier, kept apart so that the classifier takes them without a copy.
type block struct {
	ps []piece
	ls []boilerplate.Line
}

func (b *block) len() int { return len(b.ps) }

func (b *block) add(p piece, l boilerplate.Line) {
	b.ps = append(b.ps, p)
	b.ls = append(b.ls, l)
}

// end returns the offset just after the piece's text.
func (p piece) end() int64 { return p.off + int64(len(p.text)) }

// lineReader reads lines with their numbers and offsets, bounding their
// length.
type lineReader struct {
	br   *bufio.Reader
	max  int
	line int   // number of the last line returned
	off  int64 // offset of the next line
	buf  []byte

	// The buffered input as one string, from which lines are cut without
	// a copy each, and the position of the next line in it.
	chunk string
	pos   int
}

// errLine is a problem with one line; reading goes on after it.
type errLine struct {
	err    error
	column int
}

func (e *errLine) Error() string { return e.err.Error() }

// next returns the next line without its terminator ("\n" or "\r\n"). At
// the end of the input it returns io.EOF. A line longer than max is skipped
// and reported as *errLine wrapping ErrLineTooLong; other errors come from
// the underlying reader.
func (lr *lineReader) next() (piece, error) {
	if text, ok := lr.buffered(); ok {
		start := lr.off
		lr.off += int64(len(text)) + 1
		return lr.piece(text, start)
	}
	lr.buf = lr.buf[:0]
	start := lr.off
	tooLong := false
	for {
		chunk, err := lr.br.ReadSlice('\n')
		lr.off += int64(len(chunk))
		if !tooLong {
			if len(lr.buf)+len(chunk) > lr.max+2 { // +2 for "\r\n"
				tooLong = true
				lr.buf = lr.buf[:0]
			} else {
				lr.buf = append(lr.buf, chunk...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err != nil && err != io.EOF {
			return piece{}, err
		}
		if err == io.EOF && lr.off == start {
			return piece{}, io.EOF
		}
		if tooLong {
			lr.line++
			return piece{line: lr.line, off: start}, &errLine{err: ErrLineTooLong, column: lr.max + 1}
		}
		return lr.piece(string(bytes.TrimSuffix(lr.buf, []byte("\n"))), start)
	}
}

// piece numbers the line text, read at offset off with its "\n" removed,
// and returns it without a "\r" at its end: kept as read otherwise, so that
// offsets stay exact (normalize.Text repairs it), with an error for
// invalid UTF-8.
func (lr *lineReader) piece(text string, off int64) (piece, error) {
	lr.line++
	p := piece{text: strings.TrimSuffix(text, "\r"), line: lr.line, off: off}
	if !utf8.ValidString(p.text) {
		return p, &errLine{err: ErrInvalidUTF8, column: firstInvalid(p.text) + 1}
	}
	return p, nil
}

// buffered returns the next line, without its "\n", when the reader's
// buffer holds all of it and it is not too long. The buffer is turned into
// a string once and lines are cut from it, instead of one copy for each
// line; a line the buffer holds only in part goes the long way.
func (lr *lineReader) buffered() (string, bool) {
	if lr.pos == len(lr.chunk) {
		n := lr.br.Buffered()
		if n == 0 {
			return "", false
		}
		b, _ := lr.br.Peek(n)
		lr.chunk, lr.pos = string(b), 0
	}
	rest := lr.chunk[lr.pos:]
	i := strings.IndexByte(rest, '\n')
	if i < 0 || i > lr.max+1 { // as next bounds a line with its "\r\n"
		lr.chunk, lr.pos = "", 0
		return "", false
	}
	lr.pos += i + 1
	lr.br.Discard(i + 1)
	return rest[:i], true
}

// firstInvalid returns the index of the first byte of s that is not part of
// valid UTF-8.
func firstInvalid(s string) int {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(s)
}

// isBinary reports whether the start of an input looks like binary data:
// it holds NUL bytes, control characters in more than 1% of its bytes, or
// bytes that are not UTF-8 in more than 20%. Text in a single-byte
// encoding such as Latin-1 has far fewer.
func isBinary(head []byte) bool {
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	controls, invalid := 0, 0
	for i := 0; i < len(head); {
		if i+8 <= len(head) && swar.Printable(binary.LittleEndian.Uint64(head[i:])) {
			i += 8 // eight bytes of printable ASCII at once
			continue
		}
		if c := head[i]; c >= 0x20 && c < utf8.RuneSelf {
			i++ // printable ASCII, most of a text
			continue
		}
		r, n := utf8.DecodeRune(head[i:])
		switch {
		case r == utf8.RuneError && n <= 1:
			if len(head)-i < utf8.UTFMax && !utf8.FullRune(head[i:]) {
				i = len(head) // a character cut at the end of the sample
				continue
			}
			invalid++
		case r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f' && r != '\v':
			controls++
		}
		i += n
	}
	return controls*100 > len(head) || invalid*5 > len(head)
}
