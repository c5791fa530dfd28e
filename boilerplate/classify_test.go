package boilerplate

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func TestDefaultRulesCompile(t *testing.T) {
	if _, err := New(DefaultProfiles(), GenericRules()); err != nil {
		t.Fatal(err)
	}
	if _, err := New([]Profile{{Site: "x", Rules: []Rule{{Name: "x/bad", Pattern: "("}}}}, nil); err == nil {
		t.Error("New accepted a pattern that does not compile")
	}
	if _, err := New(nil, []Rule{{Name: "generic/empty"}}); err == nil {
		t.Error("New accepted a rule that matches nothing")
	}
}

// TestRules checks each rule on lines it must and must not match.
func TestRules(t *testing.T) {
	c := Default()
	tests := []struct {
		line string
		rule string // "" for no rule
	}{
		{"In Pocket speichern vorlesen Druckansicht 17 Kommentare lesen", "heise.de/share-bar"},
		{"In Pocket speichern vorlesen Druckansicht", "heise.de/share-bar"},
		{"In Pocket speichern vorlesen Druckansicht 1.234 Kommentare lesen", "heise.de/share-bar"},
		{"ZDNet.de Redaktion", "zdnet.de/editorial-byline"},
		{"2 Tagen ago", "zdnet.de/teaser-date"},
		{"Tipp: Wissen Sie alles über Edward Snowden und die NSA? Überprüfen Sie Ihr Wissen – mit 15 Fragen auf silicon.de.", "zdnet.de/tip-promo"},
		{"Editorial standards", "zdnet.com/editorial-standards"},
		{"Recent Posts", "generic/related-heading"},
		{"Mehr zum Thema", "generic/related-heading"},
		{"Lesezeit: 1 Min.", "generic/reading-time"},
		{"Lesezeit: 1\u00a0Min.", "generic/reading-time"},
		{"5 min read", "generic/reading-time"},
		{"[mit Material von Eileen Yu, ZDNet.com]", "generic/credit-bracket"},
		{"[Mit Material von Florian Kalenda, ZDNet.de]", "generic/credit-bracket"},
		{"mit Material der dpa", "generic/credit-line"},
		{"(ako)", "generic/sigle"},
		{"(dpa)", "generic/sigle"},
		{"(jk/dpa)", "generic/sigle"},
		{"(MSS)", ""},
		{"spionage_china-v6-250x187", "generic/image-file"},
		{"huawei-logo.jpg", "generic/image-file"},
		{"(Bild: danielo/Shutterstock.com)", "generic/image-credit"},
		{"Foto: dpa", "generic/image-credit"},
		{"Erdölpumpen im Abendrot. Bild: TebNad/Shutterstock.com", "generic/caption-credit"},
		{"Lee Elder war beim Masters 1975 der Zuschauermagnet. | © Augusta National/Getty Images", "generic/caption-credit"},
		{"Das Hermelin ist im Winter gut getarnt.  (mlharing / iStock.com)", "generic/caption-agency"},
		{"Microsoft plans to cut its carbon emissions by more than half by 2030. Mike Blake/Reuters files", "generic/caption-agency"},
		{"Cyber-Attacken nehmen weiter zu. – © Sergey Nivens – stock.adobe.com", "generic/caption-credit"},
		{"Das Bild: eine Stadt im Umbruch, in der die Mieten seit Jahren steigen und die Alten wegziehen.", ""},
		{"Die Förderung gilt für (a) Schulen, (b) Kitas und (c) Sporthallen der Stadt", ""},
		{"Written by Eileen Yu, Senior Contributing Editor", "generic/written-by"},
		{"By Jane Doe", "generic/written-by"},
		{"By Jane Doe | March 3, 2024", "generic/written-by"},
		{"By Jane Doe • 5 min read", "generic/written-by"},
		{"Von Anna Müller | 12.03.2024", "generic/von-byline"},
		{"Von Anna Müller und Max Mustermann", "generic/von-byline"},
		{"Von den zahlreichen Angriffen auf US-Firmen wurden einige zurückverfolgt.", ""},
		{"Evan Halper writes about a broad range of policy issues out of Washington.", "generic/author-bio"},
		{"Jana Müller ist Redakteurin im Ressort Wirtschaft.", "generic/author-bio"},
		{"Anna Berg is a senior reporter covering energy.", "generic/author-bio"},
		{"Müller ist Bürgermeister der Stadt und wurde am Montag wiedergewählt.", ""},
		{"© 2024 Heise Medien", "generic/copyright"},
		{"17 Kommentare", "generic/count-line"},
		{"Kommentare (128)", "generic/count-line"},
		{"1.234 Aufrufe", "generic/count-line"},
		{"42 comments", "generic/count-line"},
		{"17 Kommentare zur Rentenreform gingen bis Montag ein.", ""},
		{"Die chinesische Regierung hat eine Erklärung gefordert.", ""},
		{"Tech", ""}, // only above the headline, on zdnet.com
		{"X", ""},
	}
	for _, tt := range tests {
		r, ok := c.Rule(tt.line)
		got := ""
		if ok {
			got = r.Name
		}
		if got != tt.rule {
			t.Errorf("Rule(%q) = %q, want %q", tt.line, got, tt.rule)
		}
	}
}

func TestEndMarker(t *testing.T) {
	c := Default()
	for _, line := range []string{"(ako)", "Editorial standards", "[mit Material der dpa]", "5 Tagen ago", "vor 3 Stunden", "© 2024 Heise"} {
		if _, ok := c.EndMarker(line); !ok {
			t.Errorf("EndMarker(%q) = false, want true", line)
		}
	}
	for _, line := range []string{"Lesezeit: 1 Min.", "22.11.2026", "Tech", "Die Regierung hat am Montag reagiert.", ""} {
		if rule, ok := c.EndMarker(line); ok {
			t.Errorf("EndMarker(%q) = true by %s, want false", line, rule)
		}
	}
}

// TestEndMarkerUnindexed checks that end markers are found the same way
// when the classifier has more rules than its index covers, so that some
// end rules have no bit and are tried one by one.
func TestEndMarkerUnindexed(t *testing.T) {
	var filler []Rule
	for i := range maxIndexed {
		filler = append(filler, Rule{Name: fmt.Sprintf("many.example/rule-%d", i), Kind: Navigation, Exact: []string{fmt.Sprintf("Menu item %d", i)}})
	}
	many, err := New([]Profile{{Site: "many.example", Rules: filler}}, GenericRules())
	if err != nil {
		t.Fatal(err)
	}
	if many.endBits.whole {
		t.Fatal("all end rules have a bit; the test needs some without")
	}
	c := Default()
	if !c.endBits.whole {
		t.Fatal("the default end rules do not all have a bit")
	}
	for _, line := range []string{"(ako)", "Editorial standards", "[mit Material der dpa]", "5 Tagen ago", "vor 3 Stunden", "© 2024 Heise",
		"Lesezeit: 1 Min.", "22.11.2026", "Tech", "Die Regierung hat am Montag reagiert.", "", "Menu item 3", "Mit Material von Reuters"} {
		gotName, got := many.EndMarker(line)
		wantName, want := c.EndMarker(line)
		if strings.HasPrefix(wantName, "zdnet") || strings.HasPrefix(wantName, "heise") {
			continue // site rules the many.example classifier does not have
		}
		if got != want || gotName != wantName {
			t.Errorf("EndMarker(%q) = %q, %v without the index; %q, %v with it", line, gotName, got, wantName, want)
		}
	}
}

func TestClassify(t *testing.T) {
	page := `X
Tech

Headline of the story

A standfirst that says what the story is about.
Written by Jane Doe, Senior Editor

The first paragraph of the story, which runs on for a while and says a lot.

Editorial standards`
	res := Default().Classify(strings.Split(page, "\n"))
	var got []string
	for i, l := range res.Labels {
		if l.Kind != Blank {
			got = append(got, strings.Split(page, "\n")[i][:1]+" "+l.Kind.String()+" "+l.Rule)
		}
	}
	want := []string{
		"X navigation zdnet.com/share-icon",
		"T section zdnet.com/section",
		"H title ",
		"A teaser ",
		"W byline generic/written-by",
		"T body ",
		"E footer zdnet.com/editorial-standards",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("labels mismatch (-want +got):\n%s", diff)
	}
	if res.Site != "zdnet.com" {
		t.Errorf("site = %q, want zdnet.com", res.Site)
	}
}

func TestClassifyLayout(t *testing.T) {
	tests := []struct {
		page   string
		want   []Kind // of the non-blank lines
		reason string
	}{
		{"Brexit\n\nThe long paragraph of text that follows the one-word headline, running on.", []Kind{Title, Body}, "one-word headline"},
		{"Menu\nNews\n\nA headline here\n\nText of the story that goes on.", []Kind{Navigation, Section, Title, Body}, "short lines above the headline"},
		{"Same title\n\nSame title\n\nText of the story.", []Kind{Title, DuplicateTitle, Body}, "repeated headline"},
		{"Title\n\nTeaser text.\n\nIn Pocket speichern vorlesen Druckansicht\nFlaggen im Wind\n\n(Bild: dpa)\n\nBody text.", []Kind{Title, Teaser, ShareBar, Image, ImageCredit, Body}, "heise layout"},
		{"Title\n\nBody.\n\nVon\n  • Anna Muster\n  • mit Material der dpa", []Kind{Title, Body, Byline, Byline, Credit}, "bulleted byline"},
		{"Title\n\nBody.\n\nRecent Posts\n\nOther story\n\nvor 2 Stunden\n\n© 2024 Site", []Kind{Title, Body, Related, Related, Related, Footer}, "teaser list up to a footer"},
	}
	for _, tt := range tests {
		res := Default().Classify(strings.Split(tt.page, "\n"))
		var got []Kind
		for _, l := range res.Labels {
			if l.Kind != Blank {
				got = append(got, l.Kind)
			}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: kinds mismatch (-want +got):\n%s", tt.reason, diff)
		}
	}
}

func TestKindText(t *testing.T) {
	for k := Body; k <= Boilerplate; k++ {
		b, err := k.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back Kind
		if err := back.UnmarshalText(b); err != nil || back != k {
			t.Errorf("round trip of %v gave %v, %v", k, back, err)
		}
	}
}

func BenchmarkClassify(b *testing.B) {
	page := strings.Split(`X
Tech

Headline of the story

A standfirst that says what the story is about.
Written by Jane Doe, Senior Editor

`+strings.Repeat("A paragraph of the story, which runs on for a while and says a lot about what happened on Monday.\n\n", 20)+`Editorial standards`, "\n")
	n := 0
	for _, l := range page {
		n += len(l) + 1
	}
	c := Default()
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		c.Classify(page)
	}
}

func TestMaxLength(t *testing.T) {
	tests := []struct {
		pattern string
		want    int
	}{
		{`abc`, 3},
		{`Tipp: .{10,300}`, 6 + 4*300},
		{`a|bcd`, 3},
		{`(?:x)?y`, 2},
		{`a+`, -1},
		{`ä`, 2},
		{`\d{2,4}x\d{2,4}`, 4*4 + 1 + 4*4},
	}
	for _, tt := range tests {
		rules, err := compileRules([]Rule{{Name: "t", Pattern: tt.pattern}}, "test")
		if err != nil {
			t.Fatal(err)
		}
		if got := rules[0].maxLen; got != tt.want {
			t.Errorf("maxLen(%q) = %d, want %d", tt.pattern, got, tt.want)
		}
	}
}

func TestWords(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"", 0},
		{"   ", 0},
		{"Lesezeit: 1 Min.", 3},
		{"17\u00a0Kommentare", 2},       // a no-break space separates words
		{"Ausgabe\u2009Nr.\u3000 5", 3}, // thin and ideographic spaces
		{"Über·die·Brücke", 1},          // a middle dot does not
		{"\tTabs\nand\r\nlines ", 3},
	}
	for _, tt := range tests {
		if got := countWords(tt.in); got != tt.want {
			t.Errorf("Words(%q) = %d, want %d", tt.in, got, tt.want)
		}
		if got := wordsUpTo(tt.in, 2); got != min(tt.want, 2) {
			t.Errorf("WordsUpTo(%q, 2) = %d, want %d", tt.in, got, min(tt.want, 2))
		}
	}
}

func FuzzWords(f *testing.F) {
	for _, s := range []string{"a b", "x\u00a0y\u2003z", "\u0085\u1680\u205f\u3000", "\xc2", "\xe2\x80"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := len(strings.Fields(s))
		if got := countWords(s); got != want {
			t.Errorf("Words(%q) = %d, strings.Fields finds %d", s, got, want)
		}
		if got := wordsUpTo(s, 3); got != min(want, 3) {
			t.Errorf("WordsUpTo(%q, 3) = %d, want %d", s, got, min(want, 3))
		}
		l := Default().NewLine(s)
		for _, limit := range []int{-1, 0, 3, maxRuleWords, 100} {
			if got, w := l.WordsUpTo(limit), wordsUpTo(l.key, limit); got != w {
				t.Errorf("Line(%q).WordsUpTo(%d) = %d, WordsUpTo of its key %d", s, limit, got, w)
			}
		}
	})
}

// TestRulesBeyondIndex checks that rules beyond the 64 the index holds are
// still tried, in order, and that a classifier with them labels the seeds
// and test pages as the default one does.
func TestRulesBeyondIndex(t *testing.T) {
	rules := GenericRules()
	for i := 0; i < 70; i++ {
		rules = append(rules, Rule{Name: fmt.Sprintf("test/filler-%d", i), Kind: Promo, Exact: []string{fmt.Sprintf("Filler %d", i)}})
	}
	c, err := New(DefaultProfiles(), rules)
	if err != nil {
		t.Fatal(err)
	}
	if r, ok := c.Rule("Filler 69"); !ok || r.Name != "test/filler-69" {
		t.Errorf("Rule(Filler 69) = %q, %v; want test/filler-69", r.Name, ok)
	}
	if r, ok := c.Rule("Recent Posts"); !ok || r.Name != "generic/related-heading" {
		t.Errorf("Rule(Recent Posts) = %q, %v; want generic/related-heading", r.Name, ok)
	}
	for f, lines := range testPages(t) {
		want, got := Default().Classify(lines), c.Classify(lines)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: labels differ with rules beyond the index (-default +many):\n%s", f, diff)
		}
	}
}

// testPages returns the lines of the seeds and the test pages by file name.
func testPages(t *testing.T) map[string][]string {
	t.Helper()
	files, _ := filepath.Glob("../testdata/pages/*.txt")
	seeds, _ := filepath.Glob("../seeds/*.txt")
	pages := map[string][]string{}
	for _, f := range append(files, seeds...) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		pages[f] = strings.Split(string(data), "\n")
	}
	if len(pages) == 0 {
		t.Fatal("no test pages")
	}
	return pages
}

// TestPatternGates checks that the quick tests before a pattern (how its
// matches start, how long they are) never turn away a line the pattern
// matches, on the lines of the seeds, the test pages and the rule tables.
func TestPatternGates(t *testing.T) {
	var lines []string
	for _, page := range testPages(t) {
		lines = append(lines, page...)
	}
	lines = append(lines, "(dpa)", "(ako/dpa)", "© 2024 Heise Medien", "(C) Copyright 1999", "Lesezeit: 3 Min.",
		"17 Kommentare", "KOMMENTARE (3)", "À lire aussi : la suite", "à lire aussi : la suite", "Foto: dpa",
		"By Jane Doe and John Roe", "Von Anna Muster und Ben Beispiel", "bild-123x456.jpg", "Tipp: Mehr bei uns im Netz")
	c := Default()
	n := 0
	for _, p := range append([]compiledProfile{{rules: c.generic}}, c.profiles...) {
		for _, r := range p.rules {
			if r.re == nil {
				continue
			}
			for _, line := range lines {
				key := fold(line)
				if key == "" || !r.re.MatchString(key) {
					continue
				}
				n++
				if r.starts != nil && !startsWith(key, r.starts) {
					t.Errorf("%s: %q matches but does not start as %q", r.Name, key, r.starts)
				}
				if r.maxLen >= 0 && (len(key) > r.maxLen || utf8.RuneCountInString(key) > r.maxRune) {
					t.Errorf("%s: %q matches but is longer than %d bytes or %d characters", r.Name, key, r.maxLen, r.maxRune)
				}
				l := c.NewLine(line)
				if l.patternBits()&r.bit == 0 {
					t.Errorf("%s: %q matches but the index does not list the rule for it", r.Name, key)
				}
			}
		}
	}
	if n < 20 {
		t.Errorf("only %d lines matched a pattern: the test tests little", n)
	}
}
