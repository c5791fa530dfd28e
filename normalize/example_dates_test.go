package normalize_test

import (
	"fmt"
	"time"

	"github.com/newsdump/newsdump/normalize"
)

// A DateParser finds the dates of running text and resolves them against
// its reference time, each with the precision the text gives.
func ExampleDateParser_Find() {
	p := normalize.DateParser{
		Reference: time.Date(2024, 12, 20, 10, 30, 0, 0, time.UTC),
		Language:  normalize.German,
	}
	text := "Am 3. Dezember 2024 kündigte der Rat an, was er vor 2 Stunden beschlossen hat: Die Brücke wird bis Mitte Januar gesperrt."
	for _, m := range p.Find(text) {
		fmt.Printf("%q: %s (%s)\n", m.Text, m.Time.Format("2006-01-02 15:04 MST"), m.Precision)
	}
	// Output:
	// "3. Dezember 2024": 2024-12-03 00:00 CET (day)
	// "vor 2 Stunden": 2024-12-20 08:30 UTC (hour)
	// "Mitte Januar": 2025-01-11 00:00 CET (span)
}

// Parse reads one expression whole.
func ExampleDateParser_Parse() {
	p := normalize.DateParser{Reference: time.Date(2024, 12, 20, 10, 30, 0, 0, time.UTC)}
	for _, s := range []string{"gestern, 18:05 Uhr", "Sep 03 2014 | 4:32 pm EDT", "KW 12", "31 April 2015"} {
		if d, ok := p.Parse(s); ok {
			fmt.Printf("%s: %s %s\n", s, d.Time.Format(time.RFC3339), d.Precision)
		} else {
			fmt.Printf("%s: no date\n", s)
		}
	}
	// Output:
	// gestern, 18:05 Uhr: 2024-12-19T18:05:00Z minute
	// Sep 03 2014 | 4:32 pm EDT: 2014-09-03T16:32:00-04:00 minute
	// KW 12: 2024-03-18T00:00:00Z week
	// 31 April 2015: no date
}

// Language tells German from English by their function words.
func ExampleLanguage() {
	fmt.Println(normalize.Language("Die Regierung hat am Montag eine Erklärung gefordert, wie ein Sprecher sagte."))
	fmt.Println(normalize.Language("The government has demanded an explanation from the United States, and a spokesman said that it was a matter of serious concern to the ministry."))
	fmt.Println(normalize.Language("1:0"))
	// Output:
	// de
	// en
	// und
}
