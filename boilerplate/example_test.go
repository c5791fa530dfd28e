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
