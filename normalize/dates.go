package normalize

import (
	"math/bits"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/newsdump/newsdump/internal/swar"
)

// Date is a date expression found in text and what it resolves to.
type Date struct {
	// Text is the expression as written, e.g. "vor 3 Stunden".
	Text string `json:"text"`
	// Time is the start of the time named. It is zero when the expression
	// could not be resolved, such as a relative expression without a
	// reference time.
	Time time.Time `json:"time,omitzero"`
	// End is the end (exclusive) of the stretch named by a week, a month,
	// a year or a span ("letzte Woche", "im März", "Mitte März", "over the
	// weekend"); zero otherwise.
	End time.Time `json:"end,omitzero"`
	// Precision is how precisely the expression names a time. It is set
	// even when Time is zero.
	Precision Precision `json:"precision,omitzero"`
	// Relative reports whether the expression needs a reference time to be
	// resolved ("gestern", "2 days ago", "am Montag", "im März", "1.
	// Januar" without a year).
	Relative bool `json:"relative,omitempty"`
	// Ambiguous reports that day and month could be the other way round
	// and the text does not tell ("04/03/2026" in English of no known
	// region); Time follows the language's order.
	Ambiguous bool `json:"ambiguous,omitempty"`
}

// Resolved reports whether d names a known time.
func (d Date) Resolved() bool { return !d.Time.IsZero() }

// DateMatch is a date expression found in running text.
type DateMatch struct {
	Date
	// Offset is the byte offset of the expression in the text; it ends at
	// Offset+len(Text).
	Offset int `json:"offset"`
}

// Direction says where a date without a year or a bare weekday lies
// relative to the reference time.
type Direction uint8

const (
	// Past takes the most recent such day on or before the reference: news
	// tells what happened ("am Montag" on a Friday is four days before).
	Past Direction = iota
	// Future takes the next such day on or after the reference, as in
	// announcements and calendars.
	Future
	// Nearest takes whichever is closer, the past one on a tie.
	Nearest
)

// DateParser finds and resolves date expressions in German and English.
// Its zero value finds dates and resolves absolute ones; relative
// expressions stay unresolved until Reference is set. It is a plain value:
// copies may be used from several goroutines at once.
type DateParser struct {
	// Reference is the time relative expressions are resolved against,
	// usually when the text was written or crawled. Their results are in
	// the Reference's zone, unless Location is set.
	Reference time.Time
	// Location is the zone of times written without one. When nil, it is
	// Europe/Berlin for German text (see Language) and UTC otherwise.
	Location *time.Location
	// Language is the language of the text: it decides the zone of times
	// written without one and the order of day and month in "04/03/2026"
	// (day first in German and British English, month first in American
	// English). Other languages' words are read too, since news text mixes
	// them ("2 Tagen ago").
	Language language.Tag
	// Direction places weekdays and dates without a year relative to the
	// Reference; the zero value, Past, takes the most recent.
	Direction Direction
}

// Zone returns the zone of times written without one: Location, or
// Europe/Berlin for German text and UTC otherwise.
func (p *DateParser) Zone() *time.Location {
	if p.Location != nil {
		return p.Location
	}
	if base, conf := p.Language.Base(); conf >= language.High && base.String() == "de" {
		return berlin()
	}
	return time.UTC
}

// ref returns the reference time in the zone of relative results, and
// whether one is set.
func (p *DateParser) ref() (time.Time, bool) {
	if p.Reference.IsZero() {
		return time.Time{}, false
	}
	if p.Location != nil {
		return p.Reference.In(p.Location), true
	}
	return p.Reference, true
}

// langBit returns the bit of the parser's language among dateLanguages,
// 0 for a language it does not know.
func (p *DateParser) langBit() uint8 {
	base, conf := p.Language.Base()
	if conf < language.High {
		return 0
	}
	switch base.String() {
	case "de":
		return 1 << 0
	case "en":
		return 1 << 1
	}
	return 0
}

// slashOrder returns whether dates written with slashes put the day first
// in the parser's language, and whether the language tells.
func (p *DateParser) slashOrder() (dayFirst, known bool) {
	base, conf := p.Language.Base()
	if conf < language.High {
		return true, false
	}
	switch base.String() {
	case "de":
		return true, true
	case "en":
		region, conf := p.Language.Region()
		switch {
		case conf < language.High:
			return false, false // en: American by default, but it cannot tell
		case region.String() == "US":
			return false, true
		}
		return true, true // British, Irish, Australian, Indian, ...
	}
	return true, false
}

// Parse reads s as one date expression, allowing surrounding white space and
// punctuation. It reports false when s is not a date expression.
func (p *DateParser) Parse(s string) (Date, bool) {
	t := trimDate(s)
	if t == "" {
		return Date{}, false
	}
	var buf [maxTokens]token
	m := newDateMatcher(p, t, 0, len(t), &buf)
	if !m.has(0) {
		return Date{}, false
	}
	d, end, ok := m.matchAt(0)
	if (!ok || m.has(end)) && m.word(0, rFuture) && m.has(1) {
		d, end, ok = m.matchAt(1) // "bis Mitte Januar", "by Friday": a date ahead
	}
	d.Text = t
	if !ok || m.has(end) || m.ts[end-1].end != len(t) {
		if strings.HasSuffix(t, ".") {
			return p.Parse(t[:len(t)-1]) // a full stop after the date: "am Montag."
		}
		return Date{}, false
	}
	return d, true
}

// trimDate trims the white space (space, tab, no-break space) and the
// punctuation ",;:()[]" that Parse allows around a date, and dots before
// it. (A dot after it may belong to it: "1. Jan.", "am 22.11.")
func trimDate(s string) string {
	for s != "" {
		if trimmedByte(s[0]) || s[0] == '.' {
			s = s[1:]
		} else if strings.HasPrefix(s, "\u00a0") {
			s = s[2:]
		} else {
			break
		}
	}
	for s != "" {
		if trimmedByte(s[len(s)-1]) {
			s = s[:len(s)-1]
		} else if strings.HasSuffix(s, "\u00a0") {
			s = s[:len(s)-2]
		} else {
			break
		}
	}
	return s
}

func trimmedByte(c byte) bool {
	switch c {
	case ' ', '\t', ',', ';', ':', '(', ')', '[', ']':
		return true
	}
	return false
}

// Bounds of the search around an anchor.
const (
	anchorReach = 3  // words before an anchor where an expression may start
	maxDateLen  = 96 // bytes of the longest expression
)

// Find returns every date expression in s, in order and without overlaps;
// where expressions overlap, the one that starts first, then the longest,
// wins.
//
// Find stops only at numbers and at the words every other expression
// holds (months, weekdays, "gestern", "vor", "ago", "Woche", ...), and
// reads the expressions there from the few words before on.
func (p *DateParser) Find(s string) []DateMatch {
	var found []DateMatch
	var ring [anchorReach]int // the starts of the last words and numbers, -1 for those that start no expression
	seen := 0                 // words and numbers since the last match
	done := 0                 // the end of the last match: later ones start after it
	for i := 0; i < len(s); {
		c := s[i]
		var j int
		anchor, dateish, word := false, false, false
		switch scanClass[c] {
		case scanDigit:
			for j = i + 1; j < len(s) && scanClass[s[j]] == scanDigit; j++ {
			}
			anchor, dateish = true, true
		case scanLetter:
			// The ASCII letters of a word at once, eight at a time, then
			// the rest of it.
			j = i + 1
			for j+8 <= len(s) {
				x := swar.Load(s, j)
				if m := ^(swar.Between(x|0x2020202020202020, 'a', 'z')) & 0x8080808080808080; m != 0 {
					j += bits.TrailingZeros64(m) / 8
					break
				}
				j += 8
			}
			for ; j < len(s) && scanClass[s[j]] == scanLetter; j++ {
			}
			if j < len(s) && s[j] >= utf8.RuneSelf {
				j = tokenEnd(s, j)
			}
			word = true
		case scanOther:
			i++
			continue
		default:
			if j = tokenEnd(s, i); j == i { // a character that is no letter: a quotation mark, a dash
				_, n := utf8.DecodeRuneInString(s[i:])
				i += n
				if n > 1 {
					i += swar.Repeat(s, i, n) // and its copies, as in a rule "━━━━"
				}
				continue
			}
			word = true
		}
		if word {
			var roles role
			roles, dateish = wordKinds(s[i:j])
			// A unit ("Wochen", "years") or a part of the day starts no
			// expression: it anchors one only after a date word ("in
			// zwei Wochen", "this morning").
			anchor = roles&^weakAnchors != 0 || roles != 0 && seen > 0 && ring[(seen-1)%anchorReach] >= 0
		}
		if anchor {
			var before [anchorReach]int // the starts in order, oldest first
			n := min(seen, anchorReach)
			for k := range n {
				before[k] = ring[(seen-n+k)%anchorReach]
			}
			if m, ok := p.matchNear(s, before[:n], i, done); ok {
				found = append(found, m)
				done = m.Offset + len(m.Text)
				seen = 0
				i = max(j, done)
				continue
			}
		}
		// The start of a word that is no date word is kept as -1: only a
		// number or a date word can start an expression.
		ring[seen%anchorReach] = -1
		if dateish {
			ring[seen%anchorReach] = i
		}
		seen++
		i = j
	}
	return found
}

// wordKinds returns the anchor roles of the word w, none when Find does
// not stop at it, and whether it may be a date word at all, which an
// expression may start with.
func wordKinds(w string) (anchors role, dateish bool) {
	if len(w) < 2 {
		return 0, true // "a", "h": looked up when read
	}
	if len(w) > maxDateWord {
		return 0, false
	}
	h := anchorHash(w)
	if !wordStarts.hasHash(h) {
		return 0, false
	}
	if !anchorStarts.hasHash(h) {
		return 0, true
	}
	dw, ok := lookupWord(w)
	return dw.roles & anchorRoles, ok
}

// weakAnchors are the anchor roles of words that start no expression
// themselves, units and parts of the day: Find stops at them only after a
// date word.
const weakAnchors = rUnit | rDayPart

// Classes of bytes for Find's scan.
const (
	scanOther  = iota // ASCII but letters and digits
	scanDigit         // 0 to 9
	scanLetter        // ASCII letters
	scanWide          // bytes of characters beyond ASCII
)

var scanClass = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = scanWide
		case isDigit(byte(c)):
			t[c] = scanDigit
		case isLetterByte(byte(c)):
			t[c] = scanLetter
		}
	}
	return t
}()

// matchNear reads the date expression, if any, that holds the anchor at
// s[i]: it tries the starts of the words before it, the earliest first,
// then the anchor itself, none before done.
func (p *DateParser) matchNear(s string, before []int, i, done int) (DateMatch, bool) {
	var cands [anchorReach + 1]int
	n := 0
	for _, st := range before {
		if st >= done {
			cands[n] = st
			n++
		}
	}
	cands[n] = i
	n++
	var buf [maxTokens]token
	for c := 0; c < n; {
		// Read the tokens from the earliest start not tried; the
		// starts after it are tried on the same tokens, unless too
		// many tokens or a wide gap stand between: then the next round
		// reads from the next start.
		m := newDateMatcher(p, s, cands[c], i+maxDateLen, &buf)
		for k := 0; c < n && m.has(k) && m.ts[k].start <= i; k++ {
			for c < n && cands[c] < m.ts[k].start {
				c++ // not a token's start
			}
			if c == n || m.ts[k].start != cands[c] {
				continue
			}
			if k > lookBehind {
				// Keep the tokens of this start and the few before it
				// that forms look back at, so that the start has the
				// room of all tokens.
				m.drop(k - lookBehind)
				k = lookBehind
			}
			c++
			if d, end, ok := m.matchAt(k); ok && m.ts[end-1].end > i {
				d.Text = s[m.ts[k].start:m.ts[end-1].end]
				return DateMatch{Date: d, Offset: m.ts[k].start}, true
			}
		}
	}
	return DateMatch{}, false
}

// validDate builds a date and reports whether the fields name a real day.
func validDate(y int, m time.Month, d int, loc *time.Location) (time.Time, bool) {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	t := time.Date(y, m, d, 0, 0, 0, 0, loc)
	return t, t.Month() == m && t.Day() == d
}

// expandYear turns a two-digit year into a four-digit one: 00-69 are in the
// 2000s, 70-99 in the 1900s.
func expandYear(y, digits int) int {
	if digits == 2 {
		if y < 70 {
			return 2000 + y
		}
		return 1900 + y
	}
	return y
}

// day returns midnight at the start of t's day.
func day(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, t.Location())
}

// pick returns the candidate the direction chooses: the past one
// on or before the reference, the future one on or after it, or the
// nearer.
func (p *DateParser) pick(dir Direction, past, future, ref time.Time) time.Time {
	switch dir {
	case Future:
		return future
	case Nearest:
		if future.Sub(ref) < ref.Sub(past) {
			return future
		}
	}
	return past
}

// dayOfMonth resolves a day and month without a year against the
// reference, in the direction the parser says.
func (p *DateParser) dayOfMonth(d int, m time.Month, dir Direction) (Date, bool) {
	if _, ok := validDate(2000, m, d, time.UTC); !ok { // 2000 is a leap year
		return Date{}, false
	}
	out := Date{Precision: PrecisionDay, Relative: true}
	r, ok := p.ref()
	if !ok {
		return out, true
	}
	ref := day(r.In(p.Zone()))
	var past, future time.Time
	for y := ref.Year(); y > ref.Year()-8 && past.IsZero(); y-- { // 29 February: up to eight years
		if t, ok := validDate(y, m, d, ref.Location()); ok && !t.After(ref) {
			past = t
		}
	}
	for y := ref.Year(); y < ref.Year()+8 && future.IsZero(); y++ {
		if t, ok := validDate(y, m, d, ref.Location()); ok && !t.Before(ref) {
			future = t
		}
	}
	out.Time = p.pick(dir, past, future, ref)
	return out, true
}

// An amount is a count of a unit, in thousandths: "2.5 hours" is 2500
// hours.
type amount struct {
	milli int64
	unit  Precision
}

// unitDuration is the length of the units of a day and below.
var unitDuration = [...]time.Duration{PrecisionSecond: time.Second, PrecisionMinute: time.Minute, PrecisionHour: time.Hour, PrecisionDay: 24 * time.Hour, PrecisionWeek: 7 * 24 * time.Hour}

// shift resolves amounts back (dir -1, "vor 2 Monaten, 2 Wochen", "1 year,
// 1 month and 1 minute ago") or ahead (dir 1, "in 2 Stunden", "3 days
// from now") of the reference. The precision is the finest unit's, or the
// one below it for a fraction ("2.5 hours": minute). Times of a minute or
// an hour are exact to the minute ("vor 2 Stunden" at 10:30 is 8:30); days
// and weeks start at midnight, months on their first day, years on 1
// January.
func (p *DateParser) shift(as []amount, dir int) Date {
	prec := as[len(as)-1].unit
	for _, a := range as {
		prec = min(prec, a.unit)
		if a.milli%1000 != 0 && a.unit > PrecisionSecond {
			prec = min(prec, a.unit-1)
		}
	}
	if prec == PrecisionWeek && len(as) > 1 {
		prec = PrecisionDay
	}
	d := Date{Precision: prec, Relative: true}
	ref, ok := p.ref()
	if !ok {
		return d
	}
	t := ref
	for _, a := range as {
		switch {
		case a.unit == PrecisionYear && a.milli%1000 == 0:
			t = t.AddDate(dir*int(a.milli/1000), 0, 0)
		case a.unit == PrecisionMonth && a.milli%1000 == 0:
			t = addMonths(t, dir*int(a.milli/1000))
		case a.unit == PrecisionYear && a.milli*12%1000 == 0:
			t = addMonths(t, dir*int(a.milli*12/1000)) // "1.5 years": 18 months
		case a.unit == PrecisionYear || a.unit == PrecisionMonth:
			// Another fraction of a month or year: in days of average length.
			days := a.milli * 30 / 1000
			if a.unit == PrecisionYear {
				days = a.milli * 365 / 1000
			}
			t = t.AddDate(0, 0, dir*int(days))
		default:
			t = t.Add(time.Duration(dir) * time.Duration(a.milli) * unitDuration[a.unit] / 1000)
		}
	}
	switch prec {
	case PrecisionSecond:
		t = t.Truncate(time.Second)
	case PrecisionMinute, PrecisionHour:
		t = t.Truncate(time.Minute)
	case PrecisionDay, PrecisionWeek:
		t = day(t)
	case PrecisionMonth:
		t = time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, t.Location())
	case PrecisionYear:
		t = time.Date(t.Year(), 1, 1, 0, 0, 0, 0, t.Location())
	}
	if t.Year() < 1 {
		t = time.Time{} // "vor 2500 Jahren": before the calendar's year 1, which JSON cannot write
	}
	d.Time = t
	return d
}

// addMonths moves t by n months, to the last day of the month where the
// day does not exist there (31 March less a month is 29 February).
func addMonths(t time.Time, n int) time.Time {
	first := time.Date(t.Year(), t.Month()+time.Month(n), 1, t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Location())
	last := first.AddDate(0, 1, -1).Day()
	return first.AddDate(0, 0, min(t.Day(), last)-1)
}

// daysBack resolves "heute", "gestern", "vorgestern", and ahead (n < 0)
// "morgen", "übermorgen".
func (p *DateParser) daysBack(n int) Date {
	d := Date{Precision: PrecisionDay, Relative: true}
	if ref, ok := p.ref(); ok {
		d.Time = day(ref).AddDate(0, 0, -n)
	}
	return d
}

// calendarWeek resolves "diese Woche" (off 0), "letzte Woche" (-1),
// "nächste Woche" (1), "vorletzte Woche" (-2): the week, Monday to
// Sunday, that many weeks from the reference's.
func (p *DateParser) calendarWeek(off int) Date {
	d := Date{Precision: PrecisionWeek, Relative: true}
	if ref, ok := p.ref(); ok {
		monday := day(ref).AddDate(0, 0, -((int(ref.Weekday())+6)%7)+7*off)
		d.Time, d.End = monday, monday.AddDate(0, 0, 7)
	}
	return d
}

// calendarMonth resolves "diesen Monat" (off 0), "letzten Monat" (-1),
// "nächsten Monat" (1).
func (p *DateParser) calendarMonth(off int) Date {
	d := Date{Precision: PrecisionMonth, Relative: true}
	if ref, ok := p.ref(); ok {
		first := time.Date(ref.Year(), ref.Month()+time.Month(off), 1, 0, 0, 0, 0, ref.Location())
		d.Time, d.End = first, first.AddDate(0, 1, 0)
	}
	return d
}

// calendarYear resolves "dieses Jahr" (off 0), "letztes Jahr" (-1),
// "nächstes Jahr" (1).
func (p *DateParser) calendarYear(off int) Date {
	d := Date{Precision: PrecisionYear, Relative: true}
	if ref, ok := p.ref(); ok {
		y := ref.Year() + off
		d.Time, d.End = time.Date(y, 1, 1, 0, 0, 0, 0, ref.Location()), time.Date(y+1, 1, 1, 0, 0, 0, 0, ref.Location())
	}
	return d
}

// partOf resolves the start, middle or end (part 1 to 3) of a month or
// year that is off months or years from the reference's: "Anfang
// nächsten Jahres", "Ende des Monats", "late last year".
func (p *DateParser) partOf(unit Precision, off, part int) Date {
	d := Date{Precision: PrecisionSpan, Relative: true}
	r, ok := p.ref()
	if !ok {
		return d
	}
	ref := r.In(p.Zone())
	if unit == PrecisionYear {
		d = p.yearPart(ref.Year()+off, part)
	} else {
		first := time.Date(ref.Year(), ref.Month()+time.Month(off), 1, 0, 0, 0, 0, ref.Location())
		d = p.month(first.Month(), first.Year(), part, p.Direction)
	}
	d.Relative = true
	return d
}

// weekday resolves a weekday: the most recent such day on or before the
// reference, or as the parser's Direction says; last ("am vergangenen
// Montag") means before the reference day and next ("am kommenden
// Montag", "next Friday") after it, whatever the Direction.
func (p *DateParser) weekday(wd time.Weekday, last, next bool, dir Direction) Date {
	d := Date{Precision: PrecisionDay, Relative: true}
	r, ok := p.ref()
	if !ok {
		return d
	}
	ref := day(r)
	back := (int(ref.Weekday()) - int(wd) + 7) % 7
	fwd := (int(wd) - int(ref.Weekday()) + 7) % 7
	switch {
	case last:
		if back == 0 {
			back = 7
		}
		d.Time = ref.AddDate(0, 0, -back)
	case next:
		if fwd == 0 {
			fwd = 7
		}
		d.Time = ref.AddDate(0, 0, fwd)
	default:
		d.Time = p.pick(dir, ref.AddDate(0, 0, -back), ref.AddDate(0, 0, fwd), ref)
	}
	return d
}

// weekdayOfWeek resolves "this Friday", "an diesem Montag": the weekday
// of the reference's week, Monday to Sunday.
func (p *DateParser) weekdayOfWeek(wd time.Weekday) Date {
	d := Date{Precision: PrecisionDay, Relative: true}
	if r, ok := p.ref(); ok {
		monday := day(r).AddDate(0, 0, -((int(r.Weekday()) + 6) % 7))
		d.Time = monday.AddDate(0, 0, (int(wd)+6)%7)
	}
	return d
}

// monthParts gives the days of a month that its start, middle and end
// cover ("Anfang", "Mitte", "Ende"): first day and the day after the last
// (0 for the end of the month).
var monthParts = [4][2]int{{1, 0}, {1, 11}, {11, 21}, {21, 0}}

// month resolves a month of a year, or without a year (0) against the
// reference, whole (part 0) or its start, middle or end (part 1 to 3).
func (p *DateParser) month(m time.Month, y, part int, dir Direction) Date {
	d := Date{Precision: PrecisionMonth, Relative: y == 0}
	if part > 0 {
		d.Precision = PrecisionSpan
	}
	loc := p.Zone()
	if y == 0 {
		r, ok := p.ref()
		if !ok {
			return d
		}
		ref := r.In(loc)
		past, future := ref.Year(), ref.Year()
		if m > ref.Month() {
			past--
		}
		if m < ref.Month() {
			future++
		}
		pt := time.Date(past, m, 1, 0, 0, 0, 0, loc)
		ft := time.Date(future, m, 1, 0, 0, 0, 0, loc)
		y = p.pick(dir, pt, ft, time.Date(ref.Year(), ref.Month(), 1, 0, 0, 0, 0, loc)).Year()
	}
	bounds := monthParts[part]
	d.Time = time.Date(y, m, bounds[0], 0, 0, 0, 0, loc)
	if bounds[1] == 0 {
		d.End = time.Date(y, m+1, 1, 0, 0, 0, 0, loc)
	} else {
		d.End = time.Date(y, m, bounds[1], 0, 0, 0, 0, loc)
	}
	return d
}

// yearParts gives the months that the start, middle and end of a year
// cover: first month and the month after the last.
var yearParts = [4][2]time.Month{{1, 13}, {1, 5}, {5, 9}, {9, 13}}

// yearPart resolves "Anfang 2025", "mid-2024", "Ende 2023".
func (p *DateParser) yearPart(y, part int) Date {
	b := yearParts[part]
	loc := p.Zone()
	return Date{Time: time.Date(y, b[0], 1, 0, 0, 0, 0, loc), End: time.Date(y, b[1], 1, 0, 0, 0, 0, loc), Precision: PrecisionSpan}
}

// year resolves "im Jahr 2025".
func (p *DateParser) year(y int) Date {
	loc := p.Zone()
	return Date{Time: time.Date(y, 1, 1, 0, 0, 0, 0, loc), End: time.Date(y+1, 1, 1, 0, 0, 0, 0, loc), Precision: PrecisionYear}
}

// weekend resolves "over the weekend": the weekend in progress on the
// reference day, or the last one before.
func (p *DateParser) weekend() Date {
	d := Date{Precision: PrecisionSpan, Relative: true}
	ref, ok := p.ref()
	if !ok {
		return d
	}
	back := (int(ref.Weekday()) - int(time.Saturday) + 7) % 7
	sat := day(ref).AddDate(0, 0, -back)
	d.Time, d.End = sat, sat.AddDate(0, 0, 2)
	return d
}

// Stamps reads the dates of a stamp line, such as "Veröffentlicht am 3.
// März 2025, aktualisiert am 4. März 2025 um 10:15 Uhr" or "Published
// Nov. 8, 2023 Updated Nov. 9, 2023": each date goes to the kind that the
// nearest stamp word before it names ("veröffentlicht", "published";
// "aktualisiert", "Stand", "updated"), a date without such a word to
// published. ok is false when the line holds no date.
func (p *DateParser) Stamps(s string) (published, updated Date, ok bool) {
	published, updated, _, ok = p.stamps(s)
	return published, updated, ok
}

// PublishedStamp returns the date of s that a publication word stands
// before ("Veröffentlicht am 16.08.2019", "Posted on March 3, 2024"), as
// Stamps reads it; ok is false where no such word names a date.
func (p *DateParser) PublishedStamp(s string) (Date, bool) {
	published, _, marked, _ := p.stamps(s)
	return published, marked
}

// stamps is Stamps that also reports whether a publication word stood
// before the published date.
func (p *DateParser) stamps(s string) (published, updated Date, marked, ok bool) {
	prev := 0
	for _, m := range p.Find(s) {
		upd, pub := false, false
		for i := prev; i < m.Offset; {
			j := tokenEnd(s, i)
			if j == i {
				i++
				continue
			}
			if w, ok := lookupWord(s[i:j]); ok {
				switch {
				case w.roles&rUpdated != 0:
					upd, pub = true, false
				case w.roles&rPublished != 0:
					upd, pub = false, true
				}
			}
			i = j
		}
		prev = m.Offset + len(m.Text)
		switch {
		case upd && updated.Text == "":
			updated = m.Date
		case !upd && published.Text == "":
			published, marked = m.Date, pub
		}
		ok = true
	}
	return published, updated, marked, ok
}

// ParseUnix reads a Unix timestamp from a field that says it holds one, as
// feeds and JSON exports do: seconds since 1970, or milliseconds when the
// number has 13 digits or more, with an optional fraction ("1732269000",
// "1732269000123", "1732269000.25"). The time is in UTC, to the second.
func ParseUnix(s string) (Date, bool) {
	s = strings.TrimSpace(s)
	whole, frac, _ := strings.Cut(s, ".")
	if whole == "" || len(whole) > 16 {
		return Date{}, false
	}
	v, err := strconv.ParseInt(whole, 10, 64)
	if err != nil || v < 0 {
		return Date{}, false
	}
	for _, c := range frac {
		if c < '0' || c > '9' {
			return Date{}, false
		}
	}
	t := time.Unix(v, 0)
	if len(whole) >= 13 {
		t = time.UnixMilli(v)
	}
	return Date{Text: s, Time: t.UTC().Truncate(time.Second), Precision: PrecisionSecond}, true
}
