// Command splitcheck measures how well a Reader splits dumps without
// separators. It builds dumps of known articles in several forms from the
// development set and from the seeds, reads each with a Reader, and
// reports per form the share of articles found with the right start (±2
// lines), the share of spurious starts, and for the forms with a header
// the share of articles whose title the header gave.
//
//	go run ./internal/splitcheck -devset ../shared/devset
//
// The clean articles are those newsdump reads from the set's HTML pages
// (title and paragraphs, at least two paragraphs of running text); the
// renders are the set's plain-text pages as they are. The forms:
//
//   - blank3, blank1: clean articles separated by three blank lines, by one;
//   - keyvalue: each opened by Title:, Date:, URL: and Author: lines;
//   - lexis: LexisNexis records ("N of M DOCUMENTS", paper, date, BYLINE:,
//     LENGTH:, ..., LOAD-DATE:);
//   - nexisuni: Nexis Uni records (title, paper, date, Length:, Body, End of
//     Document);
//   - factiva: Factiva records (title, By, N words, date, paper, code,
//     language, copyright, ..., Document ID);
//   - factivacodes: Factiva records with codes (HD, BY, WC, PD, SN, ..., AN);
//   - genios: Genios records (Quelle:, Ressort:, Autor:, Titel:, Umfang:);
//   - renders: the plain-text renders run together, no separator;
//   - seeds: the seeds run together as cat does.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"text/tabwriter"
	"unicode"

	"github.com/newsdump/newsdump/article"
)

// showForm is the form whose articles are listed, current the form being
// scored.
var showForm, current string

// A clean article is a title and paragraphs.
type clean struct {
	title, date, author, url, site string
	paras                          []string
	lang                           string
}

// A dump is a text and where its articles start, with the title each
// article's header gives ("" for none).
type dump struct {
	text   []byte
	starts []int // line numbers, from 1
	titles []string
}

func (d *dump) add(title string, lines ...string) {
	d.starts = append(d.starts, bytes.Count(d.text, []byte("\n"))+1)
	d.titles = append(d.titles, title)
	for _, l := range lines {
		d.text = append(d.text, l...)
		d.text = append(d.text, '\n')
	}
}

func main() {
	devset := flag.String("devset", "../shared/devset", "the development set's folder")
	seeds := flag.String("seeds", "seeds", "the seeds' folder")
	split := flag.String("split", "auto", "the Reader's Split: auto, separator, header or none")
	show := flag.String("show", "", "list the articles read of this form, with the true start nearest to each")
	write := flag.String("write", "", "write each form's dump to `DIR`/FORM.txt too")
	flag.Parse()
	showForm = *show
	var mode article.Split
	if err := mode.UnmarshalText([]byte(*split)); err != nil {
		fail(err)
	}
	arts := cleanArticles(filepath.Join(*devset, "html"))

	if len(arts) == 0 {
		fail(fmt.Errorf("no articles from %s", *devset))
	}
	forms := []struct {
		name  string
		build func([]clean) dump
	}{
		{"blank3", func(a []clean) dump { return blanks(a, 3) }},
		{"blank1", func(a []clean) dump { return blanks(a, 1) }},
		{"keyvalue", keyValue},
		{"lexis", lexis},
		{"nexisuni", nexisUni},
		{"factiva", factiva},
		{"factivacodes", factivaCodes},
		{"genios", genios},
	}
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "form\tarticles\tfound\tspurious\tfound %%\tspurious %%\theader title %%\t\n")
	row := func(name string, d dump) {
		if *write != "" {
			if err := os.WriteFile(filepath.Join(*write, name+".txt"), d.text, 0o644); err != nil {
				fail(err)
			}
		}
		found, spurious, titled, headed := score(d, mode)
		pct := func(a, b int) string {
			if b == 0 {
				return "-"
			}
			return fmt.Sprintf("%.1f", 100*float64(a)/float64(b))
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%s\t%s\t%s\t\n", name, len(d.starts), found, spurious,
			pct(found, len(d.starts)), pct(spurious, found+spurious), pct(titled, headed))
	}
	for _, f := range forms {
		current = f.name
		row(f.name, f.build(arts))
	}
	current = "renders"
	row("renders", files(filepath.Join(*devset, "text"), "*.txt"))
	current = "seeds"
	row("seeds", files(*seeds, "*.txt"))
	tw.Flush()
	fmt.Printf("%d clean articles from %s\n", len(arts), filepath.Join(*devset, "html"))
}

// score reads a dump and counts the true starts found (a start within two
// lines of one), the spurious ones, and of the articles whose header gives
// a title, those found with that title.
func score(d dump, mode article.Split) (found, spurious, titled, headed int) {
	r := article.NewReader(bytes.NewReader(d.text))
	r.Format = article.FormatText
	r.Split = mode
	var got []*article.Article
	for a, err := range r.All() {
		if a != nil {
			got = append(got, a)
		}
		_ = err
	}
	if current == showForm {
		for _, a := range got {
			near := 0
			for _, s := range d.starts {
				if abs(a.Source.Line-s) < abs(a.Source.Line-near) {
					near = s
				}
			}
			fmt.Printf("%6d %+6d %-16s %.70q\n", a.Source.Line, a.Source.Line-near, a.Source.Split, a.Title)
		}
	}
	used := make([]bool, len(d.starts))
	for _, a := range got {
		best := -1
		for i, s := range d.starts {
			if !used[i] && abs(a.Source.Line-s) <= 2 {
				best = i
				break
			}
		}
		if best < 0 {
			spurious++
			continue
		}
		used[best] = true
		found++
		if t := d.titles[best]; t != "" && sameTitle(a.Title, t) {
			titled++
		}
	}
	for _, t := range d.titles {
		if t != "" {
			headed++
		}
	}
	if current == showForm {
		lines := strings.Split(string(d.text), "\n")
		for i, s := range d.starts {
			if !used[i] && s-1 < len(lines) {
				prev := ""
				for k := s - 2; k >= 0; k-- {
					if strings.TrimSpace(lines[k]) != "" {
						prev = lines[k]
						break
					}
				}
				next := ""
				if s < len(lines)-2 {
					next = lines[s+1]
				}
				fmt.Printf("missed %6d %.60q after %.50q before %.50q\n", s, lines[s-1], tail(prev, 50), next)
			}
		}
	}
	return found, spurious, titled, headed
}

func sameTitle(a, b string) bool {
	f := func(s string) string {
		return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }), " ")
	}
	return f(a) == f(b)
}

func tail(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// cleanArticles reads the HTML pages of dir and keeps the articles with a
// title and two paragraphs of running text at least.
func cleanArticles(dir string) []clean {
	names, _ := filepath.Glob(filepath.Join(dir, "*.html"))
	sort.Strings(names)
	var out []clean
	for _, n := range names {
		data, err := os.ReadFile(n)
		if err != nil {
			continue
		}
		a, err := article.ParseHTML(bytes.NewReader(data), nil)
		if err != nil || a == nil || a.Title == "" || strings.ContainsAny(a.Title, "\n\f") {
			continue
		}
		c := clean{title: a.Title, site: a.Site, url: a.URL, lang: a.Language.String()}
		if !a.Published.Time.IsZero() {
			c.date = a.Published.Time.Format("2006-01-02")
		}
		if len(a.Authors) > 0 {
			c.author = a.Authors[0].Name
		}
		prose := 0
		for _, p := range a.Body {
			if t := strings.TrimSpace(p.Text); t != "" && !strings.ContainsAny(t, "\f") {
				c.paras = append(c.paras, t)
				if len(strings.Fields(t)) >= 12 {
					prose++
				}
			}
		}
		if prose >= 2 {
			out = append(out, c)
		}
	}
	return out
}

// blanks writes the articles as title and paragraphs, n blank lines
// between articles.
func blanks(arts []clean, n int) dump {
	var d dump
	for i, a := range arts {
		lines := []string{a.title, ""}
		for _, p := range a.paras {
			lines = append(lines, p, "")
		}
		lines = lines[:len(lines)-1]
		if i < len(arts)-1 {
			for range n {
				lines = append(lines, "")
			}
		}
		d.add("", lines...)
	}
	return d
}

func or(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

func body(a clean) []string {
	var lines []string
	for _, p := range a.paras {
		lines = append(lines, p, "")
	}
	return lines
}

func keyValue(arts []clean) dump {
	var d dump
	for i, a := range arts {
		lines := []string{"Title: " + a.title, "Date: " + or(a.date, "2024-12-18"), "URL: " + or(a.url, fmt.Sprintf("https://example.org/%d", i)), "Author: " + or(a.author, "Redaktion"), ""}
		d.add(a.title, append(lines, body(a)...)...)
	}
	return d
}

func words(a clean) int {
	n := 0
	for _, p := range a.paras {
		n += len(strings.Fields(p))
	}
	return n
}

func lexis(arts []clean) dump {
	var d dump
	for i, a := range arts {
		lines := []string{"", fmt.Sprintf("                               %d of %d DOCUMENTS", i+1, len(arts)), "", "",
			"                          " + or(a.site, "Stadtanzeiger"), "", "                          18. Dezember 2024 Mittwoch", "",
			a.title, ""}
		if a.author != "" {
			lines = append(lines, "BYLINE: "+a.author, "")
		}
		lines = append(lines, "SECTION: NACHRICHTEN; S. 3", "", fmt.Sprintf("LENGTH: %d words", words(a)), "")
		lines = append(lines, body(a)...)
		lines = append(lines, "LOAD-DATE: December 19, 2024", "", "LANGUAGE: GERMAN", "", "PUBLICATION-TYPE: Zeitung", "", "Copyright 2024 "+or(a.site, "Stadtanzeiger"), "")
		d.add(a.title, lines...)
	}
	return d
}

func nexisUni(arts []clean) dump {
	var d dump
	for _, a := range arts {
		lines := []string{a.title, or(a.site, "Stadtanzeiger"), "December 18, 2024 Wednesday", "", "Copyright 2024 " + or(a.site, "Stadtanzeiger") + " All Rights Reserved", "",
			"Section: NEWS; Version:2", fmt.Sprintf("Length: %d words", words(a))}
		if a.author != "" {
			lines = append(lines, "Byline: "+a.author)
		}
		lines = append(lines, "", "Body", "")
		lines = append(lines, body(a)...)
		lines = append(lines, "Load-Date: December 19, 2024", "", "End of Document", "", "")
		d.add(a.title, lines...)
	}
	return d
}

func factiva(arts []clean) dump {
	var d dump
	for i, a := range arts {
		lines := []string{a.title}
		if a.author != "" {
			lines = append(lines, "By "+a.author)
		}
		lines = append(lines, fmt.Sprintf("%d words", words(a)), "18 December 2024", or(a.site, "Stadtanzeiger"), "STADT", "German",
			"Copyright 2024 "+or(a.site, "Stadtanzeiger")+". All Rights Reserved.", "")
		lines = append(lines, body(a)...)
		lines = append(lines, fmt.Sprintf("Document STADT00020241218ekci%05d", i), "", "")
		d.add(a.title, lines...)
	}
	return d
}

func factivaCodes(arts []clean) dump {
	var d dump
	for i, a := range arts {
		lines := []string{"HD\t" + a.title}
		if a.author != "" {
			lines = append(lines, "BY\tBy "+a.author)
		}
		lines = append(lines, fmt.Sprintf("WC\t%d words", words(a)), "PD\t18 December 2024", "SN\t"+or(a.site, "Stadtanzeiger"), "SC\tSTADT", "LA\tGerman",
			"CY\tCopyright 2024 "+or(a.site, "Stadtanzeiger")+".", "LP\t")
		lines = append(lines, body(a)...)
		lines = append(lines, "NS\tgpol : Politics", fmt.Sprintf("AN\tDocument STADT00020241218ekci%05d", i), "")
		d.add(a.title, lines...)
	}
	return d
}

func genios(arts []clean) dump {
	var d dump
	for _, a := range arts {
		lines := []string{"Quelle: " + or(a.site, "Stadtanzeiger") + " vom 18.12.2024, S. 5", "Ressort: Politik"}
		if a.author != "" {
			lines = append(lines, "Autor: "+a.author)
		}
		lines = append(lines, "Titel: "+a.title, fmt.Sprintf("Umfang: %d Wörter", words(a)), "")
		lines = append(lines, body(a)...)
		d.add(a.title, lines...)
	}
	return d
}

// files runs the files of dir together, as cat does.
func files(dir, pattern string) dump {
	names, _ := filepath.Glob(filepath.Join(dir, pattern))
	sort.Strings(names)
	var d dump
	for _, n := range names {
		data, err := os.ReadFile(n)
		if err != nil {
			continue
		}
		// The article starts at the file's first line with text.
		lines := strings.Split(strings.TrimRight(string(data), "\n"), "\n")
		lead := 0
		for lead < len(lines) && strings.TrimSpace(lines[lead]) == "" {
			lead++
		}
		start := bytes.Count(d.text, []byte("\n")) + 1 + lead
		d.text = append(d.text, strings.Join(lines, "\n")...)
		d.text = append(d.text, '\n')
		d.starts = append(d.starts, start)
		d.titles = append(d.titles, "")
	}
	return d
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "splitcheck:", err)
	os.Exit(1)
}
