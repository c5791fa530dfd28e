package boilerplate

import (
	"math/bits"
	"strings"
	"unicode/utf8"

	"github.com/newsdump/newsdump/internal/bullet"
)

// Names of the general classifier's verdicts.
const (
	RuleOutside    = "generic/outside-text"     // a line away from the article's run of prose
	RuleLinkList   = "generic/link-list"        // a run of short list items: a menu, tags, links
	RuleVocabulary = "generic/boilerplate-word" // a short line with consent, login, share, ... words
	RuleShortLine  = "generic/short-line"       // a short line in the text that is neither heading nor sentence
	RuleFormField  = "generic/form-field"       // a rendered form control: "[ ]", "[Suche]"
	RuleAfterText  = "generic/after-text"       // a small block of prose after the article, set off by page furniture
)

// lineInfo holds what the general classifier measures of a line.
type lineInfo struct {
	words, function int
	fields          int    // words, numbers and signs between spaces
	sentence        bool   // ends like a sentence
	bullet          bool   // starts with a list marker
	form            bool   // a rendered form control or image placeholder in brackets
	code            bool   // program code or style sheets: scripts left in the render
	vocab           string // a boilerplate word it holds, if short
}

// prose reports whether the line reads as running text.
func (l *lineInfo) prose() bool {
	if l.code {
		return false
	}
	if l.bullet {
		return l.words >= 15 && l.sentence && l.function*100 >= l.words*15
	}
	return l.words >= 8 && l.sentence && l.function*100 >= l.words*15 ||
		l.words >= 20 && l.function*100 >= l.words*12 ||
		l.words >= 30 && l.sentence // long sentences in any language
}

func measure(line *Line) lineInfo {
	var l lineInfo
	key := line.key
	c := line.Counts()
	l.words, l.function, l.fields = c.Words, c.Function, c.Fields
	l.bullet = bullet.Is(key) || numbered(key)
	last, _ := utf8.DecodeLastRuneInString(key)
	switch last {
	case '.', '!', '?', '…', '"', '“', '”', '«', '»', ')', ':', '。', '！', '？', '」':
		l.sentence = !strings.HasSuffix(key, "...") || l.words > 12
	}
	l.form = strings.HasPrefix(key, "[") && strings.HasSuffix(key, "]") && !strings.Contains(key[1:], "[")
	l.code = isCode(key)
	switch {
	case l.words <= furnitureMaxWords:
		l.vocab = line.vocabulary(furnitureWords, furnitureBit, furnitureMaxWords)
		if socialNames[l.vocab] && l.prose() {
			l.vocab = "" // "Er legt auf Facebook ein Profil an." is news
		}
	case l.words <= formMaxWords:
		l.vocab = line.vocabulary(formWordSet, formBit, formMaxWords)
	}
	if l.vocab == "" && l.words > furnitureMaxWords && l.words <= consentMaxWords && isConsentNotice(key) {
		l.vocab = "consent"
	}
	return l
}

// consentMaxWords bounds the length of a paragraph taken for a consent
// notice.
const consentMaxWords = 120

// consentTerms are the words of cookie and consent notices, each with a bit
// of its own so that a paragraph's distinct terms can be counted; readerBit
// marks the words with which a site addresses its reader. A paragraph with
// three terms or more that speaks to the reader is a consent notice: "Um zu
// verstehen, wie unsere Webseite genutzt wird, ... Cookies ... Einwilligung".
// A news report on cookie banners names them but rarely says "we" and "you"
// with three of them.
var consentTerms = func() *phrases {
	terms := []string{"cookie", "einwilligung", "zustimmung", "zustimmen", "akzeptier", "accept",
		"consent", "datenschutzerklärung", "datenschutzeinstellungen", "datenschutzhinweis", "privacy policy",
		"privacy settings", "personalisiert", "personalized", "personalised", "drittanbieter", "third-party",
		"third party", "tracking", "nutzungsverhalten", "webseite", "website", "widerruf", "withdraw",
		"einstellungen", "settings", "partner", "analyse", "analytics", "werbung", "advertising", "widersprech",
		"interessenbezogen", "interest-based",
		// French and Spanish banners
		"consentement", "données personnelles", "partenaires", "traceurs", "publicité", "paramètres",
		"consentimiento", "datos personales", "terceros", "publicidad", "configuración"}
	var phs []phrase
	for i, t := range terms {
		phs = append(phs, phrase{t, 1 << i})
	}
	phs = append(phs, phrasesOf([]string{"wir ", "unsere", "uns ", "we ", "our ", "us ", "you", "du ", "dir ", "dein", "ihnen",
		"nous ", "vous ", "votre", "vos ", "usted", "nuestr"}, readerBit)...)
	return newPhrases(phs)
}()

const readerBit = 1 << 63

// isConsentNotice reports whether key reads as a cookie or consent notice.
func isConsentNotice(key string) bool {
	if !hasConsentWord(key) {
		return false // none of the words a notice cannot do without
	}
	m := consentTerms.masks(key)
	return m&readerBit != 0 && bits.OnesCount64(m&^readerBit) >= 3
}

// hasConsentWord reports whether s holds "ookie", "onsent", "inwilligung",
// "atenschutz" or "rivacy", the words a consent notice cannot do without,
// in one pass that stops at their less frequent letters.
func hasConsentWord(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case 'k':
			if hasAt(s, i-2, "ookie") {
				return true
			}
		case 't':
			if hasAt(s, i-5, "onsent") {
				return true
			}
		case 'w':
			if hasAt(s, i-2, "inwilligung") {
				return true
			}
		case 'z':
			if hasAt(s, i-9, "atenschutz") {
				return true
			}
		case 'v':
			if hasAt(s, i-2, "rivacy") {
				return true
			}
		}
	}
	return false
}

// hasAt reports whether s holds w at s[i].
func hasAt(s string, i int, w string) bool {
	return i >= 0 && i+len(w) <= len(s) && s[i:i+len(w)] == w
}

// codeShare is the share, in percent of its bytes, of the brackets,
// semicolons, equals signs and the like from which a line is taken for
// program code: running text has one or two in a hundred bytes.
const codeShare = 6

// isCode reports whether key looks like program code or a style sheet:
// many brackets and operators, among them semicolons or equals signs,
// which text in brackets such as "(links)" or "[ ]" and template
// placeholders such as "{{ post.author }}" do not have.
func isCode(key string) bool {
	if len(key) < 20 || strings.IndexByte(key, ';') < 0 && strings.IndexByte(key, '=') < 0 {
		return false
	}
	n, strong := 0, 0
	for i := 0; i < len(key); i++ {
		switch key[i] {
		case ';', '=':
			strong++
			n++
		case '{', '}', '[', ']', '(', ')', '<', '>', '|', '&', '\\':
			n++
		}
	}
	return strong >= 2 && n*100 >= len(key)*codeShare
}

// socialNames are the furniture words that a sentence may well mention.
var socialNames = map[string]bool{
	"facebook": true, "instagram": true, "youtube": true, "whatsapp": true, "pinterest": true,
	"linkedin": true, "xing": true, "tweet": true, "e-mail": true, "email": true,
}

// numbered reports whether key starts like an item of a numbered list:
// "1. Gamescom".
func numbered(key string) bool {
	return len(key) < 60 && trimNumber(key) != key
}

// boilerplateWords are words of short lines that are page furniture:
// consent, login, newsletter, sharing, comment forms, imprint, navigation.
var boilerplateWords = []string{
	"cookie", "datenschutz", "impressum", "newsletter", "anmelden", "abmelden", "einloggen",
	"login", "log in", "sign in", "sign up", "registrieren", "passwort", "password", "abonnieren",
	"subscribe", "teilen", "share", "tweet", "whatsapp", "pinterest", "linkedin", "xing",
	"kommentar", "comment", "antworten", "reply", "werbung", "advertisement", "sponsored",
	"privacy", "terms of", "nutzungsbedingungen", "agb", "kontakt", "contact", "sitemap",
	"rss", "folgen sie", "follow us", "einwilligung", "consent", "akzeptieren", "accept",
	"zustimmen", "javascript", "drucken", "startseite", "homepage", "menü", "menu",
	"navigation", "zum inhalt", "skip to", "nach oben", "back to top", "mediadaten",
	"alle rechte", "all rights", "facebook", "instagram", "youtube", "e-mail", "email",
}

// formWords are words of forms and consent notices that mark even a
// sentence of up to 20 words as page furniture: "Das Passwort muss
// mindestens 8 Zeichen lang sein."
var formWords = []string{
	"passwort", "password", "e-mail-adresse", "email address", "e-mail address", "pflichtfeld",
	"cookies", "einwilligung", "consent", "login", "log in", "anmelden", "registrier", "newsletter",
	"abonnieren", "subscribe", "javascript", "benutzername", "username", "konto anlegen",
	"datenschutzerklärung", "datenschutzbestimmungen", "privacy policy", "nutzungsbedingungen",
}

// The word lists as phrase sets, built once; they are not changed after.
var (
	furnitureWords = newPhraseSet(boilerplateWords)
	formWordSet    = newPhraseSet(formWords)
)

// Weights of lines in the search for the article's run of prose: prose
// counts its words, other lines cost.
const (
	costShort     = 3 // a short line that is not prose
	costList      = 4 // a list item or form control
	costVocab     = 8 // a short line with a boilerplate word
	costLabeled   = 1 // a line a rule took (byline, share bar, image credit)
	listTextWords = 6 // a list item of this many words is text, not a link
	maxProse      = 120
	minRegion     = 12 // words a run of prose needs to count as the article
)

// general labels the lines no rule has claimed. The densest run of prose,
// found as the stretch of lines with the greatest sum of weights, is the
// article; short lines inside it stay where they read as a heading or a
// short paragraph; the rest is boilerplate, each with its reason. It
// returns the first line of the run, or -1 when the page has no prose.
func general(ls []Line, keys []string, labels []Label, sc *scratch) int {
	sc.info = sized(sc.info, len(keys))
	sc.weight = sized(sc.weight, len(keys))
	info, weight := sc.info, sc.weight
	var seen map[string]bool // paragraphs of prose met so far
	var repeated []int       // lines of prose the page has shown before
	for i, k := range keys {
		switch {
		case k == "":
		case labels[i].Kind != Body:
			weight[i] = -costLabeled
		default:
			info[i] = measure(&ls[i])
			l := &info[i]
			switch {
			case l.code:
				// Neither text nor furniture: a script in the page
				// cannot be the article, but a listing inside an
				// article goes with it.
			case l.vocab != "":
				weight[i] = -costVocab
			case l.prose():
				weight[i] = min(l.words, maxProse)
				if seen == nil {
					seen = map[string]bool{}
				}
				if seen[k] {
					repeated = append(repeated, i)
				}
				seen[k] = true
			case l.bullet && l.words >= listTextWords:
				weight[i] = l.words / 3 // an item of text, such as a feature list
			case l.bullet || l.form:
				weight[i] = -costList
			default:
				weight[i] = -costShort
			}
		}
	}
	discountRepeats(weight, repeated)
	start, end, sum := maxRun(weight)
	limit := len(keys) // the region extends up to here
	if h := commentsStart(keys, labels); h >= 0 && start >= h {
		// The article comes before its comments: a long discussion
		// neither outweighs a short recipe or post nor joins it. (Where
		// the article's run reaches into the comments, they stay: some
		// readers want them, and they are hard to tell from the text.)
		if s, e, w := maxRun(weight[:h]); w >= minRegion {
			start, end, sum = s, e, w
			limit = h
		}
	}
	if sum < minRegion {
		return -1
	}
	sc.inside = sized(sc.inside, len(keys))
	inside := sc.inside
	for i := start; i <= end; i++ {
		inside[i] = true
	}
	after := dropSmallTail(keys, weight, inside, start, end)
	extendRegion(keys[:limit], weight, inside, start, end, sum)
	sc.keep = sized(sc.keep, len(keys))
	keep := sc.keep // lines that stay whatever they look like
	addQuantityLists(keys, labels, info, inside, keep, start, end)
	closeRegion(keys, labels, info, inside)
	lists := textLists(keys, labels, info, inside)
	for i, k := range keys {
		if k == "" || labels[i].Kind != Body {
			continue
		}
		l := &info[i]
		switch {
		case !inside[i] && i > after && i <= end:
			labels[i] = Label{Kind: Boilerplate, Rule: RuleAfterText}
		case !inside[i]:
			labels[i] = Label{Kind: Boilerplate, Rule: RuleOutside}
		case keep[i], l.code:
		case l.vocab != "":
			labels[i] = Label{Kind: Boilerplate, Rule: RuleVocabulary}
		case l.prose():
		case l.form:
			labels[i] = Label{Kind: Boilerplate, Rule: RuleFormField}
		case l.bullet:
			if lists[i] == listLinks {
				labels[i] = Label{Kind: Navigation, Rule: RuleLinkList}
			}
		case !keepShort(keys, labels, info, lists, i):
			labels[i] = Label{Kind: Boilerplate, Rule: RuleShortLine}
		}
	}
	for i := range inside {
		if inside[i] && keys[i] != "" {
			return i // the first line of the article, with what was added
		}
	}
	return start
}

// Limits of the blocks of a run of prose (see dropSmallTail).
const (
	blockGap   = 2  // lines without prose that set off a block
	blockShare = 10 // a block after the heaviest with less than 1/blockShare of its weight is not the article
)

// dropSmallTail leaves out of the article the small blocks of prose after
// its heaviest block within the run [start, end]: blocks are set off by
// blockGap lines or more without prose (a share bar, a heading, a teaser's
// date), and one after the heaviest with less than a tenth of its weight
// is an author's note, a promotion, a teaser, not the article's end. It
// returns the last line of the heaviest block, end when nothing was left
// out.
func dropSmallTail(keys []string, weight []int, inside []bool, start, end int) int {
	type block struct{ a, b, w int } // first and last line with prose, weight
	var blocks []block
	gap := 0
	for i := start; i <= end; i++ {
		switch {
		case keys[i] == "":
		case weight[i] > 0:
			if n := len(blocks); n == 0 || gap >= blockGap {
				blocks = append(blocks, block{a: i, b: i})
			}
			b := &blocks[len(blocks)-1]
			b.b, b.w = i, b.w+weight[i]
			gap = 0
		default:
			gap++
		}
	}
	heaviest := 0
	for k, b := range blocks {
		if b.w > blocks[heaviest].w {
			heaviest = k
		}
	}
	if len(blocks) == 0 || heaviest == len(blocks)-1 {
		return end
	}
	top := blocks[heaviest]
	for k := heaviest + 1; k < len(blocks); k++ {
		b := blocks[k]
		if b.w*blockShare >= top.w {
			continue
		}
		// The block and the lines without prose before it, up to the
		// block before.
		from := blocks[k-1].b + 1
		for i := from; i <= b.b; i++ {
			inside[i] = false
		}
	}
	// Lines without prose after the last block stay as they were.
	return top.b
}

// discountRepeats takes the weight of text from the lines of a block of
// prose the page has shown before: two or more paragraphs, each the repeat
// of an earlier one, with no other prose between them. Such a block is a
// teaser module rendered twice (once for each screen size); it is no
// more article for being long. A single repeated paragraph keeps its
// weight: a product's or article's summary is often repeated where its
// text begins.
func discountRepeats(weight []int, repeated []int) {
	joined := false // the repeat before this one and this one are a block
	for n, i := range repeated {
		prev := joined
		joined = n+1 < len(repeated) && !proseBetween(weight, i, repeated[n+1])
		if prev || joined {
			weight[i] = -costShort
		}
	}
}

// proseBetween reports whether a line of positive weight lies strictly
// between lines a and b.
func proseBetween(weight []int, a, b int) bool {
	for _, w := range weight[a+1 : b] {
		if w > 0 {
			return true
		}
	}
	return false
}

// minComments is how many comment headers make a page's comment section.
const minComments = 3

// commentsStart returns the index of the first of a page's comment headers
// ("Anna sagt:", "Bob says:"), -1 when it has fewer than minComments.
func commentsStart(keys []string, labels []Label) int {
	first, n := -1, 0
	for i, k := range keys {
		if k != "" && labels[i].Kind == Body && isCommentHeader(k) {
			if first < 0 {
				first = i
			}
			n++
		}
	}
	if n < minComments {
		return -1
	}
	return first
}

// commentVerbs end the header of a reader's comment: "42. Anna sagt:".
var commentVerbs = []string{" sagt:", " says:", " schreibt:", " meint:", " wrote:", " writes:", " said:"}

// isCommentHeader reports whether key is the header of a comment: a few
// words ending in a verb of saying and a colon.
func isCommentHeader(key string) bool {
	if len(key) > 80 || key[len(key)-1] != ':' {
		return false
	}
	for _, v := range commentVerbs {
		if strings.HasSuffix(key, v) {
			return wordsUpTo(key, 9) <= 8
		}
	}
	return false
}

// quantityReach is how many non-blank lines may separate a list of
// quantities from the article's run of prose.
const quantityReach = 6

// addQuantityLists takes into the article the lists next to it whose items
// mostly start with a quantity, such as the ingredients of a recipe ("350 g
// Zucker") or the figures of a product, and the short heading above such a
// list ("Zutaten").
func addQuantityLists(keys []string, labels []Label, info []lineInfo, inside, keep []bool, start, end int) {
	for _, edge := range [2]struct{ from, dir int }{{start - 1, -1}, {end + 1, +1}} {
		n := 0
		for i := edge.from; i >= 0 && i < len(keys) && n < quantityReach; i += edge.dir {
			if keys[i] == "" {
				continue
			}
			n++
			if !info[i].bullet || labels[i].Kind != Body {
				continue
			}
			a, b := listBounds(keys, info, i)
			if !quantities(keys, info, a, b) {
				break
			}
			for j := a; j <= b; j++ {
				inside[j] = true
			}
			// The short headings above the list and between it and the
			// text ("Zutaten", "Zubereitung") go with it.
			if h := prevLine(keys, a); h >= 0 && heading(keys, labels, info, h) {
				inside[h], keep[h] = true, true
			}
			lo, hi := b+1, start
			if edge.dir > 0 {
				lo, hi = end+1, a
			}
			for j := lo; j < hi; j++ {
				if keys[j] != "" && heading(keys, labels, info, j) {
					inside[j], keep[j] = true, true
				}
			}
			break
		}
	}
}

// heading reports whether line i, which no rule claimed, is a short
// heading: three words at most, no list item, no furniture word.
func heading(keys []string, labels []Label, info []lineInfo, i int) bool {
	return labels[i].Kind == Body && info[i].words > 0 && info[i].words <= 3 && !info[i].bullet && info[i].vocab == "" && !info[i].form
}

// quantities reports whether most items of the list a..b start with a
// number followed by more.
func quantities(keys []string, info []lineInfo, a, b int) bool {
	items, numbers := 0, 0
	for j := a; j <= b; j++ {
		if !info[j].bullet {
			continue
		}
		items++
		// A quantity is a number and what it counts: "200 g Mehl", not
		// the bare "2" of a list of page links.
		if t := trimListMarker(keys[j]); strings.IndexByte(t, ' ') > 0 && (isDigitByte(t[0]) || strings.HasPrefix(t, "½") || strings.HasPrefix(t, "¼")) {
			numbers++
		}
	}
	return items >= 3 && numbers*10 >= items*6
}

func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }

// closeRegion takes into the article a short sentence right after its last
// line, as a closing line ("Viel Erfolg beim Vorziehen!") often is.
func closeRegion(keys []string, labels []Label, info []lineInfo, inside []bool) {
	last := -1
	for i := range inside {
		if inside[i] && keys[i] != "" {
			last = i
		}
	}
	if last < 0 {
		return
	}
	j := nextLine(keys, last)
	if j < 0 || labels[j].Kind != Body {
		return
	}
	l := &info[j]
	if l.sentence && l.words >= 3 && l.words <= 15 && l.vocab == "" && !l.bullet && !l.form &&
		!strings.HasSuffix(keys[j], ":") && !strings.HasSuffix(keys[j], ")") {
		inside[j] = true
	}
}

// Limits for adding runs of prose near the article's main run.
const (
	nearLines = 12 // non-blank lines between the main run and another
	nearShare = 4  // the other run has at least 1/nearShare of the main run's weight
)

// extendRegion marks as inside further runs of prose close to the main run
// [start, end]: a standfirst above a paywall box, the rest of the text
// below an advertisement. A run counts when its weight is a good share of
// the main run's and few lines separate them.
func extendRegion(keys []string, weight []int, inside []bool, start, end, sum int) {
	for dir := -1; dir <= 1; dir += 2 {
		edge := start
		if dir > 0 {
			edge = end
		}
		for {
			s, e, w, gap := nextRun(keys, weight, edge, dir)
			if w*nearShare < sum || gap > nearLines {
				break
			}
			for i := s; i <= e; i++ {
				inside[i] = true
			}
			if dir < 0 {
				edge = s
			} else {
				edge = e
			}
		}
	}
}

// nextRun finds, beyond edge in direction dir, the next run of lines with
// a positive sum of weights, the run being as heavy as it gets before the
// sum falls to zero; it returns its bounds, weight, and how many non-blank
// lines lie between it and edge.
func nextRun(keys []string, weight []int, edge, dir int) (s, e, w, gap int) {
	i := edge + dir
	for ; i >= 0 && i < len(keys) && weight[i] <= 0; i += dir {
		if keys[i] != "" {
			gap++
		}
	}
	if i < 0 || i >= len(keys) {
		return 0, 0, 0, gap
	}
	s, e = i, i
	cur := 0
	for j := i; j >= 0 && j < len(keys); j += dir {
		cur += weight[j]
		if cur <= 0 {
			break
		}
		if cur > w {
			w = cur
			if dir < 0 {
				s = j
			} else {
				e = j
			}
		}
	}
	return s, e, w, gap
}

// maxRun returns the stretch of w with the greatest sum (Kadane).
func maxRun(w []int) (start, end, sum int) {
	best, bestStart, bestEnd := 0, 0, -1
	cur, curStart := 0, 0
	for i, x := range w {
		if cur <= 0 {
			cur, curStart = 0, i
		}
		cur += x
		if cur > best {
			best, bestStart, bestEnd = cur, curStart, i
		}
	}
	return bestStart, bestEnd, best
}

// listBounds returns the first and last line of the list that item i
// belongs to, blank lines between items included.
func listBounds(keys []string, info []lineInfo, i int) (a, b int) {
	a, b = i, i
	for a > 0 && (keys[a-1] == "" || info[a-1].bullet) {
		a--
	}
	for b+1 < len(keys) && (keys[b+1] == "" || info[b+1].bullet) {
		b++
	}
	return a, b
}

// listOfSentences reports whether the list a..b holds text rather
// than links: its items average six words or more.
func listOfSentences(keys []string, info []lineInfo, a, b int) bool {
	items, words := 0, 0
	for j := a; j <= b; j++ {
		if info[j].bullet {
			items++
			words += info[j].words
		}
	}
	return items > 0 && words >= 6*items
}

// listInText reports whether the list a..b stands between two
// paragraphs of prose, as a list of ingredients or steps does in an
// article, rather than a menu at its edge.
func listInText(keys []string, labels []Label, info []lineInfo, a, b int) bool {
	items := 0
	for j := a; j <= b; j++ {
		if info[j].bullet {
			items++
			if info[j].vocab != "" || info[j].words > 20 {
				return false
			}
		}
	}
	return items <= 15 && proseBeyondLists(keys, labels, info, b, +1) && proseBeyondLists(keys, labels, info, a, -1)
}

// listReach bounds the lines proseBeyondLists looks at.
const listReach = 40

// proseBeyondLists reports whether, in the direction dir from line i, prose
// comes before more than one other line, passing over the items of
// neighbouring lists (items of three fields or more after the marker, not
// tags or links) and a heading for one of them: two lists in a row, each
// under its own heading ("Kostenbeispiel Leasing", "Kostenbeispiel
// Finanzierung"), stand in the text as one list does.
func proseBeyondLists(keys []string, labels []Label, info []lineInfo, i, dir int) bool {
	other, lists, inList := 0, 0, false
	for j := i + dir; j >= 0 && j < len(keys) && j != i+dir*listReach; j += dir {
		switch {
		case keys[j] == "":
		case labels[j].Kind != Body:
			return false
		case info[j].prose():
			return true
		case info[j].bullet && info[j].vocab == "" && info[j].fields > 3 && info[j].words <= 20:
			if !inList {
				lists++
			}
			inList = true
			continue
		default:
			if other++; other > min(lists+1, 2) {
				return false
			}
		}
		inList = false
	}
	return false
}

// What textLists finds a list to be.
const (
	listLinks      = iota // a menu, tags, links: not text
	listText              // items of text, or a list between paragraphs
	listQuantities        // numbers and what they count: "200 g Mehl"
)

// textLists decides, before any line is labeled by the general
// classifier, which lists inside the article are text (quantities, items
// of a sentence or more, or a list between paragraphs) and returns the
// kind of list of each item, listLinks for lines that are none.
func textLists(keys []string, labels []Label, info []lineInfo, inside []bool) []uint8 {
	kind := make([]uint8, len(keys))
	for i := 0; i < len(keys); i++ {
		if !inside[i] || !info[i].bullet || labels[i].Kind != Body {
			continue
		}
		a, b := listBounds(keys, info, i)
		k := uint8(listLinks)
		switch {
		case quantities(keys, info, a, b):
			k = listQuantities
		case listOfSentences(keys, info, a, b) || listInText(keys, labels, info, a, b):
			k = listText
		}
		for j := a; j <= b; j++ {
			kind[j] = k
		}
		i = b
	}
	return kind
}

// leadsInList reports whether line i introduces the list that follows it,
// a list of text: a lead-in ending with a colon or a question mark ("Die
// wichtigsten Infos:", "Pros:", "Leasing oder Autokredit?") or the
// heading of a list of quantities ("Zutaten"). A heading without a colon
// above a list of links ("Related", "Temas") stays out.
func leadsInList(keys []string, lists []uint8, i int) bool {
	j := nextLine(keys, i)
	if j < 0 {
		return false
	}
	switch lists[j] {
	case listQuantities:
		return true
	case listText:
		return strings.HasSuffix(keys[i], ":") || strings.HasSuffix(keys[i], "?")
	}
	return false
}

// keepShort decides a short line inside the article: it stays when it is a
// heading followed by prose, or a sentence next to prose.
func keepShort(keys []string, labels []Label, info []lineInfo, lists []uint8, i int) bool {
	l := &info[i]
	if l.words == 0 || l.words > 25 {
		return false
	}
	next := nextProse(keys, labels, info, i, +1) || leadsInList(keys, lists, i)
	if !l.sentence || strings.HasSuffix(keys[i], "?") || strings.HasSuffix(keys[i], ":") {
		return next // a heading
	}
	return next || nextProse(keys, labels, info, i, -1)
}

// nextProse reports whether one of the two nearest non-blank lines in the
// direction dir is prose.
func nextProse(keys []string, labels []Label, info []lineInfo, i, dir int) bool {
	for n, j := 0, i+dir; n < 2 && j >= 0 && j < len(keys); j += dir {
		if keys[j] == "" {
			continue
		}
		if labels[j].Kind == Body && info[j].prose() {
			return true
		}
		n++
	}
	return false
}
