package boilerplate

// DefaultProfiles returns the built-in site profiles. Each call returns a
// fresh copy that the caller may change or extend.
func DefaultProfiles() []Profile {
	return []Profile{
		{
			Site: "heise.de",
			Rules: []Rule{
				{
					Name: "heise.de/share-bar", Kind: ShareBar, Identifies: true,
					Reason:  "share, read-aloud, print and comment links",
					Pattern: `In Pocket speichern vorlesen Druckansicht(?: (?:\d[\d.]*|Keine) Kommentare? lesen| Kommentare lesen)?`,
				},
			},
		},
		{
			Site: "zdnet.de",
			Rules: []Rule{
				{
					Name: "zdnet.de/editorial-byline", Kind: Byline, Identifies: true,
					Reason: "the newsroom as author",
					Exact:  []string{"ZDNet.de Redaktion"},
				},
				{
					Name: "zdnet.de/teaser-date", Kind: Related, Identifies: true, Ends: true,
					Reason:  "date of a teaser, German unit with English 'ago'",
					Pattern: `\d{1,4} (?:Sekunden|Minuten|Stunden|Tagen|Wochen|Monaten|Jahren) ago`,
				},
				{
					Name: "zdnet.de/tip-promo", Kind: Promo,
					Reason:   "cross-promotion of a sister site",
					MaxChars: 310,
					Pattern:  `Tipp: .{10,}`,
				},
			},
		},
		{
			Site: "zdnet.com",
			Rules: []Rule{
				{
					Name: "zdnet.com/editorial-standards", Kind: Footer, Identifies: true, Ends: true,
					Reason: "link to the editorial standards below every article",
					Exact:  []string{"Editorial standards"},
				},
				{
					Name: "zdnet.com/share-icon", Kind: Navigation, BeforeTitle: true,
					Reason: "label of the share-on-X icon above the headline",
					Exact:  []string{"X"},
				},
				{
					Name: "zdnet.com/section", Kind: Section, BeforeTitle: true,
					Reason: "section label above the headline",
					Exact: []string{"Tech", "Innovation", "Business", "Security", "AI", "Home & Office",
						"Finance", "Education", "Culture", "Health", "Home", "Reviews"},
				},
			},
		},
	}
}
