package article

import (
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsdump/newsdump/boilerplate"
	"github.com/newsdump/newsdump/internal/enum"
	"github.com/newsdump/newsdump/internal/space"
	"github.com/newsdump/newsdump/internal/swar"
	"github.com/newsdump/newsdump/internal/topic"
	"github.com/newsdump/newsdump/normalize"
)

// Limits of the splitting heuristics.
const (
	longWords     = 25  // a paragraph of at least this many words is long
	titleMaxWords = 20  // a headline has at most this many words
	titleMaxBytes = 160 // and at most this many bytes
	lookahead     = 8   // unlabeled lines after a headline candidate to find two long paragraphs
	glueWindow    = 200 // bytes at the start of a line searched for a glued end marker
)

// A splitter cuts a stream of lines into articles. It holds the lines of
// one article at a time.
type splitter struct {
	cls   *boilerplate.Classifier
	clean normalize.Normalizer // cleans each line; its counts only tell which lines it changed (piece.dirty)
	hdr   *boilerplate.Headers // the forms of record headers; nil for none
	mode  Split

	start  string // why the article being read starts where it does (Source.Split)
	kcand  int    // index in cur of a key line that may open the next record's header, or -1
	hcand  int    // index in cur of a header block that opens the next record if text follows, or -1
	hrule  string // the form of that block
	blanks int    // blank lines before the line being pushed
	// match is what the record headers make of the line being added
	// (the zero value for nothing); sawHeader says a line of the article
	// being read matched.
	match     boilerplate.HeaderMatch
	sawHeader bool
	// innerBlanks is the longest run of blank lines of the input that
	// separates no articles: only a longer run may.
	innerBlanks int
	cutOnce     bool // an article of the input has ended
	// marked says the input marks where its articles end (see marks):
	// the words of its articles split it no more.
	marked bool
	// textLines and proseLines count the input's non-blank lines and its
	// paragraphs of running text among them.
	textLines, proseLines int

	// tq holds the headlines after running text that start a new article
	// if the words after them share little with the words before (see
	// topicLine), oldest first; the other slices are the memory of the
	// content words that decide (package topic).
	tq                               []topicCand
	tscratch, ttitle, tbefore, tboth []uint32
	// rcand is the index in cur of a line like its first with text, after
	// running text, or -1; rpend that of the first of its first two lines
	// again, waiting for running text after them (rprose paragraphs so far),
	// or -1.
	rcand, rpend, rprose int

	cur      block       // lines of the article being read
	size     int         // bytes in cur, with lineCost for each line
	hadLong  bool        // cur has a long paragraph
	tail     bool        // an end marker followed the last long paragraph
	cand     int         // index in cur of a headline candidate, or -1
	candWhy  string      // what made it one (Source.Split)
	inHeader bool        // the lines since the last long paragraph hold a record's header
	hadProse bool        // cur has a paragraph of running text (isProse)
	lastEnd  int         // index in cur of the last end marker after text, or -1
	look     int         // unlabeled lines seen after the candidate
	longs    int         // long paragraphs seen after the candidate
	done     []doneBlock // complete articles, oldest first
	spare    *spares     // the memory of parsed articles, to hold the next ones'; shared by the splitters of a Reader

	problems []*ParseError // problems in lines not yet returned, in order
}

// A doneBlock is a complete article and why it starts where it does.
type doneBlock struct {
	block
	start  string
	header bool // a line may be of a record's header (see headerLines)
}

// The reasons an article of a text starts where it does, as Source.Split
// gives them; a record header's form gives its name (boilerplate.HeaderForm).
const (
	StartFormFeed      = "form-feed"       // a form feed
	StartSeparator     = "separator"       // a line of "=", "-" or "*"
	StartEndMarker     = "end-marker"      // an end marker run into the next article's first line
	StartTitleAfterEnd = "title-after-end" // a headline and running text after an end marker
	StartBlankLines    = "blank-lines"     // a headline and running text after a run of blank lines
	StartPage          = "page-start"      // a line that only a page's top has ("Skip to content")
	StartTopic         = "topic-shift"     // a headline after which the words change (see SplitAuto)
	StartRepeat        = "repeated-start"  // the first two lines of the article before again
)

// Split chooses how a Reader cuts a text into articles.
type Split uint8

// The ways of splitting a text.
const (
	// SplitAuto cuts at separators (form feeds, lines of "=", "-" or
	// "*"), at the headers and trailers of records (Reader.HeaderForms),
	// and where the text shows a new article starts: an end marker run
	// into the next line, a headline followed by running text after an
	// end marker or after a run of blank lines longer than the input's
	// runs between paragraphs, a skip link that opens the render of a
	// page ("Skip to content"), the first two lines of the article before
	// again after its text (the menu that opens each page of a site), and,
	// in a text of running text, a headline after which the words change:
	// the content words of the hundred after it share little with the two
	// hundred before, as the sections of one article do not.
	SplitAuto Split = iota
	// SplitSeparator cuts at separators only.
	SplitSeparator
	// SplitHeader cuts at separators and records' headers and trailers.
	SplitHeader
	// SplitNone reads each input as one article.
	SplitNone
)

var splitModes = enum.Names[Split]{Pkg: "article", Type: "Split", What: "split", List: []string{
	SplitAuto: "auto", SplitSeparator: "separator", SplitHeader: "header", SplitNone: "none",
}}

// String returns the split's name: auto, separator, header or none.
func (s Split) String() string { return splitModes.String(s) }

// MarshalText encodes the split as its name.
func (s Split) MarshalText() ([]byte, error) { return splitModes.Marshal(s) }

// UnmarshalText decodes a split from its name.
func (s *Split) UnmarshalText(b []byte) (err error) {
	*s, err = splitModes.Unmarshal(b)
	return err
}

// newSplitter returns a splitter that keeps the memory of parsed articles
// in spare for the next ones.
func newSplitter(cls *boilerplate.Classifier, spare *spares, clean normalize.Normalizer, cfg splitConfig) *splitter {
	s := &splitter{cls: cls, spare: spare, clean: clean, hdr: cfg.headers, mode: cfg.mode}
	s.reset()
	return s
}

// A splitConfig is how a Reader splits text: the mode and the record
// headers it knows.
type splitConfig struct {
	mode    Split
	headers *boilerplate.Headers
}

// add takes the next line of the input.
func (s *splitter) add(p piece) {
	if s.mode == SplitNone {
		s.push(p)
		return
	}
	for {
		i := strings.IndexByte(p.text, '\f')
		if i < 0 {
			break
		}
		s.addLine(piece{text: p.text[:i], line: p.line, off: p.off})
		s.boundaryFor(StartFormFeed)
		p = piece{text: p.text[i+1:], line: p.line, off: p.off + int64(i) + 1}
	}
	s.addLine(p)
}

func (s *splitter) addLine(p piece) {
	if isSeparator(p.text) {
		s.boundaryFor(StartSeparator)
		return
	}
	if s.mode == SplitSeparator {
		s.push(p)
		return
	}
	s.match = boilerplate.HeaderMatch{}
	if s.hdr != nil && !space.Blank(p.text) {
		if m, ok := s.hdr.Match(p.text); ok {
			s.match = m
			switch {
			case m.Start:
				s.boundaryFor(m.Rule)
			case m.End:
				s.sawHeader = true
				s.push(p)
				s.boundaryFor(m.Rule)
				return
			}
			s.sawHeader = true
		}
	}
	if s.mode == SplitHeader {
		s.push(p)
		return
	}
	for {
		k := s.gluedEnd(p.text)
		if k <= 0 {
			break
		}
		s.push(piece{text: p.text[:k], line: p.line, off: p.off})
		s.boundaryFor(StartEndMarker)
		p = piece{text: p.text[k:], line: p.line, off: p.off + int64(k)}
	}
	s.push(p)
}

// push appends a line to the current article and looks for the start of
// the next one.
func (s *splitter) push(p piece) {
	text := cleanPiece(&s.clean, &p)
	line := s.cls.NewLine(text)
	if line.Blank() {
		s.blanks++
	}
	if n := s.cur.len(); line.Blank() && n > 0 && s.cur.ls[n-1].Blank() && space.Blank(p.text) {
		// A run of blank lines separates as one does: only its first is
		// kept, so that it costs no memory line by line. A line that is
		// blank only once cleaned (control characters) is kept: the
		// article holds it, as when it stands first.
		return
	}
	s.cur.add(p, line)
	s.size += len(p.text) + lineCost
	l := &s.cur.ls[s.cur.len()-1]
	if l.Blank() {
		return
	}
	blanks := s.blanks
	s.blanks = 0
	prose := isProse(l)
	s.textLines++
	if prose {
		s.proseLines++
	}
	// Blank lines separate articles in a text of articles, not in the
	// render of a page, which has more lines of menus and teasers than of
	// running text: a run longer than any that separated nothing, after
	// running text.
	byBlanks := s.hadProse && blanks >= 3 && blanks > s.innerBlanks && (s.endsText() || blanks >= s.innerBlanks+2) &&
		s.proseLines*3 >= s.textLines
	if blanks > s.innerBlanks && (!s.hadProse && !s.cutOnce || prose && !isTitleLike(l)) {
		// A run of blank lines among the menus at the top of the input
		// (a page's render), or between paragraphs of running text:
		// runs as long separate nothing in this input.
		s.innerBlanks = blanks
	}
	if s.mode == SplitNone || s.mode == SplitSeparator {
		return
	}
	if s.headerBlock() {
		return
	}
	if s.hcand >= 0 && l.WordsUpTo(4) >= 4 {
		s.pendingHeader()
		l = &s.cur.ls[s.cur.len()-1] // the line moved with the new article's
	}
	if s.mode == SplitHeader {
		s.hadLong = s.hadLong || isLong(l) // what a record's header block after text needs
		return
	}
	if s.repeatLine(l, prose) {
		l = &s.cur.ls[s.cur.len()-1] // the line moved with the new article's
	}
	if s.cand >= 0 {
		if _, ok := l.DateLine(); ok {
			s.cand = -1 // a teaser: headline, summary, date
		} else if s.candWhy == StartBlankLines && prose {
			// After a run of blank lines, a headline and a paragraph of
			// running text.
			s.cutFor(s.cand, s.candWhy)
			s.hadLong, s.hadProse = isLong(l), true
			return
		} else if isLong(l) {
			// Two long paragraphs: an article, not a teaser with a
			// long summary.
			if s.longs++; s.longs >= 2 {
				at := s.cand
				if s.candWhy == StartTitleAfterEnd && s.lastEnd >= 0 && s.lastEnd < at {
					// The next article starts right after the last end
					// marker: what stands between (the next page's menu,
					// in renders of whole pages) is its own.
					at = s.lastEnd + 1
				}
				s.cutFor(at, s.candWhy)
				s.hadLong = true
				return
			}
		} else if _, ok := s.cls.LineRule(l); !ok {
			if s.look++; s.look > lookahead {
				s.cand = -1
			}
		}
	}
	s.topicLine(l, prose)
	l = &s.cur.ls[s.cur.len()-1] // the line moved if the article was cut
	if s.hadProse && len(l.Text()) <= 60 && s.cls.LineStartsPage(l) {
		s.cutFor(s.cur.len()-1, StartPage) // the top of the next page
		return
	}
	if s.hadLong { // an end marker before any text ends nothing
		if _, ok := s.cls.LineEndMarker(l); ok {
			s.tail = true
			s.lastEnd = s.cur.len() - 1
			return
		}
	}
	if prose {
		s.hadProse = true
	}
	if isLong(l) {
		s.hadLong = true
		s.tail = false
		s.inHeader = false
		return
	}
	switch {
	case s.cand >= 0:
	case byBlanks:
		// Whatever follows a run of blank lines longer than any that
		// separated nothing: a headline, a kicker, a byline.
		s.cand, s.look, s.longs, s.candWhy = s.cur.len()-1, 0, 0, StartBlankLines
	case s.tail && isTitleLike(l):
		if _, ok := s.cls.LineRule(l); !ok {
			s.cand, s.look, s.longs, s.candWhy = s.cur.len()-1, 0, 0, StartTitleAfterEnd
		}
	}
}

// endsText reports whether the last line before the one just pushed ends
// a sentence: the text before a run of blank lines had ended.
func (s *splitter) endsText() bool {
	for i := s.cur.len() - 2; i >= 0; i-- {
		if l := &s.cur.ls[i]; !l.Blank() {
			return isLong(l) || endsSentence(l.Text())
		}
	}
	return false
}

// headerBlock looks for the header block of the next record among the key
// lines of a form whose blocks open records: a key line after the
// article's text, and another key line of such a form next, cut the
// article before the first. It reports whether the line was a key line.
func (s *splitter) headerBlock() bool {
	if s.hdr == nil {
		return false
	}
	m := s.match // what addLine found on this line
	if !m.Key || !m.Opens {
		s.kcand = -1
		return false
	}
	switch {
	case s.kcand >= 0:
		// A header block: the next record's, once text follows it (see
		// pendingHeader); a block at the input's end is the trailer of
		// the article before.
		if s.hcand < 0 {
			s.hcand, s.hrule = s.kcand, m.Rule
		}
		s.kcand = -1
	case s.hadLong && !s.inHeader && s.hcand < 0:
		s.kcand = s.cur.len() - 1
	}
	return true
}

// pendingHeader cuts the article before the header block found after its
// text, now that a line of text (four words or more) follows the block.
func (s *splitter) pendingHeader() {
	at, rule := s.hcand, s.hrule
	s.hcand = -1
	s.cutFor(at, rule)
	s.inHeader = true
}

// cutFor ends the current article before cur[i]; the lines from i on
// start the next one, which starts for the reason why.
func (s *splitter) cutFor(i int, why string) {
	old := s.cur
	if hasText(old.ps[:i]) {
		// The lines before i are an article of their own, in memory of
		// their own; the rest keeps the memory, which has room to grow.
		s.done = append(s.done, doneBlock{block{slices.Clone(old.ps[:i]), slices.Clone(old.ls[:i])}, s.start, s.sawHeader})
		s.start, s.cutOnce = why, true
		s.marked = s.marked || marks(why)
	}
	n := copy(old.ps, old.ps[i:])
	copy(old.ls, old.ls[i:])
	clear(old.ps[n:]) // drop the strings for the collector
	clear(old.ls[n:])
	s.clearState()
	s.cur = block{old.ps[:n], old.ls[:n]}
	for _, p := range s.cur.ps {
		s.size += len(p.text) + lineCost
	}
}

// boundary ends the current article.
func (s *splitter) boundary() { s.boundaryFor("") }

// boundaryFor ends the current article; the next starts for the reason
// why, if the current one held text.
func (s *splitter) boundaryFor(why string) {
	for len(s.tq) > 0 {
		if c := s.tq[0]; c.prose && c.words >= topicMinAfter {
			s.topicCut() // the words after the candidate up to here must do
		} else {
			s.tq = s.tq[:copy(s.tq, s.tq[1:])]
		}
	}
	if hasText(s.cur.ps) {
		s.done = append(s.done, doneBlock{s.cur, s.start, s.sawHeader})
		s.start, s.cutOnce, s.sawHeader = why, true, false
	} else if why != "" {
		s.start = why
	}
	s.marked = s.marked || marks(why)
	if why == StartFormFeed || why == StartSeparator {
		// What the splitter learned of the input starts anew after a
		// separator, as in a chunk that Parallel splits on its own.
		s.innerBlanks, s.cutOnce, s.textLines, s.proseLines, s.marked, s.blanks = 0, false, 0, 0, false, 0
	}
	s.reset()
}

func (s *splitter) reset() {
	s.cur = s.spare.take()
	s.clearState()
}

// clearState forgets what the splitter found in the lines of the current
// article.
func (s *splitter) clearState() {
	s.size = 0
	s.hadLong, s.hadProse, s.tail, s.inHeader = false, false, false, false
	s.cand, s.look, s.longs, s.kcand, s.lastEnd, s.hcand = -1, 0, 0, -1, -1, -1
	s.tq = s.tq[:0]
	s.rcand, s.rpend = -1, -1
}

// recycle takes back the lines of an article that has been parsed: the
// Article holds none of them, so that their memory can hold the lines of
// another article.
func (s *splitter) recycle(b block) { s.spare.put(b) }

// spares holds the memory of the lines of parsed articles, for the next
// ones: one block as Read recycles it, up to maxSpares when articles are
// parsed on other goroutines (Parallel) and come back in batches.
type spares struct {
	free  []block
	lines [][]lineResult // the memory of chunks' lines (see readChunk)
}

// maxSpares bounds the blocks kept, and maxSpareLines the size of each but
// the first: an article of a hundred thousand lines keeps its memory only
// while it is the one spare.
const (
	maxSpares     = 64
	maxSpareLines = 1024
)

// take returns a spare block, or an empty one.
func (sp *spares) take() block { return pop(&sp.free) }

// pop removes the last element of a stack and returns it, or the zero
// value when the stack is empty; the stack drops its reference to it.
func pop[T any](stack *[]T) T {
	var zero T
	n := len(*stack)
	if n == 0 {
		return zero
	}
	v := (*stack)[n-1]
	(*stack)[n-1] = zero
	*stack = (*stack)[:n-1]
	return v
}

// put keeps the memory of b for a later article, if there is room.
func (sp *spares) put(b block) {
	if cap(b.ps) == 0 || cap(b.ls) == 0 || len(sp.free) >= maxSpares || len(sp.free) > 0 && cap(b.ps) > maxSpareLines {
		return
	}
	// Drop the strings for the collector. Past its length a block holds
	// only zero values: it grows by append, and cut clears what it moves.
	clear(b.ps)
	clear(b.ls)
	sp.free = append(sp.free, block{b.ps[:0], b.ls[:0]})
}

// takeLines returns the memory of a chunk's lines, empty.
func (sp *spares) takeLines() []lineResult { return pop(&sp.lines) }

// putLines keeps the memory of a chunk's lines for a later chunk, if there
// is room.
func (sp *spares) putLines(ls []lineResult) {
	if cap(ls) == 0 || len(sp.lines) >= maxSpares {
		return
	}
	clear(ls) // drop the strings for the collector
	sp.lines = append(sp.lines, ls[:0])
}

// next returns the oldest complete article, if any, with why it starts
// where it does.
func (s *splitter) next() (doneBlock, bool) {
	if len(s.done) == 0 {
		return doneBlock{}, false
	}
	a := s.done[0]
	s.done[0] = doneBlock{}
	s.done = s.done[1:]
	return a, true
}

// gluedEnd returns the length of an end marker that starts text and runs
// into the next article without a space, as in "(ako)USA und China", or 0.
func (s *splitter) gluedEnd(text string) int {
	n := min(len(text), glueWindow+1) // characters starting in the window are looked at
	for base := 0; base < n; base += 8 {
		// The bytes that may start an upper-case letter: A to Z and the
		// first bytes of characters beyond ASCII (0xC0 and above; the bytes
		// that continue a character are no rune start, or an invalid one),
		// eight at a time where the line has them.
		var m uint64
		if base+8 <= len(text) {
			x := swar.Load(text, base)
			m = swar.Between(x, 'A', 'Z') | swar.Leading(x)
		} else {
			for k := base; k < len(text); k++ {
				if c := text[k]; c >= 'A' && c <= 'Z' || c >= 0xC0 {
					m |= 0x80 << (8 * (k - base))
				}
			}
		}
		for ; m != 0; m &= m - 1 {
			i := base + bits.TrailingZeros64(m)/8
			if i == 0 || i >= n {
				continue
			}
			r, size := rune(text[i]), 1
			if r >= utf8.RuneSelf {
				// A copy of the character before, as in a rule "━━━━", is
				// no upper-case letter after a lower-case one.
				if k := leadSize(text[i]); i >= k && i+k <= len(text) && text[i-k:i] == text[i:i+k] {
					continue
				}
				if r, size = utf8.DecodeRuneInString(text[i:]); !unicode.IsUpper(r) {
					continue
				}
			}
			prev, _ := utf8.DecodeLastRuneInString(text[:i])
			if !unicode.IsLower(prev) && prev != ')' && prev != ']' {
				continue
			}
			// The marker must end here: a rule that also takes the next
			// letter ("© Ada Yokota / Getty Images / iStock") is an open
			// pattern that happened to match a prefix.
			if _, ok := s.cls.EndMarker(text[:i]); ok {
				if _, more := s.cls.EndMarker(text[:i+size]); !more {
					return i
				}
			}
		}
	}
	return 0
}

// leadSize returns the size of the character that the byte c, 0xC0 or
// above, starts when the character is valid.
func leadSize(c byte) int {
	switch {
	case c < 0xE0:
		return 2
	case c < 0xF0:
		return 3
	}
	return 4
}

// isSeparator reports whether line separates articles: a line of three or
// more "=", "-" or "*" and nothing else but spaces.
func isSeparator(line string) bool {
	if line == "" || line[0] > ' ' && line[0] < utf8.RuneSelf && line[0] != '=' && line[0] != '-' && line[0] != '*' {
		return false // the common case, decided by the first byte
	}
	line = space.Trim(line)
	if len(line) < 3 {
		return false
	}
	c := line[0]
	if c != '=' && c != '-' && c != '*' {
		return false
	}
	n := 0
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case c:
			n++
		case ' ':
		default:
			return false
		}
	}
	return n >= 3
}

// isLong reports whether t is a paragraph of running text: many words and
// a sentence end, not cut short with an ellipsis.
func isLong(l *boilerplate.Line) bool {
	if l.WordsUpTo(longWords) < longWords {
		return false
	}
	t := l.Text()
	r, _ := utf8.DecodeLastRuneInString(t)
	if r == '…' || strings.HasSuffix(t, "...") {
		return false
	}
	return strings.ContainsRune(".!?\"“”„'’)»«]", r)
}

// proseWords is how many words a paragraph of running text has at least.
const proseWords = 12

// isProse reports whether a line is a paragraph of running text: a
// sentence's worth of words and a sentence end.
func isProse(l *boilerplate.Line) bool {
	return len(l.Text()) >= 2*proseWords && endsSentence(l.Text()) && l.WordsUpTo(proseWords) >= proseWords
}

// isTitleLike reports whether t could be a headline.
func isTitleLike(l *boilerplate.Line) bool {
	t := l.Text()
	if len(t) > titleMaxBytes || l.WordsUpTo(titleMaxWords+1) > titleMaxWords {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(t)
	if strings.ContainsRune(".,;…", r) {
		return false
	}
	_, isDate := l.DateLine()
	return !isDate
}

func hasText(ps []piece) bool {
	for _, p := range ps {
		if !space.Blank(p.text) {
			return true
		}
	}
	return false
}

// problem returns the first recorded problem up to the end of the article
// at src and forgets those before its end. A problem between articles (on
// a line that held no text) comes with the article after it, so that none
// is lost.
func (s *splitter) problem(src Source) error {
	var first *ParseError
	n := 0
	for _, e := range s.problems {
		if e.Offset > src.EndOffset {
			break
		}
		if first == nil {
			first = e
		}
		n++
	}
	s.problems = s.problems[n:]
	if first == nil {
		return nil
	}
	return first
}

// Limits of the topic candidates: content words (package topic) before a
// candidate and after it that decide, the fewest before and after that
// may, the lines after it in which running text must follow, the
// candidates waiting at most, and the score under which one starts an
// article.
const (
	topicBefore    = 200
	topicAfter     = 100
	topicMinBefore = 30
	topicMinAfter  = 40
	topicLook      = 3
	topicWaiting   = 16
	topicCutScore  = -0.055
)

// A topicCand is a headline that may start an article, waiting for the
// words after it.
type topicCand struct {
	at    int  // index in cur
	look  int  // lines after it without running text
	words int  // content words after it
	prose bool // running text followed it
}

// topicLine looks for new articles whose words differ from those before:
// a headline after running text, running text within topicLook lines, and
// a vocabulary after it unlike the one before (see topicCut), once the
// words after it are enough to tell.
func (s *splitter) topicLine(l *boilerplate.Line, prose bool) {
	if len(s.tq) > 0 {
		s.tscratch = topic.Words(s.tscratch[:0], l.Text())
		n := len(s.tscratch)
		q := s.tq[:0]
		for _, c := range s.tq {
			c.words += n
			if !c.prose {
				if prose {
					c.prose = true
				} else if c.look++; c.look > topicLook {
					continue // no running text after it: no headline
				}
			}
			q = append(q, c)
		}
		s.tq = q
	}
	if len(s.tq) < topicWaiting && s.topicCandidate(l) {
		s.tq = append(s.tq, topicCand{at: s.cur.len() - 1})
	}
	for len(s.tq) > 0 && s.tq[0].prose && s.tq[0].words >= topicAfter {
		s.topicCut()
	}
}

// topicCandidate reports whether the line just pushed may start an
// article that topicCut tells by its words: a headline of two words or
// more, no item of a numbered list, no line a rule knows, not the line
// before again, after running text, in a text of running text.
func (s *splitter) topicCandidate(l *boilerplate.Line) bool {
	if s.marked || !s.hadProse || s.cand >= 0 || s.proseLines*3 < s.textLines || !isTitleLike(l) || l.WordsUpTo(2) < 2 || numbered(l.Text()) {
		return false
	}
	n := s.cur.len()
	for i := n - 2; i >= 0; i-- {
		if p := &s.cur.ls[i]; !p.Blank() {
			if p.Text() == l.Text() {
				return false
			}
			break
		}
	}
	_, ok := s.cls.LineRule(l)
	return !ok
}

// topicCut decides on the first topic candidate and drops it: it starts
// an article when the words before it and after it are unlike
// (topic.Similarity), the words after share few of its own, and the text
// before had ended.
func (s *splitter) topicCut() {
	at := s.tq[0].at
	s.tq = s.tq[:copy(s.tq, s.tq[1:])]
	before := s.tbefore[:0]
	prevEnds := false
	for i := at - 1; i >= 0 && len(before) < topicBefore; i-- {
		l := &s.cur.ls[i]
		if l.Blank() {
			continue
		}
		if len(before) == 0 {
			prevEnds = endsSentence(l.Text())
		}
		before = topic.Words(before, l.Text()) // the order of the words does not matter
	}
	s.tbefore = before
	if len(before) < topicMinBefore {
		return
	}
	title := topic.Words(s.ttitle[:0], s.cur.ls[at].Text())
	both := append(s.tboth[:0], title...)
	for i := at + 1; i < s.cur.len() && len(both) < topicAfter; i++ {
		both = topic.Words(both, s.cur.ls[i].Text())
	}
	both = both[:min(len(both), topicAfter)]
	s.ttitle, s.tboth = title, both
	// Shared sorts the words after the headline in place, Similarity all
	// of both: bags, whose order does not matter.
	shared := topic.Shared(title, both[len(title):])
	score := topic.Similarity(before, both) - 0.05*shared - 0.005*float64(s.cur.ls[at].WordsUpTo(10))
	if prevEnds {
		score -= 0.01
	}
	if score >= topicCutScore {
		return
	}
	q := s.tq
	s.cutFor(at, StartTopic) // clears tq
	for i := range q {
		q[i].at -= at // the later candidates, in the new article
	}
	s.tq = q
	for i := range s.cur.ls {
		l := &s.cur.ls[i]
		s.hadProse = s.hadProse || isProse(l)
		s.hadLong = s.hadLong || isLong(l)
	}
}

// repeatLine looks for the start of a page of the site of the page before:
// in an article that opens a page (the input's first, or one after a skip
// link, a separator or a page like this one), after running text, the
// first two lines with text of the article again, and two paragraphs of
// running text after them: a site's footer that repeats its menu is
// followed by none. It reports whether it cut the article before the
// first of the two lines.
func (s *splitter) repeatLine(l *boilerplate.Line, prose bool) bool {
	if at := s.rpend; at >= 0 {
		if prose {
			if s.rprose++; s.rprose >= 2 {
				s.cutFor(at, StartRepeat)
				s.hadProse = true
				return true
			}
		}
		return false
	}
	switch s.start {
	case StartPage, StartRepeat, StartFormFeed, StartSeparator:
	case "":
		if s.cutOnce {
			return false
		}
	default:
		return false
	}
	if !s.hadProse {
		return false
	}
	t := l.Text()
	first, second := -1, -1
	for i := range s.cur.len() - 1 {
		if !s.cur.ls[i].Blank() {
			if first < 0 {
				first = i
			} else {
				second = i
				break
			}
		}
	}
	if second < 0 {
		return false
	}
	if at := s.rcand; at >= 0 {
		s.rcand = -1
		if t == s.cur.ls[second].Text() {
			s.rpend, s.rprose = at, 0
			return false
		}
	}
	if t == s.cur.ls[first].Text() && t != s.cur.ls[second].Text() && l.Counts().Words > 0 && s.cur.ls[second].Counts().Words > 0 && !isProse(&s.cur.ls[second]) {
		// Two lines with words, no running text, not one line twice: a
		// bare bullet, a recipe's title and summary, "Anzeige" and
		// "Anzeige" repeat inside a page, a menu opens pages.
		s.rcand = s.cur.len() - 1
	}
	return false
}

// marks reports whether an article that starts for the reason why shows
// that the input marks where its articles end: a record's header, a run of
// blank lines. (A separator may be a rule inside an article.)
func marks(why string) bool {
	switch why {
	case "", StartTopic, StartRepeat, StartEndMarker, StartTitleAfterEnd, StartPage, StartFormFeed, StartSeparator:
		return false
	}
	return true
}

// numbered reports whether a line is an item of a numbered list: "3. ",
// "12) ".
func numbered(t string) bool {
	i := 0
	for i < len(t) && i < 4 && '0' <= t[i] && t[i] <= '9' {
		i++
	}
	return i > 0 && i+1 < len(t) && (t[i] == '.' || t[i] == ')') && t[i+1] == ' '
}
