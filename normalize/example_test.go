package normalize_test

import (
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/language"
	"golang.org/x/text/transform"

	"github.com/newsdump/newsdump/normalize"
)

func ExampleNormalizer() {
	n := normalize.Normalizer{Language: language.German}
	fmt.Println(n.Paragraph(`Der FuÃŸballtrainer sagte: "Das war 'ne klare Sache" &ndash; geht's noch?`))
	fmt.Printf("%+v\n", n.Counts)
	// Output:
	// Der Fußballtrainer sagte: „Das war ’ne klare Sache“ – geht’s noch?
	// {Entities:1 Mojibake:1 Invisible:0 Folded:0 Dashes:0 Quotes:4}
}

func ExampleNormalizer_styles() {
	for _, n := range []normalize.Normalizer{
		{Language: language.German, Marks: normalize.GermanGuillemets},
		{Language: language.German, Marks: normalize.ASCII},
		{Language: language.English, Dashes: true},
	} {
		fmt.Println(n.Paragraph(`Berlin - Er sagte: "Das ist 'absurd'".`))
	}
	// Output:
	// Berlin - Er sagte: »Das ist ›absurd‹«.
	// Berlin - Er sagte: "Das ist 'absurd'".
	// Berlin – Er sagte: “Das ist ‘absurd’”.
}

// A Normalizer is a transform.Transformer: here it streams the lines of a
// file written in Windows-1252, after the decoder of golang.org/x/text.
func ExampleNormalizer_Transform() {
	latin1, _ := charmap.Windows1252.NewEncoder().String("\"Grüße\" aus Köln\n  und  &quot;München&quot;\n")
	n := &normalize.Normalizer{Language: language.German}
	r := transform.NewReader(strings.NewReader(latin1), transform.Chain(charmap.Windows1252.NewDecoder(), n))
	if _, err := io.Copy(os.Stdout, r); err != nil {
		fmt.Println(err)
	}
	// Output:
	// „Grüße“ aus Köln
	// und „München“
}

func ExampleEntities() {
	fmt.Println(normalize.Entities("K&auml;se &amp; &#132;Wein&#147; &amp;quot;AT&T&amp;quot;"))
	// Output: Käse & „Wein“ "AT&T" 8
}

func ExampleMojibake() {
	fmt.Println(normalize.Mojibake("â€žFuÃŸballâ€œ ist ZURÃœCK, MARQUÉ… bleibt"))
	// Output: „Fußball“ ist ZURÜCK, MARQUÉ… bleibt 4
}
