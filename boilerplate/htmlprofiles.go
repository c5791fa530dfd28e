package boilerplate

// An HTMLRule names elements of a site's pages by a CSS selector: what
// they hold is of its Kind and removed with its Name as the rule, or, for
// Related, read as teasers of other articles.
type HTMLRule struct {
	Name     string // the rule, e.g. "heise.de/inline-textbox"
	Selector string // a CSS selector (as github.com/andybalholm/cascadia reads it)
	Kind     Kind   // what the elements hold: Promo, Related, Boilerplate, ...
	Reason   string // why, for the reader of the table
}

// An HTMLProfile is what is known of the HTML pages of one site: the
// element that holds the article, and rules for what is not the article.
// It applies to a page whose address (the page's own, its canonical link or
// og:url) has one of Hosts or a subdomain of one.
type HTMLProfile struct {
	Site  string
	Hosts []string
	// Root selects the element that holds the article's text, trusted as
	// the page's own mark of it is; "" for none.
	Root  string
	Rules []HTMLRule
}

// DefaultHTMLProfiles returns the HTML profiles of the sites newsdump
// knows, a new slice for each call. Each is written to the markup of the
// site's article pages (the classes and data attributes its templates
// give the article's text and the boxes in and around it); a site that
// changes its templates needs its profile changed, and a profile that no
// longer matches only leaves the page to the generic reading.
func DefaultHTMLProfiles() []HTMLProfile {
	return []HTMLProfile{
		{
			Site: "heise.de", Hosts: []string{"heise.de"},
			Root: "div.article-content",
			Rules: []HTMLRule{
				{Name: "heise.de/inline-textbox", Selector: ".a-inline-textbox", Kind: Promo,
					Reason: "a box in the text (an a-collapse element) that advertises the magazine the article comes from and its other highlights"},
			},
		},
		{
			Site: "spiegel.de", Hosts: []string{"spiegel.de"},
			Root: "div.dig-artikel, div[data-area=body]",
			Rules: []HTMLRule{
				{Name: "spiegel.de/asset-box", Selector: "div.asset-box, div.module-box", Kind: Promo,
					Reason: "boxes beside the article that sell the magazine and its subscriptions"},
			},
		},
		{
			Site: "faz.net", Hosts: []string{"faz.net"},
			Root: "article.atc, div.atc-Text",
			Rules: []HTMLRule{
				{Name: "faz.net/teaser", Selector: "div.tsr-Base, article.tsr-Base", Kind: Related,
					Reason: "teasers of other articles, a headline and a lead each"},
			},
		},
		{
			Site: "t3n.de", Hosts: []string{"t3n.de"},
			Rules: []HTMLRule{
				{Name: "t3n.de/newsletter", Selector: "div.c-native-newsletterbox", Kind: Promo,
					Reason: "the sign-up box of the newsletter of the article's section, after its text"},
			},
		},
		{
			Site: "nytimes.com", Hosts: []string{"nytimes.com"},
			Root: "section[name=articleBody]",
			Rules: []HTMLRule{
				{Name: "nytimes.com/related-links", Selector: "div[data-testid=related-links], aside[data-testid=inline-related]", Kind: Related,
					Reason: "links to other articles set into the text, a headline and a summary each"},
				{Name: "nytimes.com/bottom-sheet", Selector: "div[data-testid=bottom-sheet], div#gateway-content", Kind: Promo,
					Reason: "the offer of a subscription over or after the text"},
			},
		},
		{
			Site: "zeit.de", Hosts: []string{"zeit.de"},
			Root: "div.article-body[itemprop=articleBody], div.article-page",
			Rules: []HTMLRule{
				{Name: "zeit.de/pagination", Selector: "div.article-pagination, nav.article-toc", Kind: Navigation,
					Reason: "the pages of an article in several, and the link to the next"},
				{Name: "zeit.de/zplus", Selector: "aside.zplus-badge, div.paywall, section.gate", Kind: Promo,
					Reason: "the mark and offer of Z+, the paid articles"},
			},
		},
		{
			Site: "sueddeutsche.de", Hosts: []string{"sueddeutsche.de", "sz.de"},
			Root: "div[itemprop=articleBody], div[data-manual=article-body]",
			Rules: []HTMLRule{
				{Name: "sueddeutsche.de/teaser", Selector: "[data-manual=teaser], aside.sz-teaser", Kind: Related,
					Reason: "teasers of other articles in and after the text"},
				{Name: "sueddeutsche.de/offer", Selector: "div.offerpage, [data-manual=offerpage]", Kind: Promo,
					Reason: "the offer of SZ Plus in place of the rest of a paid article"},
			},
		},
		{
			Site: "tagesschau.de", Hosts: []string{"tagesschau.de"},
			Root: "article.container",
			Rules: []HTMLRule{
				{Name: "tagesschau.de/inline-teaser", Selector: "div.teaser-absatz, div.teaser-xs", Kind: Related,
					Reason: "a teaser of another report set between the paragraphs"},
				{Name: "tagesschau.de/meldungsfooter", Selector: "div.meldungsfooter", Kind: Footer,
					Reason: "\"Über dieses Thema berichtete ...\": when and where the programme reported"},
				{Name: "tagesschau.de/socialbuttons", Selector: "div.socialbuttons", Kind: ShareBar,
					Reason: "the buttons that share the report"},
			},
		},
		{
			Site: "golem.de", Hosts: []string{"golem.de"},
			Root: "article#screen div.formatted",
			Rules: []HTMLRule{
				{Name: "golem.de/toc", Selector: "#list-jtoc, table#table-jtoc", Kind: Navigation,
					Reason: "the table of the pages of an article in several"},
				{Name: "golem.de/plus", Selector: "div.golem-plus-box, div.gplus-teaser", Kind: Promo,
					Reason: "the offer of Golem Plus, reading without ads"},
			},
		},
		{
			Site: "zdnet.de", Hosts: []string{"zdnet.de"},
			Root: "div.entry-content",
			Rules: []HTMLRule{
				{Name: "zdnet.de/recent-posts", Selector: "div.recent-posts, section.recent-posts", Kind: Related,
					Reason: "\"Recent Posts\": teasers of the latest articles, a headline, a summary and \"N Tagen ago\" each"},
				{Name: "zdnet.de/tip", Selector: "p.tipp, div.tipp", Kind: Promo,
					Reason: "\"Tipp: ...\", the promotion of a quiz or a sister site after the text"},
			},
		},
		{
			Site: "zdnet.com", Hosts: []string{"zdnet.com"},
			Root: "div.c-ShortcodeContent",
			Rules: []HTMLRule{
				{Name: "zdnet.com/disclosure", Selector: "div.c-globalDisclosure", Kind: Footer,
					Reason: "how the site earns from links, above the text of a review"},
				{Name: "zdnet.com/editorial-standards", Selector: "div.c-articleEditorialStandards, a.c-editorialStandards", Kind: Footer,
					Reason: "the link to the editorial standards below every article"},
			},
		},
		{
			Site: "bbc.com", Hosts: []string{"bbc.com", "bbc.co.uk"},
			Root: "#main-content article",
			Rules: []HTMLRule{
				{Name: "bbc.com/links-block", Selector: "div[data-component=links-block]", Kind: Related,
					Reason: "\"More on this story\" and \"Related internet links\": links to other pages"},
				{Name: "bbc.com/tag-list", Selector: "div[data-component=tag-list], div[data-component=topic-list]", Kind: Navigation,
					Reason: "the topics of the article, each a link"},
			},
		},
		{
			Site: "theguardian.com", Hosts: []string{"theguardian.com", "guardian.co.uk"},
			Root: "div.article-body-commercial-selector, div#maincontent",
			Rules: []HTMLRule{
				{Name: "theguardian.com/rich-link", Selector: "aside[data-spacefinder-role=richLink], div[data-link-name=rich-link]", Kind: Related,
					Reason: "a card that links another article from within the text"},
				{Name: "theguardian.com/epic", Selector: "div#slot-body-end, gu-island[name=SlotBodyEnd]", Kind: Promo,
					Reason: "the appeal for support after the text"},
				{Name: "theguardian.com/submeta", Selector: "div.submeta, div[data-gu-name=submeta]", Kind: Navigation,
					Reason: "the article's topics and share links below the text"},
			},
		},
		{
			Site: "reuters.com", Hosts: []string{"reuters.com"},
			Root: "div[class*=article-body__content], div[data-testid=ArticleBody]",
			Rules: []HTMLRule{
				{Name: "reuters.com/signup", Selector: "[data-testid=promo-box], [data-testid=SignupPromo]", Kind: Promo,
					Reason: "the offer of a newsletter (\"Sign up here.\") in the text"},
				{Name: "reuters.com/trust", Selector: "[class*=trust-badge], [data-testid=TrustBadge]", Kind: Footer,
					Reason: "\"Our Standards: The Thomson Reuters Trust Principles.\" below every article"},
				{Name: "reuters.com/read-next", Selector: "[data-testid=ReadNext], [data-testid=RelatedCoverage]", Kind: Related,
					Reason: "teasers of other articles after the text"},
			},
		},
		{
			Site: "apnews.com", Hosts: []string{"apnews.com"},
			Root: "div.RichTextStoryBody",
			Rules: []HTMLRule{
				{Name: "apnews.com/page-promo", Selector: "div.PagePromo", Kind: Related,
					Reason: "a teaser card of another story, a headline and a summary, in and after the text"},
				{Name: "apnews.com/ad", Selector: "div.Advertisement, div.ad-placeholder", Kind: Promo,
					Reason: "the places of ads between the paragraphs"},
			},
		},
		{
			Site: "washingtonpost.com", Hosts: []string{"washingtonpost.com"},
			Root: "div[data-qa=article-body], div.article-body",
			Rules: []HTMLRule{
				{Name: "washingtonpost.com/interstitial", Selector: "div.interstitial-link, [data-qa=interstitial-link]", Kind: Related,
					Reason: "\"Read more\": a link to another article between the paragraphs"},
				{Name: "washingtonpost.com/subscribe", Selector: "[data-qa=subscribe-promo], div.paywall-overlay", Kind: Promo,
					Reason: "the offer of a subscription in place of the text"},
			},
		},
	}
}
