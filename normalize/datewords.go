package normalize

import (
	"time"
	"unicode"
	"unicode/utf8"
)

// A dateLanguage lists the words one language writes dates with. The
// matchers know the shapes of date expressions ("DAY. MONTH YEAR", "vor N
// UNIT", "N UNIT ago", "am WEEKDAY"); the words come from these tables,
// so that another language is another table. All words are lower case.
type dateLanguage struct {
	months        map[string]time.Month   // names: "märz", "march"
	monthAbbrs    map[string]time.Month   // abbreviations, which may take a dot: "mrz", "sept"
	weekdays      map[string]time.Weekday // names: "montag"
	weekdayAbbrs  map[string]time.Weekday // abbreviations, taken only before a full date: "mo", "mon"
	units         map[string]Precision    // "stunden", "hours"
	unitAbbrs     map[string]Precision    // "std", "hrs", "h": a full stop after them is theirs
	gluedUnits    map[string]Precision    // "m", "d": units only right after their count ("vor 29m")
	manyUnits     map[string]unitTimes    // units of many of another: "jahrzehnt" ten years
	counts        map[string]int          // number words: "einer", "a", "two"
	before        []string                // before a count and its unit: "vor"
	ago           []string                // after them: "ago"
	hedges        []string                // between "vor" and the count: "etwa"
	than          []string                // after a hedge: "als" of "mehr als"
	days          map[string]int          // days back: "heute" 0, "gestern" 1, "morgen" -1
	dayParts      []string                // parts of a day after a day word: "morgen" of "heute Morgen", "abend"
	next          []string                // "nächste", "kommenden", "next"
	beforeLast    []string                // "vorletzte": the one before the last
	forward       []string                // before a count and its unit ahead: "in" of "in 2 Stunden"
	fromNow       [2]string               // after a count and its unit ahead: "from now"
	future        []string                // before an expression that lies ahead: "bis", "by", "until"
	quarter       []string                // "quartal", "quarter", and "q" of "Q3"
	nth           map[string]int          // ordinal number words: "dritten" 3, "third" 3
	calWeek       []string                // "kw", "kalenderwoche"
	and           []string                // between the parts of a compound or a span: "und", "and"
	to            []string                // between the days of a span: "bis", "to"
	between       []string                // before a span: "zwischen", "between", "vom", "from"
	past          []string                // verbs of the past tense: a sentence with one tells what was ("war", "was")
	duration      []string                // words before "in N units" that make it a stretch, not a date ahead: "first" of "the first time in 20 years"
	last          []string                // "letzte", "vergangenen", "last"
	this          []string                // "diesem", "this"
	on            []string                // before a weekday or weekend: "am", "on"
	since         []string                // before a date without year in digits: "vom", "seit"
	in            []string                // before a month: "im", "in"
	parts         map[string]int          // parts of a month or year: "anfang" 1, "mitte" 2, "ende" 3
	week          []string                // "woche"
	monthWord     []string                // "monat"
	yearWord      []string                // "jahr"
	inYear        []string                // "jahre" of "im Jahre 2020", and "jahr"
	weekend       []string                // "wochenende"
	around        []string                // before a weekend: "übers", "over", "during"
	the           []string                // articles before a weekend or a year: "das", "the"
	clock         []string                // after a time: "uhr"
	at            []string                // before a time: "um", "at"
	ordinals      []string                // after a day: "st", "th"
	of            []string                // between a day and its month: "of"
	zones         map[string]int          // zone abbreviations and their offsets in seconds
	published     []string                // words of a publication stamp: "veröffentlicht"
	updated       []string                // words of an update stamp: "aktualisiert"
	slashDayFirst bool                    // 04/03/2026 is 4 March (else April 3)
}

var germanDates = dateLanguage{
	months: map[string]time.Month{
		"januar": 1, "jänner": 1, "jaenner": 1, "februar": 2, "feber": 2, "märz": 3, "maerz": 3,
		"april": 4, "mai": 5, "juni": 6, "juli": 7, "august": 8, "september": 9, "oktober": 10,
		"november": 11, "dezember": 12,
	},
	monthAbbrs: map[string]time.Month{
		"jan": 1, "jän": 1, "feb": 2, "mär": 3, "mrz": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
		"sep": 9, "sept": 9, "okt": 10, "nov": 11, "dez": 12,
	},
	weekdays: map[string]time.Weekday{
		"sonntag": time.Sunday, "montag": time.Monday, "dienstag": time.Tuesday,
		"mittwoch": time.Wednesday, "donnerstag": time.Thursday, "freitag": time.Friday,
		"samstag": time.Saturday, "sonnabend": time.Saturday,
	},
	weekdayAbbrs: map[string]time.Weekday{
		"so": time.Sunday, "mo": time.Monday, "di": time.Tuesday, "mi": time.Wednesday,
		"do": time.Thursday, "fr": time.Friday, "sa": time.Saturday,
	},
	units: map[string]Precision{
		"sekunde": PrecisionSecond, "sekunden": PrecisionSecond,
		"minute": PrecisionMinute, "minuten": PrecisionMinute,
		"stunde": PrecisionHour, "stunden": PrecisionHour,
		"tag": PrecisionDay, "tage": PrecisionDay, "tagen": PrecisionDay,
		"woche": PrecisionWeek, "wochen": PrecisionWeek,
		"monat": PrecisionMonth, "monate": PrecisionMonth, "monaten": PrecisionMonth,
		"jahr": PrecisionYear, "jahre": PrecisionYear, "jahren": PrecisionYear,
	},
	unitAbbrs:  map[string]Precision{"sek": PrecisionSecond, "min": PrecisionMinute, "std": PrecisionHour, "h": PrecisionHour},
	gluedUnits: map[string]Precision{"m": PrecisionMinute, "d": PrecisionDay},
	manyUnits: map[string]unitTimes{"jahrzehnt": {PrecisionYear, 10}, "jahrzehnte": {PrecisionYear, 10}, "jahrzehnten": {PrecisionYear, 10},
		"jahrhundert": {PrecisionYear, 100}, "jahrhunderte": {PrecisionYear, 100}, "jahrhunderten": {PrecisionYear, 100}},
	counts: map[string]int{
		"ein": 1, "eine": 1, "einer": 1, "einem": 1, "einen": 1, "zwei": 2, "drei": 3, "vier": 4,
		"fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12,
	},
	before:     []string{"vor"},
	hedges:     []string{"etwa", "rund", "knapp", "gut", "über", "fast", "ungefähr", "circa", "ca", "mehr", "weniger"},
	than:       []string{"als"},
	days:       map[string]int{"heute": 0, "gestern": 1, "vorgestern": 2, "morgen": -1, "übermorgen": -2},
	dayParts:   []string{"morgen", "früh", "vormittag", "mittag", "nachmittag", "abend", "nacht"},
	next:       []string{"nächste", "nächsten", "nächster", "nächstes", "kommende", "kommenden", "kommender", "kommendes"},
	beforeLast: []string{"vorletzte", "vorletzten", "vorletzter", "vorletztes"},
	forward:    []string{"in"},
	future:     []string{"bis", "ab", "spätestens", "frühestens", "ab dem"},
	quarter:    []string{"quartal", "quartals", "q"},
	nth:        map[string]int{"ersten": 1, "erste": 1, "zweiten": 2, "zweite": 2, "dritten": 3, "dritte": 3, "vierten": 4, "vierte": 4},
	calWeek:    []string{"kw", "kalenderwoche"},
	and:        []string{"und"},
	to:         []string{"bis"},
	between:    []string{"zwischen", "vom", "von"},
	past: []string{"war", "waren", "warst", "hatte", "hatten", "wurde", "wurden", "blieb", "blieben", "ging",
		"gingen", "kam", "kamen", "gab", "stand", "standen", "lag", "lagen", "dauerte", "dauerten"},
	duration: []string{"erstmals", "ersten", "mal", "nicht", "nie", "kein", "keine", "keinen", "seit", "höchsten",
		"höchste", "niedrigsten", "niedrigste", "stärksten", "schwächsten", "zuletzt"},
	last:      []string{"letzte", "letzten", "letzter", "letztes", "vergangene", "vergangenen", "vergangener", "vergangenes", "vorige", "vorigen", "voriges"},
	this:      []string{"diese", "diesem", "diesen", "dieses"},
	on:        []string{"am", "an"},
	since:     []string{"am", "vom", "ab", "bis", "seit"},
	in:        []string{"im"},
	parts:     map[string]int{"anfang": 1, "beginn": 1, "mitte": 2, "ende": 3},
	week:      []string{"woche"},
	monthWord: []string{"monat", "monats"},
	yearWord:  []string{"jahr", "jahres"},
	inYear:    []string{"jahr", "jahre"},
	weekend:   []string{"wochenende"},
	around:    []string{"am", "übers", "über", "an"},
	the:       []string{"das", "dem", "des", "der"},
	clock:     []string{"uhr"},
	at:        []string{"um", "gegen"},
	zones:     map[string]int{"mez": 3600, "mesz": 7200, "wez": 0, "wesz": 3600, "oez": 7200, "oesz": 10800},
	published: []string{"veröffentlicht", "erschienen", "publiziert", "erstellt"},
	updated:   []string{"aktualisiert", "geändert", "bearbeitet", "stand", "zuletzt"},

	slashDayFirst: true,
}

var englishDates = dateLanguage{
	months: map[string]time.Month{
		"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
		"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	},
	monthAbbrs: map[string]time.Month{
		"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
		"oct": 10, "nov": 11, "dec": 12,
	},
	weekdays: map[string]time.Weekday{
		"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday,
		"wednesday": time.Wednesday, "thursday": time.Thursday, "friday": time.Friday,
		"saturday": time.Saturday,
	},
	weekdayAbbrs: map[string]time.Weekday{
		"sun": time.Sunday, "mon": time.Monday, "tue": time.Tuesday, "tues": time.Tuesday,
		"wed": time.Wednesday, "thu": time.Thursday, "thur": time.Thursday, "thurs": time.Thursday,
		"fri": time.Friday, "sat": time.Saturday,
	},
	units: map[string]Precision{
		"second": PrecisionSecond, "seconds": PrecisionSecond,
		"minute": PrecisionMinute, "minutes": PrecisionMinute,
		"hour": PrecisionHour, "hours": PrecisionHour,
		"day": PrecisionDay, "days": PrecisionDay,
		"week": PrecisionWeek, "weeks": PrecisionWeek,
		"month": PrecisionMonth, "months": PrecisionMonth,
		"year": PrecisionYear, "years": PrecisionYear,
	},
	unitAbbrs: map[string]Precision{
		"sec": PrecisionSecond, "secs": PrecisionSecond, "min": PrecisionMinute, "mins": PrecisionMinute,
		"hr": PrecisionHour, "hrs": PrecisionHour, "h": PrecisionHour, "yr": PrecisionYear, "yrs": PrecisionYear,
	},
	gluedUnits: map[string]Precision{"m": PrecisionMinute, "d": PrecisionDay},
	manyUnits: map[string]unitTimes{"decade": {PrecisionYear, 10}, "decades": {PrecisionYear, 10}, "century": {PrecisionYear, 100},
		"centuries": {PrecisionYear, 100}, "fortnight": {PrecisionWeek, 2}, "fortnights": {PrecisionWeek, 2}},
	counts: map[string]int{
		"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
		"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	},
	ago:      []string{"ago"},
	hedges:   []string{"about", "around", "some", "nearly", "almost", "roughly", "more", "less"},
	than:     []string{"than"},
	days:     map[string]int{"today": 0, "yesterday": 1, "tomorrow": -1, "tonight": 0},
	dayParts: []string{"morning", "afternoon", "evening", "night"},
	next:     []string{"next", "coming"},
	forward:  []string{"in"},
	fromNow:  [2]string{"from", "now"},
	future:   []string{"by", "until", "till", "before"},
	quarter:  []string{"quarter", "q"},
	nth:      map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4},
	calWeek:  []string{"cw"},
	and:      []string{"and"},
	to:       []string{"to", "through"},
	between:  []string{"between", "from"},
	past: []string{"was", "were", "had", "did", "been", "went", "came", "stayed", "lasted", "remained",
		"ran", "took", "got"},
	duration: []string{"first", "time", "times", "not", "never", "no", "highest", "lowest", "best", "worst",
		"largest", "biggest", "most", "least", "fastest", "strongest", "weakest", "since", "for"},
	last:      []string{"last", "past", "previous"},
	this:      []string{"this"},
	on:        []string{"on"},
	since:     []string{"on", "from", "since", "until"},
	in:        []string{"in"},
	parts:     map[string]int{"early": 1, "mid": 2, "late": 3, "beginning": 1, "start": 1, "middle": 2, "end": 3},
	week:      []string{"week"},
	monthWord: []string{"month"},
	yearWord:  []string{"year"},
	inYear:    []string{"year"},
	weekend:   []string{"weekend"},
	around:    []string{"over", "at", "during", "on", "this", "last", "past"},
	the:       []string{"the"},
	at:        []string{"at"},
	ordinals:  []string{"st", "nd", "rd", "th"},
	of:        []string{"of"},
	zones: map[string]int{
		"gmt": 0, "utc": 0, "ut": 0, "z": 0, "bst": 3600, "cet": 3600, "cest": 7200,
		"est": -5 * 3600, "edt": -4 * 3600, "cst": -6 * 3600, "cdt": -5 * 3600, "mst": -7 * 3600, "mdt": -6 * 3600,
		"pst": -8 * 3600, "pdt": -7 * 3600, "akst": -9 * 3600, "akdt": -8 * 3600, "hst": -10 * 3600,
		"wet": 0, "eet": 7200, "eest": 10800, "jst": 9 * 3600, "kst": 9 * 3600, "hkt": 8 * 3600,
		"sgt": 8 * 3600, "aest": 10 * 3600, "aedt": 11 * 3600,
	},
	published: []string{"published", "posted", "created"},
	updated:   []string{"updated", "modified", "revised", "edited", "changed"},
}

// dateLanguages are the languages whose words the date reader knows. Text
// mixes them ("2 Tagen ago"), so the words of all are looked up together.
var dateLanguages = []*dateLanguage{&germanDates, &englishDates}

// A role is something a word can be in a date expression.
type role uint64

const (
	rMonth role = 1 << iota
	rMonthAbbr
	rWeekday
	rWeekdayAbbr
	rUnit
	rCount
	rBefore
	rAgo
	rHedge
	rThan
	rDay
	rLast
	rThis
	rOn
	rSince
	rIn
	rPart
	rWeek
	rMonthWord
	rYearWord
	rInYear
	rWeekend
	rAround
	rThe
	rClock
	rAt
	rOrdinal
	rOf
	rZone
	rPublished
	rUpdated
	rMeridiem // "am", "pm"
	rDayPart
	rNext
	rBeforeLast
	rForward
	rFrom
	rNow
	rFuture
	rQuarter
	rCalWeek
	rAnd
	rTo
	rBetween
	rBeforeAfter // "before", "after" of "the day before yesterday"
	rNumberWord  // an ordinal number word: "dritten", "third"
	rPast
	rDuration
)

// anchorRoles are the roles of words that Find stops at: every date
// expression holds a number or one of these.
const anchorRoles = rMonth | rMonthAbbr | rWeekday | rWeekdayAbbr | rDay | rWeek | rWeekend |
	rBefore | rAgo | rMonthWord | rYearWord | rUnit | rDayPart | rQuarter | rCalWeek

// A dateWord is what a word can be in a date expression.
type dateWord struct {
	roles   role
	month   time.Month
	weekday time.Weekday
	unit    Precision
	times   int  // how many of unit the word is: 10 for "decade"; 0 for one
	abbr    bool // the unit is abbreviated: "Std.", "hrs."
	glued   bool // the unit is read only right after its count: "29m"
	count   int
	nth     int // for rNumberWord
	back    int // days back, for rDay
	part    int // 1 start, 2 middle, 3 end, for rPart
	zone    int // offset in seconds, for rZone
	lang    uint8
}

// unitTimes is a unit of many of another: a decade is ten years.
type unitTimes struct {
	unit  Precision
	times int
}

// maxDateWord is the length in bytes of the longest word the tables hold
// that Find looks up.
const maxDateWord = 16

// dateWords maps the lower-cased words of all date languages to what they
// can be.
var dateWords = func() map[string]dateWord {
	m := map[string]dateWord{}
	add := func(w string, r role, set func(*dateWord)) {
		dw := m[w]
		dw.roles |= r
		if set != nil {
			set(&dw)
		}
		m[w] = dw
	}
	for li, l := range dateLanguages {
		lang := func(d *dateWord) { d.lang |= 1 << li }
		for w, v := range l.months {
			add(w, rMonth, func(d *dateWord) { d.month = v; lang(d) })
		}
		for w, v := range l.monthAbbrs {
			add(w, rMonthAbbr, func(d *dateWord) { d.month = v; lang(d) })
		}
		for w, v := range l.weekdays {
			add(w, rWeekday, func(d *dateWord) { d.weekday = v; lang(d) })
		}
		for w, v := range l.weekdayAbbrs {
			add(w, rWeekdayAbbr, func(d *dateWord) { d.weekday = v; lang(d) })
		}
		for w, v := range l.units {
			add(w, rUnit, func(d *dateWord) { d.unit = v })
		}
		for w, v := range l.unitAbbrs {
			add(w, rUnit, func(d *dateWord) { d.unit, d.abbr = v, true })
		}
		for w, v := range l.gluedUnits {
			add(w, rUnit, func(d *dateWord) { d.unit, d.abbr, d.glued = v, true, true })
		}
		for w, v := range l.manyUnits {
			add(w, rUnit, func(d *dateWord) { d.unit, d.times = v.unit, v.times })
		}
		for w, v := range l.nth {
			add(w, rNumberWord, func(d *dateWord) { d.nth = v })
		}
		for w, v := range l.counts {
			add(w, rCount, func(d *dateWord) { d.count = v })
		}
		for w, v := range l.days {
			add(w, rDay, func(d *dateWord) { d.back = v })
		}
		for w, v := range l.parts {
			add(w, rPart, func(d *dateWord) { d.part = v })
		}
		for w, v := range l.zones {
			add(w, rZone, func(d *dateWord) { d.zone = v })
		}
		for _, list := range []struct {
			words []string
			r     role
		}{
			{l.before, rBefore}, {l.ago, rAgo}, {l.hedges, rHedge}, {l.than, rThan}, {l.last, rLast},
			{l.this, rThis}, {l.on, rOn}, {l.since, rSince}, {l.in, rIn}, {l.week, rWeek},
			{l.monthWord, rMonthWord}, {l.yearWord, rYearWord}, {l.inYear, rInYear}, {l.weekend, rWeekend},
			{l.around, rAround}, {l.the, rThe}, {l.clock, rClock}, {l.at, rAt},
			{l.ordinals, rOrdinal}, {l.of, rOf}, {l.published, rPublished}, {l.updated, rUpdated},
			{l.dayParts, rDayPart}, {l.next, rNext}, {l.beforeLast, rBeforeLast}, {l.forward, rForward},
			{l.future, rFuture}, {l.quarter, rQuarter}, {l.calWeek, rCalWeek}, {l.and, rAnd}, {l.to, rTo},
			{l.between, rBetween}, {l.fromNow[:1], rFrom}, {l.fromNow[1:], rNow},
		} {
			for _, w := range list.words {
				add(w, list.r, nil)
			}
		}
		// The words that tell the tense of a sentence know their
		// language: "was" is the past in English and "what" in German.
		for _, w := range l.past {
			add(w, rPast, lang)
		}
		for _, w := range l.duration {
			add(w, rDuration, lang)
		}
	}
	for _, w := range []string{"am", "pm"} {
		add(w, rMeridiem, nil)
	}
	for _, w := range []string{"before", "after"} {
		add(w, rBeforeAfter, nil)
	}
	return m
}()

// A hashSet is a bit set of anchorHash values, a quick test before a
// lookup in dateWords.
type hashSet [1 << 16 / 64]uint64

func (h *hashSet) has(w string) bool { return h.hasHash(anchorHash(w)) }

func (h *hashSet) hasHash(k uint16) bool { return h[k/64]&(1<<(k%64)) != 0 }

// newHashSet returns the set of the words of dateWords of two bytes or
// more with one of the roles.
func newHashSet(roles role) *hashSet {
	var set hashSet
	for w, dw := range dateWords {
		if dw.roles&roles != 0 && len(w) >= 2 {
			k := anchorHash(w)
			set[k/64] |= 1 << (k % 64)
		}
	}
	return &set
}

// anchorStarts and wordStarts hold the words with an anchor role, and all
// date words.
var (
	anchorStarts = newHashSet(anchorRoles)
	wordStarts   = newHashSet(^role(0))
)

// anchorHash hashes the length and the first three bytes of a word of at
// least two bytes to 16 bits: ASCII letters fold to lower case and bytes
// beyond ASCII all alike (so that "MÄRZ" hashes as "märz").
func anchorHash(w string) uint16 {
	k := uint32(len(w))<<24 | uint32(hashFold[w[0]])<<16 | uint32(hashFold[w[1]])<<8
	if len(w) > 2 {
		k |= uint32(hashFold[w[2]])
	}
	return uint16((k * 0x9E3779B1) >> 16)
}

// hashFold maps a byte to six bits for anchorHash.
var hashFold = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = 0x3F
		default:
			t[c] = lowerByte(byte(c)) & 0x3F
		}
	}
	return t
}()

// mayBeDateWord reports whether w may be in dateWords: false for most
// words of running text.
func mayBeDateWord(w string) bool {
	if len(w) < 2 {
		return true // "a", "h", "Z": looked up
	}
	return len(w) <= maxDateWord && wordStarts.has(w)
}

// lookupWord returns what the word w can be in a date, looked up in lower
// case without allocating.
func lookupWord(w string) (dateWord, bool) {
	k, ok := packWordKey(w)
	if !ok {
		return dateWord{}, false
	}
	return dateWordTable.lookup(k)
}

// A wordKey is a word of up to 16 bytes in lower case, packed into two
// words, zeros after its end.
type wordKey [2]uint64

// packWordKey packs w, lower-cased, into a key; it reports false for a
// word too long.
func packWordKey(w string) (wordKey, bool) {
	var k wordKey
	if len(w) > maxDateWord {
		return k, false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return packWideKey(w)
		}
		k[i/8] |= uint64(lowerByte(c)) << (8 * (i % 8))
	}
	return k, true
}

// packWideKey packs a word with letters beyond ASCII.
func packWideKey(w string) (wordKey, bool) {
	var buf [maxDateWord + utf8.UTFMax]byte
	n := 0
	for _, r := range w {
		if n > maxDateWord {
			return wordKey{}, false
		}
		n += utf8.EncodeRune(buf[n:], unicode.ToLower(r))
	}
	if n > maxDateWord {
		return wordKey{}, false
	}
	var k wordKey
	for i, b := range buf[:n] {
		k[i/8] |= uint64(b) << (8 * (i % 8))
	}
	return k, true
}

// A dateIndex maps keys to date words: open addressing, linear probing,
// at most half full.
type dateIndex struct {
	keys  []wordKey
	words []dateWord
	shift uint
}

func (t *dateIndex) slot(k wordKey) uint64 {
	return (k[0]*0x9E3779B97F4A7C15 ^ k[1]*0xC2B2AE3D27D4EB4F) >> t.shift
}

func (t *dateIndex) lookup(k wordKey) (dateWord, bool) {
	mask := uint64(len(t.keys) - 1)
	for i := t.slot(k); ; i = (i + 1) & mask {
		switch t.keys[i] {
		case k:
			return t.words[i], true
		case wordKey{}:
			return dateWord{}, false
		}
	}
}

// dateWordTable holds dateWords for lookupWord.
var dateWordTable = func() *dateIndex {
	bits := uint(4)
	for 1<<bits < 2*len(dateWords) {
		bits++
	}
	t := &dateIndex{keys: make([]wordKey, 1<<bits), words: make([]dateWord, 1<<bits), shift: 64 - bits}
	mask := uint64(len(t.keys) - 1)
	for w, dw := range dateWords {
		k, ok := packWordKey(w)
		if !ok {
			continue // too long to be looked up; TestAnchorWords reports it
		}
		i := t.slot(k)
		for t.keys[i] != (wordKey{}) {
			i = (i + 1) & mask
		}
		t.keys[i], t.words[i] = k, dw
	}
	return t
}()

func lowerByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}
