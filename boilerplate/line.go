package boilerplate

import (
	"unicode/utf8"

	"github.com/newsdump/newsdump/internal/words"
	"github.com/newsdump/newsdump/normalize"
)

// A Line is one line of a page prepared for a classifier: its text, the
// text as rules see it, and what the classifier has found in it so far, so
// that a line is measured once however often it is asked about (by a
// splitter looking for the end of an article, then by Classify). Make
// Lines with Classifier.NewLine; the zero Line is a blank line.
type Line struct {
	text   string
	key    string       // text with white space folded (see fold)
	idx    *index       // the index of the classifier that made the line
	counts words.Counts // of key, once known
	nchars int          // characters of key, once known

	// What the index finds for the line, each set once asked for.
	exact, phrase, pattern uint64
	// Rules of the index tried on the line, and those that matched.
	tested, matched uint64

	date *normalize.Date // the line as a date line, once known; nil if it is none
	done uint8
}

// Bits of Line.done.
const (
	exactDone = 1 << iota
	phraseDone
	patternDone
	wordsDone
	charsDone
	dateDone
)

// NewLine prepares one line of a page for the classifier.
func (c *Classifier) NewLine(text string) Line {
	return Line{text: text, key: fold(text), idx: c.index}
}

// Text returns the line as it was given.
func (l *Line) Text() string { return l.text }

// Blank reports whether the line holds nothing but white space.
func (l *Line) Blank() bool { return l.key == "" }

// maxRuleWords bounds Rule.MaxWords.
const maxRuleWords = 64

// WordsUpTo returns WordsUpTo(l.Text(), limit), from the words counted
// once (see Counts).
func (l *Line) WordsUpTo(limit int) int {
	if limit < 0 {
		return l.words()
	}
	return min(l.words(), limit)
}

// words returns the line's words: its fields, as WordsUpTo counts them.
func (l *Line) words() int { return l.Counts().Fields }

// Counts returns words.Count of the line with its white space
// folded, counting once.
func (l *Line) Counts() words.Counts {
	if l.done&wordsDone == 0 {
		l.counts, l.done = words.Count(l.key), l.done|wordsDone
	}
	return l.counts
}

// longerThan reports whether the folded line has more than n characters,
// counting them once and only when its bytes do not decide.
func (l *Line) longerThan(n int) bool {
	if len(l.key) <= n {
		return false
	}
	if l.done&charsDone == 0 {
		l.nchars, l.done = utf8.RuneCountInString(l.key), l.done|charsDone
	}
	return l.nchars > n
}

func (l *Line) exactBits() uint64 {
	if l.done&exactDone == 0 {
		l.exact, l.done = l.idx.exactBits(l.key), l.done|exactDone
	}
	return l.exact
}

func (l *Line) phraseBits() uint64 {
	if l.done&phraseDone == 0 {
		// Rules count fields, the vocabularies words with letters
		// (see measure): the band of the smaller count serves both.
		c := l.Counts()
		l.phrase, l.done = l.idx.phraseBits(l.key, min(c.Fields, c.Words)), l.done|phraseDone
	}
	return l.phrase
}

func (l *Line) patternBits() uint64 {
	if l.done&patternDone == 0 {
		l.pattern, l.done = l.idx.patternBits(l.key), l.done|patternDone
	}
	return l.pattern
}

// vocabulary returns the first word of the set that the line holds, as
// set.first(key), looking at the line only when the index's phrase scan
// found a word of the set (bit); maxWords is the bound of the set's band
// (see phraseBand), beyond which the scan does not look for it.
func (l *Line) vocabulary(set *phrases, bit uint64, maxWords int) string {
	if l.idx != nil && l.Counts().Words <= maxWords && l.phraseBits()&bit == 0 {
		return ""
	}
	return set.first(l.key)
}

// DateLine reports whether the line is nothing but a date expression, such
// as a dateline or the date under a teaser, and returns it unresolved.
func (l *Line) DateLine() (normalize.Date, bool) {
	if l.done&dateDone == 0 {
		l.done |= dateDone
		if len(l.key) <= dateLineMax && l.words() <= 6 {
			var p normalize.DateParser
			if d, ok := p.Parse(l.key); ok {
				l.date = new(normalize.Date) // allocated only for date lines
				*l.date = d
			}
		}
	}
	if l.date == nil {
		return normalize.Date{}, false
	}
	return *l.date, true
}
