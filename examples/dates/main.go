// Command dates lists the date expressions in the text on standard input,
// resolved against a reference time, in the zone and day-month order of a
// language.
//
//	echo 'Der Angriff begann vor 3 Stunden, die Warnung kam am Montag.' | go run ./examples/dates -ref 2024-12-20
//	echo 'Am Montag, 22.11.2026 um 14:30 Uhr' | go run ./examples/dates -lang de
//	echo 'Filed 04/03/2026 at 2:57 p.m.' | go run ./examples/dates -lang en-GB
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"time"

	"golang.org/x/text/language"

	"github.com/newsdump/newsdump/normalize"
)

func main() {
	ref := flag.String("ref", "", "reference date (2024-12-20); relative dates stay unresolved without it")
	lang := flag.String("lang", "und", "language of the text (de, en, en-US, en-GB, ...): German times are in German time; it orders day and month in 04/03/2026")
	ahead := flag.Bool("ahead", false, "take weekdays and dates without a year on or after the reference, not before")
	flag.Parse()
	var p normalize.DateParser
	tag, err := language.Parse(*lang)
	if err != nil {
		fmt.Fprintln(os.Stderr, "dates:", err)
		os.Exit(2)
	}
	p.Language = tag
	if *ahead {
		p.Direction = normalize.Future
	}
	if *ref != "" {
		t, err := time.Parse(time.DateOnly, *ref)
		if err != nil {
			fmt.Fprintln(os.Stderr, "dates:", err)
			os.Exit(2)
		}
		p.Reference = t
	}
	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(make([]byte, 64<<10), 16<<20)
	for line := 1; sc.Scan(); line++ {
		for _, m := range p.Find(sc.Text()) {
			when := "unresolved"
			if m.Resolved() {
				when = m.Time.Format(time.RFC3339)
				if !m.End.IsZero() {
					when += " until " + m.End.Format(time.RFC3339)
				}
			}
			if m.Ambiguous {
				when += " (day and month could be the other way round)"
			}
			fmt.Printf("%d:%d\t%q\t%s\t%s\n", line, m.Offset+1, m.Text, m.Precision, when)
		}
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "dates:", err)
		os.Exit(1)
	}
}
