package article

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsdump/newsdump/boilerplate"
)

// TestGoldenDumps reads the dumps in testdata/dumps, each a form of dump
// without separators (exports of press databases, header blocks, blank
// lines), and compares them with their golden files; each article starts
// where the dump's next article does, for the reason its form gives, with
// the fields its header gives. Parallel reads them the same.
func TestGoldenDumps(t *testing.T) {
	type want struct {
		title, start, site, section, author, url, published string
	}
	cases := map[string][]want{
		"lexisnexis.txt": {
			{"Stadtrat beschließt neuen Busfahrplan", "header/lexisnexis", "Rhein-Zeitung (Koblenz)", "LOKALES", "Jana Müller", "", "2024-12-18"},
			{"Council votes to plant ten thousand trees", "header/lexisnexis", "The Guardian (London)", "ENVIRONMENT", "Dana Whitfield", "", "2024-12-17"},
			{"Neue Tram-Linie fährt ab Sonntag", "header/lexisnexis", "Süddeutsche Zeitung", "", "", "", "2024-12-16"},
		},
		"nexis-uni.txt": {
			{"Stadtrat beschließt neuen Busfahrplan", "", "Rhein-Zeitung (Koblenz)", "LOKALES", "Jana Müller", "", "2024-12-18"},
			{"Council votes to plant ten thousand trees", "header/lexisnexis", "The Guardian (London)", "ENVIRONMENT", "Dana Whitfield", "", "2024-12-17"},
		},
		"factiva.txt": {
			{"Copper prices rise on hopes of stronger demand", "", "Reuters News", "", "Jane Okafor", "", "2024-12-11"},
			{"Aluminium hits two-month high as supply tightens", "header/factiva", "Reuters News", "", "Tom Brandt", "", "2024-12-11"},
		},
		"factiva-codes.txt": {
			{"Copper prices rise on hopes of stronger demand", "", "Reuters News", "", "Jane Okafor", "", "2024-12-11"},
			{"Aluminium hits two-month high as supply tightens", "header/factiva-codes", "Reuters News", "", "Tom Brandt", "", "2024-12-11"},
		},
		"genios.txt": {
			{"Neue Tram-Linie fährt ab Sonntag", "", "Süddeutsche Zeitung", "München", "Jana Müller", "", "2024-12-16"},
			{"Wohnungsbau auf dem tiefsten Stand seit zwölf Jahren", "header/genios", "Frankfurter Allgemeine Zeitung", "Wirtschaft", "Tom Weber", "", "2024-12-18"},
		},
		"key-value.txt": {
			{"Glasfaser: Stadtwerke verlegen schneller als geplant", "", "", "", "Jana Müller", "https://example.org/news/glasfaser-stadtwerke", "2024-12-18"},
			{"Passkeys: Why passwords will not disappear soon", "header/key-value", "", "", "Dana Whitfield", "https://example.org/news/passkeys", "2024-12-17"},
		},
		"renders.txt": {
			{"Stadtrat beschließt neuen Busfahrplan", "", "", "", "", "", ""},
			{"Council votes to plant ten thousand trees", StartPage, "", "", "", "", ""},
		},
		"topics.txt": {
			{"Stadtrat beschließt neuen Busfahrplan", "", "", "", "", "", ""},
			{"Council votes to plant ten thousand trees", StartTopic, "", "", "", "", ""},
			{"Wohnungsbau auf dem tiefsten Stand seit zwölf Jahren", StartTopic, "", "", "", "", ""},
		},
		"site-pages.txt": {
			{"Neue Tram-Linie fährt ab Sonntag", "", "", "Lokales", "Jana Müller", "", ""},
			{"Handballerinnen gewinnen das Derby", StartRepeat, "", "Sport", "Tom Weber", "", ""},
		},
		"blank-lines.txt": {
			{"Stadtrat beschließt neuen Busfahrplan", "", "", "", "", "", ""},
			{"Neue Tram-Linie fährt ab Sonntag", StartBlankLines, "", "", "", "", ""},
			{"Council votes to plant ten thousand trees", StartBlankLines, "", "", "", "", ""},
		},
	}
	files, _ := filepath.Glob("../testdata/dumps/*.txt")
	if len(files) != len(cases) {
		t.Errorf("%d dumps in testdata/dumps, %d cases", len(files), len(cases))
	}
	for _, f := range files {
		name := filepath.Base(f)
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			got := readAll(t, "testdata/dumps/"+name, data)
			var gotW []want
			for _, a := range got {
				w := want{title: a.Title, start: a.Source.Split, site: a.Site, section: a.Section, url: a.URL}
				if len(a.Authors) > 0 {
					w.author = a.Authors[0].Name
				}
				if !a.Published.Time.IsZero() {
					w.published = a.Published.Time.Format("2006-01-02")
				}
				gotW = append(gotW, w)
				for _, p := range a.Body {
					if _, ok := headerKeyOrMark(p.Text); ok {
						t.Errorf("a header's line in the body: %q", p.Text)
					}
				}
			}
			if diff := cmp.Diff(cases[name], gotW, cmp.AllowUnexported(want{})); diff != "" {
				t.Errorf("articles (-want +got):\n%s", diff)
			}
			checkGolden(t, strings.TrimSuffix(f, ".txt")+".golden.json", got)

			r := NewReader(strings.NewReader(string(data)))
			r.Path, r.Reference = "testdata/dumps/"+name, goldenRef
			r.maxChunk = 300 // chunks of a few lines: the splitters of the workers meet the dump's articles anywhere
			seq := collect(r.Parallel(2))
			r2 := NewReader(strings.NewReader(string(data)))
			r2.Path, r2.Reference = "testdata/dumps/"+name, goldenRef
			if diff := cmp.Diff(collect(r2.All()), seq); diff != "" {
				t.Errorf("Parallel differs from Read (-Read +Parallel):\n%s", diff)
			}
		})
	}
}

// headerKeyOrMark reports whether a paragraph is a line of a header of
// the default forms.
func headerKeyOrMark(text string) (string, bool) {
	for _, k := range []string{"HD\t", "WC\t", "AN\t", "BYLINE:", "LENGTH:", "SECTION:", "LOAD-DATE:", "Length:", "Byline:", "Titel:", "Quelle:", "Title:", "URL:", "Date:", "End of Document"} {
		if strings.HasPrefix(text, k) {
			return k, true
		}
	}
	return "", false
}

// TestSplitModes reads one text with each Split: a separator, a Genios
// header block after text, and a run of blank lines before a headline.
// SplitNone keeps it one article, in Parallel's chunks too.
func TestSplitModes(t *testing.T) {
	text := "Eins\n\n" + para + "\n===\nZwei\n\n" + para + "\n\nQuelle: Stadtanzeiger vom 18.12.2024\nTitel: Drei\n\n" + para + "\n\n\n\nVier und mehr\n\n" + para + "\n"
	for _, c := range []struct {
		split Split
		want  []string
	}{
		{SplitAuto, []string{"Eins", "Zwei", "Drei", "Vier und mehr"}},
		{SplitHeader, []string{"Eins", "Zwei", "Drei"}},
		{SplitSeparator, []string{"Eins", "Zwei"}},
		{SplitNone, []string{"Eins"}},
	} {
		for _, parallel := range []bool{false, true} {
			got := readTitles(t, text, c.split, parallel)
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("%v (parallel %v): titles (-want +got):\n%s", c.split, parallel, diff)
			}
		}
	}
}

// TestLoneKeyLine keeps a line that looks like a header's key line, alone
// in an article ("Quelle: dpa"), as the article's own, and cuts nothing
// there.
func TestLoneKeyLine(t *testing.T) {
	text := "Der Haushalt\n\n" + para + "\n\nQuelle: dpa\n\n" + para + "\n"
	var arts []*Article
	for a, err := range NewReader(strings.NewReader(text)).All() {
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, a)
	}
	if len(arts) != 1 {
		t.Fatalf("%d articles, want 1", len(arts))
	}
	for _, r := range arts[0].Removed {
		if strings.HasPrefix(r.Rule, "header/") {
			t.Errorf("a lone key line taken for a header: %+v", r)
		}
	}
}

// TestBadHeaderForm returns the error of a header form whose pattern does
// not compile from the first Read, and io.EOF after it.
func TestBadHeaderForm(t *testing.T) {
	r := NewReader(strings.NewReader("Titel\n\n" + para + "\n"))
	r.HeaderForms = []boilerplate.HeaderForm{{Name: "header/bad", Start: "(unclosed"}}
	if _, err := r.Read(); err == nil || !strings.Contains(err.Error(), "unclosed") {
		t.Errorf("first Read: %v, want the pattern's error", err)
	}
	if _, err := r.Read(); err != io.EOF {
		t.Errorf("second Read: %v, want io.EOF", err)
	}
}

// TestTrailingKeyBlock keeps a block of key lines after an article's text,
// with no text after it, as the article's trailer, not an article of its
// own without text.
func TestTrailingKeyBlock(t *testing.T) {
	long := "Der Gemeinderat hat am Dienstagabend über den Haushalt für das kommende Jahr beraten, und die Fraktionen haben sich nach langer und zäher Debatte über Schulen, Straßen und Bäder auf einen Kompromiss geeinigt, der allen etwas gibt."
	text := "Der Haushalt\n\n" + long + "\n\n" + long + "\n\nQuelle: dpa\nAutor: Max Muster\n"
	for _, parallel := range []bool{false, true} {
		r := NewReader(strings.NewReader(text))
		seq := r.All()
		if parallel {
			seq = r.Parallel(2)
		}
		var arts []*Article
		for a, err := range seq {
			if err != nil {
				t.Fatal(err)
			}
			arts = append(arts, a)
		}
		if len(arts) != 1 || len(arts[0].Body) != 2 || arts[0].Site != "dpa" {
			for _, a := range arts {
				t.Logf("%q site %q, %d paragraphs", a.Title, a.Site, len(a.Body))
			}
			t.Errorf("parallel %v: %d articles, want one of two paragraphs with the trailer's source", parallel, len(arts))
		}
	}
}

// TestEmptyHeaderKey reads a header whose title key has no value: the
// headline the text gives stays the title, the empty key line is not.
func TestEmptyHeaderKey(t *testing.T) {
	text := "Quelle: Stadtanzeiger vom 18.12.2024\nTitel:\nAutor: Jana Müller\n\nDer neue Radweg ist fertig\n\n" + para + "\n"
	a, err := NewReader(strings.NewReader(text)).Read()
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Der neue Radweg ist fertig" || a.Site != "Stadtanzeiger" || len(a.Authors) != 1 {
		t.Errorf("title %q, site %q, authors %+v; want the text's headline and the header's other fields", a.Title, a.Site, a.Authors)
	}
}

// TestSplitAfterSeparator: what the splitter learned of a text before a
// separator it forgets after it, as the splitter of a Parallel chunk that
// starts there knows nothing of it. A text that marks its articles by runs
// of blank lines before the separator is split by its words after it, in
// Read as in Parallel.
func TestSplitAfterSeparator(t *testing.T) {
	topics, err := os.ReadFile("../testdata/dumps/topics.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := "Eins\n\n" + para + "\n\n\n\nZwei\n\n" + para + "\n\n" + para + "\n---\n" + string(topics)
	want := []string{"Eins", "Zwei", "Stadtrat beschließt neuen Busfahrplan", "Council votes to plant ten thousand trees", "Wohnungsbau auf dem tiefsten Stand seit zwölf Jahren"}
	for _, parallel := range []bool{false, true} {
		got := readTitles(t, text, SplitAuto, parallel)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("parallel %v: titles (-want +got):\n%s", parallel, diff)
		}
	}
}

// readTitles reads text with the split given, by All or by Parallel on two
// workers in chunks of up to a MiB, and returns the articles' titles.
func readTitles(t *testing.T, text string, split Split, parallel bool) []string {
	t.Helper()
	r := NewReader(strings.NewReader(text))
	r.Split = split
	r.maxChunk = 1 << 20
	seq := r.All()
	if parallel {
		seq = r.Parallel(2)
	}
	var got []string
	for a, err := range seq {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, a.Title)
	}
	return got
}
