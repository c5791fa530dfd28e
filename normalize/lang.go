package normalize

import (
	"golang.org/x/text/language"

	"github.com/newsdump/newsdump/internal/words"
)

// Language tells German from English by counting frequent function words
// and umlauts. It returns language.German, language.English, or
// language.Und when the text is too short or the evidence is mixed.
func Language(s string) language.Tag { return words.Language(s) }

// The languages whose text the package normalizes and whose dates it
// reads, as language tags, so that a caller needs no other import to name
// them: Quotes(s, normalize.German), DateParser{Language: normalize.English}.
var (
	German  = language.German
	English = language.English
)
