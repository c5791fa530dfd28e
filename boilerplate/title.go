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
		if repeated(keys, j) {
			score += 5
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
	return best
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
	if strings.ContainsAny(key[len(key)-1:], ",;:|") || boilerplateWord(key, boilerplateWords) != "" {
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

// repeated reports whether the line at j appears elsewhere on the page, as
// a line, a list item, or the start of a longer line ("Titel | Site").
func repeated(keys []string, j int) bool {
	for i, k := range keys {
		if i == j || len(k) < len(keys[j]) {
			continue
		}
		if k == keys[j] || TrimBullet(k) == keys[j] || strings.HasPrefix(k, keys[j]+" ") {
			return true
		}
	}
	return false
}
