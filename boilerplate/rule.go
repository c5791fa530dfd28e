package boilerplate

import (
	"fmt"
	"regexp"
	"strings"
)

// A Rule recognises one kind of line. Rules are data: a name that says which
// rule removed a line, the kind it assigns, a reason for people, and the
// lines it matches.
type Rule struct {
	// Name identifies the rule in removal records: "site/what" for site
	// rules ("heise.de/share-bar"), "generic/what" for general ones.
	Name string
	// Kind is what a matched line is.
	Kind Kind
	// Reason says in a few words why such a line is not body text.
	Reason string
	// Exact lists lines the rule matches as they are, after white space is
	// folded.
	Exact []string
	// Pattern is a regular expression (RE2 syntax) that must match the
	// whole line, after white space is folded.
	Pattern string
	// BeforeTitle restricts the rule to lines above the headline.
	BeforeTitle bool
	// Ends marks a line that closes an article: a footer, a sigle, an
	// agency credit, the start of a teaser list. A dump is split after such
	// a line when a new article starts there.
	Ends bool
	// Rest gives the rule's kind to every line after the matched one, as
	// for a "Recent Posts" heading followed by teasers.
	Rest bool
	// Identifies says that a matched line identifies the profile's site.
	Identifies bool
}

// A Profile holds the rules of one site.
type Profile struct {
	// Site is the site's domain, e.g. "heise.de".
	Site string
	// Rules are tried in order before the generic rules; the first match
	// wins. At least one rule should identify the site.
	Rules []Rule
}

// compiledRule is a Rule ready to match.
type compiledRule struct {
	*Rule
	exact map[string]bool
	re    *regexp.Regexp
}

func compileRules(rules []Rule, where string) ([]compiledRule, error) {
	out := make([]compiledRule, len(rules))
	for i := range rules {
		r := &rules[i]
		c := compiledRule{Rule: r}
		if len(r.Exact) > 0 {
			c.exact = make(map[string]bool, len(r.Exact))
			for _, e := range r.Exact {
				c.exact[fold(e)] = true
			}
		}
		if r.Pattern != "" {
			re, err := regexp.Compile(`^(?:` + r.Pattern + `)$`)
			if err != nil {
				return nil, fmt.Errorf("boilerplate: %s rule %q: %w", where, r.Name, err)
			}
			c.re = re
		}
		if c.exact == nil && c.re == nil {
			return nil, fmt.Errorf("boilerplate: %s rule %q matches nothing: set Exact or Pattern", where, r.Name)
		}
		out[i] = c
	}
	return out, nil
}

// match reports whether the folded line key matches the rule.
func (c *compiledRule) match(key string) bool {
	if c.exact[key] {
		return true
	}
	return c.re != nil && c.re.MatchString(key)
}

// fold returns the line as rules see it: no-break spaces turned into
// spaces, runs of spaces folded, ends trimmed.
func fold(s string) string {
	s = strings.TrimSpace(s)
	if !strings.ContainsAny(s, "\u00a0\u202f\t") && !strings.Contains(s, "  ") {
		return s
	}
	var b strings.Builder
	space := false
	for _, r := range s {
		if r == ' ' || r == '\t' || r == '\u00a0' || r == '\u202f' {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}
