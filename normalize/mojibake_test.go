package normalize

import (
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

func TestMojibake(t *testing.T) {
	testCounted(t, "Mojibake", Mojibake, []countedCase{
		// Repaired.
		{"FuÃŸball", "Fußball", 1, "sharp s read as Windows-1252"},
		{"Fu\u00c3\u009fball", "Fußball", 1, "sharp s read as Latin-1: a C1 control"},
		{"â€žZitatâ€œ", "„Zitat“", 2, "German quotation marks"},
		{"ZURÃœCK", "ZURÜCK", 1, "capital umlaut"},
		{"Ã¼berall Ã¤ndern Ã¶ffnen", "überall ändern öffnen", 3, "umlauts at word starts"},
		{"GrÃ¶ÃŸe", "Größe", 2, "two in a row"},
		{"â€œQuoteâ€\u009d", "“Quote”", 2, "English marks, 0x9D as a C1 control"},
		{"â€œQuoteâ€\ufffd", "“Quote”", 2, "English marks, 0x9D as U+FFFD"},
		{"â€œQuoteâ€ said", "“Quote” said", 2, "English marks, 0x9D dropped"},
		{"Preis: 5 â‚¬", "Preis: 5 €", 1, "euro sign"},
		{"Berlin â€“ Die", "Berlin – Die", 1, "en dash"},
		{"Das istâ€¦", "Das ist…", 1, "ellipsis"},
		{"Itâ€™s", "It’s", 1, "apostrophe"},
		{"25Â°C", "25°C", 1, "degree sign"},
		{"Â© 2024", "© 2024", 1, "copyright sign"},
		{"5\u00c2\u00a0km", "5\u00a0km", 1, "no-break space"},
		{"voilÃ\u00a0", "voilà", 1, "à with its no-break space"},
		{"cafÃ©", "café", 1, "French e acute"},
		{"ðŸ˜€ Emoji", "😀 Emoji", 1, "emoji"},
		{"ä¸\u00adå›½", "中国", 2, "Chinese read as Windows-1252"},
		{"Ã¤ Ä… Ä™", "ä ą ę", 3, "Polish letters in text with evidence"},
		{"Å¼ona", "żona", 1, "Polish z with dot: an implausible sign after Å"},
		{"FuÃƒÅ¸ball", "Fußball", 3, "encoded twice: two runs, then one"},
		{"Ã¢â‚¬Å¾ZitatÃ¢â‚¬Å“", "„Zitat“", 8, "quotation marks encoded twice"},
		{"Fu\u00c3\u0083\u00c2\u009fball", "Fußball", 3, "read as Latin-1 twice: a C1 control between"},
		{"â„¢", "™", 1, "trade mark"},
		{"Ð¿Ñ€Ð¸Ð²ÐµÑ‚", "привет", 6, "Russian read as Windows-1252"},
		// Left alone.
		{"MARQUÉ…", "MARQUÉ…", 0, "capital E acute before an ellipsis"},
		{"ZURÜCK…", "ZURÜCK…", 0, "capital U umlaut: not a lead"},
		{"Ü…", "Ü…", 0, "capital umlaut before an ellipsis"},
		{"SÃO PAULO", "SÃO PAULO", 0, "Portuguese capital A tilde"},
		{"São Paulo", "São Paulo", 0, "Portuguese"},
		{"Fußball „Zitat“ ZURÜCK überall", "Fußball „Zitat“ ZURÜCK überall", 0, "correct German"},
		{"25 °C", "25 °C", 0, "degree sign alone"},
		{"Çà et là", "Çà et là", 0, "French"},
		{"ÄRGER“ sagte", "ÄRGER“ sagte", 0, "capital umlaut before a closing quote"},
		{"Ä…", "Ä…", 0, "a weak run alone"},
		{"FuÃŸball MARQUÉ…", "Fußball MARQUÉ…", 1, "a weak run into a letter no text means, next to a repair"},
		{"FuÃŸball Ü…", "Fußball Ü…", 1, "a capital umlaut before an ellipsis, next to a repair"},
		{"ÐŸÑ€Ð¸Ð²ÐµÑ‚ Ð”", "Привет Д", 7, "Cyrillic next to a repair"},
		{"voilÃ ", "voilÃ ", 0, "à with a plain space: cannot be told"},
		{"Ã", "Ã", 0, "lead at the end"},
		{"â€", "”", 1, "right quote whose last byte was dropped, at the end"},
		{"naïve façade", "naïve façade", 0, "English loan words"},
		{"Ørsted Ålesund", "Ørsted Ålesund", 0, "Nordic capitals"},
		{"Â", "Â", 0, "lead alone"},
		{"Å\ufffdÃ³dÅº", "Å\ufffdódź", 2, "Ł read as Windows-1252 has lost its second byte: it could be ō, ŏ, Ő or ŝ"},
		{"Â\u0085", "Â\u0085", 0, "a run that gives a C1 control alone"},
		{"ÂABC", "ÂABC", 0, "lead before ASCII"},
	})
}

// TestMojibakeRoundTrip reads correct sentences as Windows-1252 and as
// Latin-1, once and twice, and expects the repair to give them back; the
// correct sentences must come back unchanged.
func TestMojibakeRoundTrip(t *testing.T) {
	sentences := []string{
		"Der Fußballverein „Grün-Weiß“ verlor – überraschend – mit 0:3.",
		"Österreichs Bundespräsident äußerte sich am Dienstag zur Lage.",
		"„Wir müssen jetzt handeln“, sagte die Ministerin. Die Öffentlichkeit…",
		"The café’s owner said: “It’s not over.” Prices rose 5 € to 25 °C…",
		"Größere Städte wie Köln und München melden höhere Preise (± 2 %).",
		"ZURÜCK ZUM ÜBERBLICK • MEHR ZUM THEMA",
		"Zdjęcie: Gdańsk, żółć, gęślą jaźń.",
		"Emoji 😀 und Pfeile → nach oben ↑",
	}
	misread := func(s string, cm *charmap.Charmap) string {
		out, err := cm.NewDecoder().String(s)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	for _, s := range sentences {
		if got, n := Mojibake(s); got != s || n != 0 {
			t.Errorf("Mojibake changed correct text %q into %q", s, got)
		}
		for _, cm := range []*charmap.Charmap{charmap.Windows1252, charmap.ISO8859_1} {
			once := misread(s, cm)
			if got, _ := Mojibake(once); got != s {
				t.Errorf("Mojibake(%q) = %q, want %q (%v)", once, got, s, cm)
			}
			twice := misread(once, cm)
			if got, _ := Mojibake(twice); got != s {
				t.Errorf("Mojibake(%q) = %q, want %q (%v, twice)", twice, got, s, cm)
			}
		}
	}
}

func FuzzMojibake(f *testing.F) {
	for _, s := range []string{"FuÃŸball", "â€žZitatâ€œ", "MARQUÉ…", "Ã¤ Ä… Ä™", "FuÃƒÅ¸ball", "â€", "ðŸ˜€"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		once, n := Mojibake(s)
		if twice, m := Mojibake(once); twice != once || m != 0 {
			t.Errorf("Mojibake not idempotent: %q -> %q -> %q", s, once, twice)
		}
		if n == 0 && once != s {
			t.Errorf("Mojibake(%q) = %q with no count", s, once)
		}
		if len(once) > len(s) {
			t.Errorf("Mojibake(%q) = %q, longer", s, once)
		}
		if utf8.ValidString(s) && !utf8.ValidString(once) {
			t.Errorf("Mojibake(%q) = %q, not UTF-8", s, once)
		}
	})
}
