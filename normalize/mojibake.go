package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Mojibake returns s with the text repaired that was encoded in UTF-8 and
// then read as Windows-1252 or Latin-1 ("FuÃŸball" gives "Fußball",
// "â€žZitatâ€œ" gives „Zitat“, "ZURÃœCK" gives "ZURÜCK"), also where that
// happened twice, and how many characters it restored.
//
// A run of characters is taken for the mis-read bytes of one character only
// where the bytes they stand for make valid UTF-8 and the evidence is
// strong, since correct text holds such runs too ("MARQUÉ…", "Ü…", the
// Portuguese "SÃO"):
//
//   - The run starts with Ã, Â, â or ð: these stand for the first bytes of
//     Latin-1 letters, Latin-1 signs, punctuation such as „ “ – … and
//     emoji, and are followed in correct text by a letter, not by a sign
//     such as "Ÿ", "¼", "€" or "©".
//   - Or a character after the first is a sign that does not follow a
//     letter in correct text ("Ä™" is "ę", "Å¼" is "ż"; a quotation mark,
//     dash or ellipsis after a letter is no such sign).
//
// A run without such evidence ("Ä…" for "ą") is repaired only in a text
// that has a repair with evidence, and only into a letter of Latin
// Extended-A (Central European languages), Greek or Cyrillic: "MARQUÉ…"
// stays even next to "FuÃŸball". "â€" before
// something that is not a mis-read byte is a right double quotation mark,
// whose last byte Windows-1252 cannot show. A no-break space that was
// turned into a plain one ("Ã " for "à") cannot be told from correct text
// and is left.
func Mojibake(s string) (string, int) {
	total := 0
	for {
		// Each repair shortens the text, so this ends; text encoded
		// twice ("FuÃƒÅ¸ball") takes two rounds.
		out, n := repairMojibake(s)
		if n == 0 {
			return s, total
		}
		s, total = out, total+n
	}
}

// repairMojibake repairs the runs of s, one round.
func repairMojibake(s string) (string, int) {
	// Every run starts with a character from U+00C2 to U+00F4, whose
	// first byte in UTF-8 is 0xC3.
	first := strings.Index(s, misreadLead)
	if first < 0 {
		return s, 0
	}
	// Find the first run with evidence; the repairs start at the first
	// run of any kind before it.
	strong := false
	start := -1
	for i := first; i >= 0 && !strong; i = indexFrom(s, misreadLead, i+1) {
		_, _, ev := mojibakeAt(s, i)
		if ev != evidenceNone && start < 0 {
			start = i
		}
		strong = ev == evidenceStrong
	}
	if !strong {
		return s, 0 // runs without evidence alone are left
	}
	first = start
	var prev rune // the character the run before gave
	end := -1     // and where that run ended
	return replaceAt(s, misreadLead, first, func(i int) (rune, int, bool) {
		r, size, ev := mojibakeAt(s, i)
		if ev == evidenceControl && (end != i || !(isLeadByte(prev) || isContinuationByte(prev))) {
			ev = evidenceNone
		}
		if ev == evidenceNone {
			return 0, 0, false
		}
		prev, end = r, i+size
		return r, size, true
	})
}

// misreadLead is the first byte, in UTF-8, of every character that starts
// a run of mojibake: U+00C2 to U+00F4.
const misreadLead = "\xC3"

// How strongly a run of characters speaks for mis-read UTF-8.
const (
	evidenceNone    = iota
	evidenceControl // the run gives a C1 control: it is repaired only right after a run that gave the first bytes of a character read twice
	evidenceWeak    // the run gives a letter, but correct text may have it
	evidenceStrong
)

// isLeadByte and isContinuationByte report whether a repaired character
// is itself one that stands for the first byte, or a later byte, of a
// character in UTF-8, as when text was mis-read twice.
func isLeadByte(r rune) bool { return r >= 0xC2 && r <= 0xF4 }

func isContinuationByte(r rune) bool {
	b, ok := misreadByte(r)
	return ok && b >= 0x80 && b <= 0xBF
}

// mojibakeAt reads the run of mis-read characters that may start at s[i]:
// the character the run stands for, the run's length in bytes and the
// evidence for it.
func mojibakeAt(s string, i int) (rune, int, int) {
	lead, size := utf8.DecodeRuneInString(s[i:])
	if lead < 0xC2 || lead > 0xF4 {
		return 0, 0, evidenceNone
	}
	n := 2 // bytes of the character the run stands for
	switch {
	case lead >= 0xF0:
		n = 4
	case lead >= 0xE0:
		n = 3
	}
	var buf [utf8.UTFMax]byte
	buf[0] = byte(lead)
	j := i + size
	implausible := false
	for k := 1; k < n; k++ {
		c, csize := utf8.DecodeRuneInString(s[j:])
		b, ok := misreadByte(c)
		if !ok || b < 0x80 || b > 0xBF {
			if lead == 'â' && k == 2 && buf[1] == 0x80 {
				// "â€" and no third byte: Windows-1252 has no character
				// for 0x9D, the end of ”; decoders drop it or write
				// U+FFFD.
				if c == utf8.RuneError && csize == 3 {
					j += csize
				}
				return '”', j - i, evidenceStrong
			}
			return 0, 0, evidenceNone
		}
		if c == softHyphen && k == 1 && lead != 'Ã' && lead != 'Â' {
			// A soft hyphen right after a letter is one ("Maß\u00adnahmen");
			// only after Ã and Â is it the byte 0xAD of í or of a soft
			// hyphen mis-read.
			return 0, 0, evidenceNone
		}
		if !plausibleAfterLetter(c) {
			implausible = true
		}
		buf[k] = b
		j += csize
	}
	r, rsize := utf8.DecodeRune(buf[:n])
	switch {
	case rsize != n:
		return 0, 0, evidenceNone // not UTF-8
	case r < 0xA0:
		// A C1 control, which no text means, unless the text was
		// mis-read twice.
		return r, j - i, evidenceControl
	case lead == 'Â' || lead == 'â' || lead == 'ð':
		return r, j - i, evidenceStrong
	case lead == 'Ã':
		if fewTexts(r) {
			// "DrÃ¥ber": a letter few of our texts hold, which correct
			// text about mis-read text may show so.
			return r, j - i, evidenceWeak
		}
		return r, j - i, evidenceStrong
	case n == 2:
		if !ourScript(r, s[:i]) && !twiceMisread(r, s[j:]) || caseClash(r, s[:i], s[j:]) {
			// "NESTLÉ®" would give IPA, "5×£35" Hebrew, "AHÅ™" a small
			// letter at the end of a word in capitals.
			return 0, 0, evidenceNone
		}
		if implausible {
			return r, j - i, evidenceStrong
		}
		// The letters of Central European languages, Greek and
		// Cyrillic, whose mis-read forms hide among correct text ("Ä…"
		// for "ą").
		return r, j - i, evidenceWeak
	case implausible:
		return r, j - i, evidenceStrong
	}
	return 0, 0, evidenceNone
}

// fewTexts reports whether r, a letter or sign of Latin-1 that Ã and a
// Latin-1 sign stand for, is one that few German and English texts hold:
// the Nordic and Icelandic letters, the signs for times and division, and
// Ò and Ô, which Ã before a closing mark gives ("IRMÃ’" is Portuguese).
// Their mis-read forms are repaired only next to other evidence.
func fewTexts(r rune) bool {
	switch r {
	case 'å', 'Å', 'ø', 'Ø', 'æ', 'Æ', 'ð', 'Ð', 'þ', 'Þ', 'ý', 'Ý', 'ÿ', '×', '÷', 'Ò', 'Ô':
		return true
	}
	return false
}

// ourScript reports whether r, the character of a mis-read run of two
// characters, is one that German and English texts hold, in names and
// quotations at least: a letter of Latin Extended-A (Central and Eastern
// European languages), Romanian ș and ț, a letter of modern Greek or of
// the Cyrillic alphabets of Europe, or a combining accent of European
// letters after a letter (decomposed text). before is the text before the
// run. The other characters of two bytes (IPA, Armenian, Hebrew, Arabic,
// Syriac, Thaana, NKo, the rest of Latin Extended-B) are what correct text
// such as "NESTLÉ®" or "5×£35" would give.
func ourScript(r rune, before string) bool {
	switch {
	case r >= 0x100 && r <= 0x17F:
		return r != 'ĸ' && r != 'Ŀ' && r != 'ŀ' && r != 'ŉ' && r != 'Ŋ' && r != 'ŋ' && r != 'ſ'
	case r >= 0x218 && r <= 0x21B, r >= 0x386 && r <= 0x3CE, r >= 0x400 && r <= 0x45F, r == 'Ґ' || r == 'ґ':
		return unicode.IsLetter(r)
	case r >= 0x300 && r <= 0x30C, r == 0x327, r == 0x328:
		prev, _ := utf8.DecodeLastRuneInString(strings.TrimRight(before, "\u00AD"))
		return unicode.IsLetter(prev)
	}
	return false
}

// twiceMisread reports whether r, a character of Windows-1252 beyond
// Latin-1 that a run stands for, stands among other mis-read runs, as it
// does in text mis-read twice, whose first repair gives such characters:
// the run after it starts with a character that starts runs.
func twiceMisread(r rune, after string) bool {
	if _, ok := misreadByte(r); !ok {
		return false
	}
	next, _ := utf8.DecodeRuneInString(after)
	return next >= 0xC2 && next <= 0xF4
}

// caseClash reports whether r, a small letter, would end a word written in
// capitals: the letter before the run is a capital and no small letter
// follows it ("AHÅ™" is no "AHř").
func caseClash(r rune, before, after string) bool {
	if !unicode.IsLower(r) {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(strings.TrimRight(before, "\u00AD")) // a soft hyphen hides no letter
	next, _ := utf8.DecodeRuneInString(after)
	return unicode.IsUpper(prev) && !unicode.IsLower(next)
}

// plausibleAfterLetter reports whether c, a character that stands for a byte
// from 0x80 to 0xBF, is one that correct text has after a letter: closing
// quotation marks, dashes, the ellipsis, guillemets, a no-break space, and
// the C1 controls that stand for them in Windows-1252 ("\u0093" for “).
func plausibleAfterLetter(c rune) bool {
	if c >= 0x80 && c < 0xA0 && windows1252[c-0x80] != 0 {
		c = windows1252[c-0x80]
	}
	switch c {
	case '„', '…', '‘', '’', '“', '”', '–', '—', '•', '‹', '›', '«', '»', '\u00A0', '‚':
		return true
	}
	return false
}

// misreadByte returns the byte that Windows-1252 or Latin-1 shows as c.
func misreadByte(c rune) (byte, bool) {
	if c >= 0x80 && c <= 0xFF {
		return byte(c), true // Latin-1, and the C1 controls of bytes Windows-1252 leaves undefined
	}
	if c < 0x80 {
		return byte(c), true
	}
	for k, r := range windows1252 {
		if r == c && r != 0 {
			return byte(0x80 + k), true
		}
	}
	return 0, false
}
