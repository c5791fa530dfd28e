package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/newsdump/newsdump/internal/runes"
	"github.com/newsdump/newsdump/internal/swar"
)

// Characters that carry no visible text and are removed by [Text].
const (
	softHyphen  = '\u00AD'
	zeroWidthSp = '\u200B'
	wordJoiner  = '\u2060'
	byteOrder   = '\uFEFF'
	nbsp        = '\u00A0'
	narrowNBSP  = '\u202F'
)

// Text returns one line or paragraph of s cleaned for reading and matching,
// as a zero [Normalizer]'s Clean does: HTML references decoded, mojibake
// repaired, Unicode NFC, invisible and control characters removed,
// ligatures and full-width forms folded, white space folded to single
// spaces and the ends trimmed. Quotation marks and dashes are left as
// written.
func Text(s string) string {
	var n Normalizer
	return n.Clean(s)
}

// Clean returns one line or paragraph of s cleaned for reading and
// matching, and adds what it changed to n.Counts:
//
//   - HTML character references decoded ([Entities]) unless
//     n.KeepEntities;
//   - UTF-8 read as Windows-1252 or Latin-1 repaired ([Mojibake]) unless
//     n.KeepMojibake;
//   - the C1 controls U+0080 to U+009F taken for the characters that
//     Windows-1252 has at their bytes, as HTML takes them ("\u0084" is „,
//     "\u0093" is “), and counted as mojibake;
//   - soft hyphens, zero-width spaces, word joiners, byte order marks, C0
//     controls and the five C1 controls Windows-1252 leaves undefined
//     removed; ZWJ and ZWNJ kept;
//   - the ligatures U+FB00 to U+FB06 ("ﬁ") and the full-width Latin
//     letters and digits ("Ａ", "１") folded to the letters they stand for;
//     full-width punctuation stays, since Chinese and Japanese text is
//     written with it;
//   - tabs, line breaks and runs of white space folded to one space, the
//     ends trimmed;
//   - Unicode NFC.
//
// A single no-break space (U+00A0) or narrow no-break space (U+202F) between
// two words is kept, since it binds them ("17 Kommentare", "1 Min."),
// unless n.FoldNoBreak; inside a longer run of white space it is folded
// with the rest. Clean is idempotent: its result, cleaned again, is the
// same.
func (n *Normalizer) Clean(s string) string {
	t := strings.Trim(s, " ")
	if isClean(t) {
		return t // often a line indented with spaces: no copy needed
	}
	// A round can bring together what an earlier step would have changed:
	// a reference split by a soft hyphen ("&am\u00ADp;"), a reference to
	// a soft hyphen, a repaired character that composes with an accent.
	// The cleanup itself holds still on its own result, so another round
	// is needed only when references or mojibake are found again. Each
	// round that finds them makes the text shorter, so that few are
	// needed.
	for round := range 4 {
		var k, changed int
		if !n.KeepEntities {
			t, k = Entities(t)
			n.Counts.Entities += k
			changed += k
		}
		if !n.KeepMojibake {
			t, k = Mojibake(t)
			n.Counts.Mojibake += k
			changed += k
		}
		if round > 0 && changed == 0 {
			break
		}
		out, stable := n.clean(t)
		if !stable && !norm.NFC.IsNormalString(out) {
			out = norm.NFC.String(out) // after cleaning, which can bring a letter and its accent together
		}
		t = out
	}
	return t
}

// clean removes invisible characters, folds ligatures, full-width forms and
// white space. It reports whether the result holds only ASCII and stable
// characters (see stableRune), which NFC leaves as they are.
func (n *Normalizer) clean(s string) (string, bool) {
	var b strings.Builder
	b.Grow(len(s))
	run := 0       // white space characters in the current run
	var first rune // first character of the run
	stable := true
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r > ' ' && r < 0x7F {
			// Printable ASCII other than the space: the rest of such a
			// span at once, with the single spaces between its words.
			for size < len(s)-i {
				c := s[i+size]
				if c > ' ' && c < 0x7F || c == ' ' && i+size+1 < len(s) && s[i+size+1] > ' ' && s[i+size+1] < 0x7F {
					size++
					continue
				}
				break
			}
			if run > 0 {
				n.space(&b, run, first)
				run = 0
			}
			b.WriteString(s[i : i+size])
			i += size
			continue
		}
		if r >= utf8.RuneSelf {
			r, size = runes.Decode(s, i)
		}
		i += size
		switch {
		case r == softHyphen || r == zeroWidthSp || r == wordJoiner || r == byteOrder:
			n.Counts.Invisible++
			continue
		case runes.IsSpace(r):
			if run == 0 {
				first = r
			}
			run++
			continue
		case r >= 0x80 && r < 0xA0 && windows1252[r-0x80] != 0:
			// A C1 control stands for the character Windows-1252 has at
			// its byte, as HTML reads it: text in Windows-1252 read as
			// Latin-1 ("\u0084Zitat\u0093" is „Zitat“).
			r = windows1252[r-0x80]
			n.Counts.Mojibake++
		case r < 0x20 || r >= 0x7F && r < 0xA0: // C0 controls, DEL, the C1 controls of no character
			n.Counts.Invisible++
			continue
		}
		if run > 0 {
			n.space(&b, run, first)
			run = 0
		}
		if r < utf8.RuneSelf {
			b.WriteByte(byte(r))
			continue
		}
		if f, ok := foldForm(r); ok {
			n.Counts.Folded++
			b.WriteString(f)
			continue
		}
		if r >= 0x300 && !stableRune(r) {
			stable = false
		}
		b.WriteRune(r)
	}
	return b.String(), stable
}

// ligatures are the Latin ligatures U+FB00 to U+FB06 spelt out.
var ligatures = [...]string{"ff", "fi", "fl", "ffi", "ffl", "st", "st"}

// foldForm returns what a ligature or the full-width form of an ASCII
// character stands for.
func foldForm(r rune) (string, bool) {
	switch {
	case r >= 0xFB00 && r <= 0xFB06:
		return ligatures[r-0xFB00], true
	case r >= '０' && r <= '９', r >= 'Ａ' && r <= 'Ｚ', r >= 'ａ' && r <= 'ｚ':
		return asciiGraphic[r-0xFF01 : r-0xFF01+1], true
	}
	return "", false
}

// asciiGraphic holds the printable ASCII characters but the space, in the
// order of their full-width forms from U+FF01 on.
const asciiGraphic = "!\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~"

// space writes the one space that a run of run white space characters
// becomes, the first being first, unless nothing was written before it: a
// single no-break space that binds what is before to what follows stays,
// unless n.FoldNoBreak.
func (n *Normalizer) space(b *strings.Builder, run int, first rune) {
	if b.Len() == 0 {
		return
	}
	if run == 1 && (first == nbsp || first == narrowNBSP) && binds(b.String()) {
		if !n.FoldNoBreak {
			b.WriteRune(first)
			return
		}
		n.Counts.Folded++
	}
	b.WriteByte(' ')
}

// binds reports whether a no-break space after text binds it to what
// follows, as after a number or an abbreviation ("17 Kommentare", "z. B.",
// "Nr. 5"), rather than standing where any space would, as after a comma
// or a sentence.
func binds(text string) bool {
	last, n := utf8.DecodeLastRuneInString(text)
	switch last {
	case ',', ';', ':', '!', '?', ')', ']', '"', '“', '”', '„', '’':
		return false
	case '.':
		before, _ := utf8.DecodeLastRuneInString(text[:len(text)-n])
		// "z. B." and "Nr. 5" bind; "... China Daily. Next" does not.
		return unicode.IsDigit(before) || isAbbreviationEnd(text[:len(text)-n])
	}
	return true
}

// isAbbreviationEnd reports whether text ends in a short word, as in "z"
// of "z." or "Nr" of "Nr.".
func isAbbreviationEnd(text string) bool {
	i := strings.LastIndexAny(text, " \u00a0")
	word := text[i+1:]
	return utf8.RuneCountInString(word) <= 3
}

// isClean reports whether Text would return s unchanged, for text with
// non-ASCII letters: valid UTF-8 without characters Text removes or folds,
// single spaces inside, none at the ends, no ampersand, no character from
// U+00C0 to U+00FF before one that may be mis-read, and only characters
// that are stable (see stableRune).
func isClean(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return s == ""
	}
	for i := 0; i < len(s); {
		if i+8 <= len(s) && plainASCII(swar.Load(s, i)) {
			i += 7 // the eighth byte again with the next, for a double space across
			continue
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 || c == 0x7F || c == '&' || c == ' ' && i+1 < len(s) && s[i+1] == ' ' {
				return false
			}
			i++
			continue
		}
		r, size := runes.Decode(s, i)
		if !stableRune(r) || c == 0xC3 && i+2 < len(s) && misreadNext[s[i+2]] && misreadAt(s, i+2) {
			return false // perhaps mojibake
		}
		i += size
		if size > 1 {
			n := swar.Repeat(s, i, size) // copies of it, as in a rule "━━━━"
			i += n
			if n > 0 && c == 0xC3 && i < len(s) && misreadNext[s[i]] && misreadAt(s, i) {
				return false // the last copy, like the first, may start mojibake
			}
		}
	}
	return true
}

// plainASCII reports whether the eight bytes of x are ASCII that Text
// keeps as it is: no control character, no DEL, no ampersand, no two spaces
// in a row.
func plainASCII(x uint64) bool {
	return swar.Printable(x) && swar.Equal(x, '&') == 0 && swar.Pairs(swar.Equal(x, ' ')) == 0
}

// misreadNext tells the first bytes of the characters that Windows-1252 and
// Latin-1 show for the bytes 0x80 to 0xBF: after a character from U+00C0
// to U+00FF (first byte 0xC3), one of them may be mojibake (see
// [Mojibake]).
var misreadNext = func() (t [256]bool) {
	for b := 0x80; b <= 0xBF; b++ {
		r := rune(b)
		if b < 0xA0 && windows1252[b-0x80] != 0 {
			t[utf8.AppendRune(nil, windows1252[b-0x80])[0]] = true
		}
		t[utf8.AppendRune(nil, r)[0]] = true
	}
	return t
}()

// misreadAt reports whether the character at s[i] is one that Windows-1252
// or Latin-1 shows for a byte from 0x80 to 0xBF.
func misreadAt(s string, i int) bool {
	r, _ := runes.Decode(s, i)
	return isContinuationByte(r)
}

// stableRune reports whether Text keeps r as it is whatever surrounds it:
// Latin-1 letters and signs, dashes, quotation marks and other general
// punctuation, currency signs, arrows, box drawing and geometric shapes
// (rules and bullets of text renders). It excludes invalid bytes, C1
// controls, no-break and other spaces, soft hyphens, invisible characters,
// and everything from U+0300 on where NFC might change something.
func stableRune(r rune) bool {
	switch {
	case r == utf8.RuneError || r == softHyphen:
		return false
	case r >= 0xA1 && r < 0x300:
		return true
	case r >= 0x2010 && r <= 0x2027, r >= 0x2030 && r <= 0x205E, r >= 0x20A0 && r <= 0x20CF:
		return true
	case r >= 0x2190 && r <= 0x21FF, r >= 0x2500 && r <= 0x26FF:
		return true
	}
	return false
}
