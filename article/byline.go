package article

import (
	"strconv"
	"strings"

	"github.com/newsdump/newsdump/internal/bullet"
	"github.com/newsdump/newsdump/internal/space"
)

// bylinePrefixes introduce the names in a byline.
var bylinePrefixes = []string{
	"Written by ", "Reviewed by ", "Edited by ", "Posted by ", "By ", "by ",
	"Von ", "von ", "Autor: ", "Autorin: ", "Autoren: ", "Text: ",
}

// roleWords mark the part of a byline after a comma as a role, not a name.
var roleWords = []string{
	"editor", "writer", "reporter", "correspondent", "contributor", "contributing",
	"columnist", "analyst", "producer", "staff", "senior", "chief", "head",
	"redakteur", "korrespondent", "autor", "kolumnist", "leiter", "chef",
	"volontär", "mitarbeiter", "praktikant",
}

// parseByline reads names and roles from a byline such as "Written by
// Eileen Yu, Senior Contributing Editor", "Von Anna Müller und Max Muster",
// a bullet "• Alexander Königstein" or a newsroom "ZDNet.de Redaktion".
func parseByline(text string) []Author {
	text = bullet.Trim(text)
	for _, pre := range bylinePrefixes {
		if strings.HasPrefix(text, pre) {
			text = text[len(pre):]
			break
		}
	}
	// What follows a bar or bullet is the date or the reading time:
	// "Jane Doe | March 3, 2024", "Jane Doe • 5 min read".
	for _, sep := range []string{" | ", " • ", " · ", " — "} {
		if i := strings.Index(text, sep); i > 0 {
			text = text[:i]
		}
	}
	if text == "" || bullet.BylineWord(text) {
		return nil
	}
	var out []Author
	for _, part := range splitNames(text) {
		name, role, _ := strings.Cut(part, ",")
		name, role = space.Trim(name), space.Trim(role)
		if role != "" && !isRole(role) {
			// "Anna Müller, Max Muster": two names.
			out = append(out, Author{Name: name})
			for _, n := range strings.Split(role, ",") {
				if n = space.Trim(n); n != "" {
					out = append(out, Author{Name: n})
				}
			}
			continue
		}
		if name != "" {
			out = append(out, Author{Name: name, Role: role})
		}
	}
	return out
}

// splitNames splits "A und B" and "A and B" into names.
func splitNames(s string) []string {
	for _, sep := range []string{" und ", " and ", " & ", "; "} {
		if strings.Contains(s, sep) {
			var out []string
			for _, p := range strings.Split(s, sep) {
				out = append(out, splitNames(p)...)
			}
			return out
		}
	}
	return []string{s}
}

func isRole(s string) bool {
	l := strings.ToLower(s)
	for _, w := range roleWords {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// creditPrefixes introduce the source in a credit line.
var creditPrefixes = []string{
	"mit material von ", "mit material der ", "mit material des ", "mit material aus ",
	"with material from ", "with reporting by ", "with reporting from ",
	"with additional reporting by ", "additional reporting by ", "reporting by ",
}

// parseCredit reads the source from "[mit Material von Eileen Yu,
// ZDNet.com]" or "• mit Material der dpa".
func parseCredit(text string) string {
	text = bullet.Trim(text)
	text = space.Trim(strings.TrimSuffix(strings.TrimPrefix(text, "["), "]"))
	l := strings.ToLower(text)
	for _, pre := range creditPrefixes {
		if strings.HasPrefix(l, pre) {
			return space.Trim(text[len(pre):])
		}
	}
	return text
}

// agencies are news agencies that appear as a sigle: "(dpa)".
var agencies = map[string]bool{
	"dpa": true, "afp": true, "ap": true, "reuters": true, "kna": true, "epd": true,
	"sid": true, "dts": true, "apa": true, "ddp": true, "dapd": true, "sda": true,
}

func isAgency(s string) bool { return agencies[strings.ToLower(s)] }

// parseImageCredit reads the credit from "(Bild: danielo/Shutterstock.com)".
func parseImageCredit(text string) string {
	text = space.Trim(text)
	if strings.HasPrefix(text, "(") && strings.HasSuffix(text, ")") {
		text = text[1 : len(text)-1]
	}
	if _, after, ok := strings.Cut(text, ":"); ok {
		text = after
	}
	return space.Trim(text)
}

// captionMarks open the credit at the end of a caption.
var captionMarks = []string{"©", "Foto:", "Fotos:", "Bild:", "Bilder:", "Photo:", "Photos:", "Image:", "Credit:", "Grafik:", "Bildquelle:"}

// cutCaptionCredit cuts the credit off the end of a caption ("Erdölpumpen
// im Abendrot. Bild: TebNad/Shutterstock.com", "… gut getarnt.
// (mlharing / iStock.com)", "… by 2030. Mike Blake/Reuters files"), or
// returns the caption whole with no credit.
func cutCaptionCredit(text string) (caption, credit string) {
	at, after := -1, -1
	for _, m := range captionMarks {
		if i := strings.LastIndex(text, m); i > at {
			at, after = i, i+len(m)
		}
	}
	switch {
	case at > 0:
	case strings.HasSuffix(text, ")") && strings.LastIndexByte(text, '(') > 0 && strings.ContainsAny(text[strings.LastIndexByte(text, '('):], "/."):
		// "(Name / Agency)", "(iStock.com)"; not "(links)".
		at = strings.LastIndexByte(text, '(')
		after = at
	case strings.Contains(text, "/"):
		// An agency after the photographer's name, after the last sentence.
		i := strings.LastIndexAny(text, ".!?")
		slash := strings.LastIndexByte(text, '/')
		if i < 0 || i > slash {
			return text, ""
		}
		at, after = i+1, i+1
	default:
		return text, ""
	}
	caption = strings.TrimRight(text[:at], " |–—-")
	credit = space.Trim(strings.TrimSuffix(strings.TrimPrefix(parseImageCredit(text[after:]), "©"), ")"))
	credit = space.Trim(strings.Trim(credit, "()"))
	if caption == "" || credit == "" {
		return text, ""
	}
	return caption, credit
}

// commentCount reads N from "... 17 Kommentare lesen" or "42 comments".
func commentCount(text string) (int, bool) {
	f := strings.Fields(text)
	for i := 0; i+1 < len(f); i++ {
		next := strings.ToLower(f[i+1])
		if strings.HasPrefix(next, "kommentar") || strings.HasPrefix(next, "comment") {
			digits := f[i]
			if strings.ContainsAny(digits, ".,") { // "1.234 Kommentare"
				digits = strings.Map(func(r rune) rune {
					if r == '.' || r == ',' {
						return -1
					}
					return r
				}, digits)
			}
			if n, err := strconv.Atoi(digits); err == nil {
				return n, true
			}
		}
	}
	return 0, false
}

// firstNumber returns the first run of digits in text.
func firstNumber(text string) (int, bool) {
	start := strings.IndexAny(text, "0123456789")
	if start < 0 {
		return 0, false
	}
	end := start
	for end < len(text) && text[end] >= '0' && text[end] <= '9' {
		end++
	}
	n, err := strconv.Atoi(text[start:end])
	return n, err == nil
}

// cutByline splits a dateline such as "Veröffentlicht am 3. März 2025 von
// Jana" or "Published March 3, 2025 by Jane Doe" at the author.
func cutByline(text string) (before, by string, ok bool) {
	for _, sep := range []string{" von ", " by "} {
		if i := strings.LastIndex(text, sep); i > 0 {
			return text[:i], space.Trim(text[i+len(sep):]), true
		}
	}
	return text, "", false
}
