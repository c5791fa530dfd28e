package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// dashes sets the dashes of the paragraph s (see Punctuation) and reports
// how many it changed.
func (n *Normalizer) dashes(s string) (string, int) {
	if n.Marks == ASCII {
		return asciiDashes(s)
	}
	if !n.Dashes {
		return s, 0
	}
	i := strings.Index(s, " -")
	if i < 0 {
		return s, 0
	}
	var b []byte
	changed, written := 0, 0
	for i >= 0 {
		k := 1 // hyphens
		if i+2 < len(s) && s[i+2] == '-' {
			k = 2 // "--", as typewriters set a dash
		}
		at := i + 1
		end := at + k
		if end < len(s) && s[end] == ' ' && !numbersAround(s, i, end) && strings.TrimLeft(s[:i], " ") != "" {
			if b == nil {
				b = make([]byte, 0, len(s)+2)
			}
			b = append(b, s[written:at]...)
			b = append(b, "–"...)
			written = end
			changed++
		}
		i = indexFrom(s, " -", end)
	}
	if changed == 0 {
		return s, 0
	}
	b = append(b, s[written:]...)
	return string(b), changed
}

// numbersAround reports whether a dash with the space before it at s[i]
// and the space after it at s[end] stands between two numbers, as in a
// range "10 - 20".
func numbersAround(s string, i, end int) bool {
	before, _ := utf8.DecodeLastRuneInString(s[:i])
	after, _ := utf8.DecodeRuneInString(s[end+1:])
	return unicode.IsDigit(before) && unicode.IsDigit(after)
}

// asciiDashes writes en and em dashes as "-".
func asciiDashes(s string) (string, int) {
	if !strings.Contains(s, "–") && !strings.Contains(s, "—") {
		return s, 0
	}
	k := strings.Count(s, "–") + strings.Count(s, "—")
	return asciiDash.Replace(s), k
}

// asciiDash writes en and em dashes as "-"; a Replacer is safe for
// concurrent use.
var asciiDash = strings.NewReplacer("–", "-", "—", "-")
