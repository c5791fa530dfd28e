package boilerplate

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestProse(t *testing.T) {
	tests := []struct {
		line   string
		want   bool
		reason string
	}{
		{"Die Stadtwerke haben am Dienstag ihren Plan für den Ausbau des Glasfasernetzes vorgestellt.", true, "German sentence"},
		{"The port authority began testing six autonomous cranes at its eastern terminal on Monday.", true, "English sentence"},
		{"Kosten von 180 Millionen Euro", false, "German subheading"},
		{"Why the delays?", false, "English subheading"},
		{"Politik Wirtschaft Digital Kultur Sport Wissen Reisen Auto Karriere Immobilien", false, "menu in one line"},
		{"• Tagesaktuelle Nachrichten, Preis- und Marktdaten", false, "list item"},
		{"La deuda externa total aumentó en 884,3 millones de dólares respecto a 2020, debido al aumento de la deuda externa pública de 849,1 millones.", true, "Spanish sentence"},
		{"Apple iPhone 15 Pro Max 256 GB Titan Schwarz Dual-SIM 5G Smartphone mit Kamera und Display und Akku und Hülle und Folie und Kabel und Ladegerät.", true, "a long line with a sentence end counts, whatever it says"},
		{"Der FCKW-Krimi", false, "teaser title"},
		{"2000年宝丽金唱片并入环球唱片旗下，3月发行国语专辑《记念》；她在新加坡举办了个人演唱会，这也是她的第一次。", true, "Chinese sentence: each character a word"},
		{"新加坡旅游形象大使", false, "Chinese list entry"},
	}
	for _, tt := range tests {
		l := measureText(tt.line)
		if got := l.prose(); got != tt.want {
			t.Errorf("prose(%q) = %v, want %v (%s; %+v)", tt.line, got, tt.want, tt.reason, l)
		}
	}
}

func TestMeasureSignals(t *testing.T) {
	tests := []struct {
		line         string
		bullet, form bool
		vocab        string
		reason       string
	}{
		{"  • Newsticker", true, false, "", "bullet"},
		{" 3. Raspi 4", true, false, "", "numbered list item"},
		{"[                    ]", false, true, "", "empty form field"},
		{"[Suche                ]", false, true, "", "search field"},
		{"Wir verwenden Cookies, um Ihnen ein optimales Angebot zu bieten.", false, false, "cookie", "cookie notice"},
		{"Teilen Twittern E-Mail", false, false, "teilen", "share bar"},
		{"Share on Facebook Share on X Email", false, false, "share", "English share bar"},
		{"Das Passwort muss mindestens 8 Zeichen lang sein und eine Zahl enthalten.", false, false, "passwort", "form help, a sentence"},
		{"Die Regierung will den Datenschutz stärken und hat dazu am Montag einen Entwurf vorgelegt, der heute beraten wird.", false, false, "", "a long sentence about privacy is not furniture"},
		{"Frankreich teilte mit, dass die Verhandlungen andauern.", false, false, "", "teilte is not teilen"},
	}
	for _, tt := range tests {
		l := measureText(tt.line)
		if l.bullet != tt.bullet || l.form != tt.form || l.vocab != tt.vocab {
			t.Errorf("measure(%q) = bullet %v, form %v, vocab %q; want %v, %v, %q (%s)",
				tt.line, l.bullet, l.form, l.vocab, tt.bullet, tt.form, tt.vocab, tt.reason)
		}
	}
}

func TestMaxRun(t *testing.T) {
	tests := []struct {
		w               []int
		start, end, sum int
	}{
		{[]int{-3, 20, -3, 30, -6, -6, -6, 10}, 1, 3, 47},
		{[]int{-1, -2}, 0, -1, 0},
		{[]int{5}, 0, 0, 5},
		{[]int{10, -20, 15}, 2, 2, 15},
	}
	for _, tt := range tests {
		s, e, sum := maxRun(tt.w)
		if s != tt.start || e != tt.end || sum != tt.sum {
			t.Errorf("maxRun(%v) = %d, %d, %d; want %d, %d, %d", tt.w, s, e, sum, tt.start, tt.end, tt.sum)
		}
	}
}

// kinds classifies a page and returns the kind and rule of each non-blank
// line as "kind rule".
func kinds(page string) []string {
	lines := strings.Split(page, "\n")
	res := Default().Classify(lines)
	var out []string
	for i, l := range res.Labels {
		if l.Kind != Blank {
			out = append(out, strings.TrimSpace(l.Kind.String()+" "+l.Rule)+" | "+strings.TrimSpace(lines[i]))
		}
	}
	return out
}

const (
	deP1 = "Die Stadtwerke haben am Dienstag ihren Plan für den Ausbau des Glasfasernetzes vorgestellt, der bis 2028 reichen soll."
	deP2 = "Finanziert wird der Ausbau zum größten Teil aus eigenen Mitteln, ein Viertel kommt aus dem Förderprogramm des Bundes."
	enP1 = "The port authority began testing six autonomous cranes at its eastern container terminal on Monday, two years late."
	enP2 = "Engineers had to rebuild parts of the quay after the first tests showed that the rails were not level enough."
)

func TestGeneralContext(t *testing.T) {
	tests := []struct {
		page   string
		want   []string
		reason string
	}{
		{
			"Titel der Meldung\n\n" + deP1 + "\n\nKosten von 180 Millionen Euro\n\n" + deP2,
			[]string{"title | Titel der Meldung", "body | " + deP1, "body | Kosten von 180 Millionen Euro", "body | " + deP2},
			"a subheading between two paragraphs stays",
		},
		{
			"Headline of the story\n\n" + enP1 + "\n\nWe are not replacing people.\n\n" + enP2,
			[]string{"title | Headline of the story", "body | " + enP1, "body | We are not replacing people.", "body | " + enP2},
			"a one-sentence paragraph between two paragraphs stays",
		},
		{
			"Headline of the story\n\n" + enP1 + "\n\nAdvertisement\n\n" + enP2,
			[]string{"title | Headline of the story", "body | " + enP1, "boilerplate generic/boilerplate-word | Advertisement", "body | " + enP2},
			"an advertisement label between paragraphs goes",
		},
		{
			"Rezept des Tages\n\n" + deP1 + "\n\n• 200 g Mehl\n• 3 Eier\n• 1 Prise Salz\n\n" + deP2,
			[]string{"title | Rezept des Tages", "body | " + deP1, "body | • 200 g Mehl", "body | • 3 Eier", "body | • 1 Prise Salz", "body | " + deP2},
			"a short list between paragraphs stays",
		},
		{
			"• Politik\n• Wirtschaft\n• Sport\n\nTitel der Meldung\n\n" + deP1 + "\n\n" + deP2 + "\n\n• Impressum\n• Kontakt",
			[]string{
				"boilerplate generic/outside-text | • Politik", "boilerplate generic/outside-text | • Wirtschaft", "boilerplate generic/outside-text | • Sport",
				"title | Titel der Meldung", "body | " + deP1, "body | " + deP2,
				"boilerplate generic/outside-text | • Impressum", "boilerplate generic/outside-text | • Kontakt",
			},
			"menus above and below the text go",
		},
		{
			"Schneewittchen-Kuchen\n\nZutaten\n\n• 350 g Zucker\n• 500 ml Milch\n• 5 Eier\n• Salz\n\nZubereitung\n\n" + deP1 + "\n\n" + deP2,
			[]string{"title | Schneewittchen-Kuchen", "body | Zutaten", "body | • 350 g Zucker", "body | • 500 ml Milch", "body | • 5 Eier", "body | • Salz",
				"body | Zubereitung", "body | " + deP1, "body | " + deP2},
			"a list of quantities next to the text stays, with its heading",
		},
		{
			"Titel der Meldung\n\n" + deP1 + "\n\n" + deP2 + "\n\nMeistgelesen\n\n• Erster Artikel der Liste\n• Zweiter Artikel der Liste",
			[]string{"title | Titel der Meldung", "body | " + deP1, "body | " + deP2, "related generic/related-heading | Meistgelesen",
				"related generic/related-heading | • Erster Artikel der Liste", "related generic/related-heading | • Zweiter Artikel der Liste"},
			"the heading of a teaser list goes with the list",
		},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, kinds(tt.page)); diff != "" {
			t.Errorf("%s: mismatch (-want +got):\n%s", tt.reason, diff)
		}
	}
}

func TestWithoutGeneral(t *testing.T) {
	page := "• Politik\n• Sport\n\nTitel der Meldung\n\n" + deP1
	res := Default().WithoutGeneral().Classify(strings.Split(page, "\n"))
	for i, l := range res.Labels {
		if l.Rule == RuleOutside || l.Rule == RuleLinkList {
			t.Errorf("line %d labeled %s with the general classifier off", i+1, l.Rule)
		}
	}
}

func TestPickTitle(t *testing.T) {
	tests := []struct {
		page, want, reason string
	}{
		{"Technology\n\nPort authority tests autonomous cranes\n\n" + enP1, "Port authority tests autonomous cranes", "the headline, not the section"},
		{"• News\n• Technology\n\nTechnology\n\nCranes tested at the port\n\n" + enP1, "Cranes tested at the port", "a section repeated in the menu is no headline"},
		{"Jamie's war on toxic food\n\nBy Glen Owen And Brendan Carlin For The Mail On Sunday\n\n" + enP1, "Jamie's war on toxic food", "a byline is no headline"},
		{" 1. News\n 2. Düsseldorf ISS Dome: Peta erstattet Anzeige wegen toter Tiere\n\nDüsseldorf ISS Dome: Peta erstattet Anzeige wegen toter Tiere\n\n" + deP1, "Düsseldorf ISS Dome: Peta erstattet Anzeige wegen toter Tiere", "a numbered step of the breadcrumb trail is no headline"},
		{"• Start\n• Lithium aus dem Schredder\n\nLithium aus dem Schredder\n\nEine Firma hat die Wiederverwertung verbessert.\n\nLesezeit: 1 Min.\n\nTechnology Review Juli 2019\n\n" + deP1, "Lithium aus dem Schredder", "the line the breadcrumb trail repeats, above a standfirst"},
	}
	for _, tt := range tests {
		lines := strings.Split(tt.page, "\n")
		res := Default().Classify(lines)
		got := ""
		for i, l := range res.Labels {
			if l.Kind == Title {
				got = lines[i]
			}
		}
		if got != tt.want {
			t.Errorf("%s: title %q, want %q", tt.reason, got, tt.want)
		}
	}
}

func FuzzClassify(f *testing.F) {
	f.Add("Titel\n\n" + deP1 + "\n\n• a\n• b\n\n(ako)")
	f.Add("X\nTech\n\nHeadline\n\n" + enP1 + "\nWritten by A B, Editor\n\nEditorial standards")
	f.Add("Recent Posts\n\nvor 3 Stunden\n\n© 2024 x\n[ ]")
	c := Default()
	f.Fuzz(func(t *testing.T, page string) {
		lines := strings.Split(page, "\n")
		res := c.Classify(lines)
		if len(res.Labels) != len(lines) {
			t.Fatalf("%d labels for %d lines", len(res.Labels), len(lines))
		}
		titles := 0
		for i, l := range res.Labels {
			if (fold(lines[i]) == "") != (l.Kind == Blank) {
				t.Fatalf("line %d %q labeled %v", i, lines[i], l.Kind)
			}
			if l.Kind == Title {
				titles++
			}
		}
		if titles > 1 {
			t.Fatalf("%d titles", titles)
		}
	})
}

func TestCodeAndConsentSignals(t *testing.T) {
	tests := []struct {
		line          string
		code, consent bool
		reason        string
	}{
		{`function(e,t,n){"use strict";var r=n(3),o=n(4);t.a=function(){return r(o)}}`, true, false, "minified script"},
		{`.teaser{display:none;margin:0 auto}.nav>li{float:left;width:20%}`, true, false, "style sheet"},
		{`if (x > 0) { y = x; } else { y = -x; }`, true, false, "a line of a listing"},
		{"Palm Springs Mini (links) vs. Palm Springs PM (rechts)", false, false, "brackets in a caption"},
		{"[ ] Send me email every new post.", false, false, "a form's check box"},
		{"Publicado por {{ post.author.display_name }}", false, false, "a template placeholder"},
		{"Die Stadt (rund 40.000 Einwohner) erhöht die Gebühren (um 3 Prozent) zum 1. Januar.", false, false, "brackets in a sentence"},
		{"Um zu verstehen, wie unsere Webseite genutzt wird und um dir ein interessenbezogenes Angebot präsentieren zu können, nutzen wir Cookies und andere Techniken. Hier kannst du mehr erfahren und hier widersprechen.", false, true, "German consent notice"},
		{"We and our partners use cookies and similar technologies to deliver personalised advertising and to measure how you use our website.", false, true, "English consent notice"},
		{"Die Datenschutzbehörde kritisierte, dass viele Websites Cookies ohne gültige Einwilligung der Nutzer setzen und Daten an Drittanbieter weitergeben.", false, false, "a news report on cookies does not address the reader"},
		{"Wir haben die Einwilligung der Eltern eingeholt, sagte die Schulleiterin.", false, false, "one consent word"},
		{"En cliquant sur « OK TOUT ACCEPTER », vous acceptez que le site et ses partenaires utilisent des cookies et autres traceurs pour mesurer l'audience.", false, true, "French consent notice"},
		{"Al hacer clic en aceptar, usted acepta el uso de cookies propias y de terceros para mostrarle publicidad personalizada y para analizar cómo se utiliza nuestro sitio web.", false, true, "Spanish consent notice"},
	}
	for _, tt := range tests {
		l := measureText(tt.line)
		if l.code != tt.code || (l.vocab == "consent") != tt.consent {
			t.Errorf("%q (%s): code %v, consent %v; want %v, %v", tt.line, tt.reason, l.code, l.vocab == "consent", tt.code, tt.consent)
		}
	}
}

// measureText measures one line of text as general does.
func measureText(s string) lineInfo {
	l := Line{text: s, key: fold(s)}
	return measure(&l)
}

func TestCommentHeaders(t *testing.T) {
	tests := []struct {
		line   string
		want   bool
		reason string
	}{
		{"12. [a3f] Anna sagt:", true, "numbered German comment header"},
		{"Bob Miller says:", true, "English comment header"},
		{"Sabine schreibt:", true, "German verb of writing"},
		{"Der Minister sagt:", true, "a short line ending in a verb of saying looks the same; one alone is no comment section"},
		{"Der Sprecher des Ministeriums, der sich seit Jahren mit dem Thema befasst, sagt:", false, "a sentence leading into a quote"},
		{"Anna sagt, dass", false, "no colon"},
		{"Zutaten:", false, "a heading"},
	}
	for _, tt := range tests {
		if got := isCommentHeader(tt.line); got != tt.want {
			t.Errorf("isCommentHeader(%q) = %v, want %v (%s)", tt.line, got, tt.want, tt.reason)
		}
	}
}

// TestArticleBeforeComments: a short post followed by a long discussion
// keeps the post, not the comments.
func TestArticleBeforeComments(t *testing.T) {
	lines := []string{
		"Muffin Grundrezept",
		"",
		"Für Experimentierfreudige ist dieses Grundrezept ideal, denn es kann mit allen möglichen Zutaten verfeinert werden und gelingt immer.",
		"",
		"Zuerst das Mehl in eine Schüssel sieben und dann den Rest der Zutaten nach und nach dazugeben und gut verrühren.",
		"",
		"Kategorien: Grundrezept, Rezepte",
		"• Startseite", "• Rezepte", "• Kuchen", "• Kekse", "• Torten", "• Brot", "• Impressum",
		"",
		"5 Kommentare",
		"",
	}
	for i := 1; i <= 5; i++ {
		lines = append(lines,
			fmt.Sprintf("%d. Leserin %d sagt:", i, i),
			"März 1, 2014 um 10:48 am",
			"",
			"Ich habe die Muffins gestern mit meiner Tochter gebacken und sie sind wirklich sehr gut geworden, aber beim nächsten Mal nehme ich weniger Butter, weil sie etwas fettig waren.",
			"",
		)
	}
	res := Default().Classify(lines)
	for i, want := range map[int]Kind{2: Body, 4: Body, len(lines) - 2: Boilerplate} {
		if got := res.Labels[i].Kind; got != want && !(want == Body && got == Teaser) {
			t.Errorf("line %d %q: %v (%s), want %v", i, lines[i], got, res.Labels[i].Rule, want)
		}
	}
}

func TestRepeatedTeaserBlock(t *testing.T) {
	teasers := []string{
		"Äpfel",
		"Äpfel schmecken nicht nur wunderbar, sie sind dazu noch richtig gesund und vielseitig.",
		"Vanille",
		"Hier erfahren Sie alles, was Sie über die gesundheitlichen Vorteile der Schote wissen sollten.",
		"Porridge",
		"Brot und Müsli haben es schwer, denn Porridge bahnt sich seinen Weg auf unseren Tisch.",
		"",
	}
	lines := []string{
		"Porridge mit Apfel",
		"",
		"Hafer ist reich an Ballaststoffen und Calcium. Insbesondere der Quellstoff Beta-Glucan wirkt sich positiv auf den Cholesterinspiegel aus, und das Korn macht lange satt.",
		"",
		"Der Haferbrei kann alternativ mit Milch, Mandeldrink oder einfach mit Wasser zubereitet werden. Auch bei dem Obst können Sie nach Lust und Laune variieren.",
		"",
	}
	for i := 0; i < 12; i++ {
		lines = append(lines, fmt.Sprintf("Kalorien %d kcal", i))
	}
	lines = append(lines, "")
	lines = append(lines, teasers...)
	lines = append(lines, teasers...) // the module again, for small screens
	res := Default().Classify(lines)
	for i, text := range map[int]bool{2: true, 4: true, len(lines) - 2: false, len(lines) - 4: false} {
		if got := res.Labels[i].Kind; (got == Body || got == Teaser) != text {
			t.Errorf("line %d %q: %v (%s), want text %v", i, lines[i], got, res.Labels[i].Rule, text)
		}
	}

	// A summary repeated where the text starts keeps its weight.
	summary := "Geeignet für alle Autos, Motorräder und Maschinen, denn das Fett gleicht bis zu der Hälfte des Verschleißes wieder aus."
	lines = []string{
		"Schmierfett, 125 ml",
		"",
		summary,
		"",
	}
	for i := 0; i < 12; i++ {
		lines = append(lines, fmt.Sprintf("• Zubehör %d", i))
	}
	lines = append(lines, "", "Beschreibung", "", summary, "",
		"Dieses Fett wirkt wieder herstellend bei Bauteilen, die starken Belastungen ausgesetzt sind, und bildet auf ihren Oberflächen eine neue Schicht.",
		"")
	res = Default().Classify(lines)
	if i := len(lines) - 4; res.Labels[i].Kind != Body {
		t.Errorf("line %d %q: %v (%s), want body", i, lines[i], res.Labels[i].Kind, res.Labels[i].Rule)
	}
}

func TestListsInText(t *testing.T) {
	lines := []string{
		"Leasing oder Finanzierung",
		"",
		"Nicht nur in Bezug auf die Vertragsform, auch finanziell unterscheiden sich Leasing und Finanzierung. Allgemein gilt die Annahme, Leasing wäre günstiger als eine Finanzierung, weil die monatlichen Raten niedriger sind. Doch das stimmt nicht immer, wie die folgenden zwei Beispiele zeigen, die mit denselben Zahlen rechnen.",
		"",
		"Kostenbeispiel Leasing",
		"",
		"  • Neupreis: 20.000 Euro",
		"  • Laufzeit: drei Jahre",
		"  • Monatliche Rate: 300 Euro",
		"",
		"Kostenbeispiel Finanzierung",
		"",
		"  • Neupreis: 20.000 Euro",
		"  • Laufzeit: fünf Jahre",
		"  • Effektiver Jahreszins: 3,9 Prozent",
		"",
		"Der Kunde bezahlt zwar in fünf Jahren den doppelten Preis im Vergleich zur Leasingperiode, im Anschluss geht das Fahrzeug jedoch in seinen Besitz über. Er kann es weiter fahren oder verkaufen, und der Erlös senkt die Kosten der Finanzierung am Ende noch einmal deutlich.",
		"",
		"Leasing oder Autokredit?",
		"",
		"  • Berechnen Sie Ihren Autokredit",
		"  • Beispiel Leasing versus Kredit",
		"",
		"Wer ein Auto kaufen möchte, sollte die Angebote mehrerer Banken vergleichen, denn die Zinsen unterscheiden sich von Bank zu Bank sehr stark.",
		"",
	}
	res := Default().Classify(lines)
	for i, text := range map[int]bool{6: true, 12: true, 14: true, 18: true, 20: true} {
		if got := res.Labels[i].Kind; (got == Body) != text {
			t.Errorf("line %d %q: %v (%s), want text %v", i, lines[i], got, res.Labels[i].Rule, text)
		}
	}
}

func FuzzConsentWord(f *testing.F) {
	for _, s := range []string{"Cookies", "consent", "Einwilligung", "Datenschutz", "Privacy", "ookie", "kookie", "rivac"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := false
		for _, w := range []string{"ookie", "onsent", "inwilligung", "atenschutz", "rivacy"} {
			want = want || strings.Contains(s, w)
		}
		if got := hasConsentWord(s); got != want {
			t.Errorf("hasConsentWord(%q) = %v, want %v", s, got, want)
		}
	})
}

// TestSmallTail: a short paragraph after the article, set off from it by
// page furniture (an author's note, a promotion), is left out with
// RuleAfterText; a block after the furniture with a good share of the
// article's weight (the rest of the text after an advertisement) stays.
func TestSmallTail(t *testing.T) {
	para := func(n int) string {
		return fmt.Sprintf("Der Gemeinderat hat am Dienstagabend zum %d. Mal über den Haushalt für das kommende Jahr beraten, und die Fraktionen haben sich nach langer Debatte über Schulen, Straßen und Bäder geeinigt.", n)
	}
	var lines []string
	lines = append(lines, "Gemeinderat einigt sich auf den Haushalt", "")
	for n := range 8 {
		lines = append(lines, para(n), "")
	}
	furniture := []string{"Rathaus", "Haushalt 2025"} // two short lines that cost little
	bio := "Jana Müller ist seit 2019 Redakteurin im Lokalressort und schreibt am liebsten über die Politik im Rathaus."
	rest := []string{para(10), "", para(11), ""}
	small := append(append(append([]string{}, lines...), furniture...), "", bio, "")
	big := append(append(append([]string{}, lines...), furniture...), rest...)
	res := Default().Classify(small)
	if l := res.Labels[len(small)-2]; l.Kind != Boilerplate || l.Rule != RuleAfterText {
		t.Errorf("the note after the article: %v (%s), want boilerplate (%s)", l.Kind, l.Rule, RuleAfterText)
	}
	if l := res.Labels[4]; l.Kind != Body {
		t.Errorf("the article's second paragraph: %v (%s)", l.Kind, l.Rule)
	}
	res = Default().Classify(big)
	for i := len(lines) + len(furniture); i < len(big); i += 2 {
		if l := res.Labels[i]; l.Kind != Body {
			t.Errorf("line %d, the text after the furniture: %v (%s), want body", i, l.Kind, l.Rule)
		}
	}
}

// TestLeadAfterTitle finds the standfirst below the headline's metadata
// and furniture, and none where a long line of furniture or a consent
// notice stands there, or the lines run past the article's start.
func TestLeadAfterTitle(t *testing.T) {
	out := Label{Kind: Boilerplate, Rule: RuleOutside}
	lead := "Es ist schön, bunt und unkaputtbar: warum wir nur noch Spielzeug aus Holz kaufen, erklärt unsere Autorin."
	consent := "Wir verwenden Cookies und Tracking, um unsere Website für Sie zu verbessern; mit Ihrer Einwilligung auch Partner."
	for _, c := range []struct {
		name  string
		lines []string
		kinds []Label
		start int
		want  int
	}{
		{"under a byline and an ad", []string{"Gesine Engels, 02.01.2023", "7 min Lesezeit", "Anzeige", lead}, []Label{out, {Kind: ReadingTime}, out, out}, 10, 3},
		{"past the article's start", []string{"Gesine Engels, 02.01.2023", "Anzeige", lead}, []Label{out, out, out}, 2, -1},
		{"a consent notice", []string{"Anzeige", consent}, []Label{out, out}, 10, -1},
		{"after a long line", []string{"Mehr zum Thema Spielzeug aus Holz und Spielzeug aus Stoff hier", lead}, []Label{out, out}, 10, -1},
		{"too far below", []string{"a", "b", "c", "d", "e", "f", "g", lead}, []Label{out, out, out, out, out, out, out, out}, 10, -1},
	} {
		keys := make([]string, 12)
		labels := make([]Label, 12)
		for i, l := range c.lines {
			keys[i], labels[i] = fold(l), c.kinds[i]
		}
		if got := leadAfterTitle(keys, labels, 0, c.start); got != c.want {
			t.Errorf("%s: %d, want %d", c.name, got, c.want)
		}
	}
}

// TestCreditOrDate tells captions and bylines with a date from headlines,
// which may name a day.
func TestCreditOrDate(t *testing.T) {
	for key, want := range map[string]bool{
		"Swantje Schemmerling | 06.11.23":              true,
		"Evgenia Karp Zuletzt geändert am 06.11.2023":  true,
		"Cowboyboots von Crocs. Foto: Crocs":           true,
		"Die Altstadt im Nebel © Jana Müller":          true,
		"Streik am 3. März: was Pendler wissen müssen": false,
		"Was am Dienstag geschah":                      false,
		"Gemeinderat einigt sich auf den Haushalt":     false,
	} {
		if got := creditOrDate(fold(key)); got != want {
			t.Errorf("creditOrDate(%q) = %v, want %v", key, got, want)
		}
	}
}

// TestHeadlineFirst: a headline that reads as prose (a question, an
// exclamation) starts the run of prose; set off from the text by its
// byline, it is the title, not the kicker above it. A question that opens
// the text under a headline stays text.
func TestHeadlineFirst(t *testing.T) {
	text := []string{
		"Eine neue Studie der Universität Kopenhagen enthüllt die ökologischen Auswirkungen von Websites, die Klicks sammeln.",
		"",
		"Die Forschenden haben dafür den Datenverkehr von mehr als hundert Seiten über ein Jahr lang gemessen und ausgewertet.",
		"",
		"Am Ende stand eine Zahl, die selbst die Autoren der Studie überrascht hat, wie sie in ihrem Bericht schreiben.",
	}
	for _, c := range []struct {
		name  string
		lines []string
		title string
	}{
		{"question under a kicker", append([]string{"Umwelt", "", "Lösung", "", "Wie viel CO2 produzieren Websites, die nur Klicks sammeln wollen?", "", "Nenad Stojkovic", ""}, text...),
			"Wie viel CO2 produzieren Websites, die nur Klicks sammeln wollen?"},
		{"question opening the text", append([]string{"Clickbait kostet das Klima viel Strom", "", "Wie viel CO2 produzieren Websites, die nur Klicks sammeln wollen?", ""}, text...),
			"Clickbait kostet das Klima viel Strom"},
	} {
		res := Default().ClassifyRepeats(c.lines, nil)
		got := ""
		for i, l := range res.Labels {
			if l.Kind == Title {
				got = c.lines[i]
			}
		}
		if got != c.title {
			t.Errorf("%s: title %q, want %q", c.name, got, c.title)
		}
	}
}
