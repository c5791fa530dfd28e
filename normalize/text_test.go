package normalize

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
)

func TestText(t *testing.T) {
	tests := []struct {
		in, want, reason string
	}{
		{"plain text", "plain text", "clean ASCII unchanged"},
		{"  two  spaces\tand tab ", "two spaces and tab", "runs folded and trimmed"},
		{"17\u00a0Kommentare", "17\u00a0Kommentare", "a binding NBSP stays"},
		{"industry.\u00a0 \"Governments", "industry. \"Governments", "NBSP inside a run is folded"},
		{"report.\u00a0\u00a0", "report.", "trailing NBSP trimmed"},
		{"headquarters,\u00a0reported", "headquarters, reported", "NBSP after a comma is an ordinary space"},
		{"(Bild:\u00a0danielo)", "(Bild: danielo)", "NBSP after a colon is an ordinary space"},
		{"1.\u00a0Januar, z.\u00a0B.", "1.\u00a0Januar, z.\u00a0B.", "NBSP after a number or abbreviation binds"},
		{"said Daily.\u00a0Then", "said Daily. Then", "NBSP after a sentence is an ordinary space"},
		{"Sicher\u00adheit", "Sicherheit", "soft hyphen removed"},
		{"zero\u200bwidth\u2060joined\ufeff", "zerowidthjoined", "invisible characters removed"},
		{"emoji 👩\u200d💻", "emoji 👩\u200d💻", "ZWJ kept"},
		{"Cafe\u0301", "Café", "NFC"},
		{"bell\x07 and \u0085next\u0081", "bell and …next", "C0 controls and undefined C1 controls removed, a C1 control of Windows-1252 read as its character"},
		{"line\r\nbreak", "line break", "line breaks become spaces"},
		{"Die ﬁnale Auﬂage", "Die finale Auflage", "ligatures spelt out"},
		{"ＡＢＣ－Ｓｃｈüｔｚｅ １２３", "ABC－Schütze 123", "full-width Latin letters and digits folded, the dash kept"},
		{"北京（新华社）：好，", "北京（新华社）：好，", "full-width punctuation of Chinese kept"},
		{"Procter &amp; Gamble", "Procter & Gamble", "HTML references decoded"},
		{"VerÃ¶ffentlichung", "Veröffentlichung", "mojibake repaired"},
		{"&copy 2009 Verlag", "© 2009 Verlag", "a legacy reference"},
		{"&am\u00adp;", "&", "a reference split by a soft hyphen"},
		{"Sicher&shy;heit", "Sicherheit", "a reference to a soft hyphen"},
		{"a &nbsp; b", "a b", "a reference to a no-break space in a run"},
		{"Cafe&#769;", "Café", "a reference to a combining accent"},
		{"H&M und AT&T", "H&M und AT&T", "ampersands that are no references"},
	}
	for _, tt := range tests {
		got := Text(tt.in)
		if got != tt.want {
			t.Errorf("Text(%q) (%s) = %q, want %q", tt.in, tt.reason, got, tt.want)
		}
		if again := Text(got); again != got {
			t.Errorf("Text is not idempotent on %q: %q", got, again)
		}
	}
}

func TestCleanCounts(t *testing.T) {
	tests := []struct {
		in, want string
		n        Normalizer
		counts   Counts
		reason   string
	}{
		{"Gr&ouml;&szlig;e", "Größe", Normalizer{}, Counts{Entities: 2}, "references"},
		{"Gr&ouml;&szlig;e", "Gr&ouml;&szlig;e", Normalizer{KeepEntities: true}, Counts{}, "references kept"},
		{"FuÃŸball â€žZitatâ€œ", "Fußball „Zitat“", Normalizer{}, Counts{Mojibake: 3}, "mojibake"},
		{"FuÃŸball", "FuÃŸball", Normalizer{KeepMojibake: true}, Counts{}, "mojibake kept"},
		{"Sicher\u00adheit\u200b\x07", "Sicherheit", Normalizer{}, Counts{Invisible: 3}, "invisible characters"},
		{"ﬁ ＡＢ", "fi AB", Normalizer{}, Counts{Folded: 3}, "forms"},
		{"17\u00a0Kommentare", "17\u00a0Kommentare", Normalizer{}, Counts{}, "a binding no-break space kept"},
		{"17\u00a0Kommentare", "17 Kommentare", Normalizer{FoldNoBreak: true}, Counts{Folded: 1}, "no-break space folded by option"},
		{"&amp;shy;", "", Normalizer{}, Counts{Entities: 2, Invisible: 1}, "escaped twice, then invisible"},
	}
	for _, tt := range tests {
		n := tt.n
		got := n.Clean(tt.in)
		if got != tt.want || n.Counts != tt.counts {
			t.Errorf("Clean(%q) (%s) = %q, %+v; want %q, %+v", tt.in, tt.reason, got, n.Counts, tt.want, tt.counts)
		}
		n.Reset()
		if again := n.Clean(got); again != got || n.Counts != (Counts{}) {
			t.Errorf("Clean is not idempotent on %q: %q, %+v", got, again, n.Counts)
		}
	}
}

func FuzzText(f *testing.F) {
	for _, s := range []string{"a  b", "x\u00a0\u00a0y", "Sicher\u00adheit", "\ufeffBOM", "Cafe\u0301", "\x83\xa4", "━━ ● ☆ „a“ – ä", "&am\u00adp;", "FuÃŸball", "ﬁ ＡＢ", "&#769;"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		once := Text(s)
		if twice := Text(once); twice != once {
			t.Errorf("Text not idempotent: %q -> %q -> %q", s, once, twice)
		}
		if !utf8.ValidString(once) {
			t.Errorf("Text(%q) = %q, not UTF-8", s, once)
		}
		if isClean(s) {
			// The fast path must agree with the full one.
			var n Normalizer
			e, _ := Entities(s)
			m, _ := Mojibake(e)
			out, _ := n.clean(m)
			if out != s || !norm.NFC.IsNormalString(s) {
				t.Errorf("isClean(%q) but a round of cleaning gives %q, NFC %v", s, out, norm.NFC.IsNormalString(s))
			}
		}
	})
}

func FuzzQuotes(f *testing.F) {
	for _, s := range []string{`"a" 'b'`, `geht's`, `5'7"`, `„x“`, `“y”`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, lang := range []language.Tag{language.German, language.English} {
			once := Quotes(s, lang)
			if twice := Quotes(once, lang); twice != once {
				t.Errorf("Quotes(%v) not idempotent: %q -> %q -> %q", lang, s, once, twice)
			}
		}
	})
}

func FuzzDateParserFind(f *testing.F) {
	for _, s := range []string{"vor 3 Stunden", "22.11.2026, 14:30 Uhr", "Mitte März", "2 Tagen ago", "2024-12-20T12:00:00+01:00"} {
		f.Add(s)
	}
	p := DateParser{Reference: ref}
	f.Fuzz(func(t *testing.T, s string) {
		last := 0
		for _, m := range p.Find(s) {
			end := m.Offset + len(m.Text)
			if m.Offset < last || end > len(s) || m.Text == "" || s[m.Offset:end] != m.Text {
				t.Fatalf("bad match %+v in %q", m, s)
			}
			last = end
		}
	})
}

// TestStableRunes checks that NFC leaves the characters stableRune lists
// alone whatever stands next to them: each is in NFC on its own, has no
// combining class and combines with nothing before it. (What follows it can
// combine with it only when that is not stable itself.)
func TestStableRunes(t *testing.T) {
	for r := rune(0x80); r <= unicode.MaxRune; r++ {
		if !stableRune(r) {
			continue
		}
		p := norm.NFC.PropertiesString(string(r))
		if p.CCC() != 0 || !p.BoundaryBefore() || !norm.NFC.IsNormalString(string(r)) {
			t.Errorf("%U is not stable under NFC", r)
		}
		if unicode.IsSpace(r) || unicode.IsControl(r) || unicode.Is(unicode.Cf, r) {
			t.Errorf("%U is a space, control or format character, which Text changes", r)
		}
	}
}

// FuzzIsClean compares isClean, which passes eight bytes of plain ASCII at
// once, with a walk over every character.
func FuzzIsClean(f *testing.F) {
	for _, s := range []string{"abcdefg  hij", "abcdefgh\x7fij", "abcdefghijklmnop\tq", "Straße und Brücke, 17 Kommentare", "abcdefg  "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isClean(s), plainIsClean(s); got != want {
			t.Errorf("isClean(%q) = %v, want %v", s, got, want)
		}
	})
}

func plainIsClean(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return s == ""
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 || c == 0x7F || c == '&' || c == ' ' && i+1 < len(s) && s[i+1] == ' ' {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !stableRune(r) {
			return false
		}
		if r >= 0xC0 && r <= 0xFF {
			if next, _ := utf8.DecodeRuneInString(s[i+size:]); isContinuationByte(next) {
				return false // perhaps mojibake
			}
		}
		i += size
	}
	return true
}

// FuzzQuotesSpans compares quotes, which copies the text between marks at
// once, with a pass that decides every character in turn.
func FuzzQuotesSpans(f *testing.F) {
	for _, s := range []string{`Er sagte: "Das geht's nicht", und 'ging'.`, "„Zitat“ and ‚inner‘", "5'7\" tall", "rock 'n' roll", "´x´ ＂y＂ ʼz"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return // quotes keeps invalid bytes as they are; the plain pass writes U+FFFD
		}
		for _, lang := range []language.Tag{language.German, language.English} {
			q, _ := newQuoter(lang, Typographic, false)
			got, n := q.apply(s)
			want, wn := plainQuotes(s, lang)
			if got != want || n != wn {
				t.Errorf("quotes(%q, %v) = %q, %d; want %q, %d", s, lang, got, n, want, wn)
			}
		}
	})
}

func plainQuotes(s string, lang language.Tag) (string, int) {
	q, ok := newQuoter(lang, Typographic, false)
	if !ok {
		return s, 0
	}
	var b strings.Builder
	changed := 0
	prev := rune(0)
	for i, r := range s {
		w := utf8.RuneLen(r)
		next := rune(0)
		if i+w < len(s) {
			next, _ = utf8.DecodeRuneInString(s[i+w:])
		}
		out, opens := q.decide(r, prev, next, s[i+w:], false)
		if out != r {
			changed++
		}
		b.WriteRune(out)
		prev = out
		if q.isDoubleMark(r) || q.isSingleMark(r) {
			prev = markContext(opens)
		}
	}
	if changed == 0 {
		return s, 0
	}
	return b.String(), changed
}
