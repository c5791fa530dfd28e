package normalize

import (
	"html"
	"strings"
	"testing"
	"unicode/utf8"
)

// A countedCase is a table case for a step that returns its result and a
// count: Entities, Mojibake.
type countedCase struct {
	in, want string
	n        int
	reason   string
}

// testCounted runs the cases through f, named name, and checks that f
// holds still on its results.
func testCounted(t *testing.T, name string, f func(string) (string, int), tests []countedCase) {
	t.Helper()
	for _, tt := range tests {
		got, n := f(tt.in)
		if got != tt.want || n != tt.n {
			t.Errorf("%s(%q) (%s) = %q, %d; want %q, %d", name, tt.in, tt.reason, got, n, tt.want, tt.n)
		}
		if again, m := f(got); again != got || m != 0 {
			t.Errorf("%s is not idempotent on %q: %q", name, got, again)
		}
	}
}

func TestEntities(t *testing.T) {
	testCounted(t, "Entities", Entities, []countedCase{
		{"Procter &amp; Gamble", "Procter & Gamble", 1, "ampersand"},
		{"Er sagte &quot;Nein&quot;.", `Er sagte "Nein".`, 2, "straight quotes"},
		{"K&auml;se aus M&uuml;nchen, Gr&ouml;&szlig;e", "Käse aus München, Größe", 4, "umlauts and sharp s"},
		{"&#8222;Wir schaffen das&#8220;", "„Wir schaffen das“", 2, "decimal references"},
		{"&#x201E;Zitat&#x201C;", "„Zitat“", 2, "hex references"},
		{"&#X201e;Zitat&#X201c;", "„Zitat“", 2, "hex references, upper-case X, lower-case digits"},
		{"&#132;Zitat&#147;", "„Zitat“", 2, "Windows-1252 numbers mean its characters"},
		{"&#150; Bindestrich &#151; Geviert &#133;", "– Bindestrich — Geviert …", 3, "Windows-1252 dashes and ellipsis"},
		{"&#128; 5", "€ 5", 1, "Windows-1252 euro"},
		{"&#129;", "\u0081", 1, "an undefined Windows-1252 number stays its C1 control"},
		{"K&aumlse", "Käse", 1, "a letter without semicolon inside a word"},
		{"&auml", "ä", 1, "a letter without semicolon at the end"},
		{"Fish &amp chips", "Fish & chips", 1, "ampersand without semicolon before a space"},
		{"&copy 2024 Verlag", "© 2024 Verlag", 1, "copyright without semicolon"},
		{"&copy2024", "&copy2024", 0, "a legacy name before a digit stays"},
		{"&notice", "&notice", 0, "a legacy name inside a word stays"},
		{"&notit;", "&notit;", 0, "an unknown name with semicolon stays"},
		{"&notin;", "∉", 1, "a name package html knows"},
		{"AT&T und H&M", "AT&T und H&M", 0, "company names"},
		{"Q&A, R&D, S&P 500", "Q&A, R&D, S&P 500", 0, "abbreviations with an ampersand"},
		{"Tom & Jerry", "Tom & Jerry", 0, "a lone ampersand"},
		{"&", "&", 0, "only an ampersand"},
		{"&&&", "&&&", 0, "ampersands"},
		{"&;", "&;", 0, "no name"},
		{"&#;", "&#;", 0, "no digits"},
		{"&#x;", "&#x;", 0, "no hex digits"},
		{"&#0;", "\uFFFD", 1, "zero"},
		{"&#xD800;", "\uFFFD", 1, "a surrogate"},
		{"&#x110000;", "\uFFFD", 1, "beyond Unicode"},
		{"&#999999999999;", "&#999999999999;", 0, "too many digits"},
		{"&#8222 und", "„ und", 1, "a number without semicolon before a space"},
		{"&#12ab;", "&#12ab;", 0, "a number running into letters"},
		{"&amp;quot;Doppelt&amp;quot;", `"Doppelt"`, 4, "escaped twice, as in feeds"},
		{"&amp;amp;", "&", 2, "an ampersand escaped twice"},
		{"&amp;#8222;", "„", 2, "a number escaped twice"},
		{"&am&#112;;", "&", 2, "a reference that decoding brings together"},
		{"&#38;auml;", "ä", 2, "an ampersand by number"},
		{"&nbsp;Text&shy;teil", "\u00a0Text\u00adteil", 2, "invisible characters are left for Text to handle"},
		{"&bdquo;Zitat&ldquo; &ndash; &hellip;", "„Zitat“ – …", 4, "typography"},
		{"&euro; &trade; &apos;", "€ ™ '", 3, "euro, trademark, apostrophe"},
		{"&AMP; &QUOT;", `& "`, 2, "upper-case legacy names"},
		{"&lt;b&gt;fett&lt;/b&gt;", "<b>fett</b>", 4, "markup escaped in text"},
		{"kein Eintrag", "kein Eintrag", 0, "no ampersand"},
		{"&Auml;rger &Ouml;l &Uuml;bel", "Ärger Öl Übel", 3, "upper-case umlauts"},
		{"caf&eacute; cr&egrave;me", "café crème", 2, "French accents"},
		{"&Eacute;cole", "École", 1, "upper-case accent"},
		{"x&ampy", "x&ampy", 0, "amp before a letter is no reference"},
		{"a=1&b=2&amp=3", "a=1&b=2&amp=3", 0, "a query string"},
	})
}

// TestEntitiesAgreeWithHTML checks the references written with their
// semicolon against package html, which knows all of HTML's names.
func TestEntitiesAgreeWithHTML(t *testing.T) {
	for name := range legacyEntities {
		ref := "&" + name + ";"
		got, _ := Entities(ref)
		if want := html.UnescapeString(ref); got != want {
			t.Errorf("Entities(%q) = %q, html gives %q", ref, got, want)
		}
	}
	for name := range moreEntities {
		ref := "&" + name + ";"
		got, _ := Entities(ref)
		want := html.UnescapeString(ref)
		if name == "apos" {
			want = "'"
		}
		if got != want {
			t.Errorf("Entities(%q) = %q, html gives %q", ref, got, want)
		}
	}
	for v := 1; v < 0x3000; v++ {
		ref := "&#" + itoa(v) + ";"
		got, _ := Entities(ref)
		if want := html.UnescapeString(ref); got != want {
			t.Errorf("Entities(%q) = %q, html gives %q", ref, got, want)
		}
	}
}

func itoa(v int) string {
	var b []byte
	for ; v > 0 || len(b) == 0; v /= 10 {
		b = append([]byte{byte('0' + v%10)}, b...)
	}
	return string(b)
}

func FuzzEntities(f *testing.F) {
	for _, s := range []string{"&amp;quot;", "K&aumlse", "&#132;", "&am&#112;;", "&#38;#38;amp;", "&notit;", "&&&amp;&"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		once, n := Entities(s)
		if want, m := entitiesByRounds(s); once != want || n != m {
			t.Errorf("Entities(%q) = %q, %d; rounds give %q, %d", s, once, n, want, m)
		}
		if twice, m := Entities(once); twice != once || m != 0 {
			t.Errorf("Entities not idempotent: %q -> %q -> %q", s, once, twice)
		}
		if n == 0 && once != s {
			t.Errorf("Entities(%q) = %q with no count", s, once)
		}
		if n > len(s)-len(once)+strings.Count(s, "&") {
			t.Errorf("Entities(%q) counts %d decodings, more than it can have", s, n)
		}
		if utf8.ValidString(s) && !utf8.ValidString(once) {
			t.Errorf("Entities(%q) = %q, not UTF-8", s, once)
		}
	})
}

// entitiesByRounds is the decoding of Entities as rounds over the whole
// text, each decoding the references the round before brought together:
// the meaning of Entities, which decodes in one pass.
func entitiesByRounds(s string) (string, int) {
	out, n := s, 0
	for {
		i := strings.IndexByte(out, '&')
		if i < 0 {
			return out, n
		}
		again, m := replaceAt(out, "&", i, func(i int) (rune, int, bool) { return entityAt(out, i) })
		if m == 0 {
			return out, n
		}
		out, n = again, n+m
	}
}

// TestEntitiesNested decodes text escaped many times over: one pass gives
// what rounds give, and the work grows with the text, not with its square
// (a round for each level of escaping made 20,000 levels cost seconds).
func TestEntitiesNested(t *testing.T) {
	for _, s := range []string{
		"&amp;amp;amp;quot;", "&am&#112;;", "&#38;#38;amp;", "&&#97;mp;", "&co&#112;y;", "&amp&#59;", "x &amp;amp;lt;b&amp;amp;gt; y",
		"&#38;" + strings.Repeat("amp;", 3) + "auml;" + strings.Repeat("&", 40) + "#38;amp;",
	} {
		got, n := Entities(s)
		want, m := entitiesByRounds(s)
		if got != want || n != m {
			t.Errorf("Entities(%q) = %q, %d; rounds give %q, %d", s, got, n, want, m)
		}
	}
	levels := 20_000
	s := "&" + strings.Repeat("amp;", levels) + "quot; Text"
	got, n := Entities(s)
	if got != `" Text` || n != levels+1 {
		t.Fatalf("%d levels: %q, %d decodings", levels, got[:min(len(got), 40)], n)
	}
	// The bytes allocated tell the work: a pass copies the text about once.
	allocs := testing.AllocsPerRun(3, func() { Entities(s) })
	if allocs > 4 {
		t.Errorf("%d levels: %.0f allocations, want a few", levels, allocs)
	}
}
