package normalize

import (
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// ref is a Friday.
var ref = time.Date(2024, 12, 20, 12, 0, 0, 0, time.UTC)

func d(y int, m time.Month, day int) time.Time { return time.Date(y, m, day, 0, 0, 0, 0, time.UTC) }

func TestDateParserParse(t *testing.T) {
	p := DateParser{Reference: ref}
	tests := []struct {
		in     string
		want   Date
		reason string
	}{
		{"1. Januar 2025", Date{Time: d(2025, 1, 1), Precision: PrecisionDay}, "German long date"},
		{"1. Jan. 2025", Date{Time: d(2025, 1, 1), Precision: PrecisionDay}, "German abbreviated month"},
		{"22.11.2026", Date{Time: d(2026, 11, 22), Precision: PrecisionDay}, "German numeric date"},
		{"1.1.25", Date{Time: d(2025, 1, 1), Precision: PrecisionDay}, "two-digit year"},
		{"22.11.2026, 14:30 Uhr", Date{Time: time.Date(2026, 11, 22, 14, 30, 0, 0, time.UTC), Precision: PrecisionMinute}, "date and time"},
		{"18.10.14 um 22:56 Uhr", Date{Time: time.Date(2014, 10, 18, 22, 56, 0, 0, time.UTC), Precision: PrecisionMinute}, "um before time"},
		{"November 22, 2026", Date{Time: d(2026, 11, 22), Precision: PrecisionDay}, "English long date"},
		{"Nov. 22, 2026", Date{Time: d(2026, 11, 22), Precision: PrecisionDay}, "English abbreviated"},
		{"22 November 2026", Date{Time: d(2026, 11, 22), Precision: PrecisionDay}, "British order"},
		{"2024-12-20", Date{Time: d(2024, 12, 20), Precision: PrecisionDay}, "ISO date"},
		{"2024-12-20T12:00:00+01:00", Date{Time: time.Date(2024, 12, 20, 12, 0, 0, 0, time.FixedZone("", 3600)), Precision: PrecisionSecond}, "RFC 3339"},
		{"2024-12-20T08:15Z", Date{Time: time.Date(2024, 12, 20, 8, 15, 0, 0, time.UTC), Precision: PrecisionMinute}, "ISO minutes, UTC"},
		{"vor 3 Stunden", Date{Time: time.Date(2024, 12, 20, 9, 0, 0, 0, time.UTC), Precision: PrecisionHour, Relative: true}, "German hours ago"},
		{"vor etwa 23 Stunden", Date{Time: time.Date(2024, 12, 19, 13, 0, 0, 0, time.UTC), Precision: PrecisionHour, Relative: true}, "hedged"},
		{"vor 29h", Date{Time: time.Date(2024, 12, 19, 7, 0, 0, 0, time.UTC), Precision: PrecisionHour, Relative: true}, "unit glued to number"},
		{"vor einer Woche", Date{Time: d(2024, 12, 13), Precision: PrecisionWeek, Relative: true}, "number word"},
		{"gestern", Date{Time: d(2024, 12, 19), Precision: PrecisionDay, Relative: true}, "yesterday in German"},
		{"vorgestern", Date{Time: d(2024, 12, 18), Precision: PrecisionDay, Relative: true}, "day before yesterday"},
		{"heute", Date{Time: d(2024, 12, 20), Precision: PrecisionDay, Relative: true}, "today"},
		{"3 hours ago", Date{Time: time.Date(2024, 12, 20, 9, 0, 0, 0, time.UTC), Precision: PrecisionHour, Relative: true}, "English hours ago"},
		{"yesterday", Date{Time: d(2024, 12, 19), Precision: PrecisionDay, Relative: true}, "English yesterday"},
		{"2 Tagen ago", Date{Time: d(2024, 12, 18), Precision: PrecisionDay, Relative: true}, "German unit, English ago"},
		{"5 Tagen ago", Date{Time: d(2024, 12, 15), Precision: PrecisionDay, Relative: true}, "German unit, English ago"},
		{"a day ago", Date{Time: d(2024, 12, 19), Precision: PrecisionDay, Relative: true}, "article as count"},
		{"last week", Date{Time: d(2024, 12, 9), End: d(2024, 12, 16), Precision: PrecisionWeek, Relative: true}, "previous calendar week"},
		{"am Montag", Date{Time: d(2024, 12, 16), Precision: PrecisionDay, Relative: true}, "most recent Monday"},
		{"am Freitag", Date{Time: d(2024, 12, 20), Precision: PrecisionDay, Relative: true}, "weekday of the reference itself"},
		{"am vergangenen Freitag", Date{Time: d(2024, 12, 13), Precision: PrecisionDay, Relative: true}, "vergangenen excludes the reference day"},
		{"on Tuesday", Date{Time: d(2024, 12, 17), Precision: PrecisionDay, Relative: true}, "English weekday"},
		{"Monday", Date{Time: d(2024, 12, 16), Precision: PrecisionDay, Relative: true}, "bare English weekday"},
		{"im März", Date{Time: d(2024, 3, 1), End: d(2024, 4, 1), Precision: PrecisionMonth, Relative: true}, "month before the reference"},
		{"im Dezember", Date{Time: d(2024, 12, 1), End: d(2025, 1, 1), Precision: PrecisionMonth, Relative: true}, "reference month"},
		{"Mitte März", Date{Time: d(2024, 3, 11), End: d(2024, 3, 21), Precision: PrecisionSpan, Relative: true}, "middle of a month"},
		{"Ende November 2023", Date{Time: d(2023, 11, 21), End: d(2023, 12, 1), Precision: PrecisionSpan}, "end of a month with year"},
		{"Anfang 2025", Date{Time: d(2025, 1, 1), End: d(2025, 5, 1), Precision: PrecisionSpan}, "start of a year"},
		{"in March", Date{Time: d(2024, 3, 1), End: d(2024, 4, 1), Precision: PrecisionMonth, Relative: true}, "English month"},
		{"mid-March", Date{Time: d(2024, 3, 11), End: d(2024, 3, 21), Precision: PrecisionSpan, Relative: true}, "English middle of month"},
		{"over the weekend", Date{Time: d(2024, 12, 14), End: d(2024, 12, 16), Precision: PrecisionSpan, Relative: true}, "last weekend"},
		{"am vergangenen Wochenende", Date{Time: d(2024, 12, 14), End: d(2024, 12, 16), Precision: PrecisionSpan, Relative: true}, "German weekend"},
		{"1. Januar", Date{Time: d(2024, 1, 1), Precision: PrecisionDay, Relative: true}, "no year: most recent on or before the reference"},
	}
	for _, tt := range tests {
		got, ok := p.Parse(tt.in)
		if !ok {
			t.Errorf("Parse(%q) found no date (%s)", tt.in, tt.reason)
			continue
		}
		tt.want.Text = tt.in
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Parse(%q) (%s) mismatch (-want +got):\n%s", tt.in, tt.reason, diff)
		}
	}
}

func TestDateParserNoReference(t *testing.T) {
	var p DateParser
	tests := []struct {
		in     string
		want   Date
		reason string
	}{
		{"vor 3 Stunden", Date{Precision: PrecisionHour, Relative: true}, "relative stays unresolved"},
		{"am Montag", Date{Precision: PrecisionDay, Relative: true}, "weekday stays unresolved"},
		{"im März", Date{Precision: PrecisionMonth, Relative: true}, "month without year stays unresolved"},
		{"1. Januar 2025", Date{Time: d(2025, 1, 1), Precision: PrecisionDay}, "absolute dates resolve without reference"},
	}
	for _, tt := range tests {
		got, ok := p.Parse(tt.in)
		tt.want.Text = tt.in
		if diff := cmp.Diff(tt.want, got); !ok || diff != "" {
			t.Errorf("Parse(%q) (%s) ok=%v mismatch (-want +got):\n%s", tt.in, tt.reason, ok, diff)
		}
	}
}

func TestDateParserFind(t *testing.T) {
	p := DateParser{Reference: ref}
	tests := []struct {
		in     string
		want   []string
		reason string
	}{
		{"Die US-Regierung hatte China am Montag verantwortlich gemacht.", []string{"am Montag"}, "weekday in a sentence"},
		{"Sicherheitslücken in Chrome 131 geschlossen", nil, "version number"},
		{"Lesezeit: 1 Min.", nil, "reading time"},
		{"Version 2.3.4 und 1.2.10.5 erschienen", nil, "version numbers with dots"},
		{"Siehe § 3.1.2024 der Satzung", nil, "section number"},
		{"Das Spiel endete 2:1.", nil, "score"},
		{"Die Mit Sam Don", nil, "words that look like weekday abbreviations"},
		{"Ruf an: 030 1234567", nil, "phone number"},
		{"Es kostet 12.99 Euro.", nil, "price"},
		{"Huawei beschäftigt weltweit rund 150.000 Mitarbeiter", nil, "large number"},
		{"1. Januar 2025: Umstieg auf E-Rechnung", []string{"1. Januar 2025"}, "date at the start"},
		{"reported China Daily on Tuesday. The NYT reported over the weekend.", []string{"on Tuesday", "over the weekend"}, "two English expressions"},
		{"Insbesondere hatte Obama Mitte März den Ton verschärft, im März auch.", []string{"Mitte März", "im März"}, "span and month"},
		{"during a media briefing Monday the government", []string{"Monday"}, "bare weekday"},
		{"You may march.", nil, "may and march as words"},
		{"You may march in May.", []string{"in May"}, "but in May is a month"},
		{"„Wir treffen uns am Montag“, sagte er.", []string{"am Montag"}, "between quotation marks"},
		{"Bis Mitte März…", []string{"Mitte März"}, "before an ellipsis"},
		{"Ab 1. Januar–März", []string{"1. Januar"}, "before a dash"},
		{"He reveals plans TODAY - with more to come", []string{"TODAY"}, "a day word in capitals inside a sentence"},
		{"Sie ging ins Gestern zurück. Heute lacht sie.", []string{"Heute"}, "a noun, then a sentence's first word"},
		{"Laderegler für 12/24/48-Volt-Anlagen", nil, "numbers with slashes in a compound"},
		{"ab 27.01. gilt der neue Plan", []string{"ab 27.01."}, "a day and month after ab"},
		{"Das geschah vor 3 Stunden. Dann kam er.", []string{"vor 3 Stunden"}, "the full stop after a unit ends the sentence"},
		{"Aktualisiert vor 3 Std. von der Redaktion", []string{"vor 3 Std."}, "the full stop after an abbreviated unit is the abbreviation's"},
		{"It happened 3 hrs. ago.", []string{"3 hrs. ago"}, "an abbreviation before ago"},
	}
	for _, tt := range tests {
		var got []string
		for _, m := range p.Find(tt.in) {
			if end := m.Offset + len(m.Text); end > len(tt.in) || tt.in[m.Offset:end] != m.Text {
				t.Errorf("Find(%q): match at %d is not %q", tt.in, m.Offset, m.Text)
			}
			got = append(got, m.Text)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Find(%q) (%s) mismatch (-want +got):\n%s", tt.in, tt.reason, diff)
		}
	}
}

func TestPrecisionText(t *testing.T) {
	for p := PrecisionNone; p <= PrecisionSpan; p++ {
		b, err := p.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var q Precision
		if err := q.UnmarshalText(b); err != nil || q != p {
			t.Errorf("round trip of %v gave %v, %v", p, q, err)
		}
	}
	if _, err := Precision(99).MarshalText(); err == nil {
		t.Error("MarshalText of an invalid precision succeeded")
	}
}

func TestAnchorWords(t *testing.T) {
	for w, dw := range dateWords {
		if len(w) > maxDateWord {
			t.Errorf("date word %q is longer than maxDateWord", w)
		}
		if dw.roles&anchorRoles == 0 || len(w) < 2 {
			continue
		}
		r, n := utf8.DecodeRuneInString(w)
		for _, v := range []string{w, string(unicode.ToUpper(r)) + w[n:], strings.ToUpper(w)} {
			if anchors, _ := wordKinds(v); anchors == 0 {
				t.Errorf("anchor word %q is not found as %q", w, v)
			}
		}
	}
	for _, w := range []string{"der", "die", "Mit", "Don", "Sam", "von", "Heu", "Wochenmarkt", "a", "", "Sonnenschein"} {
		if anchors, _ := wordKinds(w); anchors != 0 {
			t.Errorf("%q is taken for an anchor", w)
		}
	}
}

// findSlow is Find without anchors: the longest expression at every token
// start, the earliest first, none overlapping.
func findSlow(p *DateParser, s string) []DateMatch {
	var found []DateMatch
	done := 0
	for st := 0; st < len(s); st++ {
		if st < done || !isWordByte(s[st]) || !wordStart(s, st) || !isDigit(s[st]) && !isLetterByte(s[st]) && tokenEnd(s, st) == st {
			continue
		}
		var buf [maxTokens]token
		m := newDateMatcher(p, s, st, st+maxDateLen, &buf)
		if !m.has(0) {
			continue
		}
		if d, end, ok := m.matchAt(0); ok {
			d.Text = s[st:m.ts[end-1].end]
			found = append(found, DateMatch{Date: d, Offset: st})
			done = m.ts[end-1].end
		}
	}
	return found
}

// FuzzDateFind checks that the anchors by which Find skips most of a text
// never skip a date the forms read.
func FuzzDateFind(f *testing.F) {
	for _, s := range []string{
		"Am 1. Januar 2025 und am 2.Feb. trat er an, 22 November 2026, Nov. 22, 2026.",
		"Anfang 2025, Mitte 2024, mid-2023, late 2022; vor 3 Stunden, 2 Tagen ago, gestern.",
		"am Montag, on Tuesday, over the weekend, im März, 22.11.2026, 14:30 Uhr, 2026-11-22T10:00:00Z",
		"Chrome 131, 2.3.4, § 3.1, 2:1, 12.99 Euro, Lesezeit: 1 Min.",
		"Mo., 23.11.2026; Mon, 02 Jan 2006 15:04:05 GMT; 8:25 a.m. Dec. 12, 2014; über das vergangene Wochenende",
		"gestern, 18:05 Uhr; in zwei Wochen; bis Mitte Januar; vor 2 Monaten, 2 Wochen; zwischen dem 3. und 5. Mai; Q3/2024; KW 12",
		"the day before yesterday, 3 days from now, May 3–5, 2024, 10:00 (PDT), GMT+8, march 3, 2024, 12-Mär-2014, this morning",
	} {
		f.Add(s)
	}
	p := DateParser{Reference: ref}
	f.Fuzz(func(t *testing.T, s string) {
		got, want := p.Find(s), findSlow(&p, s)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("Find(%q) differs from trying every start (-slow +Find):\n%s", s, diff)
		}
	})
}

func TestTrimDate(t *testing.T) {
	for _, s := range []string{"", " ", "(3. März 2025)", "\u00a0am Montag.\u00a0", " [12.1.2025]; ", "\u00a0", "a\u00a0", "\u00a0\u00a0x"} {
		if got, want := strings.TrimRight(strings.TrimLeft(trimDate(s), "."), "."), strings.Trim(s, " \t\u00a0.,;:()[]"); got != want {
			t.Errorf("trimDate(%q) = %q, want %q", s, got, want)
		}
	}
}
