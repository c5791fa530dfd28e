// Package space tells white space by its bytes, as unicode.IsSpace does by
// its characters, without decoding: the lines of news text mostly start
// and end with letters, quotation marks and dashes, and a test of one or
// three bytes tells them from spaces.
package space

// ascii tells the ASCII white space characters.
var ascii = [256]bool{' ': true, '\t': true, '\n': true, '\r': true, '\v': true, '\f': true}

// ASCII reports whether c is an ASCII white space character: space, tab,
// line feed, carriage return, vertical tab or form feed.
func ASCII(c byte) bool { return ascii[c] }

// Len returns the length in bytes of the white space character that s
// starts with, 0 if none: an ASCII space, tab or line break, or U+0085,
// U+00A0, U+1680, U+2000 to U+200A, U+2028, U+2029, U+202F, U+205F or
// U+3000, the characters unicode.IsSpace takes beyond ASCII.
func Len(s string) int {
	if s == "" {
		return 0
	}
	if c := s[0]; c < 0x80 {
		if ascii[c] {
			return 1
		}
		return 0
	}
	return wideLen(s)
}

// wideLen is Len for s that starts with a byte beyond ASCII.
func wideLen(s string) int {
	if len(s) < 2 {
		return 0
	}
	switch s[0] {
	case 0xC2:
		if s[1] == 0x85 || s[1] == 0xA0 {
			return 2
		}
	case 0xE1:
		if len(s) > 2 && s[1] == 0x9A && s[2] == 0x80 {
			return 3
		}
	case 0xE2:
		if len(s) > 2 && (s[1] == 0x80 && (s[2] >= 0x80 && s[2] <= 0x8A || s[2] == 0xA8 || s[2] == 0xA9 || s[2] == 0xAF) ||
			s[1] == 0x81 && s[2] == 0x9F) {
			return 3
		}
	case 0xE3:
		if len(s) > 2 && s[1] == 0x80 && s[2] == 0x80 {
			return 3
		}
	}
	return 0
}

// LastLen returns the length in bytes of the white space character that s
// ends with, 0 if none.
func LastLen(s string) int {
	n := len(s)
	switch {
	case n == 0:
		return 0
	case s[n-1] < 0x80:
		if ascii[s[n-1]] {
			return 1
		}
		return 0
	case n >= 2 && s[n-2] == 0xC2:
		return wideLen(s[n-2:])
	case n >= 3 && wideLen(s[n-3:]) == 3: // and not a character of two bytes before a stray one
		return 3
	}
	return 0
}

// Trim returns s without the white space at either end, as
// strings.TrimSpace does.
func Trim(s string) string {
	start := 0
	for start < len(s) {
		if c := s[start]; c < 0x80 {
			if !ascii[c] {
				break
			}
			start++
		} else if n := wideLen(s[start:]); n > 0 {
			start += n
		} else {
			break
		}
	}
	end := len(s)
	for end > start {
		if c := s[end-1]; c < 0x80 {
			if !ascii[c] {
				break
			}
			end--
		} else if n := LastLen(s[start:end]); n > 0 {
			end -= n
		} else {
			break
		}
	}
	return s[start:end]
}

// Blank reports whether s holds nothing but white space.
func Blank(s string) bool { return Trim(s) == "" }
