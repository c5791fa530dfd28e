package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"text/tabwriter"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The -readability mode scores the main text on pages whose expected text
// is given as HTML (pages/NAME/source.html and pages/NAME/expected.html, as
// in the test suite of Mozilla's Readability), by word shingles as public
// article-extraction benchmarks do: both texts are cut into words (runs
// of letters, digits and underscores, in lower case), the words into
// 4-grams with their counts; a shingle in both counts as true positive up
// to the smaller count. Precision and recall are taken per page and
// averaged over the pages, F1 from the averages. A tool that returns
// nothing for a page with text scores 0 on both there. Each tool's main
// text is scored without its title, which the expected texts mostly leave
// out.

// shingleN is the length of a shingle in words.
const shingleN = 4

// shingles returns the 4-grams of words of s with their counts.
func shingles(s string) map[string]int {
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_'
	})
	out := map[string]int{}
	for i := 0; i+shingleN <= len(words); i++ {
		out[strings.Join(words[i:i+shingleN], " ")]++
	}
	return out
}

// shingleScore returns the precision and recall of got against want.
func shingleScore(got, want string) (p, r float64) {
	g, w := shingles(got), shingles(want)
	ng, nw := 0, 0
	for _, c := range g {
		ng += c
	}
	for _, c := range w {
		nw += c
	}
	switch {
	case nw == 0 && ng == 0:
		return 1, 1
	case ng == 0 || nw == 0:
		return 0, 0
	}
	tp := 0
	for s, c := range g {
		tp += min(c, w[s])
	}
	return float64(tp) / float64(ng), float64(tp) / float64(nw)
}

// htmlText returns the text of an HTML document, blocks apart.
func htmlText(r io.Reader) (string, error) {
	doc, err := html.Parse(r)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			return
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template:
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if n.Type == html.ElementNode {
			b.WriteByte('\n') // inline elements too: a word cut by a tag is rare, two run together is not
		}
	}
	walk(doc)
	return b.String(), nil
}

// runReadability scores each tool on the pages under dir and prints one
// row a tool.
func runReadability(dir string, worst int) {
	names, err := filepath.Glob(filepath.Join(dir, "*", "source.html"))
	if err != nil || len(names) == 0 {
		fail(fmt.Errorf("no pages in %s: %v", dir, err))
	}
	sort.Strings(names)
	type page struct {
		name         string
		source, want []byte
		wantText     string
	}
	var ps []page
	for _, src := range names {
		d := filepath.Dir(src)
		source, err := os.ReadFile(src)
		if err != nil {
			fail(err)
		}
		want, err := os.ReadFile(filepath.Join(d, "expected.html"))
		if err != nil {
			continue // a page without an expected text is not scored
		}
		text, err := htmlText(bytes.NewReader(want))
		if err != nil {
			fail(fmt.Errorf("%s: %v", d, err))
		}
		ps = append(ps, page{filepath.Base(d), source, want, text})
	}
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "tool (%d pages)\tprecision\trecall\tF1\t\n", len(ps))
	type pageScore struct {
		name string
		p, r float64
	}
	var low []pageScore
	for i, t := range tools {
		var sp, sr float64
		for _, p := range ps {
			out := extractors[t](p.source, "http://fakehost/test/page.html")
			pr, rc := shingleScore(out.Main, p.wantText)
			sp += pr
			sr += rc
			if i == 0 {
				low = append(low, pageScore{p.name, pr, rc})
			}
		}
		sp /= float64(len(ps))
		sr /= float64(len(ps))
		f := 0.0
		if sp+sr > 0 {
			f = 2 * sp * sr / (sp + sr)
		}
		fmt.Fprintf(tw, "%s\t%.3f\t%.3f\t%.3f\t\n", t, sp, sr, f)
	}
	tw.Flush()
	sort.SliceStable(low, func(i, j int) bool { return low[i].p+low[i].r < low[j].p+low[j].r })
	for _, l := range low[:min(worst, len(low))] {
		fmt.Printf("%s: precision %.3f recall %.3f\n", l.name, l.p, l.r)
	}
}
