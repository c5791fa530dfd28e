package boilerplate

// GenericRules returns the rules that hold across sites. Each call returns
// a fresh copy.
func GenericRules() []Rule {
	return []Rule{
		{
			Name: "generic/related-heading", Kind: Related, Rest: true,
			Reason: "heading of a list of teasers for other articles",
			Exact: []string{"Recent Posts", "Related Posts", "Related Articles", "Related Stories",
				"More from ZDNet", "More stories", "Most popular",
				"Mehr zum Thema", "Das könnte Sie auch interessieren", "Ähnliche Artikel",
				"Weitere Artikel", "Lesen Sie auch", "Auch interessant", "Neueste Beiträge",
				"Verwandte Artikel", "Meistgelesen", "Top-Artikel"},
		},
		{
			Name: "generic/see-also-heading", Kind: Related, Rest: true,
			Reason: "label of a list of links to other articles",
			Exact: []string{"Read more:", "Read also:", "See also:", "Related:", "More on this:", "More on this topic:",
				"Lesen Sie auch:", "Lesen Sie mehr:", "Mehr zum Thema:", "Mehr dazu:", "Auch interessant:",
				"Das könnte Sie auch interessieren:", "Weitere Artikel:", "Siehe auch:", "Lea también:",
				"Lire aussi :", "Lire aussi:", "Leggi anche:", "Czytaj też:"},
		},
		{
			Name: "generic/see-also", Kind: Related,
			Reason:   "link to another article inside the text",
			MaxChars: 240,
			Pattern:  `(?i:lea (?:también|más)|lee (?:también|más)|lea|vea también|ver también|leia também|lesen sie (?:auch|mehr|hier)|read (?:also|more)|see also|siehe auch|mehr zum thema|zum thema|lire aussi|à lire aussi|leggi anche|czytaj (?:też|także)|auch interessant|das könnte sie auch interessieren|related|empfehlung(?:en)? der redaktion|weiterlesen) ?: .{3,}`,
		},
		{
			Name: "generic/call-to-action", Kind: Promo, MaxWords: 30,
			Reason: "a call to subscribe, follow, log in, share or donate",
			Contains: []string{
				"subscribe", "newsletter", "follow us", "follow the", "sign up", "log in ", "download the",
				"our app", "support us", "support our", "become a member", "click here", "recaptcha",
				"submit your letter", "view comments", "leave a comment", "abonnieren", "abonnent",
				"abonniere", "folgen sie uns", "folge uns", "jetzt anmelden", "unterstütze", "unterstützen sie",
				"klicken sie hier", "hier klicken", "verpasse keine", "verpassen sie keine",
				"pflichtfelder", "erforderliche felder", "mit diesem button", "empfiehl dies",
				"empfohlener redaktioneller inhalt", "suscríbete", "únete", "síguenos", "abonnez-vous",
				"suivez-nous", "bild anzeigen", "zum vergrößern", "pingback", "trackback",
				"kommentar schreiben", "kommentare anzeigen", "jetzt kommentieren", "no spam",
				"your inbox", "in dein postfach", "in ihr postfach", "delivered to your", "privatsphäre",
				"jede spende", "jede kleine spende", "jetzt spenden", "gefällt dir unser", "gefällt ihnen unser",
				"immer aktuell informiert", "daily news about", "the latest news, analysis",
			},
		},
		{
			Name: "generic/published-line", Kind: Dateline,
			Reason:  "when the article appeared, and maybe by whom",
			Pattern: `(?:Veröffentlicht|Erschienen|Aktualisiert|Zuletzt aktualisiert|Stand|Published|Posted|Updated|Last updated)(?: am| on| at)?:? [^.!?]{0,12}\d[^!?]{2,90}(?: (?:von|by) [^.!?]{2,80})?`,
		},
		{
			Name: "generic/count-line", Kind: ShareBar,
			Reason:  "a count of comments, shares, views or likes",
			Pattern: `(?i:\(?\d[\d.,]{0,12}(?:k|K| Tsd\.)?\)? (?:Kommentare?|Beiträge?|Antworten|Reaktionen|Aufrufe|Leser|Likes?|Shares?|Views|Comments?|Replies|Reactions|Mal geteilt)|(?:Kommentare?|Comments?) ?\(?\d[\d.,]{0,12}\)?)`,
		},
		{
			Name: "generic/more-link", Kind: Navigation,
			Reason: "label of a link to more text",
			Exact: []string{"Read more", "Read More", "Read more »", "Continue reading", "Weiterlesen",
				"Mehr lesen", "Mehr anzeigen", "mehr anzeigen", "Alle anzeigen", "Zum Artikel", "Mehr erfahren",
				"Learn more", "Show more", "Load more", "Mehr laden", "Weiter", "Zurück", "Next", "Previous",
				"Veröffentlicht in:", "Posted in:", "Filed under:", "Tags:", "Schlagwörter:", "Kategorie:", "Kategorien:",
				"Next post", "Previous post", "Nächster Beitrag", "Vorheriger Beitrag", "Weiterlesen:", "Inhaltsverzeichnis",
				"Table of contents", "Czytaj też", "Czytaj także", "Leggi anche", "Lire aussi", "Ver también"},
		},
		{
			Name: "generic/reading-time", Kind: ReadingTime,
			Reason:  "estimated reading time",
			Pattern: `(?:Lesezeit|Lesedauer|Reading time|Read time): ?(?:ca\. )?\d{1,3} ?(?:Min\.?|Minuten|min\.?|minutes?)|\d{1,3} ?(?:Min\.?|min|minutes?) (?:read|Lesezeit|Lesedauer)`,
		},
		{
			Name: "generic/credit-bracket", Kind: Credit, Ends: true,
			Reason:   "agency or co-author credit in brackets",
			MaxChars: 160,
			Pattern:  `\[(?:[Mm]it [Mm]aterial (?:von|der|des|aus) [^\]]{2,}|[Ww]ith (?:material|reporting|additional reporting) (?:from|by) [^\]]{2,})\]`,
		},
		{
			Name: "generic/credit-line", Kind: Credit, Ends: true,
			Reason:   "agency or co-author credit",
			MaxChars: 160,
			Pattern:  `(?:[Mm]it [Mm]aterial (?:von|der|des|aus) .{2,}|(?:Additional )?[Rr]eporting by .{2,})`,
		},
		{
			Name: "generic/sigle", Kind: Sigle, Ends: true,
			Reason:  "author's initials or agency at the end of an article",
			Pattern: `\((?:[a-z]{2,5}|[a-z]{2,5}(?:/[a-z]{2,5}){1,4}|dpa|AFP|AP|Reuters|KNA|epd|sid|dts|APA)\)`,
		},
		{
			Name: "generic/image-file", Kind: ImageFile, MaxWords: 1,
			Reason:   "file name of an image left in the text",
			MaxChars: 200,
			Pattern:  `[\w.-]*[A-Za-z][\w.-]*-\d{2,4}x\d{2,4}(?:\.(?:jpe?g|png|gif|webp))?|[\w-]+\.(?:jpe?g|JPE?G|png|PNG|gif|webp|svg)`,
		},
		{
			Name: "generic/image-credit", Kind: ImageCredit,
			Reason:   "credit of an image",
			MaxChars: 140,
			Pattern:  `\((?:Bild|Bilder|Foto|Fotos|Grafik|Abbildung|Image|Photo|Picture|Credit|Quelle)s?: ?[^()]{2,}\)|(?:Bild|Foto|Fotos|Grafik|Image|Photo|Credit): [^.!?]{2,}`,
		},
		{
			Name: "generic/written-by", Kind: Byline,
			Reason:   "byline",
			MaxChars: 180,
			Pattern:  `(?:Written|Reviewed|Edited|Posted) by .{2,}|By (?:[A-Z][\p{L}.'-]+ ?){2,4}(?:(?:,| and) .{2,})?`,
		},
		{
			Name: "generic/von-byline", Kind: Byline,
			Reason:   "byline",
			MaxChars: 300,
			Pattern:  `Von (?:[A-ZÄÖÜ][\p{L}.'-]+ ?){2,4}(?:(?:,| und) (?:[A-ZÄÖÜ][\p{L}.'-]+ ?){2,4})*(?:(?:,| \||\s[–-]) (?:am |vom )?\d{1,2}\.[^!?]{2,40})?`,
		},
		{
			Name: "generic/copyright", Kind: Footer, Ends: true,
			Reason:   "copyright notice of the site, with a year or a rights clause",
			MaxChars: 260,
			Pattern:  `(?:©|\([Cc]\)|Copyright|COPYRIGHT) ?(?:.*\b(?:19|20)\d\d\b.*|.*(?:[Aa]lle Rechte|[Aa]ll [Rr]ights).*)`,
		},
		{
			Name: "generic/rights-notice", Kind: Footer, MaxWords: 20,
			Reason:   "copyright or licence notice",
			Contains: []string{"©", "copyright", "all rights reserved", "alle rechte vorbehalten", "all content is licensed", "licensed under", "lizenziert unter"},
		},
		{
			Name: "generic/picture-agency", Kind: ImageCredit, MaxWords: 8,
			Reason: "name of a picture agency, the credit of a photo",
			Contains: []string{"getty images", "shutterstock", "istock", "thinkstock", "picture alliance",
				"picture-alliance", "imago", "unsplash", "pixabay", "adobe stock", "stock.adobe", "ap photo",
				"reuters files", "afp photo", "dpa-bildfunk", "fotolia", "keystone"},
		},
		{
			Name: "generic/disclosure", Kind: Promo, MaxWords: 40,
			Reason: "advertising, affiliate or opinion disclaimer",
			Contains: []string{"advertising disclosure", "advertising disclaimer", "amazon associate",
				"qualifying purchases", "affiliate link", "affiliate-link", "we may receive compensation",
				"we may earn", "we recommend the best products", "meinung des autors",
				"not responsible for the opinions", "opinions expressed", "provisionslink", "werbelink"},
		},
		{
			Name: "generic/photo-credit", Kind: ImageCredit,
			Reason:  "credit of a picture: © and a name or agency",
			Pattern: `(?:Foto|Bild|Photo|Image)?:? ?© ?[^.!?]{2,120}`,
		},
	}
}
