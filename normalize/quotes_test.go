package normalize

import (
	"fmt"
	"testing"

	"golang.org/x/text/language"
)

func TestQuotes(t *testing.T) {
	de, en := language.German, language.English
	tests := []struct {
		in, want string
		lang     language.Tag
		reason   string
	}{
		{`China hat die Vorwürfe als "Verleumdung" zurückgewiesen.`, `China hat die Vorwürfe als „Verleumdung“ zurückgewiesen.`, de, "straight quotes in German"},
		{`“Es betrifft den Finanzbereich.” Jeder Aspekt`, `„Es betrifft den Finanzbereich.“ Jeder Aspekt`, de, "English marks in German text"},
		{`„ernsthafter Besorgnis“ über`, `„ernsthafter Besorgnis“ über`, de, "correct German left alone"},
		{`sagte er: ”Nein.” Dann`, `sagte er: „Nein.“ Dann`, de, "right marks used on both sides"},
		{`Er sagte: "Sie nannte es 'Unsinn'."`, `Er sagte: „Sie nannte es ‚Unsinn‘.“`, de, "nested quotes in German"},
		{`Wie geht's? Gibt's 'ne Antwort?`, `Wie geht’s? Gibt’s ’ne Antwort?`, de, "German apostrophes and elision"},
		{`Hans' Auto`, `Hans’ Auto`, de, "possessive apostrophe after s"},
		{`in den 80er-Jahren und den '90ern`, `in den 80er-Jahren und den ’90ern`, de, "decade apostrophe"},
		{`»Guillemets« bleiben`, `»Guillemets« bleiben`, de, "guillemets kept"},
		{`Er ist 5'7" groß`, `Er ist 5'7" groß`, de, "primes after digits"},
		{`provide a "clear explanation" over`, `provide a “clear explanation” over`, en, "straight quotes in English"},
		{`Huawei's headquarters wasn't`, `Huawei’s headquarters wasn’t`, en, "English apostrophes"},
		{`„Wrong marks“ in English`, `“Wrong marks” in English`, en, "never „ in English"},
		{`"He said 'no' twice," she said.`, `“He said ‘no’ twice,” she said.`, en, "nested English quotes"},
		{`rock 'n' roll in the '90s, doin' fine`, `rock ’n’ roll in the ’90s, doin’ fine`, en, "English elisions"},
		{`defend the "extensive U.S. espionage in China and elsewhere".`, `defend the “extensive U.S. espionage in China and elsewhere”.`, en, "quote before period"},
		{`("Zitat")`, `(„Zitat“)`, de, "quote inside brackets"},
		{`– "Zitat" –`, `– „Zitat“ –`, de, "quote next to dashes"},
		{`"Zitat"`, `"Zitat"`, language.French, "other languages unchanged"},
	}
	for _, tt := range tests {
		checkQuotes(t, tt.lang, tt.in, tt.want, tt.reason)
	}
}

// checkQuotes checks Quotes on one case, and that it holds still on what
// it gives.
func checkQuotes(t *testing.T, lang language.Tag, in, want, reason string) {
	t.Helper()
	got := Quotes(in, lang)
	if got != want {
		t.Errorf("Quotes(%q, %v) (%s)\n got %q\nwant %q", in, lang, reason, got, want)
	}
	if again := Quotes(got, lang); again != got {
		t.Errorf("Quotes is not idempotent on %q: %q", got, again)
	}
}

func ExampleQuotes() {
	fmt.Println(Quotes(`China nannte die Vorwürfe "Verleumdung", geht's noch?`, language.German))
	fmt.Println(Quotes(`Huawei's spokesperson said: "It's not acceptable."`, language.English))
	// Output:
	// China nannte die Vorwürfe „Verleumdung“, geht’s noch?
	// Huawei’s spokesperson said: “It’s not acceptable.”
}
