package article

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsdump/newsdump/boilerplate"
)

// repeatPage is a page of one site: a line of its menu, the article, a
// background paragraph the site's reporters reuse, and its footer, written
// as prose that no rule knows.
func repeatPage(i int, background bool) string {
	topics := [...]struct{ title, text string }{
		{"Der Gemeinderat beschließt den Haushalt", "Der Gemeinderat hat am Abend über den Haushalt beraten und ihn mit großer Mehrheit beschlossen, wie die Sitzungsleitung mitteilte."},
		{"Neue Buslinie verbindet die Ortsteile", "Von Montag an fährt eine neue Buslinie im Halbstundentakt zwischen dem Bahnhof, dem Klinikum und den nördlichen Ortsteilen."},
		{"Freibad öffnet früher als geplant", "Wegen des warmen Wetters öffnet das Freibad an der Aue schon in dieser Woche, die Becken wurden über den Winter neu gefliest."},
		{"Feuerwehr bekommt ein neues Gerätehaus", "Nach jahrelanger Planung hat der Bau des Gerätehauses für die freiwillige Feuerwehr begonnen, die Kosten trägt zum Teil das Land."},
		{"Stadtbücherei verlängert die Öffnungszeiten", "Die Stadtbücherei hat künftig auch am Samstagnachmittag geöffnet, ehrenamtliche Helfer übernehmen dann die Ausleihe und die Beratung."},
		{"Marktplatz wird zur Baustelle", "Ab dem Frühjahr wird das Pflaster des Marktplatzes erneuert, Händler und Anwohner müssen sich auf Umleitungen und Lärm einstellen."},
	}
	tp := topics[(i-1)%len(topics)]
	var b strings.Builder
	fmt.Fprintf(&b, "Lokales Kultur Wetter Leserreisen\n\n%s\n\n%s\n\n", tp.title, tp.text)
	if background {
		b.WriteString("Die Stadt ist seit Jahren hoch verschuldet und muss jeden neuen Kredit von der Aufsichtsbehörde des Landes genehmigen lassen.\n\n")
	}
	fmt.Fprintf(&b, "Wie es weitergeht, soll nach Angaben der Verwaltung in der Sitzung am %d. März entschieden werden, die öffentlich ist.\n\n", i+2)
	b.WriteString("Die Redaktion erreichen Sie werktags zwischen neun und siebzehn Uhr unter der bekannten Rufnummer im Rathaus am Markt.\n")
	return b.String()
}

func TestRepeats(t *testing.T) {
	var dump strings.Builder
	for i := 1; i <= 6; i++ {
		dump.WriteString(repeatPage(i, i != 4))
		dump.WriteString("\f\n")
	}
	// A story the dump holds twice more, word for word.
	for range 2 {
		dump.WriteString(repeatPage(6, true))
		dump.WriteString("\f\n")
	}
	const footer = "Die Redaktion erreichen Sie werktags zwischen neun und siebzehn Uhr unter der bekannten Rufnummer im Rathaus am Markt."
	const background = "Die Stadt ist seit Jahren"
	const menu = "Lokales Kultur Wetter Leserreisen"
	run := func(t *testing.T, r *Reader) []*Article {
		var arts []*Article
		for a, err := range r.All() {
			if err != nil {
				t.Fatal(err)
			}
			arts = append(arts, a)
		}
		if len(arts) != 8 {
			t.Fatalf("%d articles, want 8", len(arts))
		}
		return arts
	}
	in := func(a *Article, text string) (body, repeated bool) {
		for _, p := range a.Body {
			if strings.Contains(p.Text, text) {
				body = true
			}
		}
		for _, r := range a.Removed {
			if strings.Contains(r.Text, text) && r.Rule == boilerplate.RuleRepeated {
				repeated = true
			}
		}
		return body, repeated
	}
	arts := run(t, NewReader(strings.NewReader(dump.String())))
	for i, a := range arts {
		body, repeated := in(a, footer)
		// Pages 1 to 3 keep the footer, 4 to 6 lose it; the copies of
		// page 6 keep theirs.
		if want := i >= 3 && i <= 5; repeated != want || body == want {
			t.Errorf("page %d: footer in body %v, removed as repeated %v; want removed %v", i+1, body, repeated, want)
		}
		if a.Title == "" {
			t.Errorf("page %d: title %q", i+1, a.Title)
		}
		if body, _ := in(a, background); body != (i != 3) {
			t.Errorf("page %d: background paragraph in the body %v", i+1, body)
		}
		if body, repeated := in(a, menu); body || repeated && i < 3 {
			t.Errorf("page %d: menu in body %v, removed as repeated %v", i+1, body, repeated)
		}
		for _, m := range a.Dates {
			if m.Paragraph >= len(a.Body) || !strings.Contains(a.Body[m.Paragraph].Text[m.Offset:], m.Text) {
				t.Errorf("page %d: mention %+v not in its paragraph", i+1, m)
			}
		}
		if i >= 3 && i <= 5 && a.Fingerprint != FingerprintOf(a.Body) {
			t.Errorf("page %d: fingerprint of the body before the removal", i+1)
		}
	}

	// KeepRepeats keeps them; Parallel gives what All gives.
	keep := NewReader(strings.NewReader(dump.String()))
	keep.KeepRepeats = true
	for i, a := range run(t, keep) {
		if body, _ := in(a, footer); !body {
			t.Errorf("KeepRepeats: page %d lost its footer", i+1)
		}
	}
	for _, workers := range []int{1, 2, 3} {
		all := collect(NewReader(strings.NewReader(dump.String())).All())
		par := collect(NewReader(strings.NewReader(dump.String())).Parallel(workers))
		if diff := cmp.Diff(all, par); diff != "" {
			t.Errorf("Parallel(%d) differs from All (-All +Parallel):\n%s", workers, diff)
		}
	}

	// Pages of other sites count apart: a footer of site A on three pages
	// does not remove it from the first page of site B.
	var jl strings.Builder
	for i, host := range []string{"a.example", "a.example", "a.example", "b.example", "a.example"} {
		fmt.Fprintf(&jl, "{\"url\":\"https://www.%s/%d\",\"text\":%q}\n", host, i, repeatPage(i+1, false))
	}
	arts = nil
	for a, err := range NewReader(strings.NewReader(jl.String())).All() {
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, a)
	}
	for i, want := range []bool{false, false, false, false, true} {
		if _, repeated := in(arts[i], footer); repeated != want {
			t.Errorf("record %d (%s): footer removed as repeated %v, want %v", i+1, arts[i].URL, repeated, want)
		}
	}
}
