package boilerplate

import (
	"regexp"
	"slices"
	"strings"
	"sync"
)

// A Field is what a line of a record's header gives of its article.
type Field uint8

// The fields of a record's header.
const (
	FieldNone     Field = iota // a line of the header that gives nothing the Article holds
	FieldTitle                 // the headline
	FieldDate                  // when the article appeared
	FieldSource                // the paper, agency or site that published it
	FieldURL                   // its address
	FieldByline                // its authors
	FieldSection               // its section or desk
	FieldLength                // its length in words
	FieldLanguage              // its language, written out ("ENGLISH", "Deutsch")
)

var fieldNames = []string{"none", "title", "date", "source", "url", "byline", "section", "length", "language"}

// String returns the field's name in lower case.
func (f Field) String() string {
	if int(f) < len(fieldNames) {
		return fieldNames[f]
	}
	return "field(" + string(rune('0'+f)) + ")"
}

// A HeaderKey is a key of a "Key: value" line in a record's header and the
// field its value gives.
type HeaderKey struct {
	Key   string // as written before the colon, matched without regard to case
	Field Field
}

// A HeaderForm is how one kind of dump opens and closes each record: the
// exports of press databases (LexisNexis, Factiva, Genios) and the
// header blocks of scrapers. Its Name is the rule that removes the
// header's lines.
type HeaderForm struct {
	Name string
	// Start matches a line that opens a record ("1 of 200 DOCUMENTS"):
	// an article starts there. "" for none.
	Start string
	// Keys are the keys of the "Key: value" lines of the header, and of
	// the trailer where the form has one ("LOAD-DATE: ...").
	Keys []HeaderKey
	// Tagged says the keys are tags at the start of the line, followed by
	// a tab or two spaces and the value, or alone on the line ("HD  Headline",
	// "LP"), as in Factiva's export with codes; they are matched as
	// written.
	Tagged bool
	// Opens reports whether a block of two or more key lines after an
	// article's text opens the next record, as in a dump whose only mark
	// of a record is its header block.
	Opens bool
	// Lines are patterns of header lines without a key, each with the
	// field it gives ("523 words", "523 Wörter").
	Lines []HeaderLine
	// End matches a line that closes a record ("End of Document",
	// "Document WSJ0000020241218ekci0000x"): the next article starts
	// after it. "" for none.
	End string
	// Source says where the name of the paper stands in the header's
	// first lines, which have no keys: -1 on the line before the date,
	// +1 on the line after it, 0 nowhere.
	Source int
	// Title says where the headline stands, where no key gives it:
	// TitleFirst on the record's first line, TitleBeforeKeys on the last
	// line before its first key line; TitleAnywhere leaves it to the
	// classifier.
	Title  TitlePlace
	Reason string
}

// A TitlePlace is where a record's headline stands.
type TitlePlace uint8

// The places of a record's headline.
const (
	TitleAnywhere   TitlePlace = iota // where the classifier finds it
	TitleFirst                        // the record's first line (Nexis Uni, Factiva)
	TitleBeforeKeys                   // the last line before the first key line (LexisNexis)
)

// A HeaderLine is a pattern of a header line without a key.
type HeaderLine struct {
	Pattern string // a regular expression that matches the whole line
	Field   Field
	Top     bool // the line stands among the record's first lines only
}

// DefaultHeaderForms returns the forms of record headers newsdump knows,
// a new slice for each call.
func DefaultHeaderForms() []HeaderForm {
	return []HeaderForm{
		{
			Name:   "header/lexisnexis",
			Reason: "the header and trailer of a record exported from LexisNexis or Nexis Uni",
			Start:  `\d{1,6} (?:of|OF|von|VON) \d{1,6} (?:DOCUMENTS?|Documents?|DOKUMENTE?N?|Dokumente?n?)`,
			End:    `End of Document|Ende des Dokuments`,
			Source: -1,
			Title:  TitleBeforeKeys,
			Lines: []HeaderLine{
				{`Body|Text`, FieldNone, false},
				{`(?:Copyright|COPYRIGHT|©) .{2,200}|All Rights Reserved|Alle Rechte vorbehalten`, FieldNone, false},
			},
			Keys: []HeaderKey{
				{"BYLINE", FieldByline}, {"SECTION", FieldSection}, {"LENGTH", FieldLength},
				{"DATELINE", FieldNone}, {"LOAD-DATE", FieldNone}, {"LANGUAGE", FieldLanguage},
				{"PUBLICATION-TYPE", FieldNone}, {"GRAPHIC", FieldNone}, {"HIGHLIGHT", FieldNone},
				{"URL", FieldURL}, {"JOURNAL-CODE", FieldNone}, {"DOCUMENT-TYPE", FieldNone},
				{"SUBJECT", FieldNone}, {"GEOGRAPHIC", FieldNone}, {"ORGANIZATION", FieldNone},
				{"PERSON", FieldNone}, {"COMPANY", FieldNone}, {"INDUSTRY", FieldNone},
				{"TICKER", FieldNone}, {"CORRECTION-DATE", FieldNone}, {"DISTRIBUTION", FieldNone},
				{"TYPE", FieldNone}, {"NOTES", FieldNone}, {"Body", FieldNone},
			},
		},
		{
			Name:   "header/factiva",
			Reason: "the lines around a record exported from Factiva: its length, its codes and the document's number",
			End:    `Document [A-Za-z0-9]{16,32}`,
			Source: +1,
			Title:  TitleFirst,
			Lines: []HeaderLine{
				{`\d{1,3}(?:[.,]\d{3})* (?:words|Wörter)`, FieldLength, true},
				{`English|German|Deutsch|Englisch|French|Französisch|Spanish`, FieldLanguage, true},
				{`(?:Copyright|©|\(c\)) .{2,200}`, FieldNone, false},
				{`[A-Z]{2,8}`, FieldNone, true}, // the code of the source ("LBA", "WSJ")
			},
		},
		{
			Name:   "header/factiva-codes",
			Reason: "the fields of a record exported from Factiva with its codes, each line opened by a tag",
			Tagged: true,
			Opens:  true,
			End:    `AN\s+Document [A-Za-z0-9]{16,32}`,
			Keys: []HeaderKey{
				{"HD", FieldTitle}, {"BY", FieldByline}, {"WC", FieldLength}, {"PD", FieldDate},
				{"SN", FieldSource}, {"SC", FieldNone}, {"LA", FieldLanguage}, {"CY", FieldNone},
				{"LP", FieldNone}, {"TD", FieldNone}, {"CR", FieldNone}, {"SE", FieldSection},
				{"ED", FieldNone}, {"PG", FieldNone}, {"ET", FieldNone}, {"CO", FieldNone},
				{"IN", FieldNone}, {"NS", FieldNone}, {"RE", FieldNone}, {"IPC", FieldNone},
				{"IPD", FieldNone}, {"PUB", FieldNone}, {"ART", FieldNone}, {"AN", FieldNone},
			},
		},
		{
			Name:   "header/genios",
			Reason: "the fields of a record exported from Genios or WISO",
			Opens:  true,
			Keys: []HeaderKey{
				{"Quelle", FieldSource}, {"Ressort", FieldSection}, {"Rubrik", FieldSection},
				{"Autor", FieldByline}, {"Autorin", FieldByline}, {"Autoren", FieldByline},
				{"Titel", FieldTitle}, {"Überschrift", FieldTitle}, {"Umfang", FieldLength},
				{"Dokumentnummer", FieldNone}, {"Dauerhafte Adresse des Dokuments", FieldURL},
				{"Alle Rechte vorbehalten", FieldNone}, {"Datum", FieldDate}, {"Erscheinungsdatum", FieldDate},
				{"Ausgabe", FieldNone}, {"Seite", FieldNone}, {"Länge", FieldLength}, {"Sprache", FieldLanguage},
				{"Link", FieldURL}, {"URL", FieldURL}, {"Medium", FieldSource},
			},
		},
		{
			Name:   "header/key-value",
			Reason: "a header block of Key: value lines, as scrapers write one before each article",
			Opens:  true,
			Keys: []HeaderKey{
				{"Title", FieldTitle}, {"Headline", FieldTitle}, {"Date", FieldDate}, {"Published", FieldDate},
				{"Publication date", FieldDate}, {"URL", FieldURL}, {"Link", FieldURL}, {"Source", FieldSource},
				{"Publisher", FieldSource}, {"Author", FieldByline}, {"Authors", FieldByline}, {"By", FieldByline},
				{"Section", FieldSection}, {"Category", FieldSection}, {"Language", FieldLanguage},
				{"Words", FieldLength}, {"Length", FieldLength}, {"Word count", FieldLength}, {"ID", FieldNone},
			},
		},
	}
}

// maxHeaderLine bounds the lines of a header, in bytes.
const maxHeaderLine = 400

// Headers recognizes the lines of record headers of a set of forms. Its
// zero value recognizes none.
type Headers struct {
	forms []compiledForm
	keys  map[string][]keyOf // by key in lower case
	tags  map[string][]keyOf // the keys of tagged forms, as written
}

type compiledForm struct {
	form       *HeaderForm
	start, end *regexp.Regexp
	lines      []compiledLine
}

type compiledLine struct {
	re    *regexp.Regexp
	field Field
	top   bool
}

type keyOf struct {
	form  int
	field Field
}

// DefaultHeaders returns the Headers of DefaultHeaderForms. It is built
// once and shared: Headers do not change after NewHeaders.
func DefaultHeaders() *Headers { return defaultHeaders() }

var defaultHeaders = sync.OnceValue(func() *Headers {
	h, err := NewHeaders(DefaultHeaderForms())
	if err != nil {
		panic(err) // the built-in forms are tested to compile
	}
	return h
})

// NewHeaders compiles forms. A pattern that does not compile is an error.
func NewHeaders(forms []HeaderForm) (*Headers, error) {
	forms = slices.Clone(forms) // the caller's slice may change
	h := &Headers{keys: map[string][]keyOf{}, tags: map[string][]keyOf{}}
	for i := range forms {
		f := &forms[i]
		c := compiledForm{form: f}
		var err error
		if c.start, err = whole(f.Start); err != nil {
			return nil, err
		}
		if c.end, err = whole(f.End); err != nil {
			return nil, err
		}
		for _, l := range f.Lines {
			re, err := whole(l.Pattern)
			if err != nil {
				return nil, err
			}
			c.lines = append(c.lines, compiledLine{re, l.Field, l.Top})
		}
		h.forms = append(h.forms, c)
		for _, k := range f.Keys {
			if f.Tagged {
				h.tags[k.Key] = append(h.tags[k.Key], keyOf{i, k.Field})
				continue
			}
			lk := strings.ToLower(k.Key)
			h.keys[lk] = append(h.keys[lk], keyOf{i, k.Field})
		}
	}
	return h, nil
}

// whole compiles a pattern that must match a whole line, or returns nil
// for "".
func whole(p string) (*regexp.Regexp, error) {
	if p == "" {
		return nil, nil
	}
	return regexp.Compile(`^(?:` + p + `)$`)
}

// A HeaderMatch is what a line of a record's header is.
type HeaderMatch struct {
	Rule  string // the form's name
	Field Field
	Value string // the value of a key line, or the line
	Start bool   // the line opens a record
	End   bool   // the line closes a record
	Key   bool   // a "Key: value" line
	Opens bool   // of a form whose key blocks open records
}

// Match reports whether line opens or closes a record (HeaderForm.Start,
// End) or is a "Key: value" line of a known key, and what it gives. The
// line is trimmed of white space. Lines without a key are matched by Line.
func (h *Headers) Match(line string) (HeaderMatch, bool) {
	if h == nil || len(h.forms) == 0 {
		return HeaderMatch{}, false
	}
	line = strings.TrimSpace(line)
	if line == "" || len(line) > maxHeaderLine {
		return HeaderMatch{}, false
	}
	// The marks are tried first, and only on lines that may be one:
	// short, with a digit or the word "Document".
	if len(line) <= 80 && (strings.ContainsAny(line, "0123456789") || strings.Contains(line, "ocument") || strings.Contains(line, "okument")) {
		for i := range h.forms {
			c := &h.forms[i]
			if c.start != nil && c.start.MatchString(line) {
				return HeaderMatch{Rule: c.form.Name, Value: line, Start: true}, true
			}
			if c.end != nil && c.end.MatchString(line) {
				return HeaderMatch{Rule: c.form.Name, Value: line, End: true}, true
			}
		}
	}
	return h.Key(line)
}

// Line reports whether line is one of the lines without a key of the form
// named rule (HeaderForm.Lines), which hold in the records of that form
// only: "523 words", "Body", "English". top says the line is among the
// record's first lines, where the patterns with Top hold too.
func (h *Headers) Line(rule, line string, top bool) (HeaderMatch, bool) {
	if h == nil {
		return HeaderMatch{}, false
	}
	line = strings.TrimSpace(line)
	for i := range h.forms {
		if c := &h.forms[i]; c.form.Name == rule {
			for _, l := range c.lines {
				if (top || !l.top) && l.re.MatchString(line) {
					return HeaderMatch{Rule: rule, Field: l.field, Value: line}, true
				}
			}
		}
	}
	return HeaderMatch{}, false
}

// Forms returns the names of the forms, in order.
func (h *Headers) Forms() []string {
	if h == nil {
		return nil
	}
	out := make([]string, len(h.forms))
	for i := range h.forms {
		out[i] = h.forms[i].form.Name
	}
	return out
}

// Form returns the form named rule, or nil.
func (h *Headers) Form(rule string) *HeaderForm {
	if h == nil {
		return nil
	}
	for i := range h.forms {
		if h.forms[i].form.Name == rule {
			return h.forms[i].form
		}
	}
	return nil
}

// Key reads a "Key: value" line of a known key, as Match does, and no
// other line.
func (h *Headers) Key(line string) (HeaderMatch, bool) {
	ks, value, ok := h.lookup(line)
	if !ok {
		return HeaderMatch{}, false
	}
	return h.keyMatch(ks, value), true
}

// lookup finds the key of a key line, a tag of a tagged form or a key
// before a colon, and returns the forms that have it and the line's
// value.
func (h *Headers) lookup(line string) (ks []keyOf, value string, ok bool) {
	if h == nil {
		return nil, "", false
	}
	line = strings.TrimSpace(line)
	if len(line) > maxHeaderLine {
		return nil, "", false
	}
	if tag, value, ok := h.tag(line); ok {
		return h.tags[tag], value, true
	}
	i := strings.IndexByte(line[:min(len(line), 41)], ':') // a key is short: the rest of a long line is not looked at
	if i <= 0 {
		return nil, "", false
	}
	key := strings.TrimSpace(line[:i])
	var buf [40]byte
	for j := 0; j < len(key); j++ {
		c := key[j]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[j] = c
	}
	ks, ok = h.keys[string(buf[:len(key)])] // no allocation for the lookup
	if !ok && hasUpperBeyondASCII(key) {
		ks, ok = h.keys[strings.ToLower(key)]
	}
	return ks, strings.TrimSpace(line[i+1:]), ok
}

// keyMatch is the match of a key line whose key the forms ks have: the
// first form's, opening a record if any of them opens one.
func (h *Headers) keyMatch(ks []keyOf, value string) HeaderMatch {
	k := ks[0]
	m := HeaderMatch{Rule: h.forms[k.form].form.Name, Field: k.field, Value: value, Key: true}
	for _, k := range ks {
		m.Opens = m.Opens || h.forms[k.form].form.Opens
	}
	return m
}

// tag reads the tag of a tagged form at the start of a line: two to
// four capitals alone or before a tab or two spaces.
func (h *Headers) tag(line string) (tag, value string, ok bool) {
	if len(h.tags) == 0 {
		return "", "", false
	}
	n := 0
	for n < len(line) && n < 5 && 'A' <= line[n] && line[n] <= 'Z' {
		n++
	}
	if n < 2 || n > 4 || n < len(line) && line[n] != '\t' && !strings.HasPrefix(line[n:], "  ") {
		return "", "", false // a tag stands alone or before a tab or two spaces: "BY JANE DOE" is a byline
	}
	if _, ok := h.tags[line[:n]]; !ok {
		return "", "", false
	}
	return line[:n], strings.TrimSpace(line[n:]), true
}

// KeyIn reads a "Key: value" line of a key of the form named rule.
func (h *Headers) KeyIn(rule, line string) (HeaderMatch, bool) {
	ks, value, ok := h.lookup(line)
	if !ok {
		return HeaderMatch{}, false
	}
	for _, k := range ks {
		if f := h.forms[k.form].form; f.Name == rule {
			return HeaderMatch{Rule: rule, Field: k.field, Value: value, Key: true, Opens: f.Opens}, true
		}
	}
	return HeaderMatch{}, false
}

// hasUpperBeyondASCII reports whether s holds a byte beyond ASCII, which
// may be an upper-case letter ("Überschrift") that the fast lowering of
// keys leaves alone.
func hasUpperBeyondASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return true
		}
	}
	return false
}
