package article

import (
	"cmp"
	"errors"
	"io"
	"strings"

	"github.com/newsdump/newsdump/internal/space"
)

// Parallel splits plain text on its workers too: the reading goroutine
// only reads lines, and cuts them into chunks where a form feed or a
// separator line ends every article (the splitter starts afresh there);
// each chunk goes to a worker, which splits and parses it as Read would.
// A text without such breaks for maxChunk bytes is split on the reading
// goroutine from there on, as by Read.

// maxChunk bounds a chunk of lines.
const maxChunk = 8 << 20

// A lineResult is what a lineReader gave for one line, and where it stood
// after it.
type lineResult struct {
	p    piece
	err  error
	off  int64 // lineReader.off after the line
	line int   // lineReader.line after the line
}

// errChunkEnd ends the lines of a chunk that is not the input's last.
var errChunkEnd = errors.New("end of chunk")

// nextLine returns the next line of the input: a line read before, or a
// new one.
func (in *input) nextLine() (piece, error) {
	if len(in.replay) == 0 {
		if in.partial {
			return piece{}, errChunkEnd
		}
		return in.lines.next()
	}
	e := in.replay[0]
	in.replay = in.replay[1:]
	in.lines.off, in.lines.line = e.off, e.line
	return e.p, e.err
}

// readChunk reads the lines up to the next place where every article ends,
// or the input's end, and returns them as a task for a worker. A text
// without such places for maxChunk bytes goes back to the splitter of the
// input.
func (r *Reader) readChunk(in *input) (*task, error) {
	t := &task{path: in.path, empty: in.empty, lines: r.spare.takeLines(), start: in.nextStart}
	size := 0
	for {
		p, err := in.lines.next()
		t.lines = append(t.lines, lineResult{p, err, in.lines.off, in.lines.line})
		bad, _ := err.(*errLine)
		switch {
		case err == io.EOF, err != nil && bad == nil:
			in.eof = true
			t.last = true
			return t, nil
		case bad == nil || bad.err != ErrLineTooLong:
			if in.empty && !space.Blank(p.text) {
				in.empty = false
			}
		}
		if err == nil && r.Split != SplitNone && endsAll(p.text) {
			in.nextStart = StartFormFeed // the next chunk's first article starts after it
			if isSeparator(p.text) {
				in.nextStart = StartSeparator
			}
			return t, nil
		}
		if size += len(p.text) + lineCost; size > cmp.Or(r.maxChunk, maxChunk) {
			in.chunked, in.replay = false, t.lines
			in.split.start = t.start
			return r.readFrom(in)
		}
	}
}

// endsAll reports whether the splitter, having taken line, holds no part of
// an article: the line is a separator, or ends with a form feed and blank
// space.
func endsAll(line string) bool {
	if i := strings.LastIndexByte(line, '\f'); i >= 0 {
		return space.Blank(line[i+1:])
	}
	return isSeparator(line)
}

// runChunk splits and parses a chunk of lines as Read would, giving its
// articles and errors in order.
func (r *Reader) runChunk(t *task, yield func(*Article, string, error)) {
	in := &input{path: t.path, empty: t.empty, replay: t.lines, partial: !t.last}
	in.split = newSplitter(r.parser.cls, &r.spare, r.parser.norm, r.splitCfg)
	in.split.start = t.start
	for {
		tk, err := r.readFrom(in)
		if tk == nil && err == nil {
			r.spare.put(in.split.cur) // the memory the splitter took for an article to come
			return
		}
		if tk == nil {
			yield(nil, "", err)
			continue
		}
		a, skip, err := r.run(tk)
		tk.split.recycle(tk.b)
		yield(a, skip, err)
	}
}
