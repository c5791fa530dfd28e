package main

import (
	"bufio"
	"fmt"
	"os"
	"time"

	"golang.org/x/text/language"

	"github.com/newsdump/newsdump/normalize"
)

func main() {
	ref := time.Date(2024, 12, 20, 10, 30, 0, 0, time.UTC)
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		s := sc.Text()
		if s == "" {
			continue
		}
		for _, l := range []language.Tag{language.German, language.English} {
			p := normalize.DateParser{Reference: ref, Language: l}
			d, ok := p.Parse(s)
			ms := p.Find("Er sagte " + s + " etwas.")
			fs := ""
			for _, m := range ms {
				fs += fmt.Sprintf(" [%q %v %v]", m.Text, m.Time.Format(time.RFC3339), m.Precision)
			}
			fmt.Printf("%-5v %-40q ok=%-5v %s %v end=%s | find:%s\n", l, s, ok, d.Time.Format("2006-01-02T15:04Z07:00"), d.Precision, d.End.Format("2006-01-02T15:04"), fs)
			break
		}
	}
}
