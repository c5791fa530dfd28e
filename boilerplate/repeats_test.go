package boilerplate

import (
	"fmt"
	"strings"
	"testing"
)

// sitePage is a page of one site: the same menu and footer around a
// different article each time.
func sitePage(n int) []string {
	return strings.Split(fmt.Sprintf(`Startseite
Ratgeber Heizung und Sanitär
Unser Angebot für Hausbesitzer in der Region

Meldung Nummer %d aus dem Landkreis

Die Stadtwerke haben am Dienstag den %d. Abschnitt ihres Plans für den Ausbau des Netzes vorgestellt, der bis 2028 reichen soll.

Finanziert wird der Ausbau zum größten Teil aus eigenen Mitteln, ein Viertel kommt aus dem Förderprogramm des Bundes.

Unser Angebot für Hausbesitzer in der Region
Kreisanzeiger Medien, Hauptstraße 1, 12345 Musterstadt`, n, n), "\n")
}

func TestRepeats(t *testing.T) {
	rep := NewRepeats()
	c := Default()
	for n := 1; n <= 3; n++ {
		rep.Add(sitePage(n))
	}
	if got := rep.Count("Kreisanzeiger Medien, Hauptstraße 1, 12345 Musterstadt"); got != 3 {
		t.Errorf("Count of the footer = %d, want 3", got)
	}
	if got := rep.Count("Meldung Nummer 1 aus dem Landkreis"); got != 1 {
		t.Errorf("Count of a headline = %d, want 1", got)
	}
	page := sitePage(4)
	res := c.ClassifyRepeats(page, rep)
	for i, l := range res.Labels {
		line := page[i]
		repeated := strings.HasPrefix(line, "Unser Angebot") || strings.HasPrefix(line, "Kreisanzeiger") ||
			strings.HasPrefix(line, "Ratgeber") || line == "Startseite"
		if repeated && l.Rule != RuleRepeated && l.Kind != Boilerplate {
			t.Errorf("line %d %q: %v %s, want removed as repeated", i+1, line, l.Kind, l.Rule)
		}
		if strings.HasPrefix(line, "Die Stadtwerke") && l.Kind != Body {
			t.Errorf("line %d %q: %v %s, want body", i+1, line, l.Kind, l.Rule)
		}
	}
	var zero Repeats
	if zero.Count("x") != 0 || zero.Repeated("x") {
		t.Error("the zero Repeats counts something")
	}
	zero.Add([]string{"x"})
	if zero.Count("x") != 1 {
		t.Error("the zero Repeats does not count after Add")
	}
}

func TestRepeatsBounded(t *testing.T) {
	rep := &Repeats{Size: 100}
	for n := 0; n < 50; n++ {
		var page []string
		for i := 0; i < 20; i++ {
			page = append(page, fmt.Sprintf("line %d of page %d", i, n))
		}
		page = append(page, "Impressum")
		rep.Add(page)
	}
	if len(rep.counts) > 100+21 {
		t.Errorf("%d lines kept, want at most about 100", len(rep.counts))
	}
	if rep.Count("Impressum") != 50 {
		t.Errorf("Count(Impressum) = %d, want 50", rep.Count("Impressum"))
	}
}
