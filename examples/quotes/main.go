// Command quotes normalizes the text on standard input, line by line, as
// a normalize.Normalizer streams it: HTML references decoded, mojibake
// repaired, invisible characters removed, and the quotation marks set by
// the rules of a language: „…“ for German (the default), “…” for English.
// What it changed goes to standard error.
//
//	echo 'Er sagte: "Geht's noch?"' | go run ./examples/quotes
//	echo 'She said: "It's fine." &ndash; FuÃŸball' | go run ./examples/quotes -lang en
//	echo 'Er sagte: "Nein" - und ging.' | go run ./examples/quotes -marks german-guillemets -dashes
package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"golang.org/x/text/language"
	"golang.org/x/text/transform"

	"github.com/newsdump/newsdump/normalize"
)

func main() {
	lang := flag.String("lang", "de", "language of the text: de or en")
	n := &normalize.Normalizer{}
	flag.TextVar(&n.Marks, "marks", normalize.Typographic, "quotation marks: `STYLE` typographic, german-guillemets, swiss-guillemets or ascii")
	flag.BoolVar(&n.Dashes, "dashes", false, "set a hyphen between spaces as an en dash")
	flag.Parse()
	tag, err := language.Parse(*lang)
	if err != nil {
		fmt.Fprintln(os.Stderr, "quotes:", err)
		os.Exit(2)
	}
	n.Language = tag
	if _, err := io.Copy(os.Stdout, transform.NewReader(os.Stdin, n)); err != nil {
		fmt.Fprintln(os.Stderr, "quotes:", err)
		os.Exit(1)
	}
	fmt.Fprintf(os.Stderr, "%+v\n", n.Counts)
}
