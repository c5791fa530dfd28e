// Package bullet tells the list markers that start a line ("• ", "- ",
// "▪ ") for the classifier and the parser of articles.
package bullet

import (
	"strings"
	"unicode/utf8"

	"github.com/newsdump/newsdump/internal/space"
)

// bullets are the list markers recognised at the start of a line.
var bullets = []string{"• ", "· ", "- ", "* ", "– ", "▪ ", "■ ", "► ", "□ ", "◦ ", "○ ", "▸ ", "‣ ", "⁃ ", "◾ ", "▫ ", "☆ ", "★ ", "✓ ", "✔ "}

// Is reports whether line starts with a list marker.
func Is(line string) bool {
	// Most lines start with a character that begins no marker; they are
	// told apart without trimming the line.
	i := 0
	for i < len(line) && space.ASCII(line[i]) {
		i++
	}
	if i == len(line) {
		return false
	}
	if c := line[i]; c < utf8.RuneSelf && !markerStart(c) {
		return false
	} else if c >= utf8.RuneSelf {
		if space.Len(line[i:]) > 0 {
			return Len(space.Trim(line)) > 0 // indented with wider spaces
		}
	}
	// The marker and its space, with something after them: the line
	// trimmed starts with a marker.
	n := Len(line[i:])
	return n > 0 && !space.Blank(line[i+n:])
}

// markerStart reports whether c is the first byte of a list marker.
func markerStart(c byte) bool { return c == '-' || c == '*' || c == 0xC2 || c == 0xE2 }

// Len returns the length of the list marker and space that line
// starts with, 0 if none.
func Len(line string) int {
	if len(line) < 2 || !markerStart(line[0]) {
		return 0
	}
	for _, b := range bullets {
		if strings.HasPrefix(line, b) {
			return len(b)
		}
	}
	return 0
}

// Trim removes a list marker and the space around it.
func Trim(line string) string {
	line = space.Trim(line)
	if n := Len(line); n > 0 {
		return space.Trim(line[n:])
	}
	return line
}

// bylineWords introduce a list of authors, one a bullet, as heise sets
// its byline.
var bylineWords = map[string]bool{"Von": true, "By": true, "Autor": true, "Autorin": true, "Autoren": true, "Authors": true}

// BylineWord reports whether line is a word that introduces a list of
// authors ("Von", "By") and names nobody itself.
func BylineWord(line string) bool { return bylineWords[line] }
