package normalize

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/newsdump/newsdump/internal/runes"
)

// A dateMatcher reads date expressions from the tokens of a stretch of
// text. Each form is a function that tries to read one kind of expression
// at a token and returns the date, the index of the token after it, and
// whether it read one.
type dateMatcher struct {
	p     *DateParser
	start int  // the token the expression being read starts at (see dir)
	dirOK bool // ahead holds the direction of the expression at start
	later bool // the expression at start lies ahead (see futureAt)
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
	c := clock{h: m.ts[k].n, prec: PrecisionHour}
	j := k + 1
	sep := byte(0)
	if (m.is(j, ':') || m.is(j, '.')) && m.glued(j) && m.glued(j+1) && m.num(j+1, 2, 2) {
		sep = m.ts[j].c
		c.min, c.prec = m.ts[j+1].n, PrecisionMinute
		j += 2
		if sep == ':' && m.is(j, ':') && m.glued(j) && m.glued(j+1) && m.num(j+1, 2, 2) {
			c.sec, c.prec = m.ts[j+1].n, PrecisionSecond
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
	} else if m.is(j, '(') {
		// "10:00 (PDT)"
		if off, e, ok := m.zoneAt(j + 1); ok && (m.is(e, ')') || !m.has(e)) {
			c.zone, c.hasZone, j = off, true, min(e+1, len(m.ts))
		}
	}
	return c, j, true
}

// zoneAt reads a zone at k: "GMT", "MEZ", "+0100", "-07:00", "Z".
func (m *dateMatcher) zoneAt(k int) (int, int, bool) {
	if !m.has(k) {
		return 0, k, false
	}
	if t := &m.ts[k]; t.kind == tWord && t.w.roles&rZone != 0 && t.upper {
		if t.w.zone == 0 && m.glued(k+1) && (m.is(k+1, '+') || m.is(k+1, '-')) {
			// "GMT+0800", "UTC+01:00", "GMT+8"
			if off, e, ok := m.zoneAt(k + 1); ok {
				return off, e, true
			}
			if m.glued(k+2) && m.num(k+2, 1, 1) {
				sign := 1
				if m.ts[k+1].c == '-' {
					sign = -1
				}
				return sign * m.ts[k+2].n * 3600, k + 3, true
			}
		}
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
	if m.is(j, ',') || m.is(j, '|') {
		j++
	}
	j = m.skip(j, rAt)
	if c, e, ok := m.clockAt(j); ok {
		return c, e, true
	}
	// "29.02.2020 13.12": hours and minutes with a dot and no "Uhr",
	// right after a date and with nothing after them but punctuation.
	if m.num(j, 1, 2) && m.is(j+1, '.') && m.glued(j+1) && m.glued(j+2) && m.num(j+2, 2, 2) &&
		(!m.has(j+3) || m.ts[j+3].kind == tPunct && m.ts[j+3].c != '.' && m.ts[j+3].c != ':') {
		if h, mm := m.ts[j].n, m.ts[j+2].n; h <= 23 && mm <= 59 {
			return clock{h: h, min: mm, prec: PrecisionMinute}, j + 3, true
		}
	}
	return clock{}, k, false
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

// relativeClock adds the time after a relative day ("gestern, 18:05
// Uhr"): a time written without a zone is the text's (see Zone), on the
// day the reference's zone names.
func (m *dateMatcher) relativeClock(d Date, k int) (Date, int) {
	c, e, ok := m.timeAfter(k)
	if !ok {
		return d, k
	}
	if !c.hasZone && !d.Time.IsZero() {
		t := d.Time
		d.Time = time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, m.p.Zone())
	}
	return withClock(d, c), e
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
	if d, e, ok := m.dashed(k); ok {
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
	d, j := Date{Time: t, Precision: PrecisionDay}, k+5
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
	if !ok || c.prec == PrecisionHour {
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
		d, e := m.dateThenClock(Date{Time: t, Precision: PrecisionDay}, k+5)
		return d, e, true
	}
	if m.saysDate(m.ts[k].start) {
		// "am 22.11.": a day without year where the word before says so.
		if m.has(k+4) && m.ts[k+4].kind == tNum {
			return Date{}, k, false
		}
		d, ok := m.p.dayOfMonth(day, mon, m.dir())
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
	d, e := m.dateThenClock(Date{Time: t, Precision: PrecisionDay, Ambiguous: ambiguous}, k+5)
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
	if !m.word(j, rMonth|rMonthAbbr) || (!german && !m.ts[j].space) {
		return Date{}, k, false
	}
	lower := !m.ts[j].upper // "3 mrz 1999": only with a year
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
	if lower {
		return Date{}, k, false
	}
	return m.finishDay(k, day, mon, -1, j)
}

// dashed reads a day, month name and year joined by hyphens: "12-Mär-2014",
// "03-Sep-2014", "12-mar-14".
func (m *dateMatcher) dashed(k int) (Date, int, bool) {
	if !(m.is(k+1, '-') && m.glued(k+1) && m.glued(k+2) && m.word(k+2, rMonth|rMonthAbbr) &&
		m.is(k+3, '-') && m.glued(k+3) && m.glued(k+4) && (m.num(k+4, 4, 4) || m.num(k+4, 2, 2))) {
		return Date{}, k, false
	}
	t, ok := validDate(expandYear(m.ts[k+4].n, m.ts[k+4].digits()), m.ts[k+2].w.month, m.ts[k].n, m.p.Zone())
	if !ok {
		return Date{}, k, false
	}
	d, e := m.dateThenClock(Date{Time: t, Precision: PrecisionDay}, k+5)
	return d, e, true
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
		d, j = Date{Time: t, Precision: PrecisionDay}, y+1
	} else {
		var ok bool
		if d, ok = m.p.dayOfMonth(day, mon, m.dir()); !ok {
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
	w, ok := m.wordBefore(i)
	return ok && w.roles&(rSince|rWeekday|rWeekdayAbbr) != 0
}

// dir returns where a date without a year or a bare weekday of the
// expression being read lies: ahead after "bis", "by", "until" (see
// futureAt), else as the parser's Direction says. It is found the first
// time a form asks.
func (m *dateMatcher) dir() Direction {
	if m.p.Direction == Future {
		return Future
	}
	if !m.dirOK {
		m.later, m.dirOK = m.futureAt(m.start), true
	}
	if m.later {
		return Future
	}
	return m.p.Direction
}

// futureAt reports whether the expression at the token k lies ahead: it
// starts with a word such as "bis", "by", "until", or one stands before it
// ("bis Mitte Januar" on 20 December is next January).
func (m *dateMatcher) futureAt(k int) bool {
	if !m.word(k, rFuture) {
		if w, ok := m.wordBefore(m.ts[k].start); !ok || w.roles&rFuture == 0 {
			return false
		}
	}
	// Not in a sentence of the past: "by Sunday night the last one was
	// running".
	return !m.sentenceHas(m.ts[k].start, rPast, sentenceReach, sentenceReach)
}

// sentenceReach is how many bytes around an expression sentenceHas reads.
const sentenceReach = 160

// sentenceHas reports whether a word with one of the roles stands in the
// sentence around s[i], up to back bytes before it and fwd bytes after: a
// word of the parser's language, where it has one.
func (m *dateMatcher) sentenceHas(i int, r role, back, fwd int) bool {
	s, lang := m.s, m.p.langBit()
	from, to := max(0, i-back), min(len(s), i+fwd)
	for j := i - 1; j >= from; j-- {
		if c := s[j]; c == '.' && j+1 < len(s) && s[j+1] == ' ' || c == '!' || c == '?' || c == '\n' {
			from = j + 1
			break
		}
	}
	for j := i; j < to; j++ {
		if c := s[j]; c == '.' && (j+1 == len(s) || s[j+1] == ' ') || c == '!' || c == '?' || c == '\n' {
			to = j
			break
		}
	}
	for j := from; j < to; {
		if !isWordByte(s[j]) || !wordStart(s, j) {
			j++
			continue
		}
		e := tokenEnd(s, j)
		if e == j {
			j++
			continue
		}
		if w := s[j:e]; mayBeDateWord(w) {
			if dw, ok := lookupWord(w); ok && dw.roles&r != 0 && (lang == 0 || dw.lang&lang != 0) {
				return true
			}
		}
		j = e
	}
	return false
}

// wordBefore returns the date word, read from the text, that ends right
// before s[i], with spaces, a comma or a dot between.
func (m *dateMatcher) wordBefore(i int) (dateWord, bool) {
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
		return dateWord{}, false
	}
	return lookupWord(s[i:end])
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
	if !m.word(k, rMonth|rMonthAbbr) || m.dayBefore(k) {
		return Date{}, k, false
	}
	// A month in lower case ("march 3, 2024", "december 2024") is taken
	// with its year only, and not "may", which is a verb.
	lower := !m.ts[k].upper
	if lower && (m.ts[k].w.roles&rMonth == 0 || strings.EqualFold(m.text(k), "may")) {
		return Date{}, k, false
	}
	mon := m.ts[k].w.month
	j := k + 1
	if m.ts[k].w.roles&rMonthAbbr != 0 {
		j = m.dot(j)
	}
	if m.year(j) && m.ts[j].space {
		return m.p.month(mon, m.ts[j].n, 0, m.dir()), j + 1, true
	}
	if !m.num(j, 1, 2) || !m.ts[j].space {
		return Date{}, k, false
	}
	if lower {
		y := j + 1
		if m.word(y, rOrdinal) && m.glued(y) {
			y++
		}
		if m.is(y, ',') {
			y++
		}
		if !m.year(y) {
			return Date{}, k, false
		}
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

// dayBefore reports whether a day of one or two digits stands right
// before the month at k ("31 April", "30. Februar"): the day failed, so
// the month is no date of its own.
func (m *dateMatcher) dayBefore(k int) bool {
	s, i := m.s, m.ts[k].start
	for i > 0 && (s[i-1] == ' ' || s[i-1] == '.') {
		i--
	}
	n := 0
	for i > 0 && isDigit(s[i-1]) {
		i--
		n++
	}
	return (n == 1 || n == 2) && (i == 0 || !isWordByte(s[i-1]))
}

// clockFirst reads a time before a date: "8:25 a.m. Dec. 12, 2014".
func (m *dateMatcher) clockFirst(k int) (Date, int, bool) {
	c, j, ok := m.clockAt(k)
	if !ok || c.prec == PrecisionHour && !m.word(j-1, rMeridiem) && !m.is(j-1, '.') {
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
	if !ok || d.Precision != PrecisionDay {
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

// countUnit reads a count and its unit at k: "3 Stunden", "29h", "a day",
// "2.5 hours", "1,5 Stunden", "a decade", "29m".
func (m *dateMatcher) countUnit(k int) (amount, int, bool) {
	n, ok := m.count(k)
	if !ok {
		return amount{}, k, false
	}
	milli, u := int64(n)*1000, k+1
	if m.ts[k].kind == tNum && (m.is(u, '.') || m.is(u, ',')) && m.glued(u) && m.glued(u+1) && m.num(u+1, 1, 2) {
		f := m.ts[u+1]
		scale := int64(100)
		if f.digits() == 2 {
			scale = 10
		}
		milli += int64(f.n) * scale
		u += 2
	}
	if !m.word(u, rUnit) {
		return amount{}, k, false
	}
	w := m.ts[u].w
	if m.ts[k].kind == tWord && !m.ts[u].space {
		return amount{}, k, false // a word glued to a unit is one word
	}
	if w.glued && (m.ts[u].space || m.ts[k].kind != tNum || n >= 60 || w.unit == PrecisionDay && n > 31) {
		return amount{}, k, false // "29m" only: "vor 200 m" is a distance
	}
	if w.times > 1 {
		milli *= int64(w.times)
	}
	return amount{milli, w.unit}, u + 1, true
}

// amounts reads a count and unit, and the smaller ones joined to it by
// commas or "und": "2 Monaten, 2 Wochen", "1 year, 1 month and 1 minute".
func (m *dateMatcher) amounts(k int, buf *[4]amount) ([]amount, int, bool) {
	a, j, ok := m.countUnit(k)
	if !ok {
		return nil, k, false
	}
	as := append(buf[:0], a)
	for len(as) < len(buf) {
		next := j
		if m.is(next, ',') {
			next++
		}
		next = m.skip(next, rAnd)
		b, e, ok := m.countUnit(next)
		if !ok || next == j || b.unit >= as[len(as)-1].unit {
			break
		}
		as, j = append(as, b), e
	}
	return as, j, true
}

// ago reads "3 hours ago", "a day ago", "2 Tagen ago", "1 year, 1 month
// and 1 minute ago", and ahead "3 days from now".
func (m *dateMatcher) ago(k int) (Date, int, bool) {
	var buf [4]amount
	as, j, ok := m.amounts(m.hedge(k), &buf) // "about 2 hours ago", "more than a year ago"
	if !ok {
		return Date{}, k, false
	}
	if m.word(j, rFrom) && m.word(j+1, rNow) {
		return m.p.shift(as, 1), j + 2, true
	}
	j = m.dot(j)
	if !m.word(j, rAgo) {
		return Date{}, k, false
	}
	return m.p.shift(as, -1), j + 1, true
}

// vor reads "vor 3 Stunden", "vor etwa 23 Stunden", "vor mehr als einer
// Woche", "vor 29h", "vor 2 days".
func (m *dateMatcher) vor(k int) (Date, int, bool) {
	var buf [4]amount
	as, e, ok := m.hedgedAmounts(k+1, &buf)
	if !ok {
		return Date{}, k, false
	}
	return m.p.shift(as, -1), e, true
}

// hedge skips a hedge at j ("etwa", "mehr als", "about", "more than"),
// returning the index after it.
func (m *dateMatcher) hedge(j int) int {
	if m.word(j, rHedge) {
		return m.skip(j+1, rThan)
	}
	return j
}

// hedgedAmounts reads the amounts after "vor" or "in": a hedge first
// ("etwa", "mehr als", "about"), and a full stop after an abbreviated unit
// ("vor 3 Std."; the full stop of "vor 3 Stunden." ends the sentence).
func (m *dateMatcher) hedgedAmounts(j int, buf *[4]amount) ([]amount, int, bool) {
	j = m.hedge(j)
	as, e, ok := m.amounts(j, buf)
	if !ok {
		return nil, j, false
	}
	if m.ts[e-1].w.abbr {
		e = m.dot(e)
	}
	return as, e, true
}

// untilMonth reads a month ahead after a word that says so: "until
// February", "by March", "bis März".
func (m *dateMatcher) untilMonth(k int) (Date, int, bool) {
	if !m.name(k+1, rMonth) || m.year(k+2) || m.num(k+2, 1, 2) {
		return Date{}, k, false
	}
	return m.p.month(m.ts[k+1].w.month, 0, 0, m.dir()), k + 2, true
}

// ahead reads "in 2 Stunden", "in zwei Wochen", "in etwa 3 Tagen", "in 3
// days", "in a decade".
func (m *dateMatcher) ahead(k int) (Date, int, bool) {
	// "the first time in 20 years", "not pruned in a decade", "the
	// highest in five years" name a stretch up to now, not a date ahead.
	if i := m.ts[k].start; m.sentenceHas(i, rDuration, sentenceReach, 0) || m.sentenceHas(i, rPast, sentenceReach, sentenceReach) {
		return Date{}, k, false
	}
	var buf [4]amount
	as, e, ok := m.hedgedAmounts(k+1, &buf)
	if !ok {
		return Date{}, k, false
	}
	return m.p.shift(as, 1), e, true
}

// dayWord reads "heute", "gestern", "vorgestern", "today", "yesterday". A
// capital inside a sentence makes it a noun ("ins Gestern", "das Heute")
// or a name, unless the whole word is in capitals.
func (m *dateMatcher) dayWord(k int) (Date, int, bool) {
	if t := &m.ts[k]; t.upper && !sentenceStart(m.s, t.start) && strings.ToUpper(m.s[t.start:t.end]) != m.s[t.start:t.end] {
		return Date{}, k, false // not in capitals for emphasis either ("plans TODAY")
	}
	d, j := m.p.daysBack(m.ts[k].w.back), k+1
	if m.word(j, rDayPart) && m.ts[j].space {
		j++ // "heute Morgen", "gestern Abend", "morgen früh", "yesterday evening"
	}
	d, j = m.relativeClock(d, j)
	return d, j, true
}

// dayPhrase reads "the day before yesterday" and "the day after
// tomorrow", in lower case but for the first word.
func (m *dateMatcher) dayPhrase(k int) (Date, int, bool) {
	if !(m.word(k+1, rUnit) && m.ts[k+1].w.unit == PrecisionDay && !m.ts[k+1].upper && m.word(k+2, rBeforeAfter) && !m.ts[k+2].upper &&
		m.word(k+3, rDay) && !m.ts[k+3].upper) {
		return Date{}, k, false
	}
	before := strings.EqualFold(m.text(k+2), "before")
	back := m.ts[k+3].w.back
	switch {
	case before && back == 1:
		return m.p.daysBack(2), k + 4, true
	case !before && back == -1:
		return m.p.daysBack(-2), k + 4, true
	}
	return Date{}, k, false
}

// sentenceStart reports whether a sentence, a heading or a quotation may
// start at s[i]: nothing but white space stands before it, or punctuation
// that ends or opens one.
func sentenceStart(s string, i int) bool {
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		switch {
		case runes.IsSpace(r):
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
	off := -1
	switch {
	case m.word(k, rThis):
		off = 0
	case m.word(k, rNext):
		off = 1
	case m.word(k, rBeforeLast):
		off = -2
	case m.word(k, rThe):
		// "the week before last"
		if !m.word(k+2, rBeforeAfter) || !strings.EqualFold(m.text(k+2), "before") || !m.word(k+3, rLast) {
			return Date{}, k, false
		}
		off = -2
	}
	j := k + 1
	end := j + 1
	if m.word(k, rThe) {
		end = k + 4
	}
	switch {
	case m.word(j, rWeek):
		return m.p.calendarWeek(off), end, true
	case m.word(j, rMonthWord):
		return m.p.calendarMonth(off), end, true
	case m.word(j, rYearWord):
		return m.p.calendarYear(off), end, true
	case m.word(j, rDayPart) && off == 0 && !m.word(k, rThe):
		return m.p.daysBack(0), end, true // "this morning"
	case m.word(j, rDayPart) && off == -1 && strings.EqualFold(m.text(j), "night"):
		return m.p.daysBack(1), end, true // "last night"
	}
	return Date{}, k, false
}

// weekday reads "am Montag", "on Tuesday", "am vergangenen Freitag", "last
// Friday", "an diesem Montag", "Monday", and a weekday before a date
// ("Montag, 22. November 2026", "Mon, 02 Jan 2006 15:04:05 GMT").
func (m *dateMatcher) weekday(k int) (Date, int, bool) {
	j, _ := m.opt(k, rOn)
	j, this := m.opt(j, rThis)
	j, last := m.opt(j, rLast)
	next := false
	if !last {
		j, next = m.opt(j, rNext)
	}
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
	d := m.p.weekday(wd, last, next, m.dir())
	if this && !next && !last {
		d = m.p.weekdayOfWeek(wd) // "this Friday", "an diesem Montag"
	}
	d, e := m.relativeClock(d, j) // "Montag, 14:30 Uhr"
	return d, e, true
}

// dateAfterWeekday reads the date that may follow a weekday at k: ",
// 22. November 2026", "., 23.11.2026", " 22.11.", ", November 22, 2026".
func (m *dateMatcher) dateAfterWeekday(k int) (Date, int, bool) {
	j := m.dot(k)
	if m.is(j, ',') {
		j++
	}
	if m.has(j) && m.ts[j].kind == tNum {
		if d, e, ok := m.numeric(j); ok && d.Precision <= PrecisionDay {
			return d, e, true
		}
		return Date{}, k, false
	}
	if d, e, ok := m.monthFirst(j); ok && d.Precision <= PrecisionDay {
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
	if m.word(j, rThe) && m.word(j+1, rPart) {
		j++ // "the end of the year"
	}
	part := 0
	if m.word(j, rPart) {
		part = m.ts[j].w.part
		j++
		if m.is(j, '-') && m.glued(j) && m.glued(j+1) {
			j++
		}
		// "Anfang nächsten Jahres", "Ende des Monats", "end of the
		// year", "late last year"
		r := m.skip(j, rOf)
		off, known := 0, false
		switch {
		case m.word(r, rNext):
			off, known = 1, true
		case m.word(r, rLast):
			off, known = -1, true
		case m.word(r, rThis|rThe):
			known = true
		}
		if known {
			switch {
			case m.word(r+1, rYearWord):
				return m.p.partOf(PrecisionYear, off, part), r + 2, true
			case m.word(r+1, rMonthWord):
				return m.p.partOf(PrecisionMonth, off, part), r + 2, true
			}
		}
		j = m.skip(j, rOf) // "end of March"
	}
	if in && part == 0 && m.name(j, rMonth|rMonthAbbr) {
		// "in March 3rd, 2004": the day.
		if d, e, ok := m.monthFirst(j); ok && d.Precision <= PrecisionDay {
			return d, e, true
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
			return m.p.month(mon, m.ts[j].n, part, m.dir()), j + 1, true
		}
		return m.p.month(mon, 0, part, m.dir()), j, true
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
	start, ok, later := m.start, m.dirOK, m.later
	m.start, m.dirOK = k, false
	d, e, found := m.forms(k)
	m.start, m.dirOK, m.later = start, ok, later
	return d, e, found
}

// forms is matchAt in the parser's direction.
func (m *dateMatcher) forms(k int) (Date, int, bool) {
	t := &m.ts[k]
	var best Date
	end := k
	try := func(d Date, e int, ok bool) {
		if ok && e > end {
			best, end = d, e
		}
	}
	// The forms are called by name, not from a table of method values:
	// through a function value the matcher, and the tokens it points to,
	// would escape to the heap at every call.
	switch t.kind {
	case tNum:
		try(m.numeric(k))
		try(m.ago(k))
		try(m.daySpan(k))
		try(m.numberedPeriod(k))
	case tWord:
		r := t.w.roles
		if r&rForward != 0 {
			try(m.ahead(k))
		}
		if r&rThe != 0 {
			try(m.dayPhrase(k))
		}
		if r&rBetween != 0 {
			try(m.daySpan(k))
		}
		if r&(rQuarter|rCalWeek|rNumberWord|rIn|rThe) != 0 {
			try(m.numberedPeriod(k))
		}
		if r&(rMonth|rMonthAbbr) != 0 {
			try(m.monthFirst(k))
			try(m.daySpan(k))
		}
		if r&(rOn|rLast|rNext|rThis|rWeekday|rWeekdayAbbr) != 0 {
			try(m.weekday(k))
		}
		if r&rBefore != 0 {
			try(m.vor(k))
		}
		if r&(rCount|rHedge) != 0 {
			try(m.ago(k))
		}
		if r&rFuture != 0 {
			try(m.untilMonth(k))
		}
		if r&rDay != 0 {
			try(m.dayWord(k))
		}
		if r&(rLast|rThis|rNext|rBeforeLast|rThe) != 0 {
			try(m.lastUnit(k))
		}
		if r&(rIn|rPart|rThe) != 0 {
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
