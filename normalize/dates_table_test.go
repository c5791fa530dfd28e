package normalize

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

// The table below runs on the reference ref, Friday 20 December 2024,
// 12:00 UTC.

var (
	und  = language.Und
	enUS = language.MustParse("en-US")
	enGB = language.MustParse("en-GB")
)

// cet and cest are the offsets of German winter and summer time.
var (
	cet  = time.FixedZone("", 3600)
	cest = time.FixedZone("", 7200)
)

// at builds a time in loc.
func at(loc *time.Location, y int, m time.Month, d, h, min int) time.Time {
	return time.Date(y, m, d, h, min, 0, 0, loc)
}

func day0(y int, m time.Month, d int) time.Time { return at(time.UTC, y, m, d, 0, 0) }

// dateCase is a string that Parse must read as one date.
type dateCase struct {
	lang   language.Tag
	dir    Direction
	in     string
	want   Date // Text is the input
	reason string
}

func abs(t time.Time, p Precision) Date       { return Date{Time: t, Precision: p} }
func rel(t time.Time, p Precision) Date       { return Date{Time: t, Precision: p, Relative: true} }
func span(t, end time.Time, p Precision) Date { return Date{Time: t, End: end, Precision: p} }
func relSpan(t, end time.Time, p Precision) Date {
	return Date{Time: t, End: end, Precision: p, Relative: true}
}

var positiveDates = []dateCase{
	// German numeric dates.
	{und, Past, "22.11.2026", abs(day0(2026, 11, 22), PrecisionDay), "numeric date"},
	{und, Past, "01.01.2025", abs(day0(2025, 1, 1), PrecisionDay), "leading zeros"},
	{und, Past, "1.1.25", abs(day0(2025, 1, 1), PrecisionDay), "two-digit year"},
	{und, Past, "3.10.90", abs(day0(1990, 10, 3), PrecisionDay), "two-digit year of the last century"},
	{und, Past, "29.02.2024", abs(day0(2024, 2, 29), PrecisionDay), "leap day"},
	{und, Past, "22.11.2026, 14:30 Uhr", abs(at(time.UTC, 2026, 11, 22, 14, 30), PrecisionMinute), "date, comma, time"},
	{und, Past, "22.11.2026 14:30", abs(at(time.UTC, 2026, 11, 22, 14, 30), PrecisionMinute), "date and time without Uhr"},
	{und, Past, "18.10.14 um 22:56 Uhr", abs(at(time.UTC, 2014, 10, 18, 22, 56), PrecisionMinute), "um before the time"},
	{und, Past, "18.10.2014 um 22.56 Uhr", abs(at(time.UTC, 2014, 10, 18, 22, 56), PrecisionMinute), "time with a dot and Uhr"},
	{und, Past, "18.10.2014, 9 Uhr", abs(at(time.UTC, 2014, 10, 18, 9, 0), PrecisionHour), "full hour"},
	{und, Past, "Mo., 23.11.2026", abs(day0(2026, 11, 23), PrecisionDay), "weekday abbreviation before the date"},
	{und, Past, "Fr, 28.2.2013", abs(day0(2013, 2, 28), PrecisionDay), "abbreviation without a dot"},
	{und, Past, "Montag, 23.11.2026", abs(day0(2026, 11, 23), PrecisionDay), "weekday before the date"},
	{und, Past, "Donnerstag, 16. Februar 2012", abs(day0(2012, 2, 16), PrecisionDay), "weekday before a long date"},
	// German long dates.
	{und, Past, "1. Januar 2025", abs(day0(2025, 1, 1), PrecisionDay), "long date"},
	{und, Past, "1. Jan. 2025", abs(day0(2025, 1, 1), PrecisionDay), "abbreviated month with a dot"},
	{und, Past, "1. Jan 2025", abs(day0(2025, 1, 1), PrecisionDay), "abbreviated month without a dot"},
	{und, Past, "1.Jan.2025", abs(day0(2025, 1, 1), PrecisionDay), "no spaces"},
	{und, Past, "3. Jänner 2025", abs(day0(2025, 1, 3), PrecisionDay), "Austrian January"},
	{und, Past, "3. Feber 2025", abs(day0(2025, 2, 3), PrecisionDay), "Austrian February"},
	{und, Past, "7. Mrz. 2025", abs(day0(2025, 3, 7), PrecisionDay), "Mrz"},
	{und, Past, "7. März 2025", abs(day0(2025, 3, 7), PrecisionDay), "März"},
	{und, Past, "7. Maerz 2025", abs(day0(2025, 3, 7), PrecisionDay), "März without umlaut"},
	{und, Past, "9. Sept. 2025", abs(day0(2025, 9, 9), PrecisionDay), "Sept."},
	{und, Past, "9. Okt. 2025", abs(day0(2025, 10, 9), PrecisionDay), "Okt."},
	{und, Past, "24. Dez. 2025", abs(day0(2025, 12, 24), PrecisionDay), "Dez."},
	{und, Past, "25. Februar 2020 um 13:02 Uhr", abs(at(time.UTC, 2020, 2, 25, 13, 2), PrecisionMinute), "long date and time"},
	{und, Past, "25. Februar 2020, 13:02", abs(at(time.UTC, 2020, 2, 25, 13, 2), PrecisionMinute), "long date, comma, time"},
	{und, Past, "1. Januar", rel(day0(2024, 1, 1), PrecisionDay), "no year: the last one on or before the reference"},
	{und, Past, "24. Dezember", rel(day0(2023, 12, 24), PrecisionDay), "no year, after the reference day: the year before"},
	{und, Past, "20. Dezember", rel(day0(2024, 12, 20), PrecisionDay), "no year, the reference day itself"},
	{und, Future, "1. Januar", rel(day0(2025, 1, 1), PrecisionDay), "no year, looking ahead"},
	{und, Nearest, "1. Januar", rel(day0(2025, 1, 1), PrecisionDay), "no year, the nearer"},
	{und, Nearest, "10. Dezember", rel(day0(2024, 12, 10), PrecisionDay), "no year, the nearer is past"},
	{und, Past, "am 22.11.", rel(day0(2024, 11, 22), PrecisionDay), "day and month after am"},
	// English dates.
	{und, Past, "November 22, 2026", abs(day0(2026, 11, 22), PrecisionDay), "American long date"},
	{und, Past, "Nov. 22, 2026", abs(day0(2026, 11, 22), PrecisionDay), "abbreviated with a dot"},
	{und, Past, "Nov 22 2026", abs(day0(2026, 11, 22), PrecisionDay), "no dot, no comma"},
	{und, Past, "November 22nd, 2026", abs(day0(2026, 11, 22), PrecisionDay), "ordinal"},
	{und, Past, "22 November 2026", abs(day0(2026, 11, 22), PrecisionDay), "British order"},
	{und, Past, "22nd November 2026", abs(day0(2026, 11, 22), PrecisionDay), "British ordinal"},
	{und, Past, "22nd of November 2026", abs(day0(2026, 11, 22), PrecisionDay), "day of month"},
	{und, Past, "24 November, 1994", abs(day0(1994, 11, 24), PrecisionDay), "comma before the year"},
	{und, Past, "Sept. 3, 2025", abs(day0(2025, 9, 3), PrecisionDay), "Sept."},
	{und, Past, "Aug. 9, 2012 at 2:57 p.m.", abs(at(time.UTC, 2012, 8, 9, 14, 57), PrecisionMinute), "time after at"},
	{und, Past, "Aug. 9, 2012 at 12:05 a.m.", abs(at(time.UTC, 2012, 8, 9, 0, 5), PrecisionMinute), "just after midnight"},
	{und, Past, "Aug. 9, 2012 at 12:05 p.m.", abs(at(time.UTC, 2012, 8, 9, 12, 5), PrecisionMinute), "just after noon"},
	{und, Past, "Nov. 9, 2023 at 6 pm", abs(at(time.UTC, 2023, 11, 9, 18, 0), PrecisionHour), "hour and pm"},
	{und, Past, "8:25 a.m. Dec. 12, 2014", abs(at(time.UTC, 2014, 12, 12, 8, 25), PrecisionMinute), "time before the date"},
	{und, Past, "22:00 GMT, 26 September 2020", abs(at(time.UTC, 2020, 9, 26, 22, 0), PrecisionMinute), "time with zone before the date"},
	{und, Past, "Monday, November 22, 2026", abs(day0(2026, 11, 22), PrecisionDay), "weekday before an American date"},
	{und, Past, "Thursday, November 9, 2023 4:41AM", abs(at(time.UTC, 2023, 11, 9, 4, 41), PrecisionMinute), "time glued to AM"},
	{und, Past, "Nov 22", rel(day0(2024, 11, 22), PrecisionDay), "no year"},
	{und, Past, "22 November", rel(day0(2024, 11, 22), PrecisionDay), "British, no year"},
	{und, Past, "October 29th", rel(day0(2024, 10, 29), PrecisionDay), "ordinal, no year"},
	// RFC 1123 and ISO 8601 / RFC 3339.
	{und, Past, "Mon, 02 Jan 2006 15:04:05 GMT", abs(at(time.UTC, 2006, 1, 2, 15, 4).Add(5*time.Second), PrecisionSecond), "RFC 1123"},
	{und, Past, "Tue, 10 Dec 2024 08:00:00 +0100", abs(at(cet, 2024, 12, 10, 8, 0), PrecisionSecond), "RFC 1123 with offset"},
	{und, Past, "Tue, 10 Dec 2024 08:00:00 -0500", abs(at(time.FixedZone("", -5*3600), 2024, 12, 10, 8, 0), PrecisionSecond), "negative offset"},
	{und, Past, "2024-12-20", abs(day0(2024, 12, 20), PrecisionDay), "ISO date"},
	{und, Past, "2024-12-20T12:00:00+01:00", abs(at(cet, 2024, 12, 20, 12, 0), PrecisionSecond), "RFC 3339"},
	{und, Past, "2024-12-20T08:15Z", abs(at(time.UTC, 2024, 12, 20, 8, 15), PrecisionMinute), "ISO minutes in UTC"},
	{und, Past, "2024-12-20T08:15:30.123Z", abs(at(time.UTC, 2024, 12, 20, 8, 15).Add(30*time.Second), PrecisionSecond), "fractions of a second"},
	{und, Past, "2024-12-20 08:15:30", abs(at(time.UTC, 2024, 12, 20, 8, 15).Add(30*time.Second), PrecisionSecond), "space instead of T"},
	{und, Past, "2024-12-20T08:15:30-0500", abs(at(time.FixedZone("", -5*3600), 2024, 12, 20, 8, 15).Add(30*time.Second), PrecisionSecond), "offset without colon"},
	{und, Past, "2022-01-27T12:45:36.270+01", abs(at(cet, 2022, 1, 27, 12, 45).Add(36*time.Second), PrecisionSecond), "offset in hours only"},
	// Slashed dates: the order by language.
	{enUS, Past, "04/03/2026", abs(day0(2026, 4, 3), PrecisionDay), "American order"},
	{enGB, Past, "04/03/2026", abs(day0(2026, 3, 4), PrecisionDay), "British order"},
	{en, Past, "04/03/2026", Date{Time: day0(2026, 4, 3), Precision: PrecisionDay, Ambiguous: true}, "English of no region: American, ambiguous"},
	{de, Past, "04/03/2026", abs(at(cet, 2026, 3, 4, 0, 0), PrecisionDay), "German: day first"},
	{und, Past, "04/03/2026", Date{Time: day0(2026, 3, 4), Precision: PrecisionDay, Ambiguous: true}, "no language: day first, ambiguous"},
	{en, Past, "13/04/2026", abs(day0(2026, 4, 13), PrecisionDay), "a day above 12 decides"},
	{de, Past, "04/13/2026", abs(at(cest, 2026, 4, 13, 0, 0), PrecisionDay), "a month above 12 decides"},
	{en, Past, "05/05/2026", abs(day0(2026, 5, 5), PrecisionDay), "same day and month: not ambiguous"},
	{enUS, Past, "4/3/26", abs(day0(2026, 4, 3), PrecisionDay), "short American"},
	// Zones: German text is in German time.
	{de, Past, "22.11.2026", abs(at(cet, 2026, 11, 22, 0, 0), PrecisionDay), "German winter time"},
	{de, Past, "1. Juli 2025, 14:30 Uhr", abs(at(cest, 2025, 7, 1, 14, 30), PrecisionMinute), "German summer time"},
	{de, Past, "30. März 2025, 02:30 Uhr", abs(at(cest, 2025, 3, 30, 3, 30), PrecisionMinute), "a time that summer time skips moves on"},
	{en, Past, "July 1, 2025", abs(day0(2025, 7, 1), PrecisionDay), "English text in UTC"},
	// Relative expressions: counts.
	{und, Past, "vor 3 Stunden", rel(at(time.UTC, 2024, 12, 20, 9, 0), PrecisionHour), "hours ago"},
	{und, Past, "vor einer Stunde", rel(at(time.UTC, 2024, 12, 20, 11, 0), PrecisionHour), "number word"},
	{und, Past, "vor etwa 23 Stunden", rel(at(time.UTC, 2024, 12, 19, 13, 0), PrecisionHour), "hedged"},
	{und, Past, "vor rund 2 Wochen", rel(day0(2024, 12, 6), PrecisionWeek), "rund"},
	{und, Past, "vor knapp 3 Monaten", rel(day0(2024, 9, 1), PrecisionMonth), "knapp, months"},
	{und, Past, "vor mehr als einer Woche", rel(day0(2024, 12, 13), PrecisionWeek), "mehr als"},
	{und, Past, "vor über 10 Jahren", rel(day0(2014, 1, 1), PrecisionYear), "über"},
	{und, Past, "vor 29h", rel(at(time.UTC, 2024, 12, 19, 7, 0), PrecisionHour), "unit glued to the number"},
	{und, Past, "vor 5 Min.", rel(at(time.UTC, 2024, 12, 20, 11, 55), PrecisionMinute), "abbreviated unit with a dot"},
	{und, Past, "vor 30 Sekunden", rel(at(time.UTC, 2024, 12, 20, 11, 59).Add(30*time.Second), PrecisionSecond), "seconds"},
	{und, Past, "vor zwei Tagen", rel(day0(2024, 12, 18), PrecisionDay), "zwei"},
	{und, Past, "Vor 3 Tagen", rel(day0(2024, 12, 17), PrecisionDay), "capital Vor"},
	{und, Past, "vor 2 days", rel(day0(2024, 12, 18), PrecisionDay), "vor with an English unit"},
	{und, Past, "3 hours ago", rel(at(time.UTC, 2024, 12, 20, 9, 0), PrecisionHour), "English hours ago"},
	{und, Past, "an hour ago", rel(at(time.UTC, 2024, 12, 20, 11, 0), PrecisionHour), "an"},
	{und, Past, "a week ago", rel(day0(2024, 12, 13), PrecisionWeek), "a week"},
	{und, Past, "two days ago", rel(day0(2024, 12, 18), PrecisionDay), "two"},
	{und, Past, "5 mins ago", rel(at(time.UTC, 2024, 12, 20, 11, 55), PrecisionMinute), "mins"},
	{und, Past, "1 year ago", rel(day0(2023, 1, 1), PrecisionYear), "a year"},
	{und, Past, "2 Tagen ago", rel(day0(2024, 12, 18), PrecisionDay), "German unit, English ago"},
	{und, Past, "3h ago", rel(at(time.UTC, 2024, 12, 20, 9, 0), PrecisionHour), "glued unit"},
	// Day words.
	{und, Past, "heute", rel(day0(2024, 12, 20), PrecisionDay), "heute"},
	{und, Past, "Heute", rel(day0(2024, 12, 20), PrecisionDay), "Heute"},
	{und, Past, "gestern", rel(day0(2024, 12, 19), PrecisionDay), "gestern"},
	{und, Past, "vorgestern", rel(day0(2024, 12, 18), PrecisionDay), "vorgestern"},
	{und, Past, "today", rel(day0(2024, 12, 20), PrecisionDay), "today"},
	{und, Past, "yesterday", rel(day0(2024, 12, 19), PrecisionDay), "yesterday"},
	{und, Past, "TODAY", rel(day0(2024, 12, 20), PrecisionDay), "in capitals"},
	// Weeks, months and years of the calendar.
	{und, Past, "letzte Woche", relSpan(day0(2024, 12, 9), day0(2024, 12, 16), PrecisionWeek), "the week before"},
	{und, Past, "vergangene Woche", relSpan(day0(2024, 12, 9), day0(2024, 12, 16), PrecisionWeek), "vergangene"},
	{und, Past, "last week", relSpan(day0(2024, 12, 9), day0(2024, 12, 16), PrecisionWeek), "last week"},
	{und, Past, "diese Woche", relSpan(day0(2024, 12, 16), day0(2024, 12, 23), PrecisionWeek), "this week in German"},
	{und, Past, "this week", relSpan(day0(2024, 12, 16), day0(2024, 12, 23), PrecisionWeek), "this week"},
	{und, Past, "letzten Monat", relSpan(day0(2024, 11, 1), day0(2024, 12, 1), PrecisionMonth), "last month in German"},
	{und, Past, "last month", relSpan(day0(2024, 11, 1), day0(2024, 12, 1), PrecisionMonth), "last month"},
	{und, Past, "this month", relSpan(day0(2024, 12, 1), day0(2025, 1, 1), PrecisionMonth), "this month"},
	{und, Past, "letztes Jahr", relSpan(day0(2023, 1, 1), day0(2024, 1, 1), PrecisionYear), "last year in German"},
	{und, Past, "vergangenes Jahr", relSpan(day0(2023, 1, 1), day0(2024, 1, 1), PrecisionYear), "vergangenes Jahr"},
	{und, Past, "dieses Jahr", relSpan(day0(2024, 1, 1), day0(2025, 1, 1), PrecisionYear), "this year in German"},
	{und, Past, "last year", relSpan(day0(2023, 1, 1), day0(2024, 1, 1), PrecisionYear), "last year"},
	// Weekdays.
	{und, Past, "am Montag", rel(day0(2024, 12, 16), PrecisionDay), "the last Monday"},
	{und, Past, "am Freitag", rel(day0(2024, 12, 20), PrecisionDay), "the reference day's weekday"},
	{und, Past, "am vergangenen Freitag", rel(day0(2024, 12, 13), PrecisionDay), "vergangenen: before the reference day"},
	{und, Past, "letzten Dienstag", rel(day0(2024, 12, 17), PrecisionDay), "letzten"},
	{und, Past, "an diesem Montag", rel(day0(2024, 12, 16), PrecisionDay), "an diesem"},
	{und, Past, "Sonntag", rel(day0(2024, 12, 15), PrecisionDay), "bare German weekday"},
	{und, Past, "Sonnabend", rel(day0(2024, 12, 14), PrecisionDay), "Sonnabend"},
	{und, Past, "on Tuesday", rel(day0(2024, 12, 17), PrecisionDay), "on Tuesday"},
	{und, Past, "Monday", rel(day0(2024, 12, 16), PrecisionDay), "bare English weekday"},
	{und, Past, "last Friday", rel(day0(2024, 12, 13), PrecisionDay), "last Friday"},
	{und, Future, "am Montag", rel(day0(2024, 12, 23), PrecisionDay), "looking ahead"},
	{und, Future, "am Freitag", rel(day0(2024, 12, 20), PrecisionDay), "looking ahead: the reference day"},
	{und, Nearest, "am Montag", rel(day0(2024, 12, 23), PrecisionDay), "the nearer Monday is ahead"},
	{und, Nearest, "am Mittwoch", rel(day0(2024, 12, 18), PrecisionDay), "the nearer Wednesday is past"},
	{und, Future, "am vergangenen Montag", rel(day0(2024, 12, 16), PrecisionDay), "vergangenen stays past"},
	// Months and parts.
	{und, Past, "im März", relSpan(day0(2024, 3, 1), day0(2024, 4, 1), PrecisionMonth), "a month before the reference"},
	{und, Past, "im Dezember", relSpan(day0(2024, 12, 1), day0(2025, 1, 1), PrecisionMonth), "the reference month"},
	{und, Future, "im März", relSpan(day0(2025, 3, 1), day0(2025, 4, 1), PrecisionMonth), "looking ahead"},
	{und, Past, "Im Januar", relSpan(day0(2024, 1, 1), day0(2024, 2, 1), PrecisionMonth), "capital Im"},
	{und, Past, "in March", relSpan(day0(2024, 3, 1), day0(2024, 4, 1), PrecisionMonth), "English month"},
	{und, Past, "Mitte März", relSpan(day0(2024, 3, 11), day0(2024, 3, 21), PrecisionSpan), "middle of a month"},
	{und, Past, "Anfang März", relSpan(day0(2024, 3, 1), day0(2024, 3, 11), PrecisionSpan), "start of a month"},
	{und, Past, "Ende November", relSpan(day0(2024, 11, 21), day0(2024, 12, 1), PrecisionSpan), "end of a month"},
	{und, Past, "Ende Februar", relSpan(day0(2024, 2, 21), day0(2024, 3, 1), PrecisionSpan), "end of February in a leap year"},
	{und, Past, "Ende November 2023", span(day0(2023, 11, 21), day0(2023, 12, 1), PrecisionSpan), "end of a month with year"},
	{und, Past, "mid-March", relSpan(day0(2024, 3, 11), day0(2024, 3, 21), PrecisionSpan), "mid-"},
	{und, Past, "early March", relSpan(day0(2024, 3, 1), day0(2024, 3, 11), PrecisionSpan), "early"},
	{und, Past, "late November", relSpan(day0(2024, 11, 21), day0(2024, 12, 1), PrecisionSpan), "late"},
	{und, Past, "in early March", relSpan(day0(2024, 3, 1), day0(2024, 3, 11), PrecisionSpan), "in early"},
	{und, Past, "in mid-March", relSpan(day0(2024, 3, 11), day0(2024, 3, 21), PrecisionSpan), "in mid-"},
	{und, Past, "März 2025", span(day0(2025, 3, 1), day0(2025, 4, 1), PrecisionMonth), "month and year"},
	{und, Past, "November 2026", span(day0(2026, 11, 1), day0(2026, 12, 1), PrecisionMonth), "English month and year"},
	{und, Past, "im März 2008", span(day0(2008, 3, 1), day0(2008, 4, 1), PrecisionMonth), "im, month and year"},
	{und, Past, "Anfang 2025", span(day0(2025, 1, 1), day0(2025, 5, 1), PrecisionSpan), "start of a year"},
	{und, Past, "Mitte 2024", span(day0(2024, 5, 1), day0(2024, 9, 1), PrecisionSpan), "middle of a year"},
	{und, Past, "Ende 2023", span(day0(2023, 9, 1), day0(2024, 1, 1), PrecisionSpan), "end of a year"},
	{und, Past, "early 2025", span(day0(2025, 1, 1), day0(2025, 5, 1), PrecisionSpan), "early year"},
	{und, Past, "mid-2024", span(day0(2024, 5, 1), day0(2024, 9, 1), PrecisionSpan), "mid-year"},
	{und, Past, "late 2023", span(day0(2023, 9, 1), day0(2024, 1, 1), PrecisionSpan), "late year"},
	{und, Past, "im Jahr 2025", span(day0(2025, 1, 1), day0(2026, 1, 1), PrecisionYear), "a year"},
	{und, Past, "im Jahre 2020", span(day0(2020, 1, 1), day0(2021, 1, 1), PrecisionYear), "im Jahre"},
	{und, Past, "in the year 2025", span(day0(2025, 1, 1), day0(2026, 1, 1), PrecisionYear), "in the year"},
	// Weekends.
	{und, Past, "over the weekend", relSpan(day0(2024, 12, 14), day0(2024, 12, 16), PrecisionSpan), "the last weekend"},
	{und, Past, "at the weekend", relSpan(day0(2024, 12, 14), day0(2024, 12, 16), PrecisionSpan), "British"},
	{und, Past, "during the weekend", relSpan(day0(2024, 12, 14), day0(2024, 12, 16), PrecisionSpan), "during"},
	{und, Past, "last weekend", relSpan(day0(2024, 12, 14), day0(2024, 12, 16), PrecisionSpan), "last weekend"},
	{und, Past, "am Wochenende", relSpan(day0(2024, 12, 14), day0(2024, 12, 16), PrecisionSpan), "am Wochenende"},
	{und, Past, "am vergangenen Wochenende", relSpan(day0(2024, 12, 14), day0(2024, 12, 16), PrecisionSpan), "am vergangenen"},
	{und, Past, "übers Wochenende", relSpan(day0(2024, 12, 14), day0(2024, 12, 16), PrecisionSpan), "übers"},
	{und, Past, "über das Wochenende", relSpan(day0(2024, 12, 14), day0(2024, 12, 16), PrecisionSpan), "über das"},
	{und, Past, "letztes Wochenende", relSpan(day0(2024, 12, 14), day0(2024, 12, 16), PrecisionSpan), "letztes"},
}

func TestDatesTablePositive(t *testing.T) {
	for _, tt := range positiveDates {
		p := DateParser{Reference: ref, Language: tt.lang, Direction: tt.dir}
		got, ok := p.Parse(tt.in)
		if !ok {
			t.Errorf("Parse(%q) (%s): no date", tt.in, tt.reason)
			continue
		}
		want := tt.want
		want.Text = tt.in
		if diff := cmp.Diff(want, got, cmp.Comparer(func(a, b time.Time) bool {
			_, ao := a.Zone()
			_, bo := b.Zone()
			return a.Equal(b) && ao == bo
		})); diff != "" {
			t.Errorf("Parse(%q) (%s, %v) mismatch (-want +got):\n%s", tt.in, tt.reason, tt.lang, diff)
		}
	}
}

// negativeDates are texts in which Find must find no date at all.
var negativeDates = []struct{ in, reason string }{
	// Words that look like weekdays, months or their abbreviations.
	{"Die Mit Sam Don", "German words like weekday abbreviations"},
	{"So, jetzt reicht es.", "So as a word"},
	{"Do it yourself", "Do"},
	{"Mo Farah lief allen davon.", "Mo as a name"},
	{"Fr. Müller kommt.", "Fr. for Frau"},
	{"Di Maria traf zweimal.", "Di as a name"},
	{"Mi casa es su casa.", "Mi as a word"},
	{"Sa Pa liegt in Vietnam.", "Sa as a name"},
	{"Jan Böhmermann moderiert.", "Jan as a name"},
	{"You may march.", "may and march as words"},
	{"May I help you?", "May at a sentence start"},
	{"They will march on.", "march"},
	{"Mar-a-Lago", "Mar in a name"},
	{"Der Mai ist gekommen", "a month alone"},
	{"April, April!", "April alone"},
	{"März", "a month name alone"},
	{"June Carter sang.", "June as a name"},
	{"August Macke malte.", "August as a name"},
	{"The Sun reported.", "Sun"},
	{"He sat down.", "sat"},
	{"They will wed in spring.", "wed"},
	{"Mon ami", "Mon"},
	{"Tue nichts.", "Tue as a verb"},
	{"Wed", "Wed alone"},
	{"Sun", "Sun alone"},
	{"Freitagsgebet", "a weekday inside a word"},
	{"Montagsdemo", "Montags- compound"},
	{"montags geschlossen", "montags: every Monday"},
	{"Sonntagszeitung", "Sonntags-"},
	{"Märzrevolution", "month inside a word"},
	{"Augustiner", "August inside a word"},
	{"Dezemberfieber", "Dezember inside a word"},
	{"heute-show", "heute in a compound"},
	{"Heute-Journal", "Heute- compound"},
	{"Gestern-Heute-Morgen", "day words in a compound"},
	// Relative words without what makes them a date.
	{"vor allem", "vor allem"},
	{"vor Ort", "vor Ort"},
	{"vor dem Haus", "vor dem"},
	{"vor Jahren", "vor without a count"},
	{"vor vielen Jahren", "a count word we do not know"},
	{"vor 3", "vor and a number"},
	{"3 Tage", "a count without vor or ago"},
	{"drei Stunden lang", "a duration"},
	{"for two hours", "a duration in English"},
	{"one day", "one day"},
	{"a second opinion", "second as an ordinal"},
	{"3 ago", "ago without a unit"},
	{"long ago", "long ago"},
	{"ago", "ago alone"},
	{"Last Christmas", "last and a word"},
	{"the last time", "last time"},
	{"last one standing", "last one"},
	{"this is it", "this"},
	{"past due", "past"},
	{"over the top", "over the"},
	{"weekend warrior", "weekend alone"},
	{"Wochenende", "Wochenende alone"},
	{"das Wochenende", "the weekend without a preposition"},
	{"Woche für Woche", "Woche alone"},
	{"Jahr für Jahr", "Jahr alone"},
	{"in den letzten Jahren", "recent years"},
	{"Ende gut, alles gut", "Ende as a noun"},
	{"Anfang und Ende", "Anfang and Ende"},
	{"am Ende des Tages", "am Ende"},
	{"Mitte-links", "Mitte in a compound"},
	{"die politische Mitte", "Mitte as a noun"},
	{"am Morgen", "am and a time of day"},
	{"am Abend", "am Abend"},
	{"am Montagabend", "a weekday inside a word after am"},
	{"am 3.", "a day alone"},
	{"in 2025 Fällen", "in and a number"},
	{"Das Jahr 2025", "a year without im"},
	{"seit 2010", "a year alone"},
	{"2020er Jahre", "a decade"},
	{"Anfang 2025er", "a year inside a word"},
	// Numbers that are no dates.
	{"Sicherheitslücken in Chrome 131 geschlossen", "version number"},
	{"Version 2.3.4 und 1.2.10.5 erschienen", "version numbers with dots"},
	{"v2.1.3", "a version with v"},
	{"Siehe § 3.1.2024 der Satzung", "a section that looks like a date"},
	{"§ 219a", "a section"},
	{"Art. 5 Abs. 3 GG", "an article"},
	{"Das Spiel endete 2:1.", "a score"},
	{"Es stand 0:0.", "a goalless score"},
	{"Im Format 16:9", "an aspect ratio"},
	{"Lesezeit: 1 Min.", "a reading time"},
	{"Lesezeit: 5 Minuten", "a reading time in full"},
	{"Ruf an: 030 1234567", "a phone number"},
	{"+49 30 1234567", "an international number"},
	{"Tel. 0049-30-12345", "a phone number with hyphens"},
	{"Es kostet 12.99 Euro.", "a price"},
	{"Es kostet 1.299,00 Euro.", "a German price"},
	{"Huawei beschäftigt weltweit rund 150.000 Mitarbeiter", "a large number"},
	{"3.5 Mio. Menschen", "a decimal"},
	{"Die Quote liegt bei 12,5 %.", "a percentage"},
	{"IP 192.168.1.1", "an IP address"},
	{"ISBN 978-3-16-148410-0", "an ISBN"},
	{"PLZ 10115 Berlin", "a postcode"},
	{"1. FC Köln", "a club"},
	{"2. Bundesliga", "a league"},
	{"3. Liga", "a league"},
	{"Nr. 1", "a number"},
	{"Top 10", "a top list"},
	{"24/7 erreichbar", "around the clock"},
	{"1/2 Liter", "a fraction"},
	{"50/50", "fifty-fifty"},
	{"iPhone 15", "a product"},
	{"Windows 10", "another product"},
	{"COVID-19", "a disease"},
	{"A380", "an aircraft"},
	{"30 km/h", "a speed"},
	{"Seite 3 von 4", "a page"},
	{"Platz 1", "a rank"},
	{"Kapitel 3.4.", "a chapter"},
	{"1.2.3", "a one-digit year"},
	{"1.2.345", "a three-digit year"},
	{"31.02.2024", "no 31 February"},
	{"32.01.2024", "no 32nd day"},
	{"00.00.0000", "zeros"},
	{"2024-13-01", "no 13th month"},
	{"2024-02-30", "no 30 February"},
	{"2024-25", "a season"},
	{"1990-2000", "a span of years"},
	{"13/13/2024", "neither day nor month"},
	{"14:30", "a time without a date"},
	{"um 14 Uhr", "an hour without a date"},
	{"gegen 8:30 Uhr", "a time after gegen"},
	{"25:00 Uhr", "no 25th hour"},
	{"8:25 a.m.", "a time alone"},
	{"Nov. 3.5", "a month before a decimal"},
	{"Jan 12 345", "a month before numbers"},
	{"A1.1.2025", "a date glued to a letter"},
	{"1.1.2025a", "a date glued to a letter after"},
	{"1.1.20256", "a five-digit year"},
	{"12.11.2026.5", "a date followed by more numbers"},
	{"", "empty"},
	{"...", "dots"},
	// Sentences of news text without a date.
	{"Die Partei will vor der Wahl keine Koalitionsaussage machen.", "vor der Wahl"},
	{"Der Angeklagte stand vor Gericht.", "vor Gericht"},
	{"Im Vorjahr waren es weniger.", "Vorjahr is one word"},
	{"Im Jahresvergleich stiegen die Preise.", "Jahresvergleich"},
	{"Das im Mai-Programm angekündigte Konzert", "a month in a compound"},
	{"Die Märzhasen sind los.", "März inside a word"},
	{"Er sprach von einer Zeitenwende.", "von"},
	{"Ein Tag wie jeder andere.", "Tag without a count"},
	{"Sie arbeitet Tag und Nacht.", "Tag und Nacht"},
	{"Die Woche der Wahrheit", "die Woche"},
	{"Das Monatsticket kostet mehr.", "Monat inside a word"},
	{"Die Stunde null", "Stunde without vor"},
	{"Sekundenkleber hält alles.", "Sekunde inside a word"},
	{"Heutzutage ist alles anders.", "heute inside a word"},
	{"Gesternacht", "gestern inside a word"},
	{"Er ging ins Gestern zurück.", "Gestern as a noun: capital inside a sentence"},
	{"Das Heute zählt.", "Heute as a noun"},
	{"The meeting ran for hours.", "hours without a count"},
	{"Weeks of talks followed.", "weeks"},
	{"Days later, he resigned.", "days later"},
	{"Years ago", "ago without a count"},
	{"He spoke for a minute.", "a minute"},
	{"The Day After Tomorrow is a film.", "a film's title in capitals"},
	{"Yesterdays are gone.", "yesterday inside a word"},
	{"Todays", "today inside a word"},
	{"The Weekend performed.", "The Weekend as a name"},
	{"The Weeknd performed.", "a singer"},
	{"Die Freitagnacht", "Freitag inside a word"},
	{"Fridays for Future", "Fridays"},
	{"on Sundays", "Sundays"},
	{"Die Vereinten Nationen tagen in New York.", "tagen is a verb"},
	{"Er fragte nach dem Weg.", "nach"},
	{"Am Anfang war das Wort.", "Am Anfang"},
	{"am Rande des Treffens", "am Rande"},
	{"im Februarloch", "a month inside a word after im"},
	{"in Marchtrenk", "a place"},
	{"in Augsburg", "a place beginning like a month"},
	{"in Mainz", "Mai at a word start"},
	{"Die Juniorinnen gewannen.", "Juni at a word start"},
	{"Das Dezernat ermittelt.", "Dez at a word start"},
	{"Oktoberfest 2025", "a festival"},
	{"September-Ausgabe", "a month before a hyphen"},
}

func TestDatesTableNegative(t *testing.T) {
	p := DateParser{Reference: ref}
	for _, tt := range negativeDates {
		if ms := p.Find(tt.in); len(ms) > 0 {
			t.Errorf("Find(%q) (%s) found %q", tt.in, tt.reason, ms[0].Text)
		}
		if _, ok := p.Parse(tt.in); ok {
			t.Errorf("Parse(%q) (%s) read a date", tt.in, tt.reason)
		}
	}
}

// TestDatesTableCount keeps the table at its size: as many negatives as
// positives, 300 in all.
func TestDatesTableCount(t *testing.T) {
	if len(positiveDates) < 150 || len(negativeDates) < len(positiveDates) {
		t.Errorf("%d positive and %d negative cases; want at least 150 and as many negatives", len(positiveDates), len(negativeDates))
	}
}
