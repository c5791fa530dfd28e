package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// germanWords and englishWords are frequent function words of each language
// that are rare in the other.
var germanWords = wordSet(`der die das und ist nicht ein eine einer einen dem den des
	zu von mit sich auf für im auch als nach wie aus bei oder wird sind war
	über noch nur vor kann hat haben wurde werden sei seine ihre ihr sie er
	wir ich uns dass daß nicht doch schon aber beim zum zur vom am um durch
	gegen ohne unter zwischen sowie jedoch diese dieser dieses man mehr sehr`)

var englishWords = wordSet(`the of and to is that for it with as was on be by are
	this from at have has not but they which or were said would been will
	their its there what about when who more can could should after than
	into also other some these such we you he she his her our only been
	over how where while because those them then any most just`)

// otherWords are frequent function words of French, Spanish, Italian,
// Portuguese, Dutch and Polish, so that FunctionWords also tells running
// text from menus in pages of those languages.
var otherWords = wordSet(`a e y de le la les des du une et est que qui dans pour pas sur au avec ce
	il elle ne se sont par plus el los las del en un una es por con para lo como más pero
	gli di della che è per non con si sono o os da em não het een van op voor niet zijn
	w na z do nie się że jest jak`)

// functionWords is the union of the three lists, for one lookup a word.
var functionWords = func() map[string]bool {
	m := map[string]bool{}
	for _, set := range []map[string]bool{germanWords, englishWords, otherWords} {
		for w := range set {
			m[w] = true
		}
	}
	return m
}()

func wordSet(s string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// Language tells German from English by counting frequent function words
// and umlauts. It returns language.German, language.English, or
// language.Und when the text is too short or the evidence is mixed.
func Language(s string) language.Tag {
	de, en := 0, 0
	var word [24]byte // lower-cased ASCII/Latin word, truncated
	n := 0
	flush := func() {
		if n > 0 && n < len(word) {
			w := string(word[:n])
			if germanWords[w] {
				de++
			}
			if englishWords[w] {
				en++
			}
		}
		n = 0
	}
	for _, r := range s {
		switch {
		case r == 'ä' || r == 'ö' || r == 'ü' || r == 'ß' || r == 'Ä' || r == 'Ö' || r == 'Ü':
			de++          // umlauts count like a German word
			n = len(word) // and the word is not looked up
		case unicode.IsLetter(r):
			if n+utf8.RuneLen(r) < len(word) {
				n += utf8.EncodeRune(word[n:], unicode.ToLower(r))
			} else {
				n = len(word)
			}
		default:
			flush()
		}
	}
	flush()
	switch {
	case de+en < 4:
		return language.Und
	case de >= 2*en:
		return language.German
	case en >= 2*de:
		return language.English
	}
	return language.Und
}

// FunctionWords counts the words of s (runs of letters and digits with at
// least one letter) and how many of them are frequent
// function words ("der", "und", "the", "of"; also a few of French, Spanish,
// Italian, Portuguese, Dutch and Polish). Running
// text has many; menus, tag lists and headlines have few.
func FunctionWords(s string) (words, function int) {
	var word [24]byte
	n := 0
	letter := false // the word has a letter: numbers are not words here
	flush := func() {
		if n == 0 || !letter {
			n = 0
			return
		}
		letter = false
		words++
		if n <= 8 { // function words are short
			w := string(word[:n])
			if functionWords[w] {
				function++
			}
		}
		n = 0
	}
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			letter = letter || unicode.IsLetter(r)
			if n+utf8.RuneLen(r) < len(word) {
				n += utf8.EncodeRune(word[n:], unicode.ToLower(r))
			} else {
				n = len(word)
			}
			continue
		}
		flush()
	}
	flush()
	return words, function
}
