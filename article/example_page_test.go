package article_test

import (
	"fmt"
	"net/url"
	"strings"

	"github.com/newsdump/newsdump/article"
)

// One HTML page, read on its own with its address: the metadata's title
// and date, the article's text without the navigation, and where each
// field came from.
func ExampleParseHTML() {
	page := `<html lang="de"><head><title>Radweg beschlossen | Stadtblatt</title>
<meta property="article:published_time" content="2024-12-18T09:30:00+01:00"></head>
<body><nav><a href="/">Start</a> <a href="/lokales">Lokales</a></nav>
<article><h1>Radweg beschlossen</h1>
<p>Der Stadtrat hat am Dienstag den Bau eines Radwegs an der Hauptstraße beschlossen, der im Frühjahr beginnen soll.</p>
<p>Die Arbeiten sollen nach Angaben der Verwaltung etwa drei Monate dauern und rund zwei Millionen Euro kosten.</p>
</article></body></html>`
	base, _ := url.Parse("https://stadtblatt.example/lokales/radweg")
	a, err := article.ParseHTML(strings.NewReader(page), base)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Title, "|", a.Published.Time.Format("2006-01-02 15:04"), "|", a.Language, "|", a.URL)
	fmt.Println(a.Page.From["published"])
	for _, p := range a.Body {
		fmt.Println(p.Text)
	}
	// Output:
	// Radweg beschlossen | 2024-12-18 09:30 | de | https://stadtblatt.example/lokales/radweg
	// article:published_time
	// Der Stadtrat hat am Dienstag den Bau eines Radwegs an der Hauptstraße beschlossen, der im Frühjahr beginnen soll.
	// Die Arbeiten sollen nach Angaben der Verwaltung etwa drei Monate dauern und rund zwei Millionen Euro kosten.
}

// The same story read twice, once with its paragraphs run together and a
// line of boilerplate after it, has fingerprints a few bits apart; another
// story's is far off.
func ExampleFingerprint_Near() {
	story := []article.Paragraph{
		{Text: "Der Stadtrat hat am Dienstagabend nach einer langen und teils hitzigen Debatte den Bau eines neuen Radwegs an der Hauptstraße beschlossen, der schon im kommenden Frühjahr beginnen soll."},
		{Text: "Die Arbeiten sollen nach Angaben der Verwaltung etwa drei Monate dauern und rund zwei Millionen Euro kosten, von denen das Land einen großen Teil aus seinem Förderprogramm für den Radverkehr trägt."},
		{Text: "Anwohner und Eltern hatten seit Jahren sichere Wege für die Schulkinder gefordert, die jeden Morgen an der viel befahrenen Kreuzung am Markt die Straße queren müssen."},
		{Text: "Die Opposition stimmte gegen den Plan, weil während der Bauzeit Parkplätze wegfallen und die Händler in der Innenstadt nach ihren Worten Einbußen fürchten."},
	}
	var joined []string
	for _, p := range story {
		joined = append(joined, p.Text)
	}
	copied := []article.Paragraph{{Text: strings.Join(joined, " ")}, {Text: "Lesen Sie auch: mehr zum Thema"}}
	other := []article.Paragraph{{Text: "Die Feuerwehr hat in der Nacht zum Sonntag einen Großbrand in einer Lagerhalle am Hafen gelöscht, in der Holz und Papier gelagert waren; verletzt wurde nach ersten Angaben der Polizei niemand, der Schaden geht aber in die Millionen, und die Ursache ist noch unklar."}}
	a, b, c := article.FingerprintOf(story), article.FingerprintOf(copied), article.FingerprintOf(other)
	fmt.Println(a.Near(b), a.Distance(b) <= article.NearDistance)
	fmt.Println(a.Near(c))
	// Output:
	// true true
	// false
}
