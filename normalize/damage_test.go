package normalize

import (
	"fmt"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/language"
)

// TestSoftHyphenKeepsWord removes soft hyphens after every letter of
// Latin-1, the word kept whole: after a letter that may start mis-read
// UTF-8 the soft hyphen is no byte of it ("Maß\u00adnahmen" was read as
// "Ma" and U+07ED). Only after Ã and Â is it the byte 0xAD of mojibake.
func TestSoftHyphenKeepsWord(t *testing.T) {
	for _, c := range []struct{ in, want, reason string }{
		{"Maß\u00adnahmen", "Maßnahmen", "after ß, on a government page"},
		{"Ä\u00adrger", "Ärger", "after a capital umlaut"},
		{"Ü\u00adber\u00adgang", "Übergang", "after Ü, twice"},
		{"Grü\u00adße", "Grüße", "after ü"},
		{"Ö\u00adl", "Öl", "after Ö"},
		{"ä¸\u00adå›½", "中国", "the third byte of a mis-read character is 0xAD"},
		{"Ã\u00adndice", "índice", "Ã and a soft hyphen are í mis-read"},
	} {
		if got := Text(c.in); got != c.want {
			t.Errorf("Text(%q) (%s) = %q, want %q", c.in, c.reason, got, c.want)
		}
	}
	for r := rune(0xC0); r <= 0xFF; r++ {
		if r == 'Ã' || r == 'Â' || !unicode.IsLetter(r) {
			continue // Ã and Â with a soft hyphen are í and a soft hyphen mis-read
		}
		in := "x" + string(r) + "\u00adyz"
		if got, want := Text(in), "x"+string(r)+"yz"; got != want {
			t.Errorf("Text(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestMojibakeNeedsEvidence keeps correct text that holds what mis-read
// UTF-8 may look like: a repair must give a character of a script our
// texts hold, in the case of its word, and not take a soft hyphen for a
// byte.
func TestMojibakeNeedsEvidence(t *testing.T) {
	testCounted(t, "Mojibake", Mojibake, []countedCase{
		{"NESTLÉ®", "NESTLÉ®", 0, "É and ® would be IPA ɮ"},
		{"QUEM É¿", "QUEM É¿", 0, "Portuguese, É and ¿ would be IPA ɿ"},
		{"5×£35", "5×£35", 0, "× and £ would be Hebrew ף"},
		{"AHÅ™", "AHÅ™", 0, "a lower-case ř at the end of a word in capitals"},
		{"DrÃ¥ber", "DrÃ¥ber", 0, "å alone, a letter of few of our texts, with no other evidence"},
		{"Ü\u0093", "Ü\u0093", 0, "Ü and a C1 control would be Syriac"},
		{"ÄRGER\u0093", "ÄRGER\u0093", 0, "a C1 control that stands for “ after a word"},
		{"Ä\u0093", "Ä\u0093", 0, "a C1 control that stands for “ after a capital umlaut"},
		{"ÉCOLE Ì¶", "ÉCOLE Ì¶", 0, "Ì and ¶ would be a combining mark with no letter before it"},
		// Still repaired.
		{"FuÃŸball", "Fußball", 1, "sharp s"},
		{"HÃ¥kon in FuÃŸball", "Håkon in Fußball", 2, "å next to a repair with evidence"},
		{"SÃ£o Paulo", "São Paulo", 1, "Portuguese ã"},
		{"È™i È›ara", "și țara", 2, "Romanian s and t with comma: Latin Extended-B"},
		{"Î•Î»Î»Î¬Î´Î±", "Ελλάδα", 6, "Greek"},
		{"ZdjÄ™cie: GdaÅ„sk, Å¼Ã³Å‚Ä‡", "Zdjęcie: Gdańsk, żółć", 6, "Polish in lower case"},
		{"ÅšLÄ„SK", "ŚLĄSK", 2, "Polish in capitals"},
		{"Å»ona und Å¼ona", "Żona und żona", 2, "a capital at the start of a word, next to a repair with evidence"},
		{"naiÌˆve", "nai\u0308ve", 1, "a combining diaeresis of decomposed text after a letter"},
	})
}

// TestC1Controls maps the C1 controls that stand for Windows-1252 marks to
// those marks, as HTML does, before controls are removed; the five bytes
// Windows-1252 leaves undefined are removed.
func TestC1Controls(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"\u0084Handwerk hat goldenen Boden\u0093, sagte er.", "„Handwerk hat goldenen Boden“, sagte er."},
		{"Es ging hin\u0093 und her", "Es ging hin“ und her"},
		{"Berlin \u0096 Die Regierung", "Berlin – Die Regierung"},
		{"Das war\u0085 alles", "Das war… alles"},
		{"It\u0092s", "It’s"},
		{"\u0080 5", "€ 5"},
		{"a\u0081b\u008dc\u008fd\u0090e\u009df", "abcdef"},
	} {
		if got := Text(c.in); got != c.want {
			t.Errorf("Text(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	var n Normalizer
	n.Clean("\u0084Zitat\u0093")
	if n.Counts.Mojibake != 2 || n.Counts.Invisible != 0 {
		t.Errorf("counts %+v, want 2 characters restored and none removed", n.Counts)
	}
}

// TestQuotesNextToDigits sets the marks after and before digits by pairing:
// an open quotation takes the mark after a digit as its close; a mark
// after a digit is a prime only with no quotation open or a close to come;
// an apostrophe between a digit and a letter is one; digits grouped by a
// mark stay grouped.
func TestQuotesNextToDigits(t *testing.T) {
	de, en := language.German, language.English
	for _, c := range []struct {
		lang     language.Tag
		in, want string
		reason   string
	}{
		{de, `"Loriot 100"`, `„Loriot 100“`, "a quotation ends with a number"},
		{de, `Die Ausstellung "Loriot 100" beginnt.`, `Die Ausstellung „Loriot 100“ beginnt.`, "in a sentence"},
		{de, `Das Buch "vor 1933" erschien.`, `Das Buch „vor 1933“ erschien.`, "a year at the end"},
		{de, `Die 'Taskforce A45' tagte.`, `Die ‚Taskforce A45‘ tagte.`, "a single quotation ends with a code"},
		{en, `the "top 10" list`, `the “top 10” list`, "a ranking"},
		{en, `in the 1990's`, `in the 1990’s`, "an apostrophe after a year"},
		{en, `iOS 13's features`, `iOS 13’s features`, "an apostrophe after a version"},
		{en, `'11 weeks!'`, `‘11 weeks!’`, "a quotation opens before a number"},
		{en, `He said '11 weeks!' and left.`, `He said ‘11 weeks!’ and left.`, "in a sentence"},
		{en, `the '90s`, `the ’90s`, "a decade"},
		{de, `Im Jahr '89 fiel die Mauer.`, `Im Jahr ’89 fiel die Mauer.`, "a year"},
		{en, `He's 5'7" tall.`, `He’s 5'7" tall.`, "feet and inches"},
		{de, `Ein 10,25"-Display`, `Ein 10,25"-Display`, "inches before a hyphen"},
		{de, `Er ist 6' groß.`, `Er ist 6' groß.`, "feet, no quotation open"},
		{de, `Er sagte: "Das Display misst 6,1" und ging."`, `Er sagte: „Das Display misst 6,1" und ging.“`, "inches inside a quotation that closes later"},
		{de, `740'000 Franken`, `740’000 Franken`, "Swiss thousands, with the apostrophe as typography sets them"},
		{de, `740’000 Franken`, `740’000 Franken`, "Swiss thousands with ’"},
		{de, `"740'000 Franken", sagte er.`, `„740’000 Franken“, sagte er.`, "Swiss thousands in a quotation"},
		{de, `Er verdiente 1'250'000.`, `Er verdiente 1’250’000.`, "Swiss millions"},
		{en, `It is 5'11" tall and 1'000 km away.`, `It is 5'11" tall and 1’000 km away.`, "inches and thousands"},
		{de, `Die K.'s haben andere Namen.`, `Die K.’s haben andere Namen.`, "an apostrophe after an abbreviation"},
	} {
		checkQuotes(t, c.lang, c.in, c.want, c.reason)
	}
}

func ExampleText_softHyphen() {
	fmt.Println(Text("Maß\u00adnahmen für \u0084Ä\u00adrger\u0093"))
	// Output: Maßnahmen für „Ärger“
}

// FuzzSoftHyphen inserts a soft hyphen after a letter of text that
// Mojibake leaves as it is: cleaning removes it and changes nothing else,
// but after Ã and Â, with which it is í and a soft hyphen mis-read.
func FuzzSoftHyphen(f *testing.F) {
	for _, s := range []string{"Maßnahmen", "Ärger", "AHÅ™", "NESTLÉ®", "Übergang", "ä¸å›½"} {
		f.Add(s, uint8(3))
	}
	f.Fuzz(func(t *testing.T, s string, at uint8) {
		if !utf8.ValidString(s) || strings.ContainsRune(s, softHyphen) {
			return
		}
		if m, _ := Mojibake(s); m != s {
			return
		}
		i := int(at) % (len(s) + 1)
		for i > 0 && !utf8.RuneStart(s[i%len(s)]) && i < len(s) {
			i--
		}
		if prev, _ := utf8.DecodeLastRuneInString(s[:i]); !unicode.IsLetter(prev) || prev == 'Ã' || prev == 'Â' {
			return // after a sign, a soft hyphen may be the last byte of a mis-read character
		}
		in := s[:i] + "\u00ad" + s[i:]
		if got, want := Text(in), Text(s); got != want {
			t.Errorf("Text(%q) = %q, Text(%q) = %q", in, got, s, want)
		}
	})
}

// FuzzRepairs checks the repaired paths: no C1 control is left by
// cleaning, a repair never lengthens the text, and text mis-read as
// Windows-1252 from correct German or English comes back.
func FuzzRepairs(f *testing.F) {
	for _, s := range []string{"Größe „Zitat“ – 5 €", "\u0084x\u0093", "Ã\u0084RGER", "naïve café", "Zdjęcie żółć"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := Text(s)
		for _, r := range out {
			if r >= 0x80 && r < 0xA0 {
				t.Fatalf("Text(%q) = %q holds the C1 control %U", s, out, r)
			}
		}
		if m, _ := Mojibake(s); len(m) > len(s) {
			t.Errorf("Mojibake(%q) = %q, longer", s, m)
		}
		if !utf8.ValidString(s) || !germanOrEnglish(s) {
			return
		}
		misread, err := charmap.Windows1252.NewDecoder().String(s)
		if err != nil || misread == s {
			return
		}
		strong := false
		for _, r := range s {
			strong = strong || r >= 0xC0 && r <= 0xFF && !fewTexts(r) && r != 'Ã' && r != 'Â'
		}
		if got, _ := Mojibake(misread); strong && got != s {
			t.Errorf("Mojibake(%q) = %q, want %q", misread, got, s)
		}
	})
}

// germanOrEnglish reports whether s holds only what German and English
// text does: ASCII letters, digits, spaces and punctuation, the German
// and French letters of Latin-1, and typographic marks and dashes.
func germanOrEnglish(s string) bool {
	for _, r := range s {
		switch {
		case r >= ' ' && r < 0x7F:
		case strings.ContainsRune("äöüÄÖÜßéèêàâçëïîôûùÉÈ„“”‚‘’–—…€", r):
		default:
			return false
		}
	}
	return true
}
