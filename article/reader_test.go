package article

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/newsdump/newsdump/boilerplate"
)

// para is a paragraph long enough to count as running text.
const para = "Die Regierung hat am Montag in Berlin eine neue Strategie vorgestellt, die nach Angaben des Ministeriums die Sicherheit der Netze in den kommenden Jahren deutlich verbessern und zugleich die Kosten senken soll."

const enPara = "The government presented a new strategy in Berlin on Monday which, according to the ministry, should improve the security of the networks over the coming years and lower the costs at the same time."

func titles(t *testing.T, input string) []string {
	t.Helper()
	var out []string
	for a, err := range NewReader(strings.NewReader(input)).All() {
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		out = append(out, a.Title)
	}
	return out
}

func TestSplit(t *testing.T) {
	tests := []struct {
		in     string
		want   []string
		reason string
	}{
		{"Eins\n\n" + para + "\n\fZwei\n\n" + para + "\n", []string{"Eins", "Zwei"}, "form feed line"},
		{"Eins\n\n" + para + "\n\n\f\n\nZwei\n\n" + para, []string{"Eins", "Zwei"}, "form feed on its own line"},
		{"Eins\n\n" + para + "\n===\nZwei\n\n" + para, []string{"Eins", "Zwei"}, "line of ="},
		{"Eins\n\n" + para + "\n- - - -\nZwei\n\n" + para, []string{"Eins", "Zwei"}, "line of - with spaces"},
		{"Eins\n\n" + para + "\n*****\nZwei\n\n" + para, []string{"Eins", "Zwei"}, "line of *"},
		{"Eins\n\n" + para + "\n--\nZwei\n\n" + para, []string{"Eins"}, "two dashes are not a separator"},
		{"Eins\n\n" + para + "\n\n(ako)\n\nZwei\n\n" + para + "\n\n" + para, []string{"Eins", "Zwei"}, "sigle, then headline and two long paragraphs"},
		{"Eins\n\n" + para + "\n\n(ako)\n\nZwei\n\n" + para, []string{"Eins"}, "sigle, then headline and one long paragraph: a teaser with a long summary"},
		{"Eins\n\n" + para + "\n\n(ako)Zwei\n\n" + para, []string{"Eins", "Zwei"}, "sigle glued to the next headline"},
		{"Eins\n\n" + para + "\n\n[mit Material der dpa]Zwei\n\n" + para, []string{"Eins", "Zwei"}, "credit glued to the next headline"},
		{"One\n\n" + enPara + "\n\nEditorial standardsTwo\n\n" + enPara, []string{"One", "Two"}, "footer glued to the next headline"},
		{"Eins\n\n" + para + "\n\nZwischentitel\n\n" + para, []string{"Eins"}, "a subheading without an end marker does not split"},
		{"Eins\n\n" + para + "\n\n[mit Material der dpa]\n\nMehr zum Thema\n\nAnderer Artikel\n\nKurz angerissen…\n\nvor 3 Stunden\n\nNoch einer\n\nAuch kurz…\n\ngestern", []string{"Eins"}, "teaser list stays with its article"},
		{"(ako)\n\nEins\n\n" + para, []string{"Eins"}, "an end marker before any text does not split"},
		{"\f\f\n===\n", nil, "separators only"},
	}
	for _, tt := range tests {
		got := titles(t, tt.in)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: titles mismatch (-want +got):\n%s", tt.reason, diff)
		}
	}
}

func TestSplitPositions(t *testing.T) {
	in := "Eins\n\n" + para + "\n\n(ako)Zwei\n\n" + para
	var got []Source
	for a, err := range NewReader(strings.NewReader(in)).All() {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, a.Source)
	}
	second := strings.Index(in, "Zwei")
	want := []Source{
		{Line: 1, EndLine: 5, Offset: 0, EndOffset: int64(second)},
		{Line: 5, EndLine: 7, Offset: int64(second), EndOffset: int64(len(in)), Split: StartEndMarker},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("sources mismatch (-want +got):\n%s", diff)
	}
}

func TestReaderErrors(t *testing.T) {
	gz := func(s string) []byte {
		var b bytes.Buffer
		w := gzip.NewWriter(&b)
		w.Write([]byte(s))
		w.Close()
		return b.Bytes()
	}
	doc := "Eins\n\n" + para + "\n"
	tests := []struct {
		in       []byte
		articles int
		want     []error
		reason   string
	}{
		{nil, 0, []error{ErrEmpty}, "empty input"},
		{[]byte("\n \n\t\n"), 0, []error{ErrEmpty}, "only white space"},
		{[]byte("\x00\x01\x02binary\x00junk" + strings.Repeat("\x00", 100)), 0, []error{ErrBinary}, "binary data"},
		{[]byte("Eins\n\nDie Stra\xdfe ist " + para + "\n"), 1, []error{ErrInvalidUTF8}, "Latin-1 byte in UTF-8 text"},
		{[]byte("Eins\n\n" + strings.Repeat("x", 2000) + "\n" + para + "\n"), 1, []error{ErrLineTooLong}, "a line over the limit is skipped"},
		{gz(doc), 1, nil, "gzip"},
		{gz(doc)[:30], 0, []error{io.ErrUnexpectedEOF}, "truncated gzip"},
		{append(gz(doc), gz("\f\n"+doc)...), 2, nil, "gzip of two members, as concatenated .gz files are"},
		{append(gz(doc), gz("\f\n" + doc)[:30]...), 1, []error{io.ErrUnexpectedEOF}, "gzip whose second member is cut"},
		{[]byte("<!DOCTYPE html><html><body><p>x</p></body></html>"), 1, nil, "an HTML page is one article"},
		{[]byte("<!DOCTYPE html><html><body><script>x()</script></body></html>"), 0, []error{ErrEmpty}, "an HTML page without text"},
	}
	for _, tt := range tests {
		r := NewReader(bytes.NewReader(tt.in))
		r.Path = "dump.txt"
		r.MaxLineBytes = 1000
		articles := 0
		var errs []error
		for a, err := range r.All() {
			if a != nil {
				articles++
			}
			if err != nil {
				var perr *ParseError
				if !errors.As(err, &perr) {
					t.Errorf("%s: error %v is not a *ParseError", tt.reason, err)
				} else if perr.Path != "dump.txt" {
					t.Errorf("%s: error %v has path %q", tt.reason, err, perr.Path)
				}
				errs = append(errs, err)
			}
		}
		if articles != tt.articles {
			t.Errorf("%s: got %d articles, want %d", tt.reason, articles, tt.articles)
		}
		if len(errs) != len(tt.want) {
			t.Errorf("%s: got errors %v, want %v", tt.reason, errs, tt.want)
			continue
		}
		for i := range errs {
			if !errors.Is(errs[i], tt.want[i]) {
				t.Errorf("%s: got error %v, want %v", tt.reason, errs[i], tt.want[i])
			}
		}
	}
}

func TestParseErrorPosition(t *testing.T) {
	r := NewReader(strings.NewReader("Eins\n\nDie Stra\xdfe ist " + para + "\n"))
	r.Path = "dump.txt"
	a, err := r.Read()
	want := ParseError{Path: "dump.txt", Line: 3, Column: 9, Offset: 14, Err: ErrInvalidUTF8}
	var got *ParseError
	if !errors.As(err, &got) {
		t.Fatalf("got error %v, want a *ParseError", err)
	}
	if diff := cmp.Diff(want, *got, cmp.Comparer(func(a, b error) bool { return a == b })); diff != "" {
		t.Errorf("error mismatch (-want +got):\n%s", diff)
	}
	if a == nil || !strings.Contains(a.Body[0].Text, "Stra\uFFFDe") {
		t.Errorf("the article should come with the bad byte replaced, got %+v", a)
	}
	if got := err.Error(); got != "dump.txt:3:9 (byte 14): invalid UTF-8" {
		t.Errorf("Error() = %q", got)
	}
}

// writeFiles writes files of the texts under dir, by their paths
// relative to it, making the folders they are in.
func writeFiles(t *testing.T, dir string, files ...[2]string) {
	t.Helper()
	for _, f := range files {
		p := filepath.Join(dir, f[0])
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(f[1]), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestOpen(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, [2]string{"b.txt", "Zwei\n\n" + para}, [2]string{"a.txt", "Eins\n\n" + para},
		[2]string{"sub/c.txt", "Drei\n\n" + para}, [2]string{".hidden", "Versteckt\n\n" + para})
	var got []string
	var errs int
	for a, err := range Open(dir, filepath.Join(dir, "missing.txt"), filepath.Join(dir, "a.txt")).All() {
		if err != nil {
			errs++
			continue
		}
		got = append(got, filepath.Base(a.Source.Path)+":"+a.Title)
	}
	want := []string{"a.txt:Eins", "b.txt:Zwei", "c.txt:Drei", "a.txt:Eins"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
	if errs != 1 {
		t.Errorf("got %d errors, want 1 for the missing file", errs)
	}
}

func FuzzReader(f *testing.F) {
	seeds, _ := filepath.Glob("../seeds/*.txt")
	for _, s := range seeds {
		b, _ := os.ReadFile(s)
		f.Add(b)
	}
	f.Add([]byte("Eins\n\n" + para + "\n\n(ako)Zwei\n\n" + para))
	f.Add([]byte("\fA\fB\n===\n"))
	// Containers: their articles' positions are in the unpacked data.
	doc := "Eins\n\n" + para + "\n"
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(doc))
	zw.Close()
	f.Add(gz.Bytes())
	f.Add(makeTar(f, [2]string{"a.txt", doc}, [2]string{"b.html", "<p>" + para + "</p>"}))
	f.Add(makeZip(f, [2]string{"a.txt", doc}, [2]string{"b.jsonl", `{"text":"x"}`}))
	f.Add(makeWARC(warcSample()[5:7], false))
	f.Fuzz(func(t *testing.T, data []byte) {
		if isTar(data) || isZip(data) || bytes.HasPrefix(data, []byte{0x1f, 0x8b}) {
			data = bytes.Clone(data)
			for range NewReader(bytes.NewReader(data)).All() {
				// No panic, no hang; positions are in the unpacked data.
			}
			return
		}
		lines := bytes.Count(data, []byte("\n")) + 1
		r := NewReader(bytes.NewReader(data))
		r.MaxLineBytes = 4096
		for a, err := range r.All() {
			if err != nil {
				var perr *ParseError
				if !errors.As(err, &perr) {
					t.Fatalf("error %v is not a *ParseError", err)
				}
				if perr.Offset < 0 || perr.Offset > int64(len(data)) || perr.Line > lines {
					t.Fatalf("error position outside the input: %v", err)
				}
			}
			if a == nil {
				continue
			}
			s := a.Source
			if s.Offset < 0 || s.Offset >= s.EndOffset || s.EndOffset > int64(len(data)) ||
				s.Line < 1 || s.Line > s.EndLine || s.EndLine > lines {
				t.Fatalf("source outside the input (%d bytes, %d lines): %+v", len(data), lines, s)
			}
		}
	})
}

func ExampleReader_All() {
	dump := "Peking fordert eine Erklärung\n\n" +
		"Die chinesische Regierung hat von den USA eine Erklärung gefordert. \"Wir verlangen eine eindeutige Antwort\", sagte ein Sprecher am Dienstag in Peking.\n\n" +
		"(ako)\n" +
		"\f\n" +
		"Beijing demands US explain Huawei spying\n\n" +
		"China has demanded an explanation over reports the NSA had hacked the servers of Huawei.\n"
	for a, err := range NewReader(strings.NewReader(dump)).All() {
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%s (%s, line %d)\n", a.Title, a.Language, a.Source.Line)
		for _, p := range a.Body {
			fmt.Println("  ", p.Text)
		}
		for _, r := range a.Removed {
			fmt.Printf("   removed %q by %s\n", r.Text, r.Rule)
		}
	}
	// Output:
	// Peking fordert eine Erklärung (de, line 1)
	//    Die chinesische Regierung hat von den USA eine Erklärung gefordert. „Wir verlangen eine eindeutige Antwort“, sagte ein Sprecher am Dienstag in Peking.
	//    removed "(ako)" by generic/sigle
	// Beijing demands US explain Huawei spying (en, line 7)
	//    China has demanded an explanation over reports the NSA had hacked the servers of Huawei.
}

func TestReaderRepeats(t *testing.T) {
	page := func(n int) string {
		return fmt.Sprintf("Unser Angebot für Hausbesitzer in der Region\n\nMeldung %d aus dem Kreis\n\n%s\n\nKreisanzeiger Medien, Hauptstraße 1, Musterstadt\n", n, para)
	}
	var dump []string
	for n := 1; n <= 5; n++ {
		dump = append(dump, page(n))
	}
	r := NewReader(strings.NewReader(strings.Join(dump, "\f\n")))
	r.Repeats = boilerplate.NewRepeats()
	var last *Article
	n := 0
	for a, err := range r.All() {
		if err != nil {
			t.Fatal(err)
		}
		last = a
		n++
	}
	if n != 5 {
		t.Fatalf("%d articles, want 5", n)
	}
	for _, p := range last.Body {
		if strings.Contains(p.Text, "Kreisanzeiger") || strings.Contains(p.Text, "Unser Angebot") {
			t.Errorf("repeated line kept in the last article: %q", p.Text)
		}
	}
	found := false
	for _, rm := range last.Removed {
		found = found || rm.Rule == boilerplate.RuleRepeated
	}
	if !found {
		t.Errorf("no line of the last article removed as repeated: %+v", last.Removed)
	}
	if r.Repeats.Pages() != 5 {
		t.Errorf("Repeats saw %d pages, want 5", r.Repeats.Pages())
	}
}

// TestReset reads several dumps through one Reader, resetting it for each,
// also in the middle of a dump and after gzip input, and expects what a new
// Reader per dump returns.
func TestReset(t *testing.T) {
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte("Gepackt\n\n" + para + "\n"))
	zw.Close()
	dumps := []string{
		"Eins\n\n" + para + "\n===\nZwei\n\n" + para + "\n\n" + para,
		"One\n\n" + enPara + "\n",
		gz.String(),
		"",
		"Drei\n\nKurz.\n\n" + para + "\n\fVier\n\n" + para,
	}
	read := func(r *Reader, limit int) []*Article {
		var out []*Article
		for a, _ := range r.All() {
			if a != nil {
				out = append(out, a)
			}
			if len(out) == limit {
				break
			}
		}
		return out
	}
	var r Reader
	r.Path = "dump"
	for i, d := range dumps {
		// Start the next dump in the middle of this one, then read it
		// whole.
		r.Reset(strings.NewReader(d))
		read(&r, 1)
		r.Reset(strings.NewReader(d))
		got := read(&r, -1)
		fresh := NewReader(strings.NewReader(d))
		fresh.Path = "dump"
		want := read(fresh, -1)
		if len(want) == 0 && i != 3 {
			t.Fatalf("dump %d: no articles", i)
		}
		if diff := cmp.Diff(want, got, cmpOpts); diff != "" {
			t.Errorf("dump %d: articles after Reset differ from a new Reader's (-new +reset):\n%s", i, diff)
		}
	}
}

func TestVerbatim(t *testing.T) {
	in := "Der \"Plan\" der Stadt\n\n" + para + " Er sagte: \"Das geht's.\" Die Sicher\u00adheit\u00a0steigt.\n\n" + para + "\n"
	read := func(verbatim bool) *Article {
		r := NewReader(strings.NewReader(in))
		r.Verbatim = verbatim
		a, err := r.Read()
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	clean, raw := read(false), read(true)
	if len(clean.Body) != len(raw.Body) || len(raw.Body) != 2 {
		t.Fatalf("paragraphs: %d cleaned, %d verbatim; want 2 each", len(clean.Body), len(raw.Body))
	}
	if want := "Der \"Plan\" der Stadt"; raw.Title != want {
		t.Errorf("verbatim title %q, want %q", raw.Title, want)
	}
	if want := "Der „Plan“ der Stadt"; clean.Title != want {
		t.Errorf("cleaned title %q, want %q", clean.Title, want)
	}
	if want := para + " Er sagte: \"Das geht's.\" Die Sicher\u00adheit\u00a0steigt."; raw.Body[0].Text != want {
		t.Errorf("verbatim paragraph\n%q, want\n%q", raw.Body[0].Text, want)
	}
	if strings.Contains(clean.Body[0].Text, "\u00ad") || !strings.Contains(clean.Body[0].Text, "„Das geht’s.“") {
		t.Errorf("cleaned paragraph not normalized: %q", clean.Body[0].Text)
	}
}

// TestStamps checks the published and updated dates read from stamp lines
// above the text, and that the dates of comments below it do not take
// their place.
func TestStamps(t *testing.T) {
	tests := []struct {
		in                 string
		published, updated string // the texts of the dates
		reason             string
	}{
		{"Der Plan der Stadt\n\nVeröffentlicht am 3. März 2025, aktualisiert am 4. März 2025 um 10:15 Uhr\n\n" + para + "\n\n" + para + "\n",
			"3. März 2025", "4. März 2025 um 10:15 Uhr", "both in one line"},
		{"Der Plan der Stadt\n\nStand: 04.03.2025, 10:15 Uhr\n\n" + para + "\n\n" + para + "\n",
			"", "04.03.2025, 10:15 Uhr", "only an update"},
		{"Der Plan der Stadt\n\n" + para + "\n\n" + para + "\n\nAnna sagt:\n5. März 2025 um 08:12 Uhr\n\nDanke!\n",
			"5. März 2025 um 08:12 Uhr", "", "a date below the text, where none is above"},
		{"Der Plan der Stadt\n\n3. März 2025\n\n" + para + "\n\n" + para + "\n\nAnna sagt:\n5. März 2025 um 08:12 Uhr\n",
			"3. März 2025", "", "the date above wins over a comment's"},
		{"Der Plan der Stadt\n\nVon Jana Müller, 3. März 2025\n\n" + para + "\n\n" + para + "\n",
			"3. März 2025", "", "a date in a byline"},
	}
	for _, tt := range tests {
		a, err := NewReader(strings.NewReader(tt.in)).Read()
		if err != nil {
			t.Fatalf("%s: %v", tt.reason, err)
		}
		if a.Published.Text != tt.published || a.Updated.Text != tt.updated {
			t.Errorf("%s: published %q, updated %q; want %q, %q", tt.reason, a.Published.Text, a.Updated.Text, tt.published, tt.updated)
		}
	}
	a, _ := NewReader(strings.NewReader(tests[0].in)).Read()
	// German time: an hour ahead of UTC in March, before summer time.
	want := time.Date(2025, 3, 4, 9, 15, 0, 0, time.UTC)
	if _, off := a.Updated.Time.Zone(); !a.Updated.Time.Equal(want) || off != 3600 || a.Updated.Precision.String() != "minute" {
		t.Errorf("updated %v (%v), want %v UTC in German time, minute precision", a.Updated.Time, a.Updated.Precision, want)
	}
}

// FuzzHTML reads arbitrary bytes as an HTML page: no panic, and an article
// only with text.
func FuzzHTML(f *testing.F) {
	for _, s := range []string{
		"<html><body><p>Text</p></body></html>",
		"<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"H\",\"author\":[{\"name\":1}]}</script></head><body><article><p>x",
		"<html><meta charset=\"windows-1252\"><p class=\" \">\x84Zitat\x93</p>",
		"<html><div class=\"nav-menu\"><p>a</p></div><time datetime=\"2024-01-02\">x</time>",
		"<html><body>" + strings.Repeat("<div><b>", 300) + "<p>Tief</p>" + strings.Repeat("</b></div>", 300), // past the parser's 512 levels
		// A site's profile, teaser cards and a second reading.
		`<html><head><link rel="canonical" href="https://www.faz.net/a/2024/12/18/x.html"><meta property="og:title" content="T | FAZ"></head><body><article class="atc"><h1>T</h1><p>Ein Satz, der lang genug ist, mit Kommas, und mehr.</p></article>` +
			strings.Repeat(`<div class="tsr-Base"><h3><a href="/b">Ein Titel mit drei Worten</a></h3><p>Kurz.</p></div>`, 3) + `<a-collapse class="a-inline-textbox"><p>x</p></a-collapse></body></html>`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if base, _ := url.Parse("https://www.heise.de/2024/12/18/a.html"); len(data)%2 == 0 {
			// The entry point for one page, with an address whose host has a profile.
			if a, err := ParseHTML(bytes.NewReader(data), base); a == nil && err == nil {
				t.Fatal("ParseHTML: neither article nor error")
			}
		}
		r := NewReader(bytes.NewReader(data))
		r.Format = FormatHTML
		for a, err := range r.All() {
			if a == nil && err == nil {
				t.Fatal("neither article nor error")
			}
			if a != nil && len(a.Body) == 0 && a.Title == "" && len(a.Removed) == 0 {
				t.Errorf("an article with nothing in it from %q", data)
			}
		}
	})
}

// TestDeepHTML reads a page nested 100,000 levels deep: the parser gives
// up beyond 512 open elements, which is an error for the page, not a
// panic or a hang; a page nested 400 deep is read.
func TestDeepHTML(t *testing.T) {
	page := func(depth int) string {
		return "<html><body>" + strings.Repeat("<div>", depth) + "<p>" + para + "</p>" + strings.Repeat("</div>", depth) + "</body></html>"
	}
	// Deeper than the HTML parser goes (512 open elements), the elements
	// below 200 levels are left out and the text is read.
	a, err := NewReader(strings.NewReader(page(100_000))).Read()
	if err != nil || len(a.Body) != 1 || a.Body[0].Text != para {
		t.Errorf("100,000 levels: got %+v, %v; want the paragraph", a, err)
	}
	// Unclosed tags, as old forums leave them, nest as deep.
	a, err = NewReader(strings.NewReader("<html><body>" + strings.Repeat("<font size=2>", 2000) + "<p>" + para + "</p><p>" + para + " Ende.</p></body></html>")).Read()
	if err != nil || len(a.Body) != 2 {
		t.Errorf("2,000 unclosed font tags: got %+v, %v; want two paragraphs", a, err)
	}
	a, err = NewReader(strings.NewReader(page(400))).Read()
	if err != nil || len(a.Body) != 1 {
		t.Errorf("400 levels: got %v, %v", a, err)
	}
}

// TestHTMLCountsPerPage reads one page twice with one Reader: each article
// counts its own changes, not those of the pages before.
func TestHTMLCountsPerPage(t *testing.T) {
	page := "<html><body><article><p>" + para + " Procter &amp;amp; Gamble.</p><p>" + para + "</p></article></body></html>"
	var r Reader
	for i := range 2 {
		r.Reset(strings.NewReader(page))
		a, err := r.Read()
		if err != nil {
			t.Fatal(err)
		}
		// The parser decodes "&amp;amp;" to "&amp;", left in the text
		// for the normalizer to decode once.
		if got := a.Normalized.Entities; got != 1 {
			t.Errorf("read %d: %d references counted, want 1", i+1, got)
		}
	}
}

// TestHTMLMetadataVerbatim checks that the fields an HTML page's metadata
// gives follow Reader.Verbatim like the fields read from its text.
func TestHTMLMetadataVerbatim(t *testing.T) {
	page := `<html><head><meta property="og:title" content="Der &quot;Plan&quot; der Stadt"></head><body><article><p>` + para + `</p><p>` + para + `</p></article></body></html>`
	for _, tt := range []struct {
		verbatim bool
		want     string
	}{{false, "Der „Plan“ der Stadt"}, {true, `Der "Plan" der Stadt`}} {
		r := NewReader(strings.NewReader(page))
		r.Verbatim = tt.verbatim
		a, err := r.Read()
		if err != nil {
			t.Fatal(err)
		}
		if a.Title != tt.want {
			t.Errorf("verbatim %v: title %q, want %q", tt.verbatim, a.Title, tt.want)
		}
	}
}

// repeatReader gives n bytes of c, without holding them.
type repeatReader struct {
	c byte
	n int
}

func (r *repeatReader) Read(p []byte) (int, error) {
	if r.n == 0 {
		return 0, io.EOF
	}
	p = p[:min(len(p), r.n)]
	for i := range p {
		p[i] = r.c
	}
	r.n -= len(p)
	return len(p), nil
}

// TestHugeLine reads a dump with a line of 100 MB between two articles'
// text: the line is skipped with ErrLineTooLong at its position, the text
// around it is read, and the Reader allocates far less than the line.
func TestHugeLine(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 100 MB")
	}
	head := "Eins\n\n" + para + "\n\n"
	in := io.MultiReader(strings.NewReader(head), &repeatReader{'x', 100 << 20}, strings.NewReader("\n\n"+para+"\n"))
	boilerplate.Default() // compiled once for all Readers, not counted
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	var got []string
	for a, err := range NewReader(in).All() {
		var perr *ParseError
		switch {
		case errors.As(err, &perr) && errors.Is(err, ErrLineTooLong):
			got = append(got, fmt.Sprintf("line %d column %d byte %d too long", perr.Line, perr.Column, perr.Offset))
		case err != nil:
			t.Fatal(err)
		}
		if a != nil {
			got = append(got, fmt.Sprintf("%q: %d paragraphs", a.Title, len(a.Body)))
		}
	}
	runtime.ReadMemStats(&after)
	// The error points at the first byte past the limit.
	want := []string{fmt.Sprintf("line 5 column %d byte %d too long", DefaultMaxLineBytes+1, len(head)+DefaultMaxLineBytes), `"Eins": 2 paragraphs`}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 8<<20 {
		t.Errorf("allocated %d MB for a 100 MB line", alloc>>20)
	}
}

// TestTruncatedGzipPage reads an HTML page whose gzip stream is cut: the
// error of the cut stream, at the bytes read, and no article of half a
// page.
func TestTruncatedGzipPage(t *testing.T) {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte("<html><body><p>" + strings.Repeat(para+" ", 200) + "</p></body></html>"))
	zw.Close()
	var got []string
	for a, err := range NewReader(bytes.NewReader(b.Bytes()[:b.Len()/2])).All() {
		switch {
		case a != nil:
			got = append(got, "article")
		case errors.Is(err, io.ErrUnexpectedEOF):
			got = append(got, "cut short")
		default:
			got = append(got, fmt.Sprint(err))
		}
	}
	if !slices.Equal(got, []string{"cut short"}) {
		t.Errorf("got %q, want the stream's error alone", got)
	}
}

// A caption that ends with its picture's credit gives an image with both,
// and leaves the body.
func TestCaptionCredit(t *testing.T) {
	for _, c := range []struct{ in, caption, credit string }{
		{"Erdölpumpen im Abendrot. Bild: TebNad/Shutterstock.com", "Erdölpumpen im Abendrot.", "TebNad/Shutterstock.com"},
		{"Lee Elder war beim Masters 1975 der Zuschauermagnet. | © Augusta National/Getty Images", "Lee Elder war beim Masters 1975 der Zuschauermagnet.", "Augusta National/Getty Images"},
		{"Das Hermelin ist im Winter gut getarnt.  (mlharing / iStock.com)", "Das Hermelin ist im Winter gut getarnt.", "mlharing / iStock.com"},
		{"Microsoft plans to cut its emissions by 2030. Mike Blake/Reuters files", "Microsoft plans to cut its emissions by 2030.", "Mike Blake/Reuters files"},
		{"Nicht labern, ranklotzen! Foto: Timur | flickr| CC BY 2.0", "Nicht labern, ranklotzen!", "Timur | flickr| CC BY 2.0"},
		{"USA und China Flagge", "USA und China Flagge", ""},
		{"Der Marktplatz (links) im Jahr 1910", "Der Marktplatz (links) im Jahr 1910", ""},
		{"Blick vom Turm (links)", "Blick vom Turm (links)", ""},
		{"Foto: dpa", "Foto: dpa", ""},
	} {
		if caption, credit := cutCaptionCredit(c.in); caption != c.caption || credit != c.credit {
			t.Errorf("cutCaptionCredit(%q) = %q, %q; want %q, %q", c.in, caption, credit, c.caption, c.credit)
		}
	}
	text := "Ölpreis steigt auf Rekordhoch\n\n" + para + "\n\nErdölpumpen im Abendrot. Bild: TebNad/Shutterstock.com\n\n" + para + "\n"
	a, err := NewReader(strings.NewReader(text)).Read()
	if err != nil {
		t.Fatal(err)
	}
	want := []Image{{Line: 5, Alt: "Erdölpumpen im Abendrot.", Credit: "TebNad/Shutterstock.com"}}
	if diff := cmp.Diff(want, a.Images); diff != "" || len(a.Body) != 2 {
		t.Errorf("images (-want +got):\n%s\nbody %q", diff, a.Body)
	}
}

// A dateline that opens the text gives a text article its date; a date
// that starts a sentence does not.
func TestTextDateline(t *testing.T) {
	for _, c := range []struct{ first, want string }{
		{"Berlin, 18.12.2024 – Die Bundesregierung hat am Mittwoch den Haushalt für das kommende Jahr beschlossen.", "2024-12-18"},
		{"18.12.2024 - Die Bundesregierung hat am Mittwoch den Haushalt für das kommende Jahr beschlossen.", "2024-12-18"},
		{"Am 18.12.2024 hat die Bundesregierung den Haushalt für das kommende Jahr beschlossen, wie sie mitteilte.", ""},
	} {
		text := "Regierung beschließt Haushalt\n\n" + c.first + "\n\n" + para + "\n"
		a, err := NewReader(strings.NewReader(text)).Read()
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		if !a.Published.Time.IsZero() {
			got = a.Published.Time.Format("2006-01-02")
		}
		if got != c.want {
			t.Errorf("%q: published %q, want %q", c.first, got, c.want)
		}
	}
}
