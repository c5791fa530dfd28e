package article

import (
	"bytes"
	"encoding/json"
	"io"
	"iter"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"golang.org/x/text/encoding"
	"golang.org/x/text/language"

	"github.com/newsdump/newsdump/boilerplate"
	"github.com/newsdump/newsdump/internal/space"
	"github.com/newsdump/newsdump/normalize"
)

// An htmlPage is an HTML page read into the blocks of its text, in order,
// and its metadata.
type htmlPage struct {
	images  []htmlImage
	links   int // links with an address
	blocks  []htmlBlock
	meta    pageMeta
	main    bool                        // the page marks its article (article, main, articleBody) and blocks say whether they are in it
	size    int64                       // bytes of the page as read
	lines   int                         // lines of the page as read
	base    *url.URL                    // the page's address, against which its links resolve; nil when not known
	site    string                      // the site of the HTML profile that applied, or ""
	kinds   map[string]boilerplate.Kind // the kinds of the profile's rules
	reading string                      // what the second reading decided (see secondReading)
}

// An htmlBlock is the text of one block of a page: a paragraph, heading,
// list item, quotation, table cell or caption.
type htmlBlock struct {
	text    string
	path    string       // where it stands: "body > div#main > article > p"
	heading int          // 1 to 6 for h1 to h6
	links   int          // bytes of its text inside links
	words   int          // words of its text
	drop    string       // the rule of the DOM signal that removes it, or ""
	dropAt  *html.Node   // the element that bears that signal
	main    bool         // inside the page's article
	caption bool         // a figure's caption
	item    bool         // a list item, table cell or definition
	anc     []*html.Node // the elements it stands in, outermost first
	clean   string       // the text cleaned (normalize.Normalizer.Clean); "" for invisible characters only
	comment bool         // in the page's comments, which Reader.Comments keeps
}

// An htmlImage is an image of a page.
type htmlImage struct {
	src, alt, caption string
	block             int    // the index of the block after it
	main              bool   // inside the page's article
	drop              string // the DOM rule of what holds it, or ""
}

// pageMeta is what a page says of itself, each field with where it came
// from.
type pageMeta struct {
	title, siteName, description, lang, canonical, image, section string
	baseHref, host                                                string      // the page's base element's address; the page's host, as well as it is known
	publishedAll, modifiedAll                                     [][2]string // the candidates for the dates: source and text, in order of trust
	shown                                                         []string    // the datetime of the page's time elements, publication first: the zone the page shows
	authors, tags                                                 []string
	from                                                          map[string]string // field to source: "title": "og:title"
}

// readHTML reads an HTML page: it decodes the character set named by a
// byte order mark, the transport's label, a meta tag or the XML
// declaration (see pageEncoding; Windows-1252 and
// ISO-8859-1 among them, with the decoders of golang.org/x/text), parses
// the markup, tolerating broken and cut pages as browsers do, and splits
// the text into blocks.
func readHTML(data []byte, label string, base *url.URL, profiles []boilerplate.HTMLProfile) (*htmlPage, error) {
	e, _ := pageEncoding(data, label)
	decoded := func() io.Reader {
		if e == encoding.Nop {
			return bytes.NewReader(data)
		}
		return e.NewDecoder().Reader(bytes.NewReader(data))
	}
	root, err := html.Parse(decoded())
	if err != nil && strings.Contains(err.Error(), "open stack of elements exceeds") {
		// Nested deeper than the parser goes (512 open elements): a page
		// of unclosed <font> tags, or an attack. Its text is read with
		// the elements below flatDepth left out.
		root, err = html.Parse(flatten(decoded(), flatDepth))
	}
	if err != nil {
		return nil, err
	}
	return readDoc(root, base, profiles), nil
}

// readDoc reads a parsed page, or a part of one, into its blocks and
// metadata; base is the page's address, or nil. The profile among
// profiles of the page's host, if any, marks its article and its rules'
// elements.
func readDoc(root *html.Node, base *url.URL, profiles []boilerplate.HTMLProfile) *htmlPage {
	p := &htmlPage{meta: pageMeta{from: map[string]string{}}, base: base}
	p.readMeta(root)
	w := walker{page: p, size: map[*html.Node]int{}, body: map[*html.Node]bool{}, marked: map[*html.Node]bool{}}
	if prof := profileFor(profiles, p.meta.host); prof != nil {
		p.site = prof.Site
		w.roots, w.rules = profileMarks(prof, root)
		p.kinds = map[string]boilerplate.Kind{}
		for _, r := range prof.Rules {
			p.kinds[r.Name] = r.Kind
		}
	}
	w.total = w.measure(root)
	w.holdBody()
	w.teasers = findTeaserLists(root)
	w.walk(root, walkState{})
	w.flush()
	p.keepSentence()
	for _, b := range p.blocks {
		p.main = p.main || b.main
	}
	return p
}

// flatDepth is how deep flatten keeps elements: well under the parser's
// limit, which counts the elements it opens on its own too.
const flatDepth = 200

// flatten returns the page r with the start and end tags of elements
// deeper than depth left out, and all text and other markup kept. Depth
// is counted by tags as written: void elements and self-closing tags do
// not count.
func flatten(r io.Reader, depth int) io.Reader {
	z := html.NewTokenizer(r)
	var out bytes.Buffer
	d := 0
	broken := false // the last thing written is a break (see flatBreak)
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return &out
		case html.StartTagToken:
			name, _ := z.TagName()
			if voidElements[string(name)] {
				break
			}
			if d++; d > depth {
				broken = flatBreak(&out, name, broken)
				continue
			}
		case html.EndTagToken:
			if d > depth {
				d--
				name, _ := z.TagName()
				broken = flatBreak(&out, name, broken)
				continue
			}
			d = max(d-1, 0) // a stray end tag opens no room
		}
		out.Write(z.Raw())
		broken = false
	}
}

// flatBreak writes, for a block element's tag that flatten leaves out, an
// empty paragraph, so that the blocks before and after it stay apart; one
// for a run of such tags (broken tells that one was written last). It
// reports whether the last thing written is a break.
func flatBreak(out *bytes.Buffer, name []byte, broken bool) bool {
	if !blockTags[atom.Lookup(name)] {
		return broken
	}
	if !broken {
		out.WriteString("<p></p>")
	}
	return true
}

// voidElements are the elements without an end tag.
var voidElements = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true,
	"input": true, "link": true, "meta": true, "source": true, "track": true, "wbr": true,
}

// keepSentence keeps the one paragraph of the article that a navigation
// tag, name or role covers: a menu holds no sentences, so the paragraph is
// text that a layout element wraps (an info bar named "b-breadcrumbs"
// around the headline and the summary). Where a navigation element holds
// several, or a linked heading, it is a teaser and the paragraph its
// excerpt ("ajax-pagination-container").
func (p *htmlPage) keepSentence() {
	sentence := func(b *htmlBlock) bool {
		return b.drop == "html/nav" && b.main && !linky(b) && b.words >= 20
	}
	count := map[*html.Node]int{}
	for i := range p.blocks {
		b := &p.blocks[i]
		switch {
		case b.dropAt == nil:
		case sentence(b):
			count[b.dropAt]++
		case b.heading > 0 && b.links > 0:
			count[b.dropAt] += 2
		}
	}
	for i := range p.blocks {
		if b := &p.blocks[i]; sentence(b) && count[b.dropAt] == 1 {
			b.drop, b.dropAt = "", nil
		}
	}
}

// Tags whose content is no text of the page.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Svg: true,
	atom.Head: true, atom.Iframe: true, atom.Object: true, atom.Canvas: true, atom.Select: true,
	atom.Textarea: true, atom.Button: true, atom.Input: true, atom.Math: true,
}

// Tags that start and end a block of text.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Li: true, atom.Blockquote: true, atom.Pre: true, atom.Td: true, atom.Th: true, atom.Dt: true,
	atom.Dd: true, atom.Figcaption: true, atom.Caption: true, atom.Div: true, atom.Section: true,
	atom.Article: true, atom.Main: true, atom.Header: true, atom.Footer: true, atom.Nav: true,
	atom.Aside: true, atom.Ul: true, atom.Ol: true, atom.Table: true, atom.Tr: true, atom.Hr: true,
	atom.Form: true, atom.Figure: true, atom.Address: true, atom.Body: true, atom.Dl: true,
	atom.Fieldset: true, atom.Summary: true, atom.Details: true,
}

// dropTags remove what they hold, with a rule each.
var dropTags = map[atom.Atom]string{
	atom.Nav: "html/nav", atom.Footer: "html/footer", atom.Aside: "html/aside", atom.Form: "html/form",
}

// dropWords are the words of class and id names that mark page furniture,
// with the rule that removes what they hold. A name matches when it holds
// the word as a part between hyphens, underscores or dots; the words of
// the author's box also as a word of such a part in camel case.
var dropWords = []struct{ word, rule string }{
	{"nav", "html/nav"}, {"navigation", "html/nav"}, {"menu", "html/nav"}, {"breadcrumb", "html/nav"},
	{"breadcrumbs", "html/nav"}, {"pagination", "html/nav"}, {"footer", "html/footer"},
	{"sidebar", "html/aside"}, {"widget", "html/aside"}, {"comment", "html/comments"},
	{"comments", "html/comments"}, {"share", "html/share"}, {"sharing", "html/share"},
	{"social", "html/share"}, {"related", "html/related"},
	{"recommended", "html/related"}, {"cookie", "html/consent"}, {"consent", "html/consent"},
	{"gdpr", "html/consent"}, {"newsletter", "html/newsletter"}, {"subscribe", "html/newsletter"},
	{"ad", "html/ad"}, {"ads", "html/ad"}, {"advert", "html/ad"}, {"advertisement", "html/ad"},
	{"banner", "html/ad"}, {"promo", "html/ad"}, {"sponsored", "html/ad"}, {"popup", "html/ad"},
	{"modal", "html/ad"}, {"login", "html/form"}, {"signup", "html/form"}, {"skip", "html/nav"},
	{"author", "html/author"}, {"autor", "html/author"}, {"authors", "html/author"},
	{"abo", "html/newsletter"}, {"subscription", "html/newsletter"}, {"paywall", "html/newsletter"},
	{"newsletterbox", "html/newsletter"}, {"donate", "html/ad"}, {"donation", "html/ad"}, {"cta", "html/ad"},
	{"affiliate", "html/ad"}, {"bio", "html/author"}, {"biography", "html/author"}, {"byline", "html/author"},
}

// camelAuthorWords are the words of dropWords that mark the author's box
// also as a word of a name in camel case ("authorInfo", "bottomByline").
var camelAuthorWords = map[string]bool{"author": true, "autor": true, "authors": true, "bio": true, "biography": true, "byline": true}

// mainWords are the words of class and id names that mark the article's
// text.
var mainWords = map[string]bool{
	"articlebody": true, "article-body": true, "article__body": true, "post-content": true,
	"entry-content": true, "story-body": true, "article-content": true, "content-body": true,
	"post-body": true, "article-text": true, "story-content": true,
}

// A walkState is what the ancestors of a node say of it.
type walkState struct {
	path    string
	drop    string
	dropAt  *html.Node
	main    bool
	link    bool
	caption bool
	item    bool
	h       int
	anc     []*html.Node
}

// A walker gathers the blocks of a page.
type walker struct {
	figures []int // for each figure being walked, the index of its first image
	page    *htmlPage
	buf     strings.Builder
	links   int
	st      walkState                            // of the block being gathered
	size    map[*html.Node]int                   // bytes of text outside links under the elements that have attributes
	marks   []*html.Node                         // the elements that bear a mark of the article's text, in order
	marked  map[*html.Node]bool                  // the same as a set
	body    map[*html.Node]bool                  // the elements that hold one of them (see holdBody)
	total   int                                  // bytes of text of the page
	teasers map[*html.Node]bool                  // the items of teaser lists (see findTeaserLists)
	roots   map[*html.Node]bool                  // the elements a site's profile takes for the article's
	rules   map[*html.Node]*boilerplate.HTMLRule // the elements a rule of the profile selects
}

// measure records the bytes of text outside links under each element with
// attributes or a tag of furniture, and returns those under n: the text a
// menu of links holds counts for nothing, the text of an article for all.
// It also records the elements that bear a mark of the article's text
// (bodyMark).
func (w *walker) measure(n *html.Node) int {
	if n.Type == html.TextNode {
		return len(strings.TrimSpace(n.Data))
	}
	if n.Type == html.ElementNode && (skipped[n.DataAtom] || hidden(n)) {
		return 0
	}
	size := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		size += w.measure(c)
	}
	if n.Type != html.ElementNode {
		return size
	}
	if n.DataAtom == atom.A {
		return 0
	}
	if len(n.Attr) > 0 || dropTags[n.DataAtom] != "" {
		w.size[n] = size
		if bodyMark(n) || w.roots[n] {
			w.marks = append(w.marks, n)
			w.marked[n] = true
		}
	}
	return size
}

// holdBody records the elements that hold the mark of the article's text,
// where one mark holds at least two thirds of the text of all marks (the
// outermost, as marks nest): the post in a Blogger page, whose every part
// is a "widget". Where several marks share the text, they are those of
// teaser cards, and protect nothing.
func (w *walker) holdBody() {
	var best *html.Node
	sum := 0
outer:
	for _, m := range w.marks {
		for n := m.Parent; n != nil; n = n.Parent {
			if w.marked[n] {
				continue outer
			}
		}
		sum += w.size[m]
		if best == nil || w.size[m] > w.size[best] {
			best = m
		}
	}
	if best == nil || w.size[best]*3 < sum*2 {
		return
	}
	for n := best.Parent; n != nil; n = n.Parent {
		w.body[n] = true
	}
}

// bodyMark reports whether an element says it holds the article's text:
// itemprop=articleBody, or a class or id such as "article-body" or
// "post-body-4900".
func bodyMark(n *html.Node) bool {
	return attr(n, "itemprop") == "articleBody" || mainName(attr(n, "id")) || mainName(attr(n, "class"))
}

// image records an image: its address, alt text and where it stands.
func (w *walker) image(n *html.Node, st walkState) {
	src := attr(n, "src")
	if src == "" || strings.HasPrefix(src, "data:") {
		src = attr(n, "data-src")
	}
	w.page.images = append(w.page.images, htmlImage{
		src: src, alt: space.Trim(attr(n, "alt")), block: len(w.page.blocks), main: st.main, drop: st.drop,
	})
}

// flush ends the block being gathered.
func (w *walker) flush() {
	text := space.Trim(w.buf.String())
	w.buf.Reset()
	if text != "" && w.st.caption {
		// A figure's caption belongs to the figure's last image.
		if k := len(w.figures); k > 0 && len(w.page.images) > w.figures[k-1] {
			w.page.images[len(w.page.images)-1].caption = text
		}
	}
	if text != "" {
		w.page.blocks = append(w.page.blocks, htmlBlock{text: text, words: countFields(text), path: w.st.path, heading: w.st.h, links: w.links, drop: w.st.drop, dropAt: w.st.dropAt, main: w.st.main, caption: w.st.caption, item: w.st.item, anc: w.st.anc})
	}
	w.links = 0
}

func (w *walker) walk(n *html.Node, st walkState) {
	switch n.Type {
	case html.TextNode:
		if w.buf.Len() == 0 {
			w.st = st
		}
		w.buf.WriteString(n.Data)
		if st.link {
			w.links += len(strings.TrimSpace(n.Data))
		}
		return
	case html.ElementNode:
		if skipped[n.DataAtom] || hidden(n) {
			return
		}
		if n.DataAtom == atom.A && st.h > 0 && permalink(n) {
			return // "¶" after a heading, the link to itself
		}
		st = w.enter(n, st)
		switch n.DataAtom {
		case atom.Img:
			w.image(n, st)
		case atom.A:
			if attr(n, "href") != "" {
				w.page.links++
			}
		case atom.Figure:
			w.figures = append(w.figures, len(w.page.images))
			defer func() { w.figures = w.figures[:len(w.figures)-1] }()
		}
	case html.DocumentNode:
	default:
		return
	}
	block := n.Type == html.ElementNode && blockTags[n.DataAtom]
	if block {
		w.flush()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.Br {
			w.buf.WriteByte(' ')
			continue
		}
		if st.h > 0 && c.Type == html.ElementNode && c.PrevSibling != nil && c.PrevSibling.Type == html.ElementNode && w.buf.Len() > 0 {
			// The parts of a headline set apart by style alone, a kicker
			// and the headline in spans of their own, are words apart.
			w.buf.WriteByte(' ')
		}
		w.walk(c, st)
	}
	if block {
		w.flush()
	}
}

// enter returns the state of the children of the element n.
func (w *walker) enter(n *html.Node, st walkState) walkState {
	name := n.Data
	id, class := attr(n, "id"), attr(n, "class")
	if id != "" {
		name += "#" + id
	} else if f := strings.Fields(class); len(f) > 0 {
		name += "." + f[0]
	}
	if blockTags[n.DataAtom] {
		st.anc = append(st.anc[:len(st.anc):len(st.anc)], n) // a copy: siblings must not share it
	}
	if st.path == "" {
		st.path = name
	} else if blockTags[n.DataAtom] || n.DataAtom == atom.A {
		st.path += " > " + name
	}
	switch n.DataAtom {
	case atom.Article, atom.Main:
		st.main = true
	case atom.A:
		st.link = true
	case atom.Figcaption:
		st.caption = true
	case atom.Li, atom.Td, atom.Th, atom.Dd, atom.Dt:
		st.item = true
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		st.h = int(n.Data[1] - '0')
	}
	if !st.caption && class != "" && captionName(class) && w.size[n] < 240 {
		st.caption = true // a caption is a line or two; a card's "caption" may hold its summary
	}
	if w.marked[n] {
		st.main = true
	}
	// A tag, name or role marks furniture only on what holds a small part
	// of the page and not the mark of the article's text: "has-sidebar" on
	// a wrapper of the whole page, the form of an ASP.NET page, an aside
	// that holds the article, or Blogger's "widget Blog" around the post
	// say nothing of their text.
	if r := w.rules[n]; st.drop == "" && r != nil {
		st.drop, st.dropAt = r.Name, n // the site's own rule first
	}
	if st.drop == "" && w.teasers[n] {
		st.drop, st.dropAt = RuleTeaserList, n
	}
	if st.drop == "" && w.size[n]*3 < w.total && !w.body[n] {
		if rule, ok := dropTags[n.DataAtom]; ok && !(n.DataAtom == atom.Footer && st.main) {
			st.drop = rule
		} else if rule := dropName(nameOf(id) + " " + class); rule != "" && containerTag(n.DataAtom) {
			st.drop = rule
		} else if role := attr(n, "role"); role == "navigation" || role == "contentinfo" || role == "banner" || role == "complementary" {
			st.drop = "html/nav"
		}
		if st.drop != "" {
			st.dropAt = n
		}
	}
	return st
}

// captionName reports whether a class names a picture's caption:
// "wp-caption-text", "figure__caption", "media__caption", "bildunterschrift".
func captionName(class string) bool {
	if !strings.Contains(class, "aption") && !strings.Contains(class, "APTION") && !strings.Contains(class, "nterschrift") {
		return false // the names to come all hold one of these
	}
	for f := range strings.FieldsSeq(class) {
		for part := range strings.FieldsFuncSeq(strings.ToLower(f), func(r rune) bool { return r == '-' || r == '_' || r == '.' }) {
			switch part {
			case "caption", "figcaption", "bildunterschrift", "imagecaption", "photocaption":
				return true
			}
		}
	}
	return false
}

// permalink reports whether a link in a heading is the heading's link to
// itself: its whole text a mark such as "¶", "#" or "§".
func permalink(n *html.Node) bool {
	var text strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.TextNode {
			return false
		}
		text.WriteString(c.Data)
	}
	switch strings.TrimSpace(text.String()) {
	case "¶", "#", "§", "🔗", "⚓", "#️⃣":
		return true
	}
	return false
}

// nameOf returns an element's id as a name of what it is, or "" where
// it is the slug of a heading's words ("sharing-with-a-single-developer",
// "die-zukunft-der-stadt"), which names the text, not the element.
func nameOf(id string) string {
	parts := strings.FieldsFunc(id, func(r rune) bool { return r == '-' || r == '_' })
	if len(parts) < 4 {
		return id
	}
	for _, p := range parts {
		if slugWords[strings.ToLower(p)] {
			return ""
		}
	}
	return id
}

// slugWords are the small words of a sentence that a name of an element
// does not hold but the slug of a heading does.
var slugWords = map[string]bool{
	"a": true, "an": true, "the": true, "with": true, "of": true, "to": true, "in": true, "and": true,
	"for": true, "on": true, "is": true, "how": true, "what": true, "der": true, "die": true, "das": true,
	"und": true, "mit": true, "von": true, "zu": true, "im": true, "für": true, "fuer": true, "ist": true, "wie": true,
}

// containerTag reports whether class and id names on an element of this
// kind may mark furniture: not on html or body, which hold the whole page,
// nor on headings and paragraphs, whose names are anchors and styles
// ("nav_schredder" for a heading linked from a table of contents).
func containerTag(a atom.Atom) bool {
	switch a {
	case atom.Html, atom.Body, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.P:
		return false
	}
	return true
}

// hidden reports whether an element is not shown: the hidden attribute,
// aria-hidden, or display:none in its style.
func hidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if a.Val == "true" {
				return true
			}
		case "style":
			s := strings.ReplaceAll(strings.ToLower(a.Val), " ", "")
			if strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden") {
				return true
			}
		}
	}
	return false
}

// attr returns the value of an attribute, "" where there is none.
func attr(n *html.Node, key string) string {
	v, _ := attrOK(n, key)
	return v
}

// mainName reports whether a class or id list names the article's text.
func mainName(names string) bool {
	for f := range strings.FieldsSeq(names) {
		k := strings.TrimRight(strings.TrimRight(f, "0123456789"), "-_") // "post-body-490021973046048304" as Blogger numbers its posts
		if mainWords[k] || strings.ContainsFunc(k, unicode.IsUpper) && mainWords[strings.ToLower(k)] {
			return true
		}
	}
	return false
}

// dropName returns the rule for class and id names that mark furniture, or
// "".
func dropName(names string) string {
	for f := range strings.FieldsSeq(names) {
		for part := range strings.FieldsFuncSeq(f, func(r rune) bool { return r == '-' || r == '_' || r == '.' }) {
			for _, d := range dropWords {
				if strings.EqualFold(part, d.word) {
					return d.rule
				}
			}
			if l := strings.ToLower(part); len(l) > 7 && (strings.HasPrefix(l, "related") || strings.HasPrefix(l, "recommend")) {
				return "html/related" // "relatedlinks", "relatedArticles", "recommendations"
			}
			for word := range camelWords(part) {
				// "authorInfo" holds "author"; other words in camel case
				// are often a block's modifiers ("intro__socialSharing"
				// on a headline's box), which say nothing of its text.
				if camelAuthorWords[strings.ToLower(word)] {
					return "html/author"
				}
			}
		}
	}
	return ""
}

// readMeta reads the page's metadata from its meta tags, JSON-LD, title
// and html element, in that order of trust for each field.
func (p *htmlPage) readMeta(root *html.Node) {
	m := &p.meta
	metas := map[string]string{}
	var ld []any
	var titleTag string
	var byline string   // the text of the first element that says it names the author
	var dateText string // the text of the first element whose class names a date
	var visit func(n *html.Node)
	var absolute []string // the absolute links, for the page's own host where nothing names it
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.A:
				if h := attr(n, "href"); strings.HasPrefix(h, "http://") || strings.HasPrefix(h, "https://") {
					absolute = append(absolute, h)
				}
			case atom.Base:
				if h := attr(n, "href"); m.baseHref == "" {
					m.baseHref = h
				}
			case atom.Html:
				if l := attr(n, "lang"); l != "" {
					m.lang, m.from["language"] = l, "html lang"
				}
			case atom.Meta:
				key := strings.ToLower(attr(n, "property"))
				if key == "" {
					key = strings.ToLower(attr(n, "name"))
				}
				if key == "" {
					key = strings.ToLower(attr(n, "itemprop"))
				}
				if v := strings.TrimSpace(attr(n, "content")); key != "" && v != "" {
					if _, seen := metas[key]; !seen {
						metas[key] = v
					}
					if key == "article:author" || key == "author" || key == "dc.creator" {
						metas[key+"#all"] += v + "\x00"
					}
					if key == "article:tag" {
						m.tags = append(m.tags, v)
					}
				}
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") && m.canonical == "" {
					m.canonical, m.from["canonical"] = attr(n, "href"), "link canonical"
				}
			case atom.Title:
				if titleTag == "" && n.FirstChild != nil {
					titleTag = strings.TrimSpace(n.FirstChild.Data)
				}
			case atom.Time:
				// <time datetime>: one that says it is the publication
				// date first, else the first of the page.
				// Without a datetime attribute, its text ("Published on
				// August 19, 2019").
				dt := strings.TrimSpace(attr(n, "datetime"))
				if dt == "" {
					if dt = textOf(n); len(dt) > 120 {
						dt = ""
					}
				}
				if dt != "" {
					if _, ok := metas["time#published"]; !ok && timePublished(n) {
						metas["time#published"] = dt
					}
					if _, ok := metas["time#first"]; !ok {
						metas["time#first"] = dt
					}
				}
			case atom.Script:
				if n.FirstChild != nil && isLDScript(attr(n, "type"), n.FirstChild.Data) {
					if v, ok := decodeLD(n.FirstChild.Data); ok {
						ld = append(ld, v)
					}
				} else if n.FirstChild != nil && metas["state#published"] == "" {
					// The state of a script application: "publishedDate":
					// "2016-11-04T20:37:27Z".
					// One date only: a list of items with dates each (the
					// sources an article cites) gives none.
					sms := stateDateRe.FindAllStringSubmatch(n.FirstChild.Data, 16)
					if len(sms) > 0 && !slices.ContainsFunc(sms, func(sm []string) bool { return sm[1] != sms[0][1] }) {
						metas["state#published"] = sms[0][1]
					}
				}
			}
			if metas["data#published"] == "" {
				for _, a := range n.Attr {
					if dataDateAttrs[a.Key] && strings.TrimSpace(a.Val) != "" {
						metas["data#published"] = strings.TrimSpace(a.Val)
						break
					}
				}
			}
		}
		if n.Type == html.ElementNode && dateText == "" && isDateElement(n) {
			if t := textOf(n); len(t) <= 120 {
				dateText = t
			}
		}
		if n.Type == html.ElementNode && byline == "" && isByline(n) {
			if t := textOf(n); t != "" && len(t) <= 120 {
				byline = t
			}
		}
		if n.Type == html.ElementNode && n.DataAtom != atom.Meta {
			if prop := attr(n, "itemprop"); prop == "datePublished" || prop == "dateModified" {
				v := attr(n, "content")
				if v == "" {
					v = attr(n, "datetime")
				}
				if key := "itemprop#" + strings.ToLower(prop); v != "" && metas[key] == "" {
					metas[key] = strings.TrimSpace(v)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(root)
	art := findArticle(ld)
	page := findDated(ld) // a WebPage or VideoObject with a date, where the article has none
	set := func(field *string, name string, candidates ...[2]string) {
		for _, c := range candidates {
			if c[1] != "" && *field == "" {
				*field, m.from[name] = strings.TrimSpace(c[1]), c[0]
			}
		}
	}
	set(&m.title, "title", [2]string{"json-ld headline", str(art["headline"])}, [2]string{"og:title", metas["og:title"]},
		[2]string{"twitter:title", metas["twitter:title"]}, [2]string{"dc.title", metas["dc.title"]})
	set(&m.siteName, "site_name", [2]string{"og:site_name", metas["og:site_name"]}, [2]string{"json-ld publisher", str(object(art["publisher"])["name"])},
		[2]string{"application-name", metas["application-name"]})
	if m.title == "" && titleTag != "" {
		m.title, m.from["title"] = stripSiteName(titleTag, m.siteName), "title"
	}
	set(&m.description, "description", [2]string{"json-ld description", str(art["description"])},
		[2]string{"og:description", metas["og:description"]}, [2]string{"description", metas["description"]})
	m.publishedAll = [][2]string{{"json-ld datePublished", str(art["datePublished"])},
		{"article:published_time", metas["article:published_time"]}, {"og:published_time", metas["og:published_time"]},
		{"datepublished", metas["datepublished"]}, {"date", metas["date"]},
		{"dc.date.issued", metas["dc.date.issued"]}, {"dc.date", metas["dc.date"]},
		{"publish-date", metas["publish-date"]}, {"pubdate", metas["pubdate"]},
		{"parsely-pub-date", metas["parsely-pub-date"]}, {"sailthru.date", metas["sailthru.date"]},
		{"itemprop datePublished", metas["itemprop#datepublished"]}, {"url", urlDate(m.canonical, metas["og:url"], p.baseString())}, {"time published", metas["time#published"]},
		{"json-ld " + str(page["@type"]) + " datePublished", str(page["datePublished"])},
		{"json-ld " + str(page["@type"]) + " uploadDate", str(page["uploadDate"])}, {"uploadDate", metas["uploaddate"]},
		{"script state", metas["state#published"]},
		{"time", metas["time#first"]},
		{"data attribute", metas["data#published"]}, {"date element", dateText},
		{"title", titleTag}}
	for _, k := range []string{"time#published", "time#first"} {
		if v := metas[k]; v != "" {
			m.shown = append(m.shown, v)
		}
	}
	m.modifiedAll = [][2]string{{"json-ld dateModified", str(art["dateModified"])},
		{"article:modified_time", metas["article:modified_time"]}, {"og:updated_time", metas["og:updated_time"]},
		{"datemodified", metas["datemodified"]}, {"last-modified", metas["last-modified"]},
		{"itemprop dateModified", metas["itemprop#datemodified"]}}
	set(&m.section, "section", [2]string{"json-ld articleSection", str(art["articleSection"])}, [2]string{"article:section", metas["article:section"]})
	set(&m.image, "image", [2]string{"json-ld image", imageURL(art["image"])}, [2]string{"og:image", metas["og:image"]})
	set(&m.lang, "language", [2]string{"json-ld inLanguage", str(art["inLanguage"])}, [2]string{"og:locale", metas["og:locale"]})
	set(&m.canonical, "canonical", [2]string{"og:url", metas["og:url"]})
	// The page's host: from its address, canonical address or og:url,
	// else its base element, else the host most of its absolute links go
	// to, where that is at least a third of them (a saved page links home).
	for _, u := range []string{p.baseString(), m.canonical, metas["og:url"], m.baseHref} {
		if m.host = hostOf(u); m.host != "" {
			break
		}
	}
	if m.host == "" && len(absolute) > 0 {
		hosts := map[string]int{}
		best := ""
		for _, h := range absolute {
			h = strings.TrimPrefix(hostOf(h), "www.")
			if hosts[h]++; hosts[h] > hosts[best] || hosts[h] == hosts[best] && h < best {
				best = h
			}
		}
		if best != "" && hosts[best]*3 >= len(absolute) {
			m.host = best
		}
	}
	if m.from["title"] != "title" {
		// A title of the metadata may carry the site's name as the page
		// title does: "Headline | Site", "Headline - site.de".
		m.title = trimSiteName(m.title, titleTag, m.siteName, m.host)
	}
	if names := authorNames(art["author"]); len(names) > 0 {
		m.authors, m.from["authors"] = names, "json-ld author"
	} else {
		for _, key := range []string{"article:author", "author", "dc.creator"} {
			if v := metas[key+"#all"]; v != "" && !strings.HasPrefix(v, "http") {
				m.authors, m.from["authors"] = strings.Split(strings.TrimSuffix(v, "\x00"), "\x00"), key
				break
			}
		}
	}
	if len(m.authors) == 0 && byline != "" {
		for _, a := range parseByline(byline) {
			m.authors = append(m.authors, a.Name)
		}
		if len(m.authors) > 0 {
			m.from["authors"] = "byline element"
		}
	}
}

// isDateElement reports whether an element's class, id or test id names
// the date it shows ("date", "meta__date", "post-date", "newsitem-time",
// "datum", "articleCreationDate", "article-details-date").
func isDateElement(n *html.Node) bool {
	for _, key := range [...]string{"class", "id", "data-testid"} {
		for f := range strings.FieldsSeq(attr(n, key)) {
			for part := range strings.FieldsFuncSeq(f, func(r rune) bool { return r == '-' || r == '_' }) {
				for w := range camelWords(part) {
					for _, d := range [...]string{"date", "datum", "pubdate", "published", "dateline", "time"} {
						if strings.EqualFold(w, d) {
							return true
						}
					}
				}
			}
		}
	}
	return false
}

// camelWords yields the words of a name split at its inner capitals:
// "articleCreationDate" gives article, Creation and Date. A run of
// capitals stays one word.
func camelWords(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		start := 0
		for i := 1; i < len(s); i++ {
			if 'A' <= s[i] && s[i] <= 'Z' && 'a' <= s[i-1] && s[i-1] <= 'z' {
				if !yield(s[start:i]) {
					return
				}
				start = i
			}
		}
		yield(s[start:])
	}
}

// isByline reports whether an element says it names the article's
// author: rel=author, itemprop=author, or a class such as "author",
// "byline" or "author-name".
func isByline(n *html.Node) bool {
	if attr(n, "rel") == "author" || attr(n, "itemprop") == "author" {
		return true
	}
	for c := range strings.FieldsSeq(attr(n, "class")) {
		for _, b := range [...]string{"author", "byline", "author-name", "authorname", "post-author", "entry-author", "article-author", "author__name", "byline__author"} {
			if strings.EqualFold(c, b) {
				return true
			}
		}
	}
	return false
}

// textOf returns the text under n, scripts and styles left out, white
// space folded to single spaces.
func textOf(n *html.Node) string {
	var b strings.Builder
	var visit func(*html.Node)
	visit = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			b.WriteString(n.Data)
			b.WriteByte(' ')
		case n.Type == html.ElementNode && skipped[n.DataAtom]:
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(n)
	return strings.Join(strings.Fields(b.String()), " ")
}

// timePublished reports whether a <time> element says it is the
// publication date: the pubdate attribute, or a class or itemprop naming
// it.
func timePublished(n *html.Node) bool {
	if _, ok := attrOK(n, "pubdate"); ok {
		return true
	}
	s := strings.ToLower(attr(n, "class") + " " + attr(n, "itemprop"))
	return strings.Contains(s, "publish") || strings.Contains(s, "entry-date") || strings.Contains(s, "post-date")
}

// attrOK returns the value of an attribute and whether the element has
// it.
func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// urlDate reads a date from the path of a page's address, as news sites
// write it ("/2019/10/19/", "/2019-10-19/"), as YYYY-MM-DD, or "".
func urlDate(urls ...string) string {
	for _, u := range urls {
		if m := urlDateRe.FindStringSubmatch(u); m != nil {
			return m[1] + "-" + m[2] + "-" + m[3]
		}
	}
	return ""
}

// urlDateRe matches a date in the path of an address.
var urlDateRe = regexp.MustCompile(`/((?:19|20)\d\d)[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:/|-|$)`)

// findArticle returns the first JSON-LD object of an article type
// (NewsArticle, Article, BlogPosting, ...), looking into arrays and @graph.
func findArticle(vs []any) map[string]any {
	return findLD(vs, func(x map[string]any) bool { return isArticleType(x["@type"]) })
}

// findDated returns the first JSON-LD object of any type that gives a
// date of publication or upload (a WebPage, a VideoObject), or nil.
func findDated(vs []any) map[string]any {
	return findLD(vs, func(x map[string]any) bool {
		return str(x["datePublished"]) != "" || str(x["uploadDate"]) != ""
	})
}

// findLD returns the first JSON-LD object that is wanted, looking into
// arrays, @graph, mainEntity and video, or nil.
func findLD(vs []any, wanted func(map[string]any) bool) map[string]any {
	var found map[string]any
	var look func(v any)
	look = func(v any) {
		if found != nil {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				look(e)
			}
		case map[string]any:
			if wanted(x) {
				found = x
				return
			}
			look(x["@graph"])
			look(x["mainEntity"])
			look(x["video"])
		}
	}
	for _, v := range vs {
		look(v)
	}
	return found
}

func isArticleType(t any) bool {
	switch x := t.(type) {
	case string:
		return strings.HasSuffix(x, "Article") || x == "BlogPosting" || x == "Report" || x == "NewsArticle"
	case []any:
		for _, e := range x {
			if isArticleType(e) {
				return true
			}
		}
	}
	return false
}

func str(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case []any:
		if len(x) > 0 {
			return str(x[0])
		}
	}
	return ""
}

func object(v any) map[string]any {
	switch x := v.(type) {
	case map[string]any:
		return x
	case []any:
		if len(x) > 0 {
			return object(x[0])
		}
	}
	return nil
}

func imageURL(v any) string {
	if s := str(v); s != "" {
		return s
	}
	return str(object(v)["url"])
}

// authorNames returns the names of a JSON-LD author: a string, an object
// with a name, or a list of either.
func authorNames(v any) []string {
	var out []string
	switch x := v.(type) {
	case string:
		if x != "" && !strings.HasPrefix(x, "http") {
			out = append(out, x)
		}
	case map[string]any:
		if n := str(x["name"]); n != "" {
			out = append(out, n)
		}
	case []any:
		for _, e := range x {
			out = append(out, authorNames(e)...)
		}
	}
	return out
}

// RuleTitleFromMetadata is the rule of a page's headline that gave way to
// the title of the page's metadata, which differs from it.
const RuleTitleFromMetadata = "html/title-from-metadata"

// headingTitle moves the headline to the page's h1 where the classifier
// took a block that is no heading for it and an h1 follows within three
// blocks: a topline in an element of its own above the headline. The
// block it took, if a few words that end no sentence, is the kicker.
func (p *htmlPage) headingTitle(labels []boilerplate.Label) {
	t := slices.IndexFunc(labels, func(l boilerplate.Label) bool { return l.Kind == boilerplate.Title })
	if t < 0 {
		return
	}
	if p.blocks[t].heading != 0 {
		// A few words right above the headline, in the element that
		// holds it, that the classifier removed for where they stand:
		// the topline.
		k := t - 1
		for k >= 0 && p.blocks[k].clean == "" {
			k--
		}
		if k >= 0 && regionRules[labels[k].Rule] && p.kicker(k, t) {
			labels[k] = boilerplate.Label{Kind: boilerplate.Section, Rule: boilerplate.RuleKicker}
		}
		return
	}
	defer func() {
		// A block of prose, no heading, is no headline, whatever else the
		// page lacks: a page of one paragraph.
		if b := &p.blocks[t]; labels[t].Kind == boilerplate.Title && b.words >= 12 && (endsSentence(b.text) || strings.Contains(b.text, ". ")) {
			labels[t] = boilerplate.Label{}
		}
	}()
	for j, seen := t+1, 0; j < len(labels) && seen < 3; j++ {
		b := &p.blocks[j]
		if b.clean == "" {
			continue
		}
		seen++
		if b.heading == 1 && b.drop == "" && b.words >= 2 && !linky(b) {
			labels[j] = boilerplate.Label{Kind: boilerplate.Title}
			if p.kicker(t, j) {
				labels[t] = boilerplate.Label{Kind: boilerplate.Section, Rule: boilerplate.RuleKicker}
			} else {
				labels[t] = boilerplate.Label{}
			}
			return
		}
	}
}

// kicker reports whether block k, above the headline at t, may be its
// kicker: a few words, no sentence, no link, in the element that holds the
// headline.
func (p *htmlPage) kicker(k, t int) bool {
	b, h := &p.blocks[k], &p.blocks[t]
	if b.words > 6 || endsSentence(b.text) || b.links > 0 || b.heading > 0 || len(b.anc) == 0 || len(h.anc) == 0 {
		return false
	}
	return slices.Contains(h.anc, b.anc[len(b.anc)-1])
}

// headlineFirst reports whether the headline the classifier found in the
// page's text, the block at index i, is to be the article's title rather
// than meta, the title of the page's metadata: it is the same but for
// case and spaces, meta holds it with more (the site's name, a kicker),
// or it is the page's h1, the headline a reader sees.
func (p *htmlPage) headlineFirst(headline, meta string, i int) bool {
	h, m := strings.ToLower(strings.Join(strings.Fields(headline), " ")), strings.ToLower(strings.Join(strings.Fields(meta), " "))
	switch {
	case h == "":
		return false
	case h == m, utf8.RuneCountInString(h) >= 8 && strings.Contains(m, h):
		return true
	}
	return p.blocks[i].heading == 1
}

// titleSeparators are what sites set between a headline and their name.
var titleSeparators = []string{" | ", " – ", " — ", " - ", " :: ", " · ", " » ", " : ", " / "}

// trimSiteName removes the site's name from the start or end of a title
// of the metadata: a part after the last separator (or before the first)
// that names the site, its host, or that the page's <title> ends (or
// starts) with too. A separator left dangling at the end goes. A title
// without such a part is returned as it is.
func trimSiteName(title, titleTag, site, host string) string {
	title = strings.TrimSpace(title)
	names := []string{foldName(site)}
	for label := range strings.SplitSeq(host, ".") {
		if len(label) >= 5 && label != "www" {
			names = append(names, foldName(label))
		}
	}
	named := func(part string, whole bool) bool {
		p := foldName(part)
		for _, n := range names {
			if len(n) >= 4 && (p == n || !whole && strings.Contains(p, n)) {
				return true
			}
		}
		return false
	}
	for _, sep := range titleSeparators {
		if i := strings.LastIndex(title, sep); i > 0 {
			last := title[i+len(sep):]
			if named(last, false) || titleTag != title && strings.HasSuffix(titleTag, sep+last) && countFields(last) <= 6 {
				title = strings.TrimSpace(title[:i])
				break
			}
		}
		if i := strings.Index(title, sep); i > 0 {
			if first := title[:i]; named(first, true) {
				title = strings.TrimSpace(title[i+len(sep):])
				break
			}
		}
	}
	return strings.TrimRight(title, " -|–—:·»/")
}

// foldName returns a name as trimSiteName compares it: in lower case, the
// German letters spelt out as hosts spell them, only letters and digits.
func foldName(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case r == 'ä':
			b.WriteString("ae")
		case r == 'ö':
			b.WriteString("oe")
		case r == 'ü':
			b.WriteString("ue")
		case r == 'ß':
			b.WriteString("ss")
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		}
	}
	return b.String()
}

// hostOf returns the host of an address, without a port; "" for none.
func hostOf(address string) string {
	if address == "" {
		return "" // no address, nothing to parse
	}
	u, err := url.Parse(strings.TrimSpace(address))
	if err != nil {
		return ""
	}
	return strings.ToLower(u.Hostname())
}

// stripSiteName removes the site's name from a page title: "Headline |
// Site", "Site - Headline". Without a known site name, the longest part
// between separators is the headline.
func stripSiteName(title, site string) string {
	for _, sep := range []string{" | ", " – ", " — ", " - ", " :: ", " · ", " » "} {
		parts := strings.Split(title, sep)
		if len(parts) < 2 {
			continue
		}
		best := ""
		for _, p := range parts {
			p = strings.TrimSpace(p)
			if site != "" && strings.EqualFold(p, site) {
				continue
			}
			if len(p) > len(best) {
				best = p
			}
		}
		if best != "" {
			return best
		}
	}
	return title
}

// ruleKinds gives the kind of line that each DOM rule removes.
var ruleKinds = map[string]boilerplate.Kind{
	"html/nav": boilerplate.Navigation, "html/footer": boilerplate.Footer, "html/aside": boilerplate.Boilerplate,
	"html/form": boilerplate.Boilerplate, "html/comments": boilerplate.Boilerplate, "html/share": boilerplate.ShareBar,
	"html/related": boilerplate.Related, "html/consent": boilerplate.Cookie, "html/newsletter": boilerplate.Promo,
	"html/ad": boilerplate.Promo, "html/outside-article": boilerplate.Boilerplate, "html/link-list": boilerplate.Navigation,
	"html/figcaption": boilerplate.Image, "html/author": boilerplate.Byline, RuleTeaserList: boilerplate.Related,
}

// container returns the deepest element that holds at least 60% of the
// text the classifier labelled body, or nil.
func (p *htmlPage) container(labels []boilerplate.Label) *html.Node {
	total := 0
	share := map[*html.Node]int{}
	for i := range labels {
		if b := &p.blocks[i]; p.prose(i, labels[i]) {
			total += len(b.text)
			for _, n := range b.anc {
				share[n] += len(b.text)
			}
		}
	}
	if total == 0 {
		return nil
	}
	var best *html.Node
	depth := -1
	for i := range labels {
		for d, n := range p.blocks[i].anc {
			if d > depth && share[n]*10 >= total*6 && n.DataAtom != atom.Body && n.DataAtom != atom.Html {
				best, depth = n, d
			}
		}
	}
	return best
}

// prose reports whether block i is prose for finding the article: the
// classifier found nothing in what it says (it may have judged it by where
// it stands, which is what the DOM answers better), it holds a sentence's
// worth of words, and little of it is links.
func (p *htmlPage) prose(i int, l boilerplate.Label) bool {
	b := &p.blocks[i]
	return b.drop == "" && (l.Kind == boilerplate.Body || regionRules[l.Rule]) &&
		b.links*3 < len(b.text) && b.words >= 10
}

// regionRules are the rules of the general classifier that judge a line
// by where it stands among the page's prose, not by what it says.
var regionRules = map[string]bool{"generic/outside-text": true, "generic/short-line": true}

// itemRules are the rules of the general classifier that a list's item in
// the article a page marks overrules: a word of furniture in a line of
// its own text.
var itemRules = map[string]bool{"generic/boilerplate-word": true}

// adjust applies the page's DOM signals to the labels the classifier gave
// its blocks: a block inside furniture (nav, footer, a sidebar, comments,
// a cookie notice) is removed with its rule; where the page marks its
// article, text outside it is removed; a block that is mostly links is a
// link list.
func (p *htmlPage) adjust(labels []boilerplate.Label, focus Focus) {
	// The page's mark of its article is trusted where the article holds
	// at least as much of the prose the classifier found as the rest of
	// the page: teaser cards marked as articles, or the text put beside
	// the article element, say nothing.
	in, out := 0, 0
	for i := range labels {
		if b := &p.blocks[i]; labels[i].Kind == boilerplate.Body && b.drop == "" {
			if b.main {
				in += len(b.text)
			} else {
				out += len(b.text)
			}
		}
	}
	main := p.main && in >= out
	inferred := false
	if !main {
		// Without a mark, the element that holds most of the prose is
		// taken for the article, for the same leniency inside it (but
		// nothing outside it is removed for standing there).
		if c := p.container(labels); c != nil {
			for i := range p.blocks {
				p.blocks[i].main = slices.Contains(p.blocks[i].anc, c)
			}
			main, inferred = true, true
		}
	}
	for i := range labels {
		b := &p.blocks[i]
		rule := b.drop
		if labels[i].Kind == boilerplate.Blank && rule == "" || b.clean == "" {
			continue
		}
		switch {
		case rule != "":
		case focus == Recall && regionRules[labels[i].Rule] && b.words >= 6 && !linky(b) && !(main && !inferred && !b.main):
			labels[i] = boilerplate.Label{Kind: boilerplate.Body}
			continue
		case main && !inferred && b.main && b.item && b.heading == 0 && b.words >= 6 && !linky(b) && itemRules[labels[i].Rule]:
			// An item of a list in the article the page marks, a line of
			// its own: a step, an ingredient, a point of a changelog.
			labels[i] = boilerplate.Label{Kind: boilerplate.Body}
			continue
		case main && b.main && regionRules[labels[i].Rule] && (b.item || b.words >= 12) && !linky(b):
			// The page says this is its article: the measure of prose
			// around the densest run, made for text without markup,
			// yields to it.
			labels[i] = boilerplate.Label{Kind: boilerplate.Body}
			continue
		case labels[i].Rule == "generic/outside-text" && !(main && !inferred && !b.main) && b.links == 0 && b.words >= 20:
			// A paragraph of prose without links, in no furniture and not
			// outside an article the page marks, is text however far it
			// stands from the densest run: in markup, a table or list of
			// a hundred cells between (a recipe's nutrition table before
			// its steps) is what sets it apart, not the page's layout.
			labels[i] = boilerplate.Label{Kind: boilerplate.Body}
			continue
		case b.caption:
			rule = "html/figcaption"
		case main && !inferred && !b.main && labels[i].Kind == boilerplate.Body && b.heading == 0:
			rule = "html/outside-article"
		case (linky(b) || focus == Precision && b.links*2 > len(b.text) && len(b.text) < 400) && labels[i].Kind == boilerplate.Body:
			rule = "html/link-list"
		}
		if rule != "" && labels[i].Kind != boilerplate.Title {
			kind, ok := ruleKinds[rule]
			if !ok {
				kind = p.kinds[rule]
			}
			labels[i] = boilerplate.Label{Kind: kind, Rule: rule}
		}
	}
}

// countFields returns the number of words of s, as len(strings.Fields(s))
// without the slice.
func countFields(s string) int {
	n := 0
	for range strings.FieldsSeq(s) {
		n++
	}
	return n
}

// linky reports whether a block is mostly the text of links: an entry of
// a menu or a list of teasers.
func linky(b *htmlBlock) bool {
	return b.links*3 > len(b.text)*2 && len(b.text) < 400
}

// source sets the position of an HTML page's article: the whole page.
func (p *htmlPage) source(a *Article, path string) {
	a.Source = Source{Path: path, Line: 1, EndLine: p.lines, Offset: 0, EndOffset: p.size}
}

// pageLanguage reads a page's language tag ("de-DE", "en_US"), for German
// and English only.
// dateLanguage returns the language, with its region, that decides the
// order of day and month in "02/10/2020" for English text: the region of
// the page's language ("en-US", "en_GB"), else the one its address's
// country domain names ("example.co.uk"), and where that came from; ok is
// false where nothing tells or the text is not English.
func dateLanguage(lang language.Tag, page *htmlPage, address string) (language.Tag, string, bool) {
	if base, _ := lang.Base(); base.String() != "en" {
		return lang, "", false
	}
	if page != nil {
		if tag, err := language.Parse(strings.ReplaceAll(page.meta.lang, "_", "-")); err == nil {
			if r, conf := tag.Region(); conf == language.Exact {
				return language.Make("en-" + r.String()), "language " + page.meta.lang, true
			}
		}
	}
	host := hostOf(address)
	if host == "" && page != nil {
		host = page.meta.host
	}
	for suffix, region := range englishDomains {
		if strings.HasSuffix(host, suffix) {
			return language.Make("en-" + region), "host " + host, true
		}
	}
	return lang, "", false
}

// englishDomains are the country domains of English-speaking countries and
// their regions.
var englishDomains = map[string]string{".uk": "GB", ".ie": "IE", ".au": "AU", ".nz": "NZ", ".in": "IN", ".za": "ZA", ".us": "US"}

func pageLanguage(s string) (language.Tag, bool) {
	tag, err := language.Parse(strings.ReplaceAll(s, "_", "-"))
	if err != nil {
		return language.Und, false
	}
	switch base, _ := tag.Base(); base.String() {
	case "de":
		return language.German, true
	case "en":
		return language.English, true
	}
	return language.Und, false
}

// apply sets the fields the page's metadata gives, where they are more
// trustworthy than what the text says: the headline, published and
// updated dates, authors, section, and the page's own fields. clean
// cleans a field as the article's lines are cleaned, q sets its marks.
func (p *htmlPage) apply(a *Article, dates normalize.DateParser, q, clean func(string) string) {
	m := &p.meta
	if m.title != "" {
		a.Title = q(clean(m.title))
	}
	if d, src, ok := firstDate(m.publishedAll, m.shown, dates); ok {
		a.Published, m.from["published"] = d, src
	}
	if d, src, ok := firstDate(m.modifiedAll, m.shown, dates); ok {
		a.Updated, m.from["updated"] = d, src
	}
	if len(m.authors) > 0 {
		a.Authors = a.Authors[:0]
		for _, name := range m.authors {
			a.Authors = append(a.Authors, Author{Name: clean(name)})
		}
	}
	if m.section != "" && a.Section == "" {
		a.Section = clean(m.section)
	}
	a.Images = p.articleImages(q, clean)
	if p.reading != "" {
		m.from["reading"] = p.reading
	}
	a.Page = &Page{
		SiteName: m.siteName, Description: clean(m.description), Canonical: p.resolve(m.canonical),
		Image: p.resolve(m.image), Tags: m.tags, From: m.from, Links: p.links,
	}
	if a.Site == "" {
		a.Site = p.site
	}
	if p.base != nil {
		if a.URL == "" {
			a.URL = p.base.String()
		}
		for i := range a.Images {
			a.Images[i].URL = p.resolve(a.Images[i].URL)
		}
	}
}

// baseString returns the page's address, or "".
func (p *htmlPage) baseString() string {
	if p.base == nil {
		return ""
	}
	return p.base.String()
}

// resolve returns a link of the page resolved against its address; a link
// that does not parse, or a page without an address, keeps it as written.
func (p *htmlPage) resolve(link string) string {
	if p.base == nil || link == "" {
		return link
	}
	u, err := url.Parse(strings.TrimSpace(link))
	if err != nil {
		return link
	}
	return p.base.ResolveReference(u).String()
}

// dateAbove returns the first full date (a day or finer, not relative)
// that a block of the page's article names before its first paragraph of
// text, or that a dateline at the start of a paragraph of the first few
// names ("Berlin, 27.1.2022 – Bei der …", "Wiesbaden, 11. November 2021"
// under the lead), or the zero Date: the date a page shows under its headline
// without marking it. Where the page marks its article, blocks outside it
// count only in the few just above the text: further up, a site's header
// shows the day's date.
func (p *htmlPage) dateAbove(lines []string, labels []boilerplate.Label, dates normalize.DateParser) normalize.Date {
	const near, lead = 4, 400 // blocks above the text; bytes of text before it
	first := slices.IndexFunc(labels, func(l boilerplate.Label) bool { return l.Kind == boilerplate.Body })
	if first < 0 {
		first = len(labels)
	}
	for i := range first {
		if b := &p.blocks[i]; b.drop != "" || p.main && !b.main && i < first-near || len(lines[i]) > 200 {
			continue
		}
		for _, m := range dates.Find(lines[i]) {
			if fullDate(m.Date) {
				return m.Date
			}
		}
	}
	for i, seen := first, 0; i < len(labels) && seen < lead; i++ {
		if labels[i].Kind != boilerplate.Body {
			continue
		}
		seen += len(lines[i])
		if d, ok := datelineDate(lines[i], dates); ok {
			return d
		}
	}
	return normalize.Date{}
}

// datelineDate returns the date of a dateline that opens a paragraph: a
// full date in its first bytes with a dash, colon or bar after it
// ("Berlin, 18.12.2024 – Die …", "27.1.2022 - Bei der …").
func datelineDate(text string, dates normalize.DateParser) (normalize.Date, bool) {
	const dateline = 60 // bytes into the paragraph
	for _, m := range dates.Find(text) {
		if m.Offset >= dateline {
			break
		}
		if fullDate(m.Date) && datelineEnd(text[m.Offset+len(m.Text):]) {
			return m.Date, true
		}
	}
	return normalize.Date{}, false
}

// weakDateSource are the sources of a page's date that are chosen by
// where they stand, not by what they say: the first time element, the
// first element whose class names a date, the title.
var weakDateSource = map[string]bool{"time": true, "data attribute": true, "date element": true, "title": true}

// sameDay reports whether t and u fall on the same day as each shows it.
func sameDay(t, u time.Time) bool {
	return t.Year() == u.Year() && t.YearDay() == u.YearDay()
}

// firstStamp returns the full date that stamp reads from the first line
// of the page, of up to 200 bytes, where it reads one: a publication
// stamp ("Veröffentlicht am 16.08.2019", DateParser.PublishedStamp) or
// the page's last change ("Diese Seite wurde zuletzt am 29. Januar 2020 um
// 13:22 Uhr geändert.", "This page was last edited on 4 November 2020",
// changedStamp), wherever it stands.
func firstStamp(lines []string, stamp func(string) (normalize.Date, bool)) (normalize.Date, bool) {
	for _, l := range lines {
		if len(l) > 200 {
			continue
		}
		if d, ok := stamp(l); ok && fullDate(d) {
			return d, true
		}
	}
	return normalize.Date{}, false
}

// changedStamp reads the date of the last change from a stamp line.
func changedStamp(dates normalize.DateParser) func(string) (normalize.Date, bool) {
	return func(l string) (normalize.Date, bool) {
		_, updated, ok := dates.Stamps(l)
		return updated, ok
	}
}

// datelineEnd reports whether the text after a date makes it a dateline:
// nothing, or a dash, colon or bar before the report ("27.1.2022 – Bei
// der …"), not the rest of a sentence ("Am 3. Oktober 1990 trat …").
func datelineEnd(rest string) bool {
	rest = space.Trim(rest)
	for _, sep := range []string{"-", "–", "—", ":", "|", "/"} {
		if strings.HasPrefix(rest, sep) {
			return true
		}
	}
	return rest == ""
}

// isLDScript reports whether a script of the type typ holds JSON-LD: its
// type says so, or a script without one (or of JavaScript) holds nothing
// but an object with a schema.org context.
func isLDScript(typ, data string) bool {
	typ = strings.ToLower(typ)
	if strings.Contains(typ, "ld+json") {
		return true
	}
	if typ != "" && !strings.Contains(typ, "javascript") {
		return false
	}
	d := strings.TrimSpace(data)
	return strings.HasPrefix(d, "{") && strings.Contains(d, `"@context"`) && strings.Contains(d, "schema.org")
}

// decodeLD decodes the JSON-LD of a script, tolerating what pages write
// into it: HTML comment and CDATA marks around it, raw line breaks and
// tabs inside strings, and anything after the first value (a semicolon,
// a second object, stray text).
func decodeLD(data string) (any, bool) {
	var v any
	if json.Unmarshal([]byte(data), &v) == nil {
		return v, true
	}
	d := strings.TrimSpace(data)
	for _, mark := range []string{"<!--", "//<![CDATA[", "<![CDATA["} {
		d = strings.TrimSpace(strings.TrimPrefix(d, mark))
	}
	// Control characters inside strings, which JSON forbids, become
	// spaces.
	b := []byte(d)
	in, esc := false, false
	for i, c := range b {
		switch {
		case esc:
			esc = false
		case in && c == '\\':
			esc = true
		case c == '"':
			in = !in
		case in && c < 0x20:
			b[i] = ' '
		}
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	if dec.Decode(&v) != nil {
		return nil, false
	}
	return v, true
}

// stateDateRe finds the publication date in the state a script
// application keeps in the page: "publishedDate":"2016-11-04T20:37:27Z",
// "published_at": "…", "datePublished":"…". The empty values of a key
// do not match.
var stateDateRe = regexp.MustCompile(`"(?:datePublished|publishedDate|published_at|publishedAt|date_published|publishDate|publish_date|first_published_at|firstPublishedAt|publication_date|publicationDate)"\s*:\s*"([0-9][0-9T:.+\-Z ]{7,34})"`)

// dataDateAttrs are the attributes of elements that hold a date the page
// shows: data-date="18. März 2020", data-date-time, data-timestamp (Unix
// seconds or milliseconds), data-published.
var dataDateAttrs = map[string]bool{"data-date": true, "data-date-time": true, "data-datetime": true, "data-timestamp": true, "data-published": true, "data-publish-date": true}

// daySpan reports whether d names a known stretch of a few days on its
// own: "Wochenbericht 14. - 20. Januar 2022".
func daySpan(d normalize.Date) bool {
	return !d.Relative && d.Precision == normalize.PrecisionSpan && d.Resolved() && d.End.Sub(d.Time) <= 31*24*time.Hour
}

// fullDate reports whether d names a known day, or a time within one, on
// its own: no relative expression, nothing coarser than a day.
func fullDate(d normalize.Date) bool {
	return !d.Relative && d.Precision <= normalize.PrecisionDay && d.Resolved()
}

// local shows a time that a page's metadata gives in UTC, as content
// systems store it, in the zone of the page's language (German time for
// German pages), so that its day is the day the readers saw: 23:00 UTC on
// 6 November is 7 November in Germany. The instant is unchanged.
func local(d normalize.Date, dates normalize.DateParser) normalize.Date {
	if _, off := d.Time.Zone(); off == 0 && d.Precision <= normalize.PrecisionHour && d.Resolved() {
		d.Time = d.Time.In(dates.Zone())
	}
	return d
}

// firstDate returns the first candidate, source and text, that reads as a
// resolved date, shown in local time (see local): a source that writes
// nonsense ("2022-05-04-0305:49:00-10800") yields to the next. The text
// of an element that shows a date may hold more than the date.
func firstDate(cands [][2]string, shown []string, dates normalize.DateParser) (normalize.Date, string, bool) {
	for _, c := range cands {
		d, ok := dates.Parse(c[1])
		if !ok && c[0] == "data attribute" {
			d, ok = unixDate(c[1])
		}
		if !ok && (c[0] == "date element" || c[0] == "title" || c[0] == "time" || c[0] == "time published" || c[0] == "data attribute") {
			if ms := dates.Find(c[1]); len(ms) > 0 && (fullDate(ms[0].Date) || daySpan(ms[0].Date)) {
				d, ok = ms[0].Date, true
			}
		}
		if ok && d.Resolved() {
			if z, ok := shownZone(d, shown); ok {
				d.Time = d.Time.In(z)
				return d, c[0] + ", in the zone of the page's time", true
			}
			return local(d, dates), c[0], true
		}
	}
	return normalize.Date{}, "", false
}

// unixDate reads a timestamp of Unix seconds (ten digits) or milliseconds
// (thirteen), as data-timestamp attributes give it.
func unixDate(s string) (normalize.Date, bool) {
	s = strings.TrimSpace(s)
	if len(s) != 10 && len(s) != 13 || strings.Trim(s, "0123456789") != "" {
		return normalize.Date{}, false
	}
	return normalize.ParseUnix(s)
}

// shownZone returns the zone in which the page shows a time that its
// metadata gives in UTC, as content systems store it: a time element of
// the page (shown) that names the same instant with an offset
// ("2022-05-03T23:37:37-04:00" for "2022-05-04T03:37:37+00:00"), or the
// same minutes and seconds without a zone, whole hours off ("2023-11-08
// 23:30:59" for "2023-11-09T05:30:59Z": six hours west of UTC).
func shownZone(d normalize.Date, shown []string) (*time.Location, bool) {
	if _, off := d.Time.Zone(); off != 0 || d.Precision > normalize.PrecisionMinute {
		return nil, false
	}
	utc := normalize.DateParser{Location: time.UTC}
	east := normalize.DateParser{Location: time.FixedZone("", 3600)}
	for _, s := range shown {
		t, ok := utc.Parse(s)
		if !ok || t.Precision > normalize.PrecisionMinute {
			continue
		}
		if t2, _ := east.Parse(s); t2.Time.Equal(t.Time) {
			// The time element writes its zone.
			if _, off := t.Time.Zone(); off != 0 && t.Time.Equal(d.Time) {
				return t.Time.Location(), true
			}
			continue
		}
		// No zone written: its wall clock, whole hours from the instant.
		diff := t.Time.Sub(d.Time)
		if diff != 0 && diff%time.Hour == 0 && diff.Abs() <= 14*time.Hour && t.Precision == d.Precision {
			return time.FixedZone("", int(diff/time.Second)), true
		}
	}
	return nil, false
}

// articleImages returns the images of the page's article: those not in
// furniture, and inside the article where the page marks one, each with
// its alt text, caption, and the credit the caption gives ("(Foto: dpa)").
// q sets the marks of the caption.
func (p *htmlPage) articleImages(q, clean func(string) string) []Image {
	var out []Image
	for _, im := range p.images {
		if im.drop != "" || p.main && !im.main || im.src == "" && im.alt == "" {
			continue
		}
		img := Image{Line: im.block + 1, Alt: clean(im.alt), URL: im.src} // its marks are set with the other images' (see parser.parse)
		if c := clean(im.caption); c != "" {
			img.Caption = q(c)
			if m := creditRe.FindStringSubmatch(c); m != nil {
				img.Credit = space.Trim(m[1])
			}
		}
		out = append(out, img)
	}
	return out
}

// creditRe finds a credit in a caption: "(Foto: dpa)", "Bild: Reuters",
// "Photo: AP".
var creditRe = regexp.MustCompile(`(?:Foto|Fotos|Bild|Bilder|Photo|Image|Credit|Quelle|Source)s?:\s*([^()]{2,80}?)\)?$`)
