// Package topic compares the vocabulary of two stretches of text: the
// words of a new article share little with the article before, the
// sections of one article share much.
//
// A text's vocabulary is the bag of its content words: words of four
// letters or more that are no frequent function word of German or English,
// lower-cased and cut to their first seven letters (a crude stem that
// makes "Regierung" and "Regierungen" one word), each kept as a hash.
package topic

import (
	"math"
	"slices"
	"unicode"
	"unicode/utf8"
)

// Limits of a content word.
const (
	minLetters = 4 // a shorter word is no content word
	stemRunes  = 7 // letters of a word that make its stem
)

// Words appends the hashes of the content words of text to dst, in the
// order of the text, and returns the extended slice.
func Words(dst []uint32, text string) []uint32 {
	stem, full := uint32(offset), uint32(offset)
	n, letters := 0, false // runes in the word, and whether one is a letter
	end := func() {
		if n >= minLetters && letters && !stop[full] {
			dst = append(dst, stem)
		}
		stem, full, n, letters = offset, offset, 0, false
	}
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		i += size
		isLetter := r < utf8.RuneSelf && ('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z') || r >= utf8.RuneSelf && unicode.IsLetter(r)
		if !isLetter && !('0' <= r && r <= '9') {
			end()
			continue
		}
		letters = letters || isLetter
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		} else if r >= utf8.RuneSelf {
			r = unicode.ToLower(r)
		}
		full = mix(full, r)
		if n < stemRunes {
			stem = mix(stem, r)
		}
		n++
	}
	end()
	return dst
}

// FNV-1a, for the words.
const (
	offset = 2166136261
	prime  = 16777619
)

// mix adds the bytes of the rune r, lowest first, to the hash h.
func mix(h uint32, r rune) uint32 {
	for x := uint32(r); x != 0; x >>= 8 {
		h = (h ^ x&0xFF) * prime
	}
	return h
}

// Similarity returns the cosine similarity of the bags of words a and b,
// from 0 (no word in common) to 1 (the same words as often). It sorts a and
// b in place.
func Similarity(a, b []uint32) float64 {
	slices.Sort(a)
	slices.Sort(b)
	var dot, na, nb float64
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		var ca, cb int
		var w uint32
		switch {
		case j == len(b) || i < len(a) && a[i] < b[j]:
			w = a[i]
		default:
			w = b[j]
		}
		for ; i < len(a) && a[i] == w; i++ {
			ca++
		}
		for ; j < len(b) && b[j] == w; j++ {
			cb++
		}
		dot += float64(ca * cb)
		na += float64(ca * ca)
		nb += float64(cb * cb)
	}
	if na == 0 || nb == 0 {
		return 0
	}
	return dot / math.Sqrt(na*nb)
}

// Shared returns the share of the distinct words of a that b holds, 0 when
// a has none. It sorts a and b in place.
func Shared(a, b []uint32) float64 {
	slices.Sort(a)
	slices.Sort(b)
	distinct, shared := 0, 0
	for i := 0; i < len(a); i++ {
		if i > 0 && a[i] == a[i-1] {
			continue
		}
		distinct++
		if _, ok := slices.BinarySearch(b, a[i]); ok {
			shared++
		}
	}
	if distinct == 0 {
		return 0
	}
	return float64(shared) / float64(distinct)
}

// stop holds the hashes of the frequent function words of four letters or
// more, which say nothing of a text's topic.
var stop = func() map[uint32]bool {
	m := make(map[uint32]bool, len(stopWords))
	for _, w := range stopWords {
		h := uint32(offset) // of the whole word, as Words computes it
		for _, r := range w {
			h = mix(h, r)
		}
		m[h] = true
	}
	return m
}()

var stopWords = []string{
	// German
	"aber", "alle", "allem", "allen", "aller", "alles", "also", "auch", "bereits", "beim", "bisher",
	"damit", "dann", "darauf", "darum", "dass", "davon", "dazu", "denen", "denn", "deren", "deshalb",
	"dies", "diese", "diesem", "diesen", "dieser", "dieses", "doch", "dort", "durch", "eine", "einem",
	"einen", "einer", "eines", "einige", "etwa", "etwas", "euch", "gegen", "gibt", "habe", "haben",
	"hatte", "hatten", "heute", "hier", "hinter", "ihre", "ihrem", "ihren", "ihrer", "immer", "jedoch",
	"jetzt", "kann", "kein", "keine", "können", "könnte", "machen", "mehr", "mein", "meine", "mich",
	"muss", "müssen", "nach", "neue", "neuen", "nicht", "noch", "oder", "ohne", "schon", "sehr",
	"seid", "sein", "seine", "seinem", "seinen", "seiner", "seit", "selbst", "sich", "sind", "soll",
	"sollen", "sollte", "sondern", "sowie", "über", "unter", "viel", "viele", "waren", "warum",
	"weil", "weiter", "welche", "wenn", "werden", "wieder", "will", "wird", "wurde", "wurden",
	"zwei", "zwischen",
	// English
	"about", "after", "again", "also", "another", "because", "been", "before", "being", "between",
	"both", "could", "does", "doing", "down", "during", "each", "every", "from", "further", "have",
	"having", "here", "into", "itself", "just", "like", "more", "most", "much", "only", "other",
	"over", "said", "same", "says", "should", "some", "such", "than", "that", "their", "them",
	"then", "there", "these", "they", "this", "those", "through", "under", "until", "very", "were",
	"what", "when", "where", "which", "while", "will", "with", "would", "your",
}
