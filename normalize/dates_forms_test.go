package normalize

import (
	"strings"
	"testing"
	"time"

	"golang.org/x/text/language"
)

// The forms below are read against Friday 20 December 2024, 10:30 UTC,
// the time of day chosen so that exact relative times show their minutes.
// Each group is one kind of expression that a newsroom writes; the
// expected times are written out, in the zone the expression names or
// the parser's (UTC without a language, Berlin for German).
var formsRef = time.Date(2024, 12, 20, 10, 30, 0, 0, time.UTC)

// A formCase is an expression Parse must read whole: the start of the
// time named ("2024-12-19T18:05Z", "2024-03-12T00:00+01:00"), its
// precision, and for a stretch its end.
type formCase struct {
	lang language.Tag
	in   string
	want string
	prec Precision
	end  string
}

var formGroups = []struct {
	name  string
	cases []formCase
}{
	{"time after a day word, a weekday or a date", []formCase{
		{und, "gestern, 18:05 Uhr", "2024-12-19T18:05Z", PrecisionMinute, ""},
		{und, "Gestern, 18:05 Uhr", "2024-12-19T18:05Z", PrecisionMinute, ""},
		{und, "Heute, 14:30 Uhr", "2024-12-20T14:30Z", PrecisionMinute, ""},
		{und, "heute, 9 Uhr", "2024-12-20T09:00Z", PrecisionHour, ""},
		{und, "Gestern um 04:41", "2024-12-19T04:41Z", PrecisionMinute, ""},
		{und, "gestern um 4:41 Uhr", "2024-12-19T04:41Z", PrecisionMinute, ""},
		{und, "heute 14:30", "2024-12-20T14:30Z", PrecisionMinute, ""},
		{und, "vorgestern, 22:15 Uhr", "2024-12-18T22:15Z", PrecisionMinute, ""},
		{und, "morgen um 8 Uhr", "2024-12-21T08:00Z", PrecisionHour, ""},
		{und, "übermorgen, 10:00 Uhr", "2024-12-22T10:00Z", PrecisionMinute, ""},
		{und, "Today at 9 pm", "2024-12-20T21:00Z", PrecisionHour, ""},
		{und, "today at 9:15 a.m.", "2024-12-20T09:15Z", PrecisionMinute, ""},
		{und, "Yesterday at 11:45 pm", "2024-12-19T23:45Z", PrecisionMinute, ""},
		{und, "yesterday, 6:30 p.m.", "2024-12-19T18:30Z", PrecisionMinute, ""},
		{und, "Tomorrow at 7 am", "2024-12-21T07:00Z", PrecisionHour, ""},
		{und, "heute Morgen", "2024-12-20T00:00Z", PrecisionDay, ""},
		{und, "gestern Abend", "2024-12-19T00:00Z", PrecisionDay, ""},
		{und, "gestern Abend um 20 Uhr", "2024-12-19T20:00Z", PrecisionHour, ""},
		{und, "heute Nachmittag", "2024-12-20T00:00Z", PrecisionDay, ""},
		{und, "morgen früh", "2024-12-21T00:00Z", PrecisionDay, ""},
		{und, "morgen Abend", "2024-12-21T00:00Z", PrecisionDay, ""},
		{und, "yesterday evening", "2024-12-19T00:00Z", PrecisionDay, ""},
		{und, "yesterday morning", "2024-12-19T00:00Z", PrecisionDay, ""},
		{und, "this morning", "2024-12-20T00:00Z", PrecisionDay, ""},
		{und, "this afternoon", "2024-12-20T00:00Z", PrecisionDay, ""},
		{und, "last night", "2024-12-19T00:00Z", PrecisionDay, ""},
		{und, "tonight", "2024-12-20T00:00Z", PrecisionDay, ""},
		{und, "Montag, 14:30 Uhr", "2024-12-16T14:30Z", PrecisionMinute, ""},
		{und, "am Montag um 10 Uhr", "2024-12-16T10:00Z", PrecisionHour, ""},
		{und, "am Dienstag, 8:15 Uhr", "2024-12-17T08:15Z", PrecisionMinute, ""},
		{und, "on Wednesday at 3 pm", "2024-12-18T15:00Z", PrecisionHour, ""},
		{und, "Thursday, 6:45 p.m.", "2024-12-19T18:45Z", PrecisionMinute, ""},
		{und, "Sep 03 2014 | 4:32 pm EDT", "2014-09-03T16:32-04:00", PrecisionMinute, ""},
		{und, "Nov 22, 2026 | 10:15 am", "2026-11-22T10:15Z", PrecisionMinute, ""},
		{und, "29.02.2020 13.12", "2020-02-29T13:12Z", PrecisionMinute, ""},
		{und, "03.10.2023 08.45", "2023-10-03T08:45Z", PrecisionMinute, ""},
		{und, "22.11.2026 | 14:30", "2026-11-22T14:30Z", PrecisionMinute, ""},
		{und, "1. Januar 2025 | 0:05 Uhr", "2025-01-01T00:05Z", PrecisionMinute, ""},
		{und, "March 3, 2024 at 11:59 p.m.", "2024-03-03T23:59Z", PrecisionMinute, ""},
		{und, "3 March 2024, 18:00", "2024-03-03T18:00Z", PrecisionMinute, ""},
		{de, "gestern, 18:05 Uhr", "2024-12-19T18:05+01:00", PrecisionMinute, ""},
		{de, "heute, 7:00 Uhr", "2024-12-20T07:00+01:00", PrecisionMinute, ""},
	}},
	{"exact relative times", []formCase{
		{und, "Vor 2 Stunden", "2024-12-20T08:30Z", PrecisionHour, ""},
		{und, "vor 3 Stunden", "2024-12-20T07:30Z", PrecisionHour, ""},
		{und, "vor einer Stunde", "2024-12-20T09:30Z", PrecisionHour, ""},
		{und, "vor 1 Std.", "2024-12-20T09:30Z", PrecisionHour, ""},
		{und, "vor 5 Minuten", "2024-12-20T10:25Z", PrecisionMinute, ""},
		{und, "vor 45 Min.", "2024-12-20T09:45Z", PrecisionMinute, ""},
		{und, "vor 29m", "2024-12-20T10:01Z", PrecisionMinute, ""},
		{und, "vor 3h", "2024-12-20T07:30Z", PrecisionHour, ""},
		{und, "vor 2d", "2024-12-18T00:00Z", PrecisionDay, ""},
		{und, "vor 30 Sekunden", "2024-12-20T10:29:30Z", PrecisionSecond, ""},
		{und, "2 hours ago", "2024-12-20T08:30Z", PrecisionHour, ""},
		{und, "an hour ago", "2024-12-20T09:30Z", PrecisionHour, ""},
		{und, "12 minutes ago", "2024-12-20T10:18Z", PrecisionMinute, ""},
		{und, "5 mins ago", "2024-12-20T10:25Z", PrecisionMinute, ""},
		{und, "3 hrs ago", "2024-12-20T07:30Z", PrecisionHour, ""},
		{und, "2.5 hours ago", "2024-12-20T08:00Z", PrecisionMinute, ""},
		{und, "1.5 hours ago", "2024-12-20T09:00Z", PrecisionMinute, ""},
		{und, "vor 1,5 Stunden", "2024-12-20T09:00Z", PrecisionMinute, ""},
		{und, "vor 2,5 Tagen", "2024-12-17T22:30Z", PrecisionHour, ""},
		{und, "1.5 years ago", "2023-06-01T00:00Z", PrecisionMonth, ""},
		{und, "a decade ago", "2014-01-01T00:00Z", PrecisionYear, ""},
		{und, "two decades ago", "2004-01-01T00:00Z", PrecisionYear, ""},
		{und, "vor einem Jahrzehnt", "2014-01-01T00:00Z", PrecisionYear, ""},
		{und, "vor zwei Jahrzehnten", "2004-01-01T00:00Z", PrecisionYear, ""},
		{und, "a century ago", "1924-01-01T00:00Z", PrecisionYear, ""},
		{und, "a fortnight ago", "2024-12-06T00:00Z", PrecisionWeek, ""},
		{und, "vor etwa 3 Stunden", "2024-12-20T07:30Z", PrecisionHour, ""},
		{und, "about 2 hours ago", "2024-12-20T08:30Z", PrecisionHour, ""},
		{und, "vor 2 Tagen", "2024-12-18T00:00Z", PrecisionDay, ""},
		{und, "vor 3 Wochen", "2024-11-29T00:00Z", PrecisionWeek, ""},
	}},
	{"dates ahead", []formCase{
		{und, "morgen", "2024-12-21T00:00Z", PrecisionDay, ""},
		{und, "Morgen", "2024-12-21T00:00Z", PrecisionDay, ""},
		{und, "übermorgen", "2024-12-22T00:00Z", PrecisionDay, ""},
		{und, "tomorrow", "2024-12-21T00:00Z", PrecisionDay, ""},
		{und, "the day after tomorrow", "2024-12-22T00:00Z", PrecisionDay, ""},
		{und, "in 2 Stunden", "2024-12-20T12:30Z", PrecisionHour, ""},
		{und, "in zwei Stunden", "2024-12-20T12:30Z", PrecisionHour, ""},
		{und, "in 30 Minuten", "2024-12-20T11:00Z", PrecisionMinute, ""},
		{und, "in zwei Wochen", "2025-01-03T00:00Z", PrecisionWeek, ""},
		{und, "in drei Tagen", "2024-12-23T00:00Z", PrecisionDay, ""},
		{und, "in einer Woche", "2024-12-27T00:00Z", PrecisionWeek, ""},
		{und, "in 6 Monaten", "2025-06-01T00:00Z", PrecisionMonth, ""},
		{und, "in zwei Jahren", "2026-01-01T00:00Z", PrecisionYear, ""},
		{und, "in etwa 3 Tagen", "2024-12-23T00:00Z", PrecisionDay, ""},
		{und, "in 3 days", "2024-12-23T00:00Z", PrecisionDay, ""},
		{und, "in two weeks", "2025-01-03T00:00Z", PrecisionWeek, ""},
		{und, "in an hour", "2024-12-20T11:30Z", PrecisionHour, ""},
		{und, "in 10 minutes", "2024-12-20T10:40Z", PrecisionMinute, ""},
		{und, "in about 2 hours", "2024-12-20T12:30Z", PrecisionHour, ""},
		{und, "in a decade", "2034-01-01T00:00Z", PrecisionYear, ""},
		{und, "3 days from now", "2024-12-23T00:00Z", PrecisionDay, ""},
		{und, "two weeks from now", "2025-01-03T00:00Z", PrecisionWeek, ""},
		{und, "an hour from now", "2024-12-20T11:30Z", PrecisionHour, ""},
		{und, "am kommenden Montag", "2024-12-23T00:00Z", PrecisionDay, ""},
		{und, "kommenden Freitag", "2024-12-27T00:00Z", PrecisionDay, ""},
		{und, "nächsten Dienstag", "2024-12-24T00:00Z", PrecisionDay, ""},
		{und, "am nächsten Samstag", "2024-12-21T00:00Z", PrecisionDay, ""},
		{und, "next Friday", "2024-12-27T00:00Z", PrecisionDay, ""},
		{und, "next Monday", "2024-12-23T00:00Z", PrecisionDay, ""},
		{und, "this coming Friday", "2024-12-27T00:00Z", PrecisionDay, ""},
		{und, "coming Sunday", "2024-12-22T00:00Z", PrecisionDay, ""},
		{und, "this Friday", "2024-12-20T00:00Z", PrecisionDay, ""},
		{und, "this Wednesday", "2024-12-18T00:00Z", PrecisionDay, ""},
		{und, "an diesem Sonntag", "2024-12-22T00:00Z", PrecisionDay, ""},
		{und, "nächste Woche", "2024-12-23T00:00Z", PrecisionWeek, "2024-12-30T00:00Z"},
		{und, "kommende Woche", "2024-12-23T00:00Z", PrecisionWeek, "2024-12-30T00:00Z"},
		{und, "nächsten Monat", "2025-01-01T00:00Z", PrecisionMonth, "2025-02-01T00:00Z"},
		{und, "kommenden Monat", "2025-01-01T00:00Z", PrecisionMonth, "2025-02-01T00:00Z"},
		{und, "nächstes Jahr", "2025-01-01T00:00Z", PrecisionYear, "2026-01-01T00:00Z"},
		{und, "kommendes Jahr", "2025-01-01T00:00Z", PrecisionYear, "2026-01-01T00:00Z"},
		{und, "next week", "2024-12-23T00:00Z", PrecisionWeek, "2024-12-30T00:00Z"},
		{und, "next month", "2025-01-01T00:00Z", PrecisionMonth, "2025-02-01T00:00Z"},
		{und, "next year", "2025-01-01T00:00Z", PrecisionYear, "2026-01-01T00:00Z"},
		{und, "Anfang nächsten Jahres", "2025-01-01T00:00Z", PrecisionSpan, "2025-05-01T00:00Z"},
		{und, "Mitte nächsten Jahres", "2025-05-01T00:00Z", PrecisionSpan, "2025-09-01T00:00Z"},
		{und, "Ende nächsten Jahres", "2025-09-01T00:00Z", PrecisionSpan, "2026-01-01T00:00Z"},
		{und, "Anfang nächsten Monats", "2025-01-01T00:00Z", PrecisionSpan, "2025-01-11T00:00Z"},
		{und, "Ende des Jahres", "2024-09-01T00:00Z", PrecisionSpan, "2025-01-01T00:00Z"},
		{und, "Ende dieses Jahres", "2024-09-01T00:00Z", PrecisionSpan, "2025-01-01T00:00Z"},
		{und, "Ende des Monats", "2024-12-21T00:00Z", PrecisionSpan, "2025-01-01T00:00Z"},
		{und, "early next year", "2025-01-01T00:00Z", PrecisionSpan, "2025-05-01T00:00Z"},
		{und, "late next year", "2025-09-01T00:00Z", PrecisionSpan, "2026-01-01T00:00Z"},
		{und, "end of next year", "2025-09-01T00:00Z", PrecisionSpan, "2026-01-01T00:00Z"},
		{und, "the end of the year", "2024-09-01T00:00Z", PrecisionSpan, "2025-01-01T00:00Z"},
		{und, "end of the month", "2024-12-21T00:00Z", PrecisionSpan, "2025-01-01T00:00Z"},
		{und, "bis Mitte Januar", "2025-01-11T00:00Z", PrecisionSpan, "2025-01-21T00:00Z"},
		{und, "bis Ende März", "2025-03-21T00:00Z", PrecisionSpan, "2025-04-01T00:00Z"},
		{und, "bis 22.11.", "2025-11-22T00:00Z", PrecisionDay, ""},
		{und, "ab 3.1.", "2025-01-03T00:00Z", PrecisionDay, ""},
		{und, "ab Montag", "2024-12-23T00:00Z", PrecisionDay, ""},
		{und, "bis Freitag", "2024-12-20T00:00Z", PrecisionDay, ""},
		{und, "bis Mittwoch", "2024-12-25T00:00Z", PrecisionDay, ""},
		{und, "spätestens Mitte März", "2025-03-11T00:00Z", PrecisionSpan, "2025-03-21T00:00Z"},
		{und, "by March", "2025-03-01T00:00Z", PrecisionMonth, "2025-04-01T00:00Z"},
		{und, "until January 15", "2025-01-15T00:00Z", PrecisionDay, ""},
		{und, "by Wednesday", "2024-12-25T00:00Z", PrecisionDay, ""},
		{und, "until February", "2025-02-01T00:00Z", PrecisionMonth, "2025-03-01T00:00Z"},
	}},
	{"compounds and spans", []formCase{
		{und, "vorgestern", "2024-12-18T00:00Z", PrecisionDay, ""},
		{und, "the day before yesterday", "2024-12-18T00:00Z", PrecisionDay, ""},
		{und, "The day before yesterday", "2024-12-18T00:00Z", PrecisionDay, ""},
		{und, "vor 2 Monaten, 2 Wochen", "2024-10-06T00:00Z", PrecisionDay, ""},
		{und, "vor 1 Jahr und 2 Monaten", "2023-10-01T00:00Z", PrecisionMonth, ""},
		{und, "vor 2 Stunden und 30 Minuten", "2024-12-20T08:00Z", PrecisionMinute, ""},
		{und, "vor einer Stunde, 20 Minuten", "2024-12-20T09:10Z", PrecisionMinute, ""},
		{und, "vor 3 Tagen und 4 Stunden", "2024-12-17T06:30Z", PrecisionHour, ""},
		{und, "1 year, 1 month and 1 minute ago", "2023-11-20T10:29Z", PrecisionMinute, ""},
		{und, "2 hours and 30 minutes ago", "2024-12-20T08:00Z", PrecisionMinute, ""},
		{und, "1 day, 2 hours ago", "2024-12-19T08:30Z", PrecisionHour, ""},
		{und, "3 weeks and 2 days ago", "2024-11-27T00:00Z", PrecisionDay, ""},
		{und, "2 years and 6 months ago", "2022-06-01T00:00Z", PrecisionMonth, ""},
		{und, "in 2 Stunden und 15 Minuten", "2024-12-20T12:45Z", PrecisionMinute, ""},
		{und, "in 1 hour and 30 minutes", "2024-12-20T12:00Z", PrecisionMinute, ""},
		{und, "zwischen dem 3. und 5. Mai", "2024-05-03T00:00Z", PrecisionSpan, "2024-05-06T00:00Z"},
		{und, "zwischen dem 3. und 5. Mai 2025", "2025-05-03T00:00Z", PrecisionSpan, "2025-05-06T00:00Z"},
		{und, "vom 3. bis 5. Mai 2024", "2024-05-03T00:00Z", PrecisionSpan, "2024-05-06T00:00Z"},
		{und, "vom 10. bis 14. Juni", "2024-06-10T00:00Z", PrecisionSpan, "2024-06-15T00:00Z"},
		{und, "3. bis 5. Mai", "2024-05-03T00:00Z", PrecisionSpan, "2024-05-06T00:00Z"},
		{und, "3.–5. Mai", "2024-05-03T00:00Z", PrecisionSpan, "2024-05-06T00:00Z"},
		{und, "3.-5. Mai 2024", "2024-05-03T00:00Z", PrecisionSpan, "2024-05-06T00:00Z"},
		{und, "12.–14. Dezember", "2024-12-12T00:00Z", PrecisionSpan, "2024-12-15T00:00Z"},
		{und, "May 3–5, 2024", "2024-05-03T00:00Z", PrecisionSpan, "2024-05-06T00:00Z"},
		{und, "May 3-5", "2024-05-03T00:00Z", PrecisionSpan, "2024-05-06T00:00Z"},
		{und, "between May 3 and 5", "2024-05-03T00:00Z", PrecisionSpan, "2024-05-06T00:00Z"},
		{und, "from May 3 to 5, 2025", "2025-05-03T00:00Z", PrecisionSpan, "2025-05-06T00:00Z"},
		{und, "June 10 through 14", "2024-06-10T00:00Z", PrecisionSpan, "2024-06-15T00:00Z"},
		{und, "3–5 May 2024", "2024-05-03T00:00Z", PrecisionSpan, "2024-05-06T00:00Z"},
		{und, "10 to 14 June 2024", "2024-06-10T00:00Z", PrecisionSpan, "2024-06-15T00:00Z"},
		{und, "the week before last", "2024-12-02T00:00Z", PrecisionWeek, "2024-12-09T00:00Z"},
		{und, "the month before last", "2024-10-01T00:00Z", PrecisionMonth, "2024-11-01T00:00Z"},
		{und, "the year before last", "2022-01-01T00:00Z", PrecisionYear, "2023-01-01T00:00Z"},
		{und, "vorletzte Woche", "2024-12-02T00:00Z", PrecisionWeek, "2024-12-09T00:00Z"},
		{und, "vorletzten Monat", "2024-10-01T00:00Z", PrecisionMonth, "2024-11-01T00:00Z"},
		{und, "vorletztes Jahr", "2022-01-01T00:00Z", PrecisionYear, "2023-01-01T00:00Z"},
		{und, "Q3 2024", "2024-07-01T00:00Z", PrecisionSpan, "2024-10-01T00:00Z"},
		{und, "Q1 2025", "2025-01-01T00:00Z", PrecisionSpan, "2025-04-01T00:00Z"},
		{und, "Q3/2024", "2024-07-01T00:00Z", PrecisionSpan, "2024-10-01T00:00Z"},
		{und, "Q4/24", "2024-10-01T00:00Z", PrecisionSpan, "2025-01-01T00:00Z"},
		{und, "3. Quartal 2024", "2024-07-01T00:00Z", PrecisionSpan, "2024-10-01T00:00Z"},
		{und, "im 2. Quartal 2023", "2023-04-01T00:00Z", PrecisionSpan, "2023-07-01T00:00Z"},
		{und, "im dritten Quartal 2024", "2024-07-01T00:00Z", PrecisionSpan, "2024-10-01T00:00Z"},
		{und, "ersten Quartal 2025", "2025-01-01T00:00Z", PrecisionSpan, "2025-04-01T00:00Z"},
		{und, "the third quarter of 2024", "2024-07-01T00:00Z", PrecisionSpan, "2024-10-01T00:00Z"},
		{und, "fourth quarter 2023", "2023-10-01T00:00Z", PrecisionSpan, "2024-01-01T00:00Z"},
		{und, "KW 12", "2024-03-18T00:00Z", PrecisionWeek, "2024-03-25T00:00Z"},
		{und, "KW12", "2024-03-18T00:00Z", PrecisionWeek, "2024-03-25T00:00Z"},
		{und, "KW 1/2025", "2024-12-30T00:00Z", PrecisionWeek, "2025-01-06T00:00Z"},
		{und, "KW 52 2024", "2024-12-23T00:00Z", PrecisionWeek, "2024-12-30T00:00Z"},
		{und, "12. KW", "2024-03-18T00:00Z", PrecisionWeek, "2024-03-25T00:00Z"},
		{und, "Kalenderwoche 12", "2024-03-18T00:00Z", PrecisionWeek, "2024-03-25T00:00Z"},
		{und, "in der 12. Kalenderwoche", "2024-03-18T00:00Z", PrecisionWeek, "2024-03-25T00:00Z"},
		{und, "KW 53/2020", "2020-12-28T00:00Z", PrecisionWeek, "2021-01-04T00:00Z"},
		{und, "Ende 2023", "2023-09-01T00:00Z", PrecisionSpan, "2024-01-01T00:00Z"},
		{und, "Anfang 2025", "2025-01-01T00:00Z", PrecisionSpan, "2025-05-01T00:00Z"},
		{und, "Mitte letzten Jahres", "2023-05-01T00:00Z", PrecisionSpan, "2023-09-01T00:00Z"},
		{und, "late last year", "2023-09-01T00:00Z", PrecisionSpan, "2024-01-01T00:00Z"},
		{und, "Anfang des Monats", "2024-12-01T00:00Z", PrecisionSpan, "2024-12-11T00:00Z"},
		{und, "end of March", "2024-03-21T00:00Z", PrecisionSpan, "2024-04-01T00:00Z"},
	}},
	{"zones", []formCase{
		{und, "18.12.2024 10:00 (PDT)", "2024-12-18T10:00-07:00", PrecisionMinute, ""},
		{und, "Dec 18, 2024 10:00 (EST)", "2024-12-18T10:00-05:00", PrecisionMinute, ""},
		{und, "Dec 18, 2024 10:00 EDT", "2024-12-18T10:00-04:00", PrecisionMinute, ""},
		{und, "Dec 18, 2024, 4:32 pm PST", "2024-12-18T16:32-08:00", PrecisionMinute, ""},
		{und, "December 18, 2024 at 9:00 a.m. CST", "2024-12-18T09:00-06:00", PrecisionMinute, ""},
		{und, "Dec. 18, 2024 8:15 p.m. MDT", "2024-12-18T20:15-06:00", PrecisionMinute, ""},
		{und, "2024-12-18 10:00 GMT+0800", "2024-12-18T10:00+08:00", PrecisionMinute, ""},
		{und, "2024-12-18 10:00 GMT+8", "2024-12-18T10:00+08:00", PrecisionMinute, ""},
		{und, "2024-12-18 10:00 UTC+01:00", "2024-12-18T10:00+01:00", PrecisionMinute, ""},
		{und, "2024-12-18 10:00 GMT-5", "2024-12-18T10:00-05:00", PrecisionMinute, ""},
		{und, "18.12.2024, 10:00 MEZ", "2024-12-18T10:00+01:00", PrecisionMinute, ""},
		{und, "18.07.2024, 10:00 MESZ", "2024-07-18T10:00+02:00", PrecisionMinute, ""},
		{und, "18.12.2024 10:00 CET", "2024-12-18T10:00+01:00", PrecisionMinute, ""},
		{und, "18.07.2024 10:00 CEST", "2024-07-18T10:00+02:00", PrecisionMinute, ""},
		{und, "18.12.2024, 10:00 Uhr (MEZ)", "2024-12-18T10:00+01:00", PrecisionMinute, ""},
		{und, "18.12.2024 10:00 WEZ", "2024-12-18T10:00Z", PrecisionMinute, ""},
		{und, "18.07.2024 10:00 OESZ", "2024-07-18T10:00+03:00", PrecisionMinute, ""},
		{und, "Dec 18, 2024 10:00 GMT", "2024-12-18T10:00Z", PrecisionMinute, ""},
		{und, "Dec 18, 2024 10:00 UTC", "2024-12-18T10:00Z", PrecisionMinute, ""},
		{und, "Dec 18, 2024 10:00 BST", "2024-12-18T10:00+01:00", PrecisionMinute, ""},
		{und, "Dec 18, 2024 10:00 JST", "2024-12-18T10:00+09:00", PrecisionMinute, ""},
		{und, "Dec 18, 2024 10:00 AEDT", "2024-12-18T10:00+11:00", PrecisionMinute, ""},
		{und, "Dec 18, 2024 10:00 HST", "2024-12-18T10:00-10:00", PrecisionMinute, ""},
		{und, "2024-12-18T10:00:00-07:00", "2024-12-18T10:00-07:00", PrecisionSecond, ""},
		{und, "2024-12-18T10:00:00+05:30", "2024-12-18T10:00+05:30", PrecisionSecond, ""},
		{und, "2024-12-18T10:00:00Z", "2024-12-18T10:00Z", PrecisionSecond, ""},
		{und, "2024-12-18 10:00+0100", "2024-12-18T10:00+01:00", PrecisionMinute, ""},
		{und, "Wed, 18 Dec 2024 10:00:00 -0500", "2024-12-18T10:00-05:00", PrecisionSecond, ""},
		{und, "Wed, 18 Dec 2024 10:00:00 +0100", "2024-12-18T10:00+01:00", PrecisionSecond, ""},
		{de, "18.12.2024 10:00 (PDT)", "2024-12-18T10:00-07:00", PrecisionMinute, ""},
		{de, "18.12.2024 10:00 Uhr", "2024-12-18T10:00+01:00", PrecisionMinute, ""},
		{de, "18.07.2024 10:00 Uhr", "2024-07-18T10:00+02:00", PrecisionMinute, ""},
		{en, "Dec 18, 2024 10:00 EDT", "2024-12-18T10:00-04:00", PrecisionMinute, ""},
		{en, "Dec 18, 2024 10:00", "2024-12-18T10:00Z", PrecisionMinute, ""},
	}},
	{"case and spelling", []formCase{
		{und, "march 3, 2024", "2024-03-03T00:00Z", PrecisionDay, ""},
		{und, "january 15, 2025", "2025-01-15T00:00Z", PrecisionDay, ""},
		{und, "december 2024", "2024-12-01T00:00Z", PrecisionMonth, "2025-01-01T00:00Z"},
		{und, "october 3rd, 2023", "2023-10-03T00:00Z", PrecisionDay, ""},
		{und, "MARCH 3, 2024", "2024-03-03T00:00Z", PrecisionDay, ""},
		{und, "3 mrz 1999", "1999-03-03T00:00Z", PrecisionDay, ""},
		{und, "3 März 1999", "1999-03-03T00:00Z", PrecisionDay, ""},
		{und, "3 märz 1999", "1999-03-03T00:00Z", PrecisionDay, ""},
		{und, "14 feb 2020", "2020-02-14T00:00Z", PrecisionDay, ""},
		{und, "3. mai 2021", "2021-05-03T00:00Z", PrecisionDay, ""},
		{und, "12-Mär-2014", "2014-03-12T00:00Z", PrecisionDay, ""},
		{und, "12-Mar-2014", "2014-03-12T00:00Z", PrecisionDay, ""},
		{und, "03-Sep-2014", "2014-09-03T00:00Z", PrecisionDay, ""},
		{und, "12-mar-14", "2014-03-12T00:00Z", PrecisionDay, ""},
		{und, "01-Okt-2023", "2023-10-01T00:00Z", PrecisionDay, ""},
		{und, "03-Sep-2014 16:32", "2014-09-03T16:32Z", PrecisionMinute, ""},
		{und, "vor 29m", "2024-12-20T10:01Z", PrecisionMinute, ""},
		{und, "29m ago", "2024-12-20T10:01Z", PrecisionMinute, ""},
		{und, "3h ago", "2024-12-20T07:30Z", PrecisionHour, ""},
		{und, "2d ago", "2024-12-18T00:00Z", PrecisionDay, ""},
		{und, "2.5 hours ago", "2024-12-20T08:00Z", PrecisionMinute, ""},
		{und, "a decade ago", "2014-01-01T00:00Z", PrecisionYear, ""},
		{und, "GESTERN", "2024-12-19T00:00Z", PrecisionDay, ""},
		{und, "HEUTE, 14:30 UHR", "2024-12-20T14:30Z", PrecisionMinute, ""},
		{und, "Sept. 9, 2025", "2025-09-09T00:00Z", PrecisionDay, ""},
		{und, "9. Sept. 2025", "2025-09-09T00:00Z", PrecisionDay, ""},
		{und, "7. Maerz 2025", "2025-03-07T00:00Z", PrecisionDay, ""},
		{und, "3. Jänner 2025", "2025-01-03T00:00Z", PrecisionDay, ""},
		{und, "in March 3rd, 2004", "2004-03-03T00:00Z", PrecisionDay, ""},
		{und, "in March 2004", "2004-03-01T00:00Z", PrecisionMonth, "2004-04-01T00:00Z"},
		{und, "in Dec. 12, 2019", "2019-12-12T00:00Z", PrecisionDay, ""},
	}},
}

// formNegatives are numbers and words that are no date, in Parse as in
// Find.
var formNegatives = []string{
	"31 April 2015",
	"31. April 2015",
	"30. Februar 2024",
	"29. Februar 2023",
	"32. Januar",
	"5 Min. Lesezeit",
	"3 Min Lesezeit",
	"Version 2.3.4",
	"v1.2.3",
	"1:0",
	"2:1 nach Verlängerung",
	"Tel. 030 1234567",
	"+49 30 123456",
	"0171-1234567",
	"1.000.000 Euro",
	"12,5 Prozent",
	"3.5 Sterne",
	"Seite 3 von 12",
	"Kapitel 12.3",
	"ISBN 978-3-16-148410-0",
	"Die Stunde null",
	"Am Morgen regnete es.",
	"Er kam am Morgen.",
	"Guten Morgen!",
	"the first time in 20 years",
	"the highest level in five years",
	"have not been pruned in a decade",
	"for the first time in a decade",
	"Q5 2024",
	"KW 60",
	"KW 53/2024",
	"Quartal",
	"the day after",
	"Tag für Tag",
	"in Mainz",
	"May I help you?",
	"We may 2024 plans",
	"march on",
	"3 mal 4",
	"10 m vor dem Ziel",
	"vor 200 m",
	"vor 75m",
	"between 3 and 5 people",
	"3 bis 5 Personen",
}

func TestDateForms(t *testing.T) {
	parse := func(s string) time.Time {
		for _, layout := range []string{"2006-01-02T15:04:05Z07:00", "2006-01-02T15:04Z07:00"} {
			if tm, err := time.Parse(layout, s); err == nil {
				return tm
			}
		}
		t.Fatalf("bad want %q", s)
		return time.Time{}
	}
	same := func(a, b time.Time) bool {
		_, ao := a.Zone()
		_, bo := b.Zone()
		return a.Equal(b) && ao == bo
	}
	for _, g := range formGroups {
		for _, c := range g.cases {
			p := DateParser{Reference: formsRef, Language: c.lang}
			got, ok := p.Parse(c.in)
			if !ok {
				t.Errorf("%s: Parse(%q) (%v): no date", g.name, c.in, c.lang)
				continue
			}
			want := parse(c.want)
			var end time.Time
			if c.end != "" {
				end = parse(c.end)
			}
			if !same(got.Time, want) || got.Precision != c.prec || !got.End.Equal(end) {
				t.Errorf("%s: Parse(%q) (%v) = %s %v end %s; want %s %v end %s", g.name, c.in, c.lang,
					got.Time.Format(time.RFC3339), got.Precision, got.End.Format(time.RFC3339), want.Format(time.RFC3339), c.prec, end.Format(time.RFC3339))
			}
			// In running text, the same expression is found whole.
			text := "Es hieß: " + c.in + "; dann nichts."
			if c.lang == en || strings.ContainsAny(c.in[:1], "abcdefghijklmnopqrstuvwxyz") {
				text = "It said " + c.in + "; then nothing."
			}
			ms := p.Find(text)
			if len(ms) == 0 || ms[0].Text != c.in && !strings.HasSuffix(c.in, ms[0].Text) {
				var found []string
				for _, m := range ms {
					found = append(found, m.Text)
				}
				t.Errorf("%s: Find(%q) = %q; want %q", g.name, text, found, c.in)
			}
		}
	}
	for _, in := range formNegatives {
		p := DateParser{Reference: formsRef}
		if d, ok := p.Parse(in); ok {
			t.Errorf("Parse(%q) = %v, want no date", in, d.Time)
		}
		if ms := p.Find(in); len(ms) > 0 {
			t.Errorf("Find(%q) found %q, want none", in, ms[0].Text)
		}
	}
}

// TestDateFormsCount keeps the tables at their size: 400 forms and
// non-dates at least, with those of TestDatesTablePositive and
// TestDatesTableNegative.
func TestDateFormsCount(t *testing.T) {
	n := len(formNegatives) + len(positiveDates) + len(negativeDates)
	for _, g := range formGroups {
		n += len(g.cases)
	}
	if n < 400 {
		t.Errorf("%d cases; want 400 at least", n)
	}
}
