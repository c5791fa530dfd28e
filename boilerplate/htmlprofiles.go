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
// knows, each made from pages of the site, a new slice for each call.
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
		},
	}
}
