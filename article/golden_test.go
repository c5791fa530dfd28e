package article

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"
	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"

	"github.com/newsdump/newsdump/boilerplate"
	"github.com/newsdump/newsdump/internal/golden"
	"github.com/newsdump/newsdump/normalize"
)

// goldenRef is the reference time of the golden files: a Friday.
var goldenRef = time.Date(2024, 12, 20, 0, 0, 0, 0, time.UTC)

// cmpOpts compares language tags by value.
var cmpOpts = cmp.Options{cmp.Comparer(func(a, b language.Tag) bool { return a == b })}

// seedFiles returns the seed dumps, sorted by name.
func seedFiles(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob("../seeds/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no seeds found: %v", err)
	}
	sort.Strings(files)
	return files
}

// readAll reads every article of data, failing the test on any error.
func readAll(t *testing.T, path string, data []byte) []*Article {
	t.Helper()
	r := NewReader(bytes.NewReader(data))
	r.Path = path
	r.Reference = goldenRef
	var out []*Article
	for a, err := range r.All() {
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out = append(out, a)
	}
	return out
}

// checkGolden compares got with the golden file, or rewrites the file with
// -update.
func checkGolden(t *testing.T, path string, got []*Article) {
	t.Helper()
	b, err := json.MarshalIndent(got, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	b = append(b, '\n')
	wantJSON := golden.Load(t, path, b)
	var want []*Article
	if err := json.Unmarshal(wantJSON, &want); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if diff := cmp.Diff(want, got, cmpOpts); diff != "" {
		t.Errorf("%s mismatch (-want +got):\n%s", path, diff)
	} else if !bytes.Equal(wantJSON, b) {
		t.Errorf("%s: same articles but different JSON; run go test ./... -update", path)
	}
}

// checkOneArticle reads each file, which must hold one article, and
// compares it with the golden file golden(f); the article's path is
// prefix+NAME.
func checkOneArticle(t *testing.T, files []string, prefix string, golden func(string) string) {
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			got := readAll(t, prefix+filepath.Base(f), data)
			if len(got) != 1 {
				t.Fatalf("got %d articles, want 1", len(got))
			}
			checkGolden(t, golden(f), got)
		})
	}
}

func TestGoldenSeeds(t *testing.T) {
	checkOneArticle(t, seedFiles(t), "seeds/", func(f string) string {
		return filepath.Join("../testdata", strings.TrimSuffix(filepath.Base(f), ".txt")+".golden.json")
	})
}

// TestGoldenPages reads the synthetic full pages in testdata/pages, text
// and HTML, with menus, cookie notices, teaser lists and footers around the
// article.
func TestGoldenPages(t *testing.T) {
	pages, err := filepath.Glob("../testdata/pages/*.txt")
	html, err2 := filepath.Glob("../testdata/pages/*.html")
	if err != nil || err2 != nil || len(pages) == 0 || len(html) == 0 {
		t.Fatalf("no pages: %v %v", err, err2)
	}
	checkOneArticle(t, append(pages, html...), "testdata/pages/", func(f string) string {
		return strings.TrimSuffix(f, filepath.Ext(f)) + ".golden.json"
	})
}

// TestGoldenConcatenated reads the seeds run together as `cat seeds/*.txt`
// does: the files have no final newline, so each article's last line runs
// into the next one's first.
func TestGoldenConcatenated(t *testing.T) {
	var all []byte
	var titles []string
	for _, f := range seedFiles(t) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, data...)
		titles = append(titles, readAll(t, f, data)[0].Title)
	}
	got := readAll(t, "-", all)
	var gotTitles []string
	for _, a := range got {
		gotTitles = append(gotTitles, a.Title)
		if src := a.Source; src.Offset < 0 || src.EndOffset > int64(len(all)) || src.Offset >= src.EndOffset {
			t.Errorf("article %q: bad source %+v", a.Title, src)
		}
	}
	if diff := cmp.Diff(titles, gotTitles); diff != "" {
		t.Errorf("titles of the concatenated dump differ from the files read one by one (-want +got):\n%s", diff)
	}
	checkGolden(t, "../testdata/concatenated.golden.json", got)
}

// TestEveryLineAccounted checks that each line of a seed ends up in exactly
// one place: the title, the teaser, a body paragraph, or a removed block.
func TestEveryLineAccounted(t *testing.T) {
	for _, f := range seedFiles(t) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a := readAll(t, f, data)[0]
		norm := func(s string) string { return normalize.Quotes(normalize.Text(s), a.Language) }
		count := map[string]int{}
		for _, l := range strings.Split(string(data), "\n") {
			if l = norm(l); l != "" {
				count[l]++
			}
		}
		take := func(s, where string) {
			s = norm(s)
			if count[s] == 0 {
				t.Errorf("%s: %s %q is not a line of the input, or is there twice", f, where, s)
			}
			count[s]--
		}
		if a.Title != "" {
			take(a.Title, "title")
		}
		if a.Teaser != "" {
			take(a.Teaser, "teaser")
		}
		for _, p := range a.Body {
			take(p.Text, "paragraph")
		}
		for _, r := range a.Removed {
			for _, l := range strings.Split(r.Text, "\n") {
				take(l, "removed line")
			}
		}
		for l, n := range count {
			if n > 0 {
				t.Errorf("%s: line %q is lost", f, l)
			}
		}
	}
}

func TestSeedFacts(t *testing.T) {
	read := func(name string) *Article {
		files, _ := filepath.Glob("../seeds/" + name + "_*.txt")
		if len(files) != 1 {
			t.Fatalf("seed %s not found", name)
		}
		data, err := os.ReadFile(files[0])
		if err != nil {
			t.Fatal(err)
		}
		return readAll(t, files[0], data)[0]
	}
	zdnetDE, zdnetCOM, heise, silicon, alibaba := read("000"), read("001"), read("002"), read("003"), read("004")
	removedBy := func(a *Article, rule, text string) bool {
		for _, r := range a.Removed {
			if r.Rule == rule && strings.Contains(r.Text, text) {
				return true
			}
		}
		return false
	}
	checks := []struct {
		ok     bool
		reason string
	}{
		{zdnetDE.Site == "zdnet.de" && zdnetDE.Language == language.German, "zdnet.de: site and language"},
		{len(zdnetDE.Related) == 6 && zdnetDE.Related[0].Date.Text == "2 Tagen ago" && zdnetDE.Related[0].Date.Time.Equal(goldenRef.AddDate(0, 0, -2)), "zdnet.de: six related teasers, dates resolved"},
		{removedBy(zdnetDE, "zdnet.de/tip-promo", "Tipp: Wissen Sie alles"), "zdnet.de: Tipp promo removed"},
		{cmp.Equal(zdnetDE.Authors, []Author{{Name: "ZDNet.de Redaktion"}}), "zdnet.de: newsroom as author"},
		{cmp.Equal(zdnetDE.Credits, []string{"Eileen Yu, ZDNet.com"}), "zdnet.de: credit"},
		{zdnetCOM.Site == "zdnet.com" && zdnetCOM.Language == language.English && zdnetCOM.Section == "Tech", "zdnet.com: site, language, section"},
		{cmp.Equal(zdnetCOM.Authors, []Author{{Name: "Eileen Yu", Role: "Senior Contributing Editor"}}), "zdnet.com: author and role"},
		{removedBy(zdnetCOM, "zdnet.com/editorial-standards", "Editorial standards") && removedBy(zdnetCOM, "zdnet.com/share-icon", "X"), "zdnet.com: footer and share icon removed"},
		{heise.Site == "heise.de" && heise.CommentCount == 17 && heise.ReadingMinutes == 1 && heise.AuthorInitials == "ako", "heise: comments, reading time, sigle"},
		{cmp.Equal(heise.Authors, []Author{{Name: "Alexander Königstein"}}) && cmp.Equal(heise.Credits, []string{"dpa"}), "heise: author and agency"},
		{cmp.Equal(heise.Images, []Image{{Line: 6, Alt: "USA und China Flagge", Credit: "danielo/Shutterstock.com"}}), "heise: image alt and credit"},
		{strings.Contains(heise.Teaser, "„Verleumdung“"), "heise: straight quotes become German quotes"},
		{len(silicon.Images) == 1 && silicon.Images[0].File == "spionage_china-v6-250x187", "silicon: image file name"},
		{cmp.Equal(silicon.Credits, []string{"Florian Kalenda, ZDNet.de"}), "silicon: credit"},
		{strings.Contains(silicon.Body[1].Text, "„Es betrifft den Finanzbereich"), "silicon: English-style quotes become German"},
		{alibaba.Title == "Alibaba-Unternehmen beschuldigt" && removedBy(alibaba, "generic/duplicate-title", "Alibaba"), "duplicated title kept once"},
	}
	for _, c := range checks {
		if !c.ok {
			t.Error(c.reason)
		}
	}

}

// TestGoldenProfiles reads the page written for each HTML profile shipped
// (testdata/profiles/SITE.html, in the site's markup): the profile applies,
// each of its rules removes what it selects, the body holds only text of
// the elements its Root selects, and the article is the golden one. Every
// profile must have its page.
func TestGoldenProfiles(t *testing.T) {
	for _, p := range boilerplate.DefaultHTMLProfiles() {
		t.Run(p.Site, func(t *testing.T) {
			path := filepath.Join("../testdata/profiles", p.Site+".html")
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("no test page for the profile: %v", err)
			}
			got := readAll(t, "testdata/profiles/"+p.Site+".html", data)
			if len(got) != 1 {
				t.Fatalf("got %d articles, want 1", len(got))
			}
			a := got[0]
			if a.Site != p.Site {
				t.Errorf("site %q, want %q: the profile did not apply", a.Site, p.Site)
			}
			for _, r := range p.Rules {
				if !slices.ContainsFunc(a.Removed, func(rm Removed) bool { return rm.Rule == r.Name && rm.Kind == r.Kind }) {
					t.Errorf("rule %s removed nothing of kind %v", r.Name, r.Kind)
				}
			}
			if p.Root != "" {
				doc, err := goquery.NewDocumentFromReader(bytes.NewReader(data))
				if err != nil {
					t.Fatal(err)
				}
				// A standfirst above the root may be kept; after the
				// root's first paragraph, only the root's text.
				root := strings.Join(strings.Fields(doc.Find(p.Root).Text()), " ")
				inRoot := false
				for _, para := range a.Body {
					words := strings.Fields(para.Text)
					if len(words) > 4 {
						words = words[:4]
					}
					in := strings.Contains(root, strings.Join(words, " "))
					if inRoot && !in {
						t.Errorf("paragraph %q is not in %s", para.Text, p.Root)
					}
					inRoot = inRoot || in
				}
				if !inRoot {
					t.Errorf("no paragraph of %s in the body", p.Root)
				}
			}
			checkGolden(t, strings.TrimSuffix(path, ".html")+".golden.json", got)
		})
	}
}
