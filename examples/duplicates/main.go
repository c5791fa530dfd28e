// Command duplicates finds the near duplicates among the articles of its
// inputs by their fingerprints (article.Fingerprint), and measures how
// well the fingerprint tells the same article from others.
//
//	go run ./examples/duplicates seeds/
//	go run ./examples/duplicates -same ../shared/devset/html ../shared/devset/text
//
// It reads every article of the inputs and prints each pair of near
// duplicates (within -distance bits, article.NearDistance by default),
// found by the fingerprints' bands without comparing all pairs when the
// distance allows it.
//
// With -same it keeps the longest article of each file and measures: files
// of the same name in different folders (NAME.html and NAME.txt) are
// taken to hold the same article in two forms, and any two files of
// different names to hold different articles. For each distance it prints
// how many pairs of the same article are that near or nearer (found), and
// how many pairs of different articles (false positives), over all pairs.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/newsdump/newsdump/article"
)

func main() {
	distance := flag.Int("distance", article.NearDistance, "the largest distance, in bits, of near duplicates")
	same := flag.Bool("same", false, "measure: files of the same name hold the same article, others different ones")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: duplicates [-distance N] [-same] PATH...")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() == 0 {
		flag.Usage()
		os.Exit(2)
	}
	if *same {
		measure(flag.Args())
		return
	}
	var arts []*article.Article
	for a, err := range article.Open(flag.Args()...).All() {
		if err != nil {
			fmt.Fprintln(os.Stderr, "duplicates:", err)
		}
		if a != nil && a.Fingerprint != 0 {
			arts = append(arts, a)
		}
	}
	n := 0
	for _, p := range nearPairs(arts, *distance) {
		a, b := arts[p[0]], arts[p[1]]
		fmt.Printf("%d bits\t%s:%d %q\t%s:%d %q\n", a.Fingerprint.Distance(b.Fingerprint),
			a.Source.Path, a.Source.Line, a.Title, b.Source.Path, b.Source.Line, b.Title)
		n++
	}
	fmt.Fprintf(os.Stderr, "duplicates: %d articles, %d pairs within %d bits\n", len(arts), n, *distance)
}

// nearPairs returns the index pairs of the articles whose fingerprints
// differ in at most d bits. For d up to article.NearDistance it compares
// only the articles that share a band; beyond, all pairs.
func nearPairs(arts []*article.Article, d int) [][2]int {
	var out [][2]int
	if d > article.NearDistance {
		for i := range arts {
			for j := i + 1; j < len(arts); j++ {
				if arts[i].Fingerprint.Distance(arts[j].Fingerprint) <= d {
					out = append(out, [2]int{i, j})
				}
			}
		}
		return out
	}
	type key struct {
		band  int
		value uint16
	}
	groups := map[key][]int{}
	for i, a := range arts {
		for b, v := range a.Fingerprint.Bands() {
			groups[key{b, v}] = append(groups[key{b, v}], i)
		}
	}
	seen := map[[2]int]bool{}
	for _, g := range groups {
		for x, i := range g {
			for _, j := range g[x+1:] {
				p := [2]int{i, j}
				if !seen[p] && arts[i].Fingerprint.Distance(arts[j].Fingerprint) <= d {
					seen[p] = true
					out = append(out, p)
				}
			}
		}
	}
	sort.Slice(out, func(a, b int) bool {
		return out[a][0] < out[b][0] || out[a][0] == out[b][0] && out[a][1] < out[b][1]
	})
	return out
}

// measure prints, for each distance, the pairs of the same article and of
// different articles within it.
func measure(dirs []string) {
	type file struct {
		name string // without folder and extension
		fp   article.Fingerprint
	}
	var files []file
	for _, dir := range dirs {
		paths, err := filepath.Glob(filepath.Join(dir, "*"))
		if err != nil || len(paths) == 0 {
			fmt.Fprintf(os.Stderr, "duplicates: no files in %s\n", dir)
			os.Exit(1)
		}
		sort.Strings(paths)
		for _, path := range paths {
			if fp := longest(path); fp != 0 {
				base := filepath.Base(path)
				files = append(files, file{strings.TrimSuffix(base, filepath.Ext(base)), fp})
			}
		}
	}
	var same, diff [65]int
	nsame, ndiff := 0, 0
	for i := range files {
		for j := i + 1; j < len(files); j++ {
			d := files[i].fp.Distance(files[j].fp)
			if files[i].name == files[j].name {
				same[d]++
				nsame++
			} else {
				diff[d]++
				ndiff++
			}
		}
	}
	fmt.Printf("%d files: %d pairs of the same article, %d pairs of different ones\n", len(files), nsame, ndiff)
	fmt.Println("distance\tsame found\tdifferent within (false positives)")
	cs, cd := 0, 0
	for d := 0; d <= 20; d++ {
		cs += same[d]
		cd += diff[d]
		fmt.Printf("%d\t%d (%.1f%%)\t%d (%.2g of all pairs)\n", d, cs, 100*float64(cs)/float64(max(nsame, 1)), cd, float64(cd)/float64(max(ndiff, 1)))
	}
	for d, n := range diff {
		if n > 0 {
			fmt.Printf("nearest different articles: %d bits\n", d)
			break
		}
	}
}

// longest returns the fingerprint of the file's article with the longest
// body, or 0.
func longest(path string) article.Fingerprint {
	var fp article.Fingerprint
	most := 0
	for a, _ := range article.Open(path).All() {
		if a == nil {
			continue
		}
		n := 0
		for _, p := range a.Body {
			n += len(p.Text)
		}
		if n > most {
			most, fp = n, a.Fingerprint
		}
	}
	return fp
}
