package normalize

import (
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"golang.org/x/text/language"
	"golang.org/x/text/transform"
)

// punctuationCases are paragraphs of German and English news with what
// Punctuation makes of them in the default style.
var punctuationCases = []struct {
	lang     language.Tag
	in, want string
	reason   string
}{
	// German headlines and quotes.
	{de, `Scholz: "Wir lassen niemanden allein"`, `Scholz: „Wir lassen niemanden allein“`, "quote in a headline after a colon"},
	{de, `"Wir schaffen das" - Merkels Satz wird zehn Jahre alt`, `„Wir schaffen das“ – Merkels Satz wird zehn Jahre alt`, "headline opening with a quote, hyphen as dash"},
	{de, `Bayern-Trainer Kompany: "Das war 'ne klare Sache"`, `Bayern-Trainer Kompany: „Das war ’ne klare Sache“`, "elision inside a quote"},
	{de, `Der Minister sprach von einem "historischen Tag".`, `Der Minister sprach von einem „historischen Tag“.`, "quote before the full stop"},
	{de, `"Ich bin's", sagte sie.`, `„Ich bin’s“, sagte sie.`, "apostrophe in bin's before the closing mark"},
	{de, `Sie fragte: "Kommst du mit?"`, `Sie fragte: „Kommst du mit?“`, "question inside a quote"},
	{de, `"Nein!", rief er.`, `„Nein!“, rief er.`, "exclamation inside a quote"},
	{de, `Er nannte das Buch "Die 'neue' Zeit".`, `Er nannte das Buch „Die ‚neue‘ Zeit“.`, "nested quote in a title"},
	{de, `„Das ist ‚absurd‘“, sagte er.`, `„Das ist ‚absurd‘“, sagte er.`, "correct nested German left alone"},
	{de, `“Das ist ‘absurd’”, sagte er.`, `„Das ist ‚absurd‘“, sagte er.`, "English nested marks in German"},
	{de, `Die 80er-Jahre und die '90er`, `Die 80er-Jahre und die ’90er`, "decade with apostrophe"},
	{de, `Wie geht's dir? Gibt's was Neues?`, `Wie geht’s dir? Gibt’s was Neues?`, "geht's and gibt's"},
	{de, `Hans' Fahrrad und Max' Roller`, `Hans’ Fahrrad und Max’ Roller`, "possessive after s and x"},
	{de, `Er kam 'raus und ging 'rein.`, `Er kam ’raus und ging ’rein.`, "raus and rein elided"},
	{de, `So'n Quatsch, sagte er.`, `So’n Quatsch, sagte er.`, "so'n"},
	{de, `Das Wort ´Heimat´ ist belastet.`, `Das Wort ‚Heimat‘ ist belastet.`, "acute accents as single marks"},
	{de, "Das Wort `Heimat` ist belastet.", `Das Wort ‚Heimat‘ ist belastet.`, "backquotes as single marks"},
	{de, `Er sagte: ＂Ja＂.`, `Er sagte: „Ja“.`, "full-width double marks"},
	{de, `Er sagte: ‟Ja”.`, `Er sagte: „Ja“.`, "reversed double mark"},
	{de, `Sie ist 1,70 m groß, er 5'11".`, `Sie ist 1,70 m groß, er 5'11".`, "primes after digits"},
	{de, `(„Bild“ berichtete)`, `(„Bild“ berichtete)`, "quote in brackets left alone"},
	{de, `(“Bild” berichtete)`, `(„Bild“ berichtete)`, "quote in brackets set"},
	{de, `[„Zitat“]`, `[„Zitat“]`, "quote in square brackets"},
	{de, `Das Motto – "Zusammen stark" – überzeugte.`, `Das Motto – „Zusammen stark“ – überzeugte.`, "quote between dashes"},
	{de, `Das Motto - "Zusammen stark" - überzeugte.`, `Das Motto – „Zusammen stark“ – überzeugte.`, "quote between hyphens"},
	{de, `»Guillemets« bleiben, ›auch einfache‹.`, `»Guillemets« bleiben, ›auch einfache‹.`, "guillemets kept by default"},
	{de, `Die Zeitung "taz" schrieb: "Nie wieder".`, `Die Zeitung „taz“ schrieb: „Nie wieder“.`, "two quotes in one sentence"},
	{de, `"Erstens", "zweitens" und "drittens".`, `„Erstens“, „zweitens“ und „drittens“.`, "three quotes in a list"},
	{de, `Er sagte:"Nein".`, `Er sagte:„Nein“.`, "quote right after a colon"},
	{de, `"...und dann?"`, `„...und dann?“`, "quote starting with dots"},
	{de, `"…und dann?"`, `„…und dann?“`, "quote starting with an ellipsis"},
	{de, `Der "Spiegel"-Bericht`, `Der „Spiegel“-Bericht`, "quote before a hyphen"},
	{de, `"Tatort"-Kommissar`, `„Tatort“-Kommissar`, "quote compound at the start"},
	{de, `Die „Ampel“ ist Geschichte.`, `Die „Ampel“ ist Geschichte.`, "correct German unchanged"},
	{de, `Die ”Ampel” ist Geschichte.`, `Die „Ampel“ ist Geschichte.`, "right marks on both sides"},
	{de, `Die "Ampel" ist Geschichte.`, `Die „Ampel“ ist Geschichte.`, "straight marks"},
	{de, `Sie sagte: 'Ich komme'.`, `Sie sagte: ‚Ich komme‘.`, "single marks as the only quote"},
	{de, `Rock'n'Roll und Rock 'n' Roll`, `Rock’n’Roll und Rock ’n’ Roll`, "rock'n'roll both ways"},
	{de, `Das kostet 5 €/kg - bis zu 10 - 20 Prozent mehr.`, `Das kostet 5 €/kg – bis zu 10 - 20 Prozent mehr.`, "dash in text, range between numbers kept"},
	{de, `Berlin -- Die Regierung`, `Berlin – Die Regierung`, "two hyphens as a dash"},
	{de, `- Erster Punkt`, `- Erster Punkt`, "a list item keeps its hyphen"},
	{de, `Ein- und Ausgang`, `Ein- und Ausgang`, "a hyphen of a shortened compound"},
	{de, `Temperatur: -5 Grad`, `Temperatur: -5 Grad`, "a minus sign"},
	{de, `Am Ende -`, `Am Ende -`, "a hyphen at the end"},
	{de, `"Wir sind's!" - so der Jubel.`, `„Wir sind’s!“ – so der Jubel.`, "apostrophe, quote and dash"},
	{de, `Der Satz "Ich bin ein Berliner" fiel 1963.`, `Der Satz „Ich bin ein Berliner“ fiel 1963.`, "a famous quote"},
	{de, `Das "Wir" zählt.`, `Das „Wir“ zählt.`, "a quoted word"},
	{de, `Die "ZEIT" und die "FAZ"`, `Die „ZEIT“ und die „FAZ“`, "quoted names in capitals"},
	{de, `"Ja" "Nein"`, `„Ja“ „Nein“`, "two quotes side by side"},
	{de, `""`, `„“`, "an empty quote"},
	{de, `Er schrieb "https://example.com/a'b".`, `Er schrieb „https://example.com/a’b“.`, "a quoted address"},
	{de, `Das Café 'Zur Post'`, `Das Café ‚Zur Post‘`, "single marks around a name"},
	{de, `Im Jahr '89 fiel die Mauer.`, `Im Jahr ’89 fiel die Mauer.`, "year with apostrophe"},
	{de, `Er ist 6' groß.`, `Er ist 6' groß.`, "feet after a digit"},
	{de, `Kinder's Spielplatz`, `Kinder’s Spielplatz`, "apostrophe between letters"},
	{de, `O'Brien spielte für die "Blues".`, `O’Brien spielte für die „Blues“.`, "Irish name and quote"},
	{de, `Wie's aussieht`, `Wie’s aussieht`, "wie's"},
	{de, `"Das ist", sagte er, "nicht richtig".`, `„Das ist“, sagte er, „nicht richtig“.`, "a quote broken by the speaker"},
	// English.
	{en, `Biden: "We will not back down"`, `Biden: “We will not back down”`, "quote in a headline"},
	{en, `"It's over," she said.`, `“It’s over,” she said.`, "apostrophe and comma inside"},
	{en, `He called it "a 'historic' day".`, `He called it “a ‘historic’ day”.`, "nested English"},
	{en, `„Wrong” marks in English`, `“Wrong” marks in English`, "never „ in English"},
	{en, `The '90s and the 1980s' music`, `The ’90s and the 1980s’ music`, "decade and plural possessive after a digit... kept as prime"},
	{en, `rock 'n' roll, 'cause, 'til, 'tis`, `rock ’n’ roll, ’cause, ’til, ’tis`, "English elisions"},
	{en, `The players' union`, `The players’ union`, "plural possessive"},
	{en, `James' car`, `James’ car`, "possessive after s"},
	{en, `don't, can't, won't, I'm, you're, it's`, `don’t, can’t, won’t, I’m, you’re, it’s`, "contractions"},
	{en, `He's 5'7" tall.`, `He’s 5'7" tall.`, "primes kept"},
	{en, `"Yes!" "No!"`, `“Yes!” “No!”`, "two quotes"},
	{en, `The so-called "experts"`, `The so-called “experts”`, "scare quotes"},
	{en, `(“Reuters”)`, `(“Reuters”)`, "correct English in brackets"},
	{en, `London - The government`, `London – The government`, "dateline dash"},
	{en, `pages 10 - 20`, `pages 10 - 20`, "range kept"},
	{en, `- first item`, `- first item`, "list item"},
	{en, `He said: 'No.'`, `He said: ‘No.’`, "single quote sentence"},
	{en, `‘Single’ and “double”`, `‘Single’ and “double”`, "correct English unchanged"},
	{en, `»Guillemets« stay`, `»Guillemets« stay`, "guillemets kept in English"},
	{en, `doin' fine, nothin' new`, `doin’ fine, nothin’ new`, "dropped g"},
	{en, `"A" – "B"`, `“A” – “B”`, "quotes around an en dash"},
	{en, `The "New York Times"' report`, `The “New York Times”’ report`, "possessive after a closing quote"},
	{en, `O'Neill's "Long Day's Journey"`, `O’Neill’s “Long Day’s Journey”`, "names and a title"},
	{en, `Twitter ("X")`, `Twitter (“X”)`, "quote in brackets"},
	{en, `'Tis the season`, `’Tis the season`, "capital elision at the start"},
	// More German news.
	{de, `Habeck zu Heizungsgesetz: "Wir haben Fehler gemacht"`, `Habeck zu Heizungsgesetz: „Wir haben Fehler gemacht“`, "minister quote in a headline"},
	{de, `Lauterbach warnt vor "Sommerwelle"`, `Lauterbach warnt vor „Sommerwelle“`, "quoted word at the end of a headline"},
	{de, `"Tagesschau"-Sprecherin verabschiedet sich`, `„Tagesschau“-Sprecherin verabschiedet sich`, "quoted programme in a compound"},
	{de, `Die Polizei sprach von einem "tragischen Unglück", die Ermittlungen dauern an.`, `Die Polizei sprach von einem „tragischen Unglück“, die Ermittlungen dauern an.`, "quote before a comma"},
	{de, `"Das ist nicht hinnehmbar", sagte Faeser am Montag in Berlin.`, `„Das ist nicht hinnehmbar“, sagte Faeser am Montag in Berlin.`, "quote then speaker"},
	{de, `Laut "Süddeutscher Zeitung" (SZ) ist das Projekt gestoppt.`, `Laut „Süddeutscher Zeitung“ (SZ) ist das Projekt gestoppt.`, "quoted newspaper before brackets"},
	{de, `Der Film "Das Boot" (1981) lief im ZDF.`, `Der Film „Das Boot“ (1981) lief im ZDF.`, "quoted film title with year"},
	{de, `Er sagte, die Lage sei "sehr ernst" - aber beherrschbar.`, `Er sagte, die Lage sei „sehr ernst“ – aber beherrschbar.`, "quote before a dash"},
	{de, `Sie rief: "Hilfe!" Dann war es still.`, `Sie rief: „Hilfe!“ Dann war es still.`, "exclamation and a new sentence"},
	{de, `"Wer 'A' sagt, muss auch 'B' sagen", so der Kanzler.`, `„Wer ‚A‘ sagt, muss auch ‚B‘ sagen“, so der Kanzler.`, "two nested quotes"},
	{de, `Das Motto lautet: 'Gemeinsam statt einsam'.`, `Das Motto lautet: ‚Gemeinsam statt einsam‘.`, "single-marked motto"},
	{de, `Geht's noch? Das fragten sich viele.`, `Geht’s noch? Das fragten sich viele.`, "apostrophe at the start of a sentence"},
	{de, `Aufs Land zieht's immer mehr Familien.`, `Aufs Land zieht’s immer mehr Familien.`, "zieht's"},
	{de, `Grass' Roman und Brecht' sche Dramen`, `Grass’ Roman und Brecht’ sche Dramen`, "possessive after ss, apostrophe before a space"},
	{de, `Andrea Nahles' Rücktritt`, `Andrea Nahles’ Rücktritt`, "possessive of a name in s"},
	{de, `Die Mode der 70er und 80er Jahre`, `Die Mode der 70er und 80er Jahre`, "decades without marks"},
	{de, `Der Sommer '22 war heiß.`, `Der Sommer ’22 war heiß.`, "year abbreviated"},
	{de, `Er hat's geschafft, sie hat's versucht.`, `Er hat’s geschafft, sie hat’s versucht.`, "hat's twice"},
	{de, `Was is' los?`, `Was is’ los?`, "dropped t"},
	{de, `Ein "Ja" zum "Nein"`, `Ein „Ja“ zum „Nein“`, "short quoted words"},
	{de, `„Der Spiegel“ und „Die Zeit“`, `„Der Spiegel“ und „Die Zeit“`, "correct names"},
	{de, `Sie nannte ihn einen "Lügner".`, `Sie nannte ihn einen „Lügner“.`, "insult quoted"},
	{de, `Das "Deutschlandticket" kostet 58 Euro.`, `Das „Deutschlandticket“ kostet 58 Euro.`, "quoted product"},
	{de, `Der Titel: "Wege aus der Krise?"`, `Der Titel: „Wege aus der Krise?“`, "quoted title with question mark"},
	{de, `(Foto: "dpa")`, `(Foto: „dpa“)`, "quote inside brackets after a colon"},
	{de, `Er sagte "ja", sie sagte "nein".`, `Er sagte „ja“, sie sagte „nein“.`, "two short quotes"},
	{de, `"Ich weiß es nicht."`, `„Ich weiß es nicht.“`, "whole quoted sentence"},
	{de, `"Was soll das?", fragte sie. "Das geht so nicht."`, `„Was soll das?“, fragte sie. „Das geht so nicht.“`, "dialogue"},
	{de, `Die Kampagne „Wir sind mehr" startete.`, `Die Kampagne „Wir sind mehr“ startete.`, "German opener with straight closer"},
	{de, `Die Kampagne "Wir sind mehr“ startete.`, `Die Kampagne „Wir sind mehr“ startete.`, "straight opener with German closer"},
	// More English news.
	{en, `Zelensky: "We will not give up our land"`, `Zelensky: “We will not give up our land”`, "headline quote"},
	{en, `The company said the claims were "baseless."`, `The company said the claims were “baseless.”`, "American punctuation inside"},
	{en, `The company said the claims were "baseless".`, `The company said the claims were “baseless”.`, "British punctuation outside"},
	{en, `"We're not going anywhere," the CEO said on Tuesday.`, `“We’re not going anywhere,” the CEO said on Tuesday.`, "contraction in a quote"},
	{en, `She said: "He told me 'don't worry' and left."`, `She said: “He told me ‘don’t worry’ and left.”`, "apostrophe inside a nested quote"},
	{en, `The '60s were different, weren't they?`, `The ’60s were different, weren’t they?`, "decade and tag question"},
	{en, `Britain's Prime Minister`, `Britain’s Prime Minister`, "possessive of a country"},
	{en, `the Joneses' house`, `the Joneses’ house`, "plural possessive of a name"},
	{en, `He'd've known.`, `He’d’ve known.`, "double contraction"},
	{en, `"Why?" she asked.`, `“Why?” she asked.`, "question quote"},
	{en, `The report, titled "A Nation at Risk", was published.`, `The report, titled “A Nation at Risk”, was published.`, "title between commas"},
	{en, `"Breaking Bad"-style drama`, `“Breaking Bad”-style drama`, "quoted title in a compound"},
	{en, `Fans chanted "U-S-A! U-S-A!"`, `Fans chanted “U-S-A! U-S-A!”`, "chant with hyphens"},
	{en, `He's the "best in the world", they say.`, `He’s the “best in the world”, they say.`, "contraction and quote"},
	{en, `Y'all come back now`, `Y’all come back now`, "y'all"},
	// Other languages: unchanged.
	{language.French, `Il a dit "non" - voilà.`, `Il a dit "non" - voilà.`, "French unchanged"},
	{language.Und, `"x" - 'y'`, `"x" - 'y'`, "undetermined language unchanged"},
}

var (
	de = language.German
	en = language.English
)

func TestPunctuation(t *testing.T) {
	for _, tt := range punctuationCases {
		n := Normalizer{Language: tt.lang, Dashes: true}
		got := n.Punctuation(tt.in)
		if got != tt.want {
			t.Errorf("Punctuation(%q, %v) (%s)\n got %q\nwant %q", tt.in, tt.lang, tt.reason, got, tt.want)
		}
		n = Normalizer{Language: tt.lang, Dashes: true}
		if again := n.Punctuation(got); again != got || n.Counts != (Counts{}) {
			t.Errorf("Punctuation is not idempotent on %q: %q, %+v", got, again, n.Counts)
		}
	}
}

func TestMarkStyles(t *testing.T) {
	tests := []struct {
		n        Normalizer
		in, want string
		reason   string
	}{
		{Normalizer{Language: de, Marks: GermanGuillemets}, `Er sagte: "Das ist 'absurd'".`, `Er sagte: »Das ist ›absurd‹«.`, "German guillemets"},
		{Normalizer{Language: de, Marks: SwissGuillemets}, `Er sagte: "Das ist 'absurd'".`, `Er sagte: «Das ist ‹absurd›».`, "Swiss guillemets"},
		{Normalizer{Language: en, Marks: GermanGuillemets}, `He said "no".`, `He said “no”.`, "guillemet styles leave English typographic"},
		{Normalizer{Language: de, Marks: ASCII}, `„Das geht’s nicht“ – sagte er.`, `"Das geht's nicht" - sagte er.`, "ASCII for search indexes"},
		{Normalizer{Language: en, Marks: ASCII}, `“It’s ‘fine’” — he said`, `"It's 'fine'" - he said`, "ASCII English"},
		{Normalizer{Language: de, MapGuillemets: true}, `»Guillemets« und ›einfache‹`, `„Guillemets“ und ‚einfache‘`, "German guillemets mapped"},
		{Normalizer{Language: de, MapGuillemets: true}, `«Guillemets» und ‹einfache›`, `„Guillemets“ und ‚einfache‘`, "Swiss guillemets mapped"},
		{Normalizer{Language: en, MapGuillemets: true}, `«Guillemets»`, `“Guillemets”`, "guillemets mapped in English"},
		{Normalizer{Language: de}, `Berlin - Die`, `Berlin - Die`, "hyphens kept by default"},
		{Normalizer{Language: de, Dashes: true}, `Berlin - Die`, `Berlin – Die`, "en dash by option"},
		{Normalizer{Language: de, Marks: GermanGuillemets, MapGuillemets: true}, `«Zitat» und "noch eins"`, `»Zitat« und »noch eins«`, "all into German guillemets"},
	}
	for _, tt := range tests {
		n := tt.n
		got := n.Punctuation(tt.in)
		if got != tt.want {
			t.Errorf("%s: Punctuation(%q)\n got %q\nwant %q", tt.reason, tt.in, got, tt.want)
		}
		n2 := tt.n
		if again := n2.Punctuation(got); again != got {
			t.Errorf("%s: not idempotent on %q: %q", tt.reason, got, again)
		}
	}
}

func TestQuotationAcrossParagraphs(t *testing.T) {
	tests := []struct {
		lang   language.Tag
		in     []string
		want   []string
		reason string
	}{
		{de,
			[]string{`Er sagte: "Erstens werden wir sparen.`, `"Zweitens werden wir investieren.`, `"Drittens: Wir halten Wort."`},
			[]string{`Er sagte: „Erstens werden wir sparen.`, `„Zweitens werden wir investieren.`, `„Drittens: Wir halten Wort.“`},
			"a long quotation opened again in each paragraph"},
		{en,
			[]string{`He said: "First, we save.`, `"Second, we invest."`, `Then he left.`},
			[]string{`He said: “First, we save.`, `“Second, we invest.”`, `Then he left.`},
			"English long quotation"},
		{de,
			[]string{`Er sagte: "Erstens.`, `Danach ging er.`, `"Neu" ist das nicht.`},
			[]string{`Er sagte: „Erstens.`, `Danach ging er.`, `„Neu“ ist das nicht.`},
			"an open quotation not continued is forgotten"},
		{de,
			[]string{`"Eins.`, ``, `"Zwei."`},
			[]string{`„Eins.`, ``, `„Zwei.“`},
			"a blank line between the paragraphs"},
	}
	for _, tt := range tests {
		n := Normalizer{Language: tt.lang}
		for i, p := range tt.in {
			if got := n.Paragraph(p); got != tt.want[i] {
				t.Errorf("%s: paragraph %d: String(%q) = %q, want %q", tt.reason, i, p, got, tt.want[i])
			}
		}
		if n.Counts.Quotes == 0 {
			t.Errorf("%s: no quotes counted", tt.reason)
		}
	}
}

func TestNormalizerString(t *testing.T) {
	n := Normalizer{Language: de, Dashes: true}
	got := n.Paragraph("  K&auml;se aus M&uuml;nchen - \"FuÃŸball\"\u00ad ist 'ne Sache  ")
	want := "Käse aus München – „Fußball“ ist ’ne Sache"
	if got != want {
		t.Errorf("String = %q, want %q", got, want)
	}
	wantCounts := Counts{Entities: 2, Mojibake: 1, Invisible: 1, Dashes: 1, Quotes: 3}
	if n.Counts != wantCounts {
		t.Errorf("Counts = %+v, want %+v", n.Counts, wantCounts)
	}
	n.Reset()
	if n.Counts != (Counts{}) {
		t.Errorf("Reset left %+v", n.Counts)
	}
}

const streamText = "Berlin - Die Regierung hat \"neue Regeln\" beschlossen.\n\nEr sagte: \"Erstens.\n\"Zweitens.\"\n  K&auml;se\tund   FuÃŸball  \nohne Zeilenende"

func TestTransform(t *testing.T) {
	want := "Berlin – Die Regierung hat „neue Regeln“ beschlossen.\n\nEr sagte: „Erstens.\n„Zweitens.“\nKäse und Fußball\nohne Zeilenende"
	n := &Normalizer{Language: de, Dashes: true}
	got, _, err := transform.String(n, streamText)
	if err != nil || got != want {
		t.Fatalf("transform.String = %q, %v\nwant %q", got, err, want)
	}
	// Read a byte at a time, through a transform.Reader.
	n2 := &Normalizer{Language: de, Dashes: true}
	b, err := io.ReadAll(transform.NewReader(iotest.OneByteReader(strings.NewReader(streamText)), n2))
	if err != nil || string(b) != want {
		t.Fatalf("one byte at a time = %q, %v\nwant %q", b, err, want)
	}
	if n2.Counts != n.Counts {
		t.Errorf("counts differ: %+v and %+v", n2.Counts, n.Counts)
	}
	// A small destination.
	n3 := &Normalizer{Language: de, Dashes: true}
	var out []byte
	dst := make([]byte, 7)
	src := []byte(streamText)
	for {
		nDst, nSrc, err := n3.Transform(dst, src, true)
		out = append(out, dst[:nDst]...)
		src = src[nSrc:]
		if err == nil {
			break
		}
		if err != transform.ErrShortDst {
			t.Fatal(err)
		}
	}
	if string(out) != want {
		t.Errorf("small destination: %q, want %q", out, want)
	}
}

func TestTransformLongLine(t *testing.T) {
	line := strings.Repeat("Ein \"Wort\" - noch eins. ", maxLine/20)
	n := &Normalizer{Language: de, Dashes: true}
	got, _, err := transform.String(n, line+"\n")
	if err != nil {
		t.Fatal(err)
	}
	n2 := Normalizer{Language: de, Dashes: true}
	if want := n2.Paragraph(line) + "\n"; got != want {
		t.Errorf("a line of %d bytes comes out differently from String (%d and %d bytes)", len(line), len(got), len(want))
	}
}

func FuzzNormalizer(f *testing.F) {
	for _, s := range []string{`"a" 'b' - c`, "geht's „x“ ‚y‘", `5'7" - 10 - 20`, "»x« ›y‹ «z»", "&amp;quot;FuÃŸball&quot;", "- item", "a -- b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, lang := range []language.Tag{de, en} {
			for _, style := range []MarkStyle{Typographic, GermanGuillemets, SwissGuillemets, ASCII} {
				for _, mapG := range []bool{false, true} {
					n := Normalizer{Language: lang, Marks: style, MapGuillemets: mapG, Dashes: true}
					once := n.Paragraph(s)
					n2 := Normalizer{Language: lang, Marks: style, MapGuillemets: mapG, Dashes: true}
					if twice := n2.Paragraph(once); twice != once {
						t.Errorf("String(%v, %v, map %v) not idempotent: %q -> %q -> %q", lang, style, mapG, s, once, twice)
					}
				}
			}
		}
	})
}

// FuzzTransform checks that streaming, whole or a byte at a time, gives
// what String gives line by line.
func FuzzTransform(f *testing.F) {
	for _, s := range []string{streamText, "a\n\nb", "\"x\n\"y\"", "no newline", "\n\n", "K&auml\nse"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ref := Normalizer{Language: de}
		lines := strings.Split(s, "\n")
		for i, l := range lines {
			lines[i] = ref.Paragraph(l)
		}
		want := strings.Join(lines, "\n")
		n := &Normalizer{Language: de}
		got, _, err := transform.String(n, s)
		if err != nil || got != want {
			t.Fatalf("transform.String(%q) = %q, %v; want %q", s, got, err, want)
		}
		n2 := &Normalizer{Language: de}
		b, err := io.ReadAll(transform.NewReader(iotest.OneByteReader(strings.NewReader(s)), n2))
		if err != nil || string(b) != want {
			t.Fatalf("a byte at a time: %q, %v; want %q", b, err, want)
		}
		if n.Counts != ref.Counts || n2.Counts != ref.Counts {
			t.Errorf("counts %+v and %+v, want %+v", n.Counts, n2.Counts, ref.Counts)
		}
	})
}
