package boilerplate_test

import (
	"fmt"

	"github.com/newsdump/newsdump/boilerplate"
)

// A caller's own site profile: rules as data, tried before the generic
// ones; a rule that identifies the site turns the profile on.
func ExampleNew() {
	profile := boilerplate.Profile{
		Site: "stadtblatt.example",
		Rules: []boilerplate.Rule{
			{Name: "stadtblatt.example/share-bar", Kind: boilerplate.ShareBar, Identifies: true,
				Reason: "share buttons under the headline", Exact: []string{"Teilen Drucken Merken"}},
			{Name: "stadtblatt.example/abo-promo", Kind: boilerplate.Promo,
				Reason: "subscription promotion", Contains: []string{"jetzt stadtblatt plus testen"}},
		},
	}
	c, err := boilerplate.New(append([]boilerplate.Profile{profile}, boilerplate.DefaultProfiles()...), boilerplate.GenericRules())
	if err != nil {
		fmt.Println(err)
		return
	}
	lines := []string{
		"Neuer Radweg an der Hauptstraße",
		"Teilen Drucken Merken",
		"Der Stadtrat hat am Dienstag den Bau eines Radwegs an der Hauptstraße beschlossen, der im Frühjahr beginnen soll.",
		"Die Arbeiten sollen nach Angaben der Verwaltung etwa drei Monate dauern und rund zwei Millionen Euro kosten.",
		"Jetzt Stadtblatt Plus testen: vier Wochen für einen Euro.",
	}
	res := c.Classify(lines)
	fmt.Println(res.Site)
	for i, l := range res.Labels {
		fmt.Printf("%-10s %-30s %.30s\n", l.Kind, l.Rule, lines[i])
	}
	// Output:
	// stadtblatt.example
	// title                                     Neuer Radweg an der Hauptstraß
	// share_bar  stadtblatt.example/share-bar   Teilen Drucken Merken
	// body                                      Der Stadtrat hat am Dienstag d
	// body                                      Die Arbeiten sollen nach Angab
	// promo      stadtblatt.example/abo-promo   Jetzt Stadtblatt Plus testen:
}

// A program that splits a stream of lines into articles on its own
// prepares each line once: the prepared line answers whether it ends an
// article as it arrives, and the article's prepared lines are classified
// when it is complete, without being read again.
func ExampleClassifier_ClassifyLines() {
	c := boilerplate.Default()
	stream := []string{
		"Peking fordert eine Erklärung",
		"Die chinesische Regierung hat von den USA eine Erklärung zu Berichten über eine Ausspähung gefordert, wie ein Sprecher sagte.",
		"Man verlange, dass die Amerikaner solche Verhaltensweisen einstellen, sagte der Sprecher des Außenministeriums in Peking.",
		"(ako)",
	}
	var article []boilerplate.Line
	for _, text := range stream {
		l := c.NewLine(text)
		article = append(article, l)
		if rule, ok := c.LineEndMarker(&l); ok {
			fmt.Println("article ends:", rule)
			break
		}
	}
	for i, l := range c.ClassifyLines(article, nil).Labels {
		fmt.Printf("%-11s %.29s\n", l.Kind, stream[i])
	}
	// Output:
	// article ends: generic/sigle
	// title       Peking fordert eine Erklärung
	// body        Die chinesische Regierung hat
	// body        Man verlange, dass die Amerik
	// sigle       (ako)
}
