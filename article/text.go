package article

import (
	"strings"
)

// Text returns the article as plain text: the title, the teaser and the
// body's paragraphs, each once, separated by blank lines.
func (a *Article) Text() string {
	var b strings.Builder
	for _, t := range a.parts() {
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(t)
	}
	return b.String()
}

// parts returns the title, the teaser and the paragraphs that have text.
func (a *Article) parts() []string {
	parts := make([]string, 0, len(a.Body)+2)
	for _, t := range []string{a.Title, a.Teaser} {
		if t != "" {
			parts = append(parts, t)
		}
	}
	for _, p := range a.Body {
		if p.Text != "" {
			parts = append(parts, p.Text)
		}
	}
	return parts
}

// Markdown returns the article as Markdown: the title as a heading, then
// a line with the authors and the published date where known, the teaser
// in bold and the body's paragraphs. Characters that Markdown would read
// as markup at the start of a paragraph ("#", "-", "1.") are escaped.
func (a *Article) Markdown() string {
	var b strings.Builder
	block := func(s string) {
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(s)
	}
	if a.Title != "" {
		block("# " + markdownEscape(a.Title))
	}
	var meta []string
	if len(a.Authors) > 0 {
		names := make([]string, len(a.Authors))
		for i, au := range a.Authors {
			names[i] = au.String()
		}
		meta = append(meta, markdownEscape(strings.Join(names, ", ")))
	}
	if !a.Published.Time.IsZero() {
		meta = append(meta, a.Published.Time.Format("2006-01-02"))
	}
	if len(meta) > 0 {
		block("*" + strings.Join(meta, " · ") + "*")
	}
	if a.Teaser != "" {
		block("**" + markdownEscape(a.Teaser) + "**")
	}
	for _, p := range a.Body {
		if p.Text != "" {
			block(markdownEscape(p.Text))
		}
	}
	return b.String()
}

// markdownEscape escapes the characters of s that Markdown reads as
// markup inside a line ("*", "_", "`", "[", "]", "<", "\"), and at its
// start a heading, list or quote mark.
func markdownEscape(s string) string {
	var b strings.Builder
	for i, r := range s {
		switch r {
		case '\\', '*', '_', '`', '[', ']', '<':
			b.WriteByte('\\')
		case '#', '>', '-', '+':
			if i == 0 {
				b.WriteByte('\\')
			}
		}
		b.WriteRune(r)
	}
	out := b.String()
	// "1. Januar" at the start reads as a numbered list.
	if n := len(out) - len(strings.TrimLeft(out, "0123456789")); n > 0 && n < len(out) && (out[n] == '.' || out[n] == ')') {
		out = out[:n] + "\\" + out[n:]
	}
	return out
}

// String returns the name, and the role after a comma where there is one:
// "Eileen Yu, Senior Contributing Editor".
func (au Author) String() string {
	if au.Role == "" {
		return au.Name
	}
	return au.Name + ", " + au.Role
}
