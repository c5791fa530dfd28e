// Command quotes sets the quotation marks of the text on standard input by
// the rules of a language: „…“ for German (the default), “…” for English.
//
//	echo 'Er sagte: "Geht's noch?"' | go run ./examples/quotes
//	echo 'She said: "It's fine."' | go run ./examples/quotes -lang en
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"

	"golang.org/x/text/language"

	"github.com/newsdump/newsdump/normalize"
)

func main() {
	lang := flag.String("lang", "de", "language of the text: de or en")
	flag.Parse()
	tag, err := language.Parse(*lang)
	if err != nil {
		fmt.Fprintln(os.Stderr, "quotes:", err)
		os.Exit(2)
	}
	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(make([]byte, 64<<10), 16<<20)
	for sc.Scan() {
		fmt.Println(normalize.Quotes(normalize.Text(sc.Text()), tag))
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "quotes:", err)
		os.Exit(1)
	}
}
