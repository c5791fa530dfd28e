// Command markcheck measures how well normalize.Quotes restores the
// quotation marks and apostrophes of text that had correct typography:
// the lines of the files named whose marks are all typographic and follow
// their language's rules (German „…“ ‚…‘ ’, English “…” ‘…’ ’) have
// their marks turned into ASCII, restored, and compared mark by mark.
//
//	go run ./internal/markcheck ../shared/devset/text
//
// With -v it prints each line restored wrongly.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/text/language"

	"github.com/newsdump/newsdump/normalize"
)

func main() {
	verbose := flag.Bool("v", false, "print the lines restored wrongly")
	flag.Parse()
	type tally struct{ lines, marks, right int }
	got := map[string]*tally{"de": {}, "en": {}}
	seen := map[string]bool{} // a line that recurs on many pages counts once
	for _, dir := range flag.Args() {
		files, _ := filepath.Glob(filepath.Join(dir, "*"))
		for _, f := range files {
			file, err := os.Open(f)
			if err != nil {
				fmt.Fprintln(os.Stderr, err)
				os.Exit(1)
			}
			sc := bufio.NewScanner(file)
			sc.Buffer(make([]byte, 1<<20), 1<<24)
			for sc.Scan() {
				line := normalize.Text(sc.Text())
				if seen[line] {
					continue
				}
				seen[line] = true
				lang, ok := typographic(line)
				if !ok {
					continue
				}
				tag := language.German
				if lang == "en" {
					tag = language.English
				}
				restored := normalize.Quotes(ascii(line), tag)
				t := got[lang]
				t.lines++
				want, have := []rune(line), []rune(restored)
				wrong := len(want) != len(have)
				for i, r := range want {
					if !isMark(r) {
						continue
					}
					t.marks++
					if i < len(have) && have[i] == r {
						t.right++
					} else {
						wrong = true
					}
				}
				if wrong && *verbose {
					fmt.Printf("%s\n  want %s\n  got  %s\n", lang, line, restored)
				}
			}
			file.Close()
		}
	}
	for _, lang := range []string{"de", "en"} {
		t := got[lang]
		fmt.Printf("%s: %d lines, %d marks, %d right (%.2f%%)\n", lang, t.lines, t.marks, t.right, 100*float64(t.right)/float64(max(t.marks, 1)))
	}
}

// isMark reports whether r is a typographic quotation mark or apostrophe.
func isMark(r rune) bool { return strings.ContainsRune("„“”‚‘’", r) }

// typographic returns the language of a line whose marks are typographic
// and follow that language's rules, and whether it is such a line: German
// or English by normalize.Language, at least one mark, no straight marks.
func typographic(line string) (string, bool) {
	if strings.ContainsAny(line, "\"'`´«»‹›") || !strings.ContainsAny(line, "„“”‚‘’") {
		return "", false
	}
	switch normalize.Language(line).String() {
	case "de":
		// German sets „…“ and ‚…‘: no ”, and every „ closed by “.
		if strings.ContainsRune(line, '”') || strings.Count(line, "„") != strings.Count(line, "“") {
			return "", false
		}
		return "de", true
	case "en":
		if strings.ContainsAny(line, "„‚") || strings.Count(line, "“") != strings.Count(line, "”") {
			return "", false
		}
		return "en", true
	}
	return "", false
}

// ascii turns the typographic marks of s into straight ones.
func ascii(s string) string {
	return strings.NewReplacer("„", `"`, "“", `"`, "”", `"`, "‚", "'", "‘", "'", "’", "'").Replace(s)
}
