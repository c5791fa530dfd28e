package boilerplate

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/newsdump/newsdump/internal/bullet"
	"github.com/newsdump/newsdump/internal/space"
	"github.com/newsdump/newsdump/normalize"
)

// Names of the rules built into the classifier's layout passes.
const (
	RuleDateLine       = "generic/date-line"
	RulePreTitle       = "generic/pre-title"
	RuleKicker         = "generic/kicker"
	RuleDuplicateTitle = "generic/duplicate-title"
	RuleBylineList     = "generic/byline-list"
	RuleImageAlt       = "generic/image-alt"
)

// A Label is the classifier's verdict on one line.
type Label struct {
	// Kind is what the line is; Body for main text.
	Kind Kind `json:"kind"`
	// Rule names the rule that decided, empty for body text, blank lines,
	// the title and the teaser.
	Rule string `json:"rule,omitempty"`
}

// Result is the classification of a page's lines.
type Result struct {
	// Site is the domain of the profile that matched, or empty.
	Site string
	// Labels holds one label per input line.
	Labels []Label
}

// A Classifier labels the lines of a plain-text page as main text or
// boilerplate, with the rule that decided. Site profiles are tried before
// the generic rules. A Classifier does not change after New and is safe for
// concurrent use.
type Classifier struct {
	profiles    []compiledProfile
	generic     []compiledRule
	noGeneral   bool
	endMaxLen   int             // longest line an end marker can be, -1 for no bound
	ends        []*compiledRule // the rules that end an article, in order
	starts      []*compiledRule // the rules of lines that open a page (Rule.Starts)
	endBits     ruleBits        // and their bits in the index
	index       *index          // the rules that may match a line, found at once
	genericBits ruleBits        // the generic rules in the index
	scratch     *sync.Pool      // of *scratch, for ClassifyLines; nil in the zero Classifier
}

// scratch holds the per-line working memory of one ClassifyLines or
// ClassifyRepeats call, so that classifying page after page reuses it.
type scratch struct {
	lines        []Line // of ClassifyRepeats
	keys         []string
	info         []lineInfo
	weight       []int
	inside, keep []bool
	window       []int           // of pickTitle
	want, items  map[string]bool // of pickTitle
	lead         []uint64        // of pickTitle
}

// set returns the map *m emptied, or a new one with room for n entries.
func (sc *scratch) set(m *map[string]bool, n int) map[string]bool {
	if *m == nil {
		*m = make(map[string]bool, n)
	} else {
		clear(*m)
	}
	return *m
}

// sized returns s with n zero elements, in its own memory when it has room.
func sized[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// getScratch returns working memory for a ClassifyLines or ClassifyRepeats
// call; putScratch takes it back.
func (c *Classifier) getScratch() *scratch {
	if c.scratch != nil {
		return c.scratch.Get().(*scratch)
	}
	return new(scratch)
}

func (c *Classifier) putScratch(sc *scratch) {
	if c.scratch != nil {
		clear(sc.lines) // the lines' text, for the collector
		clear(sc.keys)
		clear(sc.want)
		clear(sc.items)
		c.scratch.Put(sc)
	}
}

type compiledProfile struct {
	site  string
	rules []compiledRule
	bits  ruleBits // the rules in the index
}

// ruleBits are the bits of a list of rules in the classifier's index.
type ruleBits struct {
	mask  uint64 // of the rules that have a bit
	whole bool   // all the rules have a bit
}

// New returns a classifier with the given site profiles and generic rules.
// Pass GenericRules() for the built-in generic rules or nil for none. It
// fails when a pattern does not compile or a rule matches nothing.
func New(profiles []Profile, generic []Rule) (*Classifier, error) {
	c := &Classifier{scratch: &sync.Pool{New: func() any { return new(scratch) }}}
	for _, p := range profiles {
		rules, err := compileRules(p.Rules, p.Site)
		if err != nil {
			return nil, err
		}
		c.profiles = append(c.profiles, compiledProfile{site: p.Site, rules: rules})
	}
	var err error
	if c.generic, err = compileRules(generic, "generic"); err != nil {
		return nil, err
	}
	c.endMaxLen = dateLineMax
	lists := [][]compiledRule{}
	for _, p := range c.profiles {
		lists = append(lists, p.rules)
	}
	lists = append(lists, c.generic)
	c.index = newIndex(lists)
	c.genericBits = bitsOf(c.generic)
	for i := range c.profiles {
		c.profiles[i].bits = bitsOf(c.profiles[i].rules)
	}
	c.endBits = ruleBits{whole: true}
	for _, rules := range lists {
		for i := range rules {
			if r := &rules[i]; r.Starts {
				c.starts = append(c.starts, r)
			}
			if r := &rules[i]; r.Ends && !r.BeforeTitle {
				c.endMaxLen = maxBound(c.endMaxLen, r.longest())
				c.ends = append(c.ends, r)
				c.endBits.add(r) // in the order of c.ends, as the index tries them
			}
		}
	}
	return c, nil
}

// maxBound returns the greater of two lengths, where -1 is no bound.
func maxBound(a, b int) int {
	if a < 0 || b < 0 {
		return -1
	}
	return max(a, b)
}

// Default returns the classifier with DefaultProfiles and GenericRules. It
// is built once and shared: a Classifier does not change after New.
func Default() *Classifier { return defaultClassifier() }

var defaultClassifier = sync.OnceValue(func() *Classifier {
	c, err := New(DefaultProfiles(), GenericRules())
	if err != nil {
		panic(err) // the built-in rules are tested to compile
	}
	return c
})

// Rule returns the first rule, of any profile or the generic ones, that
// matches line on its own, ignoring rules restricted to the top of a page.
func (c *Classifier) Rule(line string) (Rule, bool) {
	l := c.NewLine(line)
	return c.LineRule(&l)
}

// LineRule is Rule for a prepared line.
func (c *Classifier) LineRule(l *Line) (Rule, bool) {
	c.own(l)
	if l.key == "" {
		return Rule{}, false
	}
	for i := range c.profiles {
		p := &c.profiles[i]
		if r := c.firstOf(l, p.bits, p.rules); r != nil {
			return *r.Rule, true
		}
	}
	if r := c.firstOf(l, c.genericBits, c.generic); r != nil {
		return *r.Rule, true
	}
	return Rule{}, false
}

// own prepares l again if another classifier made it.
func (c *Classifier) own(l *Line) {
	if l.idx != c.index {
		*l = c.NewLine(l.text)
	}
}

// EndMarker reports whether line, on its own, closes an article: a footer,
// a sigle, a credit (rules with Ends set), or a relative date as teaser
// lists show under each entry. It returns the deciding rule's name.
func (c *Classifier) EndMarker(line string) (string, bool) {
	if c.endMaxLen >= 0 && len(line) > 3*c.endMaxLen {
		return "", false // longer than any end marker, even with white space to fold
	}
	l := c.NewLine(line)
	return c.LineEndMarker(&l)
}

// LineEndMarker is EndMarker for a prepared line.
func (c *Classifier) LineEndMarker(l *Line) (string, bool) {
	c.own(l)
	if l.key == "" || c.endMaxLen >= 0 && len(l.key) > c.endMaxLen {
		return "", false
	}
	if r := c.firstEnd(l); r != nil {
		// A rule before it in Rule's order may claim the line first.
		if first, ok := c.LineRule(l); ok && first.Name != r.Name {
			return first.Name, first.Ends
		}
		return r.Name, true
	}
	if d, ok := l.DateLine(); ok && d.Relative {
		if _, ruled := c.LineRule(l); !ruled {
			return RuleDateLine, true
		}
	}
	return "", false
}

// LineStartsPage reports whether a prepared line opens a page: a rule
// with Starts matches it ("Skip to content"), and no rule before it in
// Rule's order claims it.
func (c *Classifier) LineStartsPage(l *Line) bool {
	c.own(l)
	if l.key == "" {
		return false
	}
	for _, r := range c.starts {
		if r.match(l) {
			first, _ := c.LineRule(l)
			return first.Starts
		}
	}
	return false
}

// firstEnd returns the first rule of c.ends that matches l, or nil.
func (c *Classifier) firstEnd(l *Line) *compiledRule {
	if c.endBits.whole {
		return c.index.first(l, c.endBits.mask)
	}
	for _, r := range c.ends {
		if r.match(l) {
			return r
		}
	}
	return nil
}

// dateLineMax is the longest line taken for a date line.
const dateLineMax = 60

// Classify labels each line. Blank lines get Blank; everything no rule
// claims is Body, except the headline (Title) and a standfirst (Teaser).
func (c *Classifier) Classify(lines []string) Result {
	return c.ClassifyRepeats(lines, nil)
}

// ClassifyRepeats is Classify for one page of a dump whose other pages
// were counted in rep: a line that no rule claims and that rep has seen on
// many pages is boilerplate (RuleRepeated). rep may be nil.
func (c *Classifier) ClassifyRepeats(lines []string, rep *Repeats) Result {
	sc := c.getScratch()
	defer c.putScratch(sc)
	sc.lines = sized(sc.lines, len(lines))
	for i, l := range lines {
		sc.lines[i] = c.NewLine(l)
	}
	return c.classifyLines(sc.lines, rep, sc)
}

// ClassifyLines is ClassifyRepeats for prepared lines. It may record in
// them what it finds.
func (c *Classifier) ClassifyLines(ls []Line, rep *Repeats) Result {
	sc := c.getScratch()
	defer c.putScratch(sc)
	return c.classifyLines(ls, rep, sc)
}

// classifyLines is ClassifyLines with the working memory sc.
func (c *Classifier) classifyLines(ls []Line, rep *Repeats, sc *scratch) Result {
	sc.keys = sized(sc.keys, len(ls))
	keys := sc.keys
	labels := make([]Label, len(ls))
	for i := range ls {
		c.own(&ls[i])
		keys[i] = ls[i].key
		if keys[i] == "" {
			labels[i].Kind = Blank
		}
	}
	prof := c.detect(ls)
	var res Result
	var rules []compiledRule
	if prof != nil {
		res.Site = prof.site
		rules = prof.rules
	}
	c.lineRules(ls, labels, prof)
	if rep != nil && rep.Pages() > 0 {
		for i, k := range keys {
			if k != "" && labels[i].Kind == Body && rep.Repeated(k) {
				labels[i] = Label{Kind: Boilerplate, Rule: RuleRepeated}
			}
		}
	}
	markBylineLists(keys, labels)
	markImageAlts(keys, labels)
	markBeforeTitle(ls, labels, rules)
	start := -1
	if !c.noGeneral {
		start = general(ls, keys, labels, sc)
	}
	var title int
	if start >= 0 {
		title = pickTitle(keys, labels, start, sc)
	} else {
		title = findTitle(keys, labels)
	}
	if title >= 0 {
		markDuplicates(keys, labels, title)
		markTeaser(keys, labels, title, start)
	}
	res.Labels = labels
	return res
}

// WithoutGeneral returns a copy of c that labels only what its rules
// recognise: the general classifier, which finds the article's run of
// prose and drops the lines around it, is off.
func (c *Classifier) WithoutGeneral() *Classifier {
	d := *c
	d.noGeneral = true
	return &d
}

// detect returns the first profile with an identifying rule that matches a
// line, or nil.
func (c *Classifier) detect(ls []Line) *compiledProfile {
	for pi := range c.profiles {
		p := &c.profiles[pi]
		for ri := range p.rules {
			r := &p.rules[ri]
			if !r.Identifies {
				continue
			}
			for i := range ls {
				if ls[i].key != "" && r.match(&ls[i]) {
					return p
				}
			}
		}
	}
	return nil
}

// lineRules labels the lines that a rule recognises on their own.
func (c *Classifier) lineRules(ls []Line, labels []Label, prof *compiledProfile) {
	rest := -1
	var restRule string
	for i := range ls {
		l := &ls[i]
		if l.Blank() {
			continue
		}
		if rest >= 0 && endsTeaserList(l) {
			rest = -1 // running text again: the list was a sidebar
		}
		r := c.firstMatch(l, prof)
		if rest >= 0 {
			if r != nil && r.Rest {
				restRule = r.Name // a new list heading starts a new list
			}
			if r == nil || r.Kind == Related {
				labels[i] = Label{Kind: Related, Rule: restRule}
				continue
			}
			rest = -1 // a footer, a form, a promo: the list is over
		}
		if r != nil {
			labels[i] = Label{Kind: r.Kind, Rule: r.Name}
			if r.Rest {
				rest, restRule = i, r.Name
			}
			continue
		}
		if _, ok := l.DateLine(); ok {
			labels[i] = Label{Kind: Dateline, Rule: RuleDateLine}
		}
	}
}

// endsTeaserList reports whether l is a paragraph of running text, which
// no teaser list holds: its summaries are short or cut off with "…".
func endsTeaserList(l *Line) bool {
	if l.WordsUpTo(25) < 25 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(l.key)
	return strings.ContainsRune(".!?“”\"", last) && !strings.HasSuffix(l.key, "...")
}

// firstMatch returns the first rule of the profile, nil for none, or of the
// generic rules, other than those for the area above the headline, that
// matches l.
func (c *Classifier) firstMatch(l *Line, prof *compiledProfile) *compiledRule {
	if prof == nil {
		return c.firstOf(l, c.genericBits, c.generic)
	}
	if prof.bits.whole && c.genericBits.whole {
		return c.index.first(l, prof.bits.mask|c.genericBits.mask) // one look at the line for both lists
	}
	return firstMatch(l, prof.rules, c.generic)
}

// firstOf returns the first rule of rules, whose bits are b, other than
// those for the area above the headline, that matches l.
func (c *Classifier) firstOf(l *Line, b ruleBits, rules []compiledRule) *compiledRule {
	if b.whole {
		return c.index.first(l, b.mask)
	}
	return firstMatch(l, rules)
}

// firstMatch returns the first rule of the lists, other than those for the
// area above the headline, that matches l.
func firstMatch(l *Line, lists ...[]compiledRule) *compiledRule {
	for _, rules := range lists {
		for i := range rules {
			if r := &rules[i]; !r.BeforeTitle && r.match(l) {
				return r
			}
		}
	}
	return nil
}

// markBeforeTitle labels the lines at the top of the page that a profile
// rule for the area above the headline recognises ("X", "Tech").
func markBeforeTitle(ls []Line, labels []Label, profile []compiledRule) {
	for i := range ls {
		if ls[i].key == "" || labels[i].Kind != Body {
			continue
		}
		r := beforeTitleMatch(&ls[i], profile)
		if r == nil {
			return
		}
		labels[i] = Label{Kind: r.Kind, Rule: r.Name}
	}
}

// findTitle labels the headline of a page without a run of prose to go by,
// and the navigation and section lines above it: the first line that could
// be a headline, after single short words. It returns the headline's index
// or -1.
func findTitle(keys []string, labels []Label) int {
	var pre []int // generic pre-title lines
	title := -1
	for i, k := range keys {
		if k == "" || labels[i].Kind != Body {
			continue
		}
		if navLike(k) && hasLater(keys, labels, i) {
			pre = append(pre, i)
			continue
		}
		if titleLike(k) {
			title = i
		}
		break
	}
	if title < 0 && len(pre) > 0 {
		// A one-word headline ("Brexit") above the text.
		title, pre = pre[len(pre)-1], pre[:len(pre)-1]
	}
	if title < 0 {
		return -1
	}
	labels[title] = Label{Kind: Title}
	for n, i := range pre {
		labels[i] = Label{Kind: Navigation, Rule: RulePreTitle}
		if n == len(pre)-1 && letters(keys[i]) >= 2 {
			labels[i] = Label{Kind: Section, Rule: RuleKicker}
		}
	}
	return title
}

func beforeTitleMatch(l *Line, rules []compiledRule) *compiledRule {
	for i := range rules {
		if r := &rules[i]; r.BeforeTitle && r.match(l) {
			return r
		}
	}
	return nil
}

// hasLater reports whether an unlabeled line follows line i.
func hasLater(keys []string, labels []Label, i int) bool {
	for j := i + 1; j < len(keys); j++ {
		if keys[j] != "" && labels[j].Kind == Body {
			return true
		}
	}
	return false
}

// navLike reports whether key is a single short word such as a menu entry
// or a section label.
func navLike(key string) bool {
	return len(key) <= 15 && !strings.ContainsAny(key, " .!?,;:")
}

// titleLike reports whether key could be a headline: short, and not a
// sentence ending in a period.
func titleLike(key string) bool {
	return len(key) <= 250 && wordsUpTo(key, 26) <= 25 && !strings.HasSuffix(key, ".")
}

// countWords counts the words of s, separated by white space.
func countWords(s string) int { return wordsUpTo(s, -1) }

// wordsUpTo counts the words of s like countWords but stops at limit, so that a
// test such as "at most 30 words" does not read a long paragraph to its
// end. A negative limit means none.
func wordsUpTo(s string, limit int) int {
	n, in := 0, false
	for i := 0; i < len(s) && n != limit; {
		c := s[i]
		size := 0 // of the white space at i
		switch {
		case c < utf8.RuneSelf:
			if space.ASCII(c) {
				size = 1
			}
		case c == 0xC2 || c == 0xE1 || c == 0xE2 || c == 0xE3:
			size = space.Len(s[i:])
		}
		if size > 0 {
			in = false
			i += size
			continue
		}
		if !in {
			in = true
			n++
		}
		i++ // a byte of a word, perhaps inside a character
	}
	return n
}

func letters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// nextLine returns the index of the first non-blank line after i, or -1.
func nextLine(keys []string, i int) int {
	for j := i + 1; j < len(keys); j++ {
		if keys[j] != "" {
			return j
		}
	}
	return -1
}

// markDuplicates labels repetitions of the headline right below it.
func markDuplicates(keys []string, labels []Label, title int) {
	for n, j := 0, nextLine(keys, title); n < 2 && j >= 0; n, j = n+1, nextLine(keys, j) {
		if keys[j] == keys[title] && (labels[j].Kind == Body || labels[j].Kind == Boilerplate) {
			labels[j] = Label{Kind: DuplicateTitle, Rule: RuleDuplicateTitle}
		}
	}
}

// markBylineLists labels a "Von" line followed by bulleted names, as heise
// sets its byline; a bullet that credits material is a Credit.
func markBylineLists(keys []string, labels []Label) {
	for i, k := range keys {
		if labels[i].Kind != Body || !bullet.BylineWord(k) || i+1 >= len(keys) || !bullet.Is(keys[i+1]) {
			continue
		}
		labels[i] = Label{Kind: Byline, Rule: RuleBylineList}
		for j := i + 1; j < len(keys) && bullet.Is(keys[j]); j++ {
			kind := Byline
			if isCreditText(bullet.Trim(keys[j])) {
				kind = Credit
			}
			labels[j] = Label{Kind: kind, Rule: RuleBylineList}
		}
	}
}

// isCreditText reports whether s credits material ("mit Material der dpa").
func isCreditText(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "mit material ") || strings.HasPrefix(l, "with material ") ||
		strings.HasPrefix(l, "with reporting ") || strings.HasPrefix(l, "additional reporting ")
}

// markImageAlts labels a short line directly above an image credit as the
// image's alt text or caption.
func markImageAlts(keys []string, labels []Label) {
	for j, k := range keys {
		if k == "" || labels[j].Kind != ImageCredit {
			continue
		}
		i := j - 1
		for i >= 0 && keys[i] == "" {
			i--
		}
		if i < 0 || labels[i].Kind != Body || countWords(keys[i]) > 15 || strings.ContainsAny(keys[i][len(keys[i])-1:], ".!?:") {
			continue
		}
		labels[i] = Label{Kind: Image, Rule: RuleImageAlt}
	}
}

// teaserFollowers are the kinds that end a standfirst block: metadata set
// between the standfirst and the text.
var teaserFollowers = map[Kind]bool{Byline: true, ShareBar: true, ReadingTime: true, Dateline: true}

// markTeaser labels the paragraph under the headline as the standfirst: when
// it stands between the headline and the article's run of prose (start, or
// -1 when unknown), or when metadata such as a byline or a share bar
// separates it from the text that follows.
func markTeaser(keys []string, labels []Label, title, start int) {
	j := nextLine(keys, title)
	for j >= 0 && labels[j].Kind == DuplicateTitle {
		j = nextLine(keys, j)
	}
	if j < 0 || countWords(keys[j]) > 80 {
		return
	}
	if start >= 0 && j < start && (labels[j].Rule == RuleOutside || labels[j].Rule == RuleShortLine) && countWords(keys[j]) >= 6 {
		labels[j] = Label{Kind: Teaser}
		return
	}
	if start >= 0 && j < start {
		if k := leadAfterTitle(keys, labels, j, start); k >= 0 {
			labels[k] = Label{Kind: Teaser}
			return
		}
	}
	if labels[j].Kind != Body {
		return
	}
	k := nextLine(keys, j)
	if k < 0 || !teaserFollowers[labels[k].Kind] {
		return
	}
	for ; k < len(keys); k++ {
		if keys[k] != "" && labels[k].Kind == Body {
			labels[j].Kind = Teaser // text follows the metadata
			return
		}
	}
}

// leadMaxSkip is how many lines of metadata and furniture may stand between
// the headline and its standfirst: a byline, a date, a rating, an image's
// credit, "Anzeige".
const leadMaxSkip = 6

// leadAfterTitle returns the standfirst that stands between the headline
// and the article's run of prose (start) below a few lines of metadata and
// furniture, from line j on, or -1: the first line of a sentence's length
// that ends as a sentence does, holds no furniture word and is no consent
// notice, after lines that a rule took or that are short.
func leadAfterTitle(keys []string, labels []Label, j, start int) int {
	for n := 0; j >= 0 && j < start && n <= leadMaxSkip; j, n = nextLine(keys, j), n+1 {
		k := keys[j]
		switch {
		case labels[j].Kind != Body && labels[j].Kind != Boilerplate:
			continue // a byline, a date, a credit, the reading time
		case labels[j].Rule != RuleOutside && labels[j].Rule != RuleShortLine:
			return -1
		case wordsUpTo(k, 12) >= 12 && strings.ContainsAny(k[len(k)-1:], ".!?") && furnitureWords.first(k) == "" && !isConsentNotice(k):
			return j
		case wordsUpTo(k, 9) > 8:
			return -1 // a long line that is no standfirst
		}
	}
	return -1
}

// DateLine reports whether line is nothing but a date expression, such as
// a dateline or the date under a teaser, and returns it unresolved.
func DateLine(line string) (normalize.Date, bool) {
	l := Line{key: fold(line)}
	return l.DateLine()
}
