package article

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"unicode/utf8"
)

// readLines reads every line of data with a lineReader over a buffer of
// size bytes.
func readLines(data []byte, size, max int) (ps []piece, errs []error) {
	lr := lineReader{br: bufio.NewReaderSize(bytes.NewReader(data), size), max: max}
	for {
		p, err := lr.next()
		if err == io.EOF {
			return ps, errs
		}
		ps = append(ps, p)
		errs = append(errs, err)
	}
}

// wantLines splits data as lineReader must: text without "\n" or "\r\n",
// line numbers from 1, byte offsets, too long lines reported empty.
func wantLines(data []byte, max int) (ps []piece, errs []error) {
	off := 0
	for n := 1; off < len(data); n++ {
		end := bytes.IndexByte(data[off:], '\n')
		next := off + end + 1
		if end < 0 {
			end, next = len(data)-off, len(data)
		}
		raw := data[off : off+end]
		p := piece{line: n, off: int64(off)}
		var err error
		switch {
		case next-off > max+2:
			err = ErrLineTooLong
		case !utf8.Valid(bytes.TrimSuffix(raw, []byte("\r"))):
			p.text = string(bytes.TrimSuffix(raw, []byte("\r")))
			err = ErrInvalidUTF8
		default:
			p.text = string(bytes.TrimSuffix(raw, []byte("\r")))
		}
		ps, errs = append(ps, p), append(errs, err)
		off = next
	}
	return ps, errs
}

func checkLines(t *testing.T, data []byte, size, max int) {
	t.Helper()
	got, gotErrs := readLines(data, size, max)
	want, wantErrs := wantLines(data, max)
	if len(got) != len(want) {
		t.Fatalf("%q (buffer %d, max %d): %d lines, want %d", data, size, max, len(got), len(want))
	}
	for i := range got {
		if got[i] != want[i] || lineErr(gotErrs[i]) != wantErrs[i] {
			t.Fatalf("%q (buffer %d, max %d): line %d = %+v, %v; want %+v, %v", data, size, max, i+1, got[i], gotErrs[i], want[i], wantErrs[i])
		}
	}
}

// lineErr returns the error an *errLine wraps, or err.
func lineErr(err error) error {
	var e *errLine
	if errors.As(err, &e) {
		return e.err
	}
	return err
}

func TestLineReader(t *testing.T) {
	data := []byte("eins\r\nzwei\n\ndrei " + strings.Repeat("lang ", 10) + "\nvier\xff\nfünf\r\n\r\n" + strings.Repeat("x", 40) + "\nsechs")
	for _, size := range []int{16, 17, 23, 64, 4096} {
		for _, max := range []int{8, 30, 1 << 20} {
			checkLines(t, data, size, max)
			checkLines(t, data[:len(data)-5], size, max) // ending in "\n"
		}
	}
}

func FuzzLineReader(f *testing.F) {
	f.Add([]byte("eins\r\nzwei\n\ndrei\n"), 16, 8)
	f.Add([]byte("a\xffb\nc"), 20, 100)
	f.Fuzz(func(t *testing.T, data []byte, size, max int) {
		size = 16 + abs(size)%64
		max = 1 + abs(max)%80
		checkLines(t, data, size, max)
	})
}

func abs(n int) int {
	if n < 0 {
		if n = -n; n < 0 {
			return 0
		}
	}
	return n
}

func TestIsBinary(t *testing.T) {
	text := strings.Repeat("Grüße aus Köln, sagte er. ", 20)
	for _, c := range []struct {
		head string
		want bool
	}{
		{text, false},
		{text[:len(text)-1] + "\xc3", false}, // a character cut at the end of the sample
		{strings.Repeat("Gr\xfc\xdfe aus K\xf6ln, sagte er. ", 20), false}, // Latin-1
		{text + "\x00", true},
		{text + strings.Repeat("\x01\x02", 10), true}, // control characters
		{text + "\t\r\n\f\v", false},                  // white space is no control character here
		{strings.Repeat("\xff\xfe\x80abc", 50), true}, // not UTF-8 in more than 20%
	} {
		if got := isBinary([]byte(c.head)); got != c.want {
			t.Errorf("isBinary(%.30q…) = %v, want %v", c.head, got, c.want)
		}
	}
}
