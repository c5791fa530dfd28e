package normalize

import (
	"bytes"

	"golang.org/x/text/language"
	"golang.org/x/text/transform"
)

// A Normalizer cleans the text of German and English news and counts what
// it changes: [Normalizer.Clean] for what every text needs,
// [Normalizer.Punctuation] for the quotation marks and dashes of its
// language, [Normalizer.Paragraph] for both. It is also a
// golang.org/x/text/transform.Transformer that does String to each line of
// a stream.
//
// The zero value applies every step with the defaults described at each
// method; the fields leave steps out or change them. Set them before the
// first call.
//
// A Normalizer keeps counts, and the quotation left open at the end of a
// paragraph for the next one, so it is not safe for concurrent use: give
// each goroutine, and each text, its own, as with the transformers of
// golang.org/x/text. Reset makes it ready for the next text.
type Normalizer struct {
	// Language selects the quotation marks and dashes of Punctuation:
	// German or English. For other languages Punctuation changes nothing.
	Language language.Tag

	// Marks selects the quotation marks: the typographic ones of the
	// language (the zero value), guillemets, or ASCII.
	Marks MarkStyle

	// MapGuillemets rewrites guillemets (» « › ‹) into the marks of Marks,
	// decided by their context like straight marks; by default they are
	// kept as written, since »…« is good German. The guillemet styles
	// always decide them, so that »…« and «…» come out alike.
	MapGuillemets bool

	// Dashes sets a hyphen-minus between spaces in running text as an en
	// dash (see Punctuation). It is off by default: the text keeps the
	// hyphens its writers typed, as quotations keep their words.
	Dashes bool

	// FoldNoBreak folds every no-break space (U+00A0, U+202F) to a plain
	// one; by default one that binds a number or an abbreviation to the
	// next word ("17 Kommentare", "z. B.") is kept.
	FoldNoBreak bool

	// KeepEntities leaves HTML character references as written.
	KeepEntities bool

	// KeepMojibake leaves text that looks mis-read as written.
	KeepMojibake bool

	// Counts adds up what the Normalizer has changed since it was made or
	// last reset.
	Counts Counts

	q       quoter   // the marks and the open quotations
	qFor    quoteKey // the settings q was made for
	qOK     bool     // q sets marks
	line    []byte   // Transform: the line read so far
	out     []byte   // Transform: output to write
	written int      // Transform: bytes of out written
}

// quoteKey holds the settings a quoter depends on.
type quoteKey struct {
	lang       language.Tag
	style      MarkStyle
	guillemets bool
	made       bool // set, so that the zero key stands for no quoter made yet
}

// Counts says how many changes of each kind a [Normalizer] made.
type Counts struct {
	Entities  int `json:"entities,omitempty"`  // HTML character references decoded
	Mojibake  int `json:"mojibake,omitempty"`  // characters restored from mis-read UTF-8
	Invisible int `json:"invisible,omitempty"` // soft hyphens, zero-width and control characters removed
	Folded    int `json:"folded,omitempty"`    // ligatures, full-width letters and (by option) no-break spaces folded
	Dashes    int `json:"dashes,omitempty"`    // hyphens set as dashes (or dashes as hyphens, for ASCII)
	Quotes    int `json:"quotes,omitempty"`    // quotation marks and apostrophes set
}

// Add adds the counts of c2 to c.
func (c *Counts) Add(c2 Counts) {
	c.Entities += c2.Entities
	c.Mojibake += c2.Mojibake
	c.Invisible += c2.Invisible
	c.Folded += c2.Folded
	c.Dashes += c2.Dashes
	c.Quotes += c2.Quotes
}

// Paragraph returns the paragraph s cleaned ([Normalizer.Clean]) and with its
// marks and dashes set ([Normalizer.Punctuation]). Successive calls are
// taken for successive paragraphs of one text.
func (n *Normalizer) Paragraph(s string) string {
	return n.Punctuation(n.Clean(s))
}

// Punctuation returns the paragraph s, cleaned already, with the quotation
// marks, apostrophes and dashes of n.Language:
//
//   - quotation marks and apostrophes as [Quotes] sets them, in the style
//     of n.Marks; a quotation left open at the end of one paragraph and
//     opened again at the start of the next, as long quotations are set,
//     is one quotation;
//   - with n.Dashes, a hyphen-minus, or two, between spaces in running
//     text becomes an en dash ("Berlin - Die" gives "Berlin – Die"); one
//     between numbers ("10 - 20") is left, and so is one that starts the
//     paragraph, a list item;
//   - with n.Marks set to ASCII, en and em dashes become "-".
//
// Successive calls are taken for successive paragraphs of one text; a
// blank paragraph is skipped.
func (n *Normalizer) Punctuation(s string) string {
	key := quoteKey{n.Language, n.Marks, n.MapGuillemets, true}
	if n.qFor != key {
		n.q, n.qOK = newQuoter(n.Language, n.Marks, n.MapGuillemets)
		n.qFor = key
	}
	if !n.qOK || s == "" {
		return s
	}
	var k int
	s, k = n.dashes(s)
	n.Counts.Dashes += k
	s, k = n.q.apply(s)
	n.Counts.Quotes += k
	return s
}

// Reset makes n ready for another text: the counts are zero, no quotation
// is open and no line is half read.
func (n *Normalizer) Reset() {
	n.Counts = Counts{}
	n.q.stack, n.q.cont = n.q.stack[:0], false
	n.line = n.line[:0]
	n.out, n.written = n.out[:0], 0
}

// maxLine bounds the bytes of a line Transform holds. A longer line is
// normalized in parts of this size, cut after a space where there is one.
const maxLine = 1 << 20

// Transform implements golang.org/x/text/transform.Transformer: each line
// of src (a paragraph, ended by "\n") is written to dst as String returns
// it, followed by "\n"; a last line without "\n" is written without one.
// Lines are held until they end, so that memory grows with the longest
// line, up to maxLine (1 MB) at a time.
func (n *Normalizer) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for {
		if n.written < len(n.out) {
			k := copy(dst[nDst:], n.out[n.written:])
			nDst += k
			n.written += k
			if n.written < len(n.out) {
				return nDst, nSrc, transform.ErrShortDst
			}
		}
		n.out, n.written = n.out[:0], 0
		if nSrc == len(src) {
			if atEOF && len(n.line) > 0 {
				n.flush()
				continue
			}
			return nDst, nSrc, nil
		}
		i := bytes.IndexByte(src[nSrc:], '\n')
		if i < 0 {
			n.line = append(n.line, src[nSrc:]...)
			nSrc = len(src)
			if len(n.line) >= maxLine {
				n.flushPart()
			}
			continue
		}
		line := src[nSrc : nSrc+i] // a whole line in src: no need to hold it
		if len(n.line) > 0 {
			n.line = append(n.line, line...)
			line = n.line
		}
		nSrc += i + 1
		out := n.Paragraph(string(line))
		n.line = n.line[:0]
		if len(dst)-nDst > len(out) {
			nDst += copy(dst[nDst:], out)
			dst[nDst] = '\n'
			nDst++
			continue
		}
		n.out = append(append(n.out, out...), '\n')
	}
}

// flush normalizes the line held, the last one of the input, and queues it
// for output.
func (n *Normalizer) flush() {
	n.out = append(n.out, n.Paragraph(string(n.line))...)
	n.line = n.line[:0]
}

// flushPart normalizes the part of an overlong line up to its last space
// between two ASCII letters or digits, where no mark or dash needs what
// stands on the other side, and keeps the rest; a quotation open at the
// cut stays open. The parts are joined by a space.
func (n *Normalizer) flushPart() {
	cut := len(n.line)
	for i := len(n.line) - 2; i > 0; i-- {
		if n.line[i] == ' ' && isAlnum(n.line[i-1]) && isAlnum(n.line[i+1]) {
			cut = i
			break
		}
	}
	n.out = append(n.out, n.Paragraph(string(n.line[:cut]))...)
	n.out = append(n.out, ' ')
	n.q.cont = true
	n.line = append(n.line[:0], n.line[cut:]...)
}
