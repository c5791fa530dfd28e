package boilerplate

import (
	"strings"
	"unicode"
)

// titleWindow is how many non-blank lines above the article's run of prose
// are searched for the headline.
const titleWindow = 80

// pickTitle chooses the headline above the article's run of prose, which
// starts at line start, labels it, and returns its index or -1. Candidates
// are lines no rule claimed that could be a headline; a candidate scores
// for having several words, for appearing elsewhere on the page (in a
// breadcrumb trail or a page title), for a paragraph right below it (a
// standfirst or the text), and loses for distance. Of equal scores the
// nearest wins.
func pickTitle(keys []string, labels []Label, start int) int {
	best, bestScore := -1, 0
	n := 0
	seen := pageLines(keys)
	for j := start - 1; j >= 0 && n < titleWindow; j-- {
		if keys[j] == "" {
			continue
		}
		n++
		if !titleCandidate(keys[j], labels[j]) {
			continue
		}
		score := 10 - n/10
		switch w := Words(keys[j]); {
		case w >= 4:
			score += 3
		case w >= 2:
			score++
		}
		if seen[keys[j]] > 1 && Words(keys[j]) >= 3 {
			score += 5 // a section name repeats in the menu; a headline, in the breadcrumb trail
		}
		if k := nextLine(keys, j); k >= 0 && Words(keys[k]) >= 8 {
			score += 2
		}
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
		Words(keys[k]) <= 3 && !strings.ContainsAny(keys[k], ".!?:|•[") && furnitureWords.first(keys[k]) == "" {
		labels[k] = Label{Kind: Section, Rule: RuleKicker}
	}
	return best
}

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
	if !titleLike(key) || IsBullet(key) || numbered(key) || strings.HasPrefix(key, "[") {
		return false
	}
	if strings.ContainsAny(key[len(key)-1:], ",;:|") || furnitureWords.first(key) != "" {
		return false
	}
	return letters(key)*2 >= len(key) && longestWord(key) >= 3
}

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

// pageLines counts the lines of the page, each also under its text
// without a list marker, so that a headline repeated in a breadcrumb trail
// ("• Lithium aus dem Schredder") counts twice.
func pageLines(keys []string) map[string]int {
	seen := make(map[string]int, len(keys))
	for _, k := range keys {
		if k == "" {
			continue
		}
		seen[k]++
		if t := TrimBullet(k); t != k {
			seen[t]++
		}
	}
	return seen
}
