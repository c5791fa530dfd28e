// Command dates lists the date expressions in the text on standard input,
// resolved against a reference time.
//
//	echo 'Der Angriff begann vor 3 Stunden, die Warnung kam am Montag.' | go run ./examples/dates -ref 2024-12-20
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/newsdump/newsdump/normalize"
)

func main() {
	ref := flag.String("ref", "", "reference date (2024-12-20); relative dates stay unresolved without it")
	flag.Parse()
	var p normalize.DateParser
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
			fmt.Printf("%d:%d\t%q\t%s\t%s\n", line, m.Offset+1, m.Text, m.Precision, when)
		}
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "dates:", err)
		os.Exit(1)
	}
}
