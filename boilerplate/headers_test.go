package boilerplate

import (
	"strings"
	"testing"
)

func TestHeaderMatch(t *testing.T) {
	h, err := NewHeaders(DefaultHeaderForms())
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		line  string
		ok    bool
		want  HeaderMatch
		about string
	}{
		{"                1 of 200 DOCUMENTS", true, HeaderMatch{Rule: "header/lexisnexis", Value: "1 of 200 DOCUMENTS", Start: true}, "a LexisNexis record's start"},
		{"End of Document", true, HeaderMatch{Rule: "header/lexisnexis", Value: "End of Document", End: true}, "a Nexis Uni record's end"},
		{"Document WSJ0000020241218ekci0000x", true, HeaderMatch{Rule: "header/factiva", Value: "Document WSJ0000020241218ekci0000x", End: true}, "a Factiva record's end"},
		{"LOAD-DATE: May 2, 2024", true, HeaderMatch{Rule: "header/lexisnexis", Value: "May 2, 2024", Key: true}, "a key of LexisNexis alone"},
		{"Titel: Der Haushalt", true, HeaderMatch{Rule: "header/genios", Field: FieldTitle, Value: "Der Haushalt", Key: true, Opens: true}, "a key of Genios"},
		{"Überschrift: Der Haushalt", true, HeaderMatch{Rule: "header/genios", Field: FieldTitle, Value: "Der Haushalt", Key: true, Opens: true}, "a key beyond ASCII"},
		{"URL: https://example.org/a", true, HeaderMatch{Rule: "header/lexisnexis", Field: FieldURL, Value: "https://example.org/a", Key: true, Opens: true}, "a key of several forms opens where one does"},
		{"Der Rat sagte: Wir bauen.", false, HeaderMatch{}, "a colon in a sentence"},
		{"2 of the 3 documents were lost", false, HeaderMatch{}, "words that are no record's start"},
		{"523 words", false, HeaderMatch{}, "a line without a key, for Line"},
		{"HD\tCopper prices rise", true, HeaderMatch{Rule: "header/factiva-codes", Field: FieldTitle, Value: "Copper prices rise", Key: true, Opens: true}, "a tag of Factiva's codes"},
		{"LP", true, HeaderMatch{Rule: "header/factiva-codes", Key: true, Opens: true}, "a tag alone"},
		{"AN  Document LBA0000020241211ekcb00abc", true, HeaderMatch{Rule: "header/factiva-codes", Value: "AN  Document LBA0000020241211ekcb00abc", End: true}, "the end of a record with codes"},
		{"USA zahlt", false, HeaderMatch{}, "capitals that are no tag"},
		{"HDTV im Test", false, HeaderMatch{}, "a tag run into a word"},
		{"BY JANE DOE", false, HeaderMatch{}, "a byline in capitals, one space after the tag"},
	} {
		got, ok := h.Match(c.line)
		if ok != c.ok || got != c.want {
			t.Errorf("%s: Match(%q) = %+v, %v; want %+v, %v", c.about, c.line, got, ok, c.want, c.ok)
		}
	}
	if m, ok := h.Line("header/factiva", "523 words", true); !ok || m.Field != FieldLength {
		t.Errorf("Line: %+v %v", m, ok)
	}
	if _, ok := h.Line("header/factiva", "LBA", false); ok {
		t.Error("a pattern of the first lines matched below them")
	}
	if _, ok := h.KeyIn("header/key-value", "URL: https://example.org/a"); !ok {
		t.Error("KeyIn: the key of the form not found")
	}
	if _, err := NewHeaders([]HeaderForm{{Name: "x", End: "("}}); err == nil {
		t.Error("a pattern that does not compile: no error")
	}
}

func FuzzHeaders(f *testing.F) {
	for _, s := range []string{"HD\tTitel", "AN Document ABCDEFGHIJKLMNOPQRST", "1 of 2 DOCUMENTS", "LENGTH: 5 words", "Titel: x", "Überschrift:", ":", "End of Document", "Document ABCDEFGHIJKLMNOPQRST", "\xff:", strings.Repeat("a", 41) + ": b"} {
		f.Add(s)
	}
	h, err := NewHeaders(DefaultHeaderForms())
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, line string) {
		m, ok := h.Match(line)
		k, kok := h.Key(line)
		if kok && (!ok || m != k && !m.Start && !m.End) { // a record's mark before a key
			t.Errorf("Key(%q) = %+v but Match = %+v, %v", line, k, m, ok)
		}
		for _, name := range h.Forms() {
			h.Line(name, line, true)
			if km, ok := h.KeyIn(name, line); ok && !kok {
				t.Errorf("KeyIn(%s, %q) = %+v, Key found nothing", name, line, km)
			}
		}
	})
}
