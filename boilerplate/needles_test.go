package boilerplate

import (
	"os"
	"path/filepath"
	"regexp/syntax"
	"slices"
	"strings"
	"testing"
)

// TestNeedlesAdmitMatches checks that every line a rule's pattern matches
// holds one of the rule's needles, on the lines of the seeds and on lines
// written for the rules.
func TestNeedlesAdmitMatches(t *testing.T) {
	lines := []string{
		"Lesezeit: 3 Min.", "Reading time: 4 minutes", "5 min read", "3 Min. Lesezeit",
		"© 2024 dpa", "Copyright 2019 Heise Medien", "(c) Alle Rechte vorbehalten", "COPYRIGHT all rights reserved",
		"3 Stunden ago", "12 Tagen ago", "Mit Material der dpa", "[Mit Material von AFP]", "Reporting by Jane Doe",
		"With additional reporting by Jo", "(dpa)", "(ab/cd)", "image-1024x768.jpg", "photo.JPEG", "foto.webp",
		"(Foto: Getty Images)", "Bild: dpa", "By Glen Owen And Jane Doe", "Written by Ann", "Von Hans Meier und Eva Roth",
		"Foto: © Ada Yokota", "Tipp: Lesen Sie auch", "Lesen Sie auch: Der Artikel", "READ MORE: the story",
		"Veröffentlicht am 3. März 2025", "17 Kommentare", "Kommentare (3)", "ﬁle-12x12.png", "K\u212aommentare 3",
	}
	seeds, _ := filepath.Glob("../seeds/*.txt")
	for _, f := range seeds {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, strings.Split(string(data), "\n")...)
	}
	c := Default()
	checked := 0
	for _, r := range c.index.rules {
		if r.re == nil || r.needles == nil {
			continue
		}
		for _, line := range lines {
			key := fold(line)
			if r.re.MatchString(key) {
				checked++
				all := append(slices.Clone(r.needles.list), r.needles.short...)
				if !r.needles.any(key) || !anyNeedle(key, all) {
					t.Errorf("rule %s matches %q, which holds none of its needles %v", r.Name, key, all)
				}
			}
		}
	}
	if checked < 30 {
		t.Errorf("only %d matched lines checked", checked)
	}
}

func TestNeedlesOf(t *testing.T) {
	tests := []struct {
		re   string
		want []needle
	}{
		{`abc`, []needle{{"abc", false}}},
		{`(?i:Abc)`, []needle{{"abc", true}}},
		{`(?i:Äbc)`, nil},
		{`(?i:1, )`, []needle{{"1, ", false}}},
		{`a*`, nil},
		{`x?yz`, []needle{{"yz", false}}},
		{`(?:foo|bar)+ \d`, []needle{{"foo", false}, {"bar", false}}},
		{`foo|.*`, nil},
		{`\d{1,3} (?:Stunden|Tagen) ago`, []needle{{" Stunden ago", false}, {" Tagen ago", false}}},
		{`.{8,}(?:Foto|Fotos|Bild): ?x`, []needle{{"Foto:x", false}, {"Foto: x", false}, {"Fotos:x", false}, {"Fotos: x", false}, {"Bild:x", false}, {"Bild: x", false}}},
		{`.+/(?:Reuters|AFP)(?: files)?`, []needle{{"/Reuters", false}, {"/AFP", false}}},
		{`x?yz`, []needle{{"yz", false}}},
	}
	for _, tt := range tests {
		re, err := syntax.Parse(tt.re, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		got := needlesOf(re.Simplify())
		if len(got) != len(tt.want) {
			t.Errorf("needlesOf(%s) = %v, want %v", tt.re, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("needlesOf(%s) = %v, want %v", tt.re, got, tt.want)
				break
			}
		}
	}
}

func FuzzContainsFold(f *testing.F) {
	for _, s := range []string{"Kommentare", "KOMMENTARE 3", "xkommentarex", "komm"} {
		f.Add(s, "kommentare")
	}
	f.Fuzz(func(t *testing.T, s, needle string) {
		needle = strings.ToLower(needle)
		if needle == "" || !isASCII(needle) {
			return
		}
		want := false
		for i := 0; i+len(needle) <= len(s); i++ {
			want = want || hasPrefixFold(s[i:], needle)
		}
		if got := containsFold(s, needle); got != want {
			t.Errorf("containsFold(%q, %q) = %v, want %v", s, needle, got, want)
		}
	})
}

// FuzzNeedleSet: the one pass over a line with the index of the needles'
// first four bytes finds a needle exactly where a search for each does.
func FuzzNeedleSet(f *testing.F) {
	ns := []needle{{"Redakteur", false}, {"Autor", false}, {"arbeitet als ", false}, {"writes about", true},
		{"editor", true}, {"ÄÖüß", false}, {"covers ", true}, {"reports on", true}, {"columnist", true}, {"@[]x", false}}
	set := newNeedleSet(ns)
	// With needles under four bytes beside the index: searched apart.
	withShort := append(slices.Clone(ns), needle{"©", false}, needle{"dpa", false}, needle{"ap", true})
	mixed := newNeedleSet(withShort)
	if set.grams == nil || mixed.grams == nil || len(mixed.short) != 3 {
		f.Fatal("no pair index for nine needles")
	}
	for _, s := range []string{"", "Jana ist Redakteurin", "She WRITES ABOUT food", "Ein ÄÖüß", "K\u212aovers", "autor", "a", "`{}x @[]x @[]X", "Foto © x", "(dpa)", "AP"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, key string) {
		if got, want := set.any(key), anyNeedle(key, ns); got != want {
			t.Errorf("%q: pair index %v, searches %v", key, got, want)
		}
		if got, want := mixed.any(key), anyNeedle(key, withShort); got != want {
			t.Errorf("%q with short needles: pair index %v, searches %v", key, got, want)
		}
	})
}
