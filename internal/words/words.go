// Package words counts the words of text, the function words among them,
// and the evidence they give of its language: German, English or neither.
package words

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/newsdump/newsdump/internal/runes"
	"github.com/newsdump/newsdump/internal/swar"
)

// germanWords and englishWords are frequent function words of each language
// that are rare in the other.
var germanWords = wordSet(`der die das und ist nicht ein eine einer einen dem den des
	zu von mit sich auf für im auch als nach wie aus bei oder wird sind war
	über noch nur vor kann hat haben wurde werden sei seine ihre ihr sie er
	wir ich uns dass daß nicht doch schon aber beim zum zur vom am um durch
	gegen ohne unter zwischen sowie jedoch diese dieser dieses man mehr sehr`)

var englishWords = wordSet(`the of and to is that for it with as was on be by are
	this from at have has not but they which or were said would been will
	their its there what about when who more can could should after than
	into also other some these such we you he she his her our only been
	over how where while because those them then any most just`)

// otherWords are frequent function words of French, Spanish, Italian,
// Portuguese, Dutch and Polish, so that the function-word counts also tell running
// text from menus in pages of those languages.
var otherWords = wordSet(`a e y de le la les des du une et est que qui dans pour pas sur au avec ce
	il elle ne se sont par plus el los las del en un una es por con para lo como más pero
	gli di della che è per non con si sono o os da em não het een van op voor niet zijn
	w na z do nie się że jest jak`)

// Classes of a function word, as bits: a word may be frequent in several
// languages ("in" in German and in the other list, "a" in English and in
// the other list).
const (
	classGerman uint8 = 1 << iota
	classEnglish
	classOther
)

// functionWords finds the class of a lower-cased word of up to 8 bytes,
// packed into a uint64 (see packWord): an open-addressing table, so that
// counting the words of a line costs no string hashing.
var functionWords = newWordTable(map[uint8]map[string]bool{
	classGerman: germanWords, classEnglish: englishWords, classOther: otherWords,
})

// wordTableBits is the size of the table as a power of two, at least
// four times as many slots as words.
const wordTableBits = 10

type wordTable struct {
	keys  [1 << wordTableBits]uint64
	class [1 << wordTableBits]uint8
	// starts has, for each length up to 8 bytes, a bit for each last
	// five bits of the words' first bytes: most words are rejected by it
	// without a look into the table.
	starts [9]uint32
}

func newWordTable(sets map[uint8]map[string]bool) *wordTable {
	t := &wordTable{}
	for class, set := range sets {
		for w := range set {
			if len(w) > 8 {
				panic("normalize: function word longer than 8 bytes: " + w)
			}
			k := packWord(w)
			i := wordSlot(k)
			for t.keys[i] != 0 && t.keys[i] != k {
				i = (i + 1) & (1<<wordTableBits - 1)
			}
			t.keys[i] = k
			t.class[i] |= class
			t.starts[len(w)] |= 1 << (w[0] & 31)
		}
	}
	return t
}

// packWord puts the bytes of w, at most 8, into a uint64, the first byte
// lowest. Words hold no NUL bytes, so the packing is unique.
func packWord(w string) uint64 {
	var k uint64
	for i := 0; i < len(w); i++ {
		k |= uint64(w[i]) << (8 * i)
	}
	return k
}

func wordSlot(k uint64) uint64 { return (k * 0x9E3779B97F4A7C15) >> (64 - wordTableBits) }

// lookup returns the classes of the packed word k, 0 for none.
func (t *wordTable) lookup(k uint64) uint8 {
	for i := wordSlot(k); ; i = (i + 1) & (1<<wordTableBits - 1) {
		switch t.keys[i] {
		case k:
			return t.class[i]
		case 0:
			return 0
		}
	}
}

// A wordPacker collects the lower-cased bytes of one word, keeping the
// first 8 packed and counting the rest.
type wordPacker struct {
	k uint64
	n int // bytes of the word so far
}

func (p *wordPacker) addByte(c byte) {
	if p.n < 8 {
		p.k |= uint64(c) << (8 * p.n)
	}
	p.n++
}

func (p *wordPacker) addRune(r rune) {
	if r < utf8.RuneSelf {
		p.addByte(byte(r))
		return
	}
	var b [utf8.UTFMax]byte
	n := utf8.EncodeRune(b[:], r)
	for _, c := range b[:n] {
		p.addByte(c)
	}
}

// class returns the classes of the word collected, 0 when it is longer
// than 8 bytes.
func (p *wordPacker) class() uint8 {
	if p.n == 0 || p.n > 8 {
		return 0
	}
	return functionWords.lookup(p.k)
}

// Kinds of ASCII bytes for the word scanner, as bits so that the kinds of
// a word's bytes can be collected with |.
const (
	asciiOther = 0
	asciiLower = 1 << (iota - 1)
	asciiUpper
	asciiDigit
	asciiSpace

	asciiWord   = asciiLower | asciiUpper | asciiDigit
	asciiLetter = asciiLower | asciiUpper

	// Bits a word collects beyond ASCII.
	wideChar   = asciiSpace << 1 // a character beyond ASCII
	wideLetter = asciiSpace << 2 // a letter beyond ASCII
	anyLetter  = asciiLetter | wideLetter
)

// byteKind is asciiKind for every byte, asciiOther beyond ASCII, so that
// a scan tells the end of a run of ASCII letters with one lookup a byte.
var byteKind = func() (k [256]uint8) {
	copy(k[:], asciiKind[:])
	return k
}()

var asciiKind = func() (k [utf8.RuneSelf]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		k[c] = asciiLower
		k[c-'a'+'A'] = asciiUpper
	}
	for c := '0'; c <= '9'; c++ {
		k[c] = asciiDigit
	}
	for _, c := range "\t\n\v\f\r " {
		k[c] = asciiSpace
	}
	return k
}()

// Counts is what Count finds in a text in one pass.
type Counts struct {
	Fields   int // runs of characters other than white space, as strings.Fields splits
	Words    int // runs of letters and digits with at least one letter; each Chinese or Japanese character is one
	Function int // words that are frequent function words ("der", "the")

	// Evidence is the language evidence of the text, as
	// Evidence.Add counts it.
	Evidence Evidence
}

// Count counts the fields, words, function words and language
// evidence of s in one pass, so that a caller who needs several of them
// reads the text once.
func Count(s string) Counts {
	var c Counts
	start := -1     // of the word being read, -1 outside words
	var kinds uint8 // of the word's characters (see asciiKind, wideChar)
	umlauts := 0    // in the word
	field := false  // inside a field
	for i := 0; i < len(s); {
		size, space := 1, false
		if b := s[i]; b < utf8.RuneSelf {
			if k := asciiKind[b]; k&asciiWord != 0 {
				if start < 0 {
					start = i
				}
				// The rest of the word's ASCII letters and digits at once.
				for i++; i < len(s); i++ {
					kb := byteKind[s[i]]
					if kb&asciiWord == 0 {
						break
					}
					k |= kb
				}
				kinds |= k
				if !field {
					c.Fields++
				}
				field = true
				continue
			} else {
				if start >= 0 {
					c.word(s, start, i, kinds, umlauts)
					start, kinds, umlauts = -1, 0, 0
				}
				space = k == asciiSpace
			}
		} else {
			var r rune
			r, size = runes.Decode(s, i)
			switch {
			case isCJK(r):
				// Chinese and Japanese write words without spaces:
				// each character counts as a word of its own.
				if start >= 0 {
					c.word(s, start, i, kinds, umlauts)
					start, kinds, umlauts = -1, 0, 0
				}
				c.Words++
				if cjkFunction[r] {
					c.Function++
				}
			case isWordRune(r):
				if start < 0 {
					start = i
				}
				kinds |= wideChar
				if r == 'ä' || r == 'ö' || r == 'ü' || r == 'ß' || r == 'Ä' || r == 'Ö' || r == 'Ü' {
					umlauts++
				}
				if r <= 0xFF || unicode.IsLetter(r) {
					kinds |= wideLetter
				}
			default:
				// Neither letter nor digit: general punctuation (quotes,
				// dashes, spaces), symbols, invalid bytes.
				if start >= 0 {
					c.word(s, start, i, kinds, umlauts)
					start, kinds, umlauts = -1, 0, 0
				}
				space = runes.IsSpace(r) || r == 0x85 || r == 0x2028 || r == 0x2029
				if !space && size > 1 {
					size += swar.Repeat(s, i+size, size) // copies of it, as in a rule "━━━━"
				}
			}
		}
		if !space && !field {
			c.Fields++
		}
		field = !space
		i += size
	}
	if start >= 0 {
		c.word(s, start, len(s), kinds, umlauts)
	}
	return c
}

// isCJK reports whether r is a Chinese character (the unified ideographs
// and their first extension) or Japanese kana.
func isCJK(r rune) bool {
	return r >= 0x4E00 && r <= 0x9FFF || r >= 0x3400 && r <= 0x4DBF || r >= 0x3041 && r <= 0x3096 || r >= 0x30A1 && r <= 0x30FA
}

// cjkFunction holds frequent Chinese function characters and Japanese
// particles: running text has many, lists of names few.
var cjkFunction = func() map[rune]bool {
	m := map[rune]bool{}
	for _, r := range "的了是在和有也就都而及与这那他她我你们将于被把从对为以之其等" + "のにはをがとでたしもへや" {
		m[r] = true
	}
	return m
}()

// isWordRune reports whether r, beyond ASCII, is a letter or a digit,
// answering without tables for the characters news text is made of.
func isWordRune(r rune) bool {
	switch {
	case r <= 0xFF:
		return latin1Letter(r)
	case r < 0x2000:
		return unicode.IsLetter(r) || r >= 0x660 && unicode.IsDigit(r)
	case r < 0x2070 || r >= 0x20A0 && r < 0x2100 || r >= 0x2190 && r < 0x2C00:
		return false // punctuation, currency signs, arrows, box drawing, shapes, symbols
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// asciiKey packs the word s[start:end] of up to eight ASCII letters and
// digits, lower case, into the key of the function word table: in one load
// when s holds eight bytes from start.
func asciiKey(s string, start, end int) uint64 {
	if start+8 <= len(s) {
		return (swar.Load(s, start) | 0x2020202020202020) & (^uint64(0) >> (64 - 8*(end-start)))
	}
	var k uint64
	for i := start; i < end; i++ {
		k |= uint64(s[i]|0x20) << (8 * (i - start)) // lower case; digits have the bit already
	}
	return k
}

// word counts the word s[start:end] of letters and digits; kinds holds
// the kinds of its characters, umlauts how many umlauts and ß it has.
func (c *Counts) word(s string, start, end int, kinds uint8, umlauts int) {
	w := s[start:end]
	if kinds&anyLetter == 0 {
		return // numbers are not words
	}
	c.Words++
	var class uint8
	wide := kinds&wideChar != 0
	switch {
	case !wide && len(w) <= 8:
		if functionWords.starts[len(w)]&(1<<(w[0]&31)) == 0 {
			break // upper and lower case share the last five bits
		}
		class = functionWords.lookup(asciiKey(s, start, end))
	case wide:
		var p wordPacker
		for _, r := range w {
			if r >= 'A' && r <= 'Z' || r >= 0xC0 && r <= 0xDE && r != 0xD7 {
				r += 0x20 // ASCII and Latin-1 upper to lower case
			} else if r > 0xFF {
				r = unicode.ToLower(r)
			}
			if p.addRune(r); p.n > 8 {
				break
			}
		}
		class = p.class()
	}
	if class != 0 {
		c.Function++
	}
	if umlauts > 0 {
		c.Evidence.German += umlauts // umlauts count like German words; the word is not looked up
		return
	}
	if class&classGerman != 0 {
		c.Evidence.German++
	}
	if class&classEnglish != 0 {
		c.Evidence.English++
	}
}

// latin1Letter reports whether r, from U+0080 to U+00FF, is a letter.
func latin1Letter(r rune) bool {
	if r < 0xC0 {
		return r == 0xAA || r == 0xB5 || r == 0xBA // ª µ º
	}
	return r != 0xD7 && r != 0xF7 // × ÷
}

func wordSet(s string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// Language tells German from English by counting frequent function words
// and umlauts. It returns language.German, language.English, or
// language.Und when the text is too short or the evidence is mixed.
func Language(s string) language.Tag {
	var e Evidence
	e.Add(s)
	return e.Language()
}

// Evidence counts what tells German from English in text given
// piece by piece, so that the language of many lines is decided without
// joining them. The zero value holds no evidence.
type Evidence struct {
	German, English int // function words of each language; umlauts count as German words
}

// Add counts the evidence in s: words are runs of letters and digits; a
// word with umlauts or ß counts once per such letter as German and is not
// looked up, any other is looked up in the German and English lists. A word
// does not run from one call to the next.
func (e *Evidence) Add(s string) { e.Merge(Count(s).Evidence) }

// Merge adds the evidence in o to e.
func (e *Evidence) Merge(o Evidence) {
	e.German += o.German
	e.English += o.English
}

// Language decides from the evidence: language.German or language.English
// when one has at least twice the other's count and there are four pieces
// of evidence at least, language.Und otherwise.
func (e Evidence) Language() language.Tag {
	de, en := e.German, e.English
	switch {
	case de+en < 4:
		return language.Und
	case de >= 2*en:
		return language.German
	case en >= 2*de:
		return language.English
	}
	return language.Und
}

// FunctionWordCount counts the words of s (runs of letters and digits with at
// least one letter) and how many of them are frequent
// function words ("der", "und", "the", "of"; also a few of French, Spanish,
// Italian, Portuguese, Dutch and Polish). Running
// text has many; menus, tag lists and headlines have few.
func FunctionWordCount(s string) (words, function int) {
	c := Count(s)
	return c.Words, c.Function
}
