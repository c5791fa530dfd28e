package article

import (
	"bytes"
	"encoding/binary"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

	"github.com/newsdump/newsdump/internal/swar"
)

// declScan is how far into a page the declaration of its character set is
// looked for. The HTML standard's prescan stops at 1,024 bytes; real pages
// put long comments and scripts before the meta tag (a meta at byte 3,532
// is common), so the search goes on to the end of the head or this far.
const declScan = 64 << 10

// pageEncoding returns the character set of an HTML page and its name:
//   - a byte order mark decides;
//   - otherwise the label the transport gives (the charset of an HTTP
//     Content-Type header), or else the charset of a meta tag or the XML
//     declaration in the head, unless the bytes are valid UTF-8 with
//     letters beyond ASCII: such a page was saved as UTF-8 and keeps the
//     label of the set it was served in (a crawler's copy of a GBK page
//     still says gb2312), as text in another set is almost never valid
//     UTF-8, be it Latin, Cyrillic or Chinese;
//   - a page that declares UTF-8 whose bytes beyond ASCII are none of them
//     UTF-8 is Windows-1252;
//   - without a declaration, UTF-8 if the bytes are valid UTF-8, else
//     Windows-1252, which browsers assume for Western pages.
func pageEncoding(data []byte, label string) (encoding.Encoding, string) {
	switch {
	case bytes.HasPrefix(data, []byte("\xef\xbb\xbf")):
		return unicode.UTF8BOM, "utf-8"
	case bytes.HasPrefix(data, []byte("\xfe\xff")):
		return unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), "utf-16be"
	case bytes.HasPrefix(data, []byte("\xff\xfe")):
		return unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), "utf-16le"
	}
	utf, wide := utf8Kind(data)
	if label == "" {
		label = declaredCharset(data)
	}
	if label != "" {
		if e, name := charset.Lookup(label); e != nil {
			switch {
			case name == "utf-8" && !utf && !hasUTF8(data):
				return charmap.Windows1252, "windows-1252"
			case name == "utf-8" || name == "replacement" || strings.HasPrefix(name, "utf-16"):
				// A page that names UTF-16 in its own bytes is not UTF-16:
				// the standard reads it as UTF-8.
				return encoding.Nop, "utf-8"
			case utf && wide:
				return encoding.Nop, "utf-8"
			}
			return e, name
		}
	}
	if utf {
		return encoding.Nop, "utf-8"
	}
	return charmap.Windows1252, "windows-1252"
}

// utf8Kind tells whether data is valid UTF-8 and whether it has
// characters beyond ASCII. A character cut at the end of data counts as
// valid: the page may be truncated.
func utf8Kind(data []byte) (valid, wide bool) {
	i := 0
	for ; i+8 <= len(data); i += 8 {
		if swar.NonASCII(binary.LittleEndian.Uint64(data[i:])) != 0 {
			break
		}
	}
	for ; i < len(data) && data[i] < utf8.RuneSelf; i++ {
	}
	if i == len(data) {
		return true, false
	}
	if utf8.Valid(data) {
		return true, true
	}
	// Cut in its last character?
	for k := 1; k <= utf8.UTFMax-1 && k <= len(data); k++ {
		if utf8.RuneStart(data[len(data)-k]) {
			return !utf8.FullRune(data[len(data)-k:]) && utf8.Valid(data[:len(data)-k]), true
		}
	}
	return false, true
}

// hasUTF8 reports whether data holds a character of two or more bytes that
// is valid UTF-8.
func hasUTF8(data []byte) bool {
	for i := 0; i < len(data); i++ {
		if data[i] >= 0xc2 && data[i] <= 0xf4 {
			if r, n := utf8.DecodeRune(data[i:]); r != utf8.RuneError || n > 1 {
				return true
			}
		}
	}
	return false
}

// declaredCharset returns the character set a page names in a meta tag
// (charset="…" or http-equiv content="…; charset=…") or in the XML
// declaration, looked for before the body starts, within declScan bytes.
func declaredCharset(data []byte) string {
	head := data[:min(len(data), declScan)]
	if end := indexFold(head, "<body"); end >= 0 {
		head = head[:end]
	}
	if bytes.HasPrefix(head, []byte("<?xml")) {
		if end := bytes.Index(head, []byte("?>")); end > 0 {
			if v := attrValue(head[:end], "encoding"); v != "" {
				return v
			}
		}
	}
	for rest := head; ; {
		i := indexFold(rest, "<meta")
		if i < 0 {
			return ""
		}
		rest = rest[i+len("<meta"):]
		end := bytes.IndexByte(rest, '>')
		if end < 0 {
			end = len(rest)
		}
		if v := attrValue(rest[:end], "charset"); v != "" {
			return v
		}
	}
}

// attrValue returns the value after name= in tag, quoted or not, name
// matched without regard to case. It finds charset= inside a content
// attribute too.
func attrValue(tag []byte, name string) string {
	for rest := tag; ; {
		i := indexFold(rest, name)
		if i < 0 {
			return ""
		}
		rest = rest[i+len(name):]
		v := bytes.TrimLeft(rest, " \t\r\n")
		if len(v) == 0 || v[0] != '=' {
			continue
		}
		v = bytes.TrimLeft(v[1:], " \t\r\n\"'")
		end := bytes.IndexAny(v, "\"'; \t\r\n>/")
		if end < 0 {
			end = len(v)
		}
		if end > 0 {
			return string(v[:end])
		}
	}
}

// indexFold returns the index of the first match of the lower-case ASCII
// word in s without regard to case, or -1.
func indexFold(s []byte, word string) int {
	first, alt := word[0], word[0]
	if 'a' <= first && first <= 'z' {
		alt = first - 'a' + 'A'
	}
	for i := 0; i+len(word) <= len(s); i++ {
		if first == alt {
			j := bytes.IndexByte(s[i:], first)
			if j < 0 {
				return -1
			}
			i += j
		}
		if c := s[i]; (c == first || c == alt) && i+len(word) <= len(s) && bytes.EqualFold(s[i:i+len(word)], []byte(word)) {
			return i
		}
	}
	return -1
}
