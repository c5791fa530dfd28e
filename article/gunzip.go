package article

import (
	"bufio"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
)

// ErrRatio: compressed input expands beyond Reader.MaxRatio times its
// stored size (a decompression bomb, or data no dump holds); reading of the
// input stopped there.
var ErrRatio = errors.New("compression ratio too high")

// DefaultMaxRatio is the ratio of decompressed to stored bytes above which
// compressed input is refused. Text and HTML compress 3 to 15 times with
// gzip; a decompression bomb, a thousand times and more.
const DefaultMaxRatio = 200

// ratioFloor is how many bytes a compressed input may always expand to,
// whatever its ratio: small files of repeated lines compress far better
// than dumps do. It is a bound of its own, not a size that escapes the
// ratio: at ratioFloor bytes the ratio counts.
const ratioFloor = 16 << 20

// checkRatio returns an error wrapping ErrRatio when out bytes decompressed
// from stored reach ratioFloor and exceed ratio times stored.
func checkRatio(out, stored int64, ratio int) error {
	if out >= ratioFloor && out > int64(ratio)*stored {
		return fmt.Errorf("%w: %d bytes from %d stored, above %d to 1", ErrRatio, out, stored, ratio)
	}
	return nil
}

// A gunzip reads the gzip members of a stream one after another, as the
// multistream reader of compress/gzip does, counting the stored bytes and
// noting where each member starts: a WARC file compressed record by record
// (as Common Crawl's are) is indexed by the stored offsets of its members.
type gunzip struct {
	src      countReader
	zr       gzip.Reader
	out      int64         // decompressed bytes given
	starts   []memberStart // members begun, oldest first (see memberAt)
	maxRatio int
}

// A memberStart is where a gzip member starts: in the decompressed stream
// and in the stored bytes.
type memberStart struct{ out, stored int64 }

// maxStarts bounds the member starts kept: a reader that never asks for
// them (a text dump in many members) keeps only the latest.
const maxStarts = 4096

// countReader counts the bytes read through it. It is an io.ByteReader, so
// that the decompressor reads no byte beyond its member.
type countReader struct {
	r *bufio.Reader
	n int64
}

func (c *countReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

func (c *countReader) ReadByte() (byte, error) {
	b, err := c.r.ReadByte()
	if err == nil {
		c.n++
	}
	return b, err
}

// newGunzip starts to read the gzip stream of src; it fails when the first
// member's header is bad.
func newGunzip(src *bufio.Reader, maxRatio int) (*gunzip, error) {
	g := &gunzip{src: countReader{r: src}, maxRatio: maxRatio, starts: []memberStart{{}}}
	if err := g.zr.Reset(&g.src); err != nil {
		return nil, err
	}
	g.zr.Multistream(false)
	return g, nil
}

func (g *gunzip) Read(p []byte) (int, error) {
	for {
		n, err := g.zr.Read(p)
		g.out += int64(n)
		if err := checkRatio(g.out, g.src.n, g.maxRatio); err != nil {
			return n, err
		}
		if err != io.EOF {
			return n, err
		}
		if _, perr := g.src.r.Peek(1); perr != nil {
			return n, io.EOF // no member follows
		}
		stored := g.src.n
		if err := g.zr.Reset(&g.src); err != nil {
			return n, fmt.Errorf("gzip member at byte %d: %w", stored, err)
		}
		g.zr.Multistream(false)
		if len(g.starts) == maxStarts {
			g.starts = append(g.starts[:0], g.starts[maxStarts/2:]...)
		}
		g.starts = append(g.starts, memberStart{out: g.out, stored: stored})
		if n > 0 {
			return n, nil
		}
	}
}

// memberAt returns the stored offset of the member that starts at the
// decompressed offset out, if one does. It forgets the members that start
// before out: offsets must be asked for in increasing order.
func (g *gunzip) memberAt(out int64) (int64, bool) {
	i := 0
	for i < len(g.starts) && g.starts[i].out < out {
		i++
	}
	g.starts = g.starts[i:]
	if len(g.starts) > 0 && g.starts[0].out == out {
		return g.starts[0].stored, true
	}
	return 0, false
}
