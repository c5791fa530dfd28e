package article

import (
	"strings"

	"golang.org/x/text/language"

	"github.com/newsdump/newsdump/boilerplate"
	"github.com/newsdump/newsdump/normalize"
)

// headerTop is how many non-blank lines at an article's start may hold
// the lines of its record's header that have no key.
const headerTop = 12

// A headerLine is a line of a record's header or trailer: its index among
// the article's lines and what it gives.
type headerLine struct {
	i int
	m boilerplate.HeaderMatch
}

// headerLines finds the lines of a text article that belong to its
// record's header and trailer (see boilerplate.HeaderForm). A form holds
// in an article that has a line that opens or closes a record of the form,
// or two key lines of it; then its key lines, wherever they stand, its
// lines without a key among the article's first lines, and the paper's
// name and date where the form puts them, are the header's. A lone key
// line ("Quelle: dpa" under a report) is text. Lines are matched as the
// input writes them (ps), their dates as cleaned (ls).
func (p *parser) headerLines(ls []boilerplate.Line, ps []piece) []headerLine {
	if p.headers == nil {
		return nil
	}
	var found []headerLine
	marked := map[string]bool{} // the forms whose marks (Start, End) the article has
	for i := range ls {
		if ls[i].Blank() {
			continue
		}
		m, ok := p.headers.Match(ps[i].text) // as written: a tag's tab is no space
		if !ok {
			continue
		}
		found = append(found, headerLine{i, m})
		if !m.Key {
			marked[m.Rule] = true
		}
	}
	// The form: the one whose marks the article has, else the one with
	// most key lines, two at least.
	form := ""
	for _, h := range found {
		if marked[h.m.Rule] {
			form = h.m.Rule
			break
		}
	}
	if form == "" {
		forms := p.headers.Forms()
		keys := make([]int, len(forms)) // the key lines of each form
		for _, h := range found {
			for i, f := range forms {
				if _, ok := p.headers.KeyIn(f, ps[h.i].text); ok {
					keys[i]++
				}
			}
		}
		best := 1
		for i, f := range forms {
			if keys[i] > best {
				form, best = f, keys[i]
			}
		}
	}
	if form == "" {
		return nil
	}
	var out []headerLine
	taken := map[int]bool{}
	for _, h := range found {
		m := h.m
		if m.Key {
			var ok bool
			if m, ok = p.headers.KeyIn(form, ps[h.i].text); !ok {
				continue
			}
		} else if m.Rule != form {
			continue
		}
		out = append(out, headerLine{h.i, m})
		taken[h.i] = true
	}
	// The lines without a key: among the first lines, and anywhere for
	// the marks of a trailer that the form's patterns name.
	seen, date := 0, -1
	for i := range ls {
		if ls[i].Blank() || taken[i] {
			continue
		}
		seen++
		if m, ok := p.headers.Line(form, ps[i].text, seen <= headerTop); ok {
			out = append(out, headerLine{i, m})
			taken[i] = true
			continue
		}
		if seen <= headerTop && date < 0 {
			if _, ok := p.headerDate(ls[i].Text()); ok {
				date = i
				out = append(out, headerLine{i, boilerplate.HeaderMatch{Rule: form, Field: boilerplate.FieldDate, Value: ls[i].Text()}})
				taken[i] = true
			}
		}
	}
	f := p.headers.Form(form)
	if f.Source != 0 && date >= 0 {
		// The paper's name on the line before or after the date.
		for i := date + f.Source; i >= 0 && i < len(ls); i += f.Source {
			if ls[i].Blank() {
				continue
			}
			if !taken[i] && ls[i].WordsUpTo(9) <= 8 && !endsSentence(ls[i].Text()) && (f.Source > 0 || i > firstText(ls)) {
				out = append(out, headerLine{i, boilerplate.HeaderMatch{Rule: form, Field: boilerplate.FieldSource, Value: ls[i].Text()}})
				taken[i] = true
			}
			break
		}
	}
	if f.Title != boilerplate.TitleAnywhere && !hasField(out, boilerplate.FieldTitle) {
		if t := headlineOf(ls, taken, f.Title); t >= 0 {
			out = append(out, headerLine{t, boilerplate.HeaderMatch{Rule: form, Field: boilerplate.FieldTitle, Value: ls[t].Text()}})
			taken[t] = true
		}
	}
	return out
}

// headerDate reads the date of a header's line: a date alone, or one with
// its weekday after it, as LexisNexis writes it ("18. Dezember 2024
// Mittwoch", "December 17, 2024 Tuesday").
func (p *parser) headerDate(s string) (normalize.Date, bool) {
	s = strings.TrimSpace(s)
	if len(s) > 60 {
		return normalize.Date{}, false
	}
	if d, ok := p.dates.Parse(s); ok {
		return d, true
	}
	if i := strings.LastIndexByte(s, ' '); i > 0 && weekdays[strings.ToLower(s[i+1:])] {
		return p.dates.Parse(s[:i])
	}
	return normalize.Date{}, false
}

// weekdays are the names of the days in German and English, in lower case.
var weekdays = map[string]bool{
	"montag": true, "dienstag": true, "mittwoch": true, "donnerstag": true, "freitag": true, "samstag": true, "sonntag": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
}

// headlineOf returns the index of a record's headline where the form puts
// it, or -1: the first line that is not the header's, or the last such
// line before the first key line.
func headlineOf(ls []boilerplate.Line, taken map[int]bool, place boilerplate.TitlePlace) int {
	last := -1
	for i := range ls {
		if ls[i].Blank() {
			continue
		}
		if taken[i] {
			if place == boilerplate.TitleBeforeKeys && last >= 0 && strings.Contains(ls[i].Text(), ":") {
				return last // the line before the first key line
			}
			continue
		}
		if place == boilerplate.TitleFirst {
			if isTitleLike(&ls[i]) {
				return i
			}
			return -1
		}
		last = i
	}
	return -1
}

// firstText returns the index of the first non-blank line, or -1.
func firstText(ls []boilerplate.Line) int {
	for i := range ls {
		if !ls[i].Blank() {
			return i
		}
	}
	return -1
}

// headerKinds are the kinds under which a header's lines are removed, by
// the field they give.
var headerKinds = map[boilerplate.Field]boilerplate.Kind{
	boilerplate.FieldTitle: boilerplate.Title, boilerplate.FieldDate: boilerplate.Dateline,
	boilerplate.FieldByline: boilerplate.Byline, boilerplate.FieldSection: boilerplate.Section,
}

// headerKind returns the kind of a header's line.
func headerKind(f boilerplate.Field) boilerplate.Kind {
	if k, ok := headerKinds[f]; ok {
		return k
	}
	return boilerplate.Header
}

// applyHeader sets the fields of an article that its record's header
// gives, where the header gives them: the title over the classifier's
// choice, the others where the text left them empty. q sets the marks of
// a field's text.
func (p *parser) applyHeader(a *Article, hs []headerLine, texts []string, q func(string) string) {
	titled := false
	for _, h := range hs {
		v := texts[h.i] // a line without a key gives itself
		if h.m.Key {
			v = p.norm.Clean(strings.TrimSpace(h.m.Value)) // a key line its value, which may be empty
		}
		if v == "" {
			continue
		}
		switch h.m.Field {
		case boilerplate.FieldTitle:
			if !titled {
				a.Title, titled = q(v), true
			}
		case boilerplate.FieldDate:
			if d, ok := p.headerDate(v); ok && a.Published.Text == "" {
				a.Published = d
			}
		case boilerplate.FieldSource:
			// "Süddeutsche Zeitung vom 16.12.2024, S. 5": the paper and
			// its date.
			name, rest, ok := strings.Cut(v, " vom ")
			if ok {
				if d, ok := p.dates.Parse(strings.TrimSpace(strings.Split(rest, ",")[0])); ok && a.Published.Text == "" {
					a.Published = d
				}
			}
			if a.Site == "" {
				a.Site = strings.TrimSpace(name)
			}
		case boilerplate.FieldURL:
			if a.URL == "" && (strings.HasPrefix(v, "http://") || strings.HasPrefix(v, "https://")) {
				a.URL = v
			}
		case boilerplate.FieldByline:
			if len(a.Authors) == 0 {
				a.Authors = parseByline(v)
			}
		case boilerplate.FieldSection:
			if a.Section == "" {
				a.Section = strings.TrimSpace(strings.Split(v, ";")[0])
			}
		case boilerplate.FieldLanguage:
			switch strings.ToLower(v) {
			case "english", "englisch":
				a.Language = language.English
			case "german", "deutsch":
				a.Language = language.German
			}
		}
	}
}
