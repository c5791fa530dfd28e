package article

import (
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"
	"github.com/andybalholm/cascadia"
	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"

	"github.com/newsdump/newsdump/boilerplate"
)

func TestPageEncoding(t *testing.T) {
	late := "<!DOCTYPE html>\n<!--" + strings.Repeat(" ", 3000) + "-->\n<html><head>" +
		`<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">`
	for _, c := range []struct {
		name, page, want string
	}{
		{"no declaration, UTF-8", "<p>Grüße</p>", "utf-8"},
		{"no declaration, ASCII", "<p>Hello</p>", "utf-8"},
		{"no declaration, Latin-1 bytes", "<p>Gr\xfc\xdfe</p>", "windows-1252"},
		{"meta charset", `<meta charset="iso-8859-15"><p>Gr` + "\xfc\xdf" + `e</p>`, "iso-8859-15"},
		{"meta charset unquoted, upper case", `<META CHARSET=Windows-1252><p>Gr` + "\xfc" + `</p>`, "windows-1252"},
		{"http-equiv", `<meta http-equiv="content-type" content="text/html;charset=windows-1252"><p>` + "\xe4" + `</p>`, "windows-1252"},
		{"meta after 1024 bytes", late + "<p>Gr\xfc\xdfe</p>", "windows-1252"},
		{"Latin-1 named, UTF-8 bytes", `<meta charset="iso-8859-1"><p>Grüße</p>`, "utf-8"},
		{"GB2312 named, UTF-8 bytes", `<meta charset="gb2312"><p>人工智能</p>`, "utf-8"},
		{"GB2312 named, GBK bytes", `<meta charset="gb2312"><p>` + "\xc8\xcb\xb9\xa4\xd6\xc7\xc4\xdc" + `</p>`, "gbk"},
		{"Shift_JIS named, UTF-8 bytes", `<meta charset="shift_jis"><p>日本語</p>`, "utf-8"},
		{"windows-1251 named, its bytes", `<meta charset="windows-1251"><p>` + "\xcf\xf0\xe8\xe2\xe5\xf2" + `</p>`, "windows-1251"},
		{"Latin-1 named, ASCII only", `<meta charset="iso-8859-1"><p>Hello</p>`, "windows-1252"},
		{"UTF-8 named, Latin-1 bytes", `<meta charset="utf-8"><p>Gr` + "\xfc\xdf" + `e</p>`, "windows-1252"},
		{"UTF-8 named, one bad byte among UTF-8", `<meta charset="utf-8"><p>Grüße ` + "\xfc" + `</p>`, "utf-8"},
		{"UTF-16 named in the page", `<meta charset="utf-16"><p>Grüße</p>`, "utf-8"},
		{"unknown name", `<meta charset="x-nonsense"><p>Grüße</p>`, "utf-8"},
		{"XML declaration", `<?xml version="1.0" encoding="ISO-8859-2"?><html><p>` + "\xb1" + `</p>`, "iso-8859-2"},
		{"meta in the body does not count", `<body><meta charset="koi8-r"><p>Grüße</p>`, "utf-8"},
		{"byte order mark beats the meta", "\xef\xbb\xbf" + `<meta charset="iso-8859-1"><p>Grüße</p>`, "utf-8"},
		{"UTF-16 byte order mark", "\xff\xfe<\x00p\x00>\x00", "utf-16le"},
		{"cut in a character", "<p>Grü\xc3", "utf-8"},
		{"empty", "", "utf-8"},
	} {
		if _, got := pageEncoding([]byte(c.page), ""); got != c.want {
			t.Errorf("%s: %s, want %s", c.name, got, c.want)
		}
	}
}

func TestReadHTMLDecodes(t *testing.T) {
	late := "<!DOCTYPE html>\n<!--" + strings.Repeat(" ", 3000) + "-->\n<html><head>" +
		`<meta charset="utf-8"></head><body><p>Die Abogebühr soll nur noch unter den Künstlern verteilt werden.</p>`
	for _, c := range []struct{ page, want string }{
		{late, "Die Abogebühr soll nur noch unter den Künstlern verteilt werden."},
		{`<meta charset="iso-8859-1"><p>Gr` + "\xfc\xdf" + `e aus K` + "\xf6" + `ln</p>`, "Grüße aus Köln"},
		{`<meta charset="iso-8859-1"><p>Grüße aus Köln</p>`, "Grüße aus Köln"},
	} {
		p, err := readHTML([]byte(c.page), "", nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, b := range p.blocks {
			got = append(got, b.text)
		}
		if !strings.Contains(strings.Join(got, "\n"), c.want) {
			t.Errorf("%.40q…: blocks %q, want %q", c.page, got, c.want)
		}
	}
}

// sentences returns n distinct paragraphs of news prose, each with its
// number, as <p> elements, and their texts.
func sentences(prefix string, n int) (string, []string) {
	var b strings.Builder
	var texts []string
	for i := range n {
		t := fmt.Sprintf("%s %d: Der Gemeinderat hat am Dienstagabend über den Haushalt für das kommende Jahr beraten, und die Fraktionen haben sich nach langer Debatte auf einen Kompromiss geeinigt.", prefix, i+1)
		texts = append(texts, t)
		b.WriteString("<p>" + t + "</p>\n")
	}
	return b.String(), texts
}

// readPageString reads an HTML page from a string.
func readPageString(page string) (*Article, error) {
	r := NewReader(strings.NewReader(page))
	r.Format = FormatHTML
	return r.Read()
}

// TestHTMLFurniture checks the DOM signals of furniture against the
// elements that look like furniture by name or tag but hold the text.
func TestHTMLFurniture(t *testing.T) {
	body, bodyTexts := sentences("Absatz", 6)
	post, postTexts := sentences("Beitrag", 1)
	widget, widgetTexts := sentences("Seitenleiste", 4)
	summary := "Zusammenfassung: New York ist das Epizentrum der Pandemie in den Vereinigten Staaten, und auch der Sport ist dort seit Wochen zum Stillstand gekommen, sagt unser Reporter."
	excerpt := "Auszug: Noch immer fehlt ein Bekennerschreiben, und die beiden Zeitungen verraten ihre Quelle nicht, obwohl die Aufnahmen seit Tagen im Netz zu sehen sind."
	menu := strings.Repeat(`<li><a href="/ressort">Ein Ressort mit langem Namen</a></li>`, 200)
	var widgets strings.Builder
	for _, w := range strings.Split(strings.TrimSpace(widget), "\n") {
		widgets.WriteString(`<div class="widget HTML">` + w + `</div>`)
	}
	for _, c := range []struct {
		name       string
		page       string
		keep, drop []string
	}{
		{"an aside that holds the article",
			`<html><body><nav><a href="/">Start</a></nav><aside><h1>Haushalt beschlossen</h1>` + body + `</aside></body></html>`,
			bodyTexts, nil},
		{"a form around the whole page",
			`<html><body><form id="aspnetForm" action="/"><div class="menu"><a href="/a">Start</a><a href="/b">Politik</a></div>` + body + `</form></body></html>`,
			bodyTexts, []string{"Politik"}},
		{"a long menu of links",
			`<html><body><nav><ul>` + menu + `</ul></nav><article>` + body + `</article></body></html>`,
			bodyTexts, []string{"Ein Ressort mit langem Namen"}},
		{"a blog whose every part is a widget",
			`<html><body><div class="widget Blog" id="Blog1"><h3 class="post-title">Ein Beitrag</h3><div class="post-body entry-content" id="post-body-4900219730">` +
				post + `</div></div><div id="sidebar-right-1">` + widgets.String() + `</div></body></html>`,
			postTexts, widgetTexts},
		{"a summary in an info bar named breadcrumbs",
			`<html><body><main><div class="b-breadcrumbs"><ol><li><a href="/">Start</a></li><li><a href="/sport">Sport</a></li></ol><h1>Sport in Zeiten der Pandemie</h1><p>` + summary + `</p></div>` + body + `</main></body></html>`,
			append([]string{summary}, bodyTexts...), []string{"Start"}},
		{"prose far from the text, past a table",
			`<html><body><h1>Haferbrei</h1><div class="intro">` + body + `</div><div class="nutrition"><table>` + strings.Repeat(`<tr><td>Kalorien</td><td>314 kcal</td></tr>`, 80) + `</table></div><div class="steps">` + post + `</div></body></html>`,
			append(postTexts, bodyTexts...), nil},
		{"a box about the author",
			`<html><body><article><h1>Haushalt beschlossen</h1>` + body + `<div class="cbx-Author_PersonalInfo"><p>Jacob Wade ist Experte für Finanzen und schreibt seit zehn Jahren über Geldanlage und Steuern für Verbraucher.</p></div></article></body></html>`,
			bodyTexts, []string{"Jacob Wade"}},
		{"teasers in a container named pagination",
			`<html><body><main>` + body + strings.Repeat(`<div class="ajax-pagination-container"><article><h2><a href="/video">Wer steckt hinter dem Video?</a></h2><div class="post-content"><p>`+excerpt+`</p></div></article></div>`, 3) + `</main></body></html>`,
			bodyTexts, []string{excerpt}},
	} {
		a, err := readPageString(c.page)
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		var texts []string
		for _, p := range a.Body {
			texts = append(texts, p.Text)
		}
		got := strings.Join(texts, "\n")
		for _, k := range c.keep {
			if !strings.Contains(got, k) {
				t.Errorf("%s: lost %.50q…", c.name, k)
			}
		}
		for _, d := range c.drop {
			if strings.Contains(got, d) {
				t.Errorf("%s: kept %.50q…", c.name, d)
			}
		}
	}
}

func TestLooksLikeHTML(t *testing.T) {
	for _, c := range []struct {
		head string
		want bool
	}{
		{"<!DOCTYPE html><html><body><p>Text</p>", true},
		{"\xef\xbb\xbf\n  <html lang=\"de\">", true},
		{"<!--[if i]><![endif]-->\n<!DOCTYPE html>\n<!--[if lt IE 7]> <html class=\"ie6\"> <![endif]-->", true},
		{"<!-- Seite erzeugt von TYPO3 -->\n<!-- zweiter Kommentar -->\n<html>", true},
		{"<head><meta charset=\"utf-8\"><title>Titel</title></head>", true},
		{"<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\">\n<html xmlns=\"http://www.w3.org/1999/xhtml\">", true},
		{"\t<meta property=\"og:image\" content=\"https://example.org/bild.jpg\" />\t<meta property=\"og:type\" content=\"article\" />", true},
		{"<title>Der Titel</title>", true},
		{"<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\">", true},
		{"<htmlfoo>", false},
		{"<b>Berlin</b> – Der Gemeinderat hat am Dienstag beraten.", false},
		{"<br />\n<b>Warning</b>:  mysql_get_server_info(): Access denied in <b>simpletagging.php</b><br />\n<!DOCTYPE html>\n<html lang=\"de-DE\">\n<head>", true},
		{"Ein Kurs erklärt, wie eine Seite mit <html> beginnt und was ein Element ist.", false},
		{"<!-- ein Kommentar, nie geschlossen", false},
		{"<!-- Kommentar -->\nDer Gemeinderat hat am Dienstag beraten.", false},
		{"Der Gemeinderat hat am Dienstag <b>beraten</b>.", false},
		{"<?xml version=\"1.0\"?><rss><channel>", false},
		{"", false},
	} {
		if got := looksLikeHTML([]byte(c.head)); got != c.want {
			t.Errorf("%.40q: %v, want %v", c.head, got, c.want)
		}
	}
}

// TestHTMLDates checks where the published date of a page comes from
// when the page gives none in the usual meta tags.
func TestHTMLDates(t *testing.T) {
	body, _ := sentences("Absatz", 4)
	for _, c := range []struct {
		name, page, want, from string
	}{
		{"time without datetime",
			`<html><body><article><h1>Hochzeit im Wendland</h1><time class="article-head__timestamp">Published on August 19, 2019</time>` + body + `</article></body></html>`,
			"2019-08-19", "time"},
		{"JSON-LD WebPage",
			`<html><head><script type="application/ld+json">{"@graph":[{"@type":"WebPage","name":"Über uns","datePublished":"2018-06-07T10:13:17+00:00"}]}</script></head><body><main>` + body + `</main></body></html>`,
			"2018-06-07", "json-ld WebPage datePublished"},
		{"JSON-LD VideoObject",
			`<html><head><script type="application/ld+json">{"@type":"VideoObject","name":"Sport","uploadDate":"2020-04-04T20:57:00.000+02:00"}</script></head><body><main>` + body + `</main></body></html>`,
			"2020-04-04", "json-ld VideoObject uploadDate"},
		{"title",
			`<html><head><title>23.01.2022 - Wierer darf jubeln</title></head><body><main>` + body + `</main></body></html>`,
			"2022-01-23", "title"},
		{"a span of days in the title",
			`<html><head><title>Wochenbericht 14. - 20. Januar 2022 - SLF</title></head><body><main>` + body + `</main></body></html>`,
			"2022-01-14", "title"},
		{"class in camel case",
			`<html><body><main><h1>Basteln</h1><div class="articleCreationDate"><span>Erstellt am</span> <span>09.02.2022</span></div>` + body + `</main></body></html>`,
			"2022-02-09", "date element"},
		{"test id",
			`<html><body><main><h1>Schuhe</h1><span data-testid="article-details-date">3.11.2023</span>` + body + `</main></body></html>`,
			"2023-11-03", "date element"},
		{"dateline in the first paragraph",
			`<html><body><main><h1>Gedenken</h1><p>27.1.2022 - Bei der Erinnerung an die Verfolgten des Regimes haben die Stadt und die Schulen am Donnerstag gemeinsam eine Ausstellung eröffnet.</p>` + body + `</main></body></html>`,
			"2022-01-27", ""},
		{"dateline under the lead",
			`<html><body><main><h1>Preise</h1><p>Die Magazine haben zum zweiten Mal die nachhaltigsten Versicherer und Banken des Landes in drei Kategorien ausgezeichnet und die Sieger am Abend geehrt.</p><p>Wiesbaden, 11. November 2021</p>` + body + `</main></body></html>`,
			"2021-11-11", ""},
		{"a date that starts a sentence is no dateline",
			`<html><body><main><h1>Einheit</h1><p>Am 3. Oktober 1990 trat die DDR der Bundesrepublik bei, und seither wird an diesem Tag in allen Ländern gefeiert.</p>` + body + `</main></body></html>`,
			"", ""},
		{"stamp just above a marked article",
			`<html><body><div class="head"><span>Crime</span> <span>Published On May 10, 2022 01:52 PM</span></div><article>` + body + `</article></body></html>`,
			"2022-05-10", ""},
		{"a script application's state",
			`<html><head><script>window.__STATE__={"review":{"id":7,"dates":{"publishedDate":"2016-11-04T20:37:27Z"}}}</script></head><body><main>` + body + `</main></body></html>`,
			"2016-11-04", "script state"},
		{"a script's list of cited sources, each with a date, gives none",
			`<html><head><script>var refs=[{"publishDate":"2012-06-24"},{"publishDate":"2014-05-19"}]</script></head><body><main>` + body + `</main></body></html>`,
			"", ""},
		{"data-date attribute",
			`<html><body><main><h1>Achtsam</h1><div class="timeline"><div data-date="18. März 2020" class="arrow"></div></div>` + body + `</main></body></html>`,
			"2020-03-18", "data attribute"},
		{"data-timestamp in Unix seconds",
			`<html><body><main><h1>Achtsam</h1><span data-timestamp="1584532800"></span>` + body + `</main></body></html>`,
			"2020-03-18", "data attribute"},
		{"UTC metadata in the zone of the page's time element",
			`<html><head><meta property="article:published_time" content="2022-05-04T03:37:37+00:00"></head><body><main><time datetime="2022-05-03T23:37:37-04:00">3 May, 2022, 11:37 pm</time>` + body + `</main></body></html>`,
			"2022-05-03", "article:published_time, in the zone of the page's time"},
		{"UTC metadata in the zone of a time element without one",
			`<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Mayor","datePublished":"2023-11-09T05:30:59Z"}</script></head><body><main><div>PUBLISHED: <time datetime="2023-11-08 23:30:59">November 8, 2023 at 11:30 p.m.</time></div>` + body + `</main></body></html>`,
			"2023-11-08", "json-ld datePublished, in the zone of the page's time"},
		{"a time element of another day keeps the metadata's",
			`<html><head><meta property="article:published_time" content="2022-05-04T03:37:37+00:00"></head><body><main><time datetime="2017-10-12 21:06:39">12 October, 2017</time>` + body + `</main></body></html>`,
			"2022-05-04", "article:published_time"},
		{"only the date of the last change",
			`<html><body><main><h1>Stammtisch</h1>` + body + `</main><footer><p>Diese Seite wurde zuletzt am 29. Januar 2020 um 13:22 Uhr geändert.</p></footer></body></html>`,
			"2020-01-29", "updated, the only date the page gives"},
		{"a weekday no reference resolves yields to the date of the last change",
			`<html><body><main><h1>Penny</h1><p class="byline">Saturday</p>` + body + `</main><footer><p>This page was last edited on 4 November 2020, at 19:23.</p></footer></body></html>`,
			"2020-11-04", "updated, the only date the page gives"},
		{"a publication stamp beats the page's first time element",
			`<html><body><aside><time datetime="2019-08-24T03:36:11+02:00">24.08.2019</time></aside><main><h1>Sternfusion</h1><p>Veröffentlicht am 16.08.2019</p>` + body + `</main></body></html>`,
			"2019-08-16", "stamp"},
		{"the address's date beats a time element of the sidebar",
			`<html><head><link rel="canonical" href="https://example.org/2019/10/22/entloeten/"></head><body><aside><ul><li><time class="published" datetime="2009-04-11 18:06:36">11. April 2009</time> Altes</li></ul></aside><main><h1>Entlöten</h1>` + body + `</main></body></html>`,
			"2019-10-22", "url"},
		{"JSON-LD in a script without a type",
			`<html><head><script>{"@context":"https://schema.org","@type":"NewsArticle","headline":"H","datePublished":"2021-03-04T08:00:00+01:00"}</script></head><body><main>` + body + `</main></body></html>`,
			"2021-03-04", "json-ld datePublished"},
		{"JSON-LD with a raw line break in a string and a semicolon after it",
			"<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Zwei\nZeilen\",\"datePublished\":\"2021-03-05\"};</script></head><body><main>" + body + "</main></body></html>",
			"2021-03-05", "json-ld datePublished"},
		{"JSON-LD in an HTML comment, with a second object after it",
			`<html><head><script type="application/ld+json"><!-- {"@type":"NewsArticle","datePublished":"2021-03-06"} {"@type":"Organization"} --></script></head><body><main>` + body + `</main></body></html>`,
			"2021-03-06", "json-ld datePublished"},
		{"a page without main text keeps the date of its metadata",
			`<html><head><meta property="article:published_time" content="2022-08-01T10:00:00+02:00"></head><body><nav><a href="/">Start</a></nav></body></html>`,
			"2022-08-01", "article:published_time"},
		{"day and month in the order of the page's language",
			`<html lang="en-US"><body><main><h1>Council</h1><p>02/10/2020 - The council voted on the budget for the next two years after a long debate on Tuesday evening.</p>` + body + `</main></body></html>`,
			"2020-02-10", ""},
		{"day and month in the order of the page's country domain",
			`<html lang="en"><head><link rel="canonical" href="https://www.example.co.uk/news/council"></head><body><main><h1>Council</h1><p>02/10/2020 - The council voted on the budget for the next two years after a long debate on Tuesday evening.</p>` + body + `</main></body></html>`,
			"2020-10-02", ""},
		{"the day's date in the site's header is no date of the article",
			`<html><body><div class="top">Heute ist Montag, 23. November 2026, in Köln sonnig bei 12 Grad</div><div class="logo">Zeitung</div><div>Politik Sport Kultur</div><div>Wetter</div><div>Abo</div><div>Suche</div><article>` + body + `</article></body></html>`,
			"", ""},
	} {
		a, err := readPageString(c.page)
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		got := ""
		if !a.Published.Time.IsZero() {
			got = a.Published.Time.Format("2006-01-02")
		}
		if got != c.want || a.Page.From["published"] != c.from {
			t.Errorf("%s: published %q from %q, want %q from %q", c.name, got, a.Page.From["published"], c.want, c.from)
		}
	}
}

// TestHeadlineAndMetadataTitle reads pages whose metadata's title and
// visible headline differ: the headline a reader sees is the title where
// it is the page's h1 or the metadata's title holds it; otherwise the
// metadata's title is, and the headline is recorded as removed, never
// lost.
func TestHeadlineAndMetadataTitle(t *testing.T) {
	body, _ := sentences("Absatz", 4)
	page := func(head, headline string) string {
		return "<html><head>" + head + "</head><body><article>" + headline + body + "</article></body></html>"
	}
	for _, c := range []struct {
		name, page     string
		title, from    string
		removedHeading string // the headline's text in Removed, or ""
	}{
		{"h1 against another og:title", page(`<meta property="og:title" content="Deutschland und Frankreich: Der enge Partner wird zum Fremden">`, "<h1>Deutschland, Frankreich und die Rückkehr der Ressentiments</h1>"),
			"Deutschland, Frankreich und die Rückkehr der Ressentiments", "headline", ""},
		{"og:title with the site's name", page(`<meta property="og:title" content="Der Rat berät den Haushalt | Stadtanzeiger">`, "<h1>Der Rat berät den Haushalt</h1>"),
			"Der Rat berät den Haushalt", "headline", ""},
		{"a headline that is no h1", page(`<meta property="og:title" content="Der Haushalt der Stadt für das Jahr 2025">`, `<h3>Was der Rat jetzt tun muss</h3>`),
			"Der Haushalt der Stadt für das Jahr 2025", "og:title", "Was der Rat jetzt tun muss"},
		{"a line of the article taken for its headline", page(`<meta property="og:title" content="Der Haushalt der Stadt für das Jahr 2025">`, `<header><p>Was der Rat jetzt tun muss</p></header>`),
			"Der Haushalt der Stadt für das Jahr 2025", "og:title", ""},
		{"the same title", page(`<meta property="og:title" content="Der Rat  berät den Haushalt">`, "<h1>Der Rat berät den Haushalt</h1>"),
			"Der Rat berät den Haushalt", "og:title", ""},
	} {
		a, err := readPageString(c.page)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if a.Title != c.title || a.Page.From["title"] != c.from {
			t.Errorf("%s: title %q from %q, want %q from %q", c.name, a.Title, a.Page.From["title"], c.title, c.from)
		}
		var removed string
		for _, r := range a.Removed {
			if r.Rule == RuleTitleFromMetadata {
				removed = r.Text
			}
		}
		if removed != c.removedHeading {
			t.Errorf("%s: headline removed %q, want %q (removed: %+v)", c.name, removed, c.removedHeading, a.Removed)
		}
		// Whatever the title, the headline's text is somewhere.
		headline := c.removedHeading
		switch {
		case strings.Contains(c.page, "<header><p>"):
			headline = "Was der Rat jetzt tun muss"
			if !slices.Contains(bodyTexts(a.Body), headline) {
				t.Errorf("%s: %q not in the body %q", c.name, headline, bodyTexts(a.Body))
			}
		case headline == "":
			headline = c.title
		}
		found := a.Title == headline
		for _, p := range a.Body {
			found = found || p.Text == headline
		}
		for _, r := range a.Removed {
			found = found || strings.Contains(r.Text, headline)
		}
		if !found {
			t.Errorf("%s: the headline %q is lost: title %q, removed %+v", c.name, headline, a.Title, a.Removed)
		}
	}
}

func TestTrimSiteName(t *testing.T) {
	for _, c := range []struct{ title, titleTag, site, host, want string }{
		{"Wir sind dann mal weg | TagesWoche", "", "", "tageswoche.ch", "Wir sind dann mal weg"},
		{"Netzpolitik als US-Wahlkampfthema - Netz Für Alle", "", "", "netzfueralle.blog.rosalux.de", "Netzpolitik als US-Wahlkampfthema"},
		{"Maulwurfkuchen mit Erdbeeren  - Rezept von Backen.de", "", "", "www.backen.de", "Maulwurfkuchen mit Erdbeeren"},
		{"Items We Never Knew We Wanted : The Perspective", "", "The Perspective", "", "Items We Never Knew We Wanted"},
		{"Pferdesport definitiv bei Olympia 2028 dabei -", "", "", "", "Pferdesport definitiv bei Olympia 2028 dabei"},
		{"Der Plan - Ein Kommentar", "Der Plan - Ein Kommentar - Lokalblatt", "", "", "Der Plan - Ein Kommentar"},
		{"Ein Titel - Lokalblatt", "Ein Titel - Lokalblatt", "", "", "Ein Titel - Lokalblatt"},
		{"Leasing oder Finanzierung – was lohnt sich mehr?", "", "FINANZCHECK.de", "www.finanzcheck.de", "Leasing oder Finanzierung – was lohnt sich mehr?"},
		{"Backen mit Kindern - Tipps", "", "", "backen.de", "Backen mit Kindern - Tipps"},
	} {
		if got := trimSiteName(c.title, c.titleTag, c.site, c.host); got != c.want {
			t.Errorf("trimSiteName(%q, %q, %q, %q) = %q, want %q", c.title, c.titleTag, c.site, c.host, got, c.want)
		}
	}
}

// TestTeaserLists finds lists of teasers by their structure, not their
// words: siblings alike, each a linked headline and a short summary,
// become the article's related teasers; a list of links in the text, a
// run of paragraphs and items with prose of their own stay text.
func TestTeaserLists(t *testing.T) {
	body, texts := sentences("Absatz", 5)
	teaser := func(i int) string {
		return fmt.Sprintf(`<div class="card"><h3><a href="/artikel-%d">Der Stadtrat streitet über Radwege Nummer %d</a></h3><p>Die Opposition fordert mehr Geld für neue Wege.</p><span>12.03.2024</span></div>`, i, i)
	}
	var cards strings.Builder
	for i := range 4 {
		cards.WriteString(teaser(i))
	}
	page := "<html><body><article><h1>Der Haushalt</h1>" + body + "</article><section>" + cards.String() + "</section></body></html>"
	a, err := readPageString(page)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Body) != len(texts) {
		t.Errorf("%d paragraphs, want the %d of the article: %+v", len(a.Body), len(texts), a.Body)
	}
	if len(a.Related) != 4 || a.Related[0].Title != "Der Stadtrat streitet über Radwege Nummer 0" || a.Related[0].Summary != "Die Opposition fordert mehr Geld für neue Wege." {
		t.Errorf("related %+v, want the 4 teasers with their summaries", a.Related)
	}
	for _, r := range a.Removed {
		if strings.Contains(r.Text, "Radwege") && r.Rule != RuleTeaserList {
			t.Errorf("teaser removed by %s, want %s", r.Rule, RuleTeaserList)
		}
	}

	// Items with prose of their own are no teasers, however alike.
	var items strings.Builder
	for i := range 4 {
		items.WriteString(`<div class="step"><h3><a href="#s` + fmt.Sprint(i) + `">Schritt zum Ziel Nummer ` + fmt.Sprint(i) + `</a></h3><p>` + texts[i] + ` ` + texts[i] + `</p></div>`)
	}
	a, err = readPageString("<html><body><article><h1>Anleitung</h1>" + items.String() + "</article></body></html>")
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Related) != 0 {
		t.Errorf("steps with prose taken for teasers: %+v", a.Related)
	}
}

// TestParseHTMLEntryPoints reads one page by ParseHTML, FromNode and
// FromDocument: the same article, its address from the base, images and
// the canonical link resolved against it, the date from the address.
func TestParseHTMLEntryPoints(t *testing.T) {
	body, texts := sentences("Absatz", 3)
	page := `<html><head><link rel="canonical" href="/2024/12/18/rat.html"><title>Der Rat berät</title></head><body><article><h1>Der Rat berät den Haushalt</h1>` +
		`<figure><img src="bilder/rat.jpg" alt="Der Rat"><figcaption>Der Rat tagt.</figcaption></figure>` + body + `</article></body></html>`
	base, _ := url.Parse("https://example.com/2024/12/18/rat.html?ref=feed")
	a, err := ParseHTML(strings.NewReader(page), base)
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Der Rat berät den Haushalt" || len(a.Body) != len(texts) || a.Body[0].Text != texts[0] {
		t.Errorf("title %q, body %+v", a.Title, a.Body)
	}
	if a.URL != base.String() || a.Page.Canonical != "https://example.com/2024/12/18/rat.html" {
		t.Errorf("URL %q, canonical %q", a.URL, a.Page.Canonical)
	}
	if len(a.Images) != 1 || a.Images[0].URL != "https://example.com/2024/12/18/bilder/rat.jpg" {
		t.Errorf("images %+v, want the image resolved against the base", a.Images)
	}
	if a.Published.Time.Format(time.DateOnly) != "2024-12-18" || a.Page.From["published"] != "url" {
		t.Errorf("published %+v from %q, want 2024-12-18 from the address", a.Published, a.Page.From["published"])
	}
	root, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	b, err := FromNode(root, base)
	if err != nil {
		t.Fatal(err)
	}
	doc := goquery.NewDocumentFromNode(root)
	c, err := FromDocument(doc, base)
	if err != nil {
		t.Fatal(err)
	}
	for name, x := range map[string]*Article{"FromNode": b, "FromDocument": c} {
		if x.Title != a.Title || !slices.Equal(bodyTexts(x.Body), bodyTexts(a.Body)) || x.URL != a.URL || x.Images[0].URL != a.Images[0].URL {
			t.Errorf("%s: title %q, body %q, URL %q; want those of ParseHTML", name, x.Title, bodyTexts(x.Body), x.URL)
		}
	}
	if _, err := FromNode(nil, nil); !errors.Is(err, ErrEmpty) {
		t.Errorf("FromNode(nil): %v, want ErrEmpty", err)
	}
	if _, err := FromDocument(&goquery.Document{}, nil); !errors.Is(err, ErrEmpty) {
		t.Errorf("FromDocument of no node: %v, want ErrEmpty", err)
	}
}

func bodyTexts(ps []Paragraph) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Text)
	}
	return out
}

// TestHTMLProfilesCompile compiles every selector of the profiles shipped.
func TestHTMLProfilesCompile(t *testing.T) {
	for _, p := range boilerplate.DefaultHTMLProfiles() {
		sels := []string{p.Root}
		for _, r := range p.Rules {
			sels = append(sels, r.Selector)
		}
		for _, s := range sels {
			if _, err := cascadia.Compile(s); s != "" && err != nil {
				t.Errorf("profile %s: selector %q: %v", p.Site, s, err)
			}
		}
	}
}

// TestHTMLProfile reads a page of a site with a profile: the profile's
// rules remove what they select, and apply by the page's host whatever
// names it (canonical link, og:url, the page's address); a page of
// another host is not touched by them.
func TestHTMLProfile(t *testing.T) {
	body, _ := sentences("Absatz", 3)
	page := func(head string) string {
		return "<html><head>" + head + `</head><body><div class="article-content"><h1>Der Titel des Beitrags</h1>` + body +
			`<div class="a-inline-textbox"><p>Dieser Beitrag stammt aus dem Heft, das im Handel liegt. Highlights aus dem Heft:</p></div></div></body></html>`
	}
	for _, c := range []struct {
		name, head string
		base       string
		rule       string
	}{
		{"canonical link", `<link rel="canonical" href="https://www.heise.de/a.html">`, "", "heise.de/inline-textbox"},
		{"og:url", `<meta property="og:url" content="https://heise.de/a.html">`, "", "heise.de/inline-textbox"},
		{"the page's address", "", "https://www.heise.de/a.html", "heise.de/inline-textbox"},
		{"another site", `<link rel="canonical" href="https://example.com/a.html">`, "", ""},
	} {
		var base *url.URL
		if c.base != "" {
			base, _ = url.Parse(c.base)
		}
		a, err := ParseHTML(strings.NewReader(page(c.head)), base)
		if err != nil {
			t.Fatal(err)
		}
		rule := ""
		for _, r := range a.Removed {
			if strings.Contains(r.Text, "Highlights aus dem Heft") {
				rule = r.Rule
			}
		}
		if rule != c.rule || c.rule != "" && a.Site != "heise.de" {
			t.Errorf("%s: the box removed by %q, site %q; want %q", c.name, rule, a.Site, c.rule)
		}
	}
	r := NewReader(strings.NewReader(page(`<link rel="canonical" href="https://www.heise.de/a.html">`)))
	r.HTMLProfiles = []boilerplate.HTMLProfile{}
	a, err := r.Read()
	if err != nil {
		t.Fatal(err)
	}
	if a.Site != "" {
		t.Errorf("no profiles: site %q", a.Site)
	}
}

// TestFocus reads one page with each Focus: a line of seven words after
// the prose, which the classifier judges by its place, is kept by Recall
// alone; a line of fourteen that ends no sentence is kept by Balanced and
// Recall and removed by Precision; the article's paragraphs are kept by
// all three.
func TestFocus(t *testing.T) {
	body, texts := sentences("Absatz", 4)
	short := "Ein Blick in die Zukunft der Stadt"
	edge := "Mehr zum Thema Haushalt und Finanzen der Stadt finden Sie in unserem großen Dossier"
	page := "<html><body><article><h1>Der Haushalt</h1>" + body + "<p>" + edge + "</p><p>" + short + "</p></article></body></html>"
	for _, c := range []struct {
		focus       Focus
		short, edge bool // kept
	}{{Balanced, false, true}, {Precision, false, false}, {Recall, true, true}} {
		r := NewReader(strings.NewReader(page))
		r.Focus = c.focus
		a, err := r.Read()
		if err != nil {
			t.Fatal(err)
		}
		got := bodyTexts(a.Body)
		if !slices.Equal(got[:min(len(got), len(texts))], texts) {
			t.Errorf("%v: body %q, want the article's paragraphs first", c.focus, got)
		}
		if slices.Contains(got, short) != c.short || slices.Contains(got, edge) != c.edge {
			t.Errorf("%v: body %q; want the short line kept %v, the edge line %v", c.focus, got[len(texts):], c.short, c.edge)
		}
		if !c.edge && c.focus == Precision && !slices.ContainsFunc(a.Removed, func(rm Removed) bool { return rm.Rule == RuleShortLine && rm.Text == edge }) {
			t.Errorf("precision: the edge line not removed by %s: %+v", RuleShortLine, a.Removed)
		}
	}
	var f Focus
	if err := f.UnmarshalText([]byte("recall")); err != nil || f != Recall || Precision.String() != "precision" {
		t.Errorf("Focus text: %v %v %q", f, err, Precision.String())
	}
}

// TestSecondReading reads a page whose classifier keeps a short block
// beside the article: the densest element of the markup, a second reading
// that agrees on the core, takes it for furniture (RuleSecondReading), and
// the long paragraphs outside that element stay.
func TestSecondReading(t *testing.T) {
	first, texts := sentences("Absatz", 4)
	second, more := sentences("Weiter", 2)
	texts = append(texts, more...)
	aside := "Hinweis der Redaktion zu diesem Beitrag"
	page := `<html><body><div class="main"><div class="text">` + first + `</div></div><div class="box"><p>` + aside + `</p></div><div class="more"><div class="text">` + second + `</div></div></body></html>`
	a, err := readPageString(page)
	if err != nil {
		t.Fatal(err)
	}
	got := bodyTexts(a.Body)
	if slices.Contains(got, aside) || !slices.ContainsFunc(a.Removed, func(r Removed) bool { return r.Rule == RuleSecondReading && r.Text == aside }) {
		t.Errorf("body %q, removed %+v; want %q removed by %s", got, a.Removed, aside, RuleSecondReading)
	}
	if !slices.Equal(got[:min(len(got), len(texts))], texts) || a.Page.From["reading"] != "second" {
		t.Errorf("body %q, reading %q; want the paragraphs and the second reading", got, a.Page.From["reading"])
	}
}

// TestFurnitureNames removes boxes by the names of subscriptions, paywalls,
// donations, calls to action, affiliate links and the author's box (a
// name in camel case too), each with its rule.
func TestFurnitureNames(t *testing.T) {
	body, texts := sentences("Absatz", 5)
	boxes := map[string]string{
		`<div class="article-donation-CTA"><p>Wir sind auf Ihre Unterstützung angewiesen, spenden Sie jetzt für guten Journalismus</p></div>`:     "html/ad",
		`<section class="Downloads__Affiliate wrapper"><p>Für Links auf dieser Seite erhalten wir eine Provision vom Händler</p></section>`:       "html/ad",
		`<div class="abo-box"><p>Lesen Sie weiter mit unserem Abonnement für nur einen Euro im ersten Monat</p></div>`:                            "html/newsletter",
		`<div class="c-native-newsletterbox"><p>Verpasse keine Neuigkeiten mehr und melde dich jetzt für den Newsletter an</p></div>`:             "html/newsletter",
		`<div class="ArticlePage-authorInfo"><p>Die Autorin lebt in Köln und schreibt seit vielen Jahren über Politik und Gesellschaft</p></div>`: "html/author",
	}
	for box, rule := range boxes {
		a, err := readPageString("<html><body><article><h1>Der Haushalt</h1>" + body + box + "</article></body></html>")
		if err != nil {
			t.Fatal(err)
		}
		if got := bodyTexts(a.Body); !slices.Equal(got, texts) {
			t.Errorf("%s: body %q, want the article's paragraphs alone", box, got)
		}
		if !slices.ContainsFunc(a.Removed, func(r Removed) bool { return r.Rule == rule }) {
			t.Errorf("%s: removed %+v, want the rule %s", box, a.Removed, rule)
		}
	}
}

// TestBylineWithDate reads bylines that carry a date or a reading time
// after a bar or bullet: the author's name alone, and the date as the
// published date.
func TestBylineWithDate(t *testing.T) {
	for _, c := range []struct{ byline, date string }{
		{"By Jane Doe | March 3, 2024", "March 3, 2024"},
		{"By Jane Doe • 5 min read", ""},
		{"Von Jana Müller | 12.03.2024", "12.03.2024"},
	} {
		a, err := NewReader(strings.NewReader("Ein Titel für die Geschichte\n\n" + c.byline + "\n\n" + para + "\n\n" + para + "\n")).Read()
		if err != nil {
			t.Fatal(err)
		}
		name := "Jane Doe"
		if strings.HasPrefix(c.byline, "Von") {
			name = "Jana Müller"
		}
		if len(a.Authors) != 1 || a.Authors[0].Name != name || a.Published.Text != c.date {
			t.Errorf("%q: authors %+v, published %q; want %s and %q", c.byline, a.Authors, a.Published.Text, name, c.date)
		}
	}
}

// TestHeadlineParts reads headlines whose parts the markup sets apart:
// spans without a space between them, a kicker run into the headline that
// the metadata's title leaves out, a topline above the h1 in an element of
// its own. Each part ends up in the title or the section, none is lost.
func TestHeadlineParts(t *testing.T) {
	body, _ := sentences("Absatz", 4)
	page := func(head, headline string) string {
		return "<html><head>" + head + "</head><body><article>" + headline + body + "</article></body></html>"
	}
	for _, c := range []struct {
		name, page     string
		title, section string
	}{
		{"spans with the metadata's colon", page(`<title>Schulessen: Mehr Gemüse, weniger Zucker | Stadtanzeiger</title>`,
			`<h1><span class="kicker">Schulessen</span><span class="title">Mehr Gemüse, weniger Zucker</span></h1>`),
			"Schulessen: Mehr Gemüse, weniger Zucker", ""},
		{"spans, no metadata", page("", `<h1><span>Schulessen</span><span>Mehr Gemüse, weniger Zucker</span></h1>`),
			"Schulessen Mehr Gemüse, weniger Zucker", ""},
		{"a kicker run into the headline", page(`<meta property="og:title" content="Bahnstreik: Was Pendler am Montag wissen müssen">`,
			`<h2><span>Ausstand im Nahverkehr</span> <span>Bahnstreik: Was Pendler am Montag wissen müssen</span></h2>`),
			"Bahnstreik: Was Pendler am Montag wissen müssen", "Ausstand im Nahverkehr"},
		{"a topline above the h1", page(`<title>Hochwasser an der Oder: Pegel sinken langsam</title>`,
			`<div class="kopf"><span>Hochwasser an der Oder</span> <h1>Pegel sinken langsam</h1></div>`),
			"Pegel sinken langsam", "Hochwasser an der Oder"},
	} {
		a, err := readPageString(c.page)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if a.Title != c.title || a.Section != c.section {
			t.Errorf("%s: title %q, section %q; want %q, %q", c.name, a.Title, a.Section, c.title, c.section)
		}
		for _, r := range a.Removed {
			if r.Kind == boilerplate.Title || r.Rule == "generic/outside-text" && strings.Contains(c.title, r.Text) {
				t.Errorf("%s: a part of the headline removed: %+v", c.name, r)
			}
		}
	}
}

// TestTeaserStructure reads lists of teasers by their markup: the list's
// label (a heading without a link) is no teaser, each item of a list of
// links is one, and a card's heading and summary in one link are one.
func TestTeaserStructure(t *testing.T) {
	body, _ := sentences("Absatz", 4)
	for _, c := range []struct {
		name, list string
		want       []RelatedArticle
	}{
		{"links under a label", `<div class="related"><h2>Mehr zum Thema</h2><ul><li><a href="/a">Wie Stürme ihre Namen bekommen</a></li><li><a href="/b">Die Inseln brauchen neue Fähren</a></li></ul></div>`,
			[]RelatedArticle{{Title: "Wie Stürme ihre Namen bekommen"}, {Title: "Die Inseln brauchen neue Fähren"}}},
		{"a card in one link", `<div class="related"><h2>Auch interessant</h2><a href="/c"><h3>Die heißesten Straßen der Stadt</h3><p>Eine Messung findet bis zu acht Grad Unterschied.</p></a></div>`,
			[]RelatedArticle{{Title: "Die heißesten Straßen der Stadt", Summary: "Eine Messung findet bis zu acht Grad Unterschied."}}},
		{"a linked title and a summary", `<div class="related"><div><a href="/d">Die Bibliotheken kürzen ihre Öffnungszeiten</a></div><div>Mehrere große Häuser schließen am Wochenende früher.</div></div>`,
			[]RelatedArticle{{Title: "Die Bibliotheken kürzen ihre Öffnungszeiten", Summary: "Mehrere große Häuser schließen am Wochenende früher."}}},
	} {
		a, err := readPageString("<html><body><article><h1>Der Haushalt der Stadt</h1>" + body + "</article>" + c.list + "</body></html>")
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		got := make([]RelatedArticle, len(a.Related))
		for i, r := range a.Related {
			got[i] = RelatedArticle{Title: r.Title, Summary: r.Summary}
		}
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("%s: related (-want +got):\n%s", c.name, diff)
		}
	}
}

// TestStandfirstBesideTheText keeps a standfirst that stands in the
// article's header, outside the element that holds its paragraphs.
func TestStandfirstBesideTheText(t *testing.T) {
	body, _ := sentences("Absatz", 4)
	lead := "Die Länder wollen das Essen in Schulen gesünder machen, und die Eltern fürchten höhere Preise."
	a, err := readPageString(`<html><body><article><header><h1>Mehr Gemüse, weniger Zucker</h1><div class="summary">` + lead +
		`</div></header><div class="text">` + body + `</div></article><div class="box"><p>Kurz notiert</p></div></body></html>`)
	if err != nil {
		t.Fatal(err)
	}
	if a.Teaser != lead && !slices.Contains(bodyTexts(a.Body), lead) {
		t.Errorf("the standfirst is lost: teaser %q, body %q, removed %+v", a.Teaser, bodyTexts(a.Body), a.Removed)
	}
}

// TestTeaserCards reads a list of cards, each a heading that links to
// another page over a summary of a paragraph too long for a teaser of
// links, as teasers; the same items under headings that link to anchors
// of the page are its sections, and text.
func TestTeaserCards(t *testing.T) {
	body, texts := sentences("Absatz", 15)
	summary := "Die Stadt will bis zum Sommer neue Radwege bauen, doch die Opposition hält den Plan für zu teuer und fordert, zuerst die bestehenden Wege zu reparieren, die an vielen Stellen seit Jahren Schäden haben und im Winter kaum geräumt werden, sagen die Anwohner."
	cards := func(href string) string {
		var b strings.Builder
		for i := range 3 {
			fmt.Fprintf(&b, `<li class="card"><h3><a href="%s%d">Der Stadtrat streitet über Radwege Nummer %d</a></h3><p>%s</p><div>Stadtanzeiger</div></li>`, href, i, i, summary)
		}
		return b.String()
	}
	a, err := readPageString("<html><body><article><h1>Der Haushalt</h1>" + body + "</article><ul>" + cards("/artikel-") + "</ul></body></html>")
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Body) != len(texts) || len(a.Related) != 3 || a.Related[0].Summary != summary {
		t.Errorf("cards: %d paragraphs (want %d), related %+v", len(a.Body), len(texts), a.Related)
	}
	a, err = readPageString("<html><body><article><h1>Der Haushalt</h1>" + body + "<ul>" + cards("#teil-") + "</ul></article></body></html>")
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Related) != 0 || !slices.Contains(bodyTexts(a.Body), summary) {
		t.Errorf("sections linked from a table of contents taken for teasers: related %+v", a.Related)
	}
}

// TestOneParagraphPage keeps the only paragraph of a page without a
// heading as text, not as its headline.
func TestOneParagraphPage(t *testing.T) {
	p := "Die Stadt hat den Haushalt beschlossen. Er sieht mehr Geld für Schulen und Radwege vor, aber weniger für die Kultur."
	a, err := readPageString("<html><body><ol><li><p>" + p + "</p></li></ol></body></html>")
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "" || !slices.Contains(bodyTexts(a.Body), p) {
		t.Errorf("title %q, body %q; want the paragraph as text", a.Title, bodyTexts(a.Body))
	}
}

// TestHeadingSlugsAndPermalinks reads a page of documentation: a section
// whose id is the slug of its heading ("sharing-with-...") is no share
// bar, and a heading's link to itself ("¶") is no part of its text.
func TestHeadingSlugsAndPermalinks(t *testing.T) {
	body, texts := sentences("Absatz", 4)
	page := `<html><body><div class="body"><h1>Geteilte Geschichte</h1>` + body +
		`<div class="section" id="sharing-with-a-single-developer"><h2>Sharing with a single developer<a class="headerlink" href="#sharing-with-a-single-developer">¶</a></h2>` +
		`<p>When you share your changes with one other developer, each of you pulls from the other, and the history stays the same in both repositories.</p></div></div></body></html>`
	a, err := readPageString(page)
	if err != nil {
		t.Fatal(err)
	}
	got := bodyTexts(a.Body)
	for _, want := range append(texts, "Sharing with a single developer") {
		if !slices.Contains(got, want) {
			t.Errorf("%q not in the body %q (removed %+v)", want, got, a.Removed)
		}
	}
}
