package article

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/newsdump/newsdump/normalize"
)

func TestTextAndMarkdown(t *testing.T) {
	a := &Article{
		Title:     "Peking fordert eine *Erklärung*",
		Teaser:    "Die Regierung reagiert auf Berichte.",
		Authors:   []Author{{Name: "Eileen Yu", Role: "Senior Contributing Editor"}, {Name: "Jana Müller"}},
		Published: normalize.Date{Time: time.Date(2024, 12, 18, 0, 0, 0, 0, time.UTC), Precision: normalize.PrecisionDay},
		Body:      []Paragraph{{Text: "1. Januar: Der Streit beginnt."}, {Text: ""}, {Text: "# Kein Titel, sondern Text mit [Klammern]."}},
	}
	if got, want := a.Text(), "Peking fordert eine *Erklärung*\n\nDie Regierung reagiert auf Berichte.\n\n1. Januar: Der Streit beginnt.\n\n# Kein Titel, sondern Text mit [Klammern]."; got != want {
		t.Errorf("Text() = %q, want %q", got, want)
	}
	want := "# Peking fordert eine \\*Erklärung\\*\n\n*Eileen Yu, Senior Contributing Editor, Jana Müller · 2024-12-18*\n\n**Die Regierung reagiert auf Berichte.**\n\n1\\. Januar: Der Streit beginnt.\n\n\\# Kein Titel, sondern Text mit \\[Klammern\\]."
	if got := a.Markdown(); got != want {
		t.Errorf("Markdown() =\n%s\nwant\n%s", got, want)
	}
	if got := (&Article{}).Text() + (&Article{}).Markdown(); got != "" {
		t.Errorf("an empty article gives %q", got)
	}
}

// An article as text and as Markdown, and its authors as they are named.
func ExampleArticle_Text() {
	a, err := NewReader(strings.NewReader("Peking fordert eine Erklärung\n\nVon Jana Müller\n\n" +
		"Die chinesische Regierung hat von den USA eine Erklärung zu Berichten über eine Ausspähung gefordert.\n\n(ako)\n")).Read()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Text())
	fmt.Println("--")
	fmt.Println(a.Markdown())
	fmt.Println("--")
	fmt.Println(a.Authors[0])
	// Output:
	// Peking fordert eine Erklärung
	//
	// Die chinesische Regierung hat von den USA eine Erklärung zu Berichten über eine Ausspähung gefordert.
	// --
	// # Peking fordert eine Erklärung
	//
	// *Jana Müller*
	//
	// Die chinesische Regierung hat von den USA eine Erklärung zu Berichten über eine Ausspähung gefordert.
	// --
	// Jana Müller
}
