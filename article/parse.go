package article

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/text/language"

	"github.com/newsdump/newsdump/boilerplate"
	"github.com/newsdump/newsdump/internal/bullet"
	"github.com/newsdump/newsdump/internal/space"
	"github.com/newsdump/newsdump/internal/words"
	"github.com/newsdump/newsdump/normalize"
)

// parser turns the lines of one article into an Article.
type parser struct {
	cls      *boilerplate.Classifier
	headers  *boilerplate.Headers // the forms of records' headers, or nil
	noHeader bool                 // the splitter found no line of a header in the article's lines
	dates    normalize.DateParser
	path     string
	repeats  *boilerplate.Repeats // nil when not counting repeats
	learn    bool                 // add each article's lines to repeats
	verbatim bool                 // text fields as written (Reader.Verbatim)
	norm     normalize.Normalizer // the options of normalization
	focus    Focus                // precision or recall at the text's edge (Reader.Focus)
}

// applyFocus moves the labels of lines where the text's edge is uncertain,
// for Precision or Recall (see Focus); the blocks of a page (page not nil)
// have had the rest of theirs from adjust.
func applyFocus(focus Focus, labels []boilerplate.Label, ls []boilerplate.Line, page *htmlPage) {
	switch focus {
	case Recall:
		for i := range labels {
			if l := &labels[i]; page == nil && regionRules[l.Rule] && ls[i].WordsUpTo(6) >= 6 {
				*l = boilerplate.Label{Kind: boilerplate.Body}
			}
		}
	case Precision:
		// Short body lines before the first paragraph of prose or after
		// the last, that end no sentence and are no headings, are the
		// edge's furniture: a kicker, a promo, a sign-off.
		first, last := -1, -1
		for i := range labels {
			if labels[i].Kind == boilerplate.Body && ls[i].WordsUpTo(25) >= 25 {
				if first < 0 {
					first = i
				}
				last = i
			}
		}
		for i := range labels {
			l := &labels[i]
			if l.Kind != boilerplate.Body || first <= i && i <= last || page != nil && page.blocks[i].heading > 0 {
				continue
			}
			if ls[i].WordsUpTo(15) < 15 && !endsSentence(ls[i].Text()) {
				*l = boilerplate.Label{Kind: boilerplate.Boilerplate, Rule: RuleShortLine}
			}
		}
	}
}

// endsSentence reports whether a line ends as a sentence does.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, " \"“”'’»«)")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?")
}

// parse builds the article from its lines, or from the blocks of an HTML
// page (page is nil for text); ps holds at least one line with text.
func (p *parser) parse(b block, page *htmlPage) *Article {
	ps, ls := b.ps, b.ls
	lines := make([]string, len(ls))
	for i := range ls {
		lines[i] = ls[i].Text()
	}
	var hs []headerLine
	var headerAt []*headerLine // the header's line at each index, or nil
	if page == nil && !p.noHeader {
		if hs = p.headerLines(ls, ps); len(hs) > 0 {
			// The classifier does not see a record's header: its lines
			// give fields, not text.
			headerAt = make([]*headerLine, len(ls))
			blank := p.cls.NewLine("")
			for k := range hs {
				headerAt[hs[k].i] = &hs[k]
				ls[hs[k].i] = blank
			}
		}
	}
	res := p.cls.ClassifyLines(ls, p.repeats)
	if hasField(hs, boilerplate.FieldTitle) {
		for i := range res.Labels {
			if res.Labels[i].Kind == boilerplate.Title {
				res.Labels[i] = boilerplate.Label{} // the header's title is the headline
			}
		}
	}
	if page != nil {
		page.headingTitle(res.Labels)
		page.adjust(res.Labels, p.focus)
		page.reading = page.secondReading(res.Labels)
		for i := range lines {
			if page.blocks[i].drop != "" {
				lines[i] = page.blocks[i].clean // the classifier saw a blank line
			}
		}
	}
	applyFocus(p.focus, res.Labels, ls, page)
	if page != nil {
		// The comments a caller keeps (Reader.Comments) are text, whatever
		// the classifier makes of them.
		for i := range res.Labels {
			if page.blocks[i].comment && !ls[i].Blank() && res.Labels[i].Kind != boilerplate.Title {
				res.Labels[i] = boilerplate.Label{Kind: boilerplate.Body}
			}
		}
	}
	if p.repeats != nil && p.learn {
		p.repeats.Add(lines)
	}
	a := &Article{Site: res.Site, Source: source(p.path, ps)}
	a.Language = detectLanguage(ls, res.Labels)
	if page != nil {
		page.source(a, p.path)
		if tag, ok := pageLanguage(page.meta.lang); ok {
			a.Language = tag
		}
	}
	dates := p.dates
	dates.Language = a.Language // the zone of times and the order of 04/03/2026 depend on it
	if tag, src, ok := dateLanguage(a.Language, page, a.URL); ok {
		dates.Language = tag // "02/10/2020": 10 February in British English, 2 October in American
		if page != nil {
			page.meta.from["date_order"] = src
		}
	}
	var stamps [2]stamp // the first stamp above the text and the first below it
	// Two normalizers: the body's paragraphs are one text, whose
	// quotations may run from one paragraph into the next; the other
	// fields are texts of their own.
	body, fields := p.norm, p.norm
	body.Language, fields.Language = a.Language, a.Language
	q := fields.Punctuation
	clean := func(s string) string { // a field from a page's markup, cleaned as its lines are
		n := p.norm
		return n.Clean(s)
	}
	texts := lines // the text of each line for the article's fields
	if p.verbatim {
		texts = make([]string, len(ps))
		for i := range ps {
			texts[i] = verbatim(ps[i].text)
		}
		q, clean = func(s string) string { return s }, verbatim
	} else {
		fields.Counts = p.cleanCounts(ps)
	}

	var related []int // indices of the lines of teaser lists
	var removed removals
	removed.presize(res.Labels)
	titleAt := -1     // the index of the line taken for the headline
	var prevBody = -2 // index of the last body line
	var joined paragraphJoin
	for i, l := range res.Labels {
		text := texts[i]
		if headerAt != nil && headerAt[i] != nil {
			h := headerAt[i]
			removed.add(ps[i].line, "", text, boilerplate.Label{Kind: headerKind(h.m.Field), Rule: h.m.Rule})
			continue
		}
		switch l.Kind {
		case boilerplate.Blank:
			continue
		case boilerplate.Title:
			a.Title, titleAt = q(text), i
		case boilerplate.Teaser:
			a.Teaser = q(text)
		case boilerplate.Body:
			removed.text()
			if len(a.Body) > 0 && prevBody == i-1 && continues(texts[prevBody], text) {
				joined.add(a.Body, text)
			} else {
				joined.end(a.Body)
				a.Body = append(a.Body, Paragraph{Line: ps[i].line, Path: pathOf(page, i), Text: text})
			}
			prevBody = i
		case boilerplate.Related:
			removed.add(ps[i].line, pathOf(page, i), text, l)
			related = append(related, i)
		case boilerplate.Dateline, boilerplate.Byline:
			removed.add(ps[i].line, pathOf(page, i), text, l)
			if s := &stamps[min(len(a.Body), 1)]; s.published.Text == "" && s.updated.Text == "" {
				s.published, s.updated, _ = dates.Stamps(lines[i]) // "Von Jana Müller, 3. März 2025"
			}
			if l.Kind == boilerplate.Byline {
				p.extract(a, lines[i], l, ps[i].line)
			} else if _, by, ok := cutByline(lines[i]); ok {
				a.Authors = append(a.Authors, parseByline(by)...)
			}
		default:
			removed.add(ps[i].line, pathOf(page, i), text, l)
			p.extract(a, lines[i], l, ps[i].line) // the fields it finds are read from the cleaned text
		}
	}
	joined.end(a.Body)
	if len(hs) > 0 {
		p.applyHeader(a, hs, texts, q)
	}
	if page != nil {
		headline := a.Title
		page.apply(a, dates, q, clean)
		if titleAt >= 0 && a.Title != headline {
			// The metadata's title and the page's headline differ: the
			// headline shown is taken where it is the page's h1 or the
			// metadata's title holds it ("Headline | Site"); else the
			// metadata's title is, and the headline is recorded as
			// removed, so that it is not lost.
			hw, mw := foldedWords(headline), foldedWords(a.Title)
			switch b := &page.blocks[titleAt]; {
			case slices.Equal(hw, mw):
				// The same words, the metadata's with the punctuation the
				// headline's style gives ("Kicker: Headline").
			case len(hw) > len(mw) && len(hw)-len(mw) <= 6 && len(mw) >= 3 && slices.Equal(hw[len(hw)-len(mw):], mw) && a.Section == "":
				// A kicker run into the headline: the section.
				a.Section, a.Page.From["section"] = q(leadingWords(headline, len(hw)-len(mw))), "headline"
			case page.headlineFirst(headline, a.Title, titleAt):
				a.Title, a.Page.From["title"] = headline, "headline"
			case b.heading == 0 && b.main && b.words >= 4 && !linky(b):
				// No heading but a line of the article's own: text.
				at, _ := slices.BinarySearchFunc(a.Body, ps[titleAt].line, func(p Paragraph, line int) int { return cmp.Compare(p.Line, line) })
				a.Body = slices.Insert(a.Body, at, Paragraph{Line: ps[titleAt].line, Path: pathOf(page, titleAt), Text: headline})
			default:
				removed.add(ps[titleAt].line, pathOf(page, titleAt), headline, boilerplate.Label{Kind: boilerplate.Title, Rule: RuleTitleFromMetadata})
				removed.unsorted = true // a run of an earlier line, after the others
			}
		}
	}
	for _, s := range stamps {
		if a.Published.Text == "" && a.Updated.Text == "" {
			a.Published, a.Updated = s.published, s.updated
		}
	}
	if page != nil && weakDateSource[page.meta.from["published"]] {
		// The first time or date element of a page may be another
		// article's; a stamp that says it is the publication date is
		// this one's.
		if d, ok := firstStamp(lines, dates.PublishedStamp); ok && !sameDay(d.Time, a.Published.Time) {
			a.Published, page.meta.from["published"] = d, "stamp"
		}
	}
	if page != nil && a.Published.Text == "" {
		a.Published = page.dateAbove(lines, res.Labels, dates)
	}
	if page == nil && a.Published.Text == "" && a.Updated.Text == "" && len(a.Body) > 0 {
		// "Berlin, 18.12.2024 – Die Bundesregierung …"
		if d, ok := datelineDate(a.Body[0].Text, dates); ok {
			a.Published = d
		}
	}
	if page != nil && !a.Published.Resolved() && !a.Updated.Resolved() {
		if d, ok := firstStamp(lines, changedStamp(dates)); ok {
			a.Updated, page.meta.from["updated"] = d, "stamp"
		}
	}
	if page != nil && !a.Published.Resolved() && a.Updated.Resolved() {
		// A page that says only when it was changed (or names a day, such
		// as "Saturday", that nothing resolves): that is the earliest
		// date it gives.
		a.Published = a.Updated
		page.meta.from["published"] = "updated, the only date the page gives"
	}
	a.Removed = removed.list()
	if a.Body == nil {
		a.Body = []Paragraph{}
	}
	if !p.verbatim {
		for i := range a.Body {
			a.Body[i].Text = body.Punctuation(a.Body[i].Text)
		}
		for i := range a.Images {
			a.Images[i].Alt = q(a.Images[i].Alt)
		}
	}
	a.Related = p.teasers(ls, ps, lines, texts, related, page, q)
	if !p.verbatim {
		a.Normalized = fields.Counts
		a.Normalized.Add(body.Counts)
	}
	a.Fingerprint = FingerprintOf(a.Body)
	for i, para := range a.Body {
		for _, m := range dates.Find(para.Text) {
			a.Dates = append(a.Dates, Mention{Paragraph: i, Offset: m.Offset, Date: m.Date})
		}
	}
	return a
}

// cleanCounts counts what cleaning changed in the lines ps: the lines
// that cleaning changed beyond white space, few, are cleaned again to be
// counted, with the parser's options.
func (p *parser) cleanCounts(ps []piece) normalize.Counts {
	n := p.norm
	for i := range ps {
		if ps[i].dirty {
			n.Clean(ps[i].text)
		}
	}
	return n.Counts
}

// verbatim returns a line as the dump has it, for Reader.Verbatim: white
// space at the ends trimmed and invalid UTF-8 replaced, nothing else
// changed.
func verbatim(s string) string {
	return strings.ToValidUTF8(space.Trim(s), "\uFFFD")
}

// source returns the position of the lines with text among ps.
func source(path string, ps []piece) Source {
	first, last := -1, -1
	for i, p := range ps {
		if !space.Blank(p.text) {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	return Source{
		Path: path,
		Line: ps[first].line, EndLine: ps[last].line,
		Offset: ps[first].off, EndOffset: ps[last].end(),
	}
}

// languageSample is how much of the text, in bytes, decides the language.
const languageSample = 8 << 10

// detectLanguage decides the language from the headline, teaser and body,
// or their first languageSample bytes.
func detectLanguage(ls []boilerplate.Line, labels []boilerplate.Label) language.Tag {
	var e words.Evidence
	n := 0
	for i, l := range labels {
		switch l.Kind {
		case boilerplate.Title, boilerplate.Teaser, boilerplate.Body:
			e.Merge(ls[i].Counts().Evidence)
			n += len(ls[i].Text()) + 1
		}
		if n >= languageSample {
			break
		}
	}
	return e.Language()
}

// continues reports whether next carries on the paragraph prev, as in text
// wrapped at a fixed width: prev has no sentence end and next starts in
// lower case.
func continues(prev, next string) bool {
	if prev == "" || next == "" {
		return false
	}
	last := prev[len(prev)-1]
	if strings.IndexByte(".!?:;\"')]", last) >= 0 || strings.HasSuffix(prev, "“") || strings.HasSuffix(prev, "”") {
		return false
	}
	for _, r := range next {
		return unicode.IsLower(r)
	}
	return false
}

// A paragraphJoin joins the lines that continue the last paragraph of a
// body (see continues) once, when the paragraph ends, so that a paragraph
// of many short lines costs time and memory in proportion to its length.
type paragraphJoin struct {
	parts []string // the last paragraph's text and the lines joined to it; empty when none are
}

// add joins text to the last paragraph of body.
func (j *paragraphJoin) add(body []Paragraph, text string) {
	if len(j.parts) == 0 {
		j.parts = append(j.parts, body[len(body)-1].Text)
	}
	j.parts = append(j.parts, text)
}

// end sets the last paragraph of body to its joined text, if lines were
// joined to it.
func (j *paragraphJoin) end(body []Paragraph) {
	if len(j.parts) > 0 {
		body[len(body)-1].Text = strings.Join(j.parts, " ")
		clear(j.parts)
		j.parts = j.parts[:0]
	}
}

// pathOf returns the path of the block i of an HTML page, "" for text.
func pathOf(page *htmlPage, i int) string {
	if page == nil {
		return ""
	}
	return page.blocks[i].path
}

// A stamp holds the dates of a dateline or stamp line.
type stamp struct{ published, updated normalize.Date }

// removals gathers the removed lines, one run per rule, and joins each
// run's text once at the end.
type removals struct {
	broken   bool // a line of text came after the last run: the next line starts a run of its own
	runs     []Removed
	first    []int    // index in lines of each run's first line
	lines    []string // the lines of all runs, in order
	unsorted bool     // a run was added out of the order of lines
}

// add records a removed line, joining it to the previous run when the same
// rule removed the line before.
func (rm *removals) add(line int, path, text string, l boilerplate.Label) {
	rm.lines = append(rm.lines, text)
	if n := len(rm.runs); n > 0 && !rm.broken {
		if r := &rm.runs[n-1]; r.Rule == l.Rule && r.Kind == l.Kind && r.EndLine < line {
			r.EndLine = line
			return
		}
	}
	rm.runs = append(rm.runs, Removed{Line: line, EndLine: line, Rule: l.Rule, Kind: l.Kind, Path: path})
	rm.first = append(rm.first, len(rm.lines)-1)
	rm.broken = false
}

// presize gives the removals room for the lines the labels remove, in
// one allocation.
func (rm *removals) presize(labels []boilerplate.Label) {
	n := 0
	for _, l := range labels {
		switch l.Kind {
		case boilerplate.Blank, boilerplate.Body, boilerplate.Title, boilerplate.Teaser:
		default:
			n++
		}
	}
	if n > 0 {
		rm.lines = make([]string, 0, n)
	}
}

// text notes a line of text kept: a run does not span it.
func (rm *removals) text() { rm.broken = true }

// list returns the runs with their text, in the order of their lines.
func (rm *removals) list() []Removed {
	for i := range rm.runs {
		end := len(rm.lines)
		if i+1 < len(rm.runs) {
			end = rm.first[i+1]
		}
		rm.runs[i].Text = strings.Join(rm.lines[rm.first[i]:end], "\n")
	}
	if rm.unsorted {
		slices.SortStableFunc(rm.runs, func(x, y Removed) int { return cmp.Compare(x.Line, y.Line) })
	}
	return rm.runs
}

// extract reads the fields a removed line carries.
func (p *parser) extract(a *Article, text string, l boilerplate.Label, line int) {
	switch l.Kind {
	case boilerplate.Section:
		if a.Section == "" {
			a.Section = text
		}
	case boilerplate.ShareBar:
		if n, ok := commentCount(text); ok {
			a.CommentCount = n
		}
	case boilerplate.ReadingTime:
		if n, ok := firstNumber(text); ok {
			a.ReadingMinutes = n
		}
	case boilerplate.Byline:
		a.Authors = append(a.Authors, parseByline(text)...)
	case boilerplate.Credit:
		if c := parseCredit(text); c != "" {
			a.Credits = append(a.Credits, c)
		}
	case boilerplate.Sigle:
		s := strings.Trim(text, "()")
		if isAgency(s) {
			a.Credits = append(a.Credits, s)
		} else if a.AuthorInitials == "" {
			a.AuthorInitials = s
		}
	case boilerplate.Image:
		alt, credit := cutCaptionCredit(text)
		a.Images = append(a.Images, Image{Line: line, Alt: alt, Credit: credit})
	case boilerplate.ImageCredit:
		credit := parseImageCredit(text)
		if n := len(a.Images); n > 0 && a.Images[n-1].Credit == "" && line-a.Images[n-1].Line <= 3 {
			a.Images[n-1].Credit = credit
		} else {
			a.Images = append(a.Images, Image{Line: line, Credit: credit})
		}
	case boilerplate.ImageFile:
		a.Images = append(a.Images, Image{Line: line, File: text})
	}
}

// teasers reads the entries of teaser lists from the lines at the indices
// idx: a headline, an optional summary and an optional date each. A list's
// heading ("Recent Posts") is skipped.
func (p *parser) teasers(ls []boilerplate.Line, ps []piece, lines, texts []string, idx []int, page *htmlPage, q func(string) string) []RelatedArticle {
	var out []RelatedArticle
	open := false // the last teaser may take more lines
	var list *html.Node
	headed := false // the last teaser's title is a heading
	for _, i := range idx {
		l := &ls[i]
		if l.Blank() && lines[i] != "" {
			// A block of a page that the DOM removed: the classifier saw
			// a blank line, the teaser is read from its cleaned text.
			nl := p.cls.NewLine(lines[i])
			l = &nl
		}
		text := texts[i]
		if page != nil && page.blocks[i].dropAt != list {
			list, open = page.blocks[i].dropAt, false // a teaser does not run from one list into the next
		}
		if r, ok := p.cls.LineRule(l); ok && r.Rest {
			open = false
			continue
		}
		if d, ok := l.DateLine(); ok {
			if d2, ok := p.dates.Parse(l.Text()); ok {
				d = d2
			}
			if n := len(out); open && n > 0 && out[n-1].Date.Text == "" {
				out[n-1].Date = d
			}
			open = false
			continue
		}
		summary := open && out[len(out)-1].Summary == ""
		if page != nil {
			// A page's markup says more than the lines' shapes: a
			// teaser's title is a link, its summary is not (or is, in a
			// card whose title is a heading, both in one link); each item
			// of a list of links is a teaser of its own; a heading or
			// text without a link and no title to belong to is the
			// list's label ("More on this story").
			b := &page.blocks[i]
			linked := b.links*2 > len(b.text)
			summary = summary && b.heading == 0 && (!linked || headed && !b.item)
			if !summary && !linked {
				open = false
				continue
			}
			if !summary {
				headed = b.heading > 0
			}
		}
		if bullet.Is(l.Text()) {
			// A list of links: each item is a teaser of its own.
			out = append(out, RelatedArticle{Line: ps[i].line, Title: q(bullet.Trim(text))})
			open = false
			continue
		}
		if summary {
			out[len(out)-1].Summary = q(text)
			continue
		}
		out = append(out, RelatedArticle{Line: ps[i].line, Title: q(text)})
		open = true
	}
	return out
}

// foldedWords returns the words of s in lower case without the
// punctuation around them: what two spellings of a headline share.
func foldedWords(s string) []string {
	var out []string
	for f := range strings.FieldsSeq(strings.ToLower(s)) {
		if f = strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// leadingWords returns the text of s up to the end of its n-th word that
// foldedWords counts, without the punctuation after it.
func leadingWords(s string, n int) string {
	end, inWord := 0, false
	for i, r := range s {
		word := unicode.IsLetter(r) || unicode.IsDigit(r)
		if word && !inWord {
			if n == 0 {
				break
			}
			n--
		}
		if word {
			end = i + utf8.RuneLen(r)
		}
		if unicode.IsSpace(r) {
			inWord = false
		} else if word {
			inWord = true
		}
	}
	return s[:end]
}

// hasField reports whether a record's header gives the field: a line of
// it that is not a key line with an empty value ("Titel:").
func hasField(hs []headerLine, f boilerplate.Field) bool {
	for _, h := range hs {
		if h.m.Field == f && h.m.Value != "" {
			return true
		}
	}
	return false
}
