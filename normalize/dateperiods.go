package normalize

import (
	"strings"
	"time"
)

// dash reports whether the token at k is a hyphen or an en or em dash.
func (m *dateMatcher) dash(k int) bool {
	if !m.has(k) || m.ts[k].kind != tPunct {
		return false
	}
	t := m.text(k)
	return t == "-" || t == "–" || t == "—"
}

// daySpan reads the days of one month that a span covers: "zwischen dem
// 3. und 5. Mai", "vom 3. bis 5. Mai 2024", "3.–5. Mai", "3. bis 5. Mai",
// "May 3–5, 2024", "between May 3 and 5", "from May 3 to 5", "3–5 May
// 2024". The span runs from the first day to the end of the last.
func (m *dateMatcher) daySpan(k int) (Date, int, bool) {
	j := k
	if m.word(j, rBetween) {
		j = m.skip(j+1, rThe)
	}
	switch {
	case m.num(j, 1, 2):
		// Days first: "3. und 5. Mai", "3.–5. Mai", "3–5 May 2024".
		d1 := m.ts[j].n
		e := m.dot(j + 1)
		german := e > j+1
		d2, e, ok := m.secondDay(e)
		if !ok {
			return Date{}, k, false
		}
		if german {
			if !m.is(e, '.') || !m.glued(e) {
				return Date{}, k, false
			}
			e++
		}
		if !m.name(e, rMonth|rMonthAbbr) {
			return Date{}, k, false
		}
		mon := m.ts[e].w.month
		e++
		if m.ts[e-1].w.roles&rMonthAbbr != 0 {
			e = m.dot(e)
		}
		y := -1
		if m.year(e) && m.ts[e].space {
			y, e = m.ts[e].n, e+1
		}
		return m.spanOf(k, d1, d2, mon, y, e)
	case m.name(j, rMonth|rMonthAbbr):
		// The month first: "May 3–5, 2024", "between May 3 and 5".
		mon := m.ts[j].w.month
		e := j + 1
		if m.ts[j].w.roles&rMonthAbbr != 0 {
			e = m.dot(e)
		}
		if !m.num(e, 1, 2) || !m.ts[e].space {
			return Date{}, k, false
		}
		d1 := m.ts[e].n
		e++
		if m.word(e, rOrdinal) && m.glued(e) {
			e++
		}
		d2, e, ok := m.secondDay(e)
		if !ok {
			return Date{}, k, false
		}
		if m.word(e, rOrdinal) && m.glued(e) {
			e++
		}
		y, ye := -1, e
		if m.is(ye, ',') {
			ye++
		}
		if m.year(ye) && m.ts[ye].space {
			y, e = m.ts[ye].n, ye+1
		}
		return m.spanOf(k, d1, d2, mon, y, e)
	}
	return Date{}, k, false
}

// secondDay reads the last day of a span at e: a dash or "und", "bis",
// "and", "to" (with "dem" after it), then the day's number.
func (m *dateMatcher) secondDay(e int) (int, int, bool) {
	switch {
	case m.dash(e):
		e++
	case m.word(e, rAnd|rTo):
		e = m.skip(e+1, rThe)
	default:
		return 0, e, false
	}
	if !m.num(e, 1, 2) {
		return 0, e, false
	}
	return m.ts[e].n, e + 1, true
}

// spanOf resolves the days d1 to d2 of a month, of the year y or (-1) the
// one the first day without a year is resolved in.
func (m *dateMatcher) spanOf(k, d1, d2 int, mon time.Month, y, e int) (Date, int, bool) {
	if d1 >= d2 || e < len(m.ts) && m.num(e, 1, 9) {
		return Date{}, k, false
	}
	var d Date
	if y >= 0 {
		t, ok := validDate(y, mon, d1, m.p.Zone())
		if !ok {
			return Date{}, k, false
		}
		d = Date{Time: t}
	} else {
		var ok bool
		if d, ok = m.p.dayOfMonth(d1, mon, m.dir()); !ok {
			return Date{}, k, false
		}
	}
	if _, ok := validDate(2000, mon, d2, time.UTC); !ok || y >= 0 && !validDay(y, mon, d2) {
		return Date{}, k, false
	}
	d.Precision = PrecisionSpan
	if !d.Time.IsZero() {
		d.End = d.Time.AddDate(0, 0, d2-d1+1)
	}
	return d, e, true
}

// validDay reports whether the month of the year has the day.
func validDay(y int, mon time.Month, d int) bool {
	_, ok := validDate(y, mon, d, time.UTC)
	return ok
}

// numberedPeriod reads a quarter or a calendar week by its number: "Q3
// 2024", "Q3/2024", "3. Quartal 2024", "im dritten Quartal 2024", "the
// third quarter of 2024", "KW 12", "KW12/2024", "12. KW", "Kalenderwoche
// 12", "in der 12. Kalenderwoche 2024".
func (m *dateMatcher) numberedPeriod(start int) (Date, int, bool) {
	k := m.skip(m.skip(start, rIn), rThe) // "im", "in der", "the"
	if k == start && m.word(k, rIn|rThe) && !m.word(k, rQuarter|rCalWeek|rNumberWord) {
		return Date{}, start, false
	}
	n, j, unit := 0, k, role(0)
	switch {
	case m.word(k, rQuarter) && strings.EqualFold(m.text(k), "q") && m.glued(k+1) && m.num(k+1, 1, 1):
		n, j, unit = m.ts[k+1].n, k+2, rQuarter // "Q3"
	case m.word(k, rQuarter|rCalWeek) && !strings.EqualFold(m.text(k), "q") && m.num(k+1, 1, 2):
		n, j, unit = m.ts[k+1].n, k+2, m.ts[k].w.roles&(rQuarter|rCalWeek) // "KW 12", "Kalenderwoche 12"
	case m.num(k, 1, 2) && m.dot(k+1) == k+2 && m.word(k+2, rQuarter|rCalWeek) && !strings.EqualFold(m.text(k+2), "q"):
		n, j, unit = m.ts[k].n, k+3, m.ts[k+2].w.roles&(rQuarter|rCalWeek) // "3. Quartal", "12. KW"
	case m.word(k, rNumberWord) && m.word(k+1, rQuarter) && !strings.EqualFold(m.text(k+1), "q"):
		n, j, unit = m.ts[k].w.nth, k+2, rQuarter // "dritten Quartal", "third quarter"
	default:
		return Date{}, start, false
	}
	if unit&rQuarter != 0 {
		unit = rQuarter
	}
	y := -1
	switch {
	case (m.is(j, '/') || m.is(j, '-')) && m.glued(j) && m.glued(j+1) && (m.num(j+1, 4, 4) || m.num(j+1, 2, 2)):
		y, j = expandYear(m.ts[j+1].n, m.ts[j+1].digits()), j+2
	case m.year(j) && m.ts[j].space:
		y, j = m.ts[j].n, j+1
	case m.word(j, rOf) && m.year(j+1):
		y, j = m.ts[j+1].n, j+2
	}
	if m.num(j, 1, 9) && m.ts[j].space {
		return Date{}, start, false
	}
	if unit == rQuarter {
		if n < 1 || n > 4 || y < 0 {
			return Date{}, start, false // a quarter is named with its year
		}
		loc := m.p.Zone()
		start := time.Date(y, time.Month(3*n-2), 1, 0, 0, 0, 0, loc)
		return Date{Time: start, End: start.AddDate(0, 3, 0), Precision: PrecisionSpan}, j, true
	}
	d, ok := m.p.isoWeek(n, y)
	return d, j, ok
}

// isoWeek resolves the calendar week n (ISO 8601: Monday to Sunday, week 1
// holds 4 January) of the year y, or of the reference's year for -1.
func (p *DateParser) isoWeek(n, y int) (Date, bool) {
	d := Date{Precision: PrecisionWeek, Relative: y < 0}
	if n < 1 || n > 53 {
		return Date{}, false
	}
	loc := p.Zone()
	if y < 0 {
		r, ok := p.ref()
		if !ok {
			return d, true
		}
		y = r.In(loc).Year()
	}
	jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, loc)
	monday := jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+7*(n-1))
	if _, w := monday.ISOWeek(); w != n {
		return Date{}, false // week 53 of a year of 52
	}
	d.Time, d.End = monday, monday.AddDate(0, 0, 7)
	return d, true
}
