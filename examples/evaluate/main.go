// Command evaluate measures how well newsdump finds the main text of pages,
// against a gold file in the format of the trafilatura evaluation corpus:
// a JSON object mapping each page's URL to its "file" (the HTML file name),
// "with" (snippets a correct extraction contains) and "without" (snippets of
// boilerplate it must not contain).
//
//	go run ./examples/evaluate -gold ../shared/devset/gold.json -pages ../shared/devset/text
//	go run ./examples/evaluate -gold ../shared/devset/gold.json -pages ../shared/devset/html
//
// For each page it reads PAGES/NAME.txt (NAME being the gold file name
// without its extension), or else the HTML page PAGES/NAME.html, runs the
// library in-process, and scores the
// title and body paragraphs as the corpus does: white space folded to
// single spaces in snippet and output, then a substring test. A "with"
// snippet found is a true positive, missed a false negative; a "without"
// snippet found is a false positive. It prints precision, recall and F1
// overall and by detected language, and the throughput of the library
// alone (files are read into memory first). With -misses it lists the
// snippets kept wrongly and lost, each with the rule or reason that
// decided the lines it falls on.
package main

import (
	"bytes"
	"cmp"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"golang.org/x/text/language"

	"github.com/newsdump/newsdump/article"
	"github.com/newsdump/newsdump/internal/score"
	"github.com/newsdump/newsdump/normalize"
)

func main() {
	goldPath := flag.String("gold", "", "gold file (JSON)")
	pages := flag.String("pages", "", "folder of pages: the plain-text render NAME.txt, or the HTML page NAME.html, for each gold file NAME.html")
	misses := flag.Bool("misses", false, "list the boilerplate kept and the main text lost")
	runs := flag.Int("runs", 3, "timed runs over all pages; the fastest counts")
	verbatim := flag.Bool("verbatim", false, "score the text as the pages have it (article.Reader.Verbatim): marks and invisible characters not normalized")
	dump := flag.Bool("dump", false, "read the pages as one dump, in the gold file's order and separated by form feeds, through one Reader: what a page repeats of the pages before it is removed as in a dump (article.Reader.KeepRepeats)")
	keep := flag.Bool("keep-repeats", false, "keep the paragraphs repeated on earlier pages (article.Reader.KeepRepeats), with -dump")
	var focus article.Focus
	flag.TextVar(&focus, "focus", article.Balanced, "`FOCUS` at the text's edge: balanced, precision or recall (article.Reader.Focus)")
	flag.Parse()
	if *goldPath == "" || *pages == "" {
		fmt.Fprintln(os.Stderr, "usage: evaluate -gold GOLD.json -pages FOLDER [-misses]")
		os.Exit(2)
	}
	gold, err := score.ReadGold(*goldPath)
	if err != nil && gold == nil {
		fail(err)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "warning:", err) // the entries that do not read are left out
	}
	keys := make([]string, 0, len(gold))
	for k := range gold {
		keys = append(keys, k)
	}
	sort.Strings(keys)

	type page struct {
		key  string
		name string
		data []byte
	}
	var ps []page
	total := 0
	for _, k := range keys {
		// The text render NAME.txt, or the page itself, NAME.html.
		name := strings.TrimSuffix(gold[k].File, filepath.Ext(gold[k].File)) + ".txt"
		data, err := os.ReadFile(filepath.Join(*pages, name))
		if os.IsNotExist(err) {
			name = gold[k].File
			data, err = os.ReadFile(filepath.Join(*pages, name))
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "evaluate:", err)
			continue
		}
		ps = append(ps, page{k, name, data})
		total += len(data)
	}

	var r article.Reader // one Reader, reset for each page, as a program reading many pages would
	r.Verbatim = *verbatim
	r.Focus = focus
	extract := func(p page) ([]*article.Article, string) {
		r.Path = p.name
		r.Reset(bytes.NewReader(p.data))
		var arts []*article.Article
		for a, _ := range r.All() {
			if a != nil {
				arts = append(arts, a)
			}
		}
		return arts, score.Text(arts)
	}

	r.KeepRepeats = *keep
	readDump := func() {}
	if *dump {
		// One stream of all pages; each article goes to the page its
		// first line is in.
		var stream []byte
		starts := make([]int64, len(ps))
		for i, p := range ps {
			starts[i] = int64(len(stream))
			stream = append(append(stream, p.data...), "\n\f\n"...)
		}
		byPage := make([][]*article.Article, len(ps))
		readDump = func() {
			clear(byPage)
			r.Path = "dump"
			r.Reset(bytes.NewReader(stream))
			for a := range r.All() {
				if a == nil {
					continue
				}
				i, found := sort.Find(len(starts), func(i int) int { return cmp.Compare(a.Source.Offset, starts[i]) })
				if !found {
					i--
				}
				byPage[i] = append(byPage[i], a)
			}
		}
		index := map[string]int{}
		for i, p := range ps {
			index[p.name] = i
		}
		extract = func(p page) ([]*article.Article, string) {
			arts := byPage[index[p.name]]
			return arts, score.Text(arts)
		}
	}

	best := time.Duration(0)
	for i := 0; i < *runs; i++ {
		start := time.Now()
		if *dump {
			readDump()
		}
		for _, p := range ps {
			if !*dump {
				extract(p)
			}
		}
		if d := time.Since(start); best == 0 || d < best {
			best = d
		}
	}

	byLang := map[string]*score.Counts{}
	var all score.Counts
	type miss struct{ kind, snippet, page, reason string }
	var ms []miss
	normLost := 0 // snippets kept but written with other quotation marks or without soft hyphens
	titles, titleExact, titleNear := 0, 0, 0
	for _, p := range ps {
		arts, out := extract(p)
		folded := score.Fold(out)
		lang := "und"
		if len(arts) > 0 {
			lang = arts[0].Language.String()
		}
		var s score.Counts
		s.Pages = 1
		g := gold[p.key]
		for _, w := range g.With {
			if strings.Contains(folded, score.Fold(w)) {
				s.TP++
				continue
			}
			s.FN++
			why := reason(arts, w)
			if len(arts) > 0 && strings.Contains(folded, score.Fold(normalize.Quotes(normalize.Text(w), arts[0].Language))) {
				// Kept, but quotation marks or invisible characters
				// differ: normalized by the library, or, in verbatim
				// output, written differently in the page's text render
				// (soft hyphens the render dropped).
				why = "normalized"
				if *verbatim {
					why = "render"
				}
				normLost++
			}
			ms = append(ms, miss{"lost", w, p.name, why})
		}
		for _, w := range g.Without {
			if strings.Contains(folded, score.Fold(w)) {
				s.FP++
				ms = append(ms, miss{"kept", w, p.name, reason(arts, w)})
			} else {
				s.TN++
			}
		}
		if g.Title != "" {
			titles++
			got := ""
			if len(arts) > 0 {
				got = arts[0].Title
			}
			// Compare as the library writes titles: normalized marks,
			// or as written.
			want := score.Fold(normalize.Quotes(normalize.Text(g.Title), arts0Lang(arts)))
			if *verbatim {
				want = score.Fold(g.Title)
			}
			if strings.EqualFold(score.Fold(got), want) {
				titleExact++
			} else if got != "" && (strings.Contains(strings.ToLower(want), strings.ToLower(score.Fold(got))) || strings.Contains(strings.ToLower(score.Fold(got)), strings.ToLower(want))) {
				titleNear++
			}
		}
		all.Add(s)
		if byLang[lang] == nil {
			byLang[lang] = &score.Counts{}
		}
		byLang[lang].Add(s)
	}

	fmt.Printf("%-8s %6s %6s %6s %6s %6s %6s %8s\n", "language", "pages", "tp", "fp", "fn", "prec", "recall", "F1")
	langs := make([]string, 0, len(byLang))
	for l := range byLang {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	row := func(name string, s score.Counts) {
		p, r, f := s.PRF()
		fmt.Printf("%-8s %6d %6d %6d %6d %6.3f %6.3f %8.3f\n", name, s.Pages, s.TP, s.FP, s.FN, p, r, f)
	}
	for _, l := range langs {
		row(l, *byLang[l])
	}
	row("all", all)
	if titles > 0 {
		fmt.Printf("\ntitle: %d of %d pages with a gold title exact (%.3f), %d more one inside the other\n",
			titleExact, titles, float64(titleExact)/float64(titles), titleNear)
	}
	if *verbatim {
		fmt.Printf("%d snippets lost only because the text render writes their marks or invisible characters differently\n", normLost)
	} else {
		fmt.Printf("%d snippets lost only because normalization rewrote their quotation marks or removed invisible characters\n", normLost)
	}
	fmt.Printf("%d pages, %.1f MB in %v (fastest of %d runs): %.1f MB/s on one goroutine\n",
		len(ps), float64(total)/1e6, best.Round(time.Millisecond), *runs, float64(total)/1e6/best.Seconds())
	if *misses {
		sort.SliceStable(ms, func(i, j int) bool { return ms[i].kind < ms[j].kind })
		fmt.Println()
		for _, m := range ms {
			fmt.Printf("%s\t%s\t%s\t%.100q\n", m.kind, m.page, m.reason, m.snippet)
		}
	}
}

// reason names what decided the fate of the snippet's first words: the
// rule of the removed block holding them, "body" or "title" when kept, or
// "not in the input" when the input lacks them.
func reason(arts []*article.Article, snippet string) string {
	s := score.Fold(snippet)
	if len(s) > 40 {
		s = s[:40]
	}
	for _, a := range arts {
		if strings.Contains(score.Fold(a.Title), s) {
			return "title"
		}
		for _, p := range a.Body {
			if strings.Contains(score.Fold(p.Text), s) {
				return "body"
			}
		}
		for _, r := range a.Removed {
			if strings.Contains(score.Fold(r.Text), s) {
				return r.Rule
			}
		}
		if strings.Contains(score.Fold(a.Teaser), s) {
			return "teaser"
		}
	}
	return "elsewhere"
}

func arts0Lang(arts []*article.Article) language.Tag {
	if len(arts) == 0 {
		return language.Und
	}
	return arts[0].Language
}

// fold folds runs of white space to single spaces and trims.

func fail(err error) {
	fmt.Fprintln(os.Stderr, "evaluate:", err)
	os.Exit(1)
}
