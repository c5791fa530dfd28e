package article

import (
	"encoding/hex"
	"errors"
	"math/bits"
	"unicode"
	"unicode/utf8"
)

// A Fingerprint is a SimHash of an article's body: 64 bits that two texts
// share the more of, the more of their runs of three words they share. The
// same body read twice, with other quotation marks, dashes, case or line
// breaks, has the same fingerprint; with a word changed or a line of
// boilerplate more, one within NearDistance bits. Other articles differ in
// about half of the bits: over the development set's 319 pages, no two
// in fewer than 16 (see the README for the figures).
//
// The words are runs of letters and digits, compared in lower case, so that
// punctuation, quotation marks and white space do not count. This works in
// any language that separates its words with spaces or punctuation; it
// finds the same article twice in one language, not a translation.
//
// The zero Fingerprint is that of a body without words. A Fingerprint
// encodes as 16 hexadecimal digits.
type Fingerprint uint64

// NearDistance is the largest Distance between the fingerprints of near
// duplicates (see Fingerprint.Near). It is small so that among millions of
// articles few unrelated pairs come this near by chance; a text that
// differs by more than a few words, such as another site's extraction of
// the same story with a sentence more, is often 4 to 15 bits away, and
// Distance tells how far.
const NearDistance = 3

// Distance returns the number of bits in which f and g differ, from 0
// (the same words in the same order, or nearly) to 64.
func (f Fingerprint) Distance(g Fingerprint) int { return bits.OnesCount64(uint64(f ^ g)) }

// Near reports whether f and g are the fingerprints of near duplicates:
// both are of bodies with words, and they differ in at most NearDistance
// bits.
func (f Fingerprint) Near(g Fingerprint) bool {
	return f != 0 && g != 0 && f.Distance(g) <= NearDistance
}

// Bands returns the fingerprint cut into four bands of 16 bits, the first
// band the lowest bits. Fingerprints within NearDistance of each other
// share at least one band at the same index, since their three or fewer
// differing bits leave one band untouched: grouping fingerprints by (index,
// band) finds every near pair without comparing all pairs.
func (f Fingerprint) Bands() [4]uint16 {
	return [4]uint16{uint16(f), uint16(f >> 16), uint16(f >> 32), uint16(f >> 48)}
}

// String returns the fingerprint as 16 hexadecimal digits.
func (f Fingerprint) String() string {
	b, _ := f.MarshalText()
	return string(b)
}

// MarshalText encodes the fingerprint as 16 hexadecimal digits.
func (f Fingerprint) MarshalText() ([]byte, error) {
	var b [8]byte
	for i := range b {
		b[i] = byte(f >> (56 - 8*i))
	}
	return hex.AppendEncode(nil, b[:]), nil
}

// errFingerprint is the error for text that is no fingerprint.
var errFingerprint = errors.New("article: a fingerprint is 16 hexadecimal digits")

// UnmarshalText decodes 16 hexadecimal digits.
func (f *Fingerprint) UnmarshalText(text []byte) error {
	var b [8]byte
	if len(text) != 16 {
		return errFingerprint
	}
	if _, err := hex.Decode(b[:], text); err != nil {
		return errFingerprint
	}
	var v uint64
	for _, c := range b {
		v = v<<8 | uint64(c)
	}
	*f = Fingerprint(v)
	return nil
}

// FingerprintOf returns the fingerprint of the paragraphs of a body, as
// the Reader sets Article.Fingerprint: the paragraphs are read as one
// text, so that a paragraph split in two or two joined change little.
func FingerprintOf(body []Paragraph) Fingerprint {
	var s simHash
	for _, p := range body {
		s.add(p.Text)
	}
	return s.sum()
}

// FingerprintText returns the fingerprint of one text, as FingerprintOf
// does of a body of one paragraph.
func FingerprintText(text string) Fingerprint {
	var s simHash
	s.add(text)
	return s.sum()
}

// simHash accumulates the SimHash of the runs of three words of a text
// given in parts. Each run's 64-bit hash votes for each of its bits; the
// fingerprint has the bits that most runs have. The votes are counted in
// eight byte-wide lanes of eight words at once, and moved to counts of
// their own before a lane can overflow.
type simHash struct {
	words  [3]uint64 // hashes of the last three words, the latest first
	nwords int       // words seen
	lanes  [8]uint64 // lanes[b] counts, in its byte j, the votes for bit 8j+b
	inLane int       // votes in the lanes since they were last moved
	votes  [64]int   // votes for each bit, moved from the lanes
	runs   int       // runs of three words counted
}

// FNV-1a, for the words.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// add reads the words of text.
func (s *simHash) add(text string) {
	h, in := uint64(fnvOffset), false
	for i := 0; i < len(text); {
		c := text[i]
		if w := asciiWord[c]; w != 0 {
			// The word's ASCII letters and digits in a loop of their own.
			for {
				h = (h ^ uint64(w)) * fnvPrime
				if i++; i == len(text) {
					break
				}
				if w = asciiWord[text[i]]; w == 0 {
					break
				}
			}
			in = true
			continue
		}
		var r rune
		size := 1
		switch {
		case c < utf8.RuneSelf:
		default:
			r, size = utf8.DecodeRuneInString(text[i:])
			if isWordChar(r) {
				r = unicode.ToLower(r)
				for k := 0; k < 32 && r>>k != 0; k += 8 {
					h = (h ^ uint64(byte(r>>k))) * fnvPrime
				}
				in = true
				i += size
				continue
			}
		}
		if in {
			s.word(h)
			h, in = fnvOffset, false
		}
		i += size
	}
	if in {
		s.word(h)
	}
}

// asciiWord maps the ASCII letters and digits to their lower case, and
// every other byte to 0.
var asciiWord = func() (t [256]byte) {
	for c := '0'; c <= '9'; c++ {
		t[c] = byte(c)
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = byte(c), byte(c)
	}
	return t
}()

// isWordChar reports whether r is part of a word: a letter, a digit or a
// mark that joins a letter.
func isWordChar(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// word takes the hash of the next word and votes with the run of three
// words it ends.
func (s *simHash) word(h uint64) {
	s.words[2], s.words[1], s.words[0] = s.words[1], s.words[0], h
	if s.nwords++; s.nwords >= 3 {
		s.vote(runHash(s.words))
	}
}

// runHash combines the hashes of three words, the latest first, into the
// hash of their run, mixing its bits so that each is set in about half of
// all runs.
func runHash(w [3]uint64) uint64 {
	x := w[2] ^ bits.RotateLeft64(w[1], 21) ^ bits.RotateLeft64(w[0], 42)
	// The finalizer of MurmurHash3.
	x ^= x >> 33
	x *= 0xff51afd7ed558ccd
	x ^= x >> 33
	x *= 0xc4ceb9fe1a85ec53
	x ^= x >> 33
	return x
}

// lowBits has the lowest bit of each byte.
const lowBits = 0x0101010101010101

// vote counts the bits of a run's hash.
func (s *simHash) vote(x uint64) {
	for b := range s.lanes {
		s.lanes[b] += x >> b & lowBits
	}
	s.runs++
	if s.inLane++; s.inLane == 255 {
		s.flush()
	}
}

// flush moves the votes in the lanes to the counts.
func (s *simHash) flush() {
	for b, lane := range s.lanes {
		for j := 0; j < 8; j++ {
			s.votes[8*j+b] += int(lane >> (8 * j) & 0xFF)
		}
		s.lanes[b] = 0
	}
	s.inLane = 0
}

// sum returns the fingerprint: the bits that more than half of the runs
// have. A text of one or two words is one run; a text without words has
// the zero fingerprint.
func (s *simHash) sum() Fingerprint {
	switch s.nwords {
	case 0:
		return 0
	case 1, 2:
		s.vote(runHash(s.words))
	}
	s.flush()
	var f uint64
	for i, v := range s.votes {
		if 2*v > s.runs {
			f |= 1 << i
		}
	}
	if f == 0 {
		f = 1 // a text with words has a fingerprint that is not zero
	}
	return Fingerprint(f)
}
