package boilerplate

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsdump/newsdump/internal/bullet"
	"github.com/newsdump/newsdump/internal/space"
	"github.com/newsdump/newsdump/normalize"
)

// titleWindow is how many non-blank lines above the article's run of prose
// are searched for the headline.
const titleWindow = 80

// pickTitle chooses the headline above the article's run of prose, which
// starts at line start, labels it, and returns its index or -1. Candidates
// are lines no rule claimed that could be a headline; a candidate scores
// for having several words, for appearing as an item of a list on the page
// (a breadcrumb trail), for a paragraph right below it (a standfirst or the
// text), and loses for distance. Of equal scores the
// nearest wins.
func pickTitle(keys []string, labels []Label, start int, sc *scratch) int {
	// The lines of the window, nearest first, and the list items that
	// could be asked about: those lines with and without a number in front.
	window := sc.window[:0]
	want := sc.set(&sc.want, 2*titleWindow)
	for j := start - 1; j >= 0 && len(window) < titleWindow; j-- {
		if keys[j] != "" {
			window = append(window, j)
			want[keys[j]] = true
			want[space.Trim(trimNumber(keys[j]))] = true
		}
	}
	sc.window = window
	crumbs := listItems(keys, want, sc.set(&sc.items, 0))
	text := leadWords(keys, labels, start, sc.lead[:0])
	sc.lead = text
	best, bestScore := -1, 0
	if headlineFirst(keys, labels, start) {
		// The run's first line is its headline, set off from the text by
		// a byline, a picture or a date: a question or an exclamation
		// ("Du wirst nicht glauben, wie viel …!"), or a long headline,
		// reads as prose. It scores as a headline right above the text.
		best, bestScore = start, 10+3
	}
	for i, j := range window {
		n := i + 1 // counted in non-blank lines above the text
		if !titleCandidate(keys[j], labels[j]) || crumbs[space.Trim(trimNumber(keys[j]))] && trimNumber(keys[j]) != keys[j] {
			continue // "3. Düsseldorf ISS Dome: …", a step of the breadcrumb trail
		}
		score := 10 - n/10
		switch w := countWords(keys[j]); {
		case w >= 4:
			score += 3
		case w >= 2:
			score++
		}
		if crumbs[keys[j]] && countWords(keys[j]) >= 3 {
			score += 5 // a headline repeats in the breadcrumb trail; a section name, in the menu
		}
		if k := nextLine(keys, j); k >= 0 && wordsUpTo(keys[k], 8) >= 8 {
			score += 2
		}
		score += min(sharedWords(keys[j], text), 4) // a headline speaks of what the text says
		if best < 0 || score > bestScore {
			best, bestScore = j, score
		}
	}
	if best < 0 {
		return -1
	}
	// The first of identical lines: "Titel / Titel" keeps the upper one.
	for k := best - 1; k >= 0 && best-k <= 4; k-- {
		if keys[k] == keys[best] && labels[k].Kind == Boilerplate {
			best = k
		}
	}
	labels[best] = Label{Kind: Title}
	// A word or two right above the headline is its section or kicker.
	if k := prevLine(keys, best); k >= 0 && (labels[k].Rule == RuleOutside || labels[k].Rule == RuleShortLine) &&
		countWords(keys[k]) <= 3 && !strings.ContainsAny(keys[k], ".!?:|•[") && furnitureWords.first(keys[k]) == "" {
		labels[k] = Label{Kind: Section, Rule: RuleKicker}
	}
	return best
}

// headlineFirst reports whether the first line of the run of prose that
// starts at start reads as its headline: of four to titleFirstWords words,
// not ending with a full stop, and followed by a line that is no
// paragraph of text (a byline, a picture, a date).
func headlineFirst(keys []string, labels []Label, start int) bool {
	k := keys[start]
	if w := wordsUpTo(k, titleFirstWords+1); labels[start].Kind != Body || w < 4 || w > titleFirstWords || !titleLike(k) || !titleCandidate(k, labels[start]) {
		return false
	}
	next := nextLine(keys, start)
	return next >= 0 && (labels[next].Kind != Body || wordsUpTo(keys[next], 8) < 8)
}

// titleFirstWords bounds the headline that starts a run of prose.
const titleFirstWords = 20

// prevLine returns the index of the last non-blank line before i, or -1.
func prevLine(keys []string, i int) int {
	for j := i - 1; j >= 0; j-- {
		if keys[j] != "" {
			return j
		}
	}
	return -1
}

// titleCandidate reports whether a line the general classifier set aside
// could be the headline.
func titleCandidate(key string, l Label) bool {
	if l.Kind != Body && l.Rule != RuleOutside && l.Rule != RuleShortLine {
		return false
	}
	if !titleLike(key) || bullet.Is(key) || numbered(key) || strings.HasPrefix(key, "[") || lastCrumb(key) > 0 {
		return false
	}
	if strings.ContainsAny(key[len(key)-1:], ",;:|") || furnitureWords.first(key) != "" || bylineStart(key) || creditOrDate(key) {
		return false
	}
	return letters(key)*2 >= len(key) && longestWord(key) >= 3
}

// creditOrDate reports whether a line holds a picture's credit ("Foto:",
// "Bild:", "©") or, in a line of up to eight words, ends with a written
// date: a caption, or an author's name with the date ("Swantje
// Schemmerling | 06.11.23"), not a headline.
func creditOrDate(key string) bool {
	for _, m := range creditMarks {
		if strings.Contains(key, m) {
			return true
		}
	}
	if wordsUpTo(key, 9) > 8 {
		return false
	}
	var p normalize.DateParser
	for _, m := range p.Find(key) {
		// A written date that ends the line: "am 06.11.2023", not "am
		// Dienstag" or "Streik am 3. März: was Pendler wissen müssen".
		if m.Date.Precision != normalize.PrecisionNone && m.Date.Precision <= normalize.PrecisionDay &&
			strings.ContainsAny(m.Text, "0123456789") && len(strings.TrimRight(key[m.Offset+len(m.Text):], " .)")) == 0 {
			return true
		}
	}
	return false
}

// creditMarks open the credit of a picture in a caption.
var creditMarks = []string{"Foto:", "Fotos:", "Bild:", "Bilder:", "Photo:", "Photos:", "Image:", "©", "(c) "}

// longestWord returns the number of letters in the longest run of letters.
func longestWord(s string) int {
	best, n := 0, 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
			best = max(best, n)
		} else {
			n = 0
		}
	}
	return best
}

// listItems returns the texts of the page's list items, without their
// markers, that are among want: a headline appears among them in a
// breadcrumb trail ("• Lithium aus dem Schredder", "3. Schnee belastet
// Solarmodule").
func listItems(keys []string, want, items map[string]bool) map[string]bool {
	add := func(t string) {
		if want[t] {
			items[t] = true
		}
	}
	// An item is the end of its line: a line whose last bytes end none of
	// the wanted texts holds none of them.
	var ends endSet
	for w := range want {
		ends.add(w)
	}
	for _, k := range keys {
		if len(k) > 300 || !ends.has(k) {
			continue // running text, no breadcrumb
		}
		if t := trimListMarker(k); t != k {
			add(t)
		} else if t := trimNumber(k); t != k {
			add(t) // a long numbered step: "3. Düsseldorf ISS Dome: …"
		}
		if i := lastCrumb(k); i > 0 {
			add(space.Trim(k[i:])) // "Home » Klettern » Mammut nimmt Adam Ondra unter Vertrag"
		}
	}
	return items
}

// An endSet is a set of the last bytes of strings, a quick test whether a
// string may end with one of them.
type endSet struct {
	four  [1024 / 64]uint64 // hashes of the last four bytes
	short []string          // the strings of fewer than four bytes
}

func endHash(s string) uint32 {
	k := uint32(s[len(s)-4]) | uint32(s[len(s)-3])<<8 | uint32(s[len(s)-2])<<16 | uint32(s[len(s)-1])<<24
	return (k * 0x9E3779B1) >> 22
}

func (e *endSet) add(s string) {
	if len(s) < 4 {
		e.short = append(e.short, s)
		return
	}
	h := endHash(s)
	e.four[h/64] |= 1 << (h % 64)
}

// has reports whether s may end with a string of the set.
func (e *endSet) has(s string) bool {
	for _, t := range e.short {
		if strings.HasSuffix(s, t) {
			return true
		}
	}
	if len(s) < 4 {
		return false
	}
	h := endHash(s)
	return e.four[h/64]&(1<<(h%64)) != 0
}

// crumbSeparators separate the steps of a breadcrumb trail on one line.
var crumbSeparators = []string{" » ", " › ", " > ", " / "}

// lastCrumb returns where the last step of a breadcrumb trail on one line
// starts, or 0 when the line is no trail.
func lastCrumb(k string) int {
	if strings.IndexByte(k, '>') < 0 && strings.IndexByte(k, '/') < 0 && strings.IndexByte(k, 0xBB) < 0 && strings.IndexByte(k, 0xBA) < 0 {
		return 0 // none of ">", "/", "»" (C2 BB), "›" (E2 80 BA)
	}
	for _, sep := range crumbSeparators {
		if i := strings.LastIndex(k, sep); i > 0 && strings.Count(k, sep) >= 2 {
			return i + len(sep)
		}
	}
	return 0
}

// trimListMarker removes a bullet or a number such as "3." from the start
// of a list item.
func trimListMarker(k string) string {
	if bullet.Is(k) {
		return bullet.Trim(k)
	}
	if numbered(k) {
		return space.Trim(trimNumber(k))
	}
	return k
}

// leadWords appends to words, and returns sorted, the hashes of the
// longer words (five bytes or more, lower-cased; see longWordHashes) of the
// first paragraphs of the text that starts at line start.
func leadWords(keys []string, labels []Label, start int, words []uint64) []uint64 {
	n := 0
	for i := start; i < len(keys) && n < 3; i++ {
		if keys[i] == "" || labels[i].Kind != Body {
			continue
		}
		n++
		words = longWordHashes(words, keys[i])
	}
	slices.Sort(words)
	return words
}

// sharedWords counts the longer words of key found in words (leadWords).
func sharedWords(key string, words []uint64) int {
	var buf [32]uint64
	n := 0
	for _, h := range longWordHashes(buf[:0], key) {
		if _, ok := slices.BinarySearch(words, h); ok {
			n++
		}
	}
	return n
}

// longWordHashes appends to dst the hashes (64-bit FNV-1a of the lower
// case) of the runs of letters in s that are five bytes or longer, in one
// pass without copies.
func longWordHashes(dst []uint64, s string) []uint64 {
	const (
		offset = 14695981039346656037
		prime  = 1099511628211
	)
	h, start := uint64(offset), -1
	for i := 0; i < len(s); {
		c := s[i]
		if l := asciiLower[c]; l != 0 {
			if start < 0 {
				start = i
			}
			h = (h ^ uint64(l)) * prime
			i++
			continue
		}
		size, letter := 1, false
		var r rune
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
			letter = unicode.IsLetter(r)
		}
		if letter {
			if start < 0 {
				start = i
			}
			var b [utf8.UTFMax]byte
			for _, x := range utf8.AppendRune(b[:0], unicode.ToLower(r)) {
				h = (h ^ uint64(x)) * prime
			}
		} else {
			if start >= 0 && i-start >= 5 {
				dst = append(dst, h)
			}
			h, start = offset, -1
		}
		i += size
	}
	if start >= 0 && len(s)-start >= 5 {
		dst = append(dst, h)
	}
	return dst
}

// asciiLower maps the ASCII letters to their lower case and every other
// byte to 0.
var asciiLower = func() (t [256]byte) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = byte(c), byte(c)
	}
	return t
}()

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// bylineStarts begin bylines and datelines in the languages of the pages,
// which are not headlines: "By Glen Owen And …", "Par Nicolas Gutierrez le
// 14.09.2020", "Ein Artikel von …".
var bylineStarts = []string{"By ", "Von ", "Par ", "Por ", "Door ", "Written by ", "Posted by ", "Geschrieben von ",
	"Ein Artikel von ", "Ein Beitrag von ", "Autor: ", "Autorin: ", "Text: ", "Am "}

func bylineStart(key string) bool {
	for _, b := range bylineStarts {
		if strings.HasPrefix(key, b) {
			return b != "Am " || len(key) > 3 && isDigitByte(key[3]) // "Am 13. November 2019 Von Henry"
		}
	}
	return false
}

// trimNumber removes a leading item number such as "3. ".
func trimNumber(k string) string {
	i := 0
	for i < len(k) && i < 3 && isDigitByte(k[i]) {
		i++
	}
	if i > 0 && i+1 < len(k) && k[i] == '.' && k[i+1] == ' ' {
		return k[i+2:]
	}
	return k
}
