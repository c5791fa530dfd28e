package normalize

import (
	"io"
	"strings"
	"testing"

	"golang.org/x/text/language"
	"golang.org/x/text/transform"

	"github.com/newsdump/newsdump/internal/words"
)

const germanText = "Die chinesische Regierung hat von den USA eine Erklärung zu Berichten über eine Ausspähung von Servern des chinesischen Netzwerkausrüsters Huawei gefordert. Ein Sprecher sprach von \"ernsthafter Besorgnis\" über die Anschuldigung, dass der Geheimdienst am Montag eine Hintertür eingerichtet habe. "

// benchGerman runs f on a paragraph of German news text, repeated to
// about 6 KB, and reports the throughput.
func benchGerman(b *testing.B, f func(s string)) {
	s := strings.Repeat(germanText, 20)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		f(s)
	}
}

func BenchmarkText(b *testing.B) { benchGerman(b, func(s string) { Text(s) }) }

func BenchmarkQuotes(b *testing.B) { benchGerman(b, func(s string) { Quotes(s, language.German) }) }

func BenchmarkLanguage(b *testing.B) { benchGerman(b, func(s string) { Language(s) }) }

func BenchmarkDateFind(b *testing.B) {
	p := DateParser{Reference: ref}
	benchGerman(b, func(s string) { p.Find(s) })
}

func BenchmarkFunctionWords(b *testing.B) {
	benchGerman(b, func(s string) { words.FunctionWordCount(s) })
}

// cleanGerman is German news text as a careful newsroom writes it:
// typographic marks, no references, nothing to repair.
const cleanGerman = "Die chinesische Regierung hat von den USA eine Erklärung zu Berichten über eine Ausspähung von Servern des chinesischen Netzwerkausrüsters Huawei gefordert. Ein Sprecher sprach von „ernsthafter Besorgnis“ über die Anschuldigung, dass der Geheimdienst am Montag eine Hintertür eingerichtet habe. Das Unternehmen äußerte sich zunächst nicht – man prüfe die Vorwürfe, hieß es. "

// dirtyGerman is the same kind of text as dumps have it: straight and
// English marks, HTML references, mojibake, soft hyphens.
const dirtyGerman = "Die Regierung hat von den USA eine &quot;Erkl&auml;rung&quot; gefordert. Ein Sprecher sprach von \"ernsthafter Besorgnis\" &#8211; 'geht's noch?', fragte er. Die Stra\u00adße und der FuÃŸball, “so” der Sprecher, &amp; mehr. "

// benchText runs f on s repeated to about 6 KB and reports the throughput.
func benchText(b *testing.B, s string, f func(s string)) {
	s = strings.Repeat(s, 6000/len(s)+1)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		f(s)
	}
}

// BenchmarkNormalizer runs the whole chain, Clean and Punctuation, on one
// paragraph at a time.
func BenchmarkNormalizer(b *testing.B) {
	for _, bc := range []struct{ name, text string }{{"clean", cleanGerman}, {"dirty", dirtyGerman}} {
		b.Run(bc.name, func(b *testing.B) {
			n := Normalizer{Language: language.German}
			benchText(b, bc.text, func(s string) { n.Paragraph(s) })
		})
	}
}

// BenchmarkTransform streams about 600 KB of lines through the Normalizer
// as a transform.Transformer.
func BenchmarkTransform(b *testing.B) {
	for _, bc := range []struct{ name, text string }{{"clean", cleanGerman}, {"dirty", dirtyGerman}} {
		b.Run(bc.name, func(b *testing.B) {
			in := strings.Repeat(bc.text+"\n", 600_000/(len(bc.text)+1))
			b.SetBytes(int64(len(in)))
			b.ReportAllocs()
			n := &Normalizer{Language: language.German}
			for b.Loop() {
				n.Reset()
				if _, err := io.Copy(io.Discard, transform.NewReader(strings.NewReader(in), n)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkDateParse parses short date strings of the common forms, one at
// a time.
func BenchmarkDateParse(b *testing.B) {
	p := DateParser{Reference: ref, Language: language.German}
	for _, s := range []string{
		"22.11.2026", "1. Januar 2025", "22.11.2026, 14:30 Uhr", "November 22, 2026",
		"2024-12-20T12:00:00+01:00", "Mon, 02 Jan 2006 15:04:05 GMT", "vor 3 Stunden", "am vergangenen Montag",
	} {
		b.Run(s, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, ok := p.Parse(s); !ok {
					b.Fatalf("no date in %q", s)
				}
			}
		})
	}
}

// BenchmarkDateFind5KB searches 5 KB of German news text that mentions a
// date about every 300 bytes.
func BenchmarkDateFind5KB(b *testing.B) {
	s := strings.Repeat(germanText, 5000/len(germanText)+1)[:5000]
	p := DateParser{Reference: ref, Language: language.German}
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		p.Find(s)
	}
}
