package normalize

import (
	"bytes"
	"html"
	"strings"
	"unicode/utf8"
)

// Entities returns s with the HTML character references left in it decoded
// ("&amp;", "&quot;", "&auml;", "&#8222;", "&#x201E;") and how many it
// decoded.
//
// The rules are those of HTML text with three exceptions made for text
// dumps, where an ampersand is often just an ampersand:
//
//   - A reference without its semicolon is decoded only for the names that
//     HTML also knows without one (the Latin-1 set, "&amp", "&quot",
//     "&nbsp", "&copy"), and only where a letter, digit or "=" does not
//     follow, so that "&notice" and "&copy2024" stay as they are; the names
//     of letters are decoded before a letter too ("K&aumlse" gives "Käse").
//     Numeric references without a semicolon are decoded where no digit or
//     letter follows.
//   - Numeric references from 128 to 159 are the characters Windows-1252 has
//     there, which is what the pages that write them mean ("&#132;" is „).
//     References to 0, to surrogates or beyond Unicode become U+FFFD.
//   - A reference that decoding brings together is decoded as well: text
//     escaped twice, as feeds often are ("&amp;quot;"), gives its
//     character, so that the result holds no reference and a second call
//     changes nothing. The count is of decodings: "&amp;quot;" counts two.
func Entities(s string) (string, int) {
	i := strings.IndexByte(s, '&')
	if i < 0 {
		return s, 0
	}
	var out []byte
	n, written := 0, 0
	for i >= 0 && i < len(s) {
		r, size, ok := entityAt(s, i)
		if !ok {
			i = indexFrom(s, "&", i+1)
			continue
		}
		if out == nil {
			out = make([]byte, 0, len(s))
		}
		out = utf8.AppendRune(append(out, s[written:i]...), r)
		n++
		i += size
		// Decoding can bring a new reference together, from an ampersand
		// already written and the text after it ("&amp;quot;",
		// "&am&#112;;"): it is decoded at once, in the same pass, so that
		// text escaped many times over costs time in proportion to its
		// length.
		for {
			out, size, ok = joined(out, s, i)
			if !ok {
				break
			}
			n++
			i += size
		}
		written = i
		i = indexFrom(s, "&", i)
	}
	if out == nil {
		return s, 0
	}
	return string(append(out, s[written:]...)), n
}

// joined decodes a reference that starts at the last ampersand of out, if
// one is near enough to its end, and runs into s from s[i] on, the text
// not yet read. It returns out with the reference replaced, how many bytes
// of s the reference took, and whether there was one.
func joined(out []byte, s string, i int) ([]byte, int, bool) {
	from := max(0, len(out)-maxEntityLen)
	k := bytes.LastIndexByte(out[from:], '&')
	if k < 0 {
		return out, 0, false
	}
	k += from
	tail := len(out) - k
	var r rune
	var size int
	var ok bool
	if tail == 1 {
		// A lone ampersand, as text escaped twice decodes to: the
		// reference is the rest of s, and entityAt reads nothing of s[i-1],
		// where it takes the ampersand to be, so that nothing is copied.
		r, size, ok = entityAt(s, i-1)
		if !ok {
			return out, 0, false
		}
		return utf8.AppendRune(out[:k], r), size - 1, true
	}
	cand := string(out[k:]) + s[i:min(len(s), i+maxEntityLen+1)]
	if r, size, ok = entityAt(cand, 0); !ok {
		return out, 0, false
	}
	if size <= tail {
		// The reference ends inside what was written: keep what follows it.
		return append(utf8.AppendRune(out[:k], r), cand[size:tail]...), 0, true
	}
	return utf8.AppendRune(out[:k], r), size - tail, true
}

// replaceAt returns s with the characters replaced that at finds at the
// places where s holds mark, from s[i] on, and how many it replaced. at
// returns the character that replaces the text at s[i], the length of
// that text, and whether there is any. s itself is returned when nothing
// is replaced.
func replaceAt(s, mark string, i int, at func(i int) (rune, int, bool)) (string, int) {
	var b strings.Builder
	n, written := 0, 0
	for i >= 0 && i < len(s) {
		r, size, ok := at(i)
		if !ok {
			i = indexFrom(s, mark, i+1)
			continue
		}
		if n == 0 {
			b.Grow(len(s))
		}
		b.WriteString(s[written:i])
		b.WriteRune(r)
		n++
		i += size
		written = i
		i = indexFrom(s, mark, i)
	}
	if n == 0 {
		return s, 0
	}
	b.WriteString(s[written:])
	return b.String(), n
}

// indexFrom returns the index of the first sep in s from s[i] on, or -1.
func indexFrom(s, sep string, i int) int {
	if i >= len(s) {
		return -1
	}
	j := strings.Index(s[i:], sep)
	if j < 0 {
		return -1
	}
	return i + j
}

// maxEntityLen bounds the length of a reference, ampersand and semicolon
// included: the longest HTML name ("&CounterClockwiseContourIntegral;") has
// 33 bytes.
const maxEntityLen = 34

// entityAt decodes the reference that starts with the ampersand at s[i]:
// its character, its length and whether there is one. It takes s[i] to be
// the ampersand without reading it (see joined).
func entityAt(s string, i int) (rune, int, bool) {
	if i+1 >= len(s) {
		return 0, 0, false
	}
	if s[i+1] == '#' {
		return numericEntity(s, i)
	}
	j := i + 1
	for j < len(s) && j-i < maxEntityLen && isAlnum(s[j]) {
		j++
	}
	if j == i+1 {
		return 0, 0, false
	}
	name := s[i+1 : j]
	if j < len(s) && s[j] == ';' {
		if r, ok := namedEntity(name); ok {
			return r, j + 1 - i, true
		}
	}
	// Without a semicolon: the longest legacy name the text starts with.
	for k := min(len(name), maxLegacyLen); k >= 2; k-- {
		r, ok := legacyEntities[name[:k]]
		if !ok {
			continue
		}
		next := i + 1 + k
		if next < len(s) && (s[next] == '=' || isAlnum(s[next]) && !(isLetterEntity(name[:k]) && isLetterByte(s[next]))) {
			return 0, 0, false
		}
		return r, k + 1, true
	}
	return 0, 0, false
}

// numericEntity decodes "&#DDD;" or "&#xHHH;" at s[i].
func numericEntity(s string, i int) (rune, int, bool) {
	j := i + 2
	base := rune(10)
	if j < len(s) && (s[j] == 'x' || s[j] == 'X') {
		base = 16
		j++
	}
	start := j
	var v rune
	for j < len(s) && j-start < 8 {
		d := digitValue(s[j], base)
		if d < 0 {
			break
		}
		v = v*base + d
		j++
	}
	if j == start || j-start >= 8 && j < len(s) && digitValue(s[j], base) >= 0 {
		return 0, 0, false // no digits, or too many
	}
	switch {
	case j < len(s) && s[j] == ';':
		j++
	case j < len(s) && isAlnum(s[j]):
		return 0, 0, false // "&#12ab": not a reference a writer meant
	}
	switch {
	case v >= 0x80 && v <= 0x9F:
		if r := windows1252[v-0x80]; r != 0 {
			v = r
		}
	case v == 0 || v > utf8.MaxRune || v >= 0xD800 && v <= 0xDFFF:
		v = utf8.RuneError
	}
	return v, j - i, true
}

// digitValue returns the value of c as a digit in base 10 or 16, or -1.
func digitValue(c byte, base rune) rune {
	switch {
	case c >= '0' && c <= '9':
		return rune(c - '0')
	case base == 16 && c >= 'a' && c <= 'f':
		return rune(c-'a') + 10
	case base == 16 && c >= 'A' && c <= 'F':
		return rune(c-'A') + 10
	}
	return -1
}

// isAlnum reports whether c is an ASCII letter or digit.
func isAlnum(c byte) bool { return isDigit(c) || isLetterByte(c) }

// namedEntity returns the character of the reference "&name;". The names of
// news text are in a table; the rest of HTML's are asked of package html.
func namedEntity(name string) (rune, bool) {
	if r, ok := legacyEntities[name]; ok {
		return r, true
	}
	if r, ok := moreEntities[name]; ok {
		return r, true
	}
	out := html.UnescapeString("&" + name + ";")
	if r, size := utf8.DecodeRuneInString(out); size == len(out) && out[0] != '&' {
		return r, true
	}
	// A few names stand for two characters; they are not for news text.
	return 0, false
}

// isLetterEntity reports whether the legacy name is that of a letter
// ("auml", "szlig", "Eacute"), which may be written inside a word without
// its semicolon.
func isLetterEntity(name string) bool {
	switch {
	case name == "szlig" || name == "AElig" || name == "aelig" || name == "ETH" || name == "eth" ||
		name == "THORN" || name == "thorn":
		return true
	}
	for _, suffix := range []string{"uml", "acute", "grave", "circ", "tilde", "ring", "cedil", "slash"} {
		if len(name) == len(suffix)+1 && strings.HasSuffix(name, suffix) {
			return true
		}
	}
	return false
}

// windows1252 holds the characters of the bytes 0x80 to 0x9F in
// Windows-1252, 0 for the five it leaves undefined.
var windows1252 = [32]rune{
	'€', 0, '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 0, 'Ž', 0,
	0, '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', 0, 'ž', 'Ÿ',
}

// maxLegacyLen is the length of the longest legacy name.
const maxLegacyLen = 6

// legacyEntities are the names HTML decodes without a semicolon: the
// Latin-1 characters and the four of markup.
var legacyEntities = map[string]rune{
	"amp": '&', "lt": '<', "gt": '>', "quot": '"',
	"nbsp": '\u00A0', "iexcl": '¡', "cent": '¢', "pound": '£', "curren": '¤', "yen": '¥',
	"brvbar": '¦', "sect": '§', "uml": '¨', "copy": '©', "ordf": 'ª', "laquo": '«',
	"not": '¬', "shy": '\u00AD', "reg": '®', "macr": '¯', "deg": '°', "plusmn": '±',
	"sup2": '²', "sup3": '³', "acute": '´', "micro": 'µ', "para": '¶', "middot": '·',
	"cedil": '¸', "sup1": '¹', "ordm": 'º', "raquo": '»', "frac14": '¼', "frac12": '½',
	"frac34": '¾', "iquest": '¿', "Agrave": 'À', "Aacute": 'Á', "Acirc": 'Â', "Atilde": 'Ã',
	"Auml": 'Ä', "Aring": 'Å', "AElig": 'Æ', "Ccedil": 'Ç', "Egrave": 'È', "Eacute": 'É',
	"Ecirc": 'Ê', "Euml": 'Ë', "Igrave": 'Ì', "Iacute": 'Í', "Icirc": 'Î', "Iuml": 'Ï',
	"ETH": 'Ð', "Ntilde": 'Ñ', "Ograve": 'Ò', "Oacute": 'Ó', "Ocirc": 'Ô', "Otilde": 'Õ',
	"Ouml": 'Ö', "times": '×', "Oslash": 'Ø', "Ugrave": 'Ù', "Uacute": 'Ú', "Ucirc": 'Û',
	"Uuml": 'Ü', "Yacute": 'Ý', "THORN": 'Þ', "szlig": 'ß', "agrave": 'à', "aacute": 'á',
	"acirc": 'â', "atilde": 'ã', "auml": 'ä', "aring": 'å', "aelig": 'æ', "ccedil": 'ç',
	"egrave": 'è', "eacute": 'é', "ecirc": 'ê', "euml": 'ë', "igrave": 'ì', "iacute": 'í',
	"icirc": 'î', "iuml": 'ï', "eth": 'ð', "ntilde": 'ñ', "ograve": 'ò', "oacute": 'ó',
	"ocirc": 'ô', "otilde": 'õ', "ouml": 'ö', "divide": '÷', "oslash": 'ø', "ugrave": 'ù',
	"uacute": 'ú', "ucirc": 'û', "uuml": 'ü', "yacute": 'ý', "thorn": 'þ', "yuml": 'ÿ',
	"AMP": '&', "LT": '<', "GT": '>', "QUOT": '"', "COPY": '©', "REG": '®',
}

// moreEntities are the names of news text beyond Latin-1 that need their
// semicolon: typography, currency and the letters of neighbouring
// languages.
var moreEntities = map[string]rune{
	"apos": '\'', "bdquo": '„', "ldquo": '“', "rdquo": '”', "sbquo": '‚', "lsquo": '‘',
	"rsquo": '’', "lsaquo": '‹', "rsaquo": '›', "ndash": '–', "mdash": '—', "hellip": '…',
	"bull": '•', "euro": '€', "trade": '™', "dagger": '†', "Dagger": '‡', "permil": '‰',
	"prime": '′', "Prime": '″', "minus": '−', "thinsp": '\u2009', "ensp": '\u2002',
	"emsp": '\u2003', "zwnj": '\u200C', "zwj": '\u200D', "lrm": '\u200E', "rlm": '\u200F',
	"OElig": 'Œ', "oelig": 'œ', "Scaron": 'Š', "scaron": 'š', "Yuml": 'Ÿ', "fnof": 'ƒ',
	"circ": 'ˆ', "tilde": '˜', "larr": '←', "rarr": '→', "uarr": '↑', "darr": '↓',
	"hyphen": '‐', "dash": '‐', "NoBreak": '\u2060', "ZeroWidthSpace": '\u200B',
}
