package normalize

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
)

const germanText = "Die chinesische Regierung hat von den USA eine Erklärung zu Berichten über eine Ausspähung von Servern des chinesischen Netzwerkausrüsters Huawei gefordert. Ein Sprecher sprach von \"ernsthafter Besorgnis\" über die Anschuldigung, dass der Geheimdienst am Montag eine Hintertür eingerichtet habe. "

func BenchmarkText(b *testing.B) {
	s := strings.Repeat(germanText, 20)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Text(s)
	}
}

func BenchmarkQuotes(b *testing.B) {
	s := strings.Repeat(germanText, 20)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Quotes(s, language.German)
	}
}

func BenchmarkLanguage(b *testing.B) {
	s := strings.Repeat(germanText, 20)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Language(s)
	}
}

func BenchmarkDateFind(b *testing.B) {
	s := strings.Repeat(germanText, 20)
	p := DateParser{Reference: ref}
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		p.Find(s)
	}
}

func BenchmarkFunctionWords(b *testing.B) {
	s := strings.Repeat(germanText, 20)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		FunctionWords(s)
	}
}
