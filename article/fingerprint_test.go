package article

import (
	"bytes"
	"fmt"
	"html"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// seedBodies reads the body of each seed's first article.
func seedBodies(t testing.TB) map[string][]Paragraph {
	t.Helper()
	paths, _ := filepath.Glob("../seeds/*.txt")
	if len(paths) == 0 {
		t.Fatal("no seeds")
	}
	out := map[string][]Paragraph{}
	for _, path := range paths {
		for a, err := range Open(path).All() {
			if err != nil {
				t.Fatal(err)
			}
			if _, ok := out[path]; !ok {
				out[path] = a.Body
			}
		}
	}
	return out
}

func TestFingerprintSameWords(t *testing.T) {
	const text = `Die Regierung hat am Dienstag "neue Regeln" beschlossen. Sie gelten ab 2026.`
	want := FingerprintText(text)
	if want == 0 {
		t.Fatal("a text with words has the zero fingerprint")
	}
	for _, same := range []string{
		`Die Regierung hat am Dienstag „neue Regeln“ beschlossen – sie gelten ab 2026!`,
		"die   regierung HAT am dienstag\nneue regeln beschlossen sie gelten ab 2026",
		`DIE REGIERUNG HAT AM DIENSTAG «NEUE REGELN» BESCHLOSSEN. SIE GELTEN AB 2026.`,
	} {
		if got := FingerprintText(same); got != want {
			t.Errorf("FingerprintText(%q) = %v, want %v as for %q", same, got, want, text)
		}
	}
	// Paragraphs are read as one text.
	split := []Paragraph{{Text: "Die Regierung hat am Dienstag"}, {Text: "„neue Regeln“ beschlossen. Sie gelten ab 2026."}}
	if got := FingerprintOf(split); got != want {
		t.Errorf("FingerprintOf(two paragraphs) = %v, want %v", got, want)
	}
	// Other words in other places.
	if got := FingerprintText("Die Regierung hat am Mittwoch neue Regeln verworfen."); got == want {
		t.Errorf("another text has the same fingerprint %v", got)
	}
}

func TestFingerprintShort(t *testing.T) {
	for _, s := range []string{"", " ", "—", "…!?"} {
		if f := FingerprintText(s); f != 0 {
			t.Errorf("FingerprintText(%q) = %v, want 0", s, f)
		}
	}
	one, two := FingerprintText("Eilmeldung"), FingerprintText("Eilmeldung heute")
	if one == 0 || two == 0 || one == two {
		t.Errorf("one word %v, two words %v: want two fingerprints other than zero", one, two)
	}
	if FingerprintText("Eilmeldung") != FingerprintText("EILMELDUNG.") {
		t.Error("one word in other case and with a full stop has another fingerprint")
	}
}

// TestFingerprintEdits changes the seeds' bodies as a second copy of an
// article may differ from the first, and checks that the fingerprints stay
// near; the bodies of different seeds must be far apart.
func TestFingerprintEdits(t *testing.T) {
	bodies := seedBodies(t)
	prints := map[string]Fingerprint{}
	dropped := map[string]int{} // distance with a sentence left out
	for path, body := range bodies {
		f := FingerprintOf(body)
		prints[path] = f
		text := bodyText(body)
		if words := len(strings.Fields(text)); words < 100 {
			continue // too short for an edit to leave most runs of three words
		}
		edits := map[string]string{
			"a word added":                replaceNth(text, " ", " und ", 7),
			"a line of boilerplate added": text + " Lesen Sie auch: mehr zum Thema",
			"the paragraphs joined":       strings.ReplaceAll(text, "\n", " "),
		}
		for name, edited := range edits {
			if g := FingerprintText(edited); !f.Near(g) {
				t.Errorf("%s, %s: distance %d, want at most %d", filepath.Base(path), name, f.Distance(g), NearDistance)
			}
		}
		dropped[path] = f.Distance(FingerprintText(dropSentence(text, 2)))
	}
	// A sentence left out is not near, but nearer than another article.
	apart := 64
	for p1, f1 := range prints {
		for p2, f2 := range prints {
			if p1 < p2 {
				if f1.Near(f2) {
					t.Errorf("%s and %s: distance %d, want more than %d", filepath.Base(p1), filepath.Base(p2), f1.Distance(f2), NearDistance)
				}
				apart = min(apart, f1.Distance(f2))
			}
		}
	}
	for path, d := range dropped {
		if d >= apart {
			t.Errorf("%s with a sentence left out: distance %d, not less than the %d of the nearest two seeds", filepath.Base(path), d, apart)
		}
	}
}

// TestFingerprintPage reads each seed's first article again from an HTML
// page made of its title and body, with a menu and a footer around them:
// the article read from the page has a near fingerprint.
func TestFingerprintPage(t *testing.T) {
	for path, body := range seedBodies(t) {
		if len(body) == 0 {
			continue
		}
		var page strings.Builder
		page.WriteString("<!DOCTYPE html><html><head><title>Eine Seite</title></head><body>")
		page.WriteString(`<nav><ul><li><a href="/">Start</a></li><li><a href="/politik">Politik</a></li><li><a href="/wirtschaft">Wirtschaft</a></li></ul></nav><article><h1>Die Schlagzeile</h1>`)
		for _, p := range body {
			fmt.Fprintf(&page, "<p>%s</p>\n", html.EscapeString(p.Text))
		}
		page.WriteString(`</article><footer><p><a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a></p></footer></body></html>`)
		var r Reader
		r.Reset(strings.NewReader(page.String()))
		n := 0
		for a, err := range r.All() {
			if err != nil {
				t.Fatal(err)
			}
			n++
			want := FingerprintOf(body)
			if !a.Fingerprint.Near(want) {
				t.Errorf("%s as a page: fingerprint %v, distance %d from the text's %v", filepath.Base(path), a.Fingerprint, a.Fingerprint.Distance(want), want)
			}
		}
		if n != 1 {
			t.Errorf("%s as a page: %d articles, want 1", filepath.Base(path), n)
		}
	}
}

func bodyText(body []Paragraph) string {
	var b strings.Builder
	for _, p := range body {
		b.WriteString(p.Text)
		b.WriteByte('\n')
	}
	return b.String()
}

// replaceNth replaces the nth occurrence of old in s.
func replaceNth(s, old, new string, n int) string {
	i := -1
	for ; n > 0; n-- {
		j := strings.Index(s[i+1:], old)
		if j < 0 {
			return s
		}
		i += j + 1
	}
	return s[:i] + new + s[i+len(old):]
}

// dropSentence leaves out the nth sentence of s.
func dropSentence(s string, n int) string {
	parts := strings.SplitAfter(s, ". ")
	if n >= len(parts) {
		return s
	}
	return strings.Join(append(parts[:n:n], parts[n+1:]...), "")
}

// TestFingerprintBands flips up to NearDistance bits of random fingerprints
// and checks that the pair shares a band, and that Near agrees.
func TestFingerprintBands(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for range 10000 {
		f := Fingerprint(rng.Uint64() | 1)
		g := f
		for range rng.IntN(NearDistance + 1) {
			g ^= 1 << rng.IntN(64)
		}
		if g == 0 {
			continue
		}
		if !f.Near(g) {
			t.Fatalf("%v and %v: not near at distance %d", f, g, f.Distance(g))
		}
		fb, gb := f.Bands(), g.Bands()
		shared := false
		for i := range fb {
			shared = shared || fb[i] == gb[i]
		}
		if !shared {
			t.Fatalf("%v and %v share no band", f, g)
		}
	}
	if Fingerprint(0).Near(0) {
		t.Error("two bodies without words are near duplicates")
	}
}

func TestFingerprintText(t *testing.T) {
	for _, f := range []Fingerprint{0, 1, 0x459db9b424ec3a1d, ^Fingerprint(0)} {
		b, _ := f.MarshalText()
		if len(b) != 16 {
			t.Errorf("%d encodes as %q, want 16 digits", uint64(f), b)
		}
		var g Fingerprint
		if err := g.UnmarshalText(b); err != nil || g != f {
			t.Errorf("%q decodes as %v, %v; want %v", b, g, err, f)
		}
		if f.String() != string(b) {
			t.Errorf("String() = %q, MarshalText %q", f.String(), b)
		}
	}
	for _, bad := range []string{"", "459db9b424ec3a1", "459db9b424ec3a1dd", "459db9b424ec3a1x"} {
		var g Fingerprint
		if err := g.UnmarshalText([]byte(bad)); err == nil {
			t.Errorf("%q decodes as %v, want an error", bad, g)
		}
	}
}

// FuzzFingerprint checks that any text gives a fingerprint without a
// panic, the zero fingerprint only when it has no letter or digit, and the
// same fingerprint when its words are set apart by other punctuation.
func FuzzFingerprint(f *testing.F) {
	for _, s := range []string{"", "Die Regierung hat am Dienstag neue Regeln beschlossen.", "a b", "İstanbul ǅ ß ŉ", "\xff\xfe a b c"} {
		f.Add(s)
	}
	if seed, err := os.ReadFile("../seeds/" + "001_5c4436813074ef2d.txt"); err == nil {
		f.Add(string(seed))
	}
	f.Fuzz(func(t *testing.T, s string) {
		fp := FingerprintText(s)
		hasWord := strings.IndexFunc(s, isWordChar) >= 0
		if (fp != 0) != hasWord {
			t.Fatalf("FingerprintText(%q) = %v; has a word: %v", s, fp, hasWord)
		}
		apart := strings.ReplaceAll(s, " ", " – ")
		if g := FingerprintText(apart); g != fp {
			t.Fatalf("FingerprintText(%q) = %v, but %v with dashes between the words", s, fp, g)
		}
		if !bytes.Equal([]byte(fp.String()), must(fp.MarshalText())) {
			t.Fatal("String and MarshalText differ")
		}
	})
}

func must(b []byte, _ error) []byte { return b }

// BenchmarkFingerprint measures FingerprintOf over the seeds' bodies.
func BenchmarkFingerprint(b *testing.B) {
	bodies := seedBodies(b)
	n := 0
	for _, body := range bodies {
		n += len(bodyText(body))
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, body := range bodies {
			FingerprintOf(body)
		}
	}
}
