// Command read prints the title, authors and paragraphs of every article in
// the dumps named on the command line.
//
//	go run ./examples/read seeds/
//	cat seeds/*.txt | go run ./examples/read -
package main

import (
	"fmt"
	"os"

	"github.com/newsdump/newsdump/article"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: read PATH... | -")
		os.Exit(2)
	}
	status := 0
	for a, err := range article.Open(os.Args[1:]...).All() {
		if err != nil {
			fmt.Fprintln(os.Stderr, "read:", err)
			status = 1
		}
		if a == nil {
			continue
		}
		fmt.Printf("# %s\n", a.Title)
		fmt.Printf("  %s, line %d, %s, site %q\n", a.Source.Path, a.Source.Line, a.Language, a.Site)
		for _, au := range a.Authors {
			fmt.Printf("  by %s %s\n", au.Name, au.Role)
		}
		for _, p := range a.Body {
			fmt.Printf("  | %.70s…\n", p.Text)
		}
		for _, r := range a.Removed {
			fmt.Printf("  - removed line %d by %s\n", r.Line, r.Rule)
		}
	}
	os.Exit(status)
}
