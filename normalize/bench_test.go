package normalize

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
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

func BenchmarkFunctionWords(b *testing.B) { benchGerman(b, func(s string) { FunctionWords(s) }) }
