package normalize

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// A dateMatcher reads date expressions from the tokens of a stretch of
// text. Each form is a function that tries to read one kind of expression
// at a token and returns the date, the index of the token after it, and
// whether it read one.
type dateMatcher struct {
	p     *DateParser
	s     string
	ts    []token // the tokens read so far (see has)
	pos   int     // where reading goes on
	limit int     // no token starts at or beyond
}

// is reports whether the token at k is the punctuation c.
func (m *dateMatcher) is(k int, c byte) bool {
	return m.has(k) && m.ts[k].kind == tPunct && m.ts[k].c == c
}

// text returns the text of the token at k, "" beyond the tokens.
func (m *dateMatcher) text(k int) string {
	if !m.has(k) {
		return ""
	}
	return m.s[m.ts[k].start:m.ts[k].end]
}

// glued reports whether a token stands at k with no space before it.
func (m *dateMatcher) glued(k int) bool { return m.has(k) && !m.ts[k].space }

// word reports whether the token at k is a word with one of the roles.
func (m *dateMatcher) word(k int, r role) bool {
	return m.has(k) && m.ts[k].kind == tWord && m.ts[k].w.roles&r != 0
}

// name reports whether the token at k is a month or weekday name of one of
// the roles, written as a name: with an upper-case first letter.
func (m *dateMatcher) name(k int, r role) bool { return m.word(k, r) && m.ts[k].upper }

// num reports whether the token at k is a number of lo to hi digits.
func (m *dateMatcher) num(k, lo, hi int) bool {
	if !m.has(k) || m.ts[k].kind != tNum {
		return false
	}
	d := m.ts[k].digits()
	return d >= lo && d <= hi
}

// year reports whether the token at k is a year of four digits.
func (m *dateMatcher) year(k int) bool {
	return m.num(k, 4, 4) && m.ts[k].n >= 1000 && m.ts[k].n < 3000
}

// dot skips a dot glued to the token before k, returning the index after
// it.
func (m *dateMatcher) dot(k int) int {
	if m.is(k, '.') && m.glued(k) {
		return k + 1
	}
	return k
}

// skip returns the index after the token at k if it is a word with one of
// the roles, else k.
func (m *dateMatcher) skip(k int, r role) int {
	k, _ = m.opt(k, r)
	return k
}

// opt is skip that also reports whether the word was there.
func (m *dateMatcher) opt(k int, r role) (int, bool) {
	if m.word(k, r) {
		return k + 1, true
	}
	return k, false
}

// A clock is a time of day read from text.
type clock struct {
	h, min, sec int
	prec        Precision // Hour, Minute or Second
	zone        int       // offset in seconds, when hasZone
	hasZone     bool
}

// meridiem reads "am", "pm", "a.m." or "p.m." at k: whether it is p.m.,
// the index after it, and whether there is one.
func (m *dateMatcher) meridiem(k int) (bool, int, bool) {
	if !m.has(k) || m.ts[k].kind != tWord {
		return false, k, false
	}
	w := m.s[m.ts[k].start:m.ts[k].end]
	if m.word(k, rMeridiem) {
		return strings.EqualFold(w, "pm"), k + 1, true
	}
	if (strings.EqualFold(w, "a") || strings.EqualFold(w, "p")) && m.is(k+1, '.') && m.glued(k+1) &&
		m.glued(k+2) && strings.EqualFold(m.text(k+2), "m") {
		return strings.EqualFold(w, "p"), m.dot(k + 3), true
	}
	return false, k, false
}

// clockAt reads a time of day at k: "14:30", "14:30:05", "14.30 Uhr",
// "14 Uhr", "2:57 p.m.", "2 pm".
func (m *dateMatcher) clockAt(k int) (clock, int, bool) {
	if !m.num(k, 1, 2) {
		return clock{}, k, false
	}
	c := clock{h: m.ts[k].n, prec: Hour}
	j := k + 1
	sep := byte(0)
	if (m.is(j, ':') || m.is(j, '.')) && m.glued(j) && m.glued(j+1) && m.num(j+1, 2, 2) {
		sep = m.ts[j].c
		c.min, c.prec = m.ts[j+1].n, Minute
		j += 2
		if sep == ':' && m.is(j, ':') && m.glued(j) && m.glued(j+1) && m.num(j+1, 2, 2) {
			c.sec, c.prec = m.ts[j+1].n, Second
			j += 2
			if m.is(j, '.') && m.glued(j) && m.glued(j+1) && m.num(j+1, 1, 9) {
				j += 2 // fractions of a second
			}
		}
	}
	marked := false // a word says it is a time
	if pm, e, ok := m.meridiem(j); ok {
		if c.h < 1 || c.h > 12 {
			return clock{}, k, false
		}
		if pm && c.h < 12 {
			c.h += 12
		} else if !pm && c.h == 12 {
			c.h = 0
		}
		j, marked = e, true
	} else if m.word(j, rClock) {
		j, marked = j+1, true
	}
	if !marked && sep != ':' {
		return clock{}, k, false // "14.30" or "14" alone is no time
	}
	if c.h > 23 || c.min > 59 || c.sec > 60 {
		return clock{}, k, false
	}
	if off, e, ok := m.zoneAt(j); ok {
		c.zone, c.hasZone, j = off, true, e
	}
	return c, j, true
}

// zoneAt reads a zone at k: "GMT", "MEZ", "+0100", "-07:00", "Z".
func (m *dateMatcher) zoneAt(k int) (int, int, bool) {
	if !m.has(k) {
		return 0, k, false
	}
	if t := &m.ts[k]; t.kind == tWord && t.w.roles&rZone != 0 && t.upper {
		return t.w.zone, k + 1, true
	}
	if m.is(k, '+') || m.is(k, '-') {
		sign := 1
		if m.ts[k].c == '-' {
			sign = -1
		}
		switch {
		case m.glued(k+1) && m.num(k+1, 4, 4):
			v := m.ts[k+1].n
			return sign * (v/100*3600 + v%100*60), k + 2, v/100 <= 14 && v%100 < 60
		case m.glued(k+1) && m.num(k+1, 2, 2) && m.is(k+2, ':') && m.glued(k+2) && m.glued(k+3) && m.num(k+3, 2, 2):
			h, mm := m.ts[k+1].n, m.ts[k+3].n
			return sign * (h*3600 + mm*60), k + 4, h <= 14 && mm < 60
		case m.glued(k+1) && m.num(k+1, 2, 2) && !m.is(k+2, ':'):
			h := m.ts[k+1].n // "+01", as ISO 8601 allows
			return sign * h * 3600, k + 2, h <= 14
		}
	}
	return 0, k, false
}

// timeAfter reads a time that follows a date: ", 14:30 Uhr", " um 22:56
// Uhr", " at 2:57 p.m.", " 15:04:05 GMT".
func (m *dateMatcher) timeAfter(k int) (clock, int, bool) {
	j := k
	if m.is(j, ',') {
		j++
	}
	j = m.skip(j, rAt)
	return m.clockAt(j)
}

// withClock sets the time of day of a date of day precision.
func withClock(d Date, c clock) Date {
	t := d.Time
	if c.hasZone {
		t = time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, fixedZone(c.zone))
	}
	if !t.IsZero() {
		d.Time = t.Add(time.Duration(c.h)*time.Hour + time.Duration(c.min)*time.Minute + time.Duration(c.sec)*time.Second)
	}
	d.Precision = c.prec
	return d
}

// fixedZone returns the zone of an offset: UTC for none, else a zone
// without a name, which package time keeps for whole hours, so that it is
// not allocated.
func fixedZone(off int) *time.Location {
	if off == 0 {
		return time.UTC
	}
	return time.FixedZone("", off)
}

// dateThenClock adds the time after a date, if any.
func (m *dateMatcher) dateThenClock(d Date, k int) (Date, int) {
	if c, e, ok := m.timeAfter(k); ok {
		return withClock(d, c), e
	}
	return d, k
}

// numeric reads the forms that start with a number.
func (m *dateMatcher) numeric(k int) (Date, int, bool) {
	t := &m.ts[k]
	if t.digits() == 4 {
		return m.iso(k)
	}
	if t.digits() > 2 {
		return Date{}, k, false
	}
	if d, e, ok := m.dotted(k); ok {
		return d, e, true
	}
	if d, e, ok := m.slashed(k); ok {
		return d, e, true
	}
	if d, e, ok := m.dayMonth(k); ok {
		return d, e, true
	}
	if d, e, ok := m.clockFirst(k); ok {
		return d, e, true
	}
	return Date{}, k, false
}

// iso reads "2024-12-20", "2024-12-20T12:00:00+01:00", "2024-12-20
// 08:15Z".
func (m *dateMatcher) iso(k int) (Date, int, bool) {
	if !(m.is(k+1, '-') && m.glued(k+1) && m.glued(k+2) && m.num(k+2, 2, 2) &&
		m.is(k+3, '-') && m.glued(k+3) && m.glued(k+4) && m.num(k+4, 2, 2)) {
		return Date{}, k, false
	}
	t, ok := validDate(m.ts[k].n, time.Month(m.ts[k+2].n), m.ts[k+4].n, m.p.Zone())
	if !ok {
		return Date{}, k, false
	}
	d, j := Date{Time: t, Precision: Day}, k+5
	next := -1 // where a time of day starts
	switch {
	case m.glued(j) && m.glued(j+1) && m.text(j) == "T":
		next = j + 1
	case m.has(j) && m.ts[j].space:
		next = j
	}
	if next < 0 {
		return d, j, true
	}
	c, e, ok := m.clockAt(next)
	if !ok || c.prec == Hour {
		return d, j, true
	}
	if !c.hasZone && m.glued(e) && m.text(e) == "Z" {
		c.zone, c.hasZone, e = 0, true, e+1
	}
	return withClock(d, c), e, true
}

// dotted reads German numeric dates: "22.11.2026", "1.1.25", "22.11.2026,
// 14:30 Uhr", "18.10.14 um 22:56 Uhr", and "22.11." after a word such as
// "am" or "vom".
func (m *dateMatcher) dotted(k int) (Date, int, bool) {
	if !(m.is(k+1, '.') && m.glued(k+1) && m.glued(k+2) && m.num(k+2, 1, 2) && m.is(k+3, '.') && m.glued(k+3)) {
		return Date{}, k, false
	}
	day, mon := m.ts[k].n, time.Month(m.ts[k+2].n)
	if m.glued(k+4) && (m.num(k+4, 2, 2) || m.num(k+4, 4, 4)) {
		t, ok := validDate(expandYear(m.ts[k+4].n, m.ts[k+4].digits()), mon, day, m.p.Zone())
		if !ok {
			return Date{}, k, false
		}
		d, e := m.dateThenClock(Date{Time: t, Precision: Day}, k+5)
		return d, e, true
	}
	if m.saysDate(m.ts[k].start) {
		// "am 22.11.": a day without year where the word before says so.
		if m.has(k+4) && m.ts[k+4].kind == tNum {
			return Date{}, k, false
		}
		d, ok := m.p.dayOfMonth(day, mon)
		if !ok {
			return Date{}, k, false
		}
		d, e := m.dateThenClock(d, k+4)
		return d, e, true
	}
	return Date{}, k, false
}

// slashed reads "04/03/2026" and "4/3/26". The order of day and month is
// the language's (see DateParser.Language); where both could be either,
// the date says so (Ambiguous).
func (m *dateMatcher) slashed(k int) (Date, int, bool) {
	if !(m.is(k+1, '/') && m.glued(k+1) && m.glued(k+2) && m.num(k+2, 1, 2) && m.is(k+3, '/') && m.glued(k+3) &&
		m.glued(k+4) && (m.num(k+4, 2, 2) || m.num(k+4, 4, 4))) {
		return Date{}, k, false
	}
	a, b := m.ts[k].n, m.ts[k+2].n
	dayFirst, known := m.p.slashOrder()
	ambiguous := a <= 12 && b <= 12 && a != b && !known
	switch {
	case a > 12 && b <= 12:
		dayFirst = true
	case b > 12 && a <= 12:
		dayFirst = false
	}
	day, mon := a, b
	if !dayFirst {
		day, mon = b, a
	}
	t, ok := validDate(expandYear(m.ts[k+4].n, m.ts[k+4].digits()), time.Month(mon), day, m.p.Zone())
	if !ok {
		return Date{}, k, false
	}
	d, e := m.dateThenClock(Date{Time: t, Precision: Day, Ambiguous: ambiguous}, k+5)
	return d, e, true
}

// dayMonth reads a day before its month: "1. Januar 2025", "1. Jan. 2025",
// "1.Jan.", "22 November 2026", "22nd of November", with a time after.
func (m *dateMatcher) dayMonth(k int) (Date, int, bool) {
	day := m.ts[k].n
	j := k + 1
	german := m.is(j, '.') && m.glued(j)
	if german {
		j++
	} else {
		if m.word(j, rOrdinal) && m.glued(j) {
			j++
		}
		j = m.skip(j, rOf)
	}
	if !m.name(j, rMonth|rMonthAbbr) || (!german && !m.ts[j].space) {
		return Date{}, k, false
	}
	mon := m.ts[j].w.month
	j++
	if m.ts[j-1].w.roles&rMonthAbbr != 0 {
		j = m.dot(j)
	}
	y := j
	if m.is(y, ',') {
		y++
	}
	if m.year(y) && (m.ts[y].space || m.is(y-1, '.')) {
		return m.finishDay(k, day, mon, y, j)
	}
	return m.finishDay(k, day, mon, -1, j)
}

// finishDay resolves the day and month of an expression that starts at
// k, with the year at the token y, or none (-1), and reads the time after
// the year or after the token j.
func (m *dateMatcher) finishDay(k, day int, mon time.Month, y, j int) (Date, int, bool) {
	var d Date
	if y >= 0 {
		t, ok := validDate(m.ts[y].n, mon, day, m.p.Zone())
		if !ok {
			return Date{}, k, false
		}
		d, j = Date{Time: t, Precision: Day}, y+1
	} else {
		var ok bool
		if d, ok = m.p.dayOfMonth(day, mon); !ok {
			return Date{}, k, false
		}
	}
	d, e := m.dateThenClock(d, j)
	return d, e, true
}

// saysDate reports whether the word before s[i], read from the text, says
// that a date follows: "am", "vom", a weekday, or a weekday and a comma or
// a dot ("Mo., 22.11.").
func (m *dateMatcher) saysDate(i int) bool {
	s := m.s
	for i > 0 && (s[i-1] == ' ' || s[i-1] == ',' || s[i-1] == '.') {
		i--
	}
	end := i
	for i > 0 && isLetterByte(s[i-1]) {
		i--
	}
	for i > 0 && s[i-1] >= utf8.RuneSelf {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if !unicode.IsLetter(r) {
			break
		}
		i -= n
		for i > 0 && isLetterByte(s[i-1]) {
			i--
		}
	}
	if i == end || !wordStart(s, i) {
		return false
	}
	w, ok := lookupWord(s[i:end])
	return ok && w.roles&(rSince|rWeekday|rWeekdayAbbr) != 0
}

// since reads a day and month without a year after a word that says a
// date follows: "am 22.11.", "vom 3.4.".
func (m *dateMatcher) since(k int) (Date, int, bool) {
	if !m.num(k+1, 1, 2) {
		return Date{}, k, false
	}
	d, e, ok := m.dotted(k + 1)
	if !ok || !d.Relative {
		return Date{}, k, false // a full date is read from its number
	}
	return d, e, true
}

// monthFirst reads a month before its day or year: "November 22, 2026",
// "Nov. 22, 2026 at 2:57 p.m.", "Nov 22", "November 2026", "März 2025".
func (m *dateMatcher) monthFirst(k int) (Date, int, bool) {
	if !m.name(k, rMonth|rMonthAbbr) {
		return Date{}, k, false
	}
	mon := m.ts[k].w.month
	j := k + 1
	if m.ts[k].w.roles&rMonthAbbr != 0 {
		j = m.dot(j)
	}
	if m.year(j) && m.ts[j].space {
		return m.p.month(mon, m.ts[j].n, 0), j + 1, true
	}
	if !m.num(j, 1, 2) || !m.ts[j].space {
		return Date{}, k, false
	}
	day := m.ts[j].n
	j++
	if m.word(j, rOrdinal) && m.glued(j) {
		j++
	}
	y := j
	if m.is(y, ',') {
		y++
	}
	if m.year(y) && m.ts[y].space {
		return m.finishDay(k, day, mon, y, j)
	}
	if m.num(j, 1, 9) {
		return Date{}, k, false // "Jan 12 345": not a date
	}
	return m.finishDay(k, day, mon, -1, j)
}

// clockFirst reads a time before a date: "8:25 a.m. Dec. 12, 2014".
func (m *dateMatcher) clockFirst(k int) (Date, int, bool) {
	c, j, ok := m.clockAt(k)
	if !ok || c.prec == Hour && !m.word(j-1, rMeridiem) && !m.is(j-1, '.') {
		return Date{}, k, false
	}
	if m.is(j, ',') {
		j++
	}
	var d Date
	var e int
	switch {
	case m.has(j) && m.ts[j].kind == tNum && m.ts[j].digits() <= 2:
		d, e, ok = m.dayMonth(j)
		if !ok {
			d, e, ok = m.dotted(j)
		}
	default:
		d, e, ok = m.monthFirst(j)
	}
	if !ok || d.Precision != Day {
		return Date{}, k, false
	}
	return withClock(d, c), e, true
}

// count reads a count at k: a number or a number word.
func (m *dateMatcher) count(k int) (int, bool) {
	switch {
	case m.num(k, 1, 4):
		return m.ts[k].n, m.ts[k].n > 0
	case m.word(k, rCount):
		return m.ts[k].w.count, true
	}
	return 0, false
}

// countUnit reads a count and its unit at k: "3 Stunden", "29h", "a day".
func (m *dateMatcher) countUnit(k int) (int, Precision, int, bool) {
	n, ok := m.count(k)
	if !ok || !m.word(k+1, rUnit) {
		return 0, 0, k, false
	}
	if m.ts[k].kind == tWord && !m.ts[k+1].space {
		return 0, 0, k, false // a word glued to a unit is one word
	}
	return n, m.ts[k+1].w.unit, k + 2, true
}

// ago reads "3 hours ago", "a day ago", "2 Tagen ago".
func (m *dateMatcher) ago(k int) (Date, int, bool) {
	n, unit, j, ok := m.countUnit(k)
	if !ok {
		return Date{}, k, false
	}
	j = m.dot(j)
	if !m.word(j, rAgo) {
		return Date{}, k, false
	}
	return m.p.back(n, unit), j + 1, true
}

// vor reads "vor 3 Stunden", "vor etwa 23 Stunden", "vor mehr als einer
// Woche", "vor 29h", "vor 2 days".
func (m *dateMatcher) vor(k int) (Date, int, bool) {
	j := k + 1
	if m.word(j, rHedge) {
		j++
		j = m.skip(j, rThan)
	}
	n, unit, e, ok := m.countUnit(j)
	if !ok {
		return Date{}, k, false
	}
	if m.ts[e-1].w.abbr {
		e = m.dot(e) // "vor 3 Std.", but the full stop of "vor 3 Stunden." ends the sentence
	}
	return m.p.back(n, unit), e, true
}

// dayWord reads "heute", "gestern", "vorgestern", "today", "yesterday". A
// capital inside a sentence makes it a noun ("ins Gestern", "das Heute")
// or a name, unless the whole word is in capitals.
func (m *dateMatcher) dayWord(k int) (Date, int, bool) {
	if t := &m.ts[k]; t.upper && !sentenceStart(m.s, t.start) && strings.ToUpper(m.s[t.start:t.end]) != m.s[t.start:t.end] {
		return Date{}, k, false // not in capitals for emphasis either ("plans TODAY")
	}
	return m.p.daysBack(m.ts[k].w.back), k + 1, true
}

// sentenceStart reports whether a sentence, a heading or a quotation may
// start at s[i]: nothing but white space stands before it, or punctuation
// that ends or opens one.
func sentenceStart(s string, i int) bool {
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		switch {
		case isSpace(r):
			i -= n
			continue
		case strings.ContainsRune(".!?:;\"„“”«»‚‘’()[]–—-•|", r):
			return true
		}
		return false
	}
	return true
}

// lastUnit reads "letzte Woche", "last week", "vergangenen Monat", "last
// year", "diese Woche", "this month".
func (m *dateMatcher) lastUnit(k int) (Date, int, bool) {
	this := m.word(k, rThis)
	j := k + 1
	switch {
	case m.word(j, rWeek):
		return m.p.calendarWeek(this), j + 1, true
	case m.word(j, rMonthWord):
		return m.p.calendarMonth(this), j + 1, true
	case m.word(j, rYearWord):
		return m.p.calendarYear(this), j + 1, true
	}
	return Date{}, k, false
}

// weekday reads "am Montag", "on Tuesday", "am vergangenen Freitag", "last
// Friday", "an diesem Montag", "Monday", and a weekday before a date
// ("Montag, 22. November 2026", "Mon, 02 Jan 2006 15:04:05 GMT").
func (m *dateMatcher) weekday(k int) (Date, int, bool) {
	j, on := m.opt(k, rOn)
	if on {
		j = m.skip(j, rThis)
	}
	j, last := m.opt(j, rLast)
	abbr := m.name(j, rWeekdayAbbr) && !m.name(j, rWeekday)
	if !m.name(j, rWeekday|rWeekdayAbbr) {
		return Date{}, k, false
	}
	wd := m.ts[j].w.weekday
	j++
	if d, e, ok := m.dateAfterWeekday(j); ok {
		return d, e, true
	}
	if abbr {
		return Date{}, k, false // an abbreviation only before a date
	}
	return m.p.weekday(wd, last), j, true
}

// dateAfterWeekday reads the date that may follow a weekday at k: ",
// 22. November 2026", "., 23.11.2026", " 22.11.", ", November 22, 2026".
func (m *dateMatcher) dateAfterWeekday(k int) (Date, int, bool) {
	j := m.dot(k)
	if m.is(j, ',') {
		j++
	}
	if m.has(j) && m.ts[j].kind == tNum {
		if d, e, ok := m.numeric(j); ok && d.Precision <= Day {
			return d, e, true
		}
		return Date{}, k, false
	}
	if d, e, ok := m.monthFirst(j); ok && d.Precision <= Day {
		return d, e, true
	}
	return Date{}, k, false
}

// monthPhrase reads a month with a word before it or a year after it, and
// parts of months and years: "im März", "in March", "Mitte März", "Ende
// November 2023", "mid-March", "in early March", "Anfang 2025", "late
// 2024", "im Jahr 2025".
func (m *dateMatcher) monthPhrase(k int) (Date, int, bool) {
	j, in := m.opt(k, rIn)
	part := 0
	if m.word(j, rPart) {
		part = m.ts[j].w.part
		j++
		if m.is(j, '-') && m.glued(j) && m.glued(j+1) {
			j++
		}
	}
	switch {
	case m.name(j, rMonth|rMonthAbbr) && (in || part > 0):
		mon := m.ts[j].w.month
		j++
		if m.ts[j-1].w.roles&rMonthAbbr != 0 {
			j = m.dot(j)
		}
		if m.year(j) && m.ts[j].space {
			return m.p.month(mon, m.ts[j].n, part), j + 1, true
		}
		return m.p.month(mon, 0, part), j, true
	case part > 0 && m.year(j):
		return m.p.yearPart(m.ts[j].n, part), j + 1, true
	case in && part == 0:
		j = m.skip(j, rThe)
		if m.word(j, rInYear) && m.year(j+1) {
			return m.p.year(m.ts[j+1].n), j + 2, true
		}
	}
	return Date{}, k, false
}

// weekend reads "over the weekend", "am Wochenende", "am vergangenen
// Wochenende", "übers Wochenende", "über das Wochenende", "this weekend",
// "last weekend".
func (m *dateMatcher) weekend(k int) (Date, int, bool) {
	j, around := m.opt(k, rAround)
	if around {
		j = m.skip(j, rThe)
	}
	j, last := m.opt(j, rLast|rThis)
	if !m.word(j, rWeekend) || !around && !last {
		return Date{}, k, false
	}
	return m.p.weekend(), j + 1, true
}

// matchAt reads the longest date expression that starts at the token k,
// all but its Text, which is s[ts[k].start:ts[end-1].end].
func (m *dateMatcher) matchAt(k int) (Date, int, bool) {
	t := &m.ts[k]
	var best Date
	end := k
	try := func(d Date, e int, ok bool) {
		if ok && e > end {
			best, end = d, e
		}
	}
	switch t.kind {
	case tNum:
		try(m.numeric(k))
		try(m.ago(k))
	case tWord:
		r := t.w.roles
		if r&(rMonth|rMonthAbbr) != 0 {
			try(m.monthFirst(k))
		}
		if r&(rOn|rLast|rWeekday|rWeekdayAbbr) != 0 {
			try(m.weekday(k))
		}
		if r&rBefore != 0 {
			try(m.vor(k))
		}
		if r&rCount != 0 {
			try(m.ago(k))
		}
		if r&rDay != 0 {
			try(m.dayWord(k))
		}
		if r&(rLast|rThis) != 0 {
			try(m.lastUnit(k))
		}
		if r&(rIn|rPart) != 0 {
			try(m.monthPhrase(k))
		}
		if r&(rAround|rLast|rThis) != 0 {
			try(m.weekend(k))
		}
		if r&rSince != 0 {
			try(m.since(k))
		}
	}
	if end == k || !m.bounded(k, end) {
		return Date{}, k, false
	}
	// The caller sets the Text: taken from m here, it would make the
	// tokens escape to the heap.
	return best, end, true
}

// bounded reports whether the tokens from k to end stand apart from the
// text around them: not inside a word or a longer number, a version
// ("1.2.10.5"), a decimal or a section ("§ 3.1.2024").
func (m *dateMatcher) bounded(k, end int) bool {
	s := m.s
	start, stop := m.ts[k].start, m.ts[end-1].end
	if stop-start > maxDateLen || !wordStart(s, start) || stop < len(s) && continuesWord(s, stop) {
		return false
	}
	// A compound: "heute-show", "Gestern-Heute", "im Mai-Programm".
	if stop+1 < len(s) && s[stop] == '-' && continuesWord(s, stop+1) ||
		start > 1 && s[start-1] == '-' && continuesWord(s, start-2) {
		return false
	}
	if isDigit(s[start]) && start > 0 {
		if c := s[start-1]; c == '.' || c == ',' || c == '/' || c == ':' {
			return false
		}
		if strings.HasSuffix(strings.TrimRight(s[:start], " \u00a0"), "§") {
			return false
		}
	}
	if isDigit(s[stop-1]) && stop+1 < len(s) {
		if c := s[stop]; (c == '.' || c == ',' || c == ':' || c == '/') && isDigit(s[stop+1]) {
			return false
		}
	}
	return true
}

// continuesWord reports whether s[i], right after a date expression, is a
// letter or digit, which would make the expression part of a longer word
// or number ("2025er", "Montags").
func continuesWord(s string, i int) bool {
	c := s[i]
	if c < utf8.RuneSelf {
		return isDigit(c) || isLetterByte(c)
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}
