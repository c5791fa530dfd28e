package words

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
)

func TestLanguage(t *testing.T) {
	tests := []struct {
		in   string
		want language.Tag
	}{
		{"Die Regierung hat am Montag einen neuen Plan für die Bahn vorgestellt.", language.German},
		{"Der Bundestag stimmte mit großer Mehrheit für das Gesetz.", language.German},
		{"The government said on Monday that it would not change the plan.", language.English},
		{"It was the first time that the company had reported a loss.", language.English},
		{"Brexit", language.Und},
		{"", language.Und},
		{"Home News Sport", language.Und},
		{"The Süddeutsche Zeitung", language.Und}, // one word each way: too little
		{"Über 500 Menschen kamen, für ein Konzert, schön war's", language.German},
		{"DIE REGIERUNG UND DER BUNDESTAG SIND SICH EINIG", language.German},
		{"the and of the and of", language.English},
		{"der the und and", language.Und}, // evenly mixed
		{"Die chinesische Regierung hat von den USA eine Erklärung zu Berichten über eine Ausspähung gefordert.", language.German},
		{"China has demanded an explanation over reports the US National Security Agency had hacked the servers.", language.English},
		{"Tech X Huawei NSA", language.Und},
	}
	for _, tt := range tests {
		if got := Language(tt.in); got != tt.want {
			t.Errorf("Language(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestLanguageEvidenceAdds(t *testing.T) {
	var e Evidence
	e.Add("Die Bahn")
	e.Add("und der Bund")
	e.Add("sind sich einig.")
	if e.German != 5 || e.English != 0 || e.Language() != language.German {
		t.Errorf("evidence %+v, language %v; want 5 German words, German", e, e.Language())
	}
	var zero Evidence
	if zero.Language() != language.Und {
		t.Errorf("zero evidence decides %v", zero.Language())
	}
}

func TestFunctionWords(t *testing.T) {
	tests := []struct {
		in              string
		words, function int
	}{
		{"", 0, 0},
		{"Home News Sport Kultur", 4, 0},
		{"Die Regierung hat am Montag einen Plan vorgestellt.", 8, 4}, // die, hat, am, einen
		{"The plan was announced on Monday.", 6, 3},                   // the, was, on
		{"Über 500 Menschen, 2024", 2, 1},                             // numbers are not words; über
		{"ÜBER DIE", 2, 2},
		{"Covid-19 im Jahr 2020", 3, 1}, // "covid", "19" no word, "im", "jahr"
		{"Zwischenzeitlich zwischen", 2, 1},
		{"C3PO und R2D2", 3, 1},
		{"le chat est sur la table", 6, 4},
		{"nie ma się że", 4, 3}, // "ma" is not listed,
	}
	for _, tt := range tests {
		w, f := FunctionWordCount(tt.in)
		if w != tt.words || f != tt.function {
			t.Errorf("FunctionWords(%q) = %d, %d; want %d, %d", tt.in, w, f, tt.words, tt.function)
		}
	}
}

// functionWordsSlow is FunctionWords as the lists define it, with maps.
func functionWordsSlow(s string) (words, function int) {
	all := map[string]bool{}
	for _, set := range []map[string]bool{germanWords, englishWords, otherWords} {
		for w := range set {
			all[w] = true
		}
	}
	for _, w := range slowWords(s) {
		if strings.IndexFunc(w, unicode.IsLetter) < 0 {
			continue
		}
		words++
		if r := []rune(w); len(r) == 1 && cjkFunction[r[0]] {
			function++
			continue
		}
		if all[strings.Map(unicode.ToLower, w)] {
			function++
		}
	}
	return words, function
}

// slowWords splits s into runs of letters and digits, each Chinese or
// Japanese character a word of its own.
func slowWords(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		for w != "" {
			i := strings.IndexFunc(w, isCJK)
			if i < 0 {
				out = append(out, w)
				break
			}
			if i > 0 {
				out = append(out, w[:i])
			}
			_, n := utf8.DecodeRuneInString(w[i:])
			out = append(out, w[i:i+n])
			w = w[i+n:]
		}
	}
	return out
}

// languageEvidenceSlow is Evidence.Add as its documentation says,
// with maps: words are runs of letters and digits with a letter; a word
// with umlauts or ß counts once per such letter as German and is not looked
// up.
func languageEvidenceSlow(s string) Evidence {
	var e Evidence
	for _, w := range slowWords(s) {
		if strings.IndexFunc(w, unicode.IsLetter) < 0 || strings.IndexFunc(w, isCJK) >= 0 {
			continue
		}
		if u := strings.Count(w, "ä") + strings.Count(w, "ö") + strings.Count(w, "ü") + strings.Count(w, "ß") +
			strings.Count(w, "Ä") + strings.Count(w, "Ö") + strings.Count(w, "Ü"); u > 0 {
			e.German += u
			continue
		}
		w = strings.Map(unicode.ToLower, w)
		if germanWords[w] {
			e.German++
		}
		if englishWords[w] {
			e.English++
		}
	}
	return e
}

func FuzzFunctionWords(f *testing.F) {
	for _, s := range []string{"Die Regierung hat am Montag", "The plan, on Monday", "Über die 2 Brücken", "le chat", "\xff die", "a\u0085b\u00a0c\u2028d\u3000e", "ÄRGER Über 2der µm", "1975年出生于新加坡，家里有一个姐姐。", "東京の天気はabc晴れ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		w, fn := FunctionWordCount(s)
		sw, sfn := functionWordsSlow(s)
		if w != sw || fn != sfn {
			t.Errorf("FunctionWords(%q) = %d, %d; by the lists %d, %d", s, w, fn, sw, sfn)
		}
		var e Evidence
		e.Add(s)
		if slow := languageEvidenceSlow(s); e != slow {
			t.Errorf("Evidence.Add(%q) = %+v; by the lists %+v", s, e, slow)
		}
		if c, n := Count(s), len(strings.Fields(s)); c.Fields != n || c.Words != w || c.Function != fn || c.Evidence != e {
			t.Errorf("Count(%q) = %+v; want %d fields, %d words, %d function words, %+v", s, c, n, w, fn, e)
		}
	})
}
